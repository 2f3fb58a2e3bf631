import { describe, expect, test } from 'vitest';
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
	});

	test('uniqueHeaders always returns distinct, non-blank names', () => {
		const names = uniqueHeaders(['', '', 'x', 'x', 'x_2', 'x', ' ', 'column_1']);
		expect(new Set(names).size).toBe(names.length);
		expect(names.every((n) => n.trim() !== '')).toBe(true);
	});
});
