import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pyFloat } from '../../../src/lib/engine/export/pipeline/pythonValues';
import { checkPython, pythonSkip, runPython, segmentNumbers } from '../../../src/lib/engine/export/pipeline/testing';
import { modelFromRun } from '../../../src/lib/engine/model';
import { wholesaleTable } from '../../../src/lib/engine/prep/testing';
import { runSegmentation } from '../../../src/lib/engine/results/runSegmentation';
import { cli, root, tempDir, wholesale } from './run';

const spend = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];
const recipe = { version: 1 as const, features: spend.map((column) => ({ column, impute: 'median' as const, log1p: true })), scaler: 'standard' as const };
const table = wholesaleTable();
const run = runSegmentation(table, recipe, { algorithm: 'kmeans', k: 3, seed: 2 });
const model = modelFromRun({ run, table, names: ['Small', 'Retail', 'Fresh buyers'], datasetName: 'Wholesale' });

function saved(value: object): string {
	const path = join(tempDir(), 'model.json');
	writeFileSync(path, JSON.stringify(value));
	return path;
}

describe('segment-lab export-pipeline', () => {
	test('export-pipeline MODEL --to sklearn --out writes a script holding the centres, scaler values and column names', async () => {
		const out = join(tempDir(), 'pipeline.py');
		const { code, stderr } = await cli('export-pipeline', saved(model), '--to', 'sklearn', '--out', out);
		expect(code).toBe(0);
		expect(stderr).toContain('wrote the scikit-learn pipeline');
		const script = readFileSync(out, 'utf8');
		expect(script).toContain('Pipeline(');
		expect(script).toContain(pyFloat(model.centroids[0][0]));
		expect(script).toContain(pyFloat(model.fitted.features[2].centre));
		for (const name of spend) expect(script).toContain(`"${name}"`);
	});

	test('export-pipeline MODEL --to dask prints the Dask script on stdout', async () => {
		const { code, stdout } = await cli('export-pipeline', saved(model), '--to', 'dask');
		expect(code).toBe(0);
		expect(stdout).toContain('import dask.dataframe as dd');
		expect(stdout).toContain('map_partitions');
	});

	test('export-pipeline without --to, or with an unknown one, is a usage error (exit 2)', async () => {
		expect((await cli('export-pipeline', saved(model))).code).toBe(2);
		const wrong = await cli('export-pipeline', saved(model), '--to', 'spark');
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain('choose sklearn or dask');
	});

	test('export-pipeline of a file that is not a model names the file (exit 1)', async () => {
		const { code, stderr } = await cli('export-pipeline', saved({ hello: 1 }), '--to', 'sklearn');
		expect(code).toBe(1);
		expect(stderr).toContain('cannot be used');
	});

	test.skipIf(pythonSkip())('the exported scikit-learn script labels the sample as score-model does', async () => {
		checkPython();
		const dir = tempDir();
		const script = join(dir, 'pipeline.py');
		expect((await cli('export-pipeline', saved(model), '--to', 'sklearn', '--out', script)).code).toBe(0);
		const app = join(dir, 'app.csv');
		expect((await cli('score-model', saved(model), wholesale, '--out', app)).code).toBe(0);
		const python = join(dir, 'python.csv');
		runPython(script, [join(root, wholesale), python]);
		expect(segmentNumbers(python)).toEqual(segmentNumbers(app));
	}, 60_000);
});
