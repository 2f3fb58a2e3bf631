import { lab, rgb } from 'd3';
import { describe, expect, test } from 'vitest';
import {
	categorical,
	categoryColors,
	categoryStyle,
	colorToUint32,
	divergingScale,
	noiseColor,
	okabeIto,
	sequentialScale,
	textColorOn
} from './palette';
import { interpolateRdBu } from 'd3';

describe('palette', () => {
	test('categorical has 12 distinct colours, Okabe-Ito first', () => {
		expect(categorical).toHaveLength(12);
		expect(categorical.slice(0, 8)).toEqual([...okabeIto]);
		expect(new Set(categorical.map((c) => rgb(c).formatHex())).size).toBe(12);
		expect(categorical).not.toContain(noiseColor);
	});

	test('categorical colours are perceptibly apart (CIELAB distance > 15 for every pair)', () => {
		let closest = Infinity;
		for (let i = 0; i < categorical.length; i++) {
			for (let j = i + 1; j < categorical.length; j++) {
				const a = lab(categorical[i]);
				const b = lab(categorical[j]);
				closest = Math.min(closest, Math.hypot(a.l - b.l, a.a - b.a, a.b - b.b));
			}
		}
		expect(closest).toBeGreaterThan(15);
	});

	test('categoryStyle(i) repeats colours after 12 with a different shape', () => {
		expect(categoryStyle(0)).toEqual({ color: okabeIto[0], shape: 'circle' });
		expect(categoryStyle(12)).toEqual({ color: okabeIto[0], shape: 'square' });
		expect(categoryStyle(25).shape).toBe('triangle');
		expect(categoryStyle(-1)).toEqual({ color: noiseColor, shape: 'circle' });
	});

	test('categoryColors(3, overrides) keeps given colours and fills the rest', () => {
		expect(categoryColors(3, [undefined, '#123456'])).toEqual([okabeIto[0], '#123456', okabeIto[2]]);
	});

	test('divergingScale(0.8) maps 0 to the interpolator midpoint and is symmetric', () => {
		const s = divergingScale(0.8);
		expect(s(0)).toBe(rgb(interpolateRdBu(0.5)).toString());
		expect(s.domain()).toEqual([-0.8, 0, 0.8]);
		// Positive is red-ish, negative blue-ish.
		expect(rgb(s(0.8)).r).toBeGreaterThan(rgb(s(0.8)).b);
		expect(rgb(s(-0.8)).b).toBeGreaterThan(rgb(s(-0.8)).r);
	});

	test('divergingScale(0) falls back to [-1, 1] instead of dividing by zero', () => {
		expect(divergingScale(0).domain()).toEqual([-1, 0, 1]);
	});

	test('sequentialScale(10) darkens with the count', () => {
		const s = sequentialScale(10);
		expect(lab(s(10)).l).toBeLessThan(lab(s(5)).l);
		expect(lab(s(5)).l).toBeLessThan(lab(s(0)).l);
	});

	test('textColorOn picks white on dark and black on light fills', () => {
		expect(textColorOn('#08306b')).toBe('#ffffff');
		expect(textColorOn('#f7fbff')).toBe('#111111');
	});

	test('colorToUint32("#0072B2") packs RGBA little-endian', () => {
		const word = colorToUint32('#0072B2');
		const bytes = new Uint8Array(new Uint32Array([word]).buffer);
		expect([...bytes]).toEqual([0x00, 0x72, 0xb2, 255]);
	});
});
