// pandas' Series.describe() for one numeric column, plus what the Data step shows beside it:
// missing values, zeros and skewness. NaN is missing and is left out of every statistic.
import { quantileSorted, sortedFinite } from './quantile';

export interface Describe {
	/** Non-missing values. */
	count: number;
	/** NaN values. */
	missing: number;
	mean: number;
	/** Sample standard deviation (ddof = 1), NaN below two values. */
	std: number;
	min: number;
	/** Quartiles by linear interpolation, as pandas and numpy. */
	q25: number;
	median: number;
	q75: number;
	max: number;
	/** Adjusted Fisher-Pearson skewness as pandas' skew(): NaN below three values, 0 when constant. */
	skewness: number;
	/** Values exactly 0. */
	zeros: number;
}

/** Below this, pandas treats a sum of powered deviations as rounding noise and uses 0 (`_zero_out_fperr`). */
const roundingNoise = 1e-14;

/** describe(values) as pandas: count, mean, std, min, quartiles, max, plus missing, zeros and skewness. */
export function describe(values: Float64Array): Describe {
	return describeSorted(sortedFinite(values), values.length);
}

/** describe() from the non-missing values already sorted ascending and the column's full length. */
export function describeSorted(sorted: Float64Array, length: number): Describe {
	const n = sorted.length;
	let sum = 0;
	let zeros = 0;
	for (let i = 0; i < n; i++) {
		sum += sorted[i];
		if (sorted[i] === 0) zeros++;
	}
	const mean = n ? sum / n : NaN;
	let m2 = 0;
	let m3 = 0;
	for (let i = 0; i < n; i++) {
		const d = sorted[i] - mean;
		const d2 = d * d;
		m2 += d2;
		m3 += d2 * d;
	}
	return {
		count: n,
		missing: length - n,
		mean,
		std: n > 1 ? Math.sqrt(m2 / (n - 1)) : NaN,
		min: n ? sorted[0] : NaN,
		q25: quantileSorted(sorted, 0.25),
		median: quantileSorted(sorted, 0.5),
		q75: quantileSorted(sorted, 0.75),
		max: n ? sorted[n - 1] : NaN,
		skewness: skewness(n, m2, m3),
		zeros
	};
}

/** pandas' nanskew from the sums of squared and cubed deviations. */
function skewness(n: number, m2: number, m3: number): number {
	if (n < 3) return NaN;
	if (Math.abs(m2) < roundingNoise) return 0;
	const cubed = Math.abs(m3) < roundingNoise ? 0 : m3;
	return ((n * Math.sqrt(n - 1)) / (n - 2)) * (cubed / m2 ** 1.5);
}
