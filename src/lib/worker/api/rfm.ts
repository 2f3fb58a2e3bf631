// Worker-side RFM and segment insights: transactions -> a customer table (previewed, then saved as a
// new dataset), and how strongly each feature separates the segments of a saved run.
import type { ProgressCallback } from '../../engine/progress';
import { buildCustomerTable, type CustomerTableOptions, type CustomerTableReport } from '../../engine/prep/rfm';
import { originalColumns } from '../../engine/results/originalColumns';
import type { RunResult } from '../../engine/results/types';
import { separation, type FeatureSeparation } from '../../engine/insights/separation';
import { takeRows, type Table } from '../../engine/table';
import { saveDataset } from '../../store/datasets';
import type { DatasetMeta } from '../../store/types';
import { poolMinRows } from '../../engine/parallel/poolSize';
import { separationPooled } from '../../engine/parallel/viewsPooled';
import { datasetTable } from '../cache';
import { withPool } from '../poolQueue';
import { runRecord } from '../runs';
import { throttled } from '../progress';

export interface RfmPreview {
	report: CustomerTableReport;
	/** The first rows of the customer table, for display. */
	head: Table;
}

/** The last customer table built, so "Create" saves exactly what the preview showed without rebuilding. */
let built: { key: string; table: Table; report: CustomerTableReport } | null = null;

async function customerTable(datasetId: string, options: CustomerTableOptions) {
	const key = `${datasetId}#${JSON.stringify(options)}`;
	if (built?.key !== key) {
		const { table } = await datasetTable(datasetId);
		built = { key, ...buildCustomerTable(table, options) };
	}
	return built;
}

function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export const rfm = {
	/** Builds the customer table and returns its report and first `rows` rows. */
	async rfmPreview(datasetId: string, options: CustomerTableOptions, rows = 20, onProgress?: ProgressCallback): Promise<RfmPreview> {
		const progress = throttled(onProgress);
		progress?.(0, 'Grouping transactions by customer');
		const { table, report } = await customerTable(datasetId, options);
		progress?.(1);
		const head = takeRows(table, Array.from({ length: Math.min(rows, table.rowCount) }, (_, i) => i));
		return { report, head };
	},

	/** Saves the customer table as a new dataset derived from the transactions. */
	async createCustomerDataset(datasetId: string, options: CustomerTableOptions): Promise<{ meta: DatasetMeta; report: CustomerTableReport }> {
		const { meta } = await datasetTable(datasetId);
		const { table, report } = await customerTable(datasetId, options);
		const saved = await saveDataset(table, {
			name: `${meta.name} customers (RFM)`,
			source: meta.source,
			importedAt: Date.now(),
			warnings: [],
			parentId: datasetId,
			derivation: `RFM customer table from "${meta.name}" (${report.customers} customers, as of ${isoDay(report.asOf)})`
		});
		return { meta: saved, report };
	},

	/** One-way ANOVA and Kruskal-Wallis per profiled feature of a saved run, most separating first. */
	async segmentSeparation(datasetId: string, runId: string): Promise<FeatureSeparation[]> {
		// The worker's own copy of a run it just made (reading a million labels back from IndexedDB costs a pause).
		const run = await runRecord(runId);
		if (run.datasetId !== datasetId) throw new Error(`run ${runId} belongs to another dataset`);
		const result = run.result as RunResult | undefined;
		if (!result) throw new Error(`run ${runId} has no result`);
		const { table } = await datasetTable(datasetId);
		const columns = originalColumns(table, result.fitted, result.rowIndex);
		if (result.labels.length < poolMinRows) return separation(columns, result.labels);
		// Large runs: one pool job a feature, so the tests run on every core and this worker stays free.
		return withPool(async (pool) => (pool.workers > 0 ? separationPooled(columns, result.labels, pool) : separation(columns, result.labels)));
	}
};
