// A snapshot is one labelling of customers at one time: who (ids) is in which segment (labels).
// Rows that could not be labelled (no id, or values the model cannot take) are not in ids/labels
// but counted and listed in `invalid`, so the counts always add up to the file's rows.

/** One row left out of a snapshot, with its 1-based data row number (the header is not a row). */
export interface InvalidRow {
	row: number;
	reason: string;
}

export interface Snapshot {
	/** What the analyst calls it: the file name, or the run's dataset for the baseline. */
	name: string;
	/** Customer id of every labelled row, normalised (see idText). */
	ids: string[];
	/** Engine label (0-based, 0 = largest segment) of every labelled row, aligned with ids. */
	labels: Int32Array;
	/** 1-based data row of every labelled row in the file, aligned with ids. */
	rows: Int32Array;
	/** Rows in the file, labelled or not. */
	rowCount: number;
	/** Rows left out, at most maxListedInvalid of them; invalidCount has them all. */
	invalid: InvalidRow[];
	invalidCount: number;
}

/** Invalid rows listed by row number; the rest are only counted (a bad file must not fill the store). */
export const maxListedInvalid = 1000;
