// Where a shard's buffers sit in its instance's memory: the per-row part (rows, labels) and a list
// of one block of rows (the kernels go through rows a block at a time) laid out once, then the
// bounds (f32: the upper bound, then one lower bound a row for Hamerly, groups + 1 for Yinyang) and
// the per-centre part, laid out again when k changes, and a scratch area after both for call
// arguments. k-means++'s distances to the nearest chosen centre (f64) borrow the bounds' first 8
// bytes a row (seeding and passes never overlap; the shard makes start() come after seeding), as
// the TypeScript shard does. Per row: 8d bytes of values, 12 of state with Hamerly's bounds,
// 8 + 4 x (groups + 1) with Yinyang's (k = 200: 5 groups, 32 bytes). Grows the memory as needed (in
// place: V8 reserves it up front, and only pages written count); views are made per use, since
// growing detaches the old ArrayBuffer.
import type { KernelExports } from './kernels';

const page = 65536;
/** Rows a block: the kernels' list of rows to recompute (and finish()'s labels) holds one block, 16 KB. */
const blockRows = 4096;
const align = (bytes: number) => Math.ceil(bytes / 16) * 16;

export interface ShardMemory {
	readonly X: number;
	readonly list: number;
	/** Length of the list: rows a block. */
	readonly listRows: number;
	readonly labels: number;
	CT: number;
	perm: number;
	centres: number;
	sums: number;
	counts: number;
	shifts: number;
	half: number;
	others: number;
	groupStart: number;
	groupOf: number;
	groupShift: number;
	groups: number;
	f64(at: number, length: number): Float64Array;
	i32(at: number, length: number): Int32Array;
	/** Lays out k centres (kp positions, `groups` groups, `bounds` lower bounds a row) and tells the kernels. */
	layoutCentres(k: number, kp: number, groups: number, bounds: number, margin: number): void;
	/** Start of a scratch area of at least `bytes`. */
	scratch(bytes: number): number;
	scratchAt(): number;
}

export function createShardMemory(ex: KernelExports, rows: number, d: number): ShardMemory {
	let end = align(ex.heapBase());
	const take = (bytes: number) => {
		const at = end;
		end += align(bytes);
		return at;
	};
	const X = take(rows * d * 8);
	const labels = take(rows * 4);
	const listRows = Math.min(rows, blockRows);
	const list = take(listRows * 4);
	const perRowEnd = end;
	const upper = take(rows * 4);
	take(rows * 4);
	let scratchStart = end;

	function ensure(bytes: number): void {
		const have = ex.memory.buffer.byteLength;
		if (bytes > have) ex.memory.grow(Math.ceil((bytes - have) / page));
	}
	ensure(end);
	// closest (rows f64) spans upper and the first lower bounds: at least 8 bytes a row whatever k.
	ex.setRows(X, d, rows, labels, upper, upper, list, listRows);

	const mem: ShardMemory = {
		X,
		list,
		listRows,
		labels,
		CT: 0,
		perm: 0,
		centres: 0,
		sums: 0,
		counts: 0,
		shifts: 0,
		half: 0,
		others: 0,
		groupStart: 0,
		groupOf: 0,
		groupShift: 0,
		groups: 1,
		f64: (at, length) => new Float64Array(ex.memory.buffer, at, length),
		i32: (at, length) => new Int32Array(ex.memory.buffer, at, length),
		layoutCentres(k, kp, groups, bounds, margin) {
			end = perRowEnd;
			take(rows * 4);
			const lower = take(rows * bounds * 4);
			mem.CT = take(d * kp * 8);
			mem.perm = take(kp * 4);
			mem.centres = take(k * d * 8);
			mem.sums = take(k * d * 8);
			mem.counts = take(k * 8);
			mem.shifts = take(k * 8);
			mem.half = take(k * 8);
			mem.others = take(k * 8);
			mem.groupStart = take((groups + 1) * 4);
			mem.groupOf = take(k * 4);
			mem.groupShift = take(groups * 8);
			const groupScratch = take(groups * 8 * 8);
			mem.groups = groups;
			scratchStart = end;
			ensure(end);
			ex.setCentres(mem.CT, kp, k, mem.perm, mem.centres, mem.sums, mem.counts, mem.shifts, mem.half, mem.others);
			ex.setGroups(groups, lower, mem.groupStart, mem.groupOf, mem.groupShift, groupScratch, margin);
		},
		scratch(bytes) {
			ensure(scratchStart + align(bytes));
			return scratchStart;
		},
		scratchAt: () => scratchStart
	};
	return mem;
}
