// Shapes of what is stored. Kept apart from db.ts so the UI can import types without idb.
import type { ColumnMeaning, ColumnRole, ColumnType } from '../engine/table';
import type { ImportWarning, ImportSource } from '../engine/io/import';

export interface ColumnMeta {
	name: string;
	type: ColumnType;
	role: ColumnRole;
	/** What the column means (set on import or by the analyst); absent on datasets stored before meanings existed. */
	meaning?: ColumnMeaning;
	/** datetime: the detected pattern. */
	format?: string;
	/** Distinct values (dictionary size) for non-numeric columns. */
	distinct?: number;
}

export interface DatasetMeta {
	id: string;
	name: string;
	source: ImportSource;
	importedAt: number;
	rowCount: number;
	columnCount: number;
	columns: ColumnMeta[];
	/** Approximate bytes the stored columns take. */
	storedBytes: number;
	warnings: ImportWarning[];
	/** Set on versions made from another dataset (duplicates removed, RFM table). */
	parentId?: string;
	derivation?: string;
}

/** One column's data as stored: numbers or dictionary codes. */
export type StoredColumn =
	| { kind: 'numeric'; values: Float64Array }
	| { kind: 'dictionary'; codes: Int32Array; dictionary: string[] };
