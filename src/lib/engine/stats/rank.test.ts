import { describe, expect, test } from 'vitest';
import { argsort } from './argsort';
import { averageRanks, sharedRanks } from './rank';

describe('averageRanks', () => {
	test('averageRanks([30, 10, 20, 10, NaN, 10]) averages the tied ranks and keeps NaN', () => {
		const got = Array.from(averageRanks(Float64Array.from([30, 10, 20, 10, NaN, 10])));
		expect(got).toEqual([5, 2, 4, 2, NaN, 2]);
	});

	test('averageRanks treats -0 and 0 as a tie and writes into a Float32Array', () => {
		const out = new Float32Array(4);
		const got = averageRanks(Float64Array.from([0, -0, -1, 2]), out);
		expect(got).toBe(out);
		expect(Array.from(got)).toEqual([2.5, 2.5, 1, 4]);
		expect(() => averageRanks(Float64Array.from([1, 2]), new Float64Array(3))).toThrow(/expected 2/);
	});

	test('averageRanks agrees with a rank-by-counting oracle on random ties', () => {
		const values = Float64Array.from({ length: 500 }, (_, i) => ((i * 37) % 23) - 11);
		const got = averageRanks(values);
		for (let i = 0; i < values.length; i++) {
			let below = 0;
			let equal = 0;
			for (const v of values) {
				if (v < values[i]) below++;
				else if (v === values[i]) equal++;
			}
			expect(got[i]).toBe(below + (equal + 1) / 2);
		}
	});
});

describe('sharedRanks', () => {
	test('sharedRanks ranks only the rows where the other column is present, ties averaged', () => {
		const values = Float64Array.from([5, 1, 5, 3, NaN, 5, 2]);
		const other = Float64Array.from([0, NaN, 0, 0, 0, 0, NaN]);
		const out = new Float64Array(7).fill(-1);
		sharedRanks(values, argsort(values), other, out);
		// shared rows 0, 2, 3, 5 hold 5, 5, 3, 5: ranks 3, 3, 1, 3; rows 1, 4, 6 untouched
		expect(Array.from(out)).toEqual([3, -1, 3, 1, -1, 3, -1]);
	});
});
