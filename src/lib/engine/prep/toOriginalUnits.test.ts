import { describe, expect, it } from 'vitest';
import { fromRows } from '../matrix';
import { prepare } from './prepare';
import { toOriginalUnits } from './toOriginalUnits';
import { categorical, numeric, tableOf } from './testing';

describe('toOriginalUnits', () => {
	const table = tableOf(numeric('x', [0, 9, 99, 999]), categorical('c', ['a', 'b', 'a', 'a']));
	const p = prepare(table, { version: 1, features: [{ column: 'x', log1p: true }, { column: 'c', oneHot: { maxCategories: 3 } }], scaler: 'standard' });

	it('toOriginalUnits(fitted, X) undoes the scaler and log1p row by row', () => {
		const back = toOriginalUnits(p.fitted, p.X);
		expect(Array.from(back.data)).toEqual([0, 1, 0, 9, 0, 1, 99, 1, 0, 999, 1, 0].map((v) => expect.closeTo(v, 9)));
	});

	it('toOriginalUnits of a centroid gives the geometric-style mean of log features and category shares', () => {
		const centroid = fromRows([[0, 0, 0]]);
		const back = toOriginalUnits(p.fitted, centroid);
		const meanLog = (Math.log1p(0) + Math.log1p(9) + Math.log1p(99) + Math.log1p(999)) / 4;
		expect(back.data[0]).toBeCloseTo(Math.expm1(meanLog), 9);
		expect(back.data[1]).toBeCloseTo(0.75, 12);
		expect(back.data[2]).toBeCloseTo(0.25, 12);
	});

	it('toOriginalUnits throws when the matrix width differs from the features', () => {
		expect(() => toOriginalUnits(p.fitted, fromRows([[0, 0]]))).toThrow(/2 columns but the recipe produces 3/);
	});
});
