// Inputs read through a derivation: an integer code column (Channel 1/2, meaning 'code') enters the
// recipe as categories, so it is one-hot encoded and never scaled as a number; a date column enters
// as days since an as-of date, so "Dt_Customer" becomes customer tenure in days. prepare() decides
// the derivation (deriveFor) and stores it in the fitted input; applyFitted() reads new rows the
// same way (derivedColumn), with the same as-of date.
import { dictionaryFromTexts } from '../io/dictionary';
import type { Column, DictionaryColumn, NumericColumn } from '../table';
import { msPerDay, readDates, startOfDay } from './rfmDates';
import type { ColumnStep, FittedInput, InputDerivation } from './recipe';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The feature name of a days-since input, e.g. "Dt_Customer: days since". */
export function daysSinceName(column: string): string {
	return `${column}: days since`;
}

/** The name the input's numeric feature takes. */
export function inputFeatureName(input: Pick<FittedInput, 'column' | 'derive'>): string {
	return input.derive?.kind === 'daysSince' ? daysSinceName(input.column) : input.column;
}

function parseAsOf(column: string, asOf: string): number {
	const m = isoDate.exec(asOf);
	const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
	if (Number.isNaN(ms)) throw new Error(`column "${column}": the as-of date "${asOf}" is not a date written YYYY-MM-DD`);
	return ms;
}

function formatIsoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** The derivation a step and its column call for at fitting time, or undefined to read the column as stored. */
export function deriveFor(column: Column, step: ColumnStep): InputDerivation | undefined {
	if (column.type === 'datetime' || step.daysSince) {
		const { ms, format } = readDates(column);
		const pattern = column.type === 'numeric' ? {} : { format };
		if (step.daysSince?.asOf) return { kind: 'daysSince', asOf: step.daysSince.asOf, ...pattern };
		let latest = -Infinity;
		for (const v of ms) if (v > latest) latest = v;
		if (latest === -Infinity) throw new Error(`column "${column.name}" has no readable dates to count days from`);
		// The day after the latest date, so the most recent row counts 1 day rather than 0.
		return { kind: 'daysSince', asOf: formatIsoDate(startOfDay(latest) + msPerDay), ...pattern };
	}
	if (column.type === 'numeric' && column.meaning === 'code') return { kind: 'code' };
	return undefined;
}

function codesAsCategories(column: Column): Column {
	if (column.type !== 'numeric') return column;
	const values = column.values;
	const { codes, dictionary } = dictionaryFromTexts(values.length, (row) => (Number.isNaN(values[row]) ? undefined : String(values[row])));
	const categorical: DictionaryColumn = { name: column.name, type: 'categorical', role: column.role, codes, dictionary };
	if (column.meaning) categorical.meaning = column.meaning;
	return categorical;
}

function daysBefore(column: Column, asOf: string, format: string | undefined): NumericColumn {
	const end = parseAsOf(column.name, asOf);
	const { ms } = readDates(format && column.type !== 'numeric' ? { ...column, format } : column);
	const values = new Float64Array(ms.length);
	for (let i = 0; i < ms.length; i++) values[i] = (end - ms[i]) / msPerDay;
	return { name: column.name, type: 'numeric', role: column.role, values };
}

/** True when the input reads numbers from its column (false for categories, codes and dates). */
export function readsNumbers(input: Pick<FittedInput, 'kind' | 'derive'>): boolean {
	return input.kind === 'numeric' && input.derive?.kind !== 'daysSince';
}

/** The column as the input reads it: unchanged without a derivation. Throws naming the column when its dates cannot be read. */
export function derivedColumn(column: Column, derive: InputDerivation | undefined): Column {
	if (!derive) return column;
	return derive.kind === 'code' ? codesAsCategories(column) : daysBefore(column, derive.asOf, derive.format);
}
