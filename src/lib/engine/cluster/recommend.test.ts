import { describe, expect, test } from 'vitest';
import { criterionPicks, recommendK, tinySegment, weakStructureNote } from './recommend';

// Hand-made evidence: silhouette, Davies-Bouldin and Calinski-Harabasz best at k = 3, knee at k = 3.
const rows = [
	{ k: 1, inertia: 100 },
	{ k: 2, inertia: 40, silhouette: 0.3, daviesBouldin: 1.2, calinskiHarabasz: 50, stability: 0.95 },
	{ k: 3, inertia: 15, silhouette: 0.6, daviesBouldin: 0.5, calinskiHarabasz: 90, stability: 0.97 },
	{ k: 4, inertia: 13, silhouette: 0.5, daviesBouldin: 0.8, calinskiHarabasz: 70, stability: 0.7 },
	{ k: 5, inertia: 12, silhouette: 0.4, daviesBouldin: 0.9, calinskiHarabasz: 60, stability: 0.6 }
];

describe('criterionPicks', () => {
	test('criterionPicks(rows, {gap, stability}) takes each score at its best and the knee for the elbow', () => {
		expect(criterionPicks(rows, { gap: 4, stability: 3 })).toEqual({ elbow: 3, silhouette: 3, daviesBouldin: 3, calinskiHarabasz: 3, gap: 4, stability: 3 });
	});
});

describe('recommendK', () => {
	test('recommendK(4 of 5 criteria and the elbow agree, stability 0.97) is k = 3 with high confidence', () => {
		const r = recommendK(rows, { gap: 4, stability: 3 });
		expect(r.recommendedK).toBe(3);
		expect(r.confidence).toBe('high');
		expect(r.confidenceReason).toBe('4 of 5 criteria agree; stability 0.97');
		expect(r.reason).toBe('k = 3 is chosen by silhouette, Davies-Bouldin, Calinski-Harabasz, stability; gap statistic k = 4; the elbow agrees');
		expect(r.weakStructure).toBeNull();
	});

	test('recommendK(gap and Calinski-Harabasz against the other three) follows the heavier vote, 3.5 to 3', () => {
		const split = rows.map((r) => (r.k === 4 ? { ...r, calinskiHarabasz: 95 } : r));
		const r = recommendK(split, { gap: 4, stability: 3 });
		expect(r.picks).toMatchObject({ silhouette: 3, daviesBouldin: 3, calinskiHarabasz: 4, gap: 4, stability: 3 });
		expect(r.recommendedK).toBe(4);
		expect(r.confidence).toBe('low');
		expect(r.confidenceReason).toBe('only 2 of 5 criteria agree; stability 0.70');
	});

	test('recommendK(a tie of weights, 2 to 2) goes to the k with the higher silhouette', () => {
		const tie = rows.map((r) => (r.k === 2 ? { ...r, calinskiHarabasz: 95 } : r));
		// k = 3: silhouette + Davies-Bouldin = 2; k = 5: gap = 2; k = 2: Calinski-Harabasz 1.5; k = 4: stability 1.
		const r = recommendK(tie, { gap: 5, stability: 4 });
		expect(r.recommendedK).toBe(3);
	});

	test('recommendK(gap prefers k = 1) flags weak structure and gives low confidence', () => {
		const r = recommendK(rows, { gap: 1, stability: 3 });
		expect(r.recommendedK).toBe(3);
		expect(r.confidence).toBe('low');
		expect(r.weakStructure).toBe(
			'No strong segment structure: the gap statistic prefers k = 1 (the data is no tighter than uniform data of the same extent), so segments will be a convenient partition rather than natural groups'
		);
	});

	test('recommendK(without gap and stability) still votes with the three scores', () => {
		const r = recommendK(rows.map(({ stability: _, ...r }) => r));
		expect(r.recommendedK).toBe(3);
		expect(r.picks.gap).toBeUndefined();
		expect(r.confidence).toBe('high');
	});

	test('recommendK(one row) asks for a wider range', () => {
		expect(recommendK([{ k: 1, inertia: 5 }]).reason).toBe('Too few values of k to judge; try a wider range than 1..1');
	});
});

describe('weakStructureNote', () => {
	test('weakStructureNote(best silhouette 0.106) names it and the 0.25 threshold', () => {
		const weak = [{ k: 2, inertia: 9, silhouette: 0.106 }, { k: 3, inertia: 8, silhouette: 0.09 }];
		expect(weakStructureNote(weak, { gap: 2 })).toBe(
			'No strong segment structure: the best silhouette is only 0.11 (below 0.25), so segments will be a convenient partition rather than natural groups'
		);
		expect(weakStructureNote(rows, { gap: 3 })).toBeNull();
	});
});

describe('picks that cannot be trusted', () => {
	// Skewed RFM-like evidence: every k splits off a handful of extreme customers, CH climbs to the end.
	const skewed = [
		{ k: 1, inertia: 9051, sizes: [3017] },
		{ k: 2, inertia: 6377, silhouette: 0.91, daviesBouldin: 0.78, calinskiHarabasz: 1264, stability: 0.58, sizes: [3003, 14] },
		{ k: 3, inertia: 3923, silhouette: 0.56, daviesBouldin: 0.75, calinskiHarabasz: 1970, stability: 0.99, sizes: [2174, 829, 14] },
		{ k: 4, inertia: 2997, silhouette: 0.56, daviesBouldin: 0.69, calinskiHarabasz: 2028, stability: 0.95, sizes: [2175, 829, 7, 6] },
		{ k: 5, inertia: 2242, silhouette: 0.57, daviesBouldin: 0.76, calinskiHarabasz: 2287, stability: 0.9, sizes: [1963, 807, 236, 6, 5] }
	];

	test('tinySegment(3,003 and 14 rows) is the 14-row segment; a 10 % segment is not tiny', () => {
		expect(tinySegment(skewed[1])).toEqual({ size: 14, rows: 3017 });
		expect(tinySegment({ k: 2, inertia: 0, sizes: [90, 10] })).toBeNull();
	});

	test('recommendK(every pick splits off a handful of rows) falls back to the elbow, low confidence, and says to tame the outliers', () => {
		const r = recommendK(skewed, { stability: 3 });
		expect(r.recommendedK).toBe(r.picks.elbow);
		expect(r.confidence).toBe('low');
		expect(r.reason).toMatch(/silhouette's k = 2 splits off a segment of only 14 rows, so it casts no vote/);
		expect(r.weakStructure).toMatch(/smallest segment holds only \d+ of 3017 rows.*log1p/);
	});

	test('recommendK(Calinski-Harabasz best at the last k of the range) does not let it vote', () => {
		const climbing = rows.map((r) => ({ ...r, calinskiHarabasz: r.k === 1 ? undefined : 10 * r.k }));
		const r = recommendK(climbing, { gap: 3, stability: 3 });
		expect(r.picks.calinskiHarabasz).toBe(5);
		expect(r.recommendedK).toBe(3);
		expect(r.reason).toMatch(/Calinski-Harabasz still improves at k = 5, the end of the range, so it casts no vote/);
	});
});
