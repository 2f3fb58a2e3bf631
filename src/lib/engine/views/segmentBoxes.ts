// One box plot per segment for each of a run's features, in the data's units.
import { originalColumns } from '../results/originalColumns';
import type { RunResult } from '../results/types';
import { boxStats, type BoxStats } from '../stats/boxStats';
import type { Table } from '../table';

/** One feature's box per segment (label -1 = noise), in the data's units. */
export interface FeatureBoxes {
	feature: string;
	boxes: { label: number; stats: BoxStats }[];
}

/** Features the Segments page draws box plots for at most. */
export const maxBoxFeatures = 100;

export function segmentBoxes(table: Table, result: Pick<RunResult, 'labels' | 'fitted' | 'rowIndex'>): FeatureBoxes[] {
	const present = presentLabels(result.labels);
	return boxFeatures(table, result).map(({ name, values }) => featureBoxes(name, values, result.labels, present));
}

/** The features a run's box plots show: box plots of 20,000 features would be read by nobody and cost gigabytes, so the first ones only. */
export function boxFeatures(table: Table, result: Pick<RunResult, 'fitted' | 'rowIndex'>) {
	return originalColumns(table, result.fitted, result.rowIndex).slice(0, maxBoxFeatures);
}

/** The labels in a run, ascending, noise (-1) last. */
export function presentLabels(labels: Int32Array): number[] {
	return [...new Set(labels)].sort((a, b) => (a < 0 ? 1 : b < 0 ? -1 : a - b));
}

/** One feature's box per label in `present`, from its values row for row with `labels`. */
export function featureBoxes(feature: string, values: Float64Array, labels: Int32Array, present: number[]): FeatureBoxes {
	// Each segment's values in one typed array (noise, label -1, at slot 0): sized by a count first.
	const counts = new Int32Array(present.length ? Math.max(...present) + 2 : 0);
	for (let i = 0; i < values.length; i++) counts[labels[i] + 1]++;
	const groups = Array.from(counts, (count) => new Float64Array(count));
	const filled = new Int32Array(counts.length);
	for (let i = 0; i < values.length; i++) groups[labels[i] + 1][filled[labels[i] + 1]++] = values[i];
	return { feature, boxes: present.map((label) => ({ label, stats: boxStats(groups[label + 1], { maxOutliers: 60 }) })) };
}
