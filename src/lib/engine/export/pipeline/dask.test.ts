// The Dask script on a LocalCluster with 2 workers over a generated 2,000,000-row file read in
// several partitions: the same labels as the scikit-learn script on the same file, and a k-means
// re-fit (Lloyd steps over partitions) that agrees with scikit-learn's KMeans from the same centres.
// The timings are printed for the record (never asserted: the machine is shared).
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../../../tests/helpers/fixtures';
import { importText } from '../../io/import';
import { modelFromRun } from '../../model/build';
import { runSegmentation } from '../../results/runSegmentation';
import { checkPython, python, pythonSkip, runPython, scratchDir, writeScripts } from './testing';

const rows = 2_000_000;
const refitSteps = 8;

/** Wholesale look-alike rows (codes, log-normal spends, 0.1% "NA" cells), seeded. */
const generator = String.raw`
import sys
import numpy as np
import pandas as pd
n = int(sys.argv[2])
rng = np.random.default_rng(12)
cols = {"Channel": rng.integers(1, 3, n).astype(str), "Region": rng.choice(["1", "2", "3"], n, p=[0.2, 0.1, 0.7])}
for name, mu in [("Fresh", 8.5), ("Milk", 8.0), ("Grocery", 8.3), ("Frozen", 7.3), ("Detergents_Paper", 6.8), ("Delicassen", 6.8)]:
    v = np.round(np.exp(rng.normal(mu, 1.2, n))).astype(np.int64).astype(str).astype(object)
    v[rng.random(n) < 0.001] = "NA"
    cols[name] = v
pd.DataFrame(cols).to_csv(sys.argv[1], index=False)
`;

/** Rows whose segment differs between a labelled file and a directory of labelled parts (or another file). */
const compare = String.raw`
import glob, json, os, sys
import pandas as pd
def segments(path):
    files = sorted(glob.glob(os.path.join(path, "*.csv"))) if os.path.isdir(path) else [path]
    return pd.concat([pd.read_csv(f, usecols=["segment"], dtype=str, keep_default_na=False)["segment"] for f in files], ignore_index=True)
a, b = segments(sys.argv[1]), segments(sys.argv[2])
print(json.dumps({"rows": [len(a), len(b)], "differ": int((a.to_numpy() != b.to_numpy()).sum()) if len(a) == len(b) else -1}))
`;

function seconds(start: number): number {
	return Math.round((performance.now() - start) / 100) / 10;
}

describe.skipIf(pythonSkip())('daskScript(model) on a LocalCluster', () => {
	beforeAll(checkPython, 120_000);
	// The generated file and the four labelled copies take about 400 MB.
	const dir = scratchDir();
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it(`daskScript(model) labels ${rows.toLocaleString('en-US')} rows in partitions as sklearnScript(model) does, and --refit agrees with KMeans`, () => {
		const { table } = importText(readFixture('data/wholesale-customers.csv'), { fileName: 'wholesale-customers.csv' });
		const spends = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];
		const recipe = { version: 1 as const, scaler: 'standard' as const, features: [{ column: 'Channel' }, { column: 'Region' }, ...spends.map((column) => ({ column, impute: 'median' as const, log1p: true }))] };
		const run = runSegmentation(table, recipe, { algorithm: 'kmeans', k: 4, seed: 7 });
		const model = modelFromRun({ run, table, names: [], datasetName: 'wholesale' });
		const scripts = writeScripts(model, dir);
		const input = join(dir, 'big.csv');
		writeFileSync(join(dir, 'generate.py'), generator);
		writeFileSync(join(dir, 'compare.py'), compare);
		const made = spawnSync(python, [join(dir, 'generate.py'), input, String(rows)], { encoding: 'utf8' });
		expect(made.stderr).toBe('');
		const sameLabels = (a: string, b: string) => JSON.parse(spawnSync(python, [join(dir, 'compare.py'), a, b], { encoding: 'utf8' }).stdout) as { rows: number[]; differ: number };
		const dask = ['--workers', '2', '--threads-per-worker', '1', '--blocksize', '16MB'];

		let start = performance.now();
		const sklearn = runPython(scripts.sklearn, [input, join(dir, 'sklearn.csv')]);
		const sklearnSeconds = seconds(start);
		start = performance.now();
		const scored = runPython(scripts.dask, [input, join(dir, 'dask-out'), ...dask]);
		const daskSeconds = seconds(start);
		expect(scored.partitions as number).toBeGreaterThan(1);
		expect(sklearn.rows).toBe(rows);
		expect(sameLabels(join(dir, 'sklearn.csv'), join(dir, 'dask-out'))).toEqual({ rows: [rows, rows], differ: 0 });

		start = performance.now();
		const sklearnRefit = runPython(scripts.sklearn, [input, join(dir, 'sklearn-refit.csv'), '--refit', '--max-iter', String(refitSteps)]);
		const sklearnRefitSeconds = seconds(start);
		start = performance.now();
		const daskRefit = runPython(scripts.dask, [input, join(dir, 'dask-refit'), ...dask, '--refit', '--max-iter', String(refitSteps), '--persist']);
		const daskRefitSeconds = seconds(start);
		const refitLabels = sameLabels(join(dir, 'sklearn-refit.csv'), join(dir, 'dask-refit'));
		const inertia = [sklearnRefit.inertia as number, daskRefit.inertia as number];
		const relative = Math.abs(inertia[0] - inertia[1]) / inertia[0];
		if (refitLabels.differ !== 0) expect(relative).toBeLessThan(1e-6);
		// scikit-learn counts one more step when the centres settle at once (it compares labels with the step before).
		expect(Math.abs((daskRefit.iterations as number) - (sklearnRefit.iterations as number))).toBeLessThanOrEqual(1);
		// Re-fitted centres fit the new data better than the app's.
		expect(inertia[1]).toBeLessThan(sklearn.inertia as number);

		console.log(
			JSON.stringify({
				daskTimings: {
					rows,
					partitions: scored.partitions,
					workers: 2,
					threadsPerWorker: 1,
					scoreSeconds: { dask: daskSeconds, daskInScript: scored.score_seconds, sklearn: sklearnSeconds },
					refitSeconds: { dask: daskRefitSeconds, daskLloydInScript: daskRefit.refit_seconds, sklearn: sklearnRefitSeconds },
					refit: { steps: refitSteps, iterations: daskRefit.iterations, inertia, relativeDifference: relative, labelsDiffer: refitLabels.differ }
				}
			})
		);
	}, 1_800_000);
});
