import { describe, expect, test } from 'vitest';
import { correlationMatrix, type CorrelationMethod } from './correlation';
import { closeTo, loadExploreReference, wholesaleTableColumns } from './testing';

const columns = (...values: number[][]) => values.map((v) => Float64Array.from(v));

describe('correlationMatrix against pandas on wholesale-customers.csv', () => {
	const reference = loadExploreReference();
	const table = wholesaleTableColumns();
	for (const method of ['pearson', 'spearman'] as CorrelationMethod[]) {
		test(`correlationMatrix(columns, '${method}') equals DataFrame.corr to 1e-9`, () => {
			const got = correlationMatrix(table.map((c) => c.values), method);
			const d = table.length;
			expect(got).toHaveLength(64);
			for (let a = 0; a < d; a++) {
				for (let b = 0; b < d; b++) {
					const expected = reference[method][table[a].name][table[b].name];
					expect(closeTo(got[a * d + b], expected), `${table[a].name} x ${table[b].name}: ${got[a * d + b]} vs ${expected}`).toBe(true);
				}
			}
		});
	}

	test('a missing value makes the pair use its shared rows only, matching a copy without that row', () => {
		const values = table.map((c) => c.values);
		const withGap = values.map((v, j) => {
			const copy = Float64Array.from(v);
			if (j === 2) copy[10] = NaN;
			return copy;
		});
		const dropped = values.map((v) => Float64Array.from([...v.subarray(0, 10), ...v.subarray(11)]));
		for (const method of ['pearson', 'spearman'] as CorrelationMethod[]) {
			const gap = correlationMatrix(withGap, method);
			const without = correlationMatrix(dropped, method);
			const full = correlationMatrix(values, method);
			// pairs with column 2 equal the matrix on the table without row 10, the other pairs keep every row
			expect(gap[2 * 8 + 3]).toBeCloseTo(without[2 * 8 + 3], 13);
			expect(gap[5 * 8 + 2]).toBeCloseTo(without[5 * 8 + 2], 13);
			expect(gap[2 * 8 + 2]).toBe(1);
			expect(gap[3 * 8 + 4]).toBe(full[3 * 8 + 4]);
			expect(gap[3 * 8 + 4]).not.toBe(without[3 * 8 + 4]);
		}
	});
});

describe('correlationMatrix with gaps in several columns', () => {
	test('every pair equals the pair computed on its shared rows alone (ties and gaps in both columns)', () => {
		const table = wholesaleTableColumns().map((c) => Float64Array.from(c.values));
		// gaps at different rows in three columns; Channel and Region are full of ties
		table.forEach((values, j) => {
			if (j % 3 === 0) for (let i = j; i < values.length; i += 17 + j) values[i] = NaN;
		});
		for (const method of ['pearson', 'spearman'] as CorrelationMethod[]) {
			const got = correlationMatrix(table, method);
			for (let a = 0; a < 8; a++) {
				for (let b = a + 1; b < 8; b++) {
					const shared = table[a].map((_, i) => i).filter((i) => !Number.isNaN(table[a][i]) && !Number.isNaN(table[b][i]));
					const pair = [table[a], table[b]].map((v) => Float64Array.from(shared, (i) => v[i]));
					expect(got[a * 8 + b], `${method} ${a} x ${b}`).toBeCloseTo(correlationMatrix(pair, method)[1], 13);
				}
			}
		}
	});
});

describe('correlationMatrix on hand-worked inputs', () => {
	test("pearson is 1 / -1 for exact lines, spearman 1 for any increasing relation", () => {
		const x = [1, 2, 3, 4, 5];
		const cols = columns(x, x.map((v) => 3 * v - 2), x.map((v) => -v), x.map((v) => v ** 3));
		const pearson = correlationMatrix(cols, 'pearson');
		expect(pearson[1]).toBeCloseTo(1, 15);
		expect(pearson[2]).toBeCloseTo(-1, 15);
		expect(pearson[3]).toBeLessThan(0.99);
		expect(correlationMatrix(cols, 'spearman')[3]).toBeCloseTo(1, 15);
	});

	test('spearman uses average ranks for ties: ranks [1.5, 1.5, 3, 4] vs [1, 2, 3, 4]', () => {
		const got = correlationMatrix(columns([5, 5, 6, 7], [1, 2, 3, 4]), 'spearman');
		// centred ranks (-1, -1, 0.5, 1.5) and (-1.5, -0.5, 0.5, 1.5): cross 4.5, squares 4.5 and 5
		expect(got[1]).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 14);
	});

	test('a constant column correlates as NaN, its diagonal too, as pandas', () => {
		const got = correlationMatrix(columns([0.1, 0.1, 0.1], [1, 2, 4]), 'pearson');
		expect(Array.from(got)).toEqual([NaN, NaN, NaN, 1]);
	});

	test('a pair with fewer than two shared rows is NaN; spearman re-ranks the shared rows', () => {
		const got = correlationMatrix(columns([1, NaN, 3, NaN], [NaN, 2, 5, 1]), 'pearson');
		expect(got[1]).toBeNaN();
		expect(got[0]).toBe(1);
		// shared rows 0, 2, 3: [10, 20, 30] vs [3, 1, 2], ranked again as [3, 1, 2]; the whole column's
		// ranks [4, 2, 1, 3] would give [4, 1, 3] and -1 / sqrt(84 / 9) instead
		const spearman = correlationMatrix(columns([10, NaN, 20, 30], [3, 1.5, 1, 2]), 'spearman');
		expect(spearman[1]).toBeCloseTo(-0.5, 14);
	});

	test('correlationMatrix rejects columns of different lengths', () => {
		expect(() => correlationMatrix(columns([1, 2], [1, 2, 3]), 'pearson')).toThrow(/column 1 has 3 rows, expected 2/);
		expect(correlationMatrix([], 'spearman')).toHaveLength(0);
	});
});
