import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reference, type WholesaleReference } from './reference';
import { cli, cliJson, relativeError, root, tempDir } from './run';

interface ScoreJson {
	n: number;
	k: number;
	features: string[];
	silhouette: number;
	daviesBouldin: number;
	calinskiHarabasz: number;
	sizes: Record<string, number>;
}

/** The wholesale data with the reference labelling appended as a "ref" column, in a temp file. */
function labelledCopy(labels: number[]): string {
	const lines = readFileSync(join(root, 'tests/fixtures/data/wholesale-customers.csv'), 'utf8').trimEnd().split(/\r?\n/);
	const path = join(tempDir(), 'wholesale-labelled.csv');
	writeFileSync(path, [`${lines[0]},ref`, ...lines.slice(1).map((line, i) => `${line},${labels[i]}`)].join('\n') + '\n');
	return path;
}

describe('segment-lab score', () => {
	for (const [name, extra, dbBound] of [
		// scikit-learn's Davies-Bouldin gives this labelling's 1-row segment a spread of ~3e-7 instead of 0 (see metrics tests).
		['wholesale-standard.json', [], 1e-8],
		['wholesale-log-standard.json', ['--log1p'], 1e-9]
	] as const) {
		test(`score --labels ref${extra.map((a) => ' ' + a).join('')} reproduces ${name}'s labelled scores`, async () => {
			const ref = reference<WholesaleReference>(name);
			const file = labelledCopy(ref.labelled.labels);
			const result = await cliJson<ScoreJson>('score', file, '--labels', 'ref', '--features', ref.features.join(','), ...extra);
			expect(result.n).toBe(ref.n);
			expect(result.k).toBe(ref.labelled.k);
			expect(relativeError(result.silhouette, ref.labelled.silhouette)).toBeLessThan(1e-9);
			expect(relativeError(result.daviesBouldin, ref.labelled.daviesBouldin)).toBeLessThan(dbBound);
			expect(relativeError(result.calinskiHarabasz, ref.labelled.calinskiHarabasz)).toBeLessThan(1e-9);
		});
	}

	test('the label column is never a feature, and rows without a label are left out', async () => {
		const path = join(tempDir(), 'partial.csv');
		writeFileSync(path, 'x,y,seg\n0,0,a\n0,1,a\n5,5,b\n5,6,b\n9,9,\n');
		const { code, stdout, stderr } = await cli('score', path, '--labels', 'seg', '--json', '-');
		expect(code).toBe(0);
		expect(stderr).toContain('dropped 1 rows without a value in "seg"');
		const result = JSON.parse(stdout) as ScoreJson;
		expect(result).toMatchObject({ n: 4, k: 2, features: ['x', 'y'], sizes: { a: 2, b: 2 } });
	});

	test('rows that preparation drops are dropped from the labels too', async () => {
		const path = join(tempDir(), 'gaps.csv');
		writeFileSync(path, 'x,y,seg\n0,0,1\n0,,1\n0,1,1\n5,5,2\n5,6,2\n');
		const result = await cliJson<ScoreJson>('score', path, '--labels', 'seg', '--impute', 'drop', '--scale', 'none');
		expect(result).toMatchObject({ n: 4, sizes: { 1: 2, 2: 2 } });
		// Pairs (0,0),(0,1) and (5,5),(5,6): a = 1 for every row, b = mean distance to the other pair.
		const near = 1 - 2 / (Math.sqrt(41) + Math.sqrt(50));
		const far = 1 - 2 / (Math.sqrt(50) + Math.sqrt(61));
		expect(result.silhouette).toBeCloseTo((near + far) / 2, 12);
	});
});
