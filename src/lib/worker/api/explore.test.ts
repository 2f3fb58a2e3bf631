import { describe, expect, it } from 'vitest';
import { categorical, numeric, tableOf, wholesaleTable } from '../../engine/prep/testing';
import { loadExploreReference } from '../../engine/stats/testing';
import { columnView, correlationOf, pairedValues } from './explore';

describe('columnView', () => {
	it('columnView(Milk) has Freedman-Diaconis bins covering every row and a density in count units', () => {
		const milk = wholesaleTable().columns.find((c) => c.name === 'Milk')!;
		const view = columnView(milk);
		if (view.kind !== 'numeric') throw new Error('expected numeric');
		expect(view.rule).toBe('freedman-diaconis');
		expect(view.bins.length).toBeGreaterThan(3);
		expect(view.bins.reduce((s, b) => s + b.count, 0)).toBe(440);
		expect(view.discrete).toBeNull();
		// The area under the density curve equals the area of the bars: n x bin width.
		const d = view.density;
		let area = 0;
		for (let i = 1; i < d.length; i++) area += ((d[i].y + d[i - 1].y) / 2) * (d[i].x - d[i - 1].x);
		expect(area / view.binWidth).toBeCloseTo(440, -1);
		expect(view.box.outlierCount).toBeGreaterThan(0);
	});

	it('columnView(Channel) counts its two values, most frequent first', () => {
		const channel = wholesaleTable().columns.find((c) => c.name === 'Channel')!;
		const view = columnView(channel);
		if (view.kind !== 'numeric') throw new Error('expected numeric');
		expect(view.discrete).toEqual([
			{ value: '1', count: 298 },
			{ value: '2', count: 142 }
		]);
	});

	it('columnView(categorical) lists the categories by count with the missing ones apart', () => {
		const view = columnView(categorical('city', ['b', 'a', 'b', null, 'c', 'b', 'a']));
		expect(view).toMatchObject({ kind: 'categorical', count: 6, missing: 1, distinct: 3 });
		if (view.kind !== 'categorical') throw new Error('expected categorical');
		expect(view.top.map((t) => [t.value, t.count])).toEqual([
			['b', 3],
			['a', 2],
			['c', 1]
		]);
	});
});

describe('correlationOf', () => {
	it('correlationOf(wholesale, pearson) is the 8 x 8 pandas matrix', () => {
		const ref = loadExploreReference();
		const result = correlationOf(wholesaleTable(), 'pearson', 'table');
		expect(result.names).toHaveLength(8);
		expect(result.matrix).toHaveLength(64);
		const i = result.names.indexOf('Milk');
		const j = result.names.indexOf('Grocery');
		expect(result.matrix[i * 8 + j]).toBeCloseTo(ref.pearson.Milk.Grocery, 12);
	});

	it('correlationOf(..., clustered) permutes rows and columns together', () => {
		const table = wholesaleTable();
		const plain = correlationOf(table, 'spearman', 'table');
		const ordered = correlationOf(table, 'spearman', 'clustered');
		expect([...ordered.names].sort()).toEqual([...plain.names].sort());
		expect(ordered.names).not.toEqual(plain.names);
		for (let a = 0; a < 8; a++) {
			for (let b = 0; b < 8; b++) {
				const pa = plain.names.indexOf(ordered.names[a]);
				const pb = plain.names.indexOf(ordered.names[b]);
				expect(ordered.matrix[a * 8 + b]).toBe(plain.matrix[pa * 8 + pb]);
			}
		}
	});
});

describe('pairedValues', () => {
	it('pairedValues keeps the rows where both values are present', () => {
		const table = tableOf(numeric('x', [1, null, 3, 4]), numeric('y', [5, 6, null, 8]));
		const { x, y, missing } = pairedValues(table, 'x', 'y');
		expect([...x]).toEqual([1, 4]);
		expect([...y]).toEqual([5, 8]);
		expect(missing).toBe(2);
	});

	it('pairedValues refuses a categorical column by name', () => {
		const table = tableOf(numeric('x', [1, 2]), categorical('c', ['a', 'b']));
		expect(() => pairedValues(table, 'x', 'c')).toThrow(/"c" is categorical/);
	});
});
