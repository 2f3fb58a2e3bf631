// New rows placed on fitted principal components (scikit-learn's PCA.transform).
import type { Matrix } from '../matrix';
import type { PcaModel } from './pca';

/** projectPca(model, X): row-major n x c scores of X's rows, centred on the model's means. */
export function projectPca(model: PcaModel, X: Matrix): Float64Array {
	const d = model.mean.length;
	if (X.cols !== d) throw new Error(`the PCA was fitted on ${d} columns, these rows have ${X.cols}`);
	const c = model.components.length / d;
	const { data, rows: n } = X;
	const { components, mean } = model;
	const scores = new Float64Array(n * c);
	const centred = new Float64Array(d);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < d; j++) centred[j] = data[i * d + j] - mean[j];
		for (let k = 0; k < c; k++) {
			let s = 0;
			for (let j = 0; j < d; j++) s += centred[j] * components[k * d + j];
			scores[i * c + k] = s;
		}
	}
	return scores;
}
