import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createRandom } from '../random';
import { sortFloat64 } from './radixSort';

/** Object.is per position: -0 and +0 told apart. */
function sameOrder(a: Float64Array, b: Float64Array): boolean {
	return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

describe('sortFloat64', () => {
	test('sortFloat64(values) orders a million values as the built-in sort does, signs, zeros and infinities included', () => {
		const random = createRandom(3);
		const kinds = [() => random.next() * 40 - 20, () => Math.round(random.next() * 1e6) / 1000 - 500, () => Math.floor(random.next() * 7), () => -random.next() * 1e300];
		for (const draw of kinds) {
			const v = Float64Array.from({ length: 120_000 }, draw);
			v.set([-0, 0, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE], 100);
			expect(sameOrder(sortFloat64(v.slice()), v.slice().sort())).toBe(true);
		}
	});

	test('sortFloat64 on any doubles (past the radix threshold) equals the built-in sort', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 40 }), (some) => {
				// Repeated to 60,000 values so the radix path runs, not the small-array fallback.
				const v = Float64Array.from({ length: 60_000 }, (_, i) => some[i % some.length]);
				expect(sameOrder(sortFloat64(v.slice()), v.slice().sort())).toBe(true);
			}),
			{ numRuns: 30 }
		);
	});

	test('sortFloat64 sorts a view in place without touching the rest of its buffer', () => {
		const buffer = Float64Array.from({ length: 70_010 }, (_, i) => (i * 7919) % 70_010);
		const view = buffer.subarray(5, 70_005);
		const expected = view.slice().sort();
		sortFloat64(view);
		expect(sameOrder(view, expected)).toBe(true);
		expect(Array.from(buffer.subarray(0, 5))).toEqual([0, 7919, 15838, 23757, 31676]);
	});

	for (const n of [500, 70_000]) {
		test(`sortFloat64(values, payload) on ${n} values carries the payload stably (equal values keep input order)`, () => {
			const random = createRandom(n);
			const v = Float64Array.from({ length: n }, () => [Math.floor(random.next() * 20) - 10, -0, 0, Infinity][Math.floor(random.next() * 4)]);
			const payload = Int32Array.from({ length: n }, (_, i) => i);
			const expected = Array.from(v, (value, i) => ({ value, i })).sort((a, b) => a.value - b.value || (Object.is(a.value, -0) && Object.is(b.value, 0) ? -1 : Object.is(a.value, 0) && Object.is(b.value, -0) ? 1 : a.i - b.i));
			const original = v.slice();
			sortFloat64(v, payload);
			expect(sameOrder(v, Float64Array.from(expected, (e) => e.value))).toBe(true);
			expect(Array.from(payload)).toEqual(expected.map((e) => e.i));
			expect(Array.from(payload).every((i, p) => Object.is(original[i], v[p]))).toBe(true);
		});
	}
});
