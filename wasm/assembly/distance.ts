// Exact squared distances, summed feature by feature from the first (the TypeScript oracle's order),
// so every kernel and the oracle agree to the last bit on each distance.
import { CT, centres, d, kp, perm } from './state';

/** Squared distance from the row at `px` to centre `c` (row-major centres). */
@inline
export function toCentre(px: usize, c: i32): f64 {
	const pc = centres + ((<usize>c * <usize>d) << 3);
	let s: f64 = 0;
	for (let t: usize = 0; t < <usize>d; t++) {
		const u = load<f64>(px + (t << 3)) - load<f64>(pc + (t << 3));
		s += u * u;
	}
	return s;
}

/** Squared distance from the row at `px` to the centre at position `p` of the transposed centres. */
export function toPosition(px: usize, p: i32): f64 {
	const stride = <usize>kp << 3;
	let pc = CT + (<usize>p << 3);
	let s: f64 = 0;
	for (let t: usize = 0; t < <usize>d; t++) {
		const u = load<f64>(px + (t << 3)) - load<f64>(pc);
		s += u * u;
		pc += stride;
	}
	return s;
}

/**
 * Lowest centre index among positions [from, to) at squared distance exactly `best`: ties go to the
 * lowest index. 0 when none is (a row with NaN has no distance below Infinity: centre 0, as the oracle).
 */
export function lowestAt(px: usize, best: f64, from: i32, to: i32): i32 {
	let index = i32.MAX_VALUE;
	for (let p = from; p < to; p++) {
		const c = load<i32>(perm + (<usize>p << 2));
		if (c >= 0 && c < index && toPosition(px, p) == best) index = c;
	}
	return index == i32.MAX_VALUE ? 0 : index;
}
