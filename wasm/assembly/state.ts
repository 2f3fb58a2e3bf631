// The shard's memory layout. One WebAssembly instance holds one shard, so its layout lives in module
// globals the host sets once per shape (rows on creation, centres when k changes) and the kernels read.
// Every buffer is allocated by the host above __heap_base; this module never allocates.

/** Rows, row-major f64 (n x d). */
export let X: usize = 0;
export let d: i32 = 0;
export let n: i32 = 0;
/**
 * Per row: label (i32), upper bound (f32), lower bounds (f32: one for Hamerly, groups + 1 for Yinyang),
 * k-means++ distance (f64; n of them over the bounds' memory, which starts with upper: seeding and
 * passes never overlap).
 */
export let labels: usize = 0;
export let upper: usize = 0;
export let lower: usize = 0;
export let closest: usize = 0;
/** Scratch of listRows i32 (a block of rows, not n): a block's rows the bounds could not settle, or its labels in finish(). */
export let list: usize = 0;
export let listRows: i32 = 0;

/** Centres transposed: for feature t, kp values from CT + t * kp * 8, in group order, padded with +Infinity. */
export let CT: usize = 0;
export let kp: i32 = 0;
export let k: i32 = 0;
/** Position in CT -> centre index (i32, -1 for padding). */
export let perm: usize = 0;
/** Centres row-major in centre order (k x d), the ones the bounds refer to. */
export let centres: usize = 0;
export let sums: usize = 0;
export let counts: usize = 0;
/**
 * Per centre: summed moves since the bounds were last exact (S), half the gap to the nearest other
 * centre, and (Hamerly) the summed largest move of the other centres (O).
 */
export let shifts: usize = 0;
export let half: usize = 0;
export let others: usize = 0;
/** Yinyang groups: count, first position of each (groups + 1 values, i32), group of each centre (i32), largest shift in each (f64). */
export let groups: i32 = 1;
export let groupStart: usize = 0;
export let groupOf: usize = 0;
export let groupShift: usize = 0;
/** Scratch of 8 x groups f64 for the per-row group minima (two rows in the first pass). */
export let groupScratch: usize = 0;
/** Bounds closer than this are treated as ties and recomputed exactly. */
export let margin: f64 = 0;

export function heapBase(): usize {
	return __heap_base;
}

export function setRows(x: usize, cols: i32, rows: i32, labelsAt: usize, upperAt: usize, closestAt: usize, listAt: usize, listLength: i32): void {
	X = x;
	d = cols;
	n = rows;
	labels = labelsAt;
	upper = upperAt;
	closest = closestAt;
	list = listAt;
	listRows = listLength;
}

export function setCentres(ct: usize, padded: i32, count: i32, permAt: usize, centresAt: usize, sumsAt: usize, countsAt: usize, shiftsAt: usize, halfAt: usize, othersAt: usize): void {
	CT = ct;
	kp = padded;
	k = count;
	perm = permAt;
	centres = centresAt;
	sums = sumsAt;
	counts = countsAt;
	shifts = shiftsAt;
	half = halfAt;
	others = othersAt;
}

export function setGroups(count: i32, lowerAt: usize, startAt: usize, ofAt: usize, shiftAt: usize, scratchAt: usize, safety: f64): void {
	groups = count;
	lower = lowerAt;
	groupStart = startAt;
	groupOf = ofAt;
	groupShift = shiftAt;
	groupScratch = scratchAt;
	margin = safety;
}
