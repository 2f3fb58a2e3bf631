// Greedy k-means++ over the shard's rows (`closest` holds each row's squared distance to the nearest
// centre so far), and the farthest rows for relocating empty clusters. Potentials are summed in row
// order, as the oracle does, so picks land on the same rows.
import { toCentre } from './distance';
import { X, closest, d, labels, n } from './state';

/** closest[i] := squared distance to the point at `c` (or the min with it when `keep`); returns the potential. */
export function updateClosest(c: usize, keep: bool): f64 {
	let pot: f64 = 0;
	for (let i = 0; i < n; i++) {
		const px = X + ((<usize>i * <usize>d) << 3);
		let s: f64 = 0;
		for (let t: usize = 0; t < <usize>d; t++) {
			const u = load<f64>(px + (t << 3)) - load<f64>(c + (t << 3));
			s += u * u;
		}
		const at = closest + (<usize>i << 3);
		if (keep) {
			const before = load<f64>(at);
			if (!(s < before)) s = before;
		}
		store<f64>(at, s);
		pot += s;
	}
	return pot;
}

/**
 * out[j] := sum over rows of min(closest, squared distance to candidate j), summed in row order;
 * candidates transposed at ct, mp of them (a multiple of 4, padding +Infinity). Four candidates
 * (two vectors) per pass over the rows, so the usual 2 + ln k candidates take one or two passes.
 */
export function trialPotentials(ct: usize, mp: i32, out: usize): void {
	const stride = <usize>mp << 3;
	for (let pos = 0; pos < mp; pos += 4) {
		let pot0 = f64x2.splat(0);
		let pot1 = pot0;
		const pc0 = ct + (<usize>pos << 3);
		for (let i = 0; i < n; i++) {
			const px = X + ((<usize>i * <usize>d) << 3);
			let a0 = f64x2.splat(0);
			let a1 = a0;
			let pc = pc0;
			for (let t: usize = 0; t < <usize>d; t++) {
				const xs = f64x2.splat(load<f64>(px + (t << 3)));
				let u = f64x2.sub(xs, v128.load(pc));
				a0 = f64x2.add(a0, f64x2.mul(u, u));
				u = f64x2.sub(xs, v128.load(pc, 16));
				a1 = f64x2.add(a1, f64x2.mul(u, u));
				pc += stride;
			}
			const limit = f64x2.splat(load<f64>(closest + (<usize>i << 3)));
			pot0 = f64x2.add(pot0, f64x2.pmin(limit, a0));
			pot1 = f64x2.add(pot1, f64x2.pmin(limit, a1));
		}
		v128.store(out + (<usize>pos << 3), pot0);
		v128.store(out + (<usize>pos << 3), pot1, 16);
	}
}

/** The first row whose running sum of closest exceeds target (the last row of positive weight if none). */
export function pickRow(target: f64): i32 {
	let sum: f64 = 0;
	for (let i = 0; i < n; i++) {
		sum += load<f64>(closest + (<usize>i << 3));
		if (sum > target) return i;
	}
	let last = n - 1;
	while (last > 0 && !(load<f64>(closest + (<usize>last << 3)) > 0)) last--;
	return last;
}

/**
 * The `count` rows farthest from their labelled centre, farthest first (ties: lower row first), into
 * rowsOut (i32) and distOut (squared distances, f64).
 */
export function farthestRows(count: i32, rowsOut: usize, distOut: usize): i32 {
	let filled = 0;
	for (let i = 0; i < n; i++) {
		const v = toCentre(X + ((<usize>i * <usize>d) << 3), load<i32>(labels + (<usize>i << 2)));
		if (filled == count && !(v > load<f64>(distOut + (<usize>(count - 1) << 3)))) continue;
		let p = filled < count ? filled++ : count - 1;
		while (p > 0 && v > load<f64>(distOut + (<usize>(p - 1) << 3))) {
			store<f64>(distOut + (<usize>p << 3), load<f64>(distOut + (<usize>(p - 1) << 3)));
			store<i32>(rowsOut + (<usize>p << 2), load<i32>(rowsOut + (<usize>(p - 1) << 2)));
			p--;
		}
		store<f64>(distOut + (<usize>p << 3), v);
		store<i32>(rowsOut + (<usize>p << 2), i);
	}
	return filled;
}

