import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { referenceMatrix } from '../../../../tests/helpers/fixtures';
import { createMatrix, fromRows } from '../matrix';
import { withinSumOfSquares } from './finish';
import { cutTree, hierarchical, HIERARCHICAL_MAX_ROWS } from './hierarchical';
import { wardLinkage } from './wardLinkage';

// scipy's documented example for scipy.cluster.hierarchy.ward: 12 points in four corner groups.
const corners = fromRows([[0, 0], [0, 1], [1, 0], [0, 4], [0, 3], [1, 4], [4, 0], [3, 0], [4, 1], [4, 4], [3, 4], [4, 3]]);

describe('wardLinkage against scipy', () => {
	test("wardLinkage(scipy's ward example) gives its documented merges and heights", () => {
		const tree = wardLinkage(corners);
		const merges = [0, 1, 3, 4, 6, 7, 9, 10, 2, 12, 5, 13, 8, 14, 11, 15, 16, 17, 18, 19, 20, 21];
		expect(Array.from(tree.merges)).toEqual(merges);
		const expected = [1, 1, 1, 1, 1.2909944487358056, 1.2909944487358056, 1.2909944487358056, 1.2909944487358056, 5.773502691896257, 5.773502691896257, 8.16496580927726];
		tree.heights.forEach((h, i) => expect(h).toBeCloseTo(expected[i], 14));
		expect(Array.from(tree.sizes)).toEqual([2, 2, 2, 2, 3, 3, 3, 3, 6, 6, 12]);
	});

	test('wardLinkage(1-D points) equals scipy linkage(Y, "ward") and the hand-worked Ward distances', () => {
		const tree = wardLinkage(fromRows([[0.3], [1.2], [5.1], [5.4], [9.0], [2.2], [7.7]]));
		expect(Array.from(tree.merges)).toEqual([2, 3, 0, 1, 4, 6, 5, 8, 7, 9, 10, 11]);
		expect(Array.from(tree.sizes)).toEqual([2, 2, 2, 3, 4, 7]);
		// Singletons merge at their distance; 2.2 joins {0.3, 1.2} at sqrt(2 x 1 x 2 / 3) x |2.2 - 0.75|.
		expect(tree.heights[0]).toBeCloseTo(0.3, 14);
		expect(tree.heights[3]).toBeCloseTo(Math.sqrt(4 / 3) * 1.45, 14);
		expect(tree.heights[5]).toBeCloseTo(10.30746377746774, 13);
	});
});

describe('wardLinkage invariants', () => {
	test('heights never decrease and the last merge holds every row (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 2, maxLength: 40 }), (points) => {
				const tree = wardLinkage(fromRows(points));
				for (let m = 1; m < tree.heights.length; m++) expect(tree.heights[m]).toBeGreaterThanOrEqual(tree.heights[m - 1]);
				expect(tree.sizes[tree.sizes.length - 1]).toBe(points.length);
			}),
			{ numRuns: 100 }
		);
	});

	test('Ward heights^2 / 2 add up to the within-cluster sum of squares of every cut (wholesale-standard)', () => {
		const X = referenceMatrix('wholesale-standard');
		const tree = wardLinkage(X);
		let added = 0;
		const n = X.rows;
		for (let m = 0; m < n - 1; m++) {
			added += tree.heights[m] ** 2 / 2;
			const k = n - m - 1;
			if (k === 1 || k === 5 || k === 20) {
				const labels = cutTree(tree, k);
				const means = hierarchical(X, { k }).centroids;
				expect(withinSumOfSquares(X, labels, means)).toBeCloseTo(added, 8);
			}
		}
		expect(added).toBeCloseTo(2640, 8);
	});
});

describe('cutTree and hierarchical', () => {
	test("cutTree(scipy's ward example, 4) gives the four corner groups, numbered by first row on ties", () => {
		expect(Array.from(cutTree(wardLinkage(corners), 4))).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
	});

	test('cutTree(tree, k) gives k clusters, each cut refining the one above (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { minLength: 2, maxLength: 30 }), (points) => {
				const tree = wardLinkage(fromRows(points));
				let above = cutTree(tree, 1);
				for (let k = 2; k <= points.length; k++) {
					const labels = cutTree(tree, k);
					expect(new Set(labels).size).toBe(k);
					const parents = new Map<number, number>();
					labels.forEach((c, i) => {
						expect(parents.get(c) ?? above[i]).toBe(above[i]);
						parents.set(c, above[i]);
					});
					above = labels;
				}
			}),
			{ numRuns: 50 }
		);
	});

	test("hierarchical(X, {k: 2, linkage: 'ward'}) returns labels by size, means and the tree", () => {
		const got = hierarchical(fromRows([[10], [0], [1], [11], [12]]), { k: 2, linkage: 'ward' });
		expect(Array.from(got.labels)).toEqual([0, 1, 1, 0, 0]);
		expect(Array.from(got.centroids)).toEqual([11, 0.5]);
		expect(got.sizes).toEqual([3, 2]);
		expect(got.inertia).toBeCloseTo(2.5, 12);
		expect(got.tree.heights.length).toBe(4);
		expect(got.algorithm).toBe('hierarchical');
	});

	test('hierarchical(one row, {k: 1}) gives an empty tree and one segment', () => {
		const got = hierarchical(fromRows([[3, 4]]), { k: 1 });
		expect(got.tree.merges.length).toBe(0);
		expect(got.sizes).toEqual([1]);
	});

	test(`hierarchical refuses more than ${HIERARCHICAL_MAX_ROWS} rows, naming the limit and the alternatives`, () => {
		expect(() => hierarchical(createMatrix(HIERARCHICAL_MAX_ROWS + 1, 2), { k: 2 })).toThrow(
			'hierarchical clustering is limited to 5,000 rows (its distance matrix grows with rows squared); this data has 5,001: use k-means, or cluster a sample'
		);
	});

	test('hierarchical refuses k outside 1..rows, NaN input and other linkages', () => {
		expect(() => hierarchical(fromRows([[0], [1]]), { k: 3 })).toThrow('k must be an integer between 1 and 2');
		expect(() => hierarchical(fromRows([[0], [NaN]]), { k: 1 })).toThrow('holds a missing value');
		expect(() => hierarchical(fromRows([[0], [1]]), { k: 1, linkage: 'single' as 'ward' })).toThrow('linkage "single" is not supported');
	});

	test('hierarchical(X, {shouldStop}) throws CancelledError', () => {
		expect(() => hierarchical(corners, { k: 2, shouldStop: () => true })).toThrow('cancelled');
	});
});
