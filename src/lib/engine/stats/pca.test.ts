import { PCA } from 'ml-pca';
import { describe, expect, test } from 'vitest';
import { loadReference, referenceCases, referenceMatrix, relativeError } from '../../../../tests/helpers/fixtures';
import { fromRows, toRows } from '../matrix';
import { createRandom } from '../random';
import { pca } from './pca';
import { projectPca } from './projectPca';

describe('pca against scikit-learn on the wholesale reference', () => {
	for (const name of referenceCases) {
		test(`pca(X).explainedVarianceRatio equals explained_variance_ratio_ to 1e-6 (${name})`, () => {
			const expected = loadReference(name).pca.explainedVarianceRatio;
			const got = pca(referenceMatrix(name), { components: expected.length }).explainedVarianceRatio;
			expect(got).toHaveLength(expected.length);
			got.forEach((r, k) => expect(relativeError(r, expected[k])).toBeLessThan(1e-6));
		});
	}

	test('pca(X) finds the same axes as ml-pca, with the largest loading of each positive', () => {
		const X = referenceMatrix('wholesale-log-standard');
		const got = pca(X, { components: 6 });
		const oracle = new PCA(toRows(X), { center: true, scale: false });
		const vectors = oracle.getEigenvectors();
		for (let k = 0; k < 6; k++) {
			const row = Array.from(got.components.subarray(k * 6, (k + 1) * 6));
			const largest = row.reduce((a, v) => (Math.abs(v) > Math.abs(a) ? v : a), 0);
			expect(largest).toBeGreaterThan(0);
			const sign = Math.sign(row[0] * vectors.get(0, k));
			for (let j = 0; j < 6; j++) expect(row[j]).toBeCloseTo(sign * vectors.get(j, k), 10);
		}
		const ratios = oracle.getExplainedVariance();
		got.explainedVarianceRatio.forEach((r, k) => expect(r).toBeCloseTo(ratios[k], 12));
		expect(got.explainedVarianceRatio.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
	});
});

describe('pca on hand-worked inputs', () => {
	test('points on the line y = -2x: one component along (-1, 2)/sqrt(5), holding all the variance', () => {
		const X = fromRows([[0, 0], [1, -2], [2, -4], [3, -6]]);
		const got = pca(X);
		// the largest |loading| is y's, so the component points to +y: (-1, 2) / sqrt(5)
		expect(got.components[0]).toBeCloseTo(-1 / Math.sqrt(5), 14);
		expect(got.components[1]).toBeCloseTo(2 / Math.sqrt(5), 14);
		expect(got.explainedVarianceRatio[0]).toBeCloseTo(1, 14);
		expect(got.explainedVarianceRatio[1]).toBeCloseTo(0, 14);
		// variance along the line: |(1, -2)|^2 * var(0, 1, 2, 3) = 5 * 5/3
		expect(got.explainedVariance[0]).toBeCloseTo(25 / 3, 12);
		expect(Array.from(got.mean)).toEqual([1.5, -3]);
		expect(got.scores[0]).toBeCloseTo(1.5 * Math.sqrt(5), 12); // (0, 0) - mean = (-1.5, 3), dotted with the component
	});

	test('scores have the component variances, and projectPca(model, X) reproduces them', () => {
		const random = createRandom(5);
		const X = fromRows(Array.from({ length: 300 }, () => {
			const a = random.next();
			const b = random.next();
			return [a + b, a - 2 * b, 3 * a, random.next()];
		}));
		const got = pca(X, { components: 3 });
		for (let k = 0; k < 3; k++) {
			let s = 0;
			for (let i = 0; i < 300; i++) s += got.scores[i * 3 + k] ** 2;
			expect(s / 299).toBeCloseTo(got.explainedVariance[k], 10);
		}
		expect(Array.from(projectPca(got, X))).toEqual(Array.from(got.scores));
		const one = projectPca(got, fromRows([Array.from(got.mean)]));
		expect(Array.from(one)).toEqual([0, 0, 0]);
		expect(() => projectPca(got, fromRows([[1, 2, 3]]))).toThrow(/fitted on 4 columns, these rows have 3/);
	});

	test('pca checks its input: missing values, too few rows, component counts', () => {
		expect(() => pca(fromRows([[1, 2], [NaN, 3], [4, 5]]))).toThrow(/column 0 has missing values/);
		expect(() => pca(fromRows([[1, 2]]))).toThrow(/at least 2 rows/);
		expect(() => pca(fromRows([[1, 2], [3, 5]]), { components: 3 })).toThrow(/from 1 to 2 \(got 3\)/);
		expect(pca(fromRows([[1], [2], [4]])).components).toHaveLength(1);
		expect(pca(fromRows([[7, 7], [7, 7]])).explainedVarianceRatio).toEqual([0, 0]);
	});
});
