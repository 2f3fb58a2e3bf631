// Outlier bounds, learned on the imputed values of the kept rows: the IQR rule
// [Q1 - t * IQR, Q3 + t * IQR] with linear quartiles (pandas), or the z-score rule
// mean +- t * std with the population std (scipy.stats.zscore). Values outside are outliers.
import { assertNever } from '../assert';
import { quantiles } from './select';
import { mean } from './impute';
import type { OutlierRule } from './recipe';

export interface Bounds {
	lower: number;
	upper: number;
}

/** Bounds of a rule over NaN-free values. */
export function outlierBounds(values: ArrayLike<number>, rule: OutlierRule): Bounds {
	if (!(rule.threshold > 0)) throw new Error(`outlier threshold must be a positive number, got ${rule.threshold}`);
	switch (rule.method) {
		case 'iqr': {
			const [q1, q3] = quantiles(values, [0.25, 0.75]);
			const iqr = q3 - q1;
			return { lower: q1 - rule.threshold * iqr, upper: q3 + rule.threshold * iqr };
		}
		case 'zscore': {
			const m = mean(values);
			let s = 0;
			for (let i = 0; i < values.length; i++) s += (values[i] - m) ** 2;
			const std = Math.sqrt(s / values.length);
			return { lower: m - rule.threshold * std, upper: m + rule.threshold * std };
		}
		default:
			return assertNever(rule.method);
	}
}

export function isOutside(v: number, bounds: Bounds): boolean {
	return v < bounds.lower || v > bounds.upper;
}

/** Values outside the bounds. */
export function countOutside(values: ArrayLike<number>, bounds: Bounds): number {
	let n = 0;
	for (let i = 0; i < values.length; i++) if (isOutside(values[i], bounds)) n++;
	return n;
}
