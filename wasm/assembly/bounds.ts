// The per-row bounds are kept in f32 (half the memory of f64: at k = 200 Yinyang's six a row weighed
// as much as the rows themselves at d = 6), rounded outwards: an upper bound never below the f64
// value it stands for, a lower bound never above it. A looser bound only lists a row for an exact
// recomputation it might have skipped, so labels stay those of a full pass.
// The step to the next f32 is taken on the bits, in integers, without a branch: a select between
// two floats compiled to a branch taken at random (half the values round each way), which made
// Hamerly's filter 2-3x slower. Bounds are stored relative to running totals (hamerly.ts,
// yinyang.ts), so only a recomputed row pays for the rounding; a skipped row only reads its bounds.

/** x rounded to an f32 no smaller than x (NaN stays NaN). */
@inline
export function roundUp(x: f64): f32 {
	const r = <f32>x;
	const bits = reinterpret<i32>(r);
	// One step away from zero for a positive r, towards it for a negative one (1 | sign is +1 or -1);
	// r < x excludes -0 and +Infinity.
	return reinterpret<f32>(bits + (1 | (bits >> 31)) * <i32>(<f64>r < x));
}

/** x rounded to an f32 no larger than x (NaN stays NaN). */
@inline
export function roundDown(x: f64): f32 {
	const r = <f32>x;
	const bits = reinterpret<i32>(r);
	// r > x excludes +0 (x rounds to -0 when just below 0) and -Infinity.
	return reinterpret<f32>(bits - (1 | (bits >> 31)) * <i32>(<f64>r > x));
}

/** Upper bound of row i as f64. */
@inline
export function loadUpper(upper: usize, i: i32): f64 {
	return <f64>load<f32>(upper + (<usize>i << 2));
}

/** Stores row i's upper bound, rounded up to f32. */
@inline
export function storeUpper(upper: usize, i: i32, value: f64): void {
	store<f32>(upper + (<usize>i << 2), roundUp(value));
}

/** A lower bound at `at` as f64. */
@inline
export function loadLower(at: usize): f64 {
	return <f64>load<f32>(at);
}

/** Stores a lower bound at `at`, rounded down to f32. */
@inline
export function storeLower(at: usize, value: f64): void {
	store<f32>(at, roundDown(value));
}
