// Micro-segments under macro groups: a run with many segments (k up to 200) is read through a few
// groups of nearby segments. The segments' centres (prepared space) are merged by Ward linkage
// weighted by segment size, so a group is what Ward would build from the customers themselves if
// each segment were one tight point, and the tree is cut into m groups. Groups are lettered A, B,
// ... by customers, largest first, as segments are numbered 1 = largest; a segment keeps its number
// inside its group ("Group A · Segment 12"). Group profiles are the size-weighted means of their
// segments' profiles (exact for means), named by the same rules as segments.
import { cutTree } from '../cluster/hierarchical';
import { wardLinkage } from '../cluster/wardLinkage';
import { fromRows } from '../matrix';
import { suggestActions, standardActionRules, type SuggestedAction } from '../insights/actions';
import { nameCandidates } from '../insights/naming';
import type { FeatureProfile, SegmentProfiles } from '../insights/profile';
import { standoutDefaults, standsOut } from '../insights/standsOut';
import type { RunResult } from './types';

/** Above this many segments the views show groups first; at or below it they show segments as they are. */
export const MACRO_THRESHOLD = 12;
/** Most groups the automatic cut picks (one colour each, Okabe-Ito plus two). */
export const MACRO_AUTO_MAX = 10;
/** Most groups the analyst may ask for (one letter each). */
export const MACRO_MAX = 26;

export interface MacroGroup {
	/** 0 = the group with most customers. */
	index: number;
	/** "A" for index 0, "B" for 1, ... */
	letter: string;
	/** Engine labels (0-based) of its segments, ascending (largest first). */
	members: number[];
	/** Customers in the group. */
	size: number;
	/** size / customers in any segment. */
	share: number;
	/** Size-weighted means of the segments' features; z against the same overall mean and std. Medians are NaN (they do not combine). */
	features: FeatureProfile[];
	/** Features that stand out, largest |z| first, at most 5 (as segment profiles). */
	distinctive: FeatureProfile[];
	/** Generated name, unique among the groups. */
	name: string;
	actions: SuggestedAction[];
}

export interface MacroSegments {
	/** Groups made. */
	m: number;
	/** What the automatic rule picks for this run (m when the caller did not ask for a number). */
	autoM: number;
	/** Group index of every segment label 0..k-1. */
	groupOf: number[];
	groups: MacroGroup[];
	/** How m was chosen, in a sentence for the page. */
	rule: string;
}

export interface MacroOptions {
	/** Groups wanted, 1..min(k, 26); default: the automatic cut (largest jump in Ward heights, 2..10). */
	groups?: number;
}

/** "A".."Z" for 0..25. */
export function groupLetter(index: number): string {
	return String.fromCharCode(65 + index);
}

/** "Group A". */
export function groupTitle(index: number): string {
	return `Group ${groupLetter(index)}`;
}

/** True when a run of k segments is shown through groups by default. */
export function needsGroups(k: number): boolean {
	return k > MACRO_THRESHOLD;
}

/**
 * The automatic m: among 2..min(10, k - 1) groups, the cut whose next merge (the one that would
 * leave m - 1 groups) is the largest jump over the merge before it (the ratio of successive Ward
 * heights), smaller m on ties. A big jump means the m groups are far apart compared with how
 * close their own segments are. `heights` are ascending, k - 1 of them.
 */
export function autoGroupCount(heights: ArrayLike<number>): number {
	const k = heights.length + 1;
	if (k <= 2) return k;
	let best = 2;
	let bestRatio = -Infinity;
	for (let m = 2; m <= Math.min(MACRO_AUTO_MAX, k - 1); m++) {
		const next = heights[k - m];
		const last = heights[k - m - 1];
		const ratio = last > 0 ? next / last : next > 0 ? Infinity : 1;
		if (ratio > bestRatio) {
			bestRatio = ratio;
			best = m;
		}
	}
	return best;
}

/** Segments of `run` grouped into macro groups (see the file comment); deterministic. */
export function macroSegments(run: Pick<RunResult, 'k' | 'sizes' | 'centroidsScaled' | 'segmentStats'>, options: MacroOptions = {}): MacroSegments {
	const { k, sizes, centroidsScaled } = run;
	if (k < 1) throw new Error('a run needs at least one segment to group');
	if (centroidsScaled.length !== k || sizes.length !== k) throw new Error(`the run has ${k} segments but ${centroidsScaled.length} centres and ${sizes.length} sizes`);
	const weights = sizes.map((s) => Math.max(s, 1));
	const tree = k >= 2 ? wardLinkage(fromRows(centroidsScaled), { weights }) : null;
	const autoM = tree ? autoGroupCount(tree.heights) : 1;
	const asked = options.groups;
	if (asked !== undefined && !(Number.isInteger(asked) && asked >= 1 && asked <= Math.min(k, MACRO_MAX))) {
		throw new Error(`groups must be a whole number from 1 to ${Math.min(k, MACRO_MAX)} (got ${asked})`);
	}
	const m = asked ?? autoM;
	const cut = tree ? cutTree(tree, m) : new Int32Array(1);
	const groupOf = rankBySize(cut, m, weights);
	const members = Array.from({ length: m }, () => [] as number[]);
	groupOf.forEach((g, label) => members[g].push(label));
	const total = weights.reduce((a, b) => a + b, 0);
	const groups = members.map((list, index): MacroGroup => {
		const size = list.reduce((s, label) => s + sizes[label], 0);
		const features = run.segmentStats ? groupFeatures(run.segmentStats, list) : [];
		const distinctive = pickDistinctive(features);
		return { index, letter: groupLetter(index), members: list, size, share: size / total, features, distinctive, name: '', actions: suggestActions(distinctive, standardActionRules, 3) };
	});
	// Without profiles (the CLI's bare k-means) there is nothing to name a group by but its letter.
	const names = run.segmentStats ? uniqueGroupNames(groups.map((g) => nameCandidates(g.distinctive, 3))) : groups.map((g) => groupTitle(g.index));
	groups.forEach((g, i) => (g.name = names[i]));
	const rule =
		asked !== undefined
			? `${m} groups, as asked (the automatic cut would make ${autoM}).`
			: `${m} groups: the cut of the segments' Ward tree (weighted by segment size) where the next merge would be the largest jump in distance.`;
	return { m, autoM, groupOf, groups, rule };
}

/** Cut ids renumbered so group 0 has the most customers (ties: the group holding the smaller label). */
function rankBySize(cut: Int32Array, m: number, weights: number[]): number[] {
	const totals = new Float64Array(m);
	const first = new Int32Array(m).fill(-1);
	cut.forEach((c, label) => {
		totals[c] += weights[label];
		if (first[c] < 0) first[c] = label;
	});
	const order = Array.from({ length: m }, (_, c) => c).sort((a, b) => totals[b] - totals[a] || first[a] - first[b]);
	const rank = new Int32Array(m);
	order.forEach((c, r) => (rank[c] = r));
	return Array.from(cut, (c) => rank[c]);
}

/**
 * Each feature of a group from its segments: the size-weighted mean of their means (segments
 * whose mean is missing left out), z and the standout direction as profileSegments computes
 * them. For a code column, the share of the code most segments lean to, counted where it is a
 * segment's top code: a lower bound, so a group never reads more distinct than it is.
 */
function groupFeatures(stats: SegmentProfiles, labels: number[]): FeatureProfile[] {
	const segments = labels.map((l) => stats.segments.find((s) => s.label === l)).filter((s) => s !== undefined);
	return stats.overall.map((overall, j): FeatureProfile => {
		let weight = 0;
		let sum = 0;
		for (const s of segments) {
			const mean = s.features[j].mean;
			if (Number.isNaN(mean)) continue;
			weight += s.size;
			sum += s.size * mean;
		}
		const mean = weight > 0 ? sum / weight : Number.NaN;
		const sample = segments[0]?.features[j];
		const base = { feature: overall.feature, mean, median: Number.NaN, overallMean: overall.mean, overallMedian: overall.median, meaning: sample?.meaning ?? 'measure' };
		const z = overall.std > 0 && !Number.isNaN(mean) ? (mean - overall.mean) / overall.std : 0;
		let fact: Pick<FeatureProfile, 'z' | 'share' | 'category'> = { z };
		const isCode = sample?.category && sample.category.column === sample.feature;
		if (isCode) fact = codeFact(segments.map((s) => ({ size: s.size, f: s.features[j] })));
		else if (sample?.share && !Number.isNaN(mean)) fact = { z, share: { segment: mean, overall: overall.mean }, ...(sample.category ? { category: sample.category } : {}) };
		return { ...base, ...fact, direction: standsOut(fact, standoutDefaults) };
	});
}

function codeFact(parts: { size: number; f: FeatureProfile }[]): Pick<FeatureProfile, 'z' | 'share' | 'category'> {
	const byValue = new Map<string, { weight: number; overall: number; column: string }>();
	let total = 0;
	for (const { size, f } of parts) {
		total += size;
		if (!f.category || !f.share) continue;
		const key = f.category.value ?? '';
		const entry = byValue.get(key) ?? { weight: 0, overall: f.share.overall, column: f.category.column };
		entry.weight += size * f.share.segment;
		byValue.set(key, entry);
	}
	const best = [...byValue].sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1))[0];
	if (!best || total === 0) return { z: 0 };
	const [value, { weight, overall, column }] = best;
	const segment = weight / total;
	const spread = Math.sqrt(overall * (1 - overall));
	return { z: spread > 0 ? (segment - overall) / spread : 0, share: { segment, overall }, category: { column, value } };
}

/** As profileSegments: standouts by |z|, a one-hot category below average dropped when its column has one above, at most 5. */
function pickDistinctive(features: FeatureProfile[]): FeatureProfile[] {
	const standing = features.filter((f) => f.direction !== 'typical');
	const risen = new Set(standing.filter((f) => f.category && f.direction === 'high').map((f) => f.category!.column));
	return standing
		.filter((f) => !(f.category && f.direction === 'low' && risen.has(f.category.column)))
		.sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
		.slice(0, 5);
}

/** First free candidate per group (largest group chooses first), else the first with "(group B)". */
function uniqueGroupNames(candidates: string[][]): string[] {
	const seen = new Set<string>();
	return candidates.map((list, i) => {
		const name = list.find((c) => !seen.has(c.toLowerCase())) ?? `${list[0]} (group ${groupLetter(i)})`;
		seen.add(name.toLowerCase());
		return name;
	});
}
