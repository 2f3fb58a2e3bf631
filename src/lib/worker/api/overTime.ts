// Worker-side "Over time": a saved run's model scores new snapshot files (and rows typed into a
// form) into snapshots matched on a customer id; the main thread receives only counts, the
// migration matrix and short lists, never a table. Snapshots are stored per run (store/snapshots).
import type { ProgressCallback } from '../../engine/progress';
import { importBlob } from '../../engine/io/import';
import { modelFromRun, predictOne, type InputColumnSpec, type InputValues, type SegmentModel } from '../../engine/model';
import {
	chooseIdColumn,
	idCandidates,
	indexIds,
	labelledSnapshot,
	migration,
	movementCsv,
	normaliseId,
	scoreSnapshot,
	sizesOverSnapshots,
	type InvalidRow,
	type MovementList,
	type Snapshot,
	type SnapshotSizes
} from '../../engine/over-time';
import { runSegmentNames } from '../../engine/results/segmentNames';
import { getRun } from '../../store/runs';
import { loadSnapshots, saveSnapshots } from '../../store/snapshots';
import { datasetTable } from '../cache';
import { throttled } from '../progress';

/** Ids shown per list on the page; the CSV download has them all. */
const listedIds = 50;
/** Rows left out listed per snapshot on the page. */
const listedInvalid = 20;

export interface SnapshotSummary {
	name: string;
	rowCount: number;
	labelled: number;
	invalidCount: number;
	/** The first rows left out, with 1-based data row numbers. */
	invalid: InvalidRow[];
}

export interface MigrationView {
	from: number;
	to: number;
	/** matrix[before][after] by engine label. */
	matrix: number[][];
	matched: number;
	stayed: number[];
	newCount: number;
	leftCount: number;
	newBySegment: number[];
	leftBySegment: number[];
	/** The first listedIds ids of each list. */
	newIds: string[];
	leftIds: string[];
}

export interface OverTimeView {
	runId: string;
	/** The column customers are matched on; null when none could be chosen (see idError). */
	idColumn: string | null;
	idError: string | null;
	/** Columns of the run's dataset whose values never repeat. */
	idCandidates: string[];
	/** Segments by engine label, with the names people see. */
	segments: { label: number; name: string }[];
	/** What the row form asks for (the model's inputs; the id column comes first on the form). */
	inputColumns: InputColumnSpec[];
	/** Index 0 is the run's own dataset; then the added snapshots, oldest first. */
	snapshots: SnapshotSummary[];
	sizes: SnapshotSizes[];
	/** The compared pair; null while there is only one snapshot. */
	migration: MigrationView | null;
}

export interface Pair {
	from?: number;
	to?: number;
}

interface Tracking {
	key: string;
	model: SegmentModel;
	names: string[];
	/** The run's own labelling (null without an id column) and the snapshots added after it. */
	baseline: Snapshot | null;
	idColumn: string | null;
	idError: string | null;
	candidates: string[];
	added: Snapshot[];
}

let tracking: Tracking | null = null;

async function open(datasetId: string, runId: string): Promise<Tracking> {
	const { meta, table, revision } = await datasetTable(datasetId);
	const key = `${datasetId}|${runId}|${revision}`;
	if (tracking?.key === key) return tracking;
	const record = await getRun(runId);
	if (!record || record.datasetId !== datasetId) throw new Error('the run no longer exists; choose or make another run on the Choose k step');
	const names = runSegmentNames(record.result, record.names);
	const model = modelFromRun({ run: record.result, table, names: record.names, datasetName: meta.name });
	const stored = await loadSnapshots(runId, datasetId);
	const candidates = idCandidates(table);
	let idColumn: string | null = null;
	let idError: string | null = null;
	try {
		idColumn = chooseIdColumn(table, stored?.idColumn, `"${meta.name}"`);
	} catch (error) {
		idError = error instanceof Error ? error.message : String(error);
	}
	tracking = { key, model, names, baseline: null, idColumn, idError, candidates, added: stored?.snapshots ?? [] };
	if (idColumn) setBaseline(tracking, idColumn, meta.name, table, record.result);
	return tracking;
}

function setBaseline(t: Tracking, idColumn: string, name: string, table: Parameters<typeof labelledSnapshot>[0], run: { labels: Int32Array; rowIndex: Int32Array }): void {
	const perRow = new Int32Array(table.rowCount).fill(-1);
	run.rowIndex.forEach((row, i) => (perRow[row] = run.labels[i]));
	const reasons = new Map<number, string>();
	for (let row = 0; row < table.rowCount; row++) if (perRow[row] < 0) reasons.set(row, 'not in a segment of the run (dropped by the recipe, or noise)');
	try {
		t.baseline = labelledSnapshot(table, perRow, idColumn, name, reasons);
		t.idColumn = idColumn;
		t.idError = null;
	} catch (error) {
		t.baseline = null;
		t.idColumn = null;
		t.idError = error instanceof Error ? error.message : String(error);
	}
}

function all(t: Tracking): Snapshot[] {
	return t.baseline ? [t.baseline, ...t.added] : [];
}

function summary(s: Snapshot): SnapshotSummary {
	return { name: s.name, rowCount: s.rowCount, labelled: s.ids.length, invalidCount: s.invalidCount, invalid: s.invalid.slice(0, listedInvalid) };
}

function view(runId: string, t: Tracking, pair: Pair): OverTimeView {
	const snapshots = all(t);
	const k = t.model.segments.length;
	let comparison: MigrationView | null = null;
	if (snapshots.length >= 2) {
		const to = clamp(pair.to ?? snapshots.length - 1, snapshots.length);
		const from = clamp(pair.from ?? to - 1, snapshots.length);
		const m = migration(snapshots[from], snapshots[to], k);
		comparison = {
			from,
			to,
			matrix: m.matrix,
			matched: m.matched,
			stayed: m.stayed,
			newCount: m.newIds.length,
			leftCount: m.leftIds.length,
			newBySegment: m.newBySegment,
			leftBySegment: m.leftBySegment,
			newIds: m.newIds.slice(0, listedIds),
			leftIds: m.leftIds.slice(0, listedIds)
		};
	}
	return {
		runId,
		idColumn: t.idColumn,
		idError: t.idError,
		idCandidates: t.candidates,
		segments: t.names.map((name, label) => ({ label, name })),
		inputColumns: t.model.inputColumns,
		snapshots: snapshots.map(summary),
		sizes: sizesOverSnapshots(snapshots, k),
		migration: comparison
	};
}

const clamp = (i: number, n: number) => Math.max(0, Math.min(n - 1, Math.trunc(i)));

async function store(datasetId: string, runId: string, t: Tracking): Promise<void> {
	if (!t.idColumn) throw new Error('choose the id column first');
	await saveSnapshots(runId, datasetId, { idColumn: t.idColumn, snapshots: t.added });
}

export const overTime = {
	/** The run's tracking: its snapshots, their sizes and the migration between `pair` (default the last two). */
	async overTimeView(datasetId: string, runId: string, pair: Pair = {}): Promise<OverTimeView> {
		return view(runId, await open(datasetId, runId), pair);
	},

	/** Matches customers on another column; only while no snapshot has been added (their ids were read with the old one). */
	async overTimeSetIdColumn(datasetId: string, runId: string, idColumn: string): Promise<OverTimeView> {
		const t = await open(datasetId, runId);
		if (t.added.length > 0) throw new Error(`snapshots are matched on "${t.idColumn}"; remove them before choosing another id column`);
		const [{ meta, table }, record] = await Promise.all([datasetTable(datasetId), getRun(runId)]);
		if (!record) throw new Error('the run no longer exists');
		chooseIdColumn(table, idColumn, `"${meta.name}"`);
		setBaseline(t, idColumn, meta.name, table, record.result);
		if (t.idColumn) await store(datasetId, runId, t);
		return view(runId, t, {});
	},

	/** Scores a snapshot file with the run's model and adds it as the latest snapshot. */
	async overTimeAddFile(datasetId: string, runId: string, blob: Blob, fileName: string, onProgress?: ProgressCallback): Promise<OverTimeView> {
		const t = await open(datasetId, runId);
		if (!t.idColumn) throw new Error(t.idError ?? 'choose the id column first');
		const { table } = await importBlob(blob, { fileName, onProgress: throttled(onProgress) });
		if (table.rowCount === 0) throw new Error(`"${fileName}" has no data rows`);
		let snapshot: Snapshot;
		try {
			snapshot = scoreSnapshot(t.model, table, t.idColumn, fileName);
		} catch (error) {
			throw new Error(`"${fileName}" cannot be tracked: ${error instanceof Error ? error.message : error}`);
		}
		t.added = [...t.added, snapshot];
		await store(datasetId, runId, t);
		return view(runId, t, {});
	},

	/**
	 * One customer typed into the form, scored at once and added to the latest snapshot (a new
	 * "Added by hand" snapshot while there is only the run's data). `id` must not be there yet.
	 */
	async overTimeAddRow(datasetId: string, runId: string, id: string, values: InputValues, pair: Pair = {}): Promise<OverTimeView> {
		const t = await open(datasetId, runId);
		if (!t.idColumn) throw new Error(t.idError ?? 'choose the id column first');
		const trimmed = id.trim();
		if (!trimmed) throw new Error(`enter the customer's ${t.idColumn}`);
		const prediction = predictOne(t.model, values);
		if (prediction.label < 0) throw new Error(`this customer cannot be scored: ${prediction.reason ?? 'not scored'}`);
		const last = t.added.at(-1) ?? { name: 'Added by hand', ids: [], labels: new Int32Array(0), rows: new Int32Array(0), rowCount: 0, invalid: [], invalidCount: 0 };
		const next: Snapshot = {
			...last,
			ids: [...last.ids, normaliseId(trimmed)],
			labels: Int32Array.from([...last.labels, prediction.label]),
			rows: Int32Array.from([...last.rows, last.rowCount + 1]),
			rowCount: last.rowCount + 1
		};
		indexIds(next.ids, next.rows, `"${next.name}"`);
		t.added = t.added.length ? [...t.added.slice(0, -1), next] : [next];
		await store(datasetId, runId, t);
		return view(runId, t, pair);
	},

	async overTimeRemove(datasetId: string, runId: string, index: number): Promise<OverTimeView> {
		const t = await open(datasetId, runId);
		if (index < 1 || index > t.added.length) throw new Error(`there is no added snapshot ${index}`);
		t.added = t.added.filter((_, i) => i !== index - 1);
		await store(datasetId, runId, t);
		return view(runId, t, {});
	},

	/** CSV of the new, left or all customers between two snapshots (indexes as in the view). */
	async overTimeListCsv(datasetId: string, runId: string, from: number, to: number, which: MovementList): Promise<Blob> {
		const t = await open(datasetId, runId);
		const snapshots = all(t);
		const [a, b] = [snapshots[from], snapshots[to]];
		if (!a || !b || !t.idColumn) throw new Error('the snapshots compared are no longer there');
		return new Blob([movementCsv(a, b, which, t.idColumn, t.names)], { type: 'text/csv;charset=utf-8' });
	}
};

