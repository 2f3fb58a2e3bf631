// How strongly each feature separates the segments: one-way ANOVA (F test on means) and the
// Kruskal-Wallis H test on ranks (tie-corrected as scipy.stats.kruskal), with effect sizes, sorted
// from the most separating feature down. Noise rows (label -1) and missing values are left out.
import { checkFeatureColumns, type FeatureColumn } from './featureColumn';
import { sortFloat64 } from '../stats/radixSort';
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
	return sortSeparation(columns.map((column) => featureSeparation(column.name, column.values, labels)));
}

/** Most separating feature first (by eta squared; features without a result last). */
export function sortSeparation(out: FeatureSeparation[]): FeatureSeparation[] {
	const key = (s: FeatureSeparation) => (Number.isNaN(s.anova.etaSquared) ? -1 : s.anova.etaSquared);
	return out.sort((a, b) => key(b) - key(a));
}

/** Both tests for one feature's values (row for row with labels). */
export function featureSeparation(feature: string, values: Float64Array, labels: Int32Array): FeatureSeparation {
	const groups = typedGroups(values, labels);
	return { feature, n: groups.reduce((s, g) => s + g.length, 0), anova: oneWayAnova(groups), kruskal: kruskalWallis(groups) };
}

/** The values of each segment (ascending label; noise and NaN left out), each in one typed array. */
function typedGroups(values: Float64Array, labels: Int32Array): Float64Array[] {
	if (values.length !== labels.length) throw new Error(`${values.length} values but ${labels.length} labels`);
	let top = -1;
	for (let i = 0; i < labels.length; i++) if (labels[i] > top) top = labels[i];
	const counts = new Int32Array(top + 1);
	for (let i = 0; i < values.length; i++) if (labels[i] >= 0 && !Number.isNaN(values[i])) counts[labels[i]]++;
	const groups = Array.from(counts, (c) => new Float64Array(c));
	const filled = new Int32Array(top + 1);
	for (let i = 0; i < values.length; i++) if (labels[i] >= 0 && !Number.isNaN(values[i])) groups[labels[i]][filled[labels[i]]++] = values[i];
	return groups.filter((g) => g.length > 0);
}

/** One-way ANOVA over groups of values. NaN results when fewer than 2 groups or no spread at all. */
export function oneWayAnova(groups: ArrayLike<number>[]): AnovaResult {
	const k = groups.length;
	const n = groups.reduce((s, g) => s + g.length, 0);
	let grand = 0;
	for (const g of groups) for (let i = 0; i < g.length; i++) grand += g[i];
	grand /= n;
	let between = 0;
	let within = 0;
	for (const g of groups) {
		let mean = 0;
		for (let i = 0; i < g.length; i++) mean += g[i];
		mean /= g.length;
		between += g.length * (mean - grand) ** 2;
		for (let i = 0; i < g.length; i++) within += (g[i] - mean) ** 2;
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
export function kruskalWallis(groups: ArrayLike<number>[]): KruskalResult {
	const k = groups.length;
	const n = groups.reduce((s, g) => s + g.length, 0);
	// Values and their group in typed arrays, sorted together by radix (objects sorted by a comparator took ~0.6 s a feature at 1M rows).
	const values = new Float64Array(n);
	const groupOf = new Int32Array(n);
	let at = 0;
	groups.forEach((group, g) => {
		for (let i = 0; i < group.length; i++) {
			values[at] = group[i];
			groupOf[at++] = g;
		}
	});
	sortFloat64(values, groupOf);
	const rankSums = new Float64Array(k);
	let ties = 0;
	for (let i = 0; i < n; ) {
		let j = i;
		while (j + 1 < n && values[j + 1] === values[i]) j++;
		const rank = (i + j + 2) / 2;
		for (let t = i; t <= j; t++) rankSums[groupOf[t]] += rank;
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
