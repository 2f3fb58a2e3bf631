import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadReference, referenceCases, referenceMatrix, wholesaleColumns } from '../../../../tests/helpers/fixtures';
import { fromRows } from '../matrix';
import { chooseKnnK, crossValidate, stratifiedKFold, stratifiedSplit } from './crossValidate';
import { fitKnn } from './knn';
import { fitGaussianNb } from './naiveBayes';

describe('stratifiedKFold', () => {
	test('stratifiedKFold(5 zeros + 3 ones, 3) deals class counts round-robin, rows in order', () => {
		// Sorted labels 0 0 0 0 0 1 1 1 dealt to folds 0 1 2 0 1 2 0 1: fold 0 gets (2, 1), fold 1 (2, 1), fold 2 (1, 1).
		expect(Array.from(stratifiedKFold(Int32Array.from([0, 0, 0, 0, 0, 1, 1, 1]), 3))).toEqual([0, 0, 1, 1, 2, 0, 1, 2]);
	});

	test('stratifiedKFold numbers classes by first appearance, as scikit-learn does', () => {
		// Appearance codes 2 -> 0, 1 -> 1, 0 -> 2; sorted codes 0 1 2 2 dealt to folds 0 1 0 1.
		expect(Array.from(stratifiedKFold(Int32Array.from([2, 1, 0, 0]), 2))).toEqual([0, 1, 0, 1]);
	});

	test('fold sizes per class differ by at most one', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 80 }), fc.integer({ min: 2, max: 6 }), (labels, folds) => {
				fc.pre(labels.length >= folds && new Set(labels).size > 0);
				const y = Int32Array.from(labels);
				const counts = new Map<number, number>();
				for (const v of labels) counts.set(v, (counts.get(v) ?? 0) + 1);
				fc.pre([...counts.values()].some((c) => c >= folds));
				const foldOf = stratifiedKFold(y, folds);
				for (const label of counts.keys()) {
					const perFold = new Array(folds).fill(0);
					labels.forEach((v, i) => v === label && perFold[foldOf[i]]++);
					expect(Math.max(...perFold) - Math.min(...perFold)).toBeLessThanOrEqual(1);
				}
			})
		);
	});

	test('stratifiedKFold rejects impossible fold counts', () => {
		expect(() => stratifiedKFold(Int32Array.from([0, 1]), 3)).toThrow(/3 folds from 2 rows/);
		expect(() => stratifiedKFold(Int32Array.from([0, 0, 1, 1]), 3)).toThrow(/every class has fewer than 3/);
		expect(() => stratifiedKFold(Int32Array.from([0, 1]), 1)).toThrow(/folds must be/);
	});
});

describe('stratifiedSplit', () => {
	test('stratifiedSplit(y, {testFraction: 0.25, seed: 3}) keeps class shares and is deterministic', () => {
		const y = Int32Array.from({ length: 40 }, (_, i) => (i < 32 ? 0 : 1));
		const a = stratifiedSplit(y, { testFraction: 0.25, seed: 3 });
		expect(a.test).toHaveLength(10);
		expect(Array.from(a.test).filter((i) => y[i] === 1)).toHaveLength(2);
		expect([...a.train, ...a.test].sort((p, q) => p - q)).toEqual(Array.from({ length: 40 }, (_, i) => i));
		expect(stratifiedSplit(y, { testFraction: 0.25, seed: 3 })).toEqual(a);
		expect(stratifiedSplit(y, { testFraction: 0.25, seed: 4 }).test).not.toEqual(a.test);
	});

	test('stratifiedSplit rejects a fraction outside (0, 1)', () => {
		expect(() => stratifiedSplit(Int32Array.from([0, 1]), { testFraction: 1 })).toThrow(/testFraction/);
	});
});

describe('crossValidate', () => {
	test('crossValidate(X, y, fitKnn) returns every row once with its out-of-fold prediction', () => {
		const X = fromRows(Array.from({ length: 20 }, (_, i) => [i < 10 ? i : i + 20]));
		const y = Int32Array.from({ length: 20 }, (_, i) => (i < 10 ? 0 : 1));
		const cv = crossValidate(X, y, (a, b) => fitKnn(a, b, { k: 3 }), { folds: 4 });
		expect(cv.folds).toHaveLength(4);
		expect(cv.folds.flatMap((f) => Array.from(f.test)).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
		expect(Array.from(cv.predicted)).toEqual(Array.from(y));
		expect(cv.meanAccuracy).toBe(1);
		expect(cv.pooledAccuracy).toBe(1);
	});

	for (const name of referenceCases) {
		test(`classifyChannel on ${name}: 5-fold KNN (k = 5) and Gaussian NB accuracy equal scikit-learn's`, () => {
			const ref = loadReference(name).classifyChannel;
			const X = referenceMatrix(name);
			const y = Int32Array.from(wholesaleColumns().Channel);
			const knn = crossValidate(X, y, (a, b) => fitKnn(a, b, { k: ref.knnK }), { folds: 5 });
			const bayes = crossValidate(X, y, (a, b) => fitGaussianNb(a, b), { folds: 5 });
			expect(knn.meanAccuracy).toBeCloseTo(ref.knnAccuracy, 12);
			expect(bayes.meanAccuracy).toBeCloseTo(ref.naiveBayesAccuracy, 12);
		});
	}
});

describe('chooseKnnK', () => {
	test('chooseKnnK gives the same accuracy as cross-validating each k on its own', () => {
		const X = referenceMatrix('wholesale-standard');
		const y = Int32Array.from(wholesaleColumns().Channel);
		const choice = chooseKnnK(X, y, [1, 5, 9], 5);
		for (const point of choice.curve) {
			const cv = crossValidate(X, y, (a, b) => fitKnn(a, b, { k: point.k }), { folds: 5 });
			expect(point.accuracy).toBeCloseTo(cv.meanAccuracy, 14);
		}
		expect(choice.curve.find((p) => p.k === 5)!.accuracy).toBeCloseTo(loadReference('wholesale-standard').classifyChannel.knnAccuracy, 12);
		const best = Math.max(...choice.curve.map((p) => p.accuracy));
		expect(choice.bestK).toBe(choice.curve.find((p) => p.accuracy === best)!.k);
	});

	test('chooseKnnK skips k larger than the smallest training fold and picks the smallest best k', () => {
		const X = fromRows([[0], [1], [2], [10], [11], [12]]);
		const y = Int32Array.from([0, 0, 0, 1, 1, 1]);
		const choice = chooseKnnK(X, y, [1, 3, 5], 3);
		expect(choice.skipped).toEqual([5]);
		expect(choice.curve.map((p) => p.k)).toEqual([1, 3]);
		expect(choice.bestK).toBe(1);
		expect(() => chooseKnnK(X, y, [0], 3)).toThrow(/positive whole number/);
	});
});
