// Rows of cell texts -> Table, whatever the file format. The first non-blank row names the columns;
// the next `sampleRows` rows are held back to choose each column's storage, after which cells go
// straight into typed arrays. Numeric columns that later turn out to be mostly text are re-encoded
// as dictionaries; blank rows are skipped; short rows are padded and long rows cut, with warnings.
import type { Column, Table } from '../table';
import { DictionaryBuilder, NumericBuilder, type ColumnBuilder, type LineOf } from './columnBuilders';
import { emptyFile, headerOnly, maxColumns, noColumns, tooManyColumns } from './errors';
import { uniqueHeaders } from './header';
import { dictionaryColumn, inferStorage, maxUnparsedShare } from './infer';
import { defaultRole, withMeaning } from './roles';
import { withDefaults } from './options';
import type { WarningLog } from './warnings';

export interface TableBuilderOptions {
	/** Named in error messages. */
	fileName: string;
	/** Cells write decimals with a comma ('3,5'); default false. */
	decimalComma?: boolean;
	/** Where warnings go. */
	warnings: WarningLog;
	/** Rows read before each column's storage is chosen; default 2000. */
	sampleRows?: number;
	/** Expected total rows given the rows read so far, to size the arrays once; default no guess. */
	estimateRows?: (rowsSoFar: number) => number;
	/** Added after the file name in errors, e.g. ` (sheet "Q1")`; default none. */
	where?: string;
	/** Skip rows that are one blank cell (blank lines of a text file); default true. */
	skipBlankRows?: boolean;
}

const defaults = { decimalComma: false, sampleRows: 2000, where: '', skipBlankRows: true };

/** While streaming, a numeric column becomes a dictionary once this many cells, and this share, were not numbers. */
const giveUpCount = 20;
const giveUpShare = 0.1;

function isBlankRow(row: readonly string[]): boolean {
	if (row.length !== 1) return false;
	const cell = row[0];
	return cell.length === 0 || cell.trim() === '';
}

export class TableBuilder {
	private readonly options: TableBuilderOptions & typeof defaults;
	private names: string[] | null = null;
	private blankNames: boolean[] = [];
	private width = 0;
	private pending: string[][] = [];
	private pendingLines: (number | undefined)[] = [];
	private builders: ColumnBuilder[] | null = null;
	/** Data rows so far (the header is not one). */
	rowCount = 0;

	constructor(options: TableBuilderOptions) {
		this.options = withDefaults(defaults, options);
	}

	/** Adds rows in file order; `lineOf(i)` is the file line of rows[i]. The first non-blank row is the header. */
	addRows(rows: string[][], lineOf?: LineOf): void {
		let kept = rows;
		let keptLine = lineOf;
		if (this.options.skipBlankRows && rows.some(isBlankRow)) {
			const index: number[] = [];
			kept = [];
			rows.forEach((row, i) => {
				if (!isBlankRow(row)) {
					kept.push(row);
					index.push(i);
				}
			});
			keptLine = lineOf && ((i) => lineOf(index[i]));
		}
		if (this.names === null) {
			if (kept.length === 0) return;
			this.setHeader(kept[0]);
			kept = kept.slice(1);
			const shifted = keptLine;
			keptLine = shifted && ((i) => shifted(i + 1));
		}
		if (kept.length === 0) return;
		this.checkWidths(kept, keptLine);
		if (this.builders === null) {
			for (let i = 0; i < kept.length; i++) {
				this.pending.push(kept[i]);
				this.pendingLines.push(keptLine?.(i));
			}
			if (this.pending.length >= this.options.sampleRows) this.startColumns();
		} else {
			this.append(kept, keptLine);
		}
		this.rowCount += kept.length;
	}

	private setHeader(row: readonly string[]): void {
		if (row.length > maxColumns) throw tooManyColumns(this.options.fileName, this.options.where, row.length);
		this.names = uniqueHeaders(row, this.options.warnings);
		this.blankNames = row.map((name) => name.trim() === '');
		this.width = row.length;
	}

	private checkWidths(rows: readonly string[][], lineOf?: LineOf): void {
		const width = this.width;
		for (let i = 0; i < rows.length; i++) {
			const n = rows[i].length;
			if (n === width) continue;
			const where = { row: this.rowCount + i + 1, line: lineOf?.(i) };
			if (n < width) {
				const missing = width - n;
				this.options.warnings.add({
					kind: 'ragged-row',
					...where,
					message: `Has ${n} field${n === 1 ? '' : 's'} where the header has ${width}; the last ${missing === 1 ? 'value was' : `${missing} values were`} left missing.`
				});
			} else if (rows[i].slice(width).some((cell) => cell.trim() !== '')) {
				this.options.warnings.add({
					kind: 'ragged-row',
					...where,
					message: `Has ${n} fields where the header has ${width}; the ${n - width} extra value${n - width === 1 ? ' was' : 's were'} dropped.`
				});
			}
		}
	}

	private startColumns(): void {
		const { decimalComma, estimateRows } = this.options;
		const rows = this.pending;
		const capacity = Math.max(rows.length, Math.ceil(estimateRows?.(rows.length) ?? 0));
		this.builders = this.names!.map((name, j) => {
			const sample = rows.map((row) => row[j] ?? '');
			return inferStorage(name, sample, decimalComma) === 'numeric'
				? new NumericBuilder(capacity, decimalComma)
				: new DictionaryBuilder(capacity);
		});
		const lines = this.pendingLines;
		this.append(rows, (i) => lines[i]);
		this.pending = [];
		this.pendingLines = [];
	}

	private append(rows: readonly string[][], lineOf?: LineOf): void {
		const builders = this.builders!;
		for (let j = 0; j < builders.length; j++) {
			const builder = builders[j];
			if (builder.kind === 'numeric') {
				builder.appendColumn(rows, j, lineOf);
				if (builder.unparsed.length >= giveUpCount && builder.unparsedShare() > giveUpShare) this.retype(j);
			} else {
				builder.appendColumn(rows, j);
			}
		}
	}

	/** Turns numeric column j into a dictionary, saying why. */
	private retype(j: number): void {
		const builder = this.builders![j] as NumericBuilder;
		const [first] = builder.unparsed;
		this.options.warnings.summarize({
			kind: 'retyped',
			column: this.names![j],
			count: builder.unparsed.length,
			message: `Looked numeric in the first rows, but ${builder.unparsed.length.toLocaleString('en-US')} values are not numbers (the first is "${first.text}" in row ${first.row + 1}), so the column was read as text. Its numbers are shown as JavaScript writes them (e.g. 1.5).`
		});
		this.builders![j] = builder.toDictionary();
	}

	/** The finished table. Throws ImportError when there is no header, no data row or no usable column. */
	finish(): Table {
		const { fileName, where, warnings } = this.options;
		if (this.names === null) throw emptyFile(fileName);
		if (this.rowCount === 0) throw headerOnly(fileName, where);
		if (this.builders === null) this.startColumns();
		const columns: Column[] = [];
		let withValues = 0;
		this.builders!.forEach((builder, j) => {
			if (builder.kind === 'numeric' && builder.unparsedShare() > maxUnparsedShare) this.retype(j);
			const { column, empty } = this.finishColumn(j);
			if (empty && this.blankNames[j]) {
				warnings.summarize({ kind: 'empty-column', column: column.name, message: `Column ${j + 1} has no name and no values; it was left out.` });
				return;
			}
			if (!empty) withValues++;
			columns.push(column);
		});
		if (columns.length === 0) throw noColumns(fileName, where, 'every column has a blank name and no values');
		if (withValues === 0) throw noColumns(fileName, where, 'no column holds any value');
		return { rowCount: this.rowCount, columns };
	}

	private finishColumn(j: number): { column: Column; empty: boolean } {
		const name = this.names![j];
		const builder = this.builders![j];
		if (builder.kind === 'numeric') {
			this.reportUnparsedNumbers(name, builder);
			const column: Column = withMeaning({ name, type: 'numeric', role: defaultRole('numeric'), values: builder.finish() });
			return { column, empty: builder.nonMissing === 0 && builder.unparsed.length === 0 };
		}
		const { column: typed, unparsedDates } = dictionaryColumn(name, builder.finish(), builder.dictionary);
		const column = withMeaning(typed);
		if (unparsedDates) this.reportUnparsedDates(column.name, column.codes, column.dictionary, unparsedDates, column.format!);
		return { column, empty: column.dictionary.length === 0 };
	}

	private reportUnparsedNumbers(column: string, builder: NumericBuilder): void {
		const { warnings } = this.options;
		const n = builder.unparsed.length;
		if (n === 0) return;
		warnings.summarize({ kind: 'unparsed-number', column, count: n, message: `${n.toLocaleString('en-US')} value${n === 1 ? ' is' : 's are'} not numbers and ${n === 1 ? 'was' : 'were'} left missing.` });
		for (const { row, line, text } of builder.unparsed) {
			warnings.add({ kind: 'unparsed-number', row: row + 1, line, column, message: `"${text}" is not a number; it was left missing.` });
		}
	}

	private reportUnparsedDates(column: string, codes: Int32Array, dictionary: readonly string[], failed: Uint8Array, format: string): void {
		const { warnings } = this.options;
		let n = 0;
		for (let row = 0; row < codes.length; row++) {
			const code = codes[row];
			if (code < 0 || !failed[code]) continue;
			n++;
			warnings.add({ kind: 'unparsed-date', row: row + 1, column, message: `"${dictionary[code]}" does not match the date pattern ${format}; it counts as a missing date.` });
		}
		if (n > 0) {
			warnings.summarize({ kind: 'unparsed-date', column, count: n, message: `${n.toLocaleString('en-US')} value${n === 1 ? ' does' : 's do'} not match the date pattern ${format} and count as missing dates.` });
		}
	}
}
