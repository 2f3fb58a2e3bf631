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

/** How many rows repeat an earlier row, and the rows to keep (first occurrences, in order). */
export function findDuplicateRows(table: Table): { duplicates: number; keep: Int32Array } {
	const hashes = rowHashes(table);
	const seen = new Map<number, number[]>();
	const keep = new Int32Array(table.rowCount);
	let kept = 0;
	for (let row = 0; row < table.rowCount; row++) {
		const bucket = seen.get(hashes[row]);
		if (bucket === undefined) {
			seen.set(hashes[row], [row]);
		} else if (bucket.some((other) => sameRow(table, other, row))) {
			continue;
		} else {
			bucket.push(row);
		}
		keep[kept++] = row;
	}
	return { duplicates: table.rowCount - kept, keep: keep.slice(0, kept) };
}
