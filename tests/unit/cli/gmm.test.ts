import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { GmmClusterSummary } from '../../../cli/gmm';
import type { GmmSweepResult } from '../../../src/lib/engine/cluster';
import { readFixture } from '../../helpers/fixtures';
import { cli, cliJson, tempDir, wholesale } from './run';

const spend = 'Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen';
const sklearn = JSON.parse(readFixture('reference/gmm-sklearn.json')).sets.find((s: { name: string }) => s.name === 'wholesale-log-spend');

describe('segment-lab --algorithm gmm', () => {
	test("sweep wholesale --algorithm gmm --log1p: lowest BIC at scikit-learn's k", async () => {
		const result = await cliJson<GmmSweepResult>('sweep', wholesale, '--algorithm', 'gmm', '--features', spend, '--log1p', '--restarts', '5');
		expect(result.rows.map((r) => r.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(result.bestBicK).toBe(sklearn.covariances.full.bicByK.bestK);
	});

	test('sweep --algorithm gmm prints BIC and AIC per k and the suggestion', async () => {
		const { code, stdout } = await cli('sweep', wholesale, '--algorithm', 'gmm', '--covariance', 'diag', '--features', spend, '--log1p', '--kmax', '4');
		expect(code).toBe(0);
		expect(stdout).toMatch(/BIC\s+AIC/);
		expect(stdout).toMatch(/Suggested k \(lowest BIC\): \d/);
	});

	test('cluster --algorithm gmm --k 3 --covariance diag --out: a probability column per segment, rows summing to 1', async () => {
		const out = join(tempDir(), 'labelled.csv');
		const summary = await cliJson<GmmClusterSummary>('cluster', wholesale, '--algorithm', 'gmm', '--k', '3', '--covariance', 'diag', '--features', spend, '--log1p', '--out', out);
		expect(summary.covariance).toBe('diag');
		expect(summary.sizes.reduce((a, b) => a + b, 0)).toBe(440);
		const lines = readFileSync(out, 'utf8').trim().split(/\r\n/);
		const header = lines[0].split(',');
		const columns = ['probability_segment_1', 'probability_segment_2', 'probability_segment_3'].map((name) => header.indexOf(name));
		expect(columns.every((c) => c > 0)).toBe(true);
		for (const line of lines.slice(1)) {
			const cells = line.split(',');
			const p = columns.map((c) => Number(cells[c]));
			expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
			// The segment is the most probable one.
			expect(Number(cells[header.indexOf('segment')])).toBe(p.indexOf(Math.max(...p)) + 1);
		}
	});

	test('cluster --algorithm gmm --covariance tied is a usage error', async () => {
		const { code, stderr } = await cli('cluster', wholesale, '--algorithm', 'gmm', '--k', '2', '--covariance', 'tied');
		expect(code).toBe(2);
		expect(stderr).toMatch(/--covariance must be one of full, diag/);
	});
});
