import { describe, expect, test } from 'vitest';
import { histogram } from './histogram';
import { wholesaleTableColumns } from './testing';

const values = (v: number[]) => Float64Array.from(v);
const total = (h: ReturnType<typeof histogram>) => h.bins.reduce((s, b) => s + b.count, 0);

describe('histogram', () => {
	test('histogram(Fresh) uses Freedman-Diaconis: 31 bins as numpy', () => {
		// IQR 16933.75 - 3127.75 = 13806, width 2 * 13806 / 440^(1/3) = 3630.3, range 112148 -> ceil(30.89)
		const fresh = wholesaleTableColumns().find((c) => c.name === 'Fresh')!.values;
		const h = histogram(fresh);
		expect(h.rule).toBe('freedman-diaconis');
		expect(h.bins).toHaveLength(31);
		expect(h.binWidth).toBeCloseTo(112148 / 31, 9);
		expect(h.bins[0].x0).toBe(3);
		expect(h.bins[30].x1).toBe(112151);
		expect(total(h)).toBe(440);
	});

	test('histogram falls back to Sturges when the IQR is 0', () => {
		const h = histogram(values([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 5]));
		// ceil(log2(12) + 1) = 5 bins over [0, 5]
		expect(h.rule).toBe('sturges');
		expect(h.bins.map((b) => b.count)).toEqual([10, 1, 0, 0, 1]);
		expect(h.binWidth).toBe(1);
	});

	test('histogram(values, {bins: 2}) uses half-open bins with the last one closed', () => {
		const h = histogram(values([0, 1, 2, 3, 4]), { bins: 2 });
		expect(h).toEqual({ bins: [{ x0: 0, x1: 2, count: 2 }, { x0: 2, x1: 4, count: 3 }], binWidth: 2, rule: 'fixed' });
		expect(() => histogram(values([1]), { bins: 0 })).toThrow(/whole number/);
	});

	test('histogram caps the bin count at maxBins (default 200) when an outlier stretches the range', () => {
		const spread = values([...Array.from({ length: 1000 }, (_, i) => i), 1e9]);
		expect(histogram(spread).bins).toHaveLength(200);
		expect(histogram(spread, { maxBins: 50 }).bins).toHaveLength(50);
		expect(total(histogram(spread))).toBe(1001);
	});

	test('values on an edge go to the bin that starts there, whatever the rounding of the edges', () => {
		const v = values(Array.from({ length: 31 }, (_, i) => 0.1 * i));
		const h = histogram(v, { bins: 3 });
		h.bins.forEach((b, i) => {
			const last = i === h.bins.length - 1;
			const inside = Array.from(v).filter((x) => x >= b.x0 && (x < b.x1 || (last && x === b.x1)));
			expect(b.count).toBe(inside.length);
		});
	});

	test('histogram leaves out NaN and ±Infinity; no finite value gives no bins; a constant gives one bin', () => {
		expect(total(histogram(values([1, NaN, 2, Infinity, -Infinity, 3])))).toBe(3);
		expect(histogram(values([NaN, Infinity]))).toEqual({ bins: [], binWidth: NaN, rule: 'freedman-diaconis' });
		expect(histogram(values([4, 4, 4]))).toEqual({ bins: [{ x0: 3.5, x1: 4.5, count: 3 }], binWidth: 1, rule: 'sturges' });
	});
});
