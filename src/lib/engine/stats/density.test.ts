import { describe, expect, test } from 'vitest';
import { createRandom } from '../random';
import { density } from './density';
import { wholesaleTableColumns } from './testing';

/** The density at t summed over every value, no cut-off: the oracle. */
function bruteForce(values: number[], t: number, h: number): number {
	const s = values.reduce((a, v) => a + Math.exp(-0.5 * ((t - v) / h) ** 2), 0);
	return s / (values.length * h * Math.sqrt(2 * Math.PI));
}

function trapezoid(x: Float64Array, y: Float64Array): number {
	let s = 0;
	for (let j = 1; j < x.length; j++) s += ((x[j] - x[j - 1]) * (y[j] + y[j - 1])) / 2;
	return s;
}

describe('density', () => {
	test("density([1, 2, 4]) has Scott's bandwidth std * n^(-1/5) and the grid min - 3h .. max + 3h", () => {
		const d = density(Float64Array.from([1, 2, 4]), { points: 5 });
		const h = Math.sqrt(7 / 3) * 3 ** -0.2;
		expect(d.bandwidth).toBeCloseTo(h, 14);
		expect(d.x[0]).toBeCloseTo(1 - 3 * h, 14);
		expect(d.x[4]).toBeCloseTo(4 + 3 * h, 14);
		expect(d.x).toHaveLength(5);
		for (let j = 0; j < 5; j++) expect(d.y[j]).toBeCloseTo(bruteForce([1, 2, 4], d.x[j], h), 14);
		expect(d).toMatchObject({ n: 3, sampled: false });
	});

	test('density(Milk) matches the uncut sum at every grid point and integrates to about 1', () => {
		const milk = wholesaleTableColumns().find((c) => c.name === 'Milk')!.values;
		const d = density(milk);
		expect(d.x).toHaveLength(128);
		const all = Array.from(milk);
		const peak = Math.max(...d.y);
		for (let j = 0; j < 128; j++) expect(Math.abs(d.y[j] - bruteForce(all, d.x[j], d.bandwidth))).toBeLessThan(1e-12 * peak);
		expect(trapezoid(d.x, d.y)).toBeGreaterThan(0.99);
		expect(trapezoid(d.x, d.y)).toBeLessThan(1.01);
	});

	test('density samples above maxSample with a seed: same seed, same curve; another seed, another one', () => {
		const random = createRandom(3);
		const values = Float64Array.from({ length: 2000 }, () => random.next() * 10);
		const a = density(values, { maxSample: 300, seed: 1 });
		const b = density(values, { maxSample: 300, seed: 1 });
		const c = density(values, { maxSample: 300, seed: 2 });
		expect(a).toMatchObject({ n: 300, sampled: true });
		expect(Array.from(a.y)).toEqual(Array.from(b.y));
		expect(Array.from(a.y)).not.toEqual(Array.from(c.y));
		expect(density(values)).toMatchObject({ n: 2000, sampled: false });
	});

	test('density leaves out NaN and ±Infinity; fewer than two distinct values give an empty curve', () => {
		expect(density(Float64Array.from([1, NaN, 2, Infinity, 4]), { points: 3 }).bandwidth).toBeCloseTo(Math.sqrt(7 / 3) * 3 ** -0.2, 14);
		for (const v of [[], [5], [0.1, 0.1, 0.1], [NaN, NaN]]) {
			const d = density(Float64Array.from(v));
			expect(d.x).toHaveLength(0);
			expect(d.y).toHaveLength(0);
			expect(d.bandwidth).toBeNaN();
		}
		expect(() => density(Float64Array.from([1, 2]), { points: 1 })).toThrow(/points/);
	});
});
