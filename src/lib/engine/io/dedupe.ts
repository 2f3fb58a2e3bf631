// Exact duplicate rows: rows equal in every column (missing equals missing, 0 equals -0). Rows are
// hashed column by column, and rows with the same hash are compared in full, so a hash collision
// never merges different rows.
import type { Table } from '../table';

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

function mix(hash: number, word: number): number {
	return Math.imul(hash ^ word, 0x01000193) >>> 0;
}

function rowHashes(table: Table): Uint32Array {
	const hashes = new Uint32Array(table.rowCount).fill(0x811c9dc5);
	for (const column of table.columns) {
		if (column.type === 'numeric') {
			const values = column.values;
			for (let i = 0; i < hashes.length; i++) {
				const v = values[i];
				scratch[0] = v !== v ? Number.NaN : v === 0 ? 0 : v;
				hashes[i] = mix(mix(hashes[i], scratchWords[0]), scratchWords[1]);
			}
		} else {
			const codes = column.codes;
			for (let i = 0; i < hashes.length; i++) hashes[i] = mix(hashes[i], codes[i]);
		}
	}
	return hashes;
}

function sameRow(table: Table, a: number, b: number): boolean {
	for (const column of table.columns) {
		if (column.type === 'numeric') {
			const x = column.values[a];
			const y = column.values[b];
			if (x !== y && !(x !== x && y !== y)) return false;
		} else if (column.codes[a] !== column.codes[b]) {
			return false;
		}
	}
	return true;
}

/**
 * How many rows repeat an earlier row, and the rows to keep (first occurrences, in order). Rows with
 * the same hash are chained in typed arrays (an open-addressing table of chain heads), not a Map of
 * arrays: at a million rows the Map cost half a second of the Data step's first look.
 */
export function findDuplicateRows(table: Table): { duplicates: number; keep: Int32Array } {
	const n = table.rowCount;
	const hashes = rowHashes(table);
	const size = 2 ** Math.ceil(Math.log2(Math.max(2, n * 2)));
	const mask = size - 1;
	// head[slot]: the last kept row whose hash landed in slot (-1: none); next[row]: the kept row before it there.
	const head = new Int32Array(size).fill(-1);
	const next = new Int32Array(n);
	const keep = new Int32Array(n);
	let kept = 0;
	for (let row = 0; row < n; row++) {
		const h = hashes[row];
		const slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
		let other = head[slot];
		while (other >= 0 && !(hashes[other] === h && sameRow(table, other, row))) other = next[other];
		if (other >= 0) continue;
		next[row] = head[slot];
		head[slot] = row;
		keep[kept++] = row;
	}
	return { duplicates: n - kept, keep: keep.slice(0, kept) };
}
