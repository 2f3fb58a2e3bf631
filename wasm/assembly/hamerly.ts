// Hamerly's bounds (2010) for small k: one upper bound on the distance to the row's centre and one
// lower bound on the distance to every other centre. After the centres move, rows whose upper bound
// stays below max(lower bound, half the gap from their centre to its nearest neighbour) minus a
// safety margin cannot change label; the rest are listed for the exact pair kernel (nearestRows with
// RECOMPUTE), so labels equal a full pass's. Hamerly tightens a failing upper bound with one distance
// first; below 20 centres that cost more than it saved here (std-4 blobs, k = 5 and 12: bounded
// passes 30-40 % slower with it), so the loop lists such rows at once and has no data-dependent branch.
import { half, labels, list, lower, margin, n, shifts, upper } from './state';

/**
 * Moves the bounds by the centres' shifts (`first` is the largest, at centre `firstIndex`; `second`
 * the next) and lists the rows the bounds cannot settle; returns how many were listed.
 */
export function hamerlyFilter(first: f64, firstIndex: i32, second: f64): i32 {
	let count = 0;
	for (let i = 0; i < n; i++) {
		const a = load<i32>(labels + (<usize>i << 2));
		const at = <usize>i << 3;
		const u = load<f64>(upper + at) + load<f64>(shifts + (<usize>a << 3));
		const l = load<f64>(lower + at) - (a == firstIndex ? second : first);
		store<f64>(lower + at, l);
		const h = load<f64>(half + (<usize>a << 3));
		const bound = (h > l ? h : l) - margin;
		store<f64>(upper + at, u);
		store<i32>(list + (<usize>count << 2), i);
		count += select<i32>(1, 0, u >= bound);
	}
	return count;
}
