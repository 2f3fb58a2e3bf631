// Models whose recipe derives inputs: a code (Region) read as categories and a date (Dt_Customer,
// D-M-YYYY) read as days since the as-of date fixed at fitting, through the form and a scored file.
import { describe, expect, it } from 'vitest';
import { importText } from '../io/import';
import type { Recipe } from '../prep/recipe';
import { runSegmentation } from '../results/runSegmentation';
import { modelFromRun } from './build';
import { parseModel } from './parse';
import { predictOne } from './predict';
import { scoreTable } from './score';

const days = ['04-09-2012', '08-03-2014', '21-08-2013', '10-02-2014', '19-01-2014', '09-09-2013'];
const lines = Array.from({ length: 60 }, (_, i) => `${1 + (i % 3)}\t${days[i % days.length]}\t${100 + ((i * 37) % 500)}`);
const table = importText(['Region\tDt_Customer\tMntWines', ...lines].join('\n'), { fileName: 'derived.tsv' }).table;
const recipe: Recipe = {
	version: 1,
	features: [{ column: 'Region' }, { column: 'Dt_Customer', impute: 'median', daysSince: {} }, { column: 'MntWines' }],
	scaler: 'standard'
};

describe('models with derived inputs', () => {
	const run = runSegmentation(table, recipe, { algorithm: 'kmeans', k: 3, seed: 1, restarts: 2 });
	const model = parseModel(JSON.stringify(modelFromRun({ run, table, names: ['a', 'b', 'c'], datasetName: 'derived' })));

	it('modelFromRun offers a code as its categories and a date as the dates seen', () => {
		expect(model.inputColumns.map((c) => [c.name, c.type])).toEqual([
			['Region', 'categorical'],
			['Dt_Customer', 'categorical'],
			['MntWines', 'numeric']
		]);
		expect([...model.inputColumns[0].categories!].sort()).toEqual(['1', '2', '3']);
		expect(model.inputColumns[1].categories).toContain('08-03-2014');
	});

	it('scoreTable(the training file) gives every row its run segment', () => {
		expect(Array.from(scoreTable(model, table).labels)).toEqual(Array.from(run.labels));
	});

	it('predictOne reads the typed date with the fitted pattern', () => {
		const row = 1;
		const prediction = predictOne(model, { Region: '2', Dt_Customer: '08-03-2014', MntWines: 137 });
		expect(prediction.reason).toBeNull();
		expect(prediction.label).toBe(run.labels[row]);
	});
});
