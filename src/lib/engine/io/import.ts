// Import entry points: a Blob (a browser File, or fs.openAsBlob in Node) or pasted text -> Table,
// with warnings and a description of the source. Delimited text streams in chunks, so a file is
// never held in memory as text or as rows; JSON and .xlsx are read whole.
import { checkStop, type LongTaskOptions } from '../progress';
import type { Table } from '../table';
import { assertNever } from '../assert';
import { blobChunks } from './blobChunks';
import { ChunkDecoder, decodeBytes, InvalidUtf8Error, windows1252Message, type TextEncodingName } from './decode';
import { emptyFile, ImportError } from './errors';
import { parseJsonRecords } from './json';
import { withDefaults } from './options';
import { DelimitedParser, parseDelimitedText } from './parse';
import { sniffBytes, sniffFormat, sniffText, type SniffedFormat } from './sniff';
import { WarningLog, type ImportWarning } from './warnings';
import { listSheets as listWorkbookSheets, readXlsx } from './xlsx';

export { ImportError, type ImportErrorCode } from './errors';
export type { ImportWarning } from './warnings';

export interface ImportOptions extends LongTaskOptions {
	/** The file's name, used for the format and in every message. */
	fileName: string;
	/** .xlsx: the sheet to read; default the first. */
	sheet?: string;
	/** Delimited text: forces the delimiter instead of detecting it. */
	delimiter?: string;
	/** Bytes decoded and parsed at a time; default 64 KiB, which keeps each step's strings in cache (tests use tiny chunks). */
	chunkBytes?: number;
	/** Characters looked at to detect the delimiter and decimal commas; default 65536. */
	sniffChars?: number;
}

export interface ImportSource {
	fileName: string;
	byteSize: number;
	format: 'csv' | 'tsv' | 'json' | 'xlsx';
	delimiter?: string;
	decimalComma?: boolean;
	encoding: 'utf-8' | 'windows-1252';
	sheet?: string;
	sheets?: string[];
}

export interface ImportResult {
	table: Table;
	warnings: ImportWarning[];
	source: ImportSource;
}

const defaults = { chunkBytes: 1 << 16 };

/**
 * Bytes read from a Blob at a time. Each read has a fixed cost, so parsing steps are smaller than
 * reads; 256 KiB measured best in Node (1 MiB reads raised the peak memory by up to 80 MB, as freed
 * read buffers waited for the garbage collector).
 */
const readBytes = 1 << 18;

function delimitedFormat(delimiter: string): 'csv' | 'tsv' {
	return delimiter === '\t' ? 'tsv' : 'csv';
}

function unreadable(format: Exclude<SniffedFormat, 'xlsx' | 'json' | 'delimited'>, fileName: string): ImportError {
	switch (format) {
		case 'empty':
			return emptyFile(fileName);
		case 'binary':
			return new ImportError(
				'binary',
				fileName,
				`"${fileName}" looks like a binary file, not a text table: it has NUL or control bytes near the start. Choose a CSV, TSV, JSON or .xlsx file.`
			);
		case 'xls':
			return new ImportError(
				'unsupported',
				fileName,
				`"${fileName}" is an old Excel 97-2003 workbook (.xls), which Segment Lab cannot read. Open it in a spreadsheet program and save it as .xlsx or CSV.`
			);
		case 'utf-16':
			return new ImportError(
				'unsupported',
				fileName,
				`"${fileName}" is saved as UTF-16 (Excel's "Unicode Text"), which Segment Lab cannot read. Save it as "CSV UTF-8" and import it again.`
			);
		default:
			return assertNever(format);
	}
}

/** Streams a delimited file through one encoding; throws InvalidUtf8Error when UTF-8 turns out wrong. */
async function streamDelimited(blob: Blob, options: ImportOptions & typeof defaults, encoding: TextEncodingName, warnings: WarningLog) {
	const decoder = new ChunkDecoder(encoding);
	const parser = new DelimitedParser({
		fileName: options.fileName,
		warnings,
		delimiter: options.delimiter,
		totalSize: blob.size,
		sniffChars: options.sniffChars
	});
	const step = options.chunkBytes;
	for await (const chunk of blobChunks(blob, Math.max(readBytes, step), options)) {
		const { bytes } = chunk;
		for (let start = 0; start < bytes.length; start += step) {
			const piece = bytes.subarray(start, start + step);
			const last = chunk.last && start + step >= bytes.length;
			parser.push(decoder.decode(piece, last), piece.length);
		}
		options.onProgress?.(chunk.end / blob.size);
	}
	return parser.finish();
}

async function importDelimited(blob: Blob, options: ImportOptions & typeof defaults): Promise<ImportResult> {
	let encoding: TextEncodingName = 'utf-8';
	let warnings = new WarningLog();
	let result;
	try {
		result = await streamDelimited(blob, options, encoding, warnings);
	} catch (error) {
		if (!(error instanceof InvalidUtf8Error)) throw error;
		encoding = 'windows-1252';
		warnings = new WarningLog();
		warnings.summarize({ kind: 'encoding', message: windows1252Message(options.fileName) });
		result = await streamDelimited(blob, options, encoding, warnings);
	}
	const { table, delimiter, decimalComma } = result;
	return {
		table,
		warnings: warnings.list(),
		source: { fileName: options.fileName, byteSize: blob.size, format: delimitedFormat(delimiter), delimiter, decimalComma, encoding }
	};
}

function importJsonText(text: string, encoding: TextEncodingName, byteSize: number, fileName: string): ImportResult {
	const warnings = new WarningLog();
	if (encoding === 'windows-1252') warnings.summarize({ kind: 'encoding', message: windows1252Message(fileName) });
	const table = parseJsonRecords(text, { fileName, warnings });
	return { table, warnings: warnings.list(), source: { fileName, byteSize, format: 'json', encoding } };
}

/**
 * Reads a CSV/TSV/semicolon/pipe text file, a JSON array of records or an .xlsx sheet into a Table.
 * The format comes from the first bytes (a zip is a workbook whatever its name) and the name.
 * Reports progress as the fraction of bytes read; throws CancelledError when `shouldStop` says so,
 * and ImportError with a message for the user when the file cannot be imported.
 */
export async function importBlob(blob: Blob, options: ImportOptions): Promise<ImportResult> {
	const settings = withDefaults(defaults, options);
	const { fileName } = settings;
	checkStop(settings);
	const head = new Uint8Array(await blob.slice(0, sniffBytes).arrayBuffer());
	const format = sniffFormat(head, fileName);
	switch (format) {
		case 'delimited':
			return importDelimited(blob, settings);
		case 'json': {
			const { text, encoding } = decodeBytes(new Uint8Array(await blob.arrayBuffer()));
			checkStop(settings);
			const result = importJsonText(text, encoding, blob.size, fileName);
			settings.onProgress?.(1);
			return result;
		}
		case 'xlsx': {
			const warnings = new WarningLog();
			const { table, sheet, sheets } = await readXlsx(blob, { fileName, warnings, sheet: settings.sheet });
			settings.onProgress?.(1);
			return { table, warnings: warnings.list(), source: { fileName, byteSize: blob.size, format: 'xlsx', encoding: 'utf-8', sheet, sheets } };
		}
		default:
			throw unreadable(format, fileName);
	}
}

function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// A surrogate pair is 4 bytes: 2 counted here for each half.
		bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
	}
	return bytes;
}

/** Pasted text (delimited or JSON) -> Table, synchronously. Throws ImportError like importBlob. */
export function importText(text: string, options: ImportOptions): ImportResult {
	const { fileName } = options;
	const byteSize = utf8Length(text);
	if (text.replace(/^\uFEFF/, '').trim() === '') throw emptyFile(fileName);
	if (sniffText(text, fileName) === 'json') return importJsonText(text, 'utf-8', byteSize, fileName);
	const warnings = new WarningLog();
	const { table, delimiter, decimalComma } = parseDelimitedText(text.replace(/^\uFEFF/, ''), {
		fileName,
		warnings,
		delimiter: options.delimiter,
		sniffChars: options.sniffChars
	});
	return {
		table,
		warnings: warnings.list(),
		source: { fileName, byteSize, format: delimitedFormat(delimiter), delimiter, decimalComma, encoding: 'utf-8' }
	};
}

/** The sheet names of an .xlsx workbook. Throws ImportError (naming the File's name) when it is not one. */
export function listSheets(blob: Blob, fileName?: string): Promise<string[]> {
	const name = fileName ?? (typeof (blob as File).name === 'string' ? (blob as File).name : 'the workbook');
	return listWorkbookSheets(blob, name);
}
