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
	const { labels } = result;
	const labelsPresent = [...new Set(labels)].sort((a, b) => (a < 0 ? 1 : b < 0 ? -1 : a - b));
	// Box plots of 20,000 features would be read by nobody and cost gigabytes: the first ones only.
	return originalColumns(table, result.fitted, result.rowIndex).slice(0, maxBoxFeatures).map(({ name, values }) => {
		// Each segment's values in one typed array (noise, label -1, at slot 0): sized by a count first.
		const counts = new Int32Array(labelsPresent.length ? Math.max(...labelsPresent) + 2 : 0);
		for (let i = 0; i < values.length; i++) counts[labels[i] + 1]++;
		const groups = Array.from(counts, (count) => new Float64Array(count));
		const filled = new Int32Array(counts.length);
		for (let i = 0; i < values.length; i++) groups[labels[i] + 1][filled[labels[i] + 1]++] = values[i];
		return {
			feature: name,
			boxes: labelsPresent.map((label) => ({ label, stats: boxStats(groups[label + 1], { maxOutliers: 60 }) }))
		};
	});
}
