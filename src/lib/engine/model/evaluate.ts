// KNN and Gaussian Naive Bayes measured side by side on the same rows: stratified k-fold
// cross-validation (scikit-learn's folds), and a seeded stratified train/test split. KNN's k is
// chosen once, by cross-validated accuracy on the split's training part alone, and that one k is
// the k of every figure (cross-validation, the held-out test, the model refitted for predictions):
// the test rows play no part in choosing it, so the test accuracy is an honest estimate, and the
// page never shows two k side by side (issue 9).
import { chooseKnnK, crossValidate, type KnnCurvePoint } from '../classify/crossValidate';
import { stratifiedSplit } from '../classify/folds';
import { fitKnn } from '../classify/knn';
import { fitGaussianNb } from '../classify/naiveBayes';
import type { FitClassifier } from '../classify/classifier';
import { classificationReport, type ClassificationReport } from '../metrics/classification';
import { takeMatrixRows, type Matrix } from '../matrix';
import { checkStop, type LongTaskOptions } from '../progress';

export interface EvaluationOptions extends LongTaskOptions {
	/** Stratified folds; default 5. */
	folds?: number;
	/** Share of rows held out by the split; default 0.25. */
	testFraction?: number;
	/** Seed of the split; default 0. */
	seed?: number;
	/** Values of k tried for KNN; default the odd numbers 1..25. */
	ks?: number[];
}

export type ClassifierKind = 'knn' | 'naive-bayes';

export interface ModelEvaluation {
	kind: ClassifierKind;
	/** KNN: the one k of every figure, chosen by cross-validation on `kChosenOn` rows. */
	k: number | null;
	/** KNN: rows the k was chosen on (the split's training part; every row when that part is too small for the folds). */
	kChosenOn: number | null;
	/** KNN: mean cross-validated accuracy on those rows for each k tried. */
	curve: KnnCurvePoint[] | null;
	folds: number;
	/** Mean of the fold accuracies. */
	cvAccuracy: number;
	/** Population standard deviation of the fold accuracies. */
	cvStd: number;
	foldAccuracies: number[];
	/** Out-of-fold predictions pooled: per-class precision/recall/F1, macro F1, confusion matrix. */
	report: ClassificationReport;
	/** Held-out split; `k` is the same k as above (kept so stored results read the same). */
	split: { trainRows: number; testRows: number; accuracy: number; macroF1: number; k: number | null };
}

const defaults = { folds: 5, testFraction: 0.25, seed: 0, ks: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25] };

/** Both classifiers evaluated; `classes` = number of classes (labels 0..classes-1). */
export function evaluateClassifiers(X: Matrix, y: Int32Array, classes: number, options: EvaluationOptions = {}): { knn: ModelEvaluation; naiveBayes: ModelEvaluation } {
	const o = {
		...options,
		folds: options.folds ?? defaults.folds,
		testFraction: options.testFraction ?? defaults.testFraction,
		seed: options.seed ?? defaults.seed,
		ks: options.ks ?? defaults.ks
	};
	const labels = Int32Array.from({ length: classes }, (_, c) => c);
	const part = (from: number, to: number): LongTaskOptions => ({
		shouldStop: o.shouldStop,
		onProgress: (f, message) => o.onProgress?.(from + f * (to - from), message)
	});
	const split = stratifiedSplit(y, { testFraction: o.testFraction, seed: o.seed });
	const { choice, rows: kChosenOn } = chooseK(X, y, split.train, o.ks, o.folds, withLabel(part(0, 0.45), 'KNN: choosing k'));
	const k = choice.bestK;
	const knnCv = crossValidate(X, y, (Xt, yt) => fitKnn(Xt, yt, { k }), { folds: o.folds, ...withLabel(part(0.45, 0.7), 'KNN: cross-validating') });
	checkStop(o);
	const knnSplit = splitScores(X, y, split, (Xt, yt) => fitKnn(Xt, yt, { k }), labels);
	const nbCv = crossValidate(X, y, (Xt, yt) => fitGaussianNb(Xt, yt), { folds: o.folds, ...withLabel(part(0.75, 0.95), 'Naive Bayes: cross-validating') });
	const nbSplit = splitScores(X, y, split, (Xt, yt) => fitGaussianNb(Xt, yt), labels);
	o.onProgress?.(1, 'done');
	return {
		knn: { ...summary('knn', k, choice.curve, knnCv, y, labels, { ...knnSplit, k }), kChosenOn },
		naiveBayes: { ...summary('naive-bayes', null, null, nbCv, y, labels, { ...nbSplit, k: null }), kChosenOn: null }
	};
}

function withLabel(options: LongTaskOptions, label: string): LongTaskOptions {
	return { shouldStop: options.shouldStop, onProgress: (f, message) => options.onProgress?.(f, message ? `${label} (${message})` : label) };
}

/**
 * k by cross-validation on the training rows alone; on every row when the training part is too
 * small for the folds (a class with fewer training rows than folds), which the page then says.
 */
function chooseK(X: Matrix, y: Int32Array, train: Int32Array, ks: number[], folds: number, options: LongTaskOptions) {
	try {
		return { choice: chooseKnnK(takeMatrixRows(X, train), Int32Array.from(train, (i) => y[i]), ks, folds, options), rows: train.length };
	} catch {
		return { choice: chooseKnnK(X, y, ks, folds, options), rows: y.length };
	}
}

function splitScores(X: Matrix, y: Int32Array, split: { train: Int32Array; test: Int32Array }, fit: FitClassifier, labels: Int32Array) {
	const model = fit(takeMatrixRows(X, split.train), Int32Array.from(split.train, (i) => y[i]));
	const truth = Int32Array.from(split.test, (i) => y[i]);
	const report = classificationReport(truth, model.predict(takeMatrixRows(X, split.test)), labels);
	return { trainRows: split.train.length, testRows: split.test.length, accuracy: report.accuracy, macroF1: report.macroF1 };
}

function summary(
	kind: ClassifierKind,
	k: number | null,
	curve: KnnCurvePoint[] | null,
	cv: ReturnType<typeof crossValidate>,
	y: Int32Array,
	labels: Int32Array,
	split: ModelEvaluation['split']
): Omit<ModelEvaluation, 'kChosenOn'> {
	const foldAccuracies = cv.folds.map((f) => f.accuracy);
	const mean = cv.meanAccuracy;
	const cvStd = Math.sqrt(foldAccuracies.reduce((s, a) => s + (a - mean) ** 2, 0) / foldAccuracies.length);
	return { kind, k, curve, folds: foldAccuracies.length, cvAccuracy: mean, cvStd, foldAccuracies, report: classificationReport(y, cv.predicted, labels), split };
}
