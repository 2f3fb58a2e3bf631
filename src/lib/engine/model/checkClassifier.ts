// The classifier part of a model file: KNN's training rows and labels, or Naive Bayes' priors,
// means and variances, each with the size the recipe's features and the segments call for and
// only finite numbers, so loading it cannot build a wrong-sized matrix or a NaN probability.
import { ModelError } from './modelError';
import { array, fail, finite, isObject, numbers, oneOf, whole } from './fields';
import type { ModelClassifier } from './types';

/** Training rows a KNN model file may carry, and numbers in all. */
export const maxKnnRows = 1_000_000;
export const maxKnnNumbers = 20_000_000;

/** Checks `value` against `d` features and segment labels 0..segments-1. */
export function checkClassifier(value: unknown, path: string, d: number, segments: number): ModelClassifier | null {
	if (value === null) return null;
	if (!isObject(value)) fail(path, 'must be an object or null');
	const label = (v: unknown, at: string) => whole(v, at, 0, segments - 1);
	if (value.kind === 'knn') {
		const rows = whole(value.rows, `${path}.rows`, 1, maxKnnRows);
		if (value.cols !== d) fail(`${path}.cols`, `must be ${d}, the number of features`);
		if (rows * d > maxKnnNumbers) fail(`${path}.data`, `would hold ${(rows * d).toLocaleString('en-US')} numbers, more than the ${maxKnnNumbers.toLocaleString('en-US')} a model may hold`);
		whole(value.k, `${path}.k`, 1, rows);
		oneOf(value.method, `${path}.method`, ['auto', 'kdtree', 'brute']);
		whole(value.leafSize, `${path}.leafSize`, 1, 100_000);
		numbers(value.data, `${path}.data`, rows * d);
		array(value.labels, `${path}.labels`, rows, rows).forEach((l, i) => label(l, `${path}.labels[${i}]`));
		return value as unknown as ModelClassifier;
	}
	if (value.kind === 'naive-bayes') {
		if (value.cols !== d) fail(`${path}.cols`, `must be ${d}, the number of features`);
		const classes = array(value.classes, `${path}.classes`, segments, 1).map((l, i) => label(l, `${path}.classes[${i}]`));
		if (new Set(classes).size !== classes.length) fail(`${path}.classes`, 'lists a segment twice');
		const c = classes.length;
		numbers(value.priors, `${path}.priors`, c).forEach((p, i) => (p as number) > 0 || fail(`${path}.priors[${i}]`, 'must be above 0'));
		numbers(value.means, `${path}.means`, c * d);
		numbers(value.variances, `${path}.variances`, c * d).forEach((v, i) => (v as number) > 0 || fail(`${path}.variances[${i}]`, 'must be above 0'));
		finite(value.epsilon, `${path}.epsilon`);
		return value as unknown as ModelClassifier;
	}
	throw new ModelError(`${path}.kind: unknown classifier kind ${JSON.stringify(value.kind)} (expected "knn", "naive-bayes" or a null classifier)`);
}
