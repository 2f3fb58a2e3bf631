// Input checks shared by the clustering algorithms and the cluster metrics.
import type { Matrix } from '../matrix';

/** Throws when any value is NaN or infinite, naming the first bad cell (preparation should remove them). */
export function assertFiniteMatrix(X: Matrix, what = 'clustering'): void {
	const { data, cols } = X;
	if (data.length !== X.rows * cols) {
		throw new Error(`matrix has ${data.length} values, expected ${X.rows} x ${cols}`);
	}
	for (let p = 0; p < data.length; p++) {
		const v = data[p];
		if (v - v !== 0) {
			const kind = Number.isNaN(v) ? 'a missing value (NaN)' : `an infinite value (${v})`;
			throw new Error(
				`${what} needs finite numbers: row ${Math.floor(p / cols)}, column ${p % cols} holds ${kind}; impute or drop it first`
			);
		}
	}
}

/** Throws unless `value` is an integer in [min, max]. */
export function assertInteger(name: string, value: number, min: number, max = Infinity): void {
	if (!Number.isInteger(value) || value < min || value > max) {
		const range = max === Infinity ? `>= ${min}` : `between ${min} and ${max}`;
		throw new Error(`${name} must be an integer ${range} (got ${value})`);
	}
}

/** Throws unless labels has one entry per row. */
export function assertLabels(X: Matrix, labels: ArrayLike<number>): void {
	if (labels.length !== X.rows) {
		throw new Error(`labels has ${labels.length} entries but the matrix has ${X.rows} rows`);
	}
}
