// Worker-side dataset operations: import into IndexedDB, type/role changes, new versions.
import type { ProgressCallback } from '../../engine/progress';
import type { ColumnMeaning, ColumnRole, ColumnType, Table } from '../../engine/table';
import { takeRows } from '../../engine/table';
import { importBlob, importText, listSheets, ImportError, type ImportWarning } from '../../engine/io/import';
import { convertColumn } from '../../engine/io/infer';
import { meaningOf } from '../../engine/io/meaning';
import { withMeaning } from '../../engine/io/roles';
import { findDuplicateRows } from '../../engine/io/dedupe';
import { summarizeColumn, type ColumnSummary } from '../../engine/stats/summarizeColumn';
import { poolMinRows } from '../../engine/parallel/poolSize';
import { summarizeColumnsPooled } from '../../engine/parallel/summaryPooled';
import { withPool } from '../poolQueue';
import { tablePage, type TablePage } from '../../engine/views/tablePage';
import { saveDataset, tableBytes, updateColumns } from '../../store/datasets';
import { StorageFullError, isStorageFull } from '../../store/errors';
import { storageRoom } from '../../store/settings';
import type { DatasetMeta } from '../../store/types';
import { datasetRevision, datasetTable, forgetDataset, rememberTable } from '../cache';
import { throttled } from '../progress';
import { formatBytes } from '../../format';

/** What an import returns: never throws for bad input, so the message survives the worker boundary. */
export type ImportOutcome =
	| { ok: true; meta: DatasetMeta; warnings: ImportWarning[] }
	| { ok: false; code: string; message: string; row?: number; column?: string };

function tooLarge(fileName: string, needed: number, free: number): ImportOutcome {
	const detail = `it needs about ${formatBytes(needed)} of browser storage and only ${formatBytes(free)} is free for Segment Lab`;
	return { ok: false, code: 'too-large', message: new StorageFullError(fileName, detail).message };
}

function failure(fileName: string, error: unknown): ImportOutcome {
	if (error instanceof ImportError) {
		return { ok: false, code: error.code, message: error.message, row: error.row, column: error.column };
	}
	// saveDataset already removed the partial dataset; other datasets were never touched.
	if (error instanceof StorageFullError) return { ok: false, code: 'storage-full', message: error.message };
	if (isStorageFull(error)) return { ok: false, code: 'storage-full', message: new StorageFullError(fileName, (error as Error).message).message };
	const detail = error instanceof Error ? error.message : String(error);
	return { ok: false, code: 'unexpected', message: `Could not import "${fileName}": ${detail}. Nothing was stored.` };
}

/** What the Data step shows first about a table: a summary per column and the duplicate rows. */
export interface TableSummary {
	columns: ColumnSummary[];
	duplicates: number;
	meanings: ColumnMeaning[];
}

/** Summaries by dataset id and revision (the last few; each is small). */
const summaries = new Map<string, Promise<TableSummary>>();
const summaryKey = (id: string) => `${id}#${datasetRevision(id)}`;

/** Work done between two yields of summarizeInSlices, in ms. */
const sliceMs = 50;

/**
 * The summary in slices of about sliceMs (a yield to the event loop between them): started while an
 * import is being written, it fills the time the worker would spend waiting on IndexedDB, and the
 * Data step finds it ready. By time, not one column a slice: a yield costs ~4 ms, and a table of
 * 20,000 columns would wait 80 s on them.
 */
async function summarizeInSlices(table: Table): Promise<TableSummary> {
	const next = () => new Promise((resolve) => setTimeout(resolve, 0));
	const columns: ColumnSummary[] = [];
	let sliceStart = performance.now();
	for (const column of table.columns) {
		if (performance.now() - sliceStart > sliceMs) {
			await next();
			sliceStart = performance.now();
		}
		columns.push(summarizeColumn(column));
	}
	await next();
	return tableSummary(table, columns);
}

/** The column summaries with the duplicate rows and the meanings (for datasets stored before meanings existed: their metadata has none). */
function tableSummary(table: Table, columns: ColumnSummary[]): TableSummary {
	return { columns, duplicates: findDuplicateRows(table).duplicates, meanings: table.columns.map(meaningOf) };
}

/**
 * The summary of a table being stored: from poolMinRows rows its columns go to the shard pool's
 * workers, idle during an import, so the write does not wait on the summary's slices (a million-row
 * import stored 0.5 s sooner) and the Data step finds it ready; if the pool cannot, in slices here.
 */
async function summarizeImported(table: Table): Promise<TableSummary> {
	if (table.rowCount < poolMinRows) return summarizeInSlices(table);
	const columns = await withPool((pool) => (pool.workers > 0 ? summarizeColumnsPooled(table, pool) : Promise.resolve(null))).catch(() => null);
	return columns ? tableSummary(table, columns) : summarizeInSlices(table);
}

function keepSummary(id: string, summary: Promise<TableSummary>): Promise<TableSummary> {
	summaries.set(summaryKey(id), summary);
	summary.catch(() => summaries.delete(summaryKey(id)));
	while (summaries.size > 4) summaries.delete(summaries.keys().next().value!);
	return summary;
}

/** Stores an imported table unless it needs more than the `free` bytes of storage left. */
async function store(fileName: string, result: Awaited<ReturnType<typeof importBlob>>, free: number, name?: string): Promise<ImportOutcome> {
	const bytes = tableBytes(result.table);
	if (bytes > free) return tooLarge(fileName, bytes, free);
	const summary = summarizeImported(result.table);
	summary.catch(() => {});
	const meta = await saveDataset(
		result.table,
		{ name: name ?? fileName.replace(/\.[^.]+$/, ''), source: result.source, importedAt: Date.now(), warnings: result.warnings },
		// The estimate can be far above the real disk, so it is asked again before every chunk and a refused write still ends cleanly.
		{ fileName, room: storageRoom }
	);
	// The worker keeps the table it just stored, with its summary: the Data step reads neither back.
	rememberTable(meta, result.table);
	keepSummary(meta.id, summary);
	return { ok: true, meta, warnings: result.warnings };
}

export const datasets = {
	async importFile(
		blob: Blob,
		options: { fileName: string; sheet?: string; name?: string; /** storage left, as the page measured it (navigator.storage.estimate) */ free: number },
		onProgress?: ProgressCallback
	): Promise<ImportOutcome> {
		const { fileName } = options;
		try {
			const { free } = options;
			// Stored columns take roughly the size of the text; refuse early rather than after parsing.
			if (blob.size > free) return tooLarge(fileName, blob.size, free);
			const result = await importBlob(blob, { fileName, sheet: options.sheet, onProgress: throttled(onProgress) });
			return await store(fileName, result, free, options.name);
		} catch (error) {
			return failure(fileName, error);
		}
	},

	async importText(text: string, fileName: string, free: number): Promise<ImportOutcome> {
		try {
			return await store(fileName, importText(text, { fileName }), free);
		} catch (error) {
			return failure(fileName, error);
		}
	},

	/** Fetches a bundled sample from this origin and imports it. */
	async importSample(url: string, fileName: string, name: string, free: number, onProgress?: ProgressCallback): Promise<ImportOutcome> {
		const response = await fetch(url);
		if (!response.ok) return { ok: false, code: 'sample', message: `The sample "${fileName}" could not be loaded (${response.status}).` };
		return datasets.importFile(await response.blob(), { fileName, name, free }, onProgress);
	},

	listSheets(blob: Blob): Promise<string[]> {
		return listSheets(blob);
	},

	/** The rows and columns the Data step's virtual table has on screen, as text. */
	async tablePage(id: string, row: number, rows: number, col: number, cols: number): Promise<TablePage> {
		const { table } = await datasetTable(id);
		return tablePage(table, row, rows, col, cols);
	},

	/** Per-column summary for the Data step. */
	async summarize(id: string): Promise<TableSummary> {
		const { table } = await datasetTable(id);
		return summaries.get(summaryKey(id)) ?? keepSummary(id, summarizeInSlices(table));
	},

	/**
	 * Changes a column's type (re-encoding its data), meaning and/or role. A new type re-infers the
	 * meaning unless one is given; a new meaning re-derives the default role unless a role is given.
	 */
	async setColumn(id: string, index: number, change: { type?: ColumnType; role?: ColumnRole; meaning?: ColumnMeaning }) {
		const { table } = await datasetTable(id);
		let column = table.columns[index];
		if (!column) throw new Error(`column ${index} does not exist`);
		let unparsed = 0;
		if (change.type && change.type !== column.type) {
			const converted = convertColumn(column, change.type);
			column = withMeaning(converted.column, change.meaning);
			unparsed = converted.unparsed;
		} else if (change.meaning && change.meaning !== column.meaning) {
			column = withMeaning(column, change.meaning);
		}
		if (change.role) column = { ...column, role: change.role };
		const meta = await updateColumns(id, [{ index, column }]);
		forgetDataset(id);
		return { meta, unparsed };
	},

	/** A new version of the dataset without exact duplicate rows. */
	async removeDuplicates(id: string): Promise<{ meta: DatasetMeta; removed: number }> {
		const { meta, table } = await datasetTable(id);
		const { duplicates, keep } = findDuplicateRows(table);
		const deduped: Table = takeRows(table, keep);
		const saved = await saveDataset(deduped, {
			name: `${meta.name} (no duplicates)`,
			source: meta.source,
			importedAt: Date.now(),
			warnings: [],
			parentId: id,
			derivation: `${duplicates} duplicate rows removed from "${meta.name}"`
		});
		return { meta: saved, removed: duplicates };
	}
};
