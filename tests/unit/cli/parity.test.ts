// The command line and the app's worker share one engine: the worker's single run is
// runSegmentation(table, recipe, spec). Same recipe and seed must give the same segments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importText } from '../../../src/lib/engine/io/import';
import { runSegmentation } from '../../../src/lib/engine/results';
import type { Recipe } from '../../../src/lib/engine/prep/recipe';
import { cli, root, tempDir, wholesale } from './run';

const spend = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];

describe('CLI and worker parity', () => {
	test('cluster --log1p --k 4 --seed 7 gives the labels, inertia and centroids runSegmentation gives', async () => {
		const dir = tempDir();
		const json = join(dir, 'run.json');
		const csv = join(dir, 'labelled.csv');
		const outcome = await cli('cluster', wholesale, '--features', spend.join(','), '--log1p', '--k', '4', '--seed', '7', '--json', json, '--out', csv);
		expect(outcome.code, outcome.stderr).toBe(0);
		const fromCli = JSON.parse(readFileSync(json, 'utf8'));
		const cliSegments = readFileSync(csv, 'utf8').trim().split(/\r?\n/).slice(1).map((line) => Number(line.split(',').at(-1)));

		const { table } = importText(readFileSync(join(root, wholesale), 'utf8'), { fileName: 'wholesale-customers.csv' });
		const recipe: Recipe = { version: 1, scaler: 'standard', features: spend.map((column) => ({ column, impute: 'median', log1p: true })) };
		const run = runSegmentation(table, recipe, { algorithm: 'kmeans', k: 4, seed: 7, restarts: 10 });

		expect(Array.from(run.labels, (label) => label + 1)).toEqual(cliSegments);
		expect(run.metrics.inertia).toBe(fromCli.inertia);
		expect(run.sizes).toEqual(fromCli.sizes);
		expect(run.centroidsScaled).toEqual(fromCli.centroids);
	});

	test('cluster --k 4 --seed 7 --json reports runSegmentation\'s metrics, iterations and centres in original units', async () => {
		const json = join(tempDir(), 'run.json');
		const outcome = await cli('cluster', wholesale, '--features', spend.join(','), '--k', '4', '--seed', '7', '--json', json);
		expect(outcome.code, outcome.stderr).toBe(0);
		const fromCli = JSON.parse(readFileSync(json, 'utf8'));
		const { table } = importText(readFileSync(join(root, wholesale), 'utf8'), { fileName: 'wholesale-customers.csv' });
		const recipe: Recipe = { version: 1, scaler: 'standard', features: spend.map((column) => ({ column, impute: 'median' })) };
		const run = runSegmentation(table, recipe, { algorithm: 'kmeans', k: 4, seed: 7, restarts: 10 });
		const { silhouette, daviesBouldin, calinskiHarabasz } = run.metrics;
		expect({ silhouette: fromCli.silhouette, daviesBouldin: fromCli.daviesBouldin, calinskiHarabasz: fromCli.calinskiHarabasz }).toEqual({ silhouette, daviesBouldin, calinskiHarabasz });
		expect(fromCli.iterations).toBe(run.iterations);
		expect(fromCli.centroidsOriginal).toEqual(run.centroidsOriginal);
		expect(fromCli.silhouetteRows).toBe(440);
	});
});
