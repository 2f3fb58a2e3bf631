// Worker-side clustering for the Choose k and Segments steps: the k sweep (rows streamed as each k
// finishes), single runs through runSegmentation, the DBSCAN k-distance curve, the Ward tree for
// the dendrogram, and the Segments page's PCA projection and per-segment box plots of a stored run.
// The prepared matrix of the last (table, recipe) pair is kept, so a sweep, the curves and the
// segment views of one recipe prepare the data once.
import { transfer } from 'comlink';
import { HIERARCHICAL_MAX_ROWS, hierarchical } from '../../engine/cluster/hierarchical';
import { suggestEps } from '../../engine/cluster/suggestEps';
import { isSweepRow, sweepShare, sweepSteps, type SweepResult, type SweepRow } from '../../engine/cluster/sweep';
import { createMatrix } from '../../engine/matrix';
import { prepare } from '../../engine/prep/prepare';
import type { Prepared, Recipe } from '../../engine/prep/recipe';
import type { ProgressCallback } from '../../engine/progress';
import { originalColumns } from '../../engine/results/originalColumns';
import { runSegmentation, type ClusterSpec } from '../../engine/results/runSegmentation';
import type { RunResult } from '../../engine/results/types';
import { boxStats, type BoxStats } from '../../engine/stats/boxStats';
import { pcaBounded, selectColumns } from '../../engine/stats/pcaBounded';
import { projectPca } from '../../engine/stats/projectPca';
import type { Table } from '../../engine/table';
import { getRun } from '../../store/runs';
import { datasetTable } from '../cache';
import { throttled } from '../progress';

let preparedCache: { table: Table; key: string; prepared: Prepared } | null = null;

async function preparedFor(id: string, recipe: Recipe): Promise<{ table: Table; prepared: Prepared }> {
	const { table } = await datasetTable(id);
	const key = JSON.stringify(recipe);
	if (preparedCache?.table !== table || preparedCache.key !== key) preparedCache = { table, key, prepared: prepare(table, recipe) };
	return { table, prepared: preparedCache.prepared };
}

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

/** One feature's box per segment (label -1 = noise), in the data's units. */
export interface FeatureBoxes {
	feature: string;
	boxes: { label: number; stats: BoxStats }[];
}

export interface SegmentView {
	/** Prepared rows on the first two principal components of the run's prepared matrix. */
	pca: { x: Float64Array; y: Float64Array; explained: [number, number]; centroids: { x: number; y: number; label: number }[] };
	boxes: FeatureBoxes[];
}

export const cluster = {
	/** k-means for k = kmin..kmax on the prepared data; `onRow` receives each row as soon as its k is done. */
	async sweepK(id: string, recipe: Recipe, request: SweepRequest, onRow?: (row: SweepRow) => void, onProgress?: ProgressCallback): Promise<SweepOutcome> {
		const { prepared } = await preparedFor(id, recipe);
		const X = prepared.X;
		const report = throttled(onProgress);
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
		const { table } = await datasetTable(id);
		const result = runSegmentation(table, recipe, { ...spec, onProgress: throttled(onProgress) });
		return transfer(result, buffers(result.labels, result.rowIndex));
	},

	/** The sorted distance of each row to its minPoints-th neighbour, and the eps at its knee. */
	async kDistance(id: string, recipe: Recipe, minPoints: number, onProgress?: ProgressCallback): Promise<KDistanceOutcome> {
		const { prepared } = await preparedFor(id, recipe);
		const s = suggestEps(prepared.X, minPoints, { onProgress: throttled(onProgress) });
		const n = s.kDistances.length;
		const step = Math.max(1, Math.ceil(n / curvePoints));
		const curve: { x: number; y: number }[] = [];
		for (let i = 0; i < n; i += step) curve.push({ x: i, y: s.kDistances[i] });
		if (curve[curve.length - 1].x !== n - 1) curve.push({ x: n - 1, y: s.kDistances[n - 1] });
		return { eps: s.eps, curve, points: n, sampled: s.sampled };
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

	/** PCA scatter and per-segment box plots of a stored run, on the data it was prepared from. */
	async segmentView(datasetId: string, runId: string): Promise<SegmentView> {
		const run = await getRun(runId);
		if (!run) throw new Error(`run "${runId}" was not found; it may have been deleted`);
		const { result } = run;
		const { table, prepared } = await preparedFor(datasetId, result.recipe);
		if (prepared.X.rows !== result.labels.length) {
			throw new Error(`the dataset now prepares to ${prepared.X.rows} rows but the run labelled ${result.labels.length}; run the clustering again`);
		}
		const view = { pca: projection(prepared, result), boxes: segmentBoxes(table, result) };
		return transfer(view, buffers(view.pca.x, view.pca.y));
	}
};

function projection(prepared: Prepared, result: RunResult): SegmentView['pca'] {
	const X = prepared.X;
	const components = Math.min(2, X.cols, X.rows);
	const fit = pcaBounded(X, { components });
	const x = new Float64Array(X.rows);
	const y = new Float64Array(X.rows);
	for (let i = 0; i < X.rows; i++) {
		x[i] = fit.scores[i * components];
		if (components > 1) y[i] = fit.scores[i * components + 1];
	}
	const centres = createMatrix(result.k, X.cols, Float64Array.from(result.centroidsScaled.flat()));
	const scores = projectPca(fit, selectColumns(centres, fit.columns));
	const centroids = result.centroidsScaled.map((_, label) => ({
		label,
		x: scores[label * components],
		y: components > 1 ? scores[label * components + 1] : 0
	}));
	return { x, y, explained: [fit.explainedVarianceRatio[0] ?? 0, fit.explainedVarianceRatio[1] ?? 0], centroids };
}

/** Features the Segments page draws box plots for at most. */
const maxBoxFeatures = 100;

function segmentBoxes(table: Table, result: RunResult): FeatureBoxes[] {
	const { labels } = result;
	const labelsPresent = [...new Set(labels)].sort((a, b) => (a < 0 ? 1 : b < 0 ? -1 : a - b));
	// Box plots of 20,000 features would be read by nobody and cost gigabytes: the first ones only.
	return originalColumns(table, result.fitted, result.rowIndex).slice(0, maxBoxFeatures).map(({ name, values }) => {
		const groups = new Map<number, number[]>(labelsPresent.map((l) => [l, []]));
		for (let i = 0; i < values.length; i++) groups.get(labels[i])!.push(values[i]);
		return {
			feature: name,
			boxes: labelsPresent.map((label) => ({ label, stats: boxStats(Float64Array.from(groups.get(label)!), { maxOutliers: 60 }) }))
		};
	});
}
