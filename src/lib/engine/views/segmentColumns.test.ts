import { describe, expect, it } from 'vitest';
import { categorical, numeric, tableOf } from '../prep/testing';
import { segmentColumns } from './segmentColumns';
import { thinCurve } from './kDistanceCurve';

describe('segmentColumns', () => {
	const table = tableOf(numeric('a', [10, 20, null, 40]), categorical('b', ['x', 'y', 'z', 'x']));

	it('segmentColumns(table, rowIndex, ["a"]) reads the column at the run rows, in run order', () => {
		const [a] = segmentColumns(table, Int32Array.from([3, 0, 2]), ['a']);
		expect(Array.from(a)).toEqual([40, 10, Number.NaN]);
	});

	it('segmentColumns gives NaN for a categorical or unknown column', () => {
		const [b, gone] = segmentColumns(table, Int32Array.from([0, 1]), ['b', 'gone']);
		expect(Array.from(b)).toEqual([Number.NaN, Number.NaN]);
		expect(Array.from(gone)).toEqual([Number.NaN, Number.NaN]);
	});
});

describe('thinCurve', () => {
	it('thinCurve(10 values, 4) keeps every third point and the last one', () => {
		const curve = thinCurve(Float64Array.from({ length: 10 }, (_, i) => i * i), 4);
		expect(curve.map((p) => p.x)).toEqual([0, 3, 6, 9]);
		expect(curve.at(-1)).toEqual({ x: 9, y: 81 });
	});

	it('thinCurve of an empty curve is empty', () => {
		expect(thinCurve([], 4)).toEqual([]);
	});
});
