// Scalers, fitted per feature on the prepared rows: standard (mean, population std as
// scikit-learn's StandardScaler), minmax (min, range), robust (median, IQR with linear quartiles
// as scikit-learn's RobustScaler, which also uses 1 where the IQR is 0), none (0, 1).
import { assertNever } from '../assert';
import type { Matrix } from '../matrix';
import { quantiles } from './select';
import { mean } from './impute';
import type { Scaler } from './recipe';

export interface FittedScale {
	centre: number;
	scale: number;
	/** robust only: the IQR was 0, so the scale fell back to 1. */
	unitFallback: boolean;
}

/** Whether every value is the same (or there are none): such a feature cannot be scaled. */
export function isConstant(values: Float64Array): boolean {
	for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return false;
	return true;
}

/** Centre and scale of NaN-free values that are not constant. */
export function fitScale(values: Float64Array, scaler: Scaler): FittedScale {
	switch (scaler) {
		case 'standard': {
			const m = mean(values);
			let s = 0;
			for (let i = 0; i < values.length; i++) s += (values[i] - m) ** 2;
			return { centre: m, scale: Math.sqrt(s / values.length), unitFallback: false };
		}
		case 'minmax': {
			let lo = Infinity;
			let hi = -Infinity;
			for (let i = 0; i < values.length; i++) {
				if (values[i] < lo) lo = values[i];
				if (values[i] > hi) hi = values[i];
			}
			return { centre: lo, scale: hi - lo, unitFallback: false };
		}
		case 'robust': {
			const [q1, median, q3] = quantiles(values, [0.25, 0.5, 0.75]);
			const iqr = q3 - q1;
			return { centre: median, scale: iqr > 0 ? iqr : 1, unitFallback: !(iqr > 0) };
		}
		case 'none':
			return { centre: 0, scale: 1, unitFallback: false };
		default:
			return assertNever(scaler);
	}
}

/** Column j of X = (v - centre) / scale: the one place the scaler is applied, for prepare and applyFitted alike. */
export function writeScaledColumn(X: Matrix, j: number, v: Float64Array, centre: number, scale: number): void {
	const d = X.cols;
	const data = X.data;
	for (let i = 0; i < v.length; i++) data[i * d + j] = (v[i] - centre) / scale;
}
