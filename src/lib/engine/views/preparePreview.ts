// What the Prepare step shows about the prepared matrix: rows kept and dropped, notices, flagged
// values and features, with one column before and after.
import type { DroppedCount, Prepared } from '../prep/recipe';
import type { Table } from '../table';
import { featureView, type FeatureView } from './featureView';

export type PreparePreview =
	| {
			ok: true;
			rowCount: number;
			rowsKept: number;
			dropped: DroppedCount[];
			notices: string[];
			flagged: { column: string; count: number }[];
			featureNames: string[];
			view: FeatureView | null;
	  }
	| { ok: false; message: string; view: FeatureView | null };

/** `prepared` is the matrix, or the error preparing threw (shown as `ok: false` with the reason). */
export function preparePreview(table: Table, prepared: Prepared | Error, column: string | null): PreparePreview {
	if (prepared instanceof Error) {
		return { ok: false, message: prepared.message, view: column ? featureView(table, null, column) : null };
	}
	return {
		ok: true,
		rowCount: table.rowCount,
		rowsKept: prepared.rowIndex.length,
		dropped: prepared.dropped,
		notices: prepared.notices,
		flagged: prepared.flagged,
		featureNames: prepared.featureNames,
		view: column ? featureView(table, prepared, column) : null
	};
}
