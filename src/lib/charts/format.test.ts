import { describe, expect, test } from 'vitest';
import { axisTitle, formatValue, px, slugify, tickFormatter, truncate } from './format';

describe('format', () => {
	test('tickFormatter([0, 20000, 40000]) uses SI prefixes', () => {
		const f = tickFormatter([0, 20000, 40000]);
		expect([0, 20000, 40000, 1.5e6].map(f)).toEqual(['0', '20k', '40k', '1.5M']);
	});

	test('tickFormatter([0, 0.25, 0.5]) shows just enough decimals', () => {
		const f = tickFormatter([0, 0.25, 0.5]);
		expect([0, 0.25, 0.5].map(f)).toEqual(['0.00', '0.25', '0.50']);
	});

	test('tickFormatter([0, 2000, 4000]) uses thousands separators', () => {
		expect(tickFormatter([0, 2000, 4000])(4000)).toBe('4,000');
	});

	test('formatValue covers integers, decimals, small, huge and missing', () => {
		expect(formatValue(12345)).toBe('12,345');
		expect(formatValue(0.7312)).toBe('0.731');
		expect(formatValue(-0.5)).toBe('−0.5');
		expect(formatValue(2.5e9)).toBe('2.5B');
		expect(formatValue(NaN)).toBe('–');
	});

	test('axisTitle("Milk", "m.u.") appends the unit', () => {
		expect(axisTitle('Milk', 'm.u.')).toBe('Milk (m.u.)');
		expect(axisTitle('Milk')).toBe('Milk');
	});

	test('truncate keeps short text and cuts long text with an ellipsis', () => {
		expect(truncate('Milk', 100, 10)).toBe('Milk');
		const cut = truncate('A very long category label indeed', 60, 10);
		expect(cut.endsWith('…')).toBe(true);
		expect(cut.length).toBeLessThan(12);
	});

	test('px rounds to one decimal', () => {
		expect(px(1.26)).toBe(1.3);
		expect(px(-0.04)).toBe(-0);
	});

	test('slugify("Distribution of Milk (m.u.)") makes a safe file name', () => {
		expect(slugify('Distribution of Milk (m.u.)')).toBe('distribution-of-milk-m-u');
		expect(slugify('Crème brûlée')).toBe('creme-brulee');
		expect(slugify('***')).toBe('chart');
	});
});
