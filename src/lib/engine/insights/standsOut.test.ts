import { describe, expect, test } from 'vitest';
import { categoryLabel, featureLabel, formatShare, nothingStandsOut, standoutBadge, standoutFact, standsOut } from './standsOut';

describe('standsOut', () => {
	test.each([
		[0.5, 'high'],
		[0.49, 'typical'],
		[-0.5, 'low'],
		[-2, 'low'],
		[0, 'typical'],
		[Number.NaN, 'typical']
	] as const)('standsOut({z: %f}) is %s with the default minZ 0.5', (z, expected) => {
		expect(standsOut({ z })).toBe(expected);
	});

	test('standsOut({z, share}) also asks shares to differ by minShare (10 points by default)', () => {
		expect(standsOut({ z: 0.6, share: { segment: 0.08, overall: 0.02 } })).toBe('typical');
		expect(standsOut({ z: 0.6, share: { segment: 0.12, overall: 0.02 } })).toBe('high');
		expect(standsOut({ z: 0.6, share: { segment: 0.08, overall: 0.02 } }, { minShare: 0.05 })).toBe('high');
	});

	test('standsOut honours a custom minZ', () => {
		expect(standsOut({ z: 0.98 }, { minZ: 1 })).toBe('typical');
	});
});

describe('the words for a standout', () => {
	const frequency = { feature: 'PURCHASES_FREQUENCY', z: 0.98, direction: 'high' as const, meaning: 'count' as const };
	const channel = {
		feature: 'Channel=2',
		z: 1.2,
		direction: 'high' as const,
		meaning: 'code' as const,
		category: { column: 'Channel', value: '2' },
		share: { segment: 0.85, overall: 0.32 }
	};

	test('standoutBadge gives the arrow, the feature and its z, or the shares for categories', () => {
		expect(standoutBadge(frequency)).toEqual({ arrow: '▲', label: 'PURCHASES_FREQUENCY', detail: 'z +0.98' });
		expect(standoutBadge({ ...frequency, z: -0.7, direction: 'low' })).toEqual({ arrow: '▼', label: 'PURCHASES_FREQUENCY', detail: 'z −0.70' });
		expect(standoutBadge(channel)).toEqual({ arrow: '▲', label: 'Channel 2', detail: '85 % vs 32 %' });
	});

	test('standoutFact says what stands out in a sentence', () => {
		expect(standoutFact(frequency)).toBe('PURCHASES_FREQUENCY high (+0.98 sd)');
		expect(standoutFact(channel)).toBe('Channel 2: 85 % vs 32 % overall');
	});

	test('categoryLabel names the column with the code, gender and marital status by value', () => {
		expect(categoryLabel({ column: 'Region', value: '3' })).toBe('Region 3');
		expect(categoryLabel({ column: 'Region', value: null })).toBe('Region other');
		expect(categoryLabel({ column: 'Gender', value: 'Female' })).toBe('Female');
		expect(featureLabel({ feature: 'Age' })).toBe('Age');
	});

	test('formatShare rounds to whole percents and keeps a non-zero share visible', () => {
		expect([formatShare(0.734), formatShare(0), formatShare(0.003), formatShare(1)]).toEqual(['73 %', '0 %', '<1 %', '100 %']);
	});

	test('nothingStandsOut states the threshold', () => {
		expect(nothingStandsOut()).toContain('half a standard deviation');
		expect(nothingStandsOut({ minZ: 1 })).toContain('1 standard deviation');
	});
});
