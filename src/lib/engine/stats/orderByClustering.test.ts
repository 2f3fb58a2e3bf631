import { describe, expect, test } from 'vitest';
import { correlationMatrix } from './correlation';
import { orderByClustering } from './orderByClustering';
import { wholesaleTableColumns } from './testing';

/** A symmetric matrix with 1 on the diagonal from its upper-triangle entries. */
function matrix(d: number, entries: Record<string, number>): Float64Array {
	const m = new Float64Array(d * d);
	for (let i = 0; i < d; i++) m[i * d + i] = 1;
	for (const [key, r] of Object.entries(entries)) {
		const [i, j] = key.split(',').map(Number);
		m[i * d + j] = r;
		m[j * d + i] = r;
	}
	return m;
}

const isPermutation = (order: number[], d: number) => [...order].sort((a, b) => a - b).every((v, i) => v === i) && order.length === d;

describe('orderByClustering', () => {
	test('orderByClustering(two interleaved blocks) puts each block together', () => {
		// {0, 2, 4} strongly related (negatively between 0 and 4), {1, 3} related, little across
		const corr = matrix(5, { '0,2': 0.9, '2,4': 0.8, '0,4': -0.85, '1,3': 0.7, '0,1': 0.1, '2,3': 0.05, '3,4': -0.1 });
		const order = orderByClustering(corr, 5);
		expect(isPermutation(order, 5)).toBe(true);
		const position = (i: number) => order.indexOf(i);
		const spread = (block: number[]) => Math.max(...block.map(position)) - Math.min(...block.map(position));
		expect(spread([0, 2, 4])).toBe(2);
		expect(spread([1, 3])).toBe(1);
		expect(order.slice(0, 3).sort()).toEqual([0, 2, 4]);
	});

	test('each merge flips a side so the most related ends meet: [0, 1] + [2, 3] with r(0, 2) high becomes 1 0 2 3', () => {
		const corr = matrix(4, { '0,1': 0.95, '2,3': 0.9, '0,2': 0.6, '1,3': 0.1, '0,3': 0.3, '1,2': 0.3 });
		expect(orderByClustering(corr, 4)).toEqual([1, 0, 2, 3]);
	});

	test('NaN counts as unrelated, and equal distances merge the lowest indices first (deterministic)', () => {
		const corr = matrix(3, { '0,1': NaN, '0,2': 0.5, '1,2': 0.5 });
		// (0, 2) merge first (tie with (1, 2), lower indices), then 1 joins next to 2, away from its NaN partner 0
		expect(orderByClustering(corr, 3)).toEqual([0, 2, 1]);
		expect(orderByClustering(new Float64Array(9), 3)).toEqual([0, 1, 2]);
		expect(orderByClustering([], 0)).toEqual([]);
		expect(orderByClustering([1], 1)).toEqual([0]);
	});

	test('on the wholesale table Grocery, Detergents_Paper and Milk end up next to each other', () => {
		const columns = wholesaleTableColumns();
		const order = orderByClustering(correlationMatrix(columns.map((c) => c.values), 'pearson'), columns.length);
		expect(isPermutation(order, 8)).toBe(true);
		const names = order.map((j) => columns[j].name);
		const spread = ['Grocery', 'Detergents_Paper', 'Milk'].map((n) => names.indexOf(n));
		expect(Math.max(...spread) - Math.min(...spread)).toBe(2);
	});

	test('orderByClustering rejects a matrix of the wrong size', () => {
		expect(() => orderByClustering(new Float64Array(5), 2)).toThrow(/5 values, expected 2 x 2/);
	});
});
