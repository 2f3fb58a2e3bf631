// Out-of-fold evaluation of a classifier with stratified k-fold cross-validation, and the KNN
// neighbour-count curve built on it. Fold assignment mirrors scikit-learn (see folds.ts), so mean
// accuracies compare directly with cross_val_score(..., cv=StratifiedKFold(folds)).
import { accuracy } from '../metrics/classification';
import { takeMatrixRows, type Matrix } from '../matrix';
import { checkStop, type LongTaskOptions } from '../progress';
import { encodeLabels, type FitClassifier } from './classifier';
import { stratifiedKFold } from './folds';
import { fitKnn } from './knn';
import { countVotes, mostVoted } from './votes';

export { stratifiedKFold, stratifiedSplit, type SplitOptions } from './folds';

export interface CrossValidateOptions extends LongTaskOptions {
	/** Number of stratified folds; default 5. */
	folds?: number;
}

export interface FoldResult {
	/** Rows held out in this fold, ascending. */
	test: Int32Array;
	/** Predictions for those rows, in the same order. */
	predicted: Int32Array;
	accuracy: number;
}

export interface CrossValidation {
	folds: FoldResult[];
	/** Test fold of every row. */
	foldOf: Int32Array;
	/** Out-of-fold prediction of every row (from the fold that held it out). */
	predicted: Int32Array;
	/** Mean of the fold accuracies (what scikit-learn's cross_val_score(...).mean() reports). */
	meanAccuracy: number;
	/** Accuracy of all out-of-fold predictions pooled. */
	pooledAccuracy: number;
}

/** Train on all folds but one and predict the one left out, for every fold. X must have no NaN. */
export function crossValidate(
	X: Matrix,
	y: Int32Array,
	fit: FitClassifier,
	options: CrossValidateOptions = {}
): CrossValidation {
	const { folds = 5 } = options;
	if (X.rows !== y.length) throw new Error(`training data has ${X.rows} rows but ${y.length} labels`);
	const foldOf = stratifiedKFold(y, folds);
	const predicted = new Int32Array(y.length);
	const results: FoldResult[] = [];
	for (let f = 0; f < folds; f++) {
		checkStop(options);
		options.onProgress?.(f / folds, `fold ${f + 1} of ${folds}`);
		const { train, test } = splitFold(foldOf, f);
		const model = fit(takeMatrixRows(X, train), y.filter((_, i) => foldOf[i] !== f));
		const foldPredicted = model.predict(takeMatrixRows(X, test));
		test.forEach((row, t) => (predicted[row] = foldPredicted[t]));
		results.push({ test, predicted: foldPredicted, accuracy: accuracy(takeLabels(y, test), foldPredicted) });
	}
	options.onProgress?.(1, `${folds} folds`);
	return {
		folds: results,
		foldOf,
		predicted,
		meanAccuracy: results.reduce((s, r) => s + r.accuracy, 0) / folds,
		pooledAccuracy: accuracy(y, predicted)
	};
}

export interface KnnCurvePoint {
	k: number;
	/** Mean accuracy over the folds. */
	accuracy: number;
	/** Population standard deviation of the fold accuracies. */
	std: number;
}

export interface KnnKChoice {
	curve: KnnCurvePoint[];
	/** The k with the highest mean accuracy; the smallest such k on ties. */
	bestK: number;
	/** Requested values of k larger than the smallest training fold, left out of the curve. */
	skipped: number[];
}

/**
 * Cross-validated accuracy of KNN for each k, with the same folds for every k. Each fold searches
 * the neighbours once, for the largest k, and every smaller k votes on a prefix of that list,
 * which gives the same neighbours as fitting each k on its own.
 */
export function chooseKnnK(
	X: Matrix,
	y: Int32Array,
	ks: number[] = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25],
	folds = 5,
	options: LongTaskOptions = {}
): KnnKChoice {
	if (X.rows !== y.length) throw new Error(`training data has ${X.rows} rows but ${y.length} labels`);
	const bad = ks.find((k) => !Number.isInteger(k) || k < 1);
	if (bad !== undefined) throw new Error(`k must be a positive whole number (got ${bad})`);
	const foldOf = stratifiedKFold(y, folds);
	const smallestTrain = y.length - Math.max(...countPerFold(foldOf, folds));
	const usable = [...new Set(ks)].filter((k) => k <= smallestTrain).sort((a, b) => a - b);
	if (!usable.length) throw new Error(`every k exceeds the ${smallestTrain} rows of the smallest training fold`);
	const maxK = usable[usable.length - 1];
	const accuracies = usable.map(() => new Float64Array(folds));
	for (let f = 0; f < folds; f++) {
		checkStop(options);
		options.onProgress?.(f / folds, `fold ${f + 1} of ${folds}`);
		const { train, test } = splitFold(foldOf, f);
		const trainY = takeLabels(y, train);
		const model = fitKnn(takeMatrixRows(X, train), trainY, { k: 1 });
		const found = model.kneighbours(takeMatrixRows(X, test), maxK);
		const { classes, codes } = encodeLabels(trainY);
		usable.forEach((k, u) => {
			const predicted = mostVoted(countVotes(found, k, codes, classes.length), classes);
			accuracies[u][f] = accuracy(takeLabels(y, test), predicted);
		});
	}
	options.onProgress?.(1, `${folds} folds`);
	const curve = usable.map((k, u): KnnCurvePoint => {
		const mean = accuracies[u].reduce((a, b) => a + b, 0) / folds;
		const variance = accuracies[u].reduce((a, b) => a + (b - mean) ** 2, 0) / folds;
		return { k, accuracy: mean, std: Math.sqrt(variance) };
	});
	const best = curve.reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
	return { curve, bestK: best.k, skipped: ks.filter((k) => k > smallestTrain) };
}

function splitFold(foldOf: Int32Array, fold: number): { train: Int32Array; test: Int32Array } {
	const train: number[] = [];
	const test: number[] = [];
	foldOf.forEach((f, i) => (f === fold ? test : train).push(i));
	return { train: Int32Array.from(train), test: Int32Array.from(test) };
}

function takeLabels(y: Int32Array, rows: Int32Array): Int32Array {
	return rows.map((r) => y[r]);
}

function countPerFold(foldOf: Int32Array, folds: number): Int32Array {
	const counts = new Int32Array(folds);
	for (const f of foldOf) counts[f]++;
	return counts;
}
