// Nearest and second nearest centre of every row, the hot loop of k-means. SIMD lanes run across
// centres (CT holds, for each feature, the centres' values side by side), two rows share each centre
// load, and each lane keeps its own best, second best and position, so there is no horizontal add per
// centre: the two lanes are merged once per row. A row whose best equals its second best (a tie) is
// settled by lowestAt, so labels equal the oracle's, ties to the lowest centre index.
import { roundDown, roundUp } from './bounds';
import { lowestAt } from './distance';
import { CT, X, counts, d, kp, labels, list, lower, others, perm, shifts, sums, upper } from './state';

/** What a pass does with each row's result. */
export const START: i32 = 0;
export const RECOMPUTE: i32 = 1;
export const FINISH: i32 = 2;

let inertia: f64 = 0;
/** scanPair's results: best, second best and position of the best, for each of its two rows. */
export let xBest: f64 = 0;
export let xSecond: f64 = 0;
export let xPos: f64 = 0;
export let yBest: f64 = 0;
export let ySecond: f64 = 0;
export let yPos: f64 = 0;

export function lastInertia(): f64 {
	return inertia;
}

/** Row-to-centre distances computed so far (padding included), for the benchmark's work figures. */
export let work: f64 = 0;

export function distancesComputed(): f64 {
	return work;
}

@inline
export function addWork(count: i32): void {
	work += <f64>count;
}

/** First row of a FINISH pass: its labels go to list[i - finishFrom] (to - from <= listRows). */
let finishFrom: i32 = 0;

/**
 * Rows [from, to) of the pass, or rows list[from..to) when `useList`; returns how many changed label.
 * The inertia starts again from 0 when from is 0, so a FINISH pass can run block by block.
 */
export function nearestRows(from: i32, to: i32, useList: bool, mode: i32): i32 {
	if (from == 0) inertia = 0;
	finishFrom = from;
	let changed = 0;
	let j = from;
	for (; j + 1 < to; j += 2) {
		const a = useList ? load<i32>(list + (<usize>j << 2)) : j;
		const b = useList ? load<i32>(list + (<usize>(j + 1) << 2)) : j + 1;
		changed += pair(a, b, true, mode);
	}
	if (j < to) {
		const a = useList ? load<i32>(list + (<usize>j << 2)) : j;
		changed += pair(a, a, false, mode);
	}
	return changed;
}

/**
 * Both rows' best, second best and position from their two lanes each (x's lanes against y's, one
 * vector op for both rows), without a branch: which lane holds the best is a coin toss, and the
 * branch it took was mispredicted half the time. Lane 1 wins only where it is strictly better, so a
 * tie stays with lane 0 (a tie is then settled by lowestAt).
 */
@inline
function mergePair(bx: v128, sx: v128, ix: v128, by: v128, sy: v128, iy: v128): void {
	const b0 = f64x2.shuffle(bx, by, 0, 2);
	const b1 = f64x2.shuffle(bx, by, 1, 3);
	const take = f64x2.lt(b1, b0);
	const best = v128.bitselect(b1, b0, take);
	// The winner's second best, or the loser's best when that is lower (pmin(a, b) = b < a ? b : a).
	const second = f64x2.pmin(v128.bitselect(b0, b1, take), v128.bitselect(f64x2.shuffle(sx, sy, 1, 3), f64x2.shuffle(sx, sy, 0, 2), take));
	const pos = v128.bitselect(f64x2.shuffle(ix, iy, 1, 3), f64x2.shuffle(ix, iy, 0, 2), take);
	xBest = f64x2.extract_lane(best, 0);
	yBest = f64x2.extract_lane(best, 1);
	xSecond = f64x2.extract_lane(second, 0);
	ySecond = f64x2.extract_lane(second, 1);
	xPos = f64x2.extract_lane(pos, 0);
	yPos = f64x2.extract_lane(pos, 1);
}

function pair(i: i32, i2: i32, both: bool, mode: i32): i32 {
	const px = X + ((<usize>i * <usize>d) << 3);
	const py = X + ((<usize>i2 * <usize>d) << 3);
	scanPair(px, py, 0, kp);
	let changed = apply(i, px, mode, xBest, xSecond, xPos);
	if (both) changed += apply(i2, py, mode, yBest, ySecond, yPos);
	return changed;
}

/** The rows at px and py against the centres at positions [from, to) (both even). */
export function scanPair(px: usize, py: usize, from: i32, to: i32): void {
	addWork((to - from) << 1);
	const stride = <usize>kp << 3;
	const inf = f64x2.splat(Infinity);
	let bx = inf;
	let sx = inf;
	let ix = f64x2.splat(0);
	let by = inf;
	let sy = inf;
	let iy = ix;
	let p0 = f64x2.add(f64x2(0, 1), f64x2.splat(<f64>from));
	const four = f64x2.splat(4);
	const two = f64x2.splat(2);
	let pos = from;
	for (; pos + 4 <= to; pos += 4) {
		let ax0 = f64x2.splat(0);
		let ax1 = ax0;
		let ay0 = ax0;
		let ay1 = ax0;
		let pc = CT + (<usize>pos << 3);
		for (let t: usize = 0; t < <usize>d; t++) {
			const c0 = v128.load(pc);
			const c1 = v128.load(pc, 16);
			const xs = f64x2.splat(load<f64>(px + (t << 3)));
			const ys = f64x2.splat(load<f64>(py + (t << 3)));
			let u = f64x2.sub(xs, c0);
			ax0 = f64x2.add(ax0, f64x2.mul(u, u));
			u = f64x2.sub(xs, c1);
			ax1 = f64x2.add(ax1, f64x2.mul(u, u));
			u = f64x2.sub(ys, c0);
			ay0 = f64x2.add(ay0, f64x2.mul(u, u));
			u = f64x2.sub(ys, c1);
			ay1 = f64x2.add(ay1, f64x2.mul(u, u));
			pc += stride;
		}
		const p1 = f64x2.add(p0, two);
		let lt = f64x2.lt(ax0, bx);
		sx = f64x2.pmin(sx, f64x2.pmax(bx, ax0));
		bx = f64x2.pmin(bx, ax0);
		ix = v128.bitselect(p0, ix, lt);
		lt = f64x2.lt(ax1, bx);
		sx = f64x2.pmin(sx, f64x2.pmax(bx, ax1));
		bx = f64x2.pmin(bx, ax1);
		ix = v128.bitselect(p1, ix, lt);
		lt = f64x2.lt(ay0, by);
		sy = f64x2.pmin(sy, f64x2.pmax(by, ay0));
		by = f64x2.pmin(by, ay0);
		iy = v128.bitselect(p0, iy, lt);
		lt = f64x2.lt(ay1, by);
		sy = f64x2.pmin(sy, f64x2.pmax(by, ay1));
		by = f64x2.pmin(by, ay1);
		iy = v128.bitselect(p1, iy, lt);
		p0 = f64x2.add(p0, four);
	}
	if (pos < to) {
		let ax = f64x2.splat(0);
		let ay = ax;
		let pc = CT + (<usize>pos << 3);
		for (let t: usize = 0; t < <usize>d; t++) {
			const c = v128.load(pc);
			let u = f64x2.sub(f64x2.splat(load<f64>(px + (t << 3))), c);
			ax = f64x2.add(ax, f64x2.mul(u, u));
			u = f64x2.sub(f64x2.splat(load<f64>(py + (t << 3))), c);
			ay = f64x2.add(ay, f64x2.mul(u, u));
			pc += stride;
		}
		let lt = f64x2.lt(ax, bx);
		sx = f64x2.pmin(sx, f64x2.pmax(bx, ax));
		bx = f64x2.pmin(bx, ax);
		ix = v128.bitselect(p0, ix, lt);
		lt = f64x2.lt(ay, by);
		sy = f64x2.pmin(sy, f64x2.pmax(by, ay));
		by = f64x2.pmin(by, ay);
		iy = v128.bitselect(p0, iy, lt);
	}
	mergePair(bx, sx, ix, by, sy, iy);
}

/** Stores row i's result (its best and second best squared distance, the best's position) as the pass `mode` asks; 1 if its label changed. */
@inline
function apply(i: i32, px: usize, mode: i32, rowBest: f64, rowSecond: f64, rowPos: f64): i32 {
	const label = rowBest == rowSecond ? lowestAt(px, rowBest, 0, kp) : load<i32>(perm + (<usize>(<i32>rowPos) << 2));
	const at = <usize>i << 2;
	if (mode == FINISH) {
		store<i32>(list + (<usize>(i - finishFrom) << 2), label);
		inertia += rowBest;
		return 0;
	}
	const before = load<i32>(labels + at);
	// Relative to the running totals of the new label (hamerly.ts); 0 on start.
	const c = <usize>label << 3;
	store<f32>(upper + (<usize>i << 2), roundUp(Math.sqrt(rowBest) - load<f64>(shifts + c)));
	store<f32>(lower + (<usize>i << 2), roundDown(Math.sqrt(rowSecond) + load<f64>(others + c)));
	if (mode == START) {
		store<i32>(labels + at, label);
		addRow(px, label, 1);
		return before != label ? 1 : 0;
	}
	if (before == label) return 0;
	store<i32>(labels + at, label);
	addRow(px, before, -1);
	addRow(px, label, 1);
	return 1;
}

/** sums[c] += sign * row, counts[c] += sign; two features a vector op (each sum still gets its own IEEE add, as one at a time). */
@inline
export function addRow(px: usize, c: i32, sign: f64): void {
	const ps = sums + ((<usize>c * <usize>d) << 3);
	const pairs = (<usize>d >> 1) << 4;
	const end = <usize>d << 3;
	if (sign > 0) {
		for (let b: usize = 0; b < pairs; b += 16) v128.store(ps + b, f64x2.add(v128.load(ps + b), v128.load(px + b)));
		if (pairs < end) store<f64>(ps + pairs, load<f64>(ps + pairs) + load<f64>(px + pairs));
	} else {
		for (let b: usize = 0; b < pairs; b += 16) v128.store(ps + b, f64x2.sub(v128.load(ps + b), v128.load(px + b)));
		if (pairs < end) store<f64>(ps + pairs, load<f64>(ps + pairs) - load<f64>(px + pairs));
	}
	const pn = counts + (<usize>c << 3);
	store<f64>(pn, load<f64>(pn) + sign);
}
