import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromRows, type Matrix } from '../matrix';
import { gaussianBlobs } from './blobs';
import { dbscan } from './dbscan';
import { finishSegments } from './finish';
import { RadiusIndex } from './radiusIndex';
import { suggestEps } from './suggestEps';

/** Textbook DBSCAN over an n x n distance scan, scikit-learn's visiting order: the test oracle. */
function bruteDbscan(X: Matrix, eps: number, minPoints: number): Int32Array {
	const n = X.rows;
	const d = X.cols;
	const near = (i: number) => {
		const out: number[] = [];
		for (let j = 0; j < n; j++) {
			let s = 0;
			for (let t = 0; t < d; t++) s += (X.data[i * d + t] - X.data[j * d + t]) ** 2;
			if (s <= eps * eps) out.push(j);
		}
		return out;
	};
	const core = Array.from({ length: n }, (_, i) => near(i).length >= minPoints);
	const labels = new Int32Array(n).fill(-1);
	let next = 0;
	for (let i = 0; i < n; i++) {
		if (labels[i] !== -1 || !core[i]) continue;
		const stack = [i];
		labels[i] = next;
		while (stack.length) {
			const p = stack.pop() as number;
			for (const q of near(p)) {
				if (labels[q] !== -1) continue;
				labels[q] = next;
				if (core[q]) stack.push(q);
			}
		}
		next++;
	}
	return finishSegments(X, labels, next).labels;
}

describe('dbscan', () => {
	test('dbscan([0, 1, 2, 10, 11, 12, 50], {eps: 1.5, minPoints: 3}) finds two groups and one noise row', () => {
		const got = dbscan(fromRows([[0], [1], [2], [10], [11], [12], [50]]), { eps: 1.5, minPoints: 3 });
		expect(Array.from(got.labels)).toEqual([0, 0, 0, 1, 1, 1, -1]);
		expect(got.k).toBe(2);
		expect(got.sizes).toEqual([3, 3]);
		expect(Array.from(got.centroids)).toEqual([1, 11]);
		expect(got.inertia).toBe(4);
		expect(got.params).toMatchObject({ eps: 1.5, minPoints: 3, noise: 1, corePoints: 2 });
	});

	test('dbscan counts a row at exactly eps as a neighbour', () => {
		expect(dbscan(fromRows([[0], [1]]), { eps: 1, minPoints: 2 }).k).toBe(1);
		expect(dbscan(fromRows([[0], [1]]), { eps: 0.999, minPoints: 2 }).k).toBe(0);
	});

	test('dbscan(X, {minPoints: 1}) makes every row a core point: no noise', () => {
		const got = dbscan(fromRows([[0], [5], [5.5]]), { eps: 1, minPoints: 1 });
		expect(Array.from(got.labels)).toEqual([1, 0, 0]);
	});

	test('dbscan with no core point returns k = 0, every row -1 and inertia 0', () => {
		const got = dbscan(fromRows([[0], [5], [10]]), { eps: 1, minPoints: 2 });
		expect(got.k).toBe(0);
		expect(Array.from(got.labels)).toEqual([-1, -1, -1]);
		expect(got.sizes).toEqual([]);
		expect(got.centroids.length).toBe(0);
		expect(got.inertia).toBe(0);
	});

	test('dbscan gives a border row reachable from two clusters to the one found first', () => {
		// eps 4, minPoints 4: 8 is a border row within reach of core rows 4 and 12 only.
		const first = dbscan(fromRows([[12], [14], [15], [16], [0], [1], [2], [4], [8]]), { eps: 4, minPoints: 4 });
		expect(Array.from(first.labels)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 0]);
		const second = dbscan(fromRows([[0], [1], [2], [4], [12], [14], [15], [16], [8]]), { eps: 4, minPoints: 4 });
		expect(Array.from(second.labels)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 0]);
		expect(second.params.corePoints).toBe(8);
	});

	test('dbscan equals a brute-force DBSCAN on random small data (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 80 }),
				fc.integer({ min: 1, max: 6 }),
				fc.integer({ min: 1, max: 5 }),
				(points, eps, minPoints) => {
					const X = fromRows(points);
					expect(dbscan(X, { eps, minPoints }).labels).toEqual(bruteDbscan(X, eps, minPoints));
				}
			),
			{ numRuns: 200 }
		);
	});

	test('dbscan(three blobs, suggested eps) recovers three large clusters', () => {
		const { X, truth } = gaussianBlobs({ rows: 3000, centres: [[0, 0], [6, 0], [0, 6]], spread: 0.6, seed: 2 });
		const { eps } = suggestEps(X, 5);
		const got = dbscan(X, { eps, minPoints: 5 });
		expect(got.sizes.slice(0, 3).every((s) => s > 850)).toBe(true);
		for (let c = 0; c < 3; c++) {
			const members = new Set<number>();
			for (let i = 0; i < X.rows; i++) if (got.labels[i] === c) members.add(truth[i]);
			expect(members.size).toBe(1);
		}
	});

	test('dbscan refuses a bad eps or minPoints and NaN input', () => {
		const X = fromRows([[0], [1]]);
		expect(() => dbscan(X, { eps: 0 })).toThrow('eps must be a positive number (got 0)');
		expect(() => dbscan(X, { eps: NaN })).toThrow('eps must be a positive number');
		expect(() => dbscan(X, { eps: 1, minPoints: 0 })).toThrow('minPoints must be an integer >= 1');
		expect(() => dbscan(fromRows([[0], [NaN]]), { eps: 1 })).toThrow('row 1, column 0 holds a missing value');
	});

	test('dbscan(X, {shouldStop}) throws CancelledError', () => {
		expect(() => dbscan(fromRows([[0], [1]]), { eps: 1, shouldStop: () => true })).toThrow('cancelled');
	});
});

describe('RadiusIndex', () => {
	test('within(row, r) returns exactly the rows at distance <= r (property, 3 features)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: -9, max: 9 }), fc.integer({ min: -9, max: 9 })), { minLength: 1, maxLength: 120 }),
				fc.integer({ min: 0, max: 12 }),
				(points, r) => {
					const X = fromRows(points);
					const index = new RadiusIndex(X);
					for (let i = 0; i < points.length; i += 7) {
						const expected = points.flatMap((p, j) => ((p[0] - points[i][0]) ** 2 + (p[1] - points[i][1]) ** 2 + (p[2] - points[i][2]) ** 2 <= r * r ? [j] : []));
						expect(Array.from(index.within(i, r)).sort((a, b) => a - b)).toEqual(expected);
						expect(index.countWithin(i, r, 3)).toBe(Math.min(3, expected.length));
					}
				}
			),
			{ numRuns: 100 }
		);
	});
});

describe('suggestEps', () => {
	test('suggestEps(X, minPoints) k-distances count the row itself and are sorted ascending', () => {
		const X = fromRows([[0], [1], [3], [7]]);
		expect(Array.from(suggestEps(X, 1).kDistances)).toEqual([0, 0, 0, 0]);
		// 2nd nearest including itself: 1, 1, 2, 4.
		const got = suggestEps(X, 2);
		expect(Array.from(got.kDistances)).toEqual([1, 1, 2, 4]);
		expect(got.eps).toBe(got.kDistances[got.kneeIndex]);
		expect(got.sampled).toBe(false);
	});

	test('suggestEps(X, 5, {sampleSize: 500, seed}) draws the curve for a seeded sample', () => {
		const { X } = gaussianBlobs({ rows: 3000, centres: [[0, 0], [6, 0]], seed: 1 });
		const a = suggestEps(X, 5, { sampleSize: 500, seed: 3 });
		expect(a.sampled).toBe(true);
		expect(a.kDistances.length).toBe(500);
		expect(suggestEps(X, 5, { sampleSize: 500, seed: 3 }).eps).toBe(a.eps);
		for (let i = 1; i < 500; i++) expect(a.kDistances[i]).toBeGreaterThanOrEqual(a.kDistances[i - 1]);
	});

	test('suggestEps(X, minPoints > rows) is refused', () => {
		expect(() => suggestEps(fromRows([[0], [1]]), 3)).toThrow('minPoints = 3 but there are only 2 rows');
	});
});
