// Work a pool worker does that is not tied to the shard it holds: a named, pure job on data sent
// with it (one k of a sweep, the gap statistic, stability), answered by the same workers as the
// shard calls. The pooled sweep (sweepPooled.ts) spreads a sweep's jobs over the workers this way,
// the Segments page's per-feature box plots and separation tests (viewsPooled.ts) theirs, and an
// import its column summaries (summaryPooled.ts).
import { featureSeparation } from '../insights/separation';
import { featureBoxes } from '../views/segmentBoxes';
import { gapStatistic, type GapOptions } from '../cluster/gap';
import { stability, type StabilityOptions } from '../cluster/stability';
import { sweepRowOf } from '../cluster/sweepParts';
import { createMatrix, takeMatrixRows } from '../matrix';
import { summarizeColumn } from '../stats/summarizeColumn';
import type { Column } from '../table';

export const tasks = {
	/** One k of a sweep on the fit sample F (rows x cols); `keep`: the fit itself comes back too (a warm start's input). */
	sweepRow(F: Float64Array, rows: number, cols: number, silhouetteRows: Int32Array | null, k: number, scale: number, seed: number, restarts: number, keep: boolean) {
		const X = createMatrix(rows, cols, F);
		const silhouette = { X: silhouetteRows ? takeMatrixRows(X, silhouetteRows) : X, rows: silhouetteRows };
		const { row, result } = sweepRowOf(X, silhouette, { k, scale, seed, restarts });
		return keep ? { row, result } : { row };
	},
	gap(S: Float64Array, rows: number, cols: number, options: GapOptions) {
		return gapStatistic(createMatrix(rows, cols, S), options);
	},
	stability(S: Float64Array, rows: number, cols: number, options: StabilityOptions) {
		return stability(createMatrix(rows, cols, S), options);
	},
	/** One feature's box per segment (views/segmentBoxes.ts). */
	featureBoxes,
	/** One feature's ANOVA and Kruskal-Wallis (insights/separation.ts). */
	featureSeparation,
	/** One column's summary for the Data step (stats/summarizeColumn.ts). */
	summarizeColumn(column: Column) {
		return summarizeColumn(column);
	}
};

export type TaskName = keyof typeof tasks;

/** args = [task name, ...its arguments]. */
export function runTask(args: unknown[]): unknown {
	const [name, ...rest] = args as [string, ...unknown[]];
	if (!Object.hasOwn(tasks, name)) throw new Error(`a pool worker has no task "${name}"`);
	return (tasks[name as TaskName] as (...a: unknown[]) => unknown)(...rest);
}
