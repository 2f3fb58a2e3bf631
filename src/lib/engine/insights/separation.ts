// How strongly each feature separates the segments: one-way ANOVA (F test on means) and the
// Kruskal-Wallis H test on ranks (tie-corrected as scipy.stats.kruskal), with effect sizes, sorted
// from the most separating feature down. Noise rows (label -1) and missing values are left out.
import { checkFeatureColumns, groupValues, type FeatureColumn } from './featureColumn';
import { chiSquareSurvival, fSurvival } from './special';

export interface AnovaResult {
	F: number;
	p: number;
	dfBetween: number;
	dfWithin: number;
	/** Share of variance explained by the segments: SS between / SS total. */
	etaSquared: number;
}

export interface KruskalResult {
	H: number;
	p: number;
	df: number;
	/** Rank-based effect size: H / (n - 1). */
	epsilonSquared: number;
}

export interface FeatureSeparation {
	feature: string;
	/** Rows used: labelled (not noise) with a value. */
	n: number;
	anova: AnovaResult;
	kruskal: KruskalResult;
}

/** Both tests per feature, sorted by ANOVA eta squared, largest first (NaN last). */
export function separation(columns: FeatureColumn[], labels: Int32Array): FeatureSeparation[] {
	checkFeatureColumns(columns, labels);
	const out = columns.map((column): FeatureSeparation => {
		const groups = [...groupValues(column.values, labels).values()];
		return {
			feature: column.name,
			n: groups.reduce((s, g) => s + g.length, 0),
			anova: oneWayAnova(groups),
			kruskal: kruskalWallis(groups)
		};
	});
	const key = (s: FeatureSeparation) => (Number.isNaN(s.anova.etaSquared) ? -1 : s.anova.etaSquared);
	return out.sort((a, b) => key(b) - key(a));
}

/** One-way ANOVA over groups of values. NaN results when fewer than 2 groups or no spread at all. */
export function oneWayAnova(groups: number[][]): AnovaResult {
	const k = groups.length;
	const n = groups.reduce((s, g) => s + g.length, 0);
	let grand = 0;
	for (const g of groups) for (const v of g) grand += v;
	grand /= n;
	let between = 0;
	let within = 0;
	for (const g of groups) {
		let mean = 0;
		for (const v of g) mean += v;
		mean /= g.length;
		between += g.length * (mean - grand) ** 2;
		for (const v of g) within += (v - mean) ** 2;
	}
	const dfBetween = k - 1;
	const dfWithin = n - k;
	if (k < 2 || dfWithin < 1 || between + within === 0) {
		return { F: Number.NaN, p: Number.NaN, dfBetween, dfWithin, etaSquared: Number.NaN };
	}
	const F = within === 0 ? Infinity : between / dfBetween / (within / dfWithin);
	return { F, p: fSurvival(F, dfBetween, dfWithin), dfBetween, dfWithin, etaSquared: between / (between + within) };
}

/** Kruskal-Wallis H with average ranks for ties and scipy's tie correction. NaN when all values are equal. */
export function kruskalWallis(groups: number[][]): KruskalResult {
	const k = groups.length;
	const pooled: { v: number; g: number }[] = [];
	groups.forEach((group, g) => group.forEach((v) => pooled.push({ v, g })));
	const n = pooled.length;
	pooled.sort((a, b) => a.v - b.v);
	const rankSums = new Float64Array(k);
	let ties = 0;
	for (let i = 0; i < n; ) {
		let j = i;
		while (j + 1 < n && pooled[j + 1].v === pooled[i].v) j++;
		const rank = (i + j + 2) / 2;
		for (let t = i; t <= j; t++) rankSums[pooled[t].g] += rank;
		const size = j - i + 1;
		ties += size ** 3 - size;
		i = j + 1;
	}
	const correction = 1 - ties / (n ** 3 - n);
	const df = k - 1;
	if (k < 2 || n < 2 || correction <= 0) return { H: Number.NaN, p: Number.NaN, df, epsilonSquared: Number.NaN };
	let sum = 0;
	groups.forEach((group, g) => (sum += rankSums[g] ** 2 / group.length));
	const H = ((12 / (n * (n + 1))) * sum - 3 * (n + 1)) / correction;
	return { H, p: chiSquareSurvival(H, df), df, epsilonSquared: H / (n - 1) };
}
