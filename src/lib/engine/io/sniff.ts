// What a file is, from its name and first bytes: an .xlsx workbook (a zip, whatever its name), JSON
// (an array at the top), delimited text, or something this app cannot read.

export type SniffedFormat = 'empty' | 'xlsx' | 'json' | 'delimited' | 'binary' | 'xls' | 'utf-16';

/** Bytes looked at to tell text from binary. */
export const sniffBytes = 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

/** NUL bytes, or more than a few control characters other than tab, line breaks and form feed. */
function looksBinary(head: Uint8Array): boolean {
	let controls = 0;
	const n = Math.min(head.length, sniffBytes);
	for (let i = 0; i < n; i++) {
		const b = head[i];
		if (b === 0) return true;
		if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
	}
	return controls > Math.max(2, n / 100);
}

function extension(fileName: string): string {
	const dot = fileName.lastIndexOf('.');
	return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** 'json' when the text opens a JSON array of records (or any JSON value, for unknown extensions). */
export function sniffText(text: string, fileName: string): 'json' | 'delimited' {
	const ext = extension(fileName);
	if (ext === 'json') return 'json';
	const t = text.replace(/^\uFEFF/, '').trimStart();
	if (/^\[\s*[{\]]/.test(t)) return 'json';
	const textExtension = ['csv', 'tsv', 'tab', 'txt', 'psv'].includes(ext);
	return !textExtension && (t.startsWith('[') || t.startsWith('{')) ? 'json' : 'delimited';
}

/** The format of a file from its first bytes (at least `sniffBytes` of them when it is that long). */
export function sniffFormat(head: Uint8Array, fileName: string): SniffedFormat {
	if (head.length === 0) return 'empty';
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
	if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
	if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return 'utf-16';
	if (looksBinary(head)) return 'binary';
	// Only the opening characters matter, and they are ASCII in any encoding this app reads.
	const bom = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
	return sniffText(new TextDecoder('windows-1252').decode(head.subarray(bom, bom + 256)), fileName);
}
