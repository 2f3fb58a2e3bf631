// The per-shard halves of a PCA (stats/pca.ts, pcaBounded.ts): column sums (for the means), sums of
// squared deviations (for the column variances of wide data), the cross-product sums around the
// shared means (for the covariance), and the shard's rows projected on the components. Each loop does
// pca.ts's arithmetic in its order, so one shard holding every row gives pca()'s numbers exactly.
// `columns` (ascending indices) restricts a call to those columns; without it every column is used.

/** What a shard answers for a PCA, over its own rows. */
export interface PcaShard {
	/** Sum of each chosen column over this shard's rows (NaN when the column has a missing value here). */
	pcaSums(columns?: Int32Array): Float64Array;
	/** Per chosen column, the summed squared deviation from `mean` (one mean per chosen column). */
	pcaSquares(mean: Float64Array, columns?: Int32Array): Float64Array;
	/** Sums of products of the centred chosen columns, upper triangle (j <= k) of a c x c array, c = chosen columns. */
	pcaCrossProducts(mean: Float64Array, columns?: Int32Array): Float64Array;
	/** Row-major rows x c scores: each row's chosen columns, centred on `mean`, on the c = components.length / mean.length components. */
	pcaScores(mean: Float64Array, components: Float64Array, columns?: Int32Array): Float64Array;
}

/** `rows` x `d` values, or a function giving them (a WebAssembly shard's rows, read where they live). */
export function createPcaShard(source: Float64Array | (() => Float64Array), rows: number, d: number): PcaShard {
	const values = typeof source === 'function' ? source : () => source;
	const chosen = (columns: Int32Array | undefined): Int32Array => columns ?? Int32Array.from({ length: d }, (_, j) => j);
	return {
		pcaSums(columns) {
			const X = values();
			const cols = chosen(columns);
			const m = cols.length;
			const sum = new Float64Array(m);
			for (let i = 0; i < rows; i++) for (let j = 0, b = i * d; j < m; j++) sum[j] += X[b + cols[j]];
			return sum;
		},
		pcaSquares(mean, columns) {
			const X = values();
			const cols = chosen(columns);
			const m = cols.length;
			const sq = new Float64Array(m);
			for (let i = 0; i < rows; i++) {
				for (let j = 0, b = i * d; j < m; j++) {
					const v = X[b + cols[j]] - mean[j];
					sq[j] += v * v;
				}
			}
			return sq;
		},
		pcaCrossProducts(mean, columns) {
			const X = values();
			const cols = chosen(columns);
			const m = cols.length;
			const cov = new Float64Array(m * m);
			const centred = new Float64Array(m);
			for (let i = 0; i < rows; i++) {
				const base = i * d;
				for (let j = 0; j < m; j++) centred[j] = X[base + cols[j]] - mean[j];
				for (let j = 0; j < m; j++) {
					const xj = centred[j];
					const rowStart = j * m;
					for (let k = j; k < m; k++) cov[rowStart + k] += xj * centred[k];
				}
			}
			return cov;
		},
		pcaScores(mean, components, columns) {
			const X = values();
			const cols = chosen(columns);
			const m = cols.length;
			const c = components.length / m;
			const scores = new Float64Array(rows * c);
			const centred = new Float64Array(m);
			for (let i = 0; i < rows; i++) {
				for (let j = 0, b = i * d; j < m; j++) centred[j] = X[b + cols[j]] - mean[j];
				for (let k = 0; k < c; k++) {
					let s = 0;
					for (let j = 0; j < m; j++) s += centred[j] * components[k * m + j];
					scores[i * c + k] = s;
				}
			}
			return scores;
		}
	};
}
