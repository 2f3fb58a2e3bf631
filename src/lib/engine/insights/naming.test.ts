import { describe, expect, test } from 'vitest';
import type { ColumnMeaning } from '../table';
import { nameCandidates, segmentName, uniqueNames, type Distinction } from './naming';

const d = (feature: string, direction: 'high' | 'low', meaning: ColumnMeaning = 'measure'): Distinction => ({ feature, direction, meaning });
const category = (column: string, value: string, segment: number, overall = 0.3, direction: 'high' | 'low' = 'high'): Distinction => ({
	feature: `${column}=${value}`,
	direction,
	meaning: 'code',
	category: { column, value },
	share: { segment, overall }
});

describe('segmentName(distinctive): one table of profiles and their names', () => {
	const cases: { name: string; profile: Distinction[]; expected: string }[] = [
		{ name: 'spend in the data’s words', profile: [d('Grocery', 'high', 'spend'), d('Detergents_Paper', 'high', 'spend'), d('Fresh', 'low', 'spend')], expected: 'High Grocery, high Detergents_Paper, low Fresh' },
		{ name: 'demographics read naturally', profile: [d('Age', 'high', 'demographic'), d('Income', 'high', 'demographic'), d('MntWines', 'high', 'spend')], expected: 'Older, higher income, high MntWines' },
		{ name: 'young by age', profile: [d('Age', 'low', 'demographic')], expected: 'Younger' },
		{ name: 'birth year runs the other way', profile: [d('Year_Birth', 'high', 'demographic')], expected: 'Younger' },
		{ name: 'low income', profile: [d('Annual Income (k$)', 'low', 'demographic')], expected: 'Lower income' },
		{ name: 'teens at home', profile: [d('Teenhome', 'high', 'demographic')], expected: 'Families with teens' },
		{ name: 'no young children', profile: [d('Kidhome', 'low', 'demographic')], expected: 'Few young kids' },
		{ name: 'another demographic', profile: [d('household_size', 'high', 'demographic')], expected: 'Higher household_size' },
		{ name: 'recency and tenure', profile: [d('Recency', 'high', 'recency'), d('TENURE', 'low', 'tenure')], expected: 'Lapsed, new customers' },
		{ name: 'a whole category', profile: [category('Region', '3', 0.95)], expected: 'Region 3' },
		{ name: 'most of a category', profile: [category('Channel', '2', 0.7)], expected: 'Mostly Channel 2' },
		{ name: 'more of a category than average', profile: [category('Channel', '2', 0.45)], expected: 'More Channel 2' },
		{ name: 'less of a category', profile: [category('Region', '3', 0.1, 0.7, 'low')], expected: 'Few Region 3' },
		{ name: 'gender by value', profile: [category('Gender', 'Female', 1, 0.56), d('Age', 'low', 'demographic')], expected: 'Female, younger' },
		{ name: 'an outcome as a share', profile: [{ ...d('Response', 'high', 'outcome'), share: { segment: 0.73, overall: 0.15 } }], expected: 'Response 73 %' },
		{ name: 'at most three parts', profile: [d('A', 'high'), d('B', 'low'), d('C', 'high'), d('D', 'high')], expected: 'High A, low B, high C' },
		{ name: 'the same words once', profile: [d('Age', 'high', 'demographic'), d('Year_Birth', 'low', 'demographic')], expected: 'Older' },
		{ name: 'nothing distinctive', profile: [], expected: 'Typical' },
		{ name: 'typical features are skipped', profile: [{ ...d('A', 'high'), direction: 'typical' }], expected: 'Typical' }
	];

	test.each(cases)('$name: "$expected"', ({ profile, expected }) => {
		expect(segmentName(profile)).toBe(expected);
	});

	test('codes and categories never read as quantities ("high Channel")', () => {
		for (const segment of [0.1, 0.45, 0.7, 1]) {
			for (const direction of ['high', 'low'] as const) {
				expect(segmentName([category('Channel', '2', segment, 0.3, direction), category('Region', '1', segment, 0.3, direction)])).not.toMatch(/(high|low) (Channel|Region)/i);
			}
		}
	});

	test('segmentName(distinctive, 2) keeps two parts', () => {
		expect(segmentName([d('A', 'high'), d('B', 'low'), d('C', 'high')], 2)).toBe('High A, low B');
	});
});

describe('uniqueNames', () => {
	test('uniqueNames suffixes repeats with the segment number people see (label + 1)', () => {
		expect(uniqueNames(['X', 'Y', 'x'], [0, 1, 4])).toEqual(['X', 'Y', 'x (segment 5)']);
	});

	test('uniqueNames takes the first free candidate before adding a number', () => {
		const a = nameCandidates([d('Grocery', 'high', 'spend'), d('Milk', 'high', 'spend'), d('Fresh', 'high', 'spend')]);
		const b = nameCandidates([d('Grocery', 'high', 'spend'), d('Milk', 'high', 'spend'), d('Fresh', 'high', 'spend'), d('Frozen', 'low', 'spend')]);
		expect(uniqueNames([a, b, a], [0, 1, 2])).toEqual([
			'High Grocery, high Milk, high Fresh',
			'High Grocery, high Milk, low Frozen',
			'High Grocery, high Milk, high Fresh (segment 3)'
		]);
	});
});
