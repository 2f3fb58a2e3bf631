// Exported models carry no customer rows unless asked (issue 11.6), checked on a KNN model trained
// on the Wholesale segments: no array in the file is as long as the n x d training matrix.
import { describe, expect, it } from 'vitest';
import type { Recipe } from '../prep/recipe';
import { wholesaleTable } from '../prep/testing';
import { runSegmentation } from '../results/runSegmentation';
import { evaluateClassifiers } from './evaluate';
import { modelFromTraining } from './fromTraining';
import { parseModel } from './parse';
import { exportedModel, trainingRowCount, withoutTrainingRows } from './rowFree';
import { scoreTable } from './score';
import { encodeShare } from './share';
import { segmentTrainingSet } from './trainingSet';

const table = wholesaleTable();
const recipe: Recipe = { version: 1, features: ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'].map((column) => ({ column, impute: 'median' })), scaler: 'standard' };
const run = runSegmentation(table, recipe, { algorithm: 'kmeans', k: 3, seed: 1, restarts: 2 });
const set = segmentTrainingSet(table, run, ['A', 'B', 'C']);
const evaluation = evaluateClassifiers(set.X, set.y, set.classNames.length, { folds: 3, seed: 1 });
const knn = modelFromTraining({ set, table, dataset: { name: 'Wholesale', rows: 440 }, kind: 'knn', evaluation: evaluation.knn });
const n = set.y.length;
const d = set.X.cols;

/** Lengths of every array anywhere in a JSON value. */
function arrayLengths(value: unknown): number[] {
	if (Array.isArray(value)) return [value.length, ...value.flatMap(arrayLengths)];
	if (value && typeof value === 'object') return Object.values(value).flatMap(arrayLengths);
	return [];
}

describe('row-free models', () => {
	it('trainingRowCount(KNN model) is its n training rows; the file holds an n·d array', () => {
		expect(trainingRowCount(knn)).toBe(n);
		expect(arrayLengths(JSON.parse(JSON.stringify(knn)))).toContain(n * d);
	});

	it('exportedModel(KNN model) by default holds no array of length n·d or n, and still assigns every row', () => {
		const file = JSON.parse(JSON.stringify(exportedModel(knn)));
		expect(file.classifier).toBeNull();
		const lengths = arrayLengths(file);
		expect(lengths).not.toContain(n * d);
		expect(lengths).not.toContain(n);
		const scored = scoreTable(parseModel(file), table);
		expect(scored.scored).toBe(440);
	});

	it('exportedModel(KNN model, {includeTrainingRows: true}) keeps the rows only when asked', () => {
		expect(trainingRowCount(exportedModel(knn, { includeTrainingRows: true }))).toBe(n);
	});

	it('encodeShare(withoutTrainingRows(KNN model)) makes a link; encodeShare(KNN model) does not', async () => {
		await expect(encodeShare(withoutTrainingRows(knn))).resolves.toMatch(/^[A-Za-z0-9_-]+$/);
		await expect(encodeShare(knn)).rejects.toThrow(`holds its ${n} training customers`);
	});
});
