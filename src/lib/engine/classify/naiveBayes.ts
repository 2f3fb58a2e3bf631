// Gaussian Naive Bayes as scikit-learn's GaussianNB: class priors from class frequencies, per class
// and feature the mean and population variance, every variance widened by varSmoothing times the
// largest feature variance of the whole training set. Missing values (NaN) are rejected.
import { mostVoted } from './votes';
import { createMatrix, type Matrix } from '../matrix';
import { checkQueries, checkTraining, encodeLabels, type Classifier } from './classifier';

export interface GaussianNbOptions {
	/** Share of the largest feature variance added to every variance, for stability; default 1e-9. */
	varSmoothing?: number;
}

const defaults: Required<GaussianNbOptions> = { varSmoothing: 1e-9 };

/** A fitted model as plain JSON; means and variances are class-major (class i, feature j at i * cols + j). */
export interface GaussianNbJson {
	kind: 'gaussianNB';
	cols: number;
	classes: number[];
	priors: number[];
	means: number[];
	variances: number[];
	epsilon: number;
}

export interface GaussianNbModel extends Classifier {
	/** Class frequencies in training, in `classes` order. */
	readonly priors: Float64Array;
	/** One row per class, one column per feature. */
	readonly means: Matrix;
	/** Per class and feature, already including `epsilon`. */
	readonly variances: Matrix;
	/** The variance added for stability. */
	readonly epsilon: number;
	/** log P(class) + log P(x | class), one row per query, one column per class. */
	jointLogLikelihood(queries: Matrix): Matrix;
	toJSON(): GaussianNbJson;
}

export function fitGaussianNb(X: Matrix, y: Int32Array, options: GaussianNbOptions = {}): GaussianNbModel {
	const { varSmoothing } = { ...defaults, ...options };
	checkTraining(X, y);
	const { classes, codes } = encodeLabels(y);
	const c = classes.length;
	const d = X.cols;
	const counts = new Float64Array(c);
	for (const code of codes) counts[code]++;
	const means = createMatrix(c, d);
	const variances = createMatrix(c, d);
	for (let i = 0; i < X.rows; i++) {
		for (let j = 0; j < d; j++) means.data[codes[i] * d + j] += X.data[i * d + j];
	}
	for (let p = 0; p < c * d; p++) means.data[p] /= counts[Math.floor(p / d)];
	for (let i = 0; i < X.rows; i++) {
		for (let j = 0; j < d; j++) {
			const diff = X.data[i * d + j] - means.data[codes[i] * d + j];
			variances.data[codes[i] * d + j] += diff * diff;
		}
	}
	const epsilon = varSmoothing * largestVariance(X);
	if (!(epsilon > 0)) throw new Error('every feature is constant; Naive Bayes has nothing to learn from');
	for (let p = 0; p < c * d; p++) variances.data[p] = variances.data[p] / counts[Math.floor(p / d)] + epsilon;
	const priors = counts.map((n) => n / X.rows);
	return gaussianNbModel(classes, priors, means, variances, epsilon);
}

/** Rebuild a model from its JSON; throws when the JSON is not a Gaussian Naive Bayes model. */
export function loadGaussianNb(json: GaussianNbJson): GaussianNbModel {
	if (json?.kind !== 'gaussianNB') throw new Error(`not a Gaussian Naive Bayes model (kind: ${json?.kind})`);
	const c = json.classes.length;
	const means = createMatrix(c, json.cols, Float64Array.from(json.means));
	const variances = createMatrix(c, json.cols, Float64Array.from(json.variances));
	return gaussianNbModel(Int32Array.from(json.classes), Float64Array.from(json.priors), means, variances, json.epsilon);
}

function gaussianNbModel(
	classes: Int32Array,
	priors: Float64Array,
	means: Matrix,
	variances: Matrix,
	epsilon: number
): GaussianNbModel {
	const c = classes.length;
	const d = means.cols;
	// log prior - 0.5 * sum(log(2 pi var)) does not depend on the query.
	const constant = new Float64Array(c);
	for (let i = 0; i < c; i++) {
		let s = 0;
		for (let j = 0; j < d; j++) s += Math.log(2 * Math.PI * variances.data[i * d + j]);
		constant[i] = Math.log(priors[i]) - 0.5 * s;
	}

	const jointLogLikelihood = (queries: Matrix): Matrix => {
		checkQueries(queries, d);
		return gaussianLogLikelihood(queries, constant, means, variances);
	};

	return {
		classes,
		priors,
		means,
		variances,
		epsilon,
		jointLogLikelihood,
		// The largest joint log-likelihood, the smallest label among equals: the vote rule, on log-likelihoods.
		predict: (queries) => mostVoted(jointLogLikelihood(queries).data, classes),
		predictProba: (queries) => normalizeLogRows(jointLogLikelihood(queries)),
		toJSON: () => ({
			kind: 'gaussianNB',
			cols: d,
			classes: Array.from(classes),
			priors: Array.from(priors),
			means: Array.from(means.data),
			variances: Array.from(variances.data),
			epsilon
		})
	};
}

/** constant[class] - 0.5 * sum_j (x_j - mean)^2 / variance, one row per query. */
function gaussianLogLikelihood(queries: Matrix, constant: Float64Array, means: Matrix, variances: Matrix): Matrix {
	const c = means.rows;
	const d = means.cols;
	const out = createMatrix(queries.rows, c);
	for (let q = 0; q < queries.rows; q++) {
		for (let i = 0; i < c; i++) {
			let s = 0;
			for (let j = 0; j < d; j++) {
				const diff = queries.data[q * d + j] - means.data[i * d + j];
				s += (diff * diff) / variances.data[i * d + j];
			}
			out.data[q * c + i] = constant[i] - 0.5 * s;
		}
	}
	return out;
}

/** Turn each row of log-likelihoods into probabilities in place (log-sum-exp, so nothing underflows to 0/0). */
function normalizeLogRows(m: Matrix): Matrix {
	const c = m.cols;
	for (let q = 0; q < m.rows; q++) {
		const row = m.data.subarray(q * c, q * c + c);
		let max = -Infinity;
		for (const v of row) if (v > max) max = v;
		let sum = 0;
		for (let i = 0; i < c; i++) sum += Math.exp(row[i] - max);
		const logSum = max + Math.log(sum);
		for (let i = 0; i < c; i++) row[i] = Math.exp(row[i] - logSum);
	}
	return m;
}

/** The largest population variance over the columns of X. */
function largestVariance(X: Matrix): number {
	const { rows: n, cols: d, data } = X;
	let largest = 0;
	for (let j = 0; j < d; j++) {
		let mean = 0;
		for (let i = 0; i < n; i++) mean += data[i * d + j];
		mean /= n;
		let s = 0;
		for (let i = 0; i < n; i++) s += (data[i * d + j] - mean) ** 2;
		largest = Math.max(largest, s / n);
	}
	return largest;
}
