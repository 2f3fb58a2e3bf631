import { describe, expect, test } from 'vitest';
import { loadReference, referenceCases, referenceMatrix, relativeError } from '../../../../tests/helpers/fixtures';
import { createMatrix, fromRows, takeMatrixRows } from '../matrix';
import { createRandom, sampleIndices } from '../random';
import { gaussianBlobs } from '../cluster/blobs';
import { calinskiHarabasz } from './calinskiHarabasz';
import { daviesBouldin } from './daviesBouldin';
import { pairBalancedRanges, silhouette, silhouetteFromTotals, silhouetteTotals } from './silhouette';
import { denseLabels } from '../cluster/denseLabels';

describe('cluster metrics against scikit-learn on the wholesale reference labelling', () => {
	for (const name of referenceCases) {
		const X = referenceMatrix(name);
		const { labelled } = loadReference(name);
		test(`silhouette(X, labels) equals silhouette_score to 1e-9 (${name})`, () => {
			const got = silhouette(X, labelled.labels);
			expect(relativeError(got.score, labelled.silhouette)).toBeLessThan(1e-9);
			expect(got.sampled).toBe(false);
			expect(got.size).toBe(440);
		});
		// scikit-learn measures spreads with dot-product distances, which give the standard case's
		// 1-row cluster a spread of 3.4e-7 instead of 0 (reproduced with numpy); that moves its score
		// by 4.0e-9 relative. This engine returns the exact 0, so the bound is 1e-8 there.
		const bound = name === 'wholesale-standard' ? 1e-8 : 1e-9;
		test(`daviesBouldin(X, labels) equals davies_bouldin_score to ${bound} (${name})`, () => {
			expect(relativeError(daviesBouldin(X, labelled.labels), labelled.daviesBouldin)).toBeLessThan(bound);
		});
		test(`calinskiHarabasz(X, labels) equals calinski_harabasz_score to 1e-9 (${name})`, () => {
			expect(relativeError(calinskiHarabasz(X, labelled.labels), labelled.calinskiHarabasz)).toBeLessThan(1e-9);
		});
	}
});

describe('cluster metrics on a hand-worked case: [0], [1] | [4], [5]', () => {
	const X = fromRows([[0], [1], [4], [5]]);
	const labels = [0, 0, 1, 1];

	test('silhouette(X, labels) = (7/9 + 5/7) / 2', () => {
		expect(silhouette(X, labels).score).toBeCloseTo((7 / 9 + 5 / 7) / 2, 14);
	});

	test('daviesBouldin(X, labels) = (0.5 + 0.5) / 4', () => {
		expect(daviesBouldin(X, labels)).toBeCloseTo(0.25, 14);
	});

	test('calinskiHarabasz(X, labels) = (16 / 1) / (1 / 2)', () => {
		expect(calinskiHarabasz(X, labels)).toBeCloseTo(32, 12);
	});

	test('all three ignore rows labelled -1 (noise), wherever they are', () => {
		const withNoise = fromRows([[100], [0], [1], [-7], [4], [5]]);
		const noisy = [-1, 0, 0, -1, 1, 1];
		expect(silhouette(withNoise, noisy).score).toBeCloseTo((7 / 9 + 5 / 7) / 2, 14);
		expect(silhouette(withNoise, noisy).size).toBe(4);
		expect(daviesBouldin(withNoise, noisy)).toBeCloseTo(0.25, 14);
		expect(calinskiHarabasz(withNoise, noisy)).toBeCloseTo(32, 12);
	});

	test('label values need not be 0..k-1: [7, 7, 3, 3] scores the same', () => {
		expect(silhouette(X, [7, 7, 3, 3]).score).toBeCloseTo((7 / 9 + 5 / 7) / 2, 14);
		expect(calinskiHarabasz(X, [7, 7, 3, 3])).toBeCloseTo(32, 12);
	});
});

describe('cluster metrics edge cases', () => {
	test('silhouette gives 0 to a row alone in its cluster, as scikit-learn does', () => {
		// Row 2 is alone: 0; rows 0 and 1: a = 1, b = 9 and 8.
		const got = silhouette(fromRows([[0], [1], [9]]), [0, 0, 1]).score;
		expect(got).toBeCloseTo((8 / 9 + 7 / 8 + 0) / 3, 14);
	});

	test('daviesBouldin of a 1-row cluster uses a spread of exactly 0', () => {
		// spreads 0.5 and 0, gap 8.5: (0.5 + 0) / 8.5 for both clusters.
		expect(daviesBouldin(fromRows([[0], [1], [9]]), [0, 0, 1])).toBeCloseTo(0.5 / 8.5, 14);
	});

	test('calinskiHarabasz is 1 when every point sits on its centroid (scikit-learn)', () => {
		expect(calinskiHarabasz(fromRows([[0], [0], [3], [3]]), [0, 0, 1, 1])).toBe(1);
	});

	test('daviesBouldin is 0 when every point sits on its centroid (scikit-learn)', () => {
		expect(daviesBouldin(fromRows([[0], [0], [3], [3]]), [0, 0, 1, 1])).toBe(0);
	});

	test('one cluster, or one cluster per row, is refused with the valid range', () => {
		const X = fromRows([[0], [1], [2]]);
		for (const score of [(l: number[]) => silhouette(X, l), (l: number[]) => daviesBouldin(X, l), (l: number[]) => calinskiHarabasz(X, l)]) {
			expect(() => score([0, 0, 0])).toThrow('needs between 2 and 2 clusters');
			expect(() => score([0, 1, 2])).toThrow('got 3 over 3 rows');
			expect(() => score([0, 1, -1])).toThrow('got 2 over 2 rows');
		}
	});

	test('labels of the wrong length and NaN in X are refused', () => {
		expect(() => silhouette(fromRows([[0], [1]]), [0])).toThrow('labels has 1 entries but the matrix has 2 rows');
		expect(() => calinskiHarabasz(fromRows([[0], [NaN], [2]]), [0, 1, 1])).toThrow('row 1, column 0 holds a missing value (NaN)');
		expect(() => daviesBouldin(fromRows([[0], [Infinity], [2]]), [0, 1, 1])).toThrow('infinite');
	});
});

describe('silhouette kernels', () => {
	/** The definition, row by row, as the oracle for both distance kernels. */
	function naiveSilhouette(rows: number[][], labels: number[]): number {
		const dist = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, v, t) => s + (v - b[t]) ** 2, 0));
		const clusters = [...new Set(labels)];
		let sum = 0;
		rows.forEach((r, i) => {
			const mean = (c: number) => {
				const others = rows.filter((_, j) => labels[j] === c && j !== i);
				return others.reduce((s, o) => s + dist(r, o), 0) / others.length;
			};
			if (labels.filter((l) => l === labels[i]).length < 2) return;
			const a = mean(labels[i]);
			const b = Math.min(...clusters.filter((c) => c !== labels[i]).map(mean));
			sum += (b - a) / Math.max(a, b);
		});
		return sum / rows.length;
	}

	for (const d of [1, 5, 8, 11]) {
		test(`silhouette(X with ${d} features) equals the row-by-row definition`, () => {
			const { X, truth } = gaussianBlobs({ rows: 120, centres: [Array(d).fill(0), Array(d).fill(2), Array(d).fill(-2)], seed: d });
			const rows = Array.from({ length: 120 }, (_, i) => Array.from(X.data.subarray(i * d, i * d + d)));
			expect(silhouette(X, truth).score).toBeCloseTo(naiveSilhouette(rows, Array.from(truth)), 12);
		});
	}
});

describe('silhouette shards', () => {
	for (const d of [6, 10]) {
		test(`silhouetteTotals over pairBalancedRanges(n, 3), added, gives the exact silhouette (${d} features, odd shard lengths)`, () => {
			const { X, truth } = gaussianBlobs({ rows: 301, centres: [Array(d).fill(0), Array(d).fill(3)], seed: d });
			const dense = denseLabels(truth);
			const bounds = pairBalancedRanges(301, 3);
			expect(bounds[0]).toBe(0);
			expect(bounds[3]).toBe(301);
			const totals = new Float64Array(301 * 2);
			for (let p = 0; p < 3; p++) {
				const part = silhouetteTotals(X, dense.ids, 2, bounds[p], bounds[p + 1]);
				part.forEach((v, i) => (totals[i] += v));
			}
			expect(silhouetteFromTotals(totals, dense.ids, dense.counts)).toBeCloseTo(silhouette(X, truth).score, 12);
		});
	}

	test('pairBalancedRanges(1000, 2) splits the pairs about evenly', () => {
		const [, middle] = pairBalancedRanges(1000, 2);
		const before = middle * 1000 - (middle * (middle + 1)) / 2;
		expect(Math.abs(before - 499_500 / 2)).toBeLessThan(1000);
	});
});

describe('silhouette sampling above sampleSize', () => {
	const { X, truth } = gaussianBlobs({ rows: 3000, centres: [[0, 0], [6, 0], [0, 6]], seed: 4 });

	test('silhouette(X, labels, {sampleSize: 500, seed: 9}) scores a seeded sample of 500 rows and says so', () => {
		const got = silhouette(X, truth, { sampleSize: 500, seed: 9 });
		expect(got.sampled).toBe(true);
		expect(got.size).toBe(500);
		expect(got.seed).toBe(9);
		const rows = sampleIndices(3000, 500, createRandom(9));
		const exact = silhouette(takeMatrixRows(X, rows), Array.from(rows, (i) => truth[i]));
		expect(got.score).toBe(exact.score);
		expect(silhouette(X, truth, { sampleSize: 500, seed: 9 }).score).toBe(got.score);
	});

	test('silhouette(X, labels) is exact up to 10,000 rows and close to the sampled score', () => {
		const exact = silhouette(X, truth);
		expect(exact.sampled).toBe(false);
		expect(exact.size).toBe(3000);
		expect(Math.abs(silhouette(X, truth, { sampleSize: 1000 }).score - exact.score)).toBeLessThan(0.02);
	});

	test('silhouette(X, labels, {sampleSize: 1}) is refused', () => {
		expect(() => silhouette(createMatrix(3, 1), [0, 1, 1], { sampleSize: 1 })).toThrow('sampleSize must be an integer >= 2');
	});
});
