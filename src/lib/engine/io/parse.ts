// Streaming delimited text (CSV, TSV, semicolon, pipe) -> Table. Decoded text arrives in chunks of
// any size; Papa Parse's low-level Parser tokenises each chunk and leaves the unfinished last row
// (which may be inside a quoted field) for the next one, so the result does not depend on where the
// chunks were cut. The first `sniffChars` characters decide the line break, the delimiter and
// whether decimals are written with commas; cells then flow row batch by row batch into the
// TableBuilder's typed arrays.
import Papa from 'papaparse';
import type { Table } from '../table';
import { completeLines, detectDelimiter, detectNewline, sampleCells, type Newline } from './delimiter';
import { usesDecimalComma } from './decimalComma';
import { emptyFile } from './errors';
import { TableBuilder } from './tableBuilder';
import { withDefaults } from './options';
import type { WarningLog } from './warnings';

export interface DelimitedOptions {
	/** Named in errors and warnings. */
	fileName: string;
	/** Where warnings go. */
	warnings: WarningLog;
	/** Forces the delimiter instead of detecting it among , tab ; |. */
	delimiter?: string;
	/** Size of the whole input (bytes or characters), to size the column arrays; default unknown. */
	totalSize?: number;
	/** Characters read before the delimiter and decimal separator are chosen; default 65536. */
	sniffChars?: number;
	/** Rows read before column storage is chosen; default 2000. */
	sampleRows?: number;
}

export interface DelimitedResult {
	table: Table;
	delimiter: string;
	decimalComma: boolean;
}

interface PapaResult {
	data: string[][];
	errors: { code: string; row?: number }[];
	meta: { cursor: number };
}

const defaults = { sniffChars: 65536 };

/** The delimiter a file's extension promises, if any. */
function preferredDelimiter(fileName: string): string | undefined {
	const ext = /\.([a-z]+)$/i.exec(fileName)?.[1].toLowerCase();
	return ext === 'tsv' || ext === 'tab' ? '\t' : ext === 'psv' ? '|' : undefined;
}

/** Occurrences of `needle` in `text` before `end`. */
function countOccurrences(text: string, needle: string, end: number): number {
	let count = 0;
	for (let p = text.indexOf(needle); p !== -1 && p < end; p = text.indexOf(needle, p + needle.length)) count++;
	return count;
}

export class DelimitedParser {
	private readonly options: DelimitedOptions & typeof defaults;
	private held: string[] = [];
	private heldChars = 0;
	private parser: Papa.Parser | null = null;
	private builder: TableBuilder | null = null;
	private newline: Newline = '\n';
	private delimiter = ',';
	private decimalComma = false;
	/** Text after the last complete row. */
	private partial = '';
	/** When the last parse found no complete row, the input length to wait for before trying again. */
	private waitFor = 0;
	/** Characters consumed by complete rows, for the row-count estimate. */
	private consumed = 0;
	/** Characters and bytes pushed so far, to turn characters into bytes in that estimate. */
	private charsPushed = 0;
	private bytesPushed = 0;
	/** File line of the next row. */
	private line = 1;
	/** Whether any text other than white space arrived: a file of blank lines is empty, not header-only. */
	private hasContent = false;

	constructor(options: DelimitedOptions) {
		this.options = withDefaults(defaults, options);
	}

	/** Adds the next piece of text (any length, cut anywhere), decoded from `bytes` bytes (default its length). */
	push(text: string, bytes = text.length): void {
		this.charsPushed += text.length;
		this.bytesPushed += bytes;
		if (!this.hasContent) this.hasContent = /\S/.test(text);
		if (this.parser) {
			this.feed(text, false);
			return;
		}
		this.held.push(text);
		this.heldChars += text.length;
		if (this.heldChars >= this.options.sniffChars) this.start(false);
	}

	/** Parses what is left and returns the table. Throws ImportError for files without data. */
	finish(): DelimitedResult {
		if (!this.hasContent) throw emptyFile(this.options.fileName);
		if (!this.parser) this.start(true);
		this.feed('', true);
		return { table: this.builder!.finish(), delimiter: this.delimiter, decimalComma: this.decimalComma };
	}

	private start(whole: boolean): void {
		const sample = this.held.join('');
		this.newline = detectNewline(sample);
		const lines = completeLines(sample, this.newline, whole);
		this.delimiter = this.options.delimiter ?? detectDelimiter(lines, this.newline, preferredDelimiter(this.options.fileName));
		this.decimalComma = this.delimiter !== ',' && usesDecimalComma(sampleCells(lines, this.delimiter, this.newline));
		this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.newline, quoteChar: '"' });
		const { totalSize } = this.options;
		this.builder = new TableBuilder({
			fileName: this.options.fileName,
			decimalComma: this.decimalComma,
			warnings: this.options.warnings,
			sampleRows: this.options.sampleRows,
			estimateRows: totalSize ? (rows) => this.estimateRows(rows, totalSize) : undefined
		});
		const held = this.held;
		this.held = [];
		for (const text of held) this.feed(text, false);
	}

	/** Rows in the whole input, extrapolated from the bytes the first rows took, with 2% to spare. */
	private estimateRows(rows: number, totalSize: number): number {
		const bytesPerChar = this.charsPushed > 0 ? this.bytesPushed / this.charsPushed : 1;
		return (rows * totalSize * 1.02) / Math.max(this.consumed * bytesPerChar, 1) + 16;
	}

	private feed(text: string, final: boolean): void {
		const input = this.partial + text;
		if (input === '') return;
		// A row longer than a chunk (or a quote left open) is re-parsed from its start on every push;
		// waiting until the text has doubled keeps that linear. Papa returns only complete rows, so
		// the result is the same.
		if (!final && input.length < this.waitFor) {
			this.partial = input;
			return;
		}
		const result = this.parser!.parse(input, 0, !final) as PapaResult;
		const used = final ? input.length : result.meta.cursor;
		this.partial = final ? '' : input.substring(used);
		this.waitFor = used === 0 ? 2 * input.length : 0;
		this.consumed += used;
		const rows = result.data;
		if (rows.length === 0) return;
		const firstLine = this.line;
		const breaks = countOccurrences(input, this.newline, used);
		this.line += breaks;
		if (this.newline === '\n') {
			const crlf = input.indexOf('\r\n');
			if (crlf !== -1 && crlf < used) this.stripCarriageReturns(rows);
		}
		// Papa returns the text after the last line break as a row when told it is the end.
		const consecutive = breaks === (final ? rows.length - 1 : rows.length);
		const lines = consecutive ? null : this.lineNumbers(rows, firstLine);
		const lineOf = lines ? (i: number) => lines[i] : (i: number) => firstLine + i;
		this.reportQuoteErrors(result, lineOf);
		this.builder!.addRows(rows, lineOf);
	}

	/** Per-row lines when quoted values hold line breaks. */
	private lineNumbers(rows: readonly string[][], firstLine: number): Int32Array {
		const lines = new Int32Array(rows.length);
		let line = firstLine;
		for (let i = 0; i < rows.length; i++) {
			lines[i] = line;
			line++;
			for (const cell of rows[i]) if (cell.length >= this.newline.length) line += countOccurrences(cell, this.newline, cell.length);
		}
		return lines;
	}

	/**
	 * Files whose lines end with '\n' but some with '\r\n' (concatenated or re-edited files) leave a
	 * '\r' on those rows' last cells. Only done in chunks holding a '\r\n'; the price is that a quoted
	 * last value really ending in a lone '\r' loses it there.
	 */
	private stripCarriageReturns(rows: string[][]): void {
		for (const row of rows) {
			const last = row[row.length - 1];
			if (last.charCodeAt(last.length - 1) === 13) row[row.length - 1] = last.slice(0, -1);
		}
	}

	private reportQuoteErrors(result: PapaResult, lineOf: (i: number) => number): void {
		for (const error of result.errors) {
			// Errors on the held-back last row are re-found when its rest arrives.
			if (error.row === undefined || error.row >= result.data.length) continue;
			const line = lineOf(error.row);
			const message =
				error.code === 'MissingQuotes'
					? `A quoted value starting on line ${line} is never closed, so everything after it was read as one value. Check the quotes on that line.`
					: `Line ${line} has a quote inside a quoted value that is not doubled (""); it was kept as text. Check the quotes on that line.`;
			this.options.warnings.add({ kind: 'quotes', line, message });
		}
	}
}

/** Parses a whole text at once (pasted text, tests). */
export function parseDelimitedText(text: string, options: DelimitedOptions): DelimitedResult {
	const parser = new DelimitedParser(withDefaults({ totalSize: text.length }, options));
	parser.push(text);
	return parser.finish();
}
