import { describe, expect, test } from 'vitest';
import { readFixture } from '../../../../tests/helpers/fixtures';
import { smallSets } from '../../../../tests/helpers/smallSets';
import { fromRows } from '../matrix';
import { kmeans, kmeansStarts } from './kmeans';

interface SklearnCase {
	set: string;
	k: number;
	sklearnBest: number;
	inertias: number[];
}

const reference: { cases: SklearnCase[] } = JSON.parse(readFixture('reference/kmeans-small-sklearn.json'));
const sets = new Map(smallSets().map((s) => [s.name, s.X]));

describe('kmeans on small data against scikit-learn KMeans(n_init=10)', () => {
	for (const c of reference.cases) {
		test(`kmeans(${c.set}, {k: ${c.k}}) is within 0.5% of scikit-learn's best of random_state 0..4`, () => {
			const X = sets.get(c.set);
			if (!X) throw new Error(`no small set named ${c.set}`);
			const got = kmeans(X, { k: c.k });
			expect(got.inertia / c.sklearnBest).toBeLessThan(1.005);
		});
	}

	test('kmeans(blobs-100x2, {k: 9, restarts: 10, workBudget: 0}) shows the gap the budget closes', () => {
		const c = reference.cases.find((r) => r.set === 'blobs-100x2' && r.k === 9)!;
		const got = kmeans(sets.get(c.set)!, { k: 9, restarts: 10, workBudget: 0 });
		expect(got.params.starts).toBe(10);
		expect(got.inertia / c.sklearnBest).toBeGreaterThan(1.005);
	});
});

describe('kmeansStarts', () => {
	test('kmeansStarts(199 rows, k 9, 3 features) spends the budget up to the cap', () => {
		expect(kmeansStarts(199, 9, 3, 10, 1e7, 300)).toBe(300);
		expect(kmeansStarts(2000, 10, 6, 10, 1e7, 300)).toBe(83);
	});

	test('kmeansStarts(1M rows, k 5, 8 features) and 100k rows stay at restarts', () => {
		expect(kmeansStarts(1_000_000, 5, 8, 10, 1e7, 300)).toBe(10);
		expect(kmeansStarts(100_000, 5, 8, 10, 1e7, 300)).toBe(10);
		expect(kmeansStarts(100_000, 5, 8, 12, 1e7, 300)).toBe(12);
	});

	test('kmeansStarts with workBudget 0 or k = 1 is exactly restarts', () => {
		expect(kmeansStarts(50, 3, 2, 4, 0, 300)).toBe(4);
		expect(kmeansStarts(50, 1, 2, 4, 1e7, 300)).toBe(4);
	});

	test('kmeans(X, {k}) reports the starts it made, and the same result for the same seed', () => {
		const X = sets.get('mall-like-200')!;
		const a = kmeans(X, { k: 5, seed: 3 });
		const b = kmeans(X, { k: 5, seed: 3 });
		expect(a.params.restarts).toBe(10);
		expect(a.params.starts).toBe(300);
		expect(a.labels).toEqual(b.labels);
		expect(a.inertia).toBe(b.inertia);
	});

	test('kmeans(X, {workBudget: -1}) is refused', () => {
		expect(() => kmeans(fromRows([[0], [1]]), { k: 1, workBudget: -1 })).toThrow('workBudget must be >= 0');
	});
});
