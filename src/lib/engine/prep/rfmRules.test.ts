import { describe, expect, test } from 'vitest';
import { checkRfmRules, fallthroughCells, findUnreachableRules, segmentFor, standardRfmRules, type RfmRules } from './rfmRules';

describe('standardRfmRules', () => {
	test('every standard rule can match and no score cell falls through', () => {
		expect(findUnreachableRules(standardRfmRules)).toEqual([]);
		expect(fallthroughCells(standardRfmRules)).toEqual([]);
		expect(standardRfmRules.rules).toHaveLength(11);
	});

	test.each([
		[5, 5, 5, 'Champions'],
		[3, 4, 1, 'Loyal Customers'],
		[5, 1, 2, 'New Customers'],
		[4, 1, 4, 'Potential Loyalists'],
		[4, 2, 1, 'Promising'],
		[3, 2, 4, 'Need Attention'],
		[3, 1, 1, 'About to Sleep'],
		[1, 5, 5, "Can't Lose Them"],
		[2, 4, 2, 'At Risk'],
		[2, 1, 3, 'Hibernating'],
		[1, 1, 1, 'Lost']
	])('segmentFor(standard, R %i, F %i, M %i) is %s', (r, f, m, name) => {
		expect(segmentFor(standardRfmRules, r, f, m)).toBe(name);
	});

	test('the rules survive a JSON round trip unchanged', () => {
		expect(JSON.parse(JSON.stringify(standardRfmRules))).toEqual(standardRfmRules);
	});
});

describe('findUnreachableRules', () => {
	const rules: RfmRules = {
		rules: [
			{ segment: 'Recent', r: [4, 5], f: [1, 5], m: [1, 5] },
			{ segment: 'Old', r: [1, 2], f: [1, 5], m: [1, 5] },
			{ segment: 'Recent big', r: [5, 5], f: [1, 5], m: [5, 5] },
			{ segment: 'Not middle', r: [1, 2], f: [1, 1], m: [1, 1] },
			{ segment: 'Middle', r: [2, 4], f: [1, 5], m: [1, 5] },
			{ segment: 'Straddles', r: [3, 5], f: [5, 5], m: [5, 5] }
		],
		fallback: 'Rest'
	};

	test('findUnreachableRules flags boxes wholly taken by earlier rules, with the rules that take them', () => {
		expect(findUnreachableRules(rules)).toEqual([
			{ index: 2, segment: 'Recent big', coveredBy: [0] },
			{ index: 3, segment: 'Not middle', coveredBy: [1] },
			{ index: 5, segment: 'Straddles', coveredBy: [0, 4] }
		]);
	});

	test('fallthroughCells lists the cells left to the fallback', () => {
		const partial: RfmRules = { rules: [{ segment: 'A', r: [1, 5], f: [1, 5], m: [2, 5] }], fallback: 'Rest' };
		expect(fallthroughCells(partial)).toHaveLength(25);
		expect(segmentFor(partial, 3, 3, 1)).toBe('Rest');
		expect(fallthroughCells(rules)).toEqual([]);
	});

	test('checkRfmRules names a rule with a bad range', () => {
		const bad: RfmRules = { rules: [{ segment: 'A', r: [4, 2], f: [1, 5], m: [1, 5] }], fallback: 'Rest' };
		expect(() => checkRfmRules(bad)).toThrow(/rule 1 \("A"\): R range \[4, 2\]/);
		expect(() => checkRfmRules({ ...bad, rules: [{ ...bad.rules[0], r: [0, 6] }] })).toThrow(/whole scores 1-5/);
	});
});
