// Worker-side clustering for the Choose k and Segments steps: the k sweep (rows streamed as each k
// finishes), single runs through runSegmentation (stored here, by the worker that owns the data),
// the DBSCAN k-distance curve, the Ward tree, and the Segments page's views of a run (PCA
// projection, per-segment box plots, feature columns, tooltip rows). Every call on one recipe
// shares the worker's one prepared matrix (worker/prepared.ts); the views are the engine's.
import { transfer } from 'comlink';
import { HIERARCHICAL_MAX_ROWS, hierarchical } from '../../engine/cluster/hierarchical';
import { suggestEps } from '../../engine/cluster/suggestEps';
import { isSweepRow, sweepShare, sweepSteps, type SweepResult, type SweepRow } from '../../engine/cluster/sweep';
import type { Recipe } from '../../engine/prep/recipe';
import type { ProgressCallback } from '../../engine/progress';
import { runSegmentationPooled } from '../../engine/parallel/runSegmentationPooled';
import { sweepPooled } from '../../engine/parallel/sweepPooled';
import { segmentBoxesPooled } from '../../engine/parallel/viewsPooled';
import { poolMinRows } from '../../engine/parallel/poolSize';
import type { ClusterSpec } from '../../engine/results/runSegmentation';
import type { RunResult } from '../../engine/results/types';
import { rowDetails, segmentBoxes, segmentColumns, segmentProjection, thinCurve, type FeatureBoxes, type SegmentProjection } from '../../engine/views';
import { segmentProjectionPooled } from '../../engine/views/segmentProjectionPooled';
import { newId } from '../../store/db';
import { defaultNames, saveRun, type RunRecord } from '../../store/runs';
import { datasetTable } from '../cache';
import { withPool } from '../poolQueue';
import { preparedFor } from '../prepared';
import { throttled } from '../progress';
import { rememberRun, runRecord } from '../runs';
import { preparedRows } from '../../engine/rowSource';

export type { FeatureBoxes } from '../../engine/views';

/** Every distinct buffer behind the arrays, for Comlink's transfer list. */
function buffers(...arrays: ArrayBufferView[]): ArrayBuffer[] {
	return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** What a sweep is asked for; the defaults are sweepSteps'. */
export interface SweepRequest {
	kmin?: number;
	kmax?: number;
	seed?: number;
	restarts?: number;
	/** Compute the gap statistic and stability after the last k; default true. */
	evidence?: boolean;
}

export interface SweepOutcome {
	result: SweepResult;
	/** Rows in the prepared matrix the sweep clustered. */
	rows: number;
}

/** Points of the k-distance curve sent for drawing (the full curve stays in the worker). */
const curvePoints = 400;

export interface KDistanceOutcome {
	eps: number;
	/** The sorted k-distance curve thinned to at most ~400 points; x = position among the sorted rows. */
	curve: { x: number; y: number }[];
	/** Rows the curve describes (a seeded sample above 10,000). */
	points: number;
	sampled: boolean;
}

export type DendrogramOutcome =
	| { ok: true; tree: { n: number; merges: Int32Array; heights: Float64Array; sizes: Int32Array } }
	| { ok: false; rows: number; limit: number };

export interface SegmentView {
	/** Prepared rows on the first two principal components of the run's prepared matrix. */
	pca: SegmentProjection;
}

/** What a new run is stored with besides its result. */
export interface RunContext {
	/** recipeKey() of the recipe, to tell later whether the run is stale. */
	recipeKey: string;
	/** The sweep the k was chosen from, kept with a k-means run. */
	sweep?: SweepResult;
}

/** The stored run of `datasetId`, checked against the matrix its recipe prepares to now. */
async function preparedRun(datasetId: string, runId: string) {
	const { result } = await runRecord(runId);
	const { table, prepared } = await preparedFor(datasetId, result.recipe);
	if (prepared.rowIndex.length !== result.labels.length) {
		throw new Error(`the dataset now prepares to ${prepared.rowIndex.length} rows but the run labelled ${result.labels.length}; run the clustering again`);
	}
	return { table, prepared, result };
}

/** Prepare (cached), cluster, score and profile: the one path every run takes. */
async function segment(id: string, recipe: Recipe, spec: ClusterSpec, onProgress?: ProgressCallback): Promise<RunResult> {
	const { table, prepared } = await preparedFor(id, recipe);
	// Large k-means runs go through the worker's shard pool (made once, reused; rows sent once per matrix).
	const result = await withPool((pool) => runSegmentationPooled(table, recipe, { ...spec, onProgress: throttled(onProgress) }, { prepared, pool }));
	// The row index is the cached matrix's own: the result gets a copy, so sending it never detaches the cache.
	return { ...result, rowIndex: result.rowIndex.slice() };
}

export const cluster = {
	/** k-means for k = kmin..kmax on the prepared data; `onRow` receives each row as soon as its k is done. */
	async sweepK(id: string, recipe: Recipe, request: SweepRequest, onRow?: (row: SweepRow) => void, onProgress?: ProgressCallback): Promise<SweepOutcome> {
		const { prepared } = await preparedFor(id, recipe);
		const report = throttled(onProgress);
		if (prepared.rowIndex.length >= poolMinRows) {
			// Large tables: the k values, the gap statistic and stability are jobs for the pool's workers, side by
			// side, on samples of the rows (the whole matrix is not built for them).
			const rows = preparedRows(prepared);
			const pooled = await withPool(async (pool) => (pool.workers > 0 ? sweepPooled(rows, { ...request, onRow, onProgress: report }, pool) : null));
			if (pooled) return { result: pooled, rows: rows.rows };
		}
		const X = prepared.X;
		const kmin = request.kmin ?? 1;
		const kmax = Math.min(request.kmax ?? 10, X.rows);
		const steps = sweepSteps(X, request);
		// The k rows fill most of the bar; the gap statistic and stability after them fill the rest.
		const share = sweepShare(request);
		report?.(0, `k = ${kmin} of ${kmax}`);
		for (;;) {
			const step = steps.next();
			if (step.done) return { result: step.value, rows: X.rows };
			if (!isSweepRow(step.value)) {
				report?.(share + (1 - share) * step.value.fraction, step.value.message);
				continue;
			}
			void onRow?.(step.value);
			const k = step.value.k;
			report?.((share * (k - kmin + 1)) / (kmax - kmin + 1), k < kmax ? `k = ${k + 1} of ${kmax}` : 'gap statistic and stability');
		}
	},

	/** Prepare, cluster, score and profile in one go (results/runSegmentation). */
	async clusterRun(id: string, recipe: Recipe, spec: ClusterSpec, onProgress?: ProgressCallback): Promise<RunResult> {
		const result = await segment(id, recipe, spec, onProgress);
		return transfer(result, buffers(result.labels, result.rowIndex));
	},

	/** clusterRun, then the run stored by the worker (which keeps it for the Segments views). */
	async clusterAndStore(id: string, recipe: Recipe, spec: ClusterSpec, context: RunContext, onProgress?: ProgressCallback): Promise<RunRecord> {
		const result = await segment(id, recipe, spec, onProgress);
		const record: RunRecord = {
			id: newId('run'),
			datasetId: id,
			createdAt: Date.now(),
			recipeKey: context.recipeKey,
			result,
			sweep: spec.algorithm === 'kmeans' ? context.sweep : undefined,
			names: defaultNames(result),
			notes: new Array<string>(result.k).fill('')
		};
		await saveRun(record);
		rememberRun(record);
		// Copied, not transferred: the worker keeps its own labels for the views that follow.
		return record;
	},

	/** The sorted distance of each row to its minPoints-th neighbour, and the eps at its knee. */
	async kDistance(id: string, recipe: Recipe, minPoints: number, onProgress?: ProgressCallback): Promise<KDistanceOutcome> {
		const { prepared } = await preparedFor(id, recipe);
		const s = suggestEps(prepared.X, minPoints, { onProgress: throttled(onProgress) });
		return { eps: s.eps, curve: thinCurve(s.kDistances, curvePoints), points: s.kDistances.length, sampled: s.sampled };
	},

	/** The full Ward merge tree of the prepared rows, or the refusal when there are too many rows. */
	async dendrogram(id: string, recipe: Recipe, onProgress?: ProgressCallback): Promise<DendrogramOutcome> {
		const { prepared } = await preparedFor(id, recipe);
		const X = prepared.X;
		if (X.rows > HIERARCHICAL_MAX_ROWS) return { ok: false, rows: X.rows, limit: HIERARCHICAL_MAX_ROWS };
		const { tree } = hierarchical(X, { k: 1, onProgress: throttled(onProgress) });
		const out = { n: X.rows, merges: tree.merges, heights: tree.heights, sizes: tree.sizes };
		return transfer({ ok: true as const, tree: out }, buffers(tree.merges, tree.heights, tree.sizes));
	},

	/** The PCA scatter of a stored run, on the data it was prepared from (box plots come apart: the scatter draws first). */
	async segmentView(datasetId: string, runId: string): Promise<SegmentView> {
		const { prepared, result } = await preparedRun(datasetId, runId);
		// Large matrices: the PCA's passes go through the shard pool, on the very rows object the run was
		// clustered on (the cached one), so the rows its workers hold are reused rather than sent again.
		const rows = preparedRows(prepared);
		const pca = await withPool(async (pool) => (rows.rows >= poolMinRows && pool.workers > 0 ? segmentProjectionPooled(rows, result, pool) : segmentProjection(prepared.X, result)));
		return transfer({ pca }, buffers(pca.x, pca.y));
	},

	/** Per-segment box plots of a stored run's features, in the data's units (one pool job a feature on large runs). */
	async segmentBoxPlots(datasetId: string, runId: string): Promise<FeatureBoxes[]> {
		const [{ table }, { result }] = await Promise.all([datasetTable(datasetId), runRecord(runId)]);
		if (result.labels.length < poolMinRows) return segmentBoxes(table, result);
		return withPool(async (pool) => (pool.workers > 0 ? segmentBoxesPooled(table, result, pool) : segmentBoxes(table, result)));
	},

	/** Numeric columns at the run's rows (run order), for the scatter's feature axes. */
	async segmentColumns(datasetId: string, runId: string, names: string[]): Promise<Float64Array[]> {
		const [{ table }, { result }] = await Promise.all([datasetTable(datasetId), runRecord(runId)]);
		const columns = segmentColumns(table, result.rowIndex, names);
		return transfer(columns, buffers(...columns));
	},

	/** The first columns of one table row, for the scatter's tooltip. */
	async rowDetails(datasetId: string, row: number, limit?: number): Promise<{ label: string; value: string }[]> {
		const { table } = await datasetTable(datasetId);
		return rowDetails(table, row, limit);
	}
};
