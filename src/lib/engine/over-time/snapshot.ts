// Turning a table into a snapshot: every row's id and segment, from a model (a new month's file)
// or from labels already known (the run's own dataset). Rows without an id, or that the model
// cannot score, are left out and listed; a repeated id refuses the whole snapshot.
import { scoreTable } from '../model/score';
import type { SegmentModel } from '../model/types';
import { findColumn, type Table } from '../table';
import { chooseIdColumn } from './idColumn';
import { idText } from './idText';
import { indexIds } from './indexIds';
import { maxListedInvalid, type InvalidRow, type Snapshot } from './types';

/**
 * A snapshot from one label per table row (-1 = no segment; `reasons` says why, by 0-based row).
 * Throws when the id column is missing and DuplicateIdError (from indexIds) when an id repeats.
 */
export function labelledSnapshot(
	table: Table,
	perRow: ArrayLike<number>,
	idColumn: string,
	name: string,
	reasons: ReadonlyMap<number, string> = new Map()
): Snapshot {
	const column = findColumn(table, idColumn);
	const ids: string[] = [];
	const labels: number[] = [];
	const rows: number[] = [];
	const invalid: InvalidRow[] = [];
	let invalidCount = 0;
	const leaveOut = (row: number, reason: string) => {
		invalidCount++;
		if (invalid.length < maxListedInvalid) invalid.push({ row: row + 1, reason });
	};
	for (let row = 0; row < table.rowCount; row++) {
		const id = idText(column, row);
		if (id === '') leaveOut(row, `no ${idColumn}`);
		else if (perRow[row] < 0) leaveOut(row, reasons.get(row) ?? 'not in a segment');
		else {
			ids.push(id);
			labels.push(perRow[row]);
			rows.push(row + 1);
		}
	}
	const snapshot: Snapshot = { name, ids, labels: Int32Array.from(labels), rows: Int32Array.from(rows), rowCount: table.rowCount, invalid, invalidCount };
	indexIds(snapshot.ids, snapshot.rows, `"${name}"`);
	return snapshot;
}

/** Scores every row of `table` with `model` (model/score.ts: its recipe and classifier) into a snapshot. */
export function scoreSnapshot(model: SegmentModel, table: Table, idColumn: string, name: string): Snapshot {
	chooseIdColumn(table, idColumn, `"${name}"`);
	const scored = scoreTable(model, table);
	const reasons = new Map(scored.reasons.map((r) => [r.row, `cannot be scored: ${r.reason}`]));
	return labelledSnapshot(table, scored.labels, idColumn, name, reasons);
}
