// One Lloyd step over a range of rows, as a pure function of (rows, centres), so a worker layer can
// shard the rows across threads and add the partial sums; and the centre update that follows.
import type { Matrix } from '../matrix';
import { assignRows, padCentres, unpadSums, type PaddedCentres } from './nearest';

/** Rows per call of the kernel, so its distance buffer stays in cache. */
const block = 4096;

/** What one Lloyd assignment pass over rows [rowStart, rowEnd) produces. */
export interface LloydPartial {
	/** k x d sums of the rows assigned to each centre. */
	sums: Float64Array;
	counts: Int32Array;
	/** Sum of squared distances of the rows to their nearest centre. */
	inertia: number;
	/** Nearest centre of each row in the range (index 0 = rowStart). */
	labels: Int32Array;
	/** Rows whose label differs from `previous` (all of them when no previous labels were given). */
	changed: number;
}

/**
 * Assign rows [rowStart, rowEnd) of X to their nearest centre (k x d, row-major; ties to the lowest
 * index) and add them up per centre. `previous` (same indexing as `labels`) counts label changes;
 * `out` (rowEnd - rowStart long, not `previous`) receives the labels instead of a new array.
 */
export function lloydPartial(
	X: Matrix,
	rowStart: number,
	rowEnd: number,
	centres: Float64Array | PaddedCentres,
	k: number,
	previous?: Int32Array,
	out?: Int32Array
): LloydPartial {
	const C = centres instanceof Float64Array ? padCentres(centres, k, X.cols) : centres;
	if (out && out === previous) throw new Error('lloydPartial needs `out` and `previous` to be different arrays');
	const labels = out ?? new Int32Array(rowEnd - rowStart);
	const best = new Float64Array(Math.min(block, rowEnd - rowStart));
	const sums = new Float64Array(k * C.stride);
	const counts = new Int32Array(k);
	let inertia = 0;
	let changed = 0;
	for (let s = rowStart; s < rowEnd; s += block) {
		const e = Math.min(s + block, rowEnd);
		const offset = s - rowStart;
		assignRows(X.data, s, e, C, { labels: labels.subarray(offset, offset + e - s), best, sums, counts });
		for (let r = 0; r < e - s; r++) inertia += best[r];
		if (!previous) changed += e - s;
		else for (let r = offset; r < offset + e - s; r++) if (previous[r] !== labels[r]) changed++;
	}
	return { sums: unpadSums(sums, C), counts, inertia, labels, changed };
}

/** Add partial results computed on consecutive row ranges (in range order) into one. */
export function reducePartials(parts: LloydPartial[]): LloydPartial {
	if (parts.length === 0) throw new Error('reducePartials needs at least one partial result');
	const first = parts[0];
	const sums = first.sums.slice();
	const counts = first.counts.slice();
	let inertia = first.inertia;
	let changed = first.changed;
	let rows = first.labels.length;
	for (const p of parts.slice(1)) {
		for (let t = 0; t < sums.length; t++) sums[t] += p.sums[t];
		for (let c = 0; c < counts.length; c++) counts[c] += p.counts[c];
		inertia += p.inertia;
		changed += p.changed;
		rows += p.labels.length;
	}
	const labels = new Int32Array(rows);
	let offset = 0;
	for (const p of parts) {
		labels.set(p.labels, offset);
		offset += p.labels.length;
	}
	return { sums, counts, inertia, labels, changed };
}

/**
 * New centres = sums / counts (written into `out`); a centre with no rows keeps its old position
 * (the caller relocates it). Returns the sum over centres of the squared shift, scikit-learn's
 * convergence measure.
 */
export function updateCentres(
	sums: Float64Array,
	counts: Int32Array,
	old: Float64Array,
	out: Float64Array,
	shifts?: Float64Array
): number {
	const k = counts.length;
	const d = k ? sums.length / k : 0;
	let total = 0;
	for (let c = 0; c < k; c++) {
		let s = 0;
		for (let t = 0, o = c * d; t < d; t++) {
			const v = counts[c] > 0 ? sums[o + t] / counts[c] : old[o + t];
			const diff = v - old[o + t];
			s += diff * diff;
			out[o + t] = v;
		}
		if (shifts) shifts[c] = Math.sqrt(s);
		total += s;
	}
	return total;
}
