// Worker-side joins: a stored lookup table (customers) joined onto the open dataset (the RFM table)
// on a key, previewed with its match counts, then saved as a new dataset version.
import { joinTables, type JoinOptions, type JoinReport } from '../../engine/prep/join';
import { takeRows, type Table } from '../../engine/table';
import { loadTable, saveDataset } from '../../store/datasets';
import type { DatasetMeta } from '../../store/types';
import { datasetTable } from '../cache';

export interface JoinRequest {
	/** Key column of the open dataset. */
	on: string;
	/** The stored dataset whose columns are added, and its key column. */
	rightId: string;
	rightOn: string;
	how: 'left' | 'inner';
}

export interface JoinPreview {
	report: JoinReport;
	/** The first rows of the joined table, for display. */
	head: Table;
}

/** The last join built, so "Create" saves exactly what the preview showed. */
let built: { key: string; table: Table; report: JoinReport; rightName: string } | null = null;

async function joined(leftId: string, request: JoinRequest) {
	const key = JSON.stringify([leftId, request]);
	if (built?.key !== key) {
		const { table: left } = await datasetTable(leftId);
		// The right table is read straight from the store: the cache keeps the open dataset.
		const right = await loadTable(request.rightId);
		const options: JoinOptions = { on: request.on, rightOn: request.rightOn, how: request.how, rightName: right.meta.name };
		built = { key, rightName: right.meta.name, ...joinTables(left, right.table, options) };
	}
	return built;
}

export const join = {
	/** The match counts of joining a stored dataset onto `leftId`, and the first `rows` joined rows. */
	async joinPreview(leftId: string, request: JoinRequest, rows = 10): Promise<JoinPreview> {
		const { table, report } = await joined(leftId, request);
		return { report, head: takeRows(table, Array.from({ length: Math.min(rows, table.rowCount) }, (_, i) => i)) };
	},

	/** Saves the joined table as a new dataset derived from `leftId`. */
	async createJoinedDataset(leftId: string, request: JoinRequest): Promise<{ meta: DatasetMeta; report: JoinReport }> {
		const { meta } = await datasetTable(leftId);
		const { table, report, rightName } = await joined(leftId, request);
		const saved = await saveDataset(table, {
			name: `${meta.name} + ${rightName}`,
			source: meta.source,
			importedAt: Date.now(),
			warnings: [],
			parentId: leftId,
			derivation:
				`${report.how === 'left' ? 'Left' : 'Inner'} join of "${rightName}" on ${request.on}` +
				`${request.rightOn === request.on ? '' : ` = ${request.rightOn}`}: ${report.matchedRows} of ${report.leftRows} rows matched`
		});
		built = null;
		return { meta: saved, report };
	}
};
