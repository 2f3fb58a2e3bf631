import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { uniqueHeaders } from './header';
import { WarningLog } from './warnings';

describe('uniqueHeaders', () => {
	test("uniqueHeaders(['score', 'score', '', ' x ']) numbers repeats and names blanks by position", () => {
		const warnings = new WarningLog();
		expect(uniqueHeaders(['score', 'score', '', ' x '], warnings)).toEqual(['score', 'score_2', 'column_3', 'x']);
		expect(warnings.list().map((w) => w.kind)).toEqual(['header', 'header']);
	});

	test('uniqueHeaders skips suffixes that other columns already use', () => {
		expect(uniqueHeaders(['a', 'a', 'a_2', 'column_4', ''])).toEqual(['a', 'a_3', 'a_2', 'column_4', 'column_5']);
		expect(uniqueHeaders(['column_2', ''])).toEqual(['column_2', 'column_2_2']);
		expect(uniqueHeaders(['', 'column_1', 'column_1'])).toEqual(['column_1_2', 'column_1', 'column_1_3']);
		expect(uniqueHeaders(['column', '', 'column', 'column'])).toEqual(['column', 'column_2', 'column_3', 'column_4']);
	});

	test('uniqueHeaders always returns distinct, non-blank names', () => {
		const names = uniqueHeaders(['', '', 'x', 'x', 'x_2', 'x', ' ', 'column_1']);
		expect(new Set(names).size).toBe(names.length);
		expect(names.every((n) => n.trim() !== '')).toBe(true);
	});
});

describe('uniqueHeaders at scale', () => {
	test('uniqueHeaders(any names) returns distinct non-blank names and keeps first uses unchanged', () => {
		const name = fc.constantFrom('', ' ', 'a', 'a_2', 'a_3', 'b', 'column_1', 'column_2', 'column_2_2', 'x_2_2');
		fc.assert(
			fc.property(fc.array(name, { maxLength: 40 }), (raw) => {
				const names = uniqueHeaders(raw);
				expect(names).toHaveLength(raw.length);
				expect(new Set(names).size).toBe(names.length);
				expect(names.every((n) => n.trim() !== '')).toBe(true);
				raw.forEach((r, i) => {
					if (r.trim() !== '' && raw.findIndex((s) => s.trim() === r.trim()) === i) expect(names[i]).toBe(r.trim());
				});
			})
		);
	});

	// A quadratic renaming needs ~2·10¹⁰ set look-ups here and never finishes within the test timeout.
	test('uniqueHeaders(200,000 × "x") numbers the repeats x_2 … x_200000 in linear time', () => {
		const names = uniqueHeaders(Array.from({ length: 200_000 }, () => 'x'));
		expect(names[0]).toBe('x');
		expect(names[1]).toBe('x_2');
		expect(names[199_999]).toBe('x_200000');
		expect(new Set(names).size).toBe(200_000);
	}, 60_000);

	test('uniqueHeaders(a 10 MB header line of one repeated name) finishes and names every column', () => {
		const line = 'customer_lifetime_value,'.repeat(440_000).slice(0, -1);
		expect(line.length).toBeGreaterThan(10_000_000);
		const warnings = new WarningLog();
		const names = uniqueHeaders(line.split(','), warnings);
		expect(names).toHaveLength(440_000);
		expect(names.at(-1)).toBe('customer_lifetime_value_440000');
		expect(new Set(names).size).toBe(names.length);
		expect(warnings.total('header')).toBe(439_999);
	}, 60_000);

	test('uniqueHeaders(blanks among column_k names) stays linear and distinct', () => {
		const raw = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? '' : `column_${i + 2}`));
		const names = uniqueHeaders(raw);
		expect(new Set(names).size).toBe(names.length);
	});
});
