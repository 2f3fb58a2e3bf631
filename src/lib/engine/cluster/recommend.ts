// The k a sweep recommends, from several criteria instead of one: each criterion picks a k
// (silhouette highest, Davies-Bouldin lowest, Calinski-Harabasz highest, the gap statistic's
// 1-standard-error rule, the most stable k across resamples, and the knee of the inertia curve), the
// picks vote, and the recommendation says how much they agree and whether there is any structure.
// The votes are weighted by how reliable each criterion was on the tuning sets of bench/recommend.ts
// (seeds apart from the reported ones): the gap statistic (94 % right alone) counts 2, Calinski-
// Harabasz (85 %) 1.5, silhouette, Davies-Bouldin and stability (71-81 %) 1 each; so gap and CH
// together outvote the other three, which tend to merge nearby groups. Equal weights scored 95 %,
// these 98.6 %. The elbow is shown but does not vote: it was the least reliable (38 %), and its knee
// moves with the range of k asked for.
import { kneedle } from './kneedle';

export const criteria = ['elbow', 'silhouette', 'daviesBouldin', 'calinskiHarabasz', 'gap', 'stability'] as const;
export type Criterion = (typeof criteria)[number];

/** Criteria that vote for the recommended k. */
export const votingCriteria: readonly Criterion[] = ['silhouette', 'daviesBouldin', 'calinskiHarabasz', 'gap', 'stability'];

/** Weight of each voting criterion's pick (see the comment at the top). */
export const voteWeights: Record<Criterion, number> = { elbow: 0, silhouette: 1, daviesBouldin: 1, calinskiHarabasz: 1.5, gap: 2, stability: 1 };

export const criterionNames: Record<Criterion, string> = {
	elbow: 'elbow (Kneedle)',
	silhouette: 'silhouette',
	daviesBouldin: 'Davies-Bouldin',
	calinskiHarabasz: 'Calinski-Harabasz',
	gap: 'gap statistic',
	stability: 'stability'
};

/** Below this best silhouette the segments are not well separated (Kaufman & Rousseeuw call < 0.25 "no substantial structure"). */
export const WEAK_SILHOUETTE = 0.25;

export type Confidence = 'high' | 'medium' | 'low';

/** What recommendK reads per k (a sweep row with the extra evidence). */
export interface EvidenceRow {
	k: number;
	inertia: number;
	silhouette?: number;
	daviesBouldin?: number;
	calinskiHarabasz?: number;
	/** Mean adjusted Rand index between resampled fits. */
	stability?: number;
	/** Segment sizes of the kept k-means fit. */
	sizes?: readonly number[];
}

/** Picks that come from curves recommendK does not see whole: the gap's rule needs k = 1 and s(k). */
export interface ExtraPicks {
	gap?: number;
	stability?: number;
	/** The gap statistic was computed but its rule found no stop in the range (it still rises at the end). */
	gapNoStop?: boolean;
}

export interface Recommendation {
	recommendedK: number;
	/** One sentence: which criteria chose it. */
	reason: string;
	/** high: at least 4 of the 5 voting criteria agree and stability >= 0.9; medium: at least 3 agree and stability >= 0.75; low: otherwise, or weak structure. */
	confidence: Confidence;
	/** Why that confidence, in plain words. */
	confidenceReason: string;
	/** The k each criterion picks (absent when it could not be computed). */
	picks: Partial<Record<Criterion, number>>;
	/** "No strong segment structure: ..." when the data shows no clear groups, else null. */
	weakStructure: string | null;
}

/** Rows of a sweep in increasing k, and the gap and stability picks when they were computed. */
export function recommendK(rows: readonly EvidenceRow[], extra: ExtraPicks = {}): Recommendation {
	if (rows.length === 0) throw new Error('recommendK needs at least one sweep row');
	const picks = criterionPicks(rows, extra);
	const abstain = abstentions(rows, picks);
	const voters = votingCriteria.filter((c) => picks[c] !== undefined && picks[c]! >= 2 && !abstain.has(c));
	const abstained = [...abstain.values()];
	if (extra.gapNoStop) abstained.push('the gap statistic still rises at the end of the range, so it casts no vote');
	const abstainText = abstained.length ? `; ${abstained.join('; ')}` : '';
	if (voters.length === 0) {
		const k = picks.elbow ?? rows[0].k;
		const reason = picks.elbow ? `Knee of the inertia curve at k = ${k} (Kneedle); no quality score gave a usable pick${abstainText}` : `Too few values of k to judge; try a wider range than ${rows[0].k}..${rows[rows.length - 1].k}`;
		const weak = weakStructureNote(rows, picks, k);
		return { recommendedK: k, reason, confidence: 'low', confidenceReason: 'only the inertia curve could be judged', picks, weakStructure: weak };
	}
	const votes = new Map<number, Criterion[]>();
	for (const c of voters) votes.set(picks[c]!, [...(votes.get(picks[c]!) ?? []), c]);
	const silhouetteOf = (k: number) => rows.find((r) => r.k === k)?.silhouette ?? -Infinity;
	const weight = (list: Criterion[]) => list.reduce((sum, c) => sum + voteWeights[c], 0);
	// The heaviest vote wins; a tie goes to the k with the higher silhouette.
	const [recommendedK, agreeing] = [...votes].sort((a, b) => weight(b[1]) - weight(a[1]) || silhouetteOf(b[0]) - silhouetteOf(a[0]))[0];
	const weakStructure = weakStructureNote(rows, picks, recommendedK);
	const stable = rows.find((r) => r.k === recommendedK)?.stability;
	const { confidence, confidenceReason } = confidenceOf(agreeing.length, voters.length, stable, weakStructure !== null);
	return { recommendedK, reason: reasonFor(recommendedK, agreeing, voters, picks) + abstainText, confidence, confidenceReason, picks, weakStructure };
}

/** The k each criterion picks on its own. */
export function criterionPicks(rows: readonly EvidenceRow[], extra: ExtraPicks = {}): Partial<Record<Criterion, number>> {
	const picks: Partial<Record<Criterion, number>> = {};
	const knee = rows.length >= 3 ? kneedle(rows.map((r) => r.k), rows.map((r) => r.inertia)) : null;
	if (knee !== null) picks.elbow = knee;
	const best = (value: (r: EvidenceRow) => number | undefined, sign: 1 | -1): number | undefined => {
		let pick: EvidenceRow | undefined;
		for (const r of rows) {
			const v = value(r);
			if (v !== undefined && Number.isFinite(v) && (!pick || sign * v > sign * value(pick)!)) pick = r;
		}
		return pick?.k;
	};
	const set = (c: Criterion, k: number | undefined) => {
		if (k !== undefined) picks[c] = k;
	};
	set('silhouette', best((r) => r.silhouette, 1));
	set('daviesBouldin', best((r) => r.daviesBouldin, -1));
	set('calinskiHarabasz', best((r) => r.calinskiHarabasz, 1));
	set('gap', extra.gap);
	set('stability', extra.stability);
	return picks;
}

/**
 * Criteria whose pick cannot be trusted, with why: a best value at the last k of the range (the curve
 * still improves there, so it has no peak in the range: Calinski-Harabasz on skewed data climbs to any
 * kmax), or a pick whose partition splits off a handful of rows (a few extreme customers, not a segment;
 * the silhouette of 3,003 vs 14 customers is 0.91).
 */
function abstentions(rows: readonly EvidenceRow[], picks: Partial<Record<Criterion, number>>): Map<Criterion, string> {
	const out = new Map<Criterion, string>();
	const last = rows[rows.length - 1].k;
	for (const c of votingCriteria) {
		const k = picks[c];
		if (k === undefined) continue;
		const tiny = tinySegment(rows.find((r) => r.k === k));
		if (tiny) out.set(c, `${criterionNames[c]}'s k = ${k} splits off a segment of only ${tiny.size} rows, so it casts no vote`);
		else if (c !== 'gap' && c !== 'stability' && rows.length >= 4 && k === last) out.set(c, `${criterionNames[c]} still improves at k = ${k}, the end of the range, so it casts no vote`);
	}
	return out;
}

/** The smallest segment of a row when it holds fewer than max(3, 1 %) of the rows (a split-off handful), else null. */
export function tinySegment(row: EvidenceRow | undefined): { size: number; rows: number } | null {
	if (!row?.sizes || row.sizes.length < 2) return null;
	const rows = row.sizes.reduce((a, b) => a + b, 0);
	const size = Math.min(...row.sizes);
	return size < Math.max(3, 0.01 * rows) ? { size, rows } : null;
}

/**
 * The weak-structure statement, or null: best silhouette below WEAK_SILHOUETTE, the gap statistic
 * preferring k = 1, or the recommended k splitting off a handful of rows (outliers, not segments).
 */
export function weakStructureNote(rows: readonly EvidenceRow[], picks: Partial<Record<Criterion, number>>, recommendedK?: number): string | null {
	const silhouettes = rows.flatMap((r) => (r.silhouette === undefined ? [] : [r.silhouette]));
	const bestSilhouette = silhouettes.length ? Math.max(...silhouettes) : undefined;
	const why: string[] = [];
	if (bestSilhouette !== undefined && bestSilhouette < WEAK_SILHOUETTE) why.push(`the best silhouette is only ${bestSilhouette.toFixed(2)} (below ${WEAK_SILHOUETTE})`);
	if (picks.gap === 1) why.push('the gap statistic prefers k = 1 (the data is no tighter than uniform data of the same extent)');
	const tiny = tinySegment(rows.find((r) => r.k === recommendedK));
	if (tiny) {
		why.push(
			`at k = ${recommendedK} the smallest segment holds only ${tiny.size} of ${tiny.rows} rows, so a few extreme values are being split off rather than groups found (log1p or outlier clipping on Prepare usually helps)`
		);
	}
	if (why.length === 0) return null;
	return `No strong segment structure: ${why.join(' and ')}, so segments will be a convenient partition rather than natural groups`;
}

function confidenceOf(agree: number, voters: number, stable: number | undefined, weak: boolean): { confidence: Confidence; confidenceReason: string } {
	const share = `${agree} of ${voters} criteria agree`;
	const stableText = stable === undefined ? '' : `; stability ${stable.toFixed(2)}`;
	if (weak) return { confidence: 'low', confidenceReason: `${share}${stableText}, but the structure is weak` };
	// Counts scale to five voters, so a sweep without gap or stability is judged on the same footing.
	const scaled = (agree / voters) * votingCriteria.length;
	const s = stable ?? 1;
	if (scaled >= 4 && s >= 0.9) return { confidence: 'high', confidenceReason: `${share}${stableText}` };
	if (scaled >= 3 && s >= 0.75) return { confidence: 'medium', confidenceReason: `${share}${stableText}` };
	return { confidence: 'low', confidenceReason: `only ${share}${stableText}` };
}

function reasonFor(k: number, agreeing: Criterion[], voters: Criterion[], picks: Partial<Record<Criterion, number>>): string {
	const names = (list: Criterion[]) => list.map((c) => criterionNames[c]).join(', ');
	const others = voters.filter((c) => !agreeing.includes(c));
	const elsewhere = others.length ? `; ${others.map((c) => `${criterionNames[c]} k = ${picks[c]}`).join(', ')}` : '';
	const elbow = picks.elbow === undefined ? '' : picks.elbow === k ? '; the elbow agrees' : `; the elbow is at k = ${picks.elbow}`;
	return `k = ${k} is chosen by ${names(agreeing)}${elsewhere}${elbow}`;
}
