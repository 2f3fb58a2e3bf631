import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../../tests/helpers/fixtures';
import { chooseKnnK } from '../classify/crossValidate';
import { stratifiedSplit } from '../classify/folds';
import { fromRows, takeMatrixRows } from '../matrix';
import type { Recipe } from '../prep/recipe';
import { wholesaleTable } from '../prep/testing';
import { runSegmentation } from '../results/runSegmentation';
import { modelFromRun } from './build';
import { evaluateClassifiers } from './evaluate';
import { modelFromTraining } from './fromTraining';
import { parseModel } from './parse';
import { scoreTable } from './score';
import { columnTrainingSet, segmentTrainingSet } from './trainingSet';
import { modelSchema, modelVersion } from './types';

const ref = loadReference('wholesale-standard');
const recipe: Recipe = { version: 1, features: ref.features.map((column) => ({ column, impute: 'median' })), scaler: 'standard' };
const table = wholesaleTable();
const dataset = { name: 'Wholesale customers', rows: table.rowCount };

describe('model files on wholesale', () => {
	const run = runSegmentation(table, recipe, { algorithm: 'kmeans', k: 4, seed: 1, restarts: 4 });
	const names = ['Hotels', 'Retail', 'Fresh buyers', 'Big'];

	it('modelFromRun -> JSON -> parseModel -> scoreTable gives every row its run segment (nearest centroid)', () => {
		const model = modelFromRun({ run, table, names, datasetName: dataset.name });
		expect(model).toMatchObject({ schema: modelSchema, version: modelVersion, classifier: null, dataset: { rows: 440 } });
		expect(model.segments.map((s) => s.name)).toEqual(names);
		const loaded = parseModel(JSON.stringify(model));
		const scored = scoreTable(loaded, table);
		expect(scored.scored).toBe(440);
		expect(Array.from(scored.labels)).toEqual(Array.from(run.labels));
		expect(scored.names[0]).toBe(names[run.labels[0]]);
		expect(scored.counts).toEqual(run.sizes);
	});

	it('modelFromRun lists segments with number 1 = the largest, and a blank analyst name as the generated one', () => {
		const model = modelFromRun({ run, table, names: ['Hotels', '', 'Fresh buyers'], datasetName: dataset.name });
		const json = JSON.parse(JSON.stringify(model)) as { segments: { number: number; name: string; size: number }[] };
		expect(json.segments.map((s) => s.number)).toEqual([1, 2, 3, 4]);
		expect(json.segments[0].size).toBe(Math.max(...run.sizes));
		expect(json.segments[1].name).toBe(run.segmentStats!.segments[1].name);
		expect(json.segments[3].name).toBe(run.segmentStats!.segments[3].name);
	});

	it('the form hints hold the training range of every input column', () => {
		const model = modelFromRun({ run, table, names, datasetName: dataset.name });
		const fresh = model.inputColumns.find((c) => c.name === 'Fresh')!;
		expect(fresh).toMatchObject({ type: 'numeric', min: 3, max: 112151, optional: true });
	});

	for (const kind of ['knn', 'naive-bayes'] as const) {
		it(`a ${kind} model of the run's segments predicts the same after a JSON round trip`, () => {
			const set = segmentTrainingSet(table, run, names);
			const model = modelFromTraining({ set, table, dataset, kind });
			const before = scoreTable(model, table);
			const after = scoreTable(parseModel(JSON.stringify(model)), table);
			expect(Array.from(after.labels)).toEqual(Array.from(before.labels));
			expect(Array.from(after.confidence)).toEqual(Array.from(before.confidence));
			// Trained on these very rows, both classifiers agree with the run on nearly all of them.
			const agree = before.labels.filter((l, i) => l === run.labels[i]).length;
			expect(agree / 440).toBeGreaterThan(0.9);
		});
	}
});

describe('classifiers predicting Channel', () => {
	const set = columnTrainingSet(table, recipe, 'Channel');
	const evaluation = evaluateClassifiers(set.X, set.y, set.classNames.length);

	it("columnTrainingSet('Channel') has classes 1 and 2 and leaves Channel out of the features", () => {
		expect(set.classNames).toEqual(['1', '2']);
		expect(set.fitted.features.map((f) => f.name)).toEqual(ref.features);
		expect(set.y.length).toBe(440);
	});

	it("evaluateClassifiers(X, y, 2, {ks: [5]}): cross-validated accuracies equal scikit-learn's (KNN k = 5)", () => {
		const five = evaluateClassifiers(set.X, set.y, set.classNames.length, { ks: [ref.classifyChannel.knnK] });
		expect(five.knn.k).toBe(ref.classifyChannel.knnK);
		expect(five.knn.cvAccuracy).toBeCloseTo(ref.classifyChannel.knnAccuracy, 12);
		expect(evaluation.naiveBayes.cvAccuracy).toBeCloseTo(ref.classifyChannel.naiveBayesAccuracy, 12);
		expect(evaluation.knn.curve!.map((p) => p.k)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25]);
	});

	it('evaluateClassifiers: KNN has one k, chosen by cross-validation on the training part alone, for every figure', () => {
		const split = stratifiedSplit(set.y, { testFraction: 0.25, seed: 0 });
		const choice = chooseKnnK(takeMatrixRows(set.X, split.train), Int32Array.from(split.train, (i) => set.y[i]));
		expect(evaluation.knn.k).toBe(choice.bestK);
		expect(evaluation.knn.split.k).toBe(evaluation.knn.k);
		expect(evaluation.knn.kChosenOn).toBe(330);
		expect(evaluation.knn.curve).toEqual(choice.curve);
		const knnModel = modelFromTraining({ set, table, dataset, kind: 'knn', evaluation: evaluation.knn });
		expect(knnModel.metrics?.knnK).toBe(evaluation.knn.k);
		expect(evaluation.naiveBayes.k).toBeNull();
		expect(evaluation.naiveBayes.kChosenOn).toBeNull();
	});

	it('evaluateClassifiers on a training part too small for the folds chooses k on every row, and says so', () => {
		// 8 rows, 5 and 3 per class: the 6 training rows hold fewer than 5 of every class, all 8 rows do not.
		const X = fromRows(Array.from({ length: 8 }, (_, i) => [i < 5 ? i : 20 + i]));
		const y = Int32Array.from({ length: 8 }, (_, i) => (i < 5 ? 0 : 1));
		const e = evaluateClassifiers(X, y, 2, { folds: 5, ks: [1, 3] });
		expect(e.knn.split.trainRows).toBe(6);
		expect(e.knn.kChosenOn).toBe(8);
		expect(e.knn.split.k).toBe(e.knn.k);
	});

	it('evaluateClassifiers: confusion matrices count every row once, and the split holds out a quarter', () => {
		for (const e of [evaluation.knn, evaluation.naiveBayes]) {
			expect(e.report.confusion.counts.flat().reduce((a, b) => a + b, 0)).toBe(440);
			expect(e.split).toMatchObject({ testRows: 110, trainRows: 330 });
			expect(e.split.accuracy).toBeGreaterThan(0.8);
		}
	});

	it('a Channel model scores the file it came from as its classifier predicts, after a round trip', () => {
		const model = modelFromTraining({ set, table, dataset, kind: 'knn', evaluation: evaluation.knn });
		expect(model.target).toEqual({ kind: 'column', column: 'Channel' });
		expect(model.metrics).toMatchObject({ knnK: evaluation.knn.k!, cvAccuracy: evaluation.knn.cvAccuracy });
		const scored = scoreTable(parseModel(JSON.stringify(model)), table);
		const channel = table.columns.find((c) => c.name === 'Channel')!;
		const hits = scored.labels.filter((l, i) => channel.type === 'numeric' && String(channel.values[i]) === model.segments[l].name).length;
		expect(hits / 440).toBeGreaterThan(0.9);
	});
});

describe('evaluateClassifiers options', () => {
	it('options given as undefined fall back to the defaults (a worker passes them through)', () => {
		const set = columnTrainingSet(table, recipe, 'Channel');
		const e = evaluateClassifiers(set.X, set.y, 2, { folds: undefined, seed: undefined, ks: [5] });
		expect(e.knn).toMatchObject({ k: 5, folds: 5 });
		expect(e.knn.cvAccuracy).toBeCloseTo(ref.classifyChannel.knnAccuracy, 12);
	});
});
