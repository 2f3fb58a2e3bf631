import { describe, expect, test } from 'vitest';
import { plural } from './format';

describe('plural (format.ts)', () => {
	test('plural(1, "segment") is singular, plural(0 | 2, "segment") plural', () => {
		expect(plural(1, 'segment')).toBe('1 segment');
		expect(plural(0, 'segment')).toBe('0 segments');
		expect(plural(2, 'segment')).toBe('2 segments');
	});

	test('plural(1200, "row") groups thousands; an irregular plural is passed in', () => {
		expect(plural(1200, 'row')).toBe('1,200 rows');
		expect(plural(3, 'noise row')).toBe('3 noise rows');
		expect(plural(2, 'was', 'were')).toBe('2 were');
	});
});
