import { describe, expect, test } from 'vitest';
import { nextX } from './pointCursor.svelte';

describe('nextX', () => {
	const ks = [2, 3, 4, 5];

	test('nextX(ks, 3, ArrowRight | ArrowUp) moves one point on, ArrowLeft | ArrowDown one back', () => {
		expect(nextX(ks, 3, 'ArrowRight')).toBe(4);
		expect(nextX(ks, 3, 'ArrowUp')).toBe(4);
		expect(nextX(ks, 3, 'ArrowLeft')).toBe(2);
		expect(nextX(ks, 3, 'ArrowDown')).toBe(2);
	});

	test('nextX stops at both ends; Home and End jump there', () => {
		expect(nextX(ks, 5, 'ArrowRight')).toBe(5);
		expect(nextX(ks, 2, 'ArrowLeft')).toBe(2);
		expect(nextX(ks, 4, 'Home')).toBe(2);
		expect(nextX(ks, 3, 'End')).toBe(5);
	});

	test('nextX from an x that is not drawn starts at the first point; other keys and no points give undefined', () => {
		expect(nextX(ks, undefined, 'ArrowRight')).toBe(2);
		expect(nextX(ks, 9, 'ArrowLeft')).toBe(2);
		expect(nextX(ks, 3, 'a')).toBeUndefined();
		expect(nextX([], 3, 'ArrowRight')).toBeUndefined();
	});
});
