// Worker-side Gaussian mixture: BIC and AIC per k for Choose k (rows streamed as each k is fitted),
// and the soft memberships of a stored mixture run for Segments. The n x k probabilities stay in
// the worker: the page gets a histogram of each row's highest probability, the least clear-cut
// rows, and one picked row's probabilities.
import { gmmSweep, type GmmSweepResult, type GmmSweepRow } from '../../engine/cluster/gmmSweep';
import { membershipSummary } from '../../engine/cluster/gmmMembership';
import { mixtureResponsibilities, probabilitiesByTableRow } from '../../engine/cluster/gmmScore';
import type { Recipe } from '../../engine/prep/recipe';
import type { ProgressCallback } from '../../engine/progress';
import type { RunResult } from '../../engine/results/types';
import { datasetTable } from '../cache';
import { preparedFor } from '../prepared';
import { throttled } from '../progress';
import { runRecord } from '../runs';

export interface GmmSweepRequest {
	kmin?: number;
	kmax?: number;
	covariance?: 'full' | 'diag';
	seed?: number;
	restarts?: number;
}

export interface GmmSweepOutcome {
	result: GmmSweepResult;
	/** Prepared rows the mixtures were fitted to. */
	rows: number;
}

/** One row's membership: its table row (0-based), segment and probability per segment. */
export interface RowMembership {
	row: number;
	label: number;
	probabilities: number[];
}

export interface SoftMembershipView {
	k: number;
	rows: number;
	/** Bins of the highest probability per row, from 1/k (no idea) to 1 (certain). */
	histogram: { x0: number; x1: number; count: number }[];
	/** Mean of the highest probability. */
	meanMax: number;
	/** Rows whose highest probability is below 0.5, 0.8 and 0.95. */
	below: { threshold: number; rows: number }[];
	/** The least clear-cut rows, lowest highest-probability first. */
	uncertain: RowMembership[];
}

async function mixtureRun(datasetId: string, runId: string) {
	const { result } = await runRecord(runId);
	if (!result.mixture) throw new Error('this run is not a Gaussian mixture; soft membership needs one (choose Gaussian mixture on Choose k)');
	const { prepared } = await preparedFor(datasetId, result.recipe);
	if (prepared.X.rows !== result.labels.length) {
		throw new Error(`the dataset now prepares to ${prepared.X.rows} rows but the run labelled ${result.labels.length}; run the clustering again`);
	}
	return { result, mixture: result.mixture, X: prepared.X };
}

/** Probabilities of the run's segments, per table row (NaN where the recipe dropped the row): for the labelled CSV. */
export async function runProbabilities(datasetId: string, result: RunResult): Promise<{ k: number; values: Float64Array } | undefined> {
	if (!result.mixture) return undefined;
	const { prepared } = await preparedFor(datasetId, result.recipe);
	return { k: result.k, values: probabilitiesByTableRow(prepared.X, prepared.rowIndex, result.tableRows, result.mixture, result.k) };
}

export const gmm = {
	/** BIC and AIC of Gaussian mixtures for k = kmin..kmax; `onRow` receives each k as soon as it is fitted. */
	async gmmSweepK(id: string, recipe: Recipe, request: GmmSweepRequest, onRow?: (row: GmmSweepRow) => void, onProgress?: ProgressCallback): Promise<GmmSweepOutcome> {
		const { prepared } = await preparedFor(id, recipe);
		const result = gmmSweep(prepared.X, { ...request, onRow: (row) => void onRow?.(row), onProgress: throttled(onProgress) });
		return { result, rows: prepared.X.rows };
	},

	/** How clear-cut a mixture run's assignment is: the histogram of each row's highest probability and the least certain rows. */
	async softMembership(datasetId: string, runId: string): Promise<SoftMembershipView> {
		const { result, mixture, X } = await mixtureRun(datasetId, runId);
		const summary = membershipSummary(X, mixture, result.k);
		const uncertain = summary.uncertain.map((u) => ({ row: result.rowIndex[u.i], label: result.labels[u.i], probabilities: u.probabilities }));
		return { k: result.k, rows: X.rows, histogram: summary.histogram, meanMax: summary.meanMax, below: summary.below, uncertain };
	},

	/** One table row's probability per segment, or null when the recipe dropped that row. */
	async rowMembership(datasetId: string, runId: string, tableRow: number): Promise<RowMembership | null> {
		const { result, mixture, X } = await mixtureRun(datasetId, runId);
		const { table } = await datasetTable(datasetId);
		if (!Number.isInteger(tableRow) || tableRow < 0 || tableRow >= table.rowCount) {
			throw new Error(`row ${tableRow + 1} is not in the table (it has ${table.rowCount} rows)`);
		}
		const i = result.rowIndex.indexOf(tableRow);
		if (i < 0) return null;
		const p = mixtureResponsibilities(X, mixture, [i]);
		return { row: tableRow, label: result.labels[i], probabilities: Array.from(p.subarray(0, result.k)) };
	}
};

