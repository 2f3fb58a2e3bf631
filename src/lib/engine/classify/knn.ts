// k-nearest-neighbour classification (Euclidean, uniform votes) matching scikit-learn's
// KNeighborsClassifier: neighbours ordered by distance then training order, and among classes
// with equal votes the smallest label wins. A kd-tree serves low dimensions, a blocked scan the rest.
// Missing values (NaN) are rejected in training rows and queries alike.
import { createMatrix, type Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';
import { createBruteForceIndex } from './bruteForce';
import { checkQueries, checkTraining, encodeLabels, type Classifier } from './classifier';
import { createKdTreeIndex } from './kdTree';
import type { NeighbourIndex, NeighbourResult } from './neighbourIndex';
import { countVotes, mostVoted } from './votes';

export interface KnnOptions {
	/** Number of neighbours that vote; default 5. */
	k?: number;
	/** Search structure; 'auto' (default) uses a kd-tree up to 12 features, brute force beyond. */
	method?: 'auto' | 'kdtree' | 'brute';
	/** Most points per kd-tree leaf; default 32 (16 and 64 measured slower and no faster on 100k x 8). */
	leafSize?: number;
}

const defaults: Required<KnnOptions> = { k: 5, method: 'auto', leafSize: 32 };
/** Features up to which fitKnn's 'auto' searches a kd-tree (brute force beyond). */
export const maxTreeDimensions = 12;

/** A KNN model as plain JSON: the training matrix and labels; the search structure is rebuilt on load. */
export interface KnnJson {
	kind: 'knn';
	k: number;
	method: 'auto' | 'kdtree' | 'brute';
	leafSize: number;
	rows: number;
	cols: number;
	data: number[];
	labels: number[];
}

export interface KnnModel extends Classifier {
	readonly k: number;
	readonly method: 'kdtree' | 'brute';
	/** The `count` (default k) nearest training rows to one point, nearest first, Euclidean distances. */
	neighbours(point: ArrayLike<number>, count?: number): { indices: Int32Array; distances: Float64Array };
	/** The same for many queries at once, row-major, squared distances. */
	kneighbours(queries: Matrix, count?: number, options?: LongTaskOptions): NeighbourResult;
	toJSON(): KnnJson;
}

export function fitKnn(X: Matrix, y: Int32Array, options: KnnOptions = {}): KnnModel {
	const { k, method, leafSize } = { ...defaults, ...options };
	checkTraining(X, y);
	if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive whole number (got ${k})`);
	if (k > X.rows) throw new Error(`k = ${k} exceeds the ${X.rows} training rows`);
	const useTree = method === 'kdtree' || (method === 'auto' && X.cols <= maxTreeDimensions);
	const index: NeighbourIndex = useTree ? createKdTreeIndex(X, leafSize) : createBruteForceIndex(X);
	const { classes, codes } = encodeLabels(y);
	const labels = y.slice();
	const training = X.data.slice();
	const cols = X.cols;

	const votes = (queries: Matrix, options?: LongTaskOptions): Int32Array => {
		checkQueries(queries, cols);
		return countVotes(index.search(queries, k, options), k, codes, classes.length);
	};

	const kneighbours = (queries: Matrix, count = k, options?: LongTaskOptions): NeighbourResult => {
		checkQueries(queries, cols);
		if (!Number.isInteger(count) || count < 1) throw new Error(`neighbour count must be a positive whole number (got ${count})`);
		return index.search(queries, Math.min(count, X.rows), options);
	};

	return {
		k,
		classes,
		method: index.method,
		predict: (queries, options) => mostVoted(votes(queries, options), classes),
		predictProba(queries, options) {
			const counts = votes(queries, options);
			const proba = createMatrix(queries.rows, classes.length);
			for (let p = 0; p < counts.length; p++) proba.data[p] = counts[p] / k;
			return proba;
		},
		kneighbours,
		neighbours(point, count = k) {
			const found = kneighbours(createMatrix(1, point.length, Float64Array.from(point)), count);
			return { indices: found.indices, distances: found.squaredDistances.map(Math.sqrt) };
		},
		toJSON: () => ({
			kind: 'knn',
			k,
			method,
			leafSize,
			rows: X.rows,
			cols,
			data: Array.from(training),
			labels: Array.from(labels)
		})
	};
}

/** Rebuild a model from its JSON; throws when the JSON is not a KNN model or is inconsistent. */
export function loadKnn(json: KnnJson): KnnModel {
	if (json?.kind !== 'knn') throw new Error(`not a KNN model (kind: ${json?.kind})`);
	const X = createMatrix(json.rows, json.cols, Float64Array.from(json.data));
	return fitKnn(X, Int32Array.from(json.labels), { k: json.k, method: json.method, leafSize: json.leafSize });
}
