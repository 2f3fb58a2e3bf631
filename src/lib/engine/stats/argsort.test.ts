import { describe, expect, test } from 'vitest';
import { createRandom } from '../random';
import { argsort } from './argsort';

/** The order a stable comparator sort gives, -0 before 0 and NaN last: the oracle. */
function oracle(values: Float64Array): number[] {
	const key = (v: number) => (Number.isNaN(v) ? Infinity : v);
	return Array.from(values.keys()).sort((a, b) => {
		const x = values[a];
		const y = values[b];
		if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
		if (key(x) !== key(y)) return key(x) < key(y) ? -1 : 1;
		if (Object.is(x, -0) !== Object.is(y, -0)) return Object.is(x, -0) ? -1 : 1;
		return a - b;
	});
}

describe('argsort', () => {
	test('argsort([3, -1, NaN, 0, -0, -Infinity, 3]) orders values stably with -0 before 0 and NaN last', () => {
		expect(Array.from(argsort(Float64Array.from([3, -1, NaN, 0, -0, -Infinity, 3])))).toEqual([5, 1, 4, 3, 0, 6, 2]);
	});

	test('the radix path (n >= 2048) matches a stable comparator sort on mixed signs, ties, NaN and extremes', () => {
		const random = createRandom(7);
		const specials = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE];
		const values = Float64Array.from({ length: 20000 }, (_, i) => {
			if (i % 97 === 0) return specials[i % specials.length];
			const u = random.next();
			return i % 3 === 0 ? Math.round((u - 0.5) * 50) : (u - 0.5) * 10 ** ((i % 13) - 6);
		});
		expect(Array.from(argsort(values))).toEqual(oracle(values));
	});

	test('the radix path skips passes over shared digits: integers in a narrow range', () => {
		const values = Float64Array.from({ length: 5000 }, (_, i) => (i * 7919) % 1000);
		const order = argsort(values);
		expect(Array.from(order)).toEqual(oracle(values));
	});

	test('argsort of a subarray reads only its own values', () => {
		const backing = Float64Array.from({ length: 6000 }, (_, i) => 6000 - i);
		const view = backing.subarray(1000, 4000);
		const order = argsort(view);
		expect(order[0]).toBe(2999);
		expect(order[2999]).toBe(0);
	});
});
