// The one rule for "this feature sets the segment apart", and the words for it. The profile's
// `distinctive` list, the ▲/▼ badges, segment names and suggested actions all go through here, so a
// badge can never show a feature the action text calls unremarkable, or the other way round.
import type { ColumnMeaning } from '../table';

export type Direction = 'high' | 'low' | 'typical';

/** What is known about one feature of one segment; FeatureProfile carries all of it. */
export interface Standout {
	feature: string;
	/** (segment mean - overall mean) / overall std; for a code column, that of its most over-represented code. */
	z: number;
	direction: Direction;
	/** Absent on runs profiled before meanings existed: read as 'measure'. */
	meaning?: ColumnMeaning;
	/** One-hot indicators and integer codes: the category described (value null: the "other" categories). */
	category?: { column: string; value: string | null };
	/** 0/1 features (one-hot, flags, outcomes) and codes: the share of the segment and of everyone with the value. */
	share?: { segment: number; overall: number };
}

export interface StandoutOptions {
	/** Smallest |z| that counts as high or low; default 0.5 (half an overall standard deviation). */
	minZ?: number;
	/** Shares must also differ by this much (0.1 = 10 percentage points); default 0.1. */
	minShare?: number;
}

export const standoutDefaults: Required<StandoutOptions> = { minZ: 0.5, minShare: 0.1 };

/** High, low or typical: |z| >= minZ and, for shares, a gap of at least minShare. NaN z is typical. */
export function standsOut(fact: Pick<Standout, 'z' | 'share'>, options: StandoutOptions = {}): Direction {
	const o = { ...standoutDefaults, ...options };
	if (!(Math.abs(fact.z) >= o.minZ)) return 'typical';
	// The tolerance keeps 0.12 - 0.02 (0.0999...) at the 10 points it is.
	if (fact.share && !(Math.abs(fact.share.segment - fact.share.overall) >= o.minShare - 1e-9)) return 'typical';
	return fact.z > 0 ? 'high' : 'low';
}

/** How a category reads in text: "Region 3", "Channel other"; gender and marital status by value alone ("Female"). */
export function categoryLabel(category: { column: string; value: string | null }): string {
	const value = category.value ?? 'other';
	return /gender|sex|marital/i.test(category.column) ? value : `${category.column} ${value}`;
}

/** The feature as text speaks of it: its category for one-hot features and codes, else its name. */
export function featureLabel(f: Pick<Standout, 'feature' | 'category'>): string {
	return f.category ? categoryLabel(f.category) : f.feature;
}

/** "+0.98 sd", "−1.20 sd". */
export function formatSd(z: number): string {
	return `${z >= 0 ? '+' : '−'}${Math.abs(z).toFixed(2)} sd`;
}

/** "73 %"; "<1 %" for a share that is not zero but rounds to it. */
export function formatShare(p: number): string {
	const percent = Math.round(p * 100);
	return percent === 0 && p > 0 ? '<1 %' : `${percent} %`;
}

/** A badge: arrow, what, and the number behind it ("z +0.98", or "85 % vs 32 %" for shares). */
export function standoutBadge(f: Standout): { arrow: string; label: string; detail: string } {
	const arrow = f.direction === 'high' ? '▲' : f.direction === 'low' ? '▼' : '';
	const detail = f.share
		? `${formatShare(f.share.segment)} vs ${formatShare(f.share.overall)}`
		: `z ${f.z >= 0 ? '+' : '−'}${Math.abs(f.z).toFixed(2)}`;
	return { arrow, label: featureLabel(f), detail };
}

/** The fact in a sentence: "PURCHASES_FREQUENCY high (+0.98 sd)", "Channel 2: 85 % vs 32 % overall". */
export function standoutFact(f: Standout): string {
	if (f.share) return `${featureLabel(f)}: ${formatShare(f.share.segment)} vs ${formatShare(f.share.overall)} overall`;
	return `${f.feature} ${f.direction} (${formatSd(f.z)})`;
}

/** Shown where a segment has no standout at all. */
export function nothingStandsOut(options: StandoutOptions = {}): string {
	const { minZ } = { ...standoutDefaults, ...options };
	return `No feature is ${minZ === 0.5 ? 'half a' : `${minZ}`} standard deviation or more from the overall mean: a typical group.`;
}
