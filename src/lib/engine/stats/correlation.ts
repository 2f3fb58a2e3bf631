// Correlation matrices as pandas' DataFrame.corr(): each pair over the rows where both values are
// present (NaN in either is skipped), Spearman as Pearson on ranks with ties averaged. A pair with
// missing values is ranked again on its shared rows only, as pandas does.
import { argsort } from './argsort';
import { averageRanks, sharedRanks } from './rank';

export type CorrelationMethod = 'pearson' | 'spearman';

type Values = Float64Array | Float32Array;

interface Prepared {
	values: Values;
	complete: boolean;
	/** Mean and sum of squared deviations over all rows (complete columns only). */
	mean: number;
	squares: number;
}

/**
 * correlationMatrix(columns, method): the d x d correlations, row-major. A column without two
 * distinct values correlates as NaN (diagonal included), like pandas; otherwise the diagonal is 1.
 */
export function correlationMatrix(columns: Float64Array[], method: CorrelationMethod): Float64Array {
	const d = columns.length;
	const n = d ? columns[0].length : 0;
	columns.forEach((c, j) => {
		if (c.length !== n) throw new Error(`column ${j} has ${c.length} rows, expected ${n}`);
	});
	const prepared = columns.map((c) => prepare(c, method));
	const out = new Float64Array(d * d);
	const scratch = new Scratch(columns, method, prepared.some((p) => !p.complete));
	for (let a = 0; a < d; a++) {
		for (let b = a; b < d; b++) {
			const p = prepared[a];
			const q = prepared[b];
			let r: number;
			if (p.complete && q.complete) r = a === b ? selfCorrelation(p.squares) : completePair(p, q);
			else r = sharedRowsPair(a, b, scratch);
			out[a * d + b] = r;
			out[b * d + a] = r;
		}
	}
	return out;
}

/** Buffers for pairs with missing values, and each column's sort order (Spearman), made once. */
class Scratch {
	readonly x: Float64Array;
	readonly y: Float64Array;
	readonly rankX: Float64Array;
	readonly rankY: Float64Array;
	private readonly orders: (Uint32Array | undefined)[];

	constructor(
		readonly columns: Float64Array[],
		readonly method: CorrelationMethod,
		anyMissing: boolean
	) {
		const n = columns.length ? columns[0].length : 0;
		const spearman = method === 'spearman';
		const size = anyMissing ? n : 0;
		this.x = new Float64Array(size);
		this.y = new Float64Array(size);
		this.rankX = new Float64Array(spearman ? size : 0);
		this.rankY = new Float64Array(spearman ? size : 0);
		this.orders = columns.map(() => undefined);
	}

	order(j: number): Uint32Array {
		return (this.orders[j] ??= argsort(this.columns[j]));
	}
}

function prepare(column: Float64Array, method: CorrelationMethod): Prepared {
	let complete = true;
	for (let i = 0; i < column.length; i++) {
		if (Number.isNaN(column[i])) {
			complete = false;
			break;
		}
	}
	if (!complete) return { values: column, complete, mean: NaN, squares: NaN };
	// Spearman ranks of up to 2^23 rows fit exactly in 32 bits, which halves the memory of d columns.
	const values = method === 'pearson' ? column : averageRanks(column, rankBuffer(column.length));
	const { mean, squares } = moments(values, values.length);
	return { values, complete, mean, squares };
}

function rankBuffer(n: number): Values {
	return n <= 1 << 23 ? new Float32Array(n) : new Float64Array(n);
}

/** Mean and sum of squared deviations; exactly 0 for constant values, whatever the mean's rounding. */
function moments(values: Values, n: number): { mean: number; squares: number } {
	let sum = 0;
	let varies = false;
	for (let i = 0; i < n; i++) {
		sum += values[i];
		if (values[i] !== values[0]) varies = true;
	}
	const mean = sum / n;
	if (!varies) return { mean, squares: 0 };
	let squares = 0;
	for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
	return { mean, squares };
}

function selfCorrelation(squares: number): number {
	return squares > 0 ? 1 : NaN;
}

function completePair(p: Prepared, q: Prepared): number {
	const x = p.values;
	const y = q.values;
	const mx = p.mean;
	const my = q.mean;
	let cross = 0;
	for (let i = 0; i < x.length; i++) cross += (x[i] - mx) * (y[i] - my);
	return ratio(cross, p.squares, q.squares);
}

/**
 * One pair over the rows where both are present. Spearman ranks each column among those rows only,
 * as pandas does, walking the column's sort order (made once per column) instead of sorting again.
 */
function sharedRowsPair(a: number, b: number, scratch: Scratch): number {
	const { columns, method, x, y, rankX, rankY } = scratch;
	const colA = columns[a];
	const colB = columns[b];
	const spearman = method === 'spearman';
	if (spearman) {
		sharedRanks(colA, scratch.order(a), colB, rankX);
		sharedRanks(colB, scratch.order(b), colA, rankY);
	}
	const fromA = spearman ? rankX : colA;
	const fromB = spearman ? rankY : colB;
	let m = 0;
	for (let i = 0; i < colA.length; i++) {
		if (Number.isNaN(colA[i]) || Number.isNaN(colB[i])) continue;
		x[m] = fromA[i];
		y[m] = fromB[i];
		m++;
	}
	if (m === 0) return NaN;
	const mx = moments(x, m);
	const my = moments(y, m);
	let cross = 0;
	for (let i = 0; i < m; i++) cross += (x[i] - mx.mean) * (y[i] - my.mean);
	return a === b ? selfCorrelation(mx.squares) : ratio(cross, mx.squares, my.squares);
}

function ratio(cross: number, sx: number, sy: number): number {
	const divisor = Math.sqrt(sx * sy);
	if (!(divisor > 0)) return NaN;
	return Math.max(-1, Math.min(1, cross / divisor));
}
