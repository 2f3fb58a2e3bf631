import { describe, expect, test } from 'vitest';
import type { FeatureProfile, SegmentProfiles } from '../insights/profile';
import { fromRows } from '../matrix';
import { wardLinkage } from '../cluster/wardLinkage';
import { autoGroupCount, groupTitle, macroSegments, needsGroups } from './macroSegments';

// Six centres in three far-apart pairs on a line: {0, 1} near 0, {2, 3} near 100, {4, 5} near 50.
const centres = [[0], [1], [100], [101], [50], [51.5]];
const sizes = [60, 50, 40, 30, 20, 10];

function feature(name: string, mean: number, overallMean: number, std: number): FeatureProfile {
	return { feature: name, mean, median: mean, overallMean, overallMedian: overallMean, z: (mean - overallMean) / std, direction: 'typical', meaning: 'spend' };
}

/** Profiles whose one feature "Spend" has each segment's centre as its mean. */
function stats(): SegmentProfiles {
	const total = sizes.reduce((a, b) => a + b, 0);
	const overallMean = centres.reduce((s, c, i) => s + c[0] * sizes[i], 0) / total;
	const std = 30;
	return {
		labelled: total,
		noise: 0,
		overall: [{ feature: 'Spend', count: total, mean: overallMean, median: overallMean, std }],
		segments: centres.map((c, label) => ({
			label,
			size: sizes[label],
			share: sizes[label] / total,
			features: [feature('Spend', c[0], overallMean, std)],
			distinctive: [],
			name: `S${label}`,
			actions: []
		}))
	};
}

const run = { k: 6, sizes, centroidsScaled: centres, segmentStats: stats() };

describe('macroSegments', () => {
	test('macroSegments(three far pairs) picks 3 groups, each pair in one, lettered by customers', () => {
		const macro = macroSegments(run);
		expect(macro.m).toBe(3);
		expect(macro.autoM).toBe(3);
		// {0,1} has 110 customers (A), {2,3} 70 (B), {4,5} 30 (C).
		expect(macro.groupOf).toEqual([0, 0, 1, 1, 2, 2]);
		expect(macro.groups.map((g) => g.members)).toEqual([[0, 1], [2, 3], [4, 5]]);
		expect(macro.groups.map((g) => g.size)).toEqual([110, 70, 30]);
		expect(macro.groups.map((g) => g.letter)).toEqual(['A', 'B', 'C']);
	});

	test('macroSegments(run).groups put every segment in exactly one group and sizes add up', () => {
		for (const groups of [1, 2, 3, 4, 6]) {
			const macro = macroSegments(run, { groups });
			expect(macro.groups).toHaveLength(groups);
			const all = macro.groups.flatMap((g) => g.members).sort((a, b) => a - b);
			expect(all).toEqual([0, 1, 2, 3, 4, 5]);
			expect(macro.groups.reduce((s, g) => s + g.size, 0)).toBe(210);
			macro.groups.forEach((g) => g.members.forEach((label) => expect(macro.groupOf[label]).toBe(g.index)));
			expect(macro.groups.reduce((s, g) => s + g.share, 0)).toBeCloseTo(1, 12);
		}
	});

	test('macroSegments(run) group means are the size-weighted means of the segment means', () => {
		const [a, b, c] = macroSegments(run).groups;
		expect(a.features[0].mean).toBeCloseTo((0 * 60 + 1 * 50) / 110, 12);
		expect(b.features[0].mean).toBeCloseTo((100 * 40 + 101 * 30) / 70, 12);
		expect(c.features[0].mean).toBeCloseTo((50 * 20 + 51.5 * 10) / 30, 12);
		expect(a.features[0].direction).toBe('low');
		expect(b.features[0].direction).toBe('high');
		expect(a.name).toBe('Low Spend');
		expect(b.name).toBe('High Spend');
		expect(c.name).toBe('Typical');
		expect(Number.isNaN(a.features[0].median)).toBe(true);
	});

	test('macroSegments(run) is deterministic', () => {
		expect(macroSegments(run, { groups: 4 })).toEqual(macroSegments(run, { groups: 4 }));
	});

	test('macroSegments(run, {groups: 2}) merges the two nearest pairs, weighted by size', () => {
		// Ward distance of the middle pair C (30 customers at ~50.5) to A (110 at ~0.45) is
		// sqrt(2 x 30 x 110 / 140) x 50.05 = 343.6, to B (70 at ~100.4) sqrt(2 x 30 x 70 / 100) x 49.9 = 323.6: C joins B.
		const macro = macroSegments(run, { groups: 2 });
		expect(macro.groups.map((g) => g.members)).toEqual([[0, 1], [2, 3, 4, 5]]);
		expect(macro.groups.map((g) => g.size)).toEqual([110, 100]);
		expect(macro.rule).toMatch(/as asked/);
	});

	test('macroSegments(run, {groups: 0}) is refused with the range', () => {
		expect(() => macroSegments(run, { groups: 0 })).toThrow(/from 1 to 6/);
	});

	test('macroSegments(one segment) is one group', () => {
		const macro = macroSegments({ k: 1, sizes: [5], centroidsScaled: [[1, 2]], segmentStats: null });
		expect(macro.m).toBe(1);
		expect(macro.groups[0].members).toEqual([0]);
		expect(macro.groups[0].name).toBe('Group A');
	});
});

describe('wardLinkage with weights', () => {
	test('wardLinkage(X, {weights}) equals Ward over the repeated rows at the merges of whole groups', () => {
		// Two points weighted 2 and 1 merge at the height four rows [0,0,3] reach when {0,0} joins {3}.
		const weighted = wardLinkage(fromRows([[0], [3], [10]]), { weights: [2, 1, 1] });
		const repeated = wardLinkage(fromRows([[0], [0], [3], [10]]));
		expect(weighted.heights[0]).toBeCloseTo(repeated.heights[1], 12);
		expect(weighted.heights[1]).toBeCloseTo(repeated.heights[2], 12);
	});

	test('wardLinkage(X, {weights: [0, 1]}) is refused', () => {
		expect(() => wardLinkage(fromRows([[0], [1]]), { weights: [0, 1] })).toThrow(/positive/);
	});
});

describe('autoGroupCount and labels', () => {
	test('autoGroupCount(heights) takes the largest jump', () => {
		// 5 segments: merges at 1, 1.1, 1.2 then 9: cutting before the 9 leaves 2 groups.
		expect(autoGroupCount([1, 1.1, 1.2, 9])).toBe(2);
		expect(autoGroupCount([1, 1.1, 8, 9])).toBe(3);
	});

	test('needsGroups(k) starts above 12 and groupTitle(1) is "Group B"', () => {
		expect(needsGroups(12)).toBe(false);
		expect(needsGroups(13)).toBe(true);
		expect(groupTitle(1)).toBe('Group B');
	});
});
