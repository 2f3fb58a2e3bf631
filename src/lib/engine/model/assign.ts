// Assigning scaled rows to a model's segments: its classifier when it has one (KNN vote shares or
// Naive Bayes probabilities), otherwise the nearest centroid (ties: the smallest label).
import { loadGaussianNb } from '../classify/naiveBayes';
import { loadKnn } from '../classify/knn';
import { mostVoted } from '../classify/votes';
import type { Classifier } from '../classify/classifier';
import { createMatrix, type Matrix } from '../matrix';
import type { SegmentModel } from './types';

export interface Assignment {
	/** Segment label of every row. */
	labels: Int32Array;
	/** One row per input row, one column per segment (by label); null for nearest centroid. */
	probabilities: Matrix | null;
}

export type Assigner = (X: Matrix) => Assignment;

/** Builds the model's classifier once (a KNN search tree, say) and returns the function that uses it. */
export function modelAssigner(model: SegmentModel): Assigner {
	const c = model.classifier;
	if (c === null) return (X) => ({ labels: nearestCentroid(X, model.centroids), probabilities: null });
	const classifier: Classifier = c.kind === 'knn' ? loadKnn({ ...c, kind: 'knn' }) : loadGaussianNb({ ...c, kind: 'gaussianNB' });
	const k = model.segments.length;
	return (X) => {
		if (X.rows === 0) return { labels: new Int32Array(0), probabilities: createMatrix(0, k) };
		const proba = classifier.predictProba(X);
		// KNN: the vote shares already say the label (most votes, the smallest label among equals, as
		// predict()), so the neighbour search runs once, not twice. Naive Bayes keeps its own predict.
		const labels = c.kind === 'knn' ? mostVoted(proba.data, classifier.classes) : classifier.predict(X);
		const probabilities = createMatrix(X.rows, k);
		const classes = classifier.classes;
		for (let i = 0; i < X.rows; i++) {
			for (let t = 0; t < classes.length; t++) probabilities.data[i * k + classes[t]] = proba.data[i * classes.length + t];
		}
		return { labels, probabilities };
	};
}

/** Label of the nearest centroid (squared Euclidean) of each row; the first one on ties. */
export function nearestCentroid(X: Matrix, centroids: number[][]): Int32Array {
	const d = X.cols;
	const labels = new Int32Array(X.rows);
	for (let i = 0; i < X.rows; i++) {
		let best = 0;
		let bestDistance = Infinity;
		centroids.forEach((centre, c) => {
			let s = 0;
			for (let j = 0; j < d; j++) {
				const diff = X.data[i * d + j] - centre[j];
				s += diff * diff;
			}
			if (s < bestDistance) {
				bestDistance = s;
				best = c;
			}
		});
		labels[i] = best;
	}
	return labels;
}
