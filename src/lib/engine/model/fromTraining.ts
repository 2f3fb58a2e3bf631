// The model file of a trained classifier: the training set's recipe, one centroid per class (its
// mean row) and the chosen classifier refitted on every training row.
import { fitGaussianNb } from '../classify/naiveBayes';
import { fitKnn } from '../classify/knn';
import type { Table } from '../table';
import { buildModel, classCentroids, classifierJson } from './build';
import type { ClassifierKind, ModelEvaluation } from './evaluate';
import { describeInputs } from './inputColumns';
import type { TrainingSet } from './trainingSet';
import type { SegmentModel } from './types';

export interface ModelFromTrainingInput {
	set: TrainingSet;
	/** The table the set came from (form ranges and categories). */
	table: Table;
	dataset: { name: string; rows: number };
	/** The classifier to keep; null = nearest centroid. */
	kind: ClassifierKind | null;
	/** The chosen classifier's evaluation (its k for KNN, and the scores kept as metrics). */
	evaluation?: ModelEvaluation;
}

export function modelFromTraining({ set, table, dataset, kind, evaluation }: ModelFromTrainingInput): SegmentModel {
	const classes = set.classNames.length;
	const sizes = new Array<number>(classes).fill(0);
	for (const c of set.y) sizes[c]++;
	let classifier = null;
	if (kind === 'knn') classifier = classifierJson(fitKnn(set.X, set.y, { k: Math.min(evaluation?.k ?? 5, set.y.length) }));
	else if (kind === 'naive-bayes') classifier = classifierJson(fitGaussianNb(set.X, set.y));
	return buildModel({
		dataset,
		target: set.target,
		fitted: set.fitted,
		inputColumns: describeInputs(table, set.fitted, set.rowIndex),
		centroids: classCentroids(set.X, set.y, classes),
		segments: set.classNames.map((name, label) => ({ label, name, size: sizes[label] })),
		classifier,
		metrics: evaluation ? evaluationMetrics(evaluation) : undefined
	});
}

function evaluationMetrics(e: ModelEvaluation): Record<string, number> {
	const metrics: Record<string, number> = {
		cvAccuracy: e.cvAccuracy,
		cvStd: e.cvStd,
		folds: e.folds,
		macroF1: e.report.macroF1,
		splitAccuracy: e.split.accuracy,
		splitMacroF1: e.split.macroF1
	};
	if (e.k !== null) metrics.knnK = e.k;
	return metrics;
}
