// Segment profiles: size and share, each feature's mean and median against the whole, the
// standardised difference z = (segment mean - overall mean) / overall std, the features that set
// the segment apart most, a default name and suggested actions. "The whole" is every labelled row:
// noise (label -1) is counted but left out of every statistic; missing values are left out per feature.
import { standardActionRules, suggestActions, type ActionRules, type SuggestedAction } from './actions';
import { checkFeatureColumns, type FeatureColumn } from './featureColumn';
import { segmentName, uniqueNames } from './naming';
import { summarizeBySegment, type Summary } from './segmentStats';

export interface ProfileOptions {
	/** Smallest |z| for a feature to count as high or low; default 0.5 (half an overall standard deviation). */
	minZ?: number;
	/** Distinctive features listed per segment, at most; default 5. */
	topFeatures?: number;
	/** Features used in the generated name, at most; default 3. */
	nameFeatures?: number;
	/** Rules for suggested actions; default standardActionRules. */
	actionRules?: ActionRules;
	/** Suggested actions per segment, at most; default 3. */
	maxActions?: number;
}

const defaults: Required<ProfileOptions> = { minZ: 0.5, topFeatures: 5, nameFeatures: 3, actionRules: standardActionRules, maxActions: 3 };

export interface FeatureProfile {
	feature: string;
	mean: number;
	median: number;
	overallMean: number;
	overallMedian: number;
	/** (mean - overallMean) / overall population std; 0 when the feature does not vary. */
	z: number;
	direction: 'high' | 'low' | 'typical';
}

export interface SegmentProfile {
	label: number;
	size: number;
	/** size / labelled rows. */
	share: number;
	/** Every feature, in column order. */
	features: FeatureProfile[];
	/** Features with |z| >= minZ, largest |z| first, at most topFeatures. */
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

	const segments = segmentLabels.map((label): SegmentProfile => {
		const features = columns.map((column, j): FeatureProfile => {
			const { overall, bySegment } = stats[j];
			const own = bySegment.get(label);
			const mean = own?.mean ?? Number.NaN;
			const z = overall.std > 0 && !Number.isNaN(mean) ? (mean - overall.mean) / overall.std : 0;
			const direction = z >= o.minZ ? 'high' : z <= -o.minZ ? 'low' : 'typical';
			return { feature: column.name, mean, median: own?.median ?? Number.NaN, overallMean: overall.mean, overallMedian: overall.median, z, direction };
		});
		const distinctive = features
			.filter((f) => f.direction !== 'typical')
			.sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
			.slice(0, o.topFeatures);
		const size = sizes.get(label)!;
		return {
			label,
			size,
			share: size / labelled,
			features,
			distinctive,
			name: segmentName(distinctive, o.nameFeatures),
			actions: suggestActions(distinctive, o.actionRules, o.maxActions)
		};
	});
	const names = uniqueNames(segments.map((s) => s.name), segmentLabels);
	segments.forEach((s, i) => (s.name = names[i]));
	return {
		labelled,
		noise,
		overall: columns.map((c, j) => ({ feature: c.name, ...stats[j].overall })),
		segments
	};
}
