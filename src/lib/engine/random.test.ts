import { describe, expect, test } from 'vitest';
import { createRandom, sampleIndices, shuffle } from './random';

describe('createRandom', () => {
	test('createRandom(42) is deterministic', () => {
		const a = createRandom(42);
		const b = createRandom(42);
		const xs = Array.from({ length: 100 }, () => a.next());
		expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
	});

	test('different seeds give different streams', () => {
		expect(createRandom(1).next()).not.toBe(createRandom(2).next());
	});

	test('int(n) covers [0, n) roughly uniformly', () => {
		const r = createRandom(7);
		const counts = new Array(5).fill(0);
		for (let i = 0; i < 50_000; i++) counts[r.int(5)]++;
		for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
	});

	test('rejects a non-finite seed', () => {
		expect(() => createRandom(Number.NaN)).toThrow(/seed/);
	});
});

test('shuffle keeps every element', () => {
	const xs = shuffle(Int32Array.from({ length: 50 }, (_, i) => i), createRandom(3));
	expect(Array.from(xs).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
});

test('sampleIndices(n, k) gives k distinct sorted indices', () => {
	const s = sampleIndices(1000, 100, createRandom(5));
	expect(s.length).toBe(100);
	expect(new Set(s).size).toBe(100);
	for (let i = 1; i < s.length; i++) expect(s[i]).toBeGreaterThan(s[i - 1]);
	expect(sampleIndices(3, 10, createRandom(5))).toEqual(Int32Array.from([0, 1, 2]));
});
