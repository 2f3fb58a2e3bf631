// Hamerly's bounds (2010) for small k: one upper bound on the distance to the row's centre and one
// lower bound on the distance to every other centre. After the centres move, rows whose upper bound
// stays below max(lower bound, half the gap from their centre to its nearest neighbour) minus a
// safety margin cannot change label; the rest are listed for the exact pair kernel (nearestRows with
// RECOMPUTE), so labels equal a full pass's. Hamerly tightens a failing upper bound with one distance
// first; below 20 centres that cost more than it saved here (std-4 blobs, k = 5 and 12: bounded
// passes 30-40 % slower with it), so the loop lists such rows at once and has no data-dependent branch.
//
// As Yinyang's (yinyang.ts), the bounds are stored relative to running totals, so the filter only
// reads: upper[i] + S[label] is the upper bound (S = shifts, each centre's summed moves since start)
// and lower[i] - O[label] the lower one (O = others, for each centre the summed largest move of the
// other centres: Hamerly's update, the largest move, or the second largest for the centre that made
// it). nearestRows stores a recomputed row's bounds the same way; start() begins the totals at 0.
// Rows go through in blocks of listRows (filter, then recompute the listed ones), so the list is a
// block long, not a row's 4 bytes; rows are still recomputed in order, so the sums are the same.
import { loadLower, loadUpper } from './bounds';
import { nearestRows, RECOMPUTE } from './nearest';
import { half, labels, list, listRows, lower, margin, n, others, shifts, upper } from './state';

/** A bounded pass after the host added this move to S and O; returns the rows that changed label. */
export function hamerlyStep(): i32 {
	let changed = 0;
	for (let from = 0; from < n; from += listRows) {
		const count = filter(from, min(from + listRows, n));
		changed += nearestRows(0, count, true, RECOMPUTE);
	}
	return changed;
}

/** Lists rows [from, to) the bounds cannot settle; returns how many. */
function filter(from: i32, to: i32): i32 {
	let count = 0;
	for (let i = from; i < to; i++) {
		const a = <usize>load<i32>(labels + (<usize>i << 2)) << 3;
		const u = loadUpper(upper, i) + load<f64>(shifts + a);
		const l = loadLower(lower + (<usize>i << 2)) - load<f64>(others + a);
		const h = load<f64>(half + a);
		const bound = (h > l ? h : l) - margin;
		store<i32>(list + (<usize>count << 2), i);
		count += select<i32>(1, 0, u >= bound);
	}
	return count;
}
