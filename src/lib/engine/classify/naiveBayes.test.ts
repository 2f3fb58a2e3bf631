import { describe, expect, test } from 'vitest';
import { fromRows } from '../matrix';
import { fitGaussianNb, loadGaussianNb } from './naiveBayes';

describe('fitGaussianNb', () => {
	// Class 0: {0, 2} (mean 1, variance 1); class 1: {4, 6, 8} (mean 6, variance 8/3).
	// All five values have variance 8, so epsilon = 8e-9.
	const X = fromRows([[0], [4], [2], [6], [8]]);
	const y = Int32Array.from([0, 1, 0, 1, 1]);

	test('fitGaussianNb(X, y) estimates priors, means and smoothed population variances', () => {
		const model = fitGaussianNb(X, y);
		expect(Array.from(model.classes)).toEqual([0, 1]);
		expect(Array.from(model.priors)).toEqual([0.4, 0.6]);
		expect(Array.from(model.means.data)).toEqual([1, 6]);
		expect(model.epsilon).toBeCloseTo(8e-9, 20);
		expect(model.variances.data[0]).toBeCloseTo(1 + 8e-9, 15);
		expect(model.variances.data[1]).toBeCloseTo(8 / 3 + 8e-9, 15);
	});

	test('predict and predictProba at x = 3 follow the Gaussian densities', () => {
		const model = fitGaussianNb(X, y);
		const v0 = 1 + 8e-9;
		const v1 = 8 / 3 + 8e-9;
		const l0 = Math.log(0.4) - 0.5 * Math.log(2 * Math.PI * v0) - 0.5 * (4 / v0);
		const l1 = Math.log(0.6) - 0.5 * Math.log(2 * Math.PI * v1) - 0.5 * (9 / v1);
		const q = fromRows([[3], [0.5]]);
		expect(model.jointLogLikelihood(q).data[0]).toBeCloseTo(l0, 12);
		expect(model.jointLogLikelihood(q).data[1]).toBeCloseTo(l1, 12);
		const proba = model.predictProba(q);
		expect(proba.data[1]).toBeCloseTo(1 / (1 + Math.exp(l0 - l1)), 12);
		expect(proba.data[0] + proba.data[1]).toBeCloseTo(1, 14);
		expect(Array.from(model.predict(q))).toEqual([1, 0]);
	});

	test('predictProba stays finite far from every class', () => {
		const model = fitGaussianNb(X, y);
		const proba = model.predictProba(fromRows([[1e6]]));
		expect(Array.from(proba.data)).toEqual([0, 1]);
	});

	test('loadGaussianNb(JSON round trip) predicts the same', () => {
		const model = fitGaussianNb(X, y);
		const loaded = loadGaussianNb(JSON.parse(JSON.stringify(model)));
		const q = fromRows([[-1], [3], [5], [9]]);
		expect(Array.from(loaded.predictProba(q).data)).toEqual(Array.from(model.predictProba(q).data));
		expect(() => loadGaussianNb({ ...model.toJSON(), kind: 'knn' as 'gaussianNB' })).toThrow(/not a Gaussian/);
	});

	test('fitGaussianNb rejects missing values and all-constant features', () => {
		expect(() => fitGaussianNb(fromRows([[1], [Number.NaN]]), Int32Array.from([0, 1]))).toThrow(/row 1, column 0/);
		expect(() => fitGaussianNb(fromRows([[1], [1]]), Int32Array.from([0, 1]))).toThrow(/constant/);
	});
});
