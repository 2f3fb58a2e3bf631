// The same k-means run as runLloyd, accelerated with Hamerly's bounds (2010): each row keeps an upper
// bound on the distance to its centre and a lower bound on the distance to every other centre;
// while the upper bound is below both the lower bound and half the distance from its centre to the
// nearest other centre, the row cannot change cluster and its distances are not computed. Sums are
// updated only for rows that move. Rows near a tie are always recomputed with the exact kernel
// (bounds carry a safety margin), so labels equal plain Lloyd's, ties to the lowest centre index.
// When the bounds stop paying (over a quarter of the rows needed every distance in the last pass,
// as with heavily overlapping clusters) the next pass is a full one, which also resets the bounds
// and rebuilds the sums exactly. The passes are exported so a shard (engine/parallel) runs the same ones.
import type { Matrix } from '../matrix';
import { checkStop } from '../progress';
import { updateCentres } from './lloyd';
import { assignRows, distanceToCentre, nearestTwo, padCentres, unpadSums, type PaddedCentres } from './nearest';
import { relocateEmptyClusters } from './relocate';
import type { RunOptions, RunResult } from './lloydRun';
import type { MatrixSummary } from './summary';

const block = 4096;

export interface State {
	X: Matrix;
	k: number;
	labels: Int32Array;
	upper: Float64Array;
	lower: Float64Array;
	sums: Float64Array;
	counts: Int32Array;
	/** Bounds closer than this are treated as a tie and recomputed. */
	margin: number;
	/** Rows whose distances to every centre were computed in the last bounded pass. */
	recomputed: number;
}

/** Per-row buffers a caller running many starts can hand every run (n labels, n upper, n lower). */
export interface HamerlyWorkspace {
	labels: Int32Array;
	upper: Float64Array;
	lower: Float64Array;
}

export function createHamerlyWorkspace(n: number): HamerlyWorkspace {
	return { labels: new Int32Array(n), upper: new Float64Array(n), lower: new Float64Array(n) };
}

/** One run; the returned labels live in `workspace` when one is given (copy them before the next run). */
export function runHamerly(
	X: Matrix,
	init: Float64Array,
	k: number,
	options: RunOptions,
	workspace: HamerlyWorkspace = createHamerlyWorkspace(X.rows)
): RunResult {
	const { rows: n, cols: d } = X;
	const state: State = {
		X,
		k,
		...workspace,
		sums: new Float64Array(k * d),
		counts: new Int32Array(k),
		margin: 1e-10 * (1 + (options.summary?.maxAbs ?? maxAbs(X)) * Math.sqrt(d)),
		recomputed: n
	};
	let centres = init.slice();
	let next = new Float64Array(centres.length);
	const shifts = new Float64Array(k);
	const half = new Float64Array(k);
	let padded = padCentres(centres, k, d);
	let iterations = 0;
	let strict = false;
	while (iterations < options.maxIterations) {
		checkStop(options);
		const full = iterations === 0 || state.recomputed > n / 4;
		const changed = full ? assignAll(state, padded, iterations === 0) : assignBounded(state, padded, halfGaps(centres, k, d, half));
		const moved = relocateEmptyClusters(X, state.labels, centres, state.sums, state.counts);
		for (const i of moved) {
			state.upper[i] = Infinity;
			state.lower[i] = 0;
		}
		const shift = updateCentres(state.sums, state.counts, centres, next, shifts);
		[centres, next] = [next, centres];
		padded = padCentres(centres, k, d, padded);
		moveBounds(state, shifts);
		iterations++;
		if (changed === 0 && moved.length === 0) {
			strict = true;
			break;
		}
		if (shift <= options.tolerance) break;
	}
	if (!strict) assignBounded(state, padded, halfGaps(centres, k, d, half));
	const inertia = options.summary ? inertiaFromSums(state, centres, options.summary) : inertiaOf(X, state.labels, padded);
	return { labels: state.labels, centres, iterations, inertia, strict };
}

/** A full pass: every distance computed, bounds exact, sums rebuilt; returns the rows that changed cluster. */
export function assignAll(s: State, C: PaddedCentres, first: boolean): number {
	const { X, labels, upper, lower, counts } = s;
	const n = X.rows;
	const sums = new Float64Array(s.k * C.stride);
	const before = new Int32Array(Math.min(block, n));
	counts.fill(0);
	let changed = 0;
	for (let start = 0; start < n; start += block) {
		const end = Math.min(start + block, n);
		const rows = labels.subarray(start, end);
		before.set(rows);
		const best = upper.subarray(start, end);
		const second = lower.subarray(start, end);
		assignRows(X.data, start, end, C, { labels: rows, best, second, sums, counts });
		for (let r = 0; r < end - start; r++) {
			best[r] = Math.sqrt(best[r]);
			second[r] = Math.sqrt(second[r]);
			if (first || rows[r] !== before[r]) changed++;
		}
	}
	s.sums.set(unpadSums(sums, C));
	// Try the bounds again next time: they are exact now.
	s.recomputed = 0;
	return changed;
}

/** Later passes: rows whose bounds prove they stay are skipped; returns the number that moved. */
export function assignBounded(s: State, C: PaddedCentres, half: Float64Array): number {
	const { X, labels, upper, lower, sums, counts, margin } = s;
	const { rows: n, cols: d, data } = X;
	const scratch = new Float64Array(2);
	let changed = 0;
	let recomputed = 0;
	for (let i = 0; i < n; i++) {
		const a = labels[i];
		const bound = (half[a] > lower[i] ? half[a] : lower[i]) - margin;
		if (upper[i] < bound) continue;
		upper[i] = Math.sqrt(distanceToCentre(data, i, C, a));
		if (upper[i] < bound) continue;
		const c = nearestTwo(data, i, C, scratch);
		recomputed++;
		upper[i] = Math.sqrt(scratch[0]);
		lower[i] = Math.sqrt(scratch[1]);
		if (c === a) continue;
		labels[i] = c;
		counts[a]--;
		counts[c]++;
		for (let t = 0, oa = a * d, oc = c * d, b = i * d; t < d; t++) {
			sums[oa + t] -= data[b + t];
			sums[oc + t] += data[b + t];
		}
		changed++;
	}
	s.recomputed = recomputed;
	return changed;
}

/** After centres move: upper bounds grow by their centre's shift, lower bounds shrink by the largest other shift. */
export function moveBounds(s: State, shifts: Float64Array): void {
	let first = 0;
	let second = 0;
	let firstIndex = -1;
	for (let c = 0; c < shifts.length; c++) {
		if (shifts[c] > first) {
			second = first;
			first = shifts[c];
			firstIndex = c;
		} else if (shifts[c] > second) second = shifts[c];
	}
	const { labels, upper, lower } = s;
	for (let i = 0; i < labels.length; i++) {
		const a = labels[i];
		upper[i] += shifts[a];
		lower[i] -= a === firstIndex ? second : first;
	}
}

/** half[c] = half the distance from centre c to its nearest other centre (Infinity when k = 1). */
export function halfGaps(centres: Float64Array, k: number, d: number, half: Float64Array): Float64Array {
	half.fill(Infinity);
	for (let a = 0; a < k; a++) {
		for (let b = a + 1; b < k; b++) {
			let s = 0;
			for (let t = 0; t < d; t++) {
				const u = centres[a * d + t] - centres[b * d + t];
				s += u * u;
			}
			const h = Math.sqrt(s) / 2;
			if (h < half[a]) half[a] = h;
			if (h < half[b]) half[b] = h;
		}
	}
	return half;
}

function inertiaOf(X: Matrix, labels: Int32Array, C: PaddedCentres): number {
	let total = 0;
	for (let i = 0; i < X.rows; i++) total += distanceToCentre(X.data, i, C, labels[i]);
	return total;
}

/**
 * Sum of squared distances to the centres from the cluster sums, without a pass over the rows:
 * sum ||x - c||^2 = TSS - 2 sum_c (c - m).(S_c - n_c m) + sum_c n_c ||c - m||^2 around the column
 * means m, which keeps the cancellation relative to the total variance rather than the raw values.
 */
function inertiaFromSums(s: State, centres: Float64Array, summary: MatrixSummary): number {
	return inertiaOfSums(s.sums, s.counts, centres, summary);
}

/** inertiaFromSums on given cluster sums (k x d) and counts (k), for the sharded driver too. */
export function inertiaOfSums(
	sums: Float64Array,
	counts: ArrayLike<number>,
	centres: Float64Array,
	summary: Pick<MatrixSummary, 'mean' | 'totalSumOfSquares'>
): number {
	const k = counts.length;
	const m = summary.mean;
	const d = m.length;
	let total = summary.totalSumOfSquares;
	for (let c = 0; c < k; c++) {
		let cross = 0;
		let norm = 0;
		for (let t = 0; t < d; t++) {
			const u = centres[c * d + t] - m[t];
			cross += u * (sums[c * d + t] - counts[c] * m[t]);
			norm += u * u;
		}
		total += counts[c] * norm - 2 * cross;
	}
	return total > 0 ? total : 0;
}

function maxAbs(X: Matrix): number {
	let max = 0;
	for (let p = 0; p < X.data.length; p++) {
		const v = Math.abs(X.data[p]);
		if (v > max) max = v;
	}
	return max;
}
