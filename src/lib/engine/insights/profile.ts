// Segment profiles: size and share, each feature's mean and median against the whole, the
// standardised difference z = (segment mean - overall mean) / overall std, the features that set
// the segment apart most, a default name and suggested actions. "The whole" is every labelled row:
// noise (label -1) is counted but left out of every statistic; missing values are left out per feature.
// 0/1 features are read as shares and integer codes by their most over-represented code (shares.ts);
// what stands out is decided once, by standsOut().
import { standardActionRules, suggestActions, type ActionRules, type SuggestedAction } from './actions';
import { checkFeatureColumns, type FeatureColumn } from './featureColumn';
import { nameCandidates, uniqueNames } from './naming';
import { summarizeBySegment, type Summary } from './segmentStats';
import { isBinary, topCodes, type TopCode } from './shares';
import { standoutDefaults, standsOut, type Standout } from './standsOut';

export interface ProfileOptions {
	/** Smallest |z| for a feature to count as high or low; default 0.5 (half an overall standard deviation). */
	minZ?: number;
	/** Shares (0/1 features, codes) must also differ from the overall share by this much; default 0.1. */
	minShare?: number;
	/** Distinctive features listed per segment, at most; default 5. */
	topFeatures?: number;
	/** Features used in the generated name, at most; default 3. */
	nameFeatures?: number;
	/** Rules for suggested actions; default standardActionRules. */
	actionRules?: ActionRules;
	/** Suggested actions per segment, at most; default 3. */
	maxActions?: number;
}

const defaults: Required<ProfileOptions> = { ...standoutDefaults, topFeatures: 5, nameFeatures: 3, actionRules: standardActionRules, maxActions: 3 };

/** One feature of one segment. z is (mean - overallMean) / overall population std, 0 when the feature does not vary. */
export interface FeatureProfile extends Standout {
	mean: number;
	median: number;
	overallMean: number;
	overallMedian: number;
}

export interface SegmentProfile {
	label: number;
	size: number;
	/** size / labelled rows. */
	share: number;
	/** Every feature, in column order. */
	features: FeatureProfile[];
	/** Features that stand out (standsOut), largest |z| first, at most topFeatures; a one-hot category below average is left out when another category of its column is above. */
	distinctive: FeatureProfile[];
	/** Default name, unique among the segments. */
	name: string;
	actions: SuggestedAction[];
}

export interface SegmentProfiles {
	/** Rows with a segment (label >= 0). */
	labelled: number;
	/** Rows labelled -1 (noise), left out. */
	noise: number;
	overall: ({ feature: string } & Summary)[];
	/** Ascending by label. */
	segments: SegmentProfile[];
}

export function profileSegments(columns: FeatureColumn[], labels: Int32Array, options: ProfileOptions = {}): SegmentProfiles {
	const o = { ...defaults, ...options };
	checkFeatureColumns(columns, labels);
	const sizes = new Map<number, number>();
	let noise = 0;
	for (const label of labels) {
		if (label < 0) noise++;
		else sizes.set(label, (sizes.get(label) ?? 0) + 1);
	}
	const segmentLabels = [...sizes.keys()].sort((a, b) => a - b);
	const labelled = labels.length - noise;
	if (labelled === 0) throw new Error('no rows belong to a segment (all are noise)');
	const stats = columns.map((c) => summarizeBySegment(c.values, labels));
	const kinds = columns.map((c) => shareKind(c, labels));

	const candidates: string[][] = [];
	const segments = segmentLabels.map((label): SegmentProfile => {
		const features = columns.map((column, j) => featureProfile(column, stats[j], kinds[j], label, o));
		const distinctive = pickDistinctive(features, o.topFeatures);
		const size = sizes.get(label)!;
		candidates.push(nameCandidates(distinctive, o.nameFeatures));
		return {
			label,
			size,
			share: size / labelled,
			features,
			distinctive,
			name: '',
			actions: suggestActions(distinctive, o.actionRules, o.maxActions)
		};
	});
	const names = uniqueNames(candidates, segmentLabels);
	segments.forEach((s, i) => (s.name = names[i]));
	return {
		labelled,
		noise,
		overall: columns.map((c, j) => ({ feature: c.name, ...stats[j].overall })),
		segments
	};
}

type Stats = ReturnType<typeof summarizeBySegment>;
/** How a feature's means read: plain numbers, shares of 1s, or shares of the segment's top code. */
type ShareKind = { kind: 'number' } | { kind: 'binary' } | { kind: 'code'; top: Map<number, TopCode> };

function shareKind(column: FeatureColumn, labels: Int32Array): ShareKind {
	if (column.oneHot || isBinary(column.values)) return { kind: 'binary' };
	if (column.meaning === 'code') {
		const top = topCodes(column.values, labels);
		if (top) return { kind: 'code', top };
	}
	return { kind: 'number' };
}

function featureProfile(column: FeatureColumn, stats: Stats, kind: ShareKind, label: number, o: Required<ProfileOptions>): FeatureProfile {
	const { overall, bySegment } = stats;
	const own = bySegment.get(label);
	const mean = own?.mean ?? Number.NaN;
	const base = {
		feature: column.name,
		mean,
		median: own?.median ?? Number.NaN,
		overallMean: overall.mean,
		overallMedian: overall.median,
		meaning: column.meaning ?? 'measure'
	};
	const z = overall.std > 0 && !Number.isNaN(mean) ? (mean - overall.mean) / overall.std : 0;
	let fact: Omit<Standout, 'feature' | 'direction'> = { z };
	if (kind.kind === 'binary' && !Number.isNaN(mean)) {
		fact = { z, share: { segment: mean, overall: overall.mean } };
		if (column.oneHot) fact.category = { column: column.oneHot.column, value: column.oneHot.category };
	} else if (kind.kind === 'code') {
		const top = kind.top.get(label);
		if (top) fact = { z: top.z, share: { segment: top.segment, overall: top.overall }, category: { column: column.name, value: top.value } };
	}
	return { ...base, ...fact, direction: standsOut(fact, o) };
}

/** Standouts by |z|; a one-hot category below average says nothing new when its column has one above. */
function pickDistinctive(features: FeatureProfile[], top: number): FeatureProfile[] {
	const standing = features.filter((f) => f.direction !== 'typical');
	const risen = new Set(standing.filter((f) => f.category && f.direction === 'high').map((f) => f.category!.column));
	return standing
		.filter((f) => !(f.category && f.direction === 'low' && risen.has(f.category.column)))
		.sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
		.slice(0, top);
}
