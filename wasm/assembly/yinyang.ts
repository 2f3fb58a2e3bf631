// Yinyang k-means bounds (Ding et al. 2015) for large k: centres are split into groups (contiguous,
// even-sized runs of positions in CT), and each row keeps an upper bound on the distance to its centre,
// one lower bound per group on the distance to the group's centres other than its own, and the
// smallest of those (the global bound). After the centres move, a row is skipped when its upper bound
// is below the global bound; else below every group bound; else only the groups whose bound is not
// above the exact distance to its centre are scanned. Every comparison keeps a safety margin and a tie
// among the scanned distances falls back to an exact scan of all centres, so labels equal a full
// pass's, ties to the lowest index.
//
// Bounds are stored relative to running totals of the moves, so a skipped row costs a few reads and
// no writes: upper[i] + S[label] is the upper bound (S = shifts, each centre's summed moves),
// bounds[1 + g] - D[g] group g's bound (D = groupShift, the summed largest move in the group) and
// bounds[0] - T the global bound (T: the summed largest move of any centre). A full pass (start, or
// when the bounds stopped paying) starts the totals again from 0. Stored bounds are f32, rounded
// outwards (bounds.ts).
import { loadLower, loadUpper, storeLower, storeUpper } from './bounds';
import { lowestAt, toCentre, toPosition } from './distance';
import { addRow, addWork, scanPair, xBest, xPos, xSecond, yBest, yPos, ySecond } from './nearest';
import { CT, X, d, groupOf, groupScratch, groupShift, groupStart, groups, kp, labels, lower, margin, n, perm, shifts, upper } from './state';

let gBest: f64 = 0;
let gSecond: f64 = 0;
let gPos: i32 = 0;
let best: f64 = 0;
let second: f64 = 0;
let bestGroup: i32 = 0;

/** Best, second best and position of the best among group g's centres for the row at px. */
function groupScan(px: usize, g: i32): void {
	const from = load<i32>(groupStart + (<usize>g << 2));
	const to = load<i32>(groupStart + (<usize>(g + 1) << 2));
	addWork(to - from);
	const stride = <usize>kp << 3;
	const inf = f64x2.splat(Infinity);
	let b = inf;
	let s = inf;
	let ix = f64x2.splat(0);
	let p0 = f64x2.add(f64x2(0, 1), f64x2.splat(<f64>from));
	const two = f64x2.splat(2);
	let pos = from;
	for (; pos + 4 <= to; pos += 4) {
		let a0 = f64x2.splat(0);
		let a1 = a0;
		let pc = CT + (<usize>pos << 3);
		for (let t: usize = 0; t < <usize>d; t++) {
			const xs = f64x2.splat(load<f64>(px + (t << 3)));
			let u = f64x2.sub(xs, v128.load(pc));
			a0 = f64x2.add(a0, f64x2.mul(u, u));
			u = f64x2.sub(xs, v128.load(pc, 16));
			a1 = f64x2.add(a1, f64x2.mul(u, u));
			pc += stride;
		}
		let lt = f64x2.lt(a0, b);
		s = f64x2.pmin(s, f64x2.pmax(b, a0));
		b = f64x2.pmin(b, a0);
		ix = v128.bitselect(p0, ix, lt);
		p0 = f64x2.add(p0, two);
		lt = f64x2.lt(a1, b);
		s = f64x2.pmin(s, f64x2.pmax(b, a1));
		b = f64x2.pmin(b, a1);
		ix = v128.bitselect(p0, ix, lt);
		p0 = f64x2.add(p0, two);
	}
	if (pos < to) {
		let a = f64x2.splat(0);
		let pc = CT + (<usize>pos << 3);
		for (let t: usize = 0; t < <usize>d; t++) {
			const u = f64x2.sub(f64x2.splat(load<f64>(px + (t << 3))), v128.load(pc));
			a = f64x2.add(a, f64x2.mul(u, u));
			pc += stride;
		}
		const lt = f64x2.lt(a, b);
		s = f64x2.pmin(s, f64x2.pmax(b, a));
		b = f64x2.pmin(b, a);
		ix = v128.bitselect(p0, ix, lt);
	}
	const b0 = f64x2.extract_lane(b, 0);
	const b1 = f64x2.extract_lane(b, 1);
	const s0 = f64x2.extract_lane(s, 0);
	const s1 = f64x2.extract_lane(s, 1);
	if (b1 < b0) {
		gBest = b1;
		gSecond = s1 < b0 ? s1 : b0;
		gPos = <i32>f64x2.extract_lane(ix, 1);
	} else {
		gBest = b0;
		gSecond = s0 < b1 ? s0 : b1;
		gPos = <i32>f64x2.extract_lane(ix, 0);
	}
}

let T: f64 = 0;

@inline
function boundsOf(i: i32): usize {
	return lower + ((<usize>i * <usize>(groups + 1)) << 2);
}

@inline
function drift(g: usize): f64 {
	return load<f64>(groupShift + (g << 3));
}

/** Stores row i's upper bound (distance to `label`) and refreshes its global bound from the group bounds. */
@inline
function storeUpperAndFloor(i: i32, label: i32, distance: f64, b: usize): void {
	storeUpper(upper, i, distance - load<f64>(shifts + (<usize>label << 3)));
	let floor: f64 = Infinity;
	for (let g: usize = 0; g < <usize>groups; g++) {
		const l = loadLower(b + ((g + 1) << 2)) - drift(g);
		if (l < floor) floor = l;
	}
	storeLower(b, floor + T);
}

@inline
function offer(v: f64, group: i32): void {
	if (v < best) {
		second = best;
		best = v;
		bestGroup = group;
	} else if (v < second) second = v;
}

/** Scans group g for the row at px and offers its two smallest distances; keeps them in the scratch. */
@inline
function scanAndOffer(px: usize, g: i32): void {
	groupScan(px, g);
	const G = <usize>groups;
	const at = <usize>g << 3;
	store<f64>(groupScratch + at, gBest);
	store<f64>(groupScratch + (G << 3) + at, gSecond);
	store<f64>(groupScratch + (G << 4) + at, <f64>gPos);
	offer(gBest, g);
	if (gSecond < second) second = gSecond;
}

/** Every distance of row i, exactly: its label (ties to the lowest index), upper bound and group bounds. */
function exactRow(i: i32, px: usize): i32 {
	let b: f64 = Infinity;
	for (let p = 0; p < kp; p++) {
		if (load<i32>(perm + (<usize>p << 2)) < 0) continue;
		const v = toPosition(px, p);
		if (v < b) b = v;
	}
	const label = lowestAt(px, b, 0, kp);
	const bounds = boundsOf(i);
	for (let g = 0; g < groups; g++) {
		const from = load<i32>(groupStart + (<usize>g << 2));
		const to = load<i32>(groupStart + (<usize>(g + 1) << 2));
		let m: f64 = Infinity;
		for (let p = from; p < to; p++) {
			const c = load<i32>(perm + (<usize>p << 2));
			if (c < 0 || c == label) continue;
			const v = toPosition(px, p);
			if (v < m) m = v;
		}
		storeLower(bounds + (<usize>(g + 1) << 2), Math.sqrt(m) + drift(<usize>g));
	}
	storeUpperAndFloor(i, label, Math.sqrt(b), bounds);
	return label;
}

/**
 * A full pass: every group scanned for every row (two rows at a time), bounds set exactly, sums
 * added to (the host zeroes them and the running totals first); returns the rows that changed label.
 */
export function yinyangFull(): i32 {
	T = 0;
	const G = <usize>groups;
	let changed = 0;
	let i = 0;
	for (; i + 1 < n; i += 2) {
		const px = X + ((<usize>i * <usize>d) << 3);
		const py = px + (<usize>d << 3);
		const y = groupScratch + (G << 5);
		for (let g = 0; g < groups; g++) {
			scanPair(px, py, load<i32>(groupStart + (<usize>g << 2)), load<i32>(groupStart + (<usize>(g + 1) << 2)));
			const at = <usize>g << 3;
			store<f64>(groupScratch + at, xBest);
			store<f64>(groupScratch + (G << 3) + at, xSecond);
			store<f64>(groupScratch + (G << 4) + at, xPos);
			store<f64>(y + at, yBest);
			store<f64>(y + (G << 3) + at, ySecond);
			store<f64>(y + (G << 4) + at, yPos);
		}
		changed += settle(i, px, groupScratch);
		changed += settle(i + 1, py, y);
	}
	if (i < n) {
		const px = X + ((<usize>i * <usize>d) << 3);
		for (let g = 0; g < groups; g++) {
			groupScan(px, g);
			const at = <usize>g << 3;
			store<f64>(groupScratch + at, gBest);
			store<f64>(groupScratch + (G << 3) + at, gSecond);
			store<f64>(groupScratch + (G << 4) + at, <f64>gPos);
		}
		changed += settle(i, px, groupScratch);
	}
	return changed;
}

/** Row i's label, bounds and sums from its per-group best, second best and position at `scan`; 1 if its label changed. */
function settle(i: i32, px: usize, scan: usize): i32 {
	const G = <usize>groups;
	best = Infinity;
	second = Infinity;
	bestGroup = -1;
	for (let g = 0; g < groups; g++) {
		offer(load<f64>(scan + (<usize>g << 3)), g);
		const s = load<f64>(scan + (G << 3) + (<usize>g << 3));
		if (s < second) second = s;
	}
	let label: i32;
	if (best == second) label = exactRow(i, px);
	else {
		label = load<i32>(perm + (<usize>(<i32>load<f64>(scan + (G << 4) + (<usize>bestGroup << 3))) << 2));
		const bounds = boundsOf(i);
		for (let g: usize = 0; g < G; g++) {
			const m = load<f64>(scan + (g == <usize>bestGroup ? G << 3 : 0) + (g << 3));
			storeLower(bounds + ((g + 1) << 2), Math.sqrt(m) + drift(g));
		}
		storeUpperAndFloor(i, label, Math.sqrt(best), bounds);
	}
	const before = load<i32>(labels + (<usize>i << 2));
	store<i32>(labels + (<usize>i << 2), label);
	addRow(px, label, 1);
	return before != label ? 1 : 0;
}

/** A pass after the centres moved (the host added this move to S, D and `total`, the new T); returns the rows that changed label. */
export function yinyangStep(total: f64): i32 {
	T = total;
	const G = <usize>groups;
	const flags = groupScratch + (G << 3) * 3;
	let changed = 0;
	for (let i = 0; i < n; i++) {
		const a = load<i32>(labels + (<usize>i << 2));
		const bounds = boundsOf(i);
		let u = loadUpper(upper, i) + load<f64>(shifts + (<usize>a << 3));
		if (u < loadLower(bounds) - T - margin) continue;
		let floor: f64 = Infinity;
		for (let g: usize = 0; g < G; g++) {
			const l = loadLower(bounds + ((g + 1) << 2)) - drift(g);
			if (l < floor) floor = l;
		}
		storeLower(bounds, floor + T);
		floor -= margin;
		if (u < floor) continue;
		const px = X + ((<usize>i * <usize>d) << 3);
		const da = toCentre(px, a);
		addWork(1);
		u = Math.sqrt(da);
		storeUpper(upper, i, u - load<f64>(shifts + (<usize>a << 3)));
		if (u < floor) continue;
		const ga = load<i32>(groupOf + (<usize>a << 2));
		best = Infinity;
		second = Infinity;
		bestGroup = -1;
		let ownScanned = false;
		for (let g = 0; g < groups; g++) {
			const scan = !(u < loadLower(bounds + (<usize>(g + 1) << 2)) - drift(<usize>g) - margin);
			store<f64>(flags + (<usize>g << 3), scan ? 1 : 0);
			if (!scan) continue;
			if (g == ga) ownScanned = true;
			scanAndOffer(px, g);
		}
		if (!ownScanned) offer(da, -1);
		let label: i32;
		if (best == second) label = exactRow(i, px);
		else {
			label = bestGroup >= 0 ? load<i32>(perm + (<usize>(<i32>load<f64>(groupScratch + (G << 4) + (<usize>bestGroup << 3))) << 2)) : a;
			for (let g: usize = 0; g < G; g++) {
				if (load<f64>(flags + (g << 3)) == 0) continue;
				const m = load<f64>(groupScratch + (g == <usize>bestGroup ? G << 3 : 0) + (g << 3));
				storeLower(bounds + ((g + 1) << 2), Math.sqrt(m) + drift(g));
			}
			if (!ownScanned && label != a) {
				const own = bounds + (<usize>(ga + 1) << 2);
				if (u < loadLower(own) - drift(<usize>ga)) storeLower(own, u + drift(<usize>ga));
			}
			storeUpperAndFloor(i, label, Math.sqrt(best), bounds);
		}
		if (label == a) continue;
		store<i32>(labels + (<usize>i << 2), label);
		addRow(px, a, -1);
		addRow(px, label, 1);
		changed++;
	}
	return changed;
}
