import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { columnTrainingSet, evaluateClassifiers, modelFromRun, modelFromTraining } from '../../../src/lib/engine/model';
import { modelVersion, type SegmentModel } from '../../../src/lib/engine/model';
import { wholesaleTable } from '../../../src/lib/engine/prep/testing';
import { runSegmentation } from '../../../src/lib/engine/results/runSegmentation';
import { cli, tempDir, wholesale } from './run';

const spend = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];
const recipe = { version: 1 as const, features: spend.map((column) => ({ column, impute: 'median' as const })), scaler: 'standard' as const };
const table = wholesaleTable();
const run = runSegmentation(table, recipe, { algorithm: 'kmeans', k: 3, seed: 2, restarts: 3 });

function saved(model: SegmentModel | object): string {
	const path = join(tempDir(), 'model.json');
	writeFileSync(path, JSON.stringify(model));
	return path;
}

function csvLines(path: string): string[] {
	return readFileSync(path, 'utf8').trimEnd().split('\r\n');
}

describe('segment-lab score-model', () => {
	test('score-model MODEL FILE --out writes every row with the segment number the run gave it (1 = largest)', async () => {
		const model = modelFromRun({ run, table, names: ['Small', 'Retail', '=Fresh buyers'], datasetName: 'Wholesale' });
		const out = join(tempDir(), 'labelled.csv');
		const { code, stderr } = await cli('score-model', saved(model), wholesale, '--out', out);
		expect(code).toBe(0);
		expect(stderr).toContain('scored 440 of 440 rows');
		const lines = csvLines(out);
		expect(lines[0]).toBe('Channel,Region,Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen,segment,segment_name,not_scored_because');
		expect(lines).toHaveLength(441);
		const numbers = lines.slice(1).map((line) => Number(line.split(',')[8]));
		expect(numbers).toEqual(Array.from(run.labels, (label) => label + 1));
		expect(numbers.filter((n) => n === 1)).toHaveLength(Math.max(...run.sizes));
		expect(lines.find((line) => line.split(',')[8] === '1')!.split(',')[9]).toBe('Small');
		// The name that starts like a formula reaches the spreadsheet as text.
		const third = lines.find((line) => line.split(',')[8] === '3')!;
		expect(third.split(',')[9]).toBe("'=Fresh buyers");
	});

	test('a KNN model of Channel scores as in the app, with a JSON summary', async () => {
		const set = columnTrainingSet(table, recipe, 'Channel');
		const evaluation = evaluateClassifiers(set.X, set.y, 2, { ks: [5] });
		const model = modelFromTraining({ set, table, dataset: { name: 'Wholesale', rows: 440 }, kind: 'knn', evaluation: evaluation.knn });
		const out = join(tempDir(), 'channel.csv');
		const { code, stdout } = await cli('score-model', saved(model), wholesale, '--out', out, '--json', '-');
		expect(code).toBe(0);
		const summary = JSON.parse(stdout);
		expect(summary).toMatchObject({ rows: 440, scored: 440, model: { classifier: 'knn', target: 'Channel' } });
		const predicted = csvLines(out).slice(1).map((line) => line.split(',')[9]);
		const actual = csvLines(out).slice(1).map((line) => line.split(',')[0]);
		const agree = predicted.filter((p, i) => p === actual[i]).length / 440;
		// Refitted on every row with k = 5: right on most rows it was trained on.
		expect(agree).toBeGreaterThan(0.9);
		expect(summary.segments.map((s: { rows: number }) => s.rows).reduce((a: number, b: number) => a + b)).toBe(440);
		expect(summary.segments.map((s: { number: number; name: string }) => [s.number, s.name])).toEqual([
			[1, '1'],
			[2, '2']
		]);
	});

	test('rows the recipe cannot take are kept, without a segment, with the reason', async () => {
		const strict = { ...recipe, features: spend.map((column) => ({ column, impute: 'drop' as const })) };
		const strictRun = runSegmentation(table, strict, { algorithm: 'kmeans', k: 2, seed: 1, restarts: 2 });
		const model = modelFromRun({ run: strictRun, table, names: ['A', 'B'], datasetName: 'Wholesale' });
		const file = join(tempDir(), 'gaps.csv');
		writeFileSync(file, 'Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen\n100,200,300,400,500,600\n100,,300,400,500,600\n');
		const { code, stdout, stderr } = await cli('score-model', saved(model), file);
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\r\n');
		expect(lines[2]).toBe('100,,300,400,500,600,,,missing value in Milk');
		expect(stderr).toContain('not scored: 1 rows for missing value in Milk');
	});

	test('a model from a newer app, a missing model file and a file without the columns fail with exit 1', async () => {
		const model = modelFromRun({ run, table, names: ['a', 'b', 'c'], datasetName: 'Wholesale' });
		const newer = await cli('score-model', saved({ ...model, version: modelVersion + 1 }), wholesale);
		expect(newer.code).toBe(1);
		expect(newer.stderr).toMatch(new RegExp(`^segment-lab score-model: ".*model\\.json" cannot be used: model version ${modelVersion + 1} is newer than this app understands`));
		const missing = await cli('score-model', 'nowhere.json', wholesale);
		expect(missing).toMatchObject({ code: 1, stderr: 'segment-lab score-model: model file "nowhere.json" not found\n' });
		const file = join(tempDir(), 'other.csv');
		writeFileSync(file, 'Fresh,Milk\n1,2\n');
		const lacking = await cli('score-model', saved(model), file);
		expect(lacking.code).toBe(1);
		expect(lacking.stderr).toContain('the file has no columns "Grocery", "Frozen", "Detergents_Paper", "Delicassen", which the model needs');
	});

	test('MODEL and FILE are both required (exit 2)', async () => {
		const { code, stderr } = await cli('score-model', 'model.json');
		expect(code).toBe(2);
		expect(stderr).toBe('segment-lab score-model: FILE is missing (see segment-lab score-model --help)\n');
		expect((await cli('score-model', 'a.json', 'b.csv', 'c.csv')).stderr).toContain('expected MODEL.json FILE, got 3');
	});
});
