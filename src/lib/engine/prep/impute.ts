// Missing values: which rows a 'drop' column removes, and the fill value a statistic learns from
// the kept rows' non-missing values (mean, median as pandas, mode with ties to the smallest value,
// categoricals: the most frequent category, ties to the first seen).
import { assertNever } from '../assert';
import { quantiles } from './select';
import type { Column, DictionaryColumn, NumericColumn } from '../table';
import type { Imputation } from './recipe';

/** The non-missing values of `rows`, in row order. */
export function presentValues(values: Float64Array, rows: Int32Array): Float64Array {
	const out = new Float64Array(rows.length);
	let n = 0;
	for (let i = 0; i < rows.length; i++) {
		const v = values[rows[i]];
		if (!Number.isNaN(v)) out[n++] = v;
	}
	return out.subarray(0, n);
}

/** The fill value of a numeric column over `rows`; null for 'drop'. NaN when no row has a value. */
export function numericFill(column: NumericColumn, rows: Int32Array, impute: Imputation): number | null {
	if (impute === 'drop') return null;
	if (typeof impute === 'object') return impute.constant;
	const present = presentValues(column.values, rows);
	switch (impute) {
		case 'mean':
			return mean(present);
		case 'median':
			return quantiles(present, [0.5])[0];
		case 'mode':
			return numericMode(present);
		default:
			return assertNever(impute);
	}
}

export function mean(values: ArrayLike<number>): number {
	let s = 0;
	for (let i = 0; i < values.length; i++) s += values[i];
	return values.length ? s / values.length : Number.NaN;
}

function numericMode(values: Float64Array): number {
	const sorted = Float64Array.from(values).sort();
	let best = Number.NaN;
	let bestCount = 0;
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j < sorted.length && sorted[j] === sorted[i]) j++;
		if (j - i > bestCount) {
			best = sorted[i];
			bestCount = j - i;
		}
		i = j;
	}
	return best;
}

/** Rows per dictionary code over `rows` (missing not counted). */
export function codeCounts(column: DictionaryColumn, rows: Int32Array): Float64Array {
	const counts = new Float64Array(column.dictionary.length);
	for (let i = 0; i < rows.length; i++) {
		const code = column.codes[rows[i]];
		if (code >= 0) counts[code]++;
	}
	return counts;
}

/** The most frequent category over `rows` (ties: first seen); null when every value is missing. */
export function categoricalMode(column: DictionaryColumn, rows: Int32Array): string | null {
	const counts = codeCounts(column, rows);
	let best = -1;
	for (let c = 0; c < counts.length; c++) if (counts[c] > 0 && (best < 0 || counts[c] > counts[best])) best = c;
	return best < 0 ? null : column.dictionary[best];
}

/** Whether every value of the column is missing. */
export function allMissing(column: Column): boolean {
	if (column.type === 'numeric') return column.values.every(Number.isNaN);
	return column.codes.every((code) => code < 0);
}

/** The imputation a column really gets: categoricals only drop or take the mode; default 'drop'. */
export function effectiveImputation(kind: 'numeric' | 'categorical', requested: Imputation | undefined): Imputation {
	const impute = requested ?? 'drop';
	if (kind === 'categorical' && impute !== 'drop') return 'mode';
	return impute;
}
