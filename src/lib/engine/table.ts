// The columnar table every part of the engine works on: what an import produces, what IndexedDB
// stores, what preparation reads. Numbers live in Float64Array (NaN = missing); everything else is
// dictionary-encoded (codes index into `dictionary`, -1 = missing).

/** What a column holds, as inferred on import and overridable by the user. */
export type ColumnType = 'numeric' | 'categorical' | 'datetime' | 'identifier' | 'text';

/** What a column is for in the analysis. */
export type ColumnRole = 'feature' | 'id' | 'label' | 'ignore';

/**
 * What a column means to the business, inferred on import (io/meaning.ts) and editable by the
 * analyst. It decides defaults (role, preparation) and the words segment names and actions use:
 * - spend: money spent or owed (Fresh, MntWines, PURCHASES, BALANCE, monetary)
 * - count: a count or frequency (NumWebPurchases, PURCHASES_FREQUENCY, frequency, Kidhome is not one)
 * - recency: days since the last activity (Recency, days_since_last)
 * - tenure: how long someone has been a customer (TENURE, months_on_book)
 * - demographic: who the customer is (Age, Income, Year_Birth, Kidhome, Teenhome, household)
 * - score: a score or rating on a fixed scale (Spending Score (1-100), satisfaction)
 * - flag: a 0/1 indicator that is not an outcome
 * - outcome: what happened after / what a model would predict (Response, AcceptedCmp1, Churn, Complain)
 * - code: a category written as a few distinct integers (Channel 1/2, Region 1/2/3)
 * - index: a row number (R's unnamed first column, "Unnamed: 0")
 * - identifier: a key naming one customer (CustomerID, CUST_ID)
 * - date: a calendar date or time
 * - category: text categories
 * - measure: any other number
 * - text: free text
 */
export type ColumnMeaning =
	| 'spend'
	| 'count'
	| 'recency'
	| 'tenure'
	| 'demographic'
	| 'score'
	| 'flag'
	| 'outcome'
	| 'code'
	| 'index'
	| 'identifier'
	| 'date'
	| 'category'
	| 'measure'
	| 'text';

export interface NumericColumn {
	name: string;
	type: 'numeric';
	role: ColumnRole;
	/** What the column means; absent on data stored before meanings existed (infer it then). */
	meaning?: ColumnMeaning;
	/** One value per row; NaN marks a missing value. */
	values: Float64Array;
}

export interface DictionaryColumn {
	name: string;
	type: 'categorical' | 'datetime' | 'identifier' | 'text';
	role: ColumnRole;
	/** What the column means; absent on data stored before meanings existed (infer it then). */
	meaning?: ColumnMeaning;
	/** One code per row indexing `dictionary`; -1 marks a missing value. */
	codes: Int32Array;
	/** Distinct raw strings in order of first appearance. */
	dictionary: string[];
	/** datetime only: the detected format, e.g. `YYYY-MM-DD HH:mm` or `M/D/YYYY H:mm`. */
	format?: string;
}

export type Column = NumericColumn | DictionaryColumn;

export interface Table {
	rowCount: number;
	columns: Column[];
}

export function isNumeric(column: Column): column is NumericColumn {
	return column.type === 'numeric';
}

export function findColumn(table: Table, name: string): Column {
	const column = table.columns.find((c) => c.name === name);
	if (!column) {
		const known = table.columns.map((c) => c.name).join(', ');
		throw new Error(`column "${name}" not found (columns: ${known})`);
	}
	return column;
}

/** The raw text of one cell, '' for missing. Numbers print without exponent noise. */
export function cellText(column: Column, row: number): string {
	if (column.type === 'numeric') {
		const v = column.values[row];
		return Number.isNaN(v) ? '' : String(v);
	}
	const code = column.codes[row];
	return code < 0 ? '' : column.dictionary[code];
}

/** True when the cell holds no value. */
export function isMissing(column: Column, row: number): boolean {
	return column.type === 'numeric' ? Number.isNaN(column.values[row]) : column.codes[row] < 0;
}

/** A new table holding only the given rows, in the given order. */
export function takeRows(table: Table, rows: ArrayLike<number>): Table {
	const n = rows.length;
	const columns = table.columns.map((column): Column => {
		if (column.type === 'numeric') {
			const values = new Float64Array(n);
			for (let i = 0; i < n; i++) values[i] = column.values[rows[i]];
			return { ...column, values };
		}
		const codes = new Int32Array(n);
		for (let i = 0; i < n; i++) codes[i] = column.codes[rows[i]];
		return { ...column, codes };
	});
	return { rowCount: n, columns };
}
