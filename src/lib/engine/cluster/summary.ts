// One pass over the prepared matrix for what k-means needs before it starts: the finite check, the
// column means and the mean per-feature variance (scikit-learn scales tol by it), and the largest
// |value| (for Hamerly's rounding margin). Sums are taken around the first row, so the one-pass
// variance does not lose precision to large column means.
import type { Matrix } from '../matrix';
import { assertFiniteMatrix } from './validate';

export interface MatrixSummary {
	mean: Float64Array;
	/** Sum over all cells of (x - column mean)^2. */
	totalSumOfSquares: number;
	/** Mean over columns of the population variance. */
	meanVariance: number;
	maxAbs: number;
}

/**
 * The running sums of a summary over rows taken in order: a block of rows at a time (summaryPart),
 * each block continuing the last one's sums, gives bit for bit the sums of one pass over all rows.
 * Plain arrays, so a pool worker can take and return it (a shard adds its own rows).
 */
export interface SummarySums {
	/** The first row: sums are taken around it. */
	shift: number[];
	sum: number[];
	squares: number[];
	min: number;
	max: number;
	rows: number;
}

export function emptySummarySums(shift: ArrayLike<number>): SummarySums {
	const d = shift.length;
	return { shift: Array.from(shift), sum: new Array(d).fill(0), squares: new Array(d).fill(0), min: 0, max: 0, rows: 0 };
}

/** Throws like assertFiniteMatrix on NaN/Infinity (`what` names the caller). */
export function summariseMatrix(X: Matrix, what: string): MatrixSummary {
	const summary = finishSummary(summaryPart(emptySummarySums(X.data.subarray(0, X.cols)), X.data, X.cols));
	if (!summaryFinite(summary)) assertFiniteMatrix(X, what);
	return summary;
}

/** `sums` continued over the rows of `data` (row-major, d values a row); returns a new object. */
export function summaryPart(sums: SummarySums, data: Float64Array, d: number): SummarySums {
	const shift = Float64Array.from(sums.shift);
	const sum = Float64Array.from(sums.sum);
	const squares = Float64Array.from(sums.squares);
	let { max, min } = sums;
	const n = data.length;
	// Row by row, a block of 4 columns at a time held in locals, then the last 1-3 columns one at a time:
	// every local a double (a lane padded with a small-integer 0 made V8 box them, ~40 bytes of garbage a row).
	let t0 = 0;
	for (; t0 + 4 <= d; t0 += 4) {
		const s0 = shift[t0], s1 = shift[t0 + 1], s2 = shift[t0 + 2], s3 = shift[t0 + 3]; // prettier-ignore
		let a0 = sum[t0], a1 = sum[t0 + 1], a2 = sum[t0 + 2], a3 = sum[t0 + 3]; // prettier-ignore
		let q0 = squares[t0], q1 = squares[t0 + 1], q2 = squares[t0 + 2], q3 = squares[t0 + 3]; // prettier-ignore
		for (let b = t0; b < n; b += d) {
			const v0 = data[b];
			const v1 = data[b + 1];
			const v2 = data[b + 2];
			const v3 = data[b + 3];
			const u0 = v0 - s0;
			const u1 = v1 - s1;
			const u2 = v2 - s2;
			const u3 = v3 - s3;
			a0 += u0;
			a1 += u1;
			a2 += u2;
			a3 += u3;
			q0 += u0 * u0;
			q1 += u1 * u1;
			q2 += u2 * u2;
			q3 += u3 * u3;
			const hi = Math.max(v0, v1, v2, v3);
			const lo = Math.min(v0, v1, v2, v3);
			if (hi > max) max = hi;
			if (lo < min) min = lo;
		}
		[sum[t0], sum[t0 + 1], sum[t0 + 2], sum[t0 + 3]] = [a0, a1, a2, a3];
		[squares[t0], squares[t0 + 1], squares[t0 + 2], squares[t0 + 3]] = [q0, q1, q2, q3];
	}
	for (; t0 < d; t0++) {
		const s0 = shift[t0];
		let a0 = sum[t0];
		let q0 = squares[t0];
		for (let b = t0; b < n; b += d) {
			const v0 = data[b];
			const u0 = v0 - s0;
			a0 += u0;
			q0 += u0 * u0;
			// A NaN passes neither test, as Math.max's NaN did; the sums then say the data is not finite.
			if (v0 > max) max = v0;
			if (v0 < min) min = v0;
		}
		sum[t0] = a0;
		squares[t0] = q0;
	}
	return { shift: Array.from(shift), sum: Array.from(sum), squares: Array.from(squares), min, max, rows: sums.rows + (d ? n / d : 0) };
}

/** The summary of the rows summed. */
export function finishSummary(sums: SummarySums): MatrixSummary {
	const { shift, sum, squares, rows: n } = sums;
	const d = shift.length;
	const maxAbs = Math.max(sums.max, -sums.min);
	let totalSumOfSquares = 0;
	const mean = new Float64Array(d);
	for (let t = 0; t < d; t++) {
		mean[t] = shift[t] + sum[t] / n;
		totalSumOfSquares += Math.max(0, squares[t] - (sum[t] * sum[t]) / n);
	}
	return { mean, totalSumOfSquares, meanVariance: totalSumOfSquares / n / d, maxAbs };
}

/**
 * Whether the summary stayed finite. NaN and infinities in the rows make it not (so do finite values
 * so large their squares overflow); only then is the slower check that names a bad value worth running.
 */
export function summaryFinite(summary: MatrixSummary): boolean {
	return Number.isFinite(summary.totalSumOfSquares + summary.maxAbs) && summary.mean.every((m) => Number.isFinite(m));
}
