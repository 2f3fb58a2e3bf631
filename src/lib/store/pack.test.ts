import { describe, expect, it } from 'vitest';
import { pack, unpack } from './pack';

describe('pack/unpack', () => {
	it('unpack(pack(x)) keeps typed arrays with their type and values', () => {
		const value = {
			kind: 'numeric',
			values: new Float64Array([1.5, NaN, -2, 1e300]),
			codes: new Int32Array([0, -1, 2]),
			labels: new Uint32Array([3, 1]),
			bytes: new Uint8Array([1, 2, 3])
		};
		const back = unpack(pack(value)) as typeof value;
		expect(back.values).toBeInstanceOf(Float64Array);
		expect([...back.values]).toEqual([1.5, NaN, -2, 1e300]);
		expect(back.codes).toBeInstanceOf(Int32Array);
		expect([...back.codes]).toEqual([0, -1, 2]);
		expect([...back.labels]).toEqual([3, 1]);
		expect([...back.bytes]).toEqual([1, 2, 3]);
	});

	it('unpack(pack(x)) gives each typed array its own buffer, so one can be transferred alone', () => {
		const back = unpack(pack({ a: new Float64Array([1]), b: new Float64Array([2]) })) as Record<string, Float64Array>;
		expect(back.a.buffer).not.toBe(back.b.buffer);
		expect(back.a.byteLength).toBe(back.a.buffer.byteLength);
	});

	it('unpack(pack(x)) keeps a typed array that is a view into a larger buffer', () => {
		const whole = new Float64Array([9, 8, 7, 6]);
		const back = unpack(pack({ v: whole.subarray(1, 3) })) as { v: Float64Array };
		expect([...back.v]).toEqual([8, 7]);
	});

	it('unpack(pack(x)) keeps NaN, ±Infinity, -0, undefined in arrays, Maps, Sets and Dates', () => {
		const value = {
			n: [NaN, Infinity, -Infinity, -0, 0, undefined, null],
			when: new Date(1_700_000_000_000),
			map: new Map([['Grocery', 1]]),
			set: new Set(['a', 'b']),
			nested: { deep: [{ x: 'ünïcødé ✓' }] }
		};
		const back = unpack(pack(value)) as typeof value;
		expect(back.n[0]).toBeNaN();
		expect(back.n[1]).toBe(Infinity);
		expect(back.n[2]).toBe(-Infinity);
		expect(Object.is(back.n[3], -0)).toBe(true);
		expect(Object.is(back.n[4], 0)).toBe(true);
		expect(back.n[5]).toBeUndefined();
		expect(back.n[6]).toBeNull();
		expect(back.when).toEqual(value.when);
		expect(back.map.get('Grocery')).toBe(1);
		expect([...back.set]).toEqual(['a', 'b']);
		expect(back.nested.deep[0].x).toBe('ünïcødé ✓');
	});

	it('unpack(pack(x)) keeps objects keyed by names that look like tags', () => {
		const value = { t: 'typed', $ta: 1, __proto__x: 2, constructor: 'c' };
		expect(unpack(pack(value))).toEqual(value);
	});

	it('unpack(buffer) rejects bytes that are not a packed record', () => {
		expect(() => unpack(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer)).toThrow(/not in a known format/);
	});
});
