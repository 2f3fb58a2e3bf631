// Running the generated scripts from the tests with Debian's /usr/bin/python3. With CI=true a
// missing python3 or package fails the tests; locally, only a missing python3 lets them skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importText } from '../../io/import';
import type { SegmentModel } from '../../model/types';
import { daskScript } from './dask';
import { sklearnScript } from './sklearn';

export const python = '/usr/bin/python3';
const packages = ['numpy', 'pandas', 'sklearn', 'dask', 'distributed', 'threadpoolctl'];

/** Whether the tests may skip: only outside CI, and only when python3 itself is absent. */
export function pythonSkip(): boolean {
	return process.env.CI !== 'true' && !existsSync(python);
}

/** Throws naming what is missing (python3 or a package) and how to install it. */
export function checkPython(): void {
	if (!existsSync(python)) throw new Error(`${python} is missing: apt-get install -y python3 python3-sklearn python3-pandas python3-dask python3-distributed python3-threadpoolctl`);
	const probe = spawnSync(python, ['-c', `import ${packages.join(', ')}`], { encoding: 'utf8' });
	if (probe.status !== 0) throw new Error(`python3 lacks a package the pipeline scripts need (${probe.stderr.trim().split('\n').pop()}); apt-get install -y python3-sklearn python3-pandas python3-dask python3-distributed python3-threadpoolctl`);
}

export function scratchDir(): string {
	return mkdtempSync(join(tmpdir(), 'segment-lab-pipeline-'));
}

/** Runs a script and returns the JSON summary it prints last; throws with its stderr when it fails. */
export function runPython(script: string, args: string[], timeoutMs = 600_000): Record<string, unknown> {
	const result = spawnSync(python, [script, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20, env: { ...process.env, OMP_NUM_THREADS: '1' } });
	if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
	const lines = result.stdout.trim().split('\n');
	return JSON.parse(lines[lines.length - 1]) as Record<string, unknown>;
}

/** Writes both scripts for `model` into `dir`. */
export function writeScripts(model: SegmentModel, dir: string): { sklearn: string; dask: string } {
	const paths = { sklearn: join(dir, 'pipeline_sklearn.py'), dask: join(dir, 'pipeline_dask.py') };
	writeFileSync(paths.sklearn, sklearnScript(model));
	writeFileSync(paths.dask, daskScript(model));
	return paths;
}

/** The segment numbers a labelled CSV holds, row by row (0 where the cell is empty): the third column from the end. */
export function segmentNumbers(path: string): number[] {
	const { table } = importText(readFileSync(path, 'utf8'), { fileName: 'labelled.csv' });
	const column = table.columns[table.columns.length - 3];
	if (column.type !== 'numeric') throw new Error(`${path}: the segment column is not numeric`);
	return Array.from(column.values, (v) => (Number.isNaN(v) ? 0 : v));
}

/** The app's numbers for engine labels: label + 1, 0 for rows without a segment. */
export function appNumbers(labels: ArrayLike<number>): number[] {
	return Array.from(labels, (label) => (label >= 0 ? label + 1 : 0));
}
