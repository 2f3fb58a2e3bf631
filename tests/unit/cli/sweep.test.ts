import { describe, expect, test } from 'vitest';
import { reference, type WholesaleReference } from './reference';
import { cli, cliJson, relativeError, wholesale } from './run';
import type { SweepSummary } from '../../../cli/commands/sweep';

const ref = reference<WholesaleReference>('wholesale-standard.json');
const features = ref.features.join(',');

/** What `sweep --json` writes. */
type SweepJson = SweepSummary;

describe('segment-lab sweep', () => {
	test('sweep wholesale --restarts 50: inertia at most 1% above the reference at every k, its scores where the partition is the same', async () => {
		const result = await cliJson<SweepJson>('sweep', wholesale, '--features', features, '--restarts', '50');
		expect(result.rows.map((r) => r.k)).toEqual(ref.sweep.map((r) => r.k));
		// At most 1% above the reference's best of 50 starts; below it is fine (kmeans() adds starts on small data).
		result.rows.forEach((row, i) => expect(row.inertia / ref.sweep[i].inertia, `k = ${row.k}`).toBeLessThan(1.01));
		expect(result.rows[0]).toMatchObject({ k: 1, silhouette: null, daviesBouldin: null, calinskiHarabasz: null });
		expect(relativeError(result.rows[0].inertia, ref.n * ref.features.length)).toBeLessThan(1e-12);
		for (const row of result.rows.slice(1)) {
			expect(row.silhouette).toBeGreaterThan(-1);
			expect(row.silhouette).toBeLessThan(1);
			expect(row.daviesBouldin).toBeGreaterThan(0);
			expect(row.calinskiHarabasz).toBeGreaterThan(0);
		}
		expect(result.recommendedK).toBeGreaterThanOrEqual(1);
		expect(result.recommendedK).toBeLessThanOrEqual(10);
		expect(result.reason).toMatch(/k = \d+ is chosen by /);
		expect(['high', 'medium', 'low']).toContain(result.confidence);
		expect(result.evidenceSample).toEqual({ sampled: false, size: 440, seed: 43 });
		// The gap statistic covers every k; stability every k from 2; each criterion picks a k in range.
		for (const row of result.rows) {
			expect(row.gap).toEqual(expect.any(Number));
			expect(row.gapSe).toBeGreaterThanOrEqual(0);
			if (row.k >= 2) expect(row.stability).toBeLessThanOrEqual(1);
		}
		for (const c of ['silhouette', 'daviesBouldin', 'calinskiHarabasz', 'stability'] as const) expect(result.picks[c]).toBeGreaterThanOrEqual(2);
		// On this table the gap still rises at k = 10: the rule finds no stop and casts no vote.
		expect(result.picks.gap).toBeUndefined();
		// Where the sweep finds the reference partition (same inertia), the scores must be the reference's.
		const same = result.rows.filter((row, i) => relativeError(row.inertia, ref.sweep[i].inertia) < 1e-9);
		expect(same.length).toBeGreaterThan(0);
		for (const row of same) {
			const want = ref.sweep.find((r) => r.k === row.k)!;
			expect(row.sizes).toEqual(want.sizes ?? [ref.n]);
			if (row.k === 1) continue;
			expect(relativeError(row.silhouette!, want.silhouette!)).toBeLessThan(1e-9);
			// scikit-learn's Davies-Bouldin gives 1-row segments a spread of ~3e-7 instead of 0 (see metrics tests).
			expect(relativeError(row.daviesBouldin!, want.daviesBouldin!)).toBeLessThan(1e-8);
			expect(relativeError(row.calinskiHarabasz!, want.calinskiHarabasz!)).toBeLessThan(1e-9);
		}
		expect(same.some((row) => row.k > 1)).toBe(true);
	});

	test('--kmin/--kmax bound the rows and the readable table marks the recommended k', async () => {
		const { code, stdout } = await cli('sweep', wholesale, '--features', features, '--kmin', '2', '--kmax', '4');
		expect(code).toBe(0);
		const rows = stdout.split('\n').filter((line) => /^\s*\d+\s+\d/.test(line));
		expect(rows.map((line) => Number(line.trim().split(/\s+/)[0]))).toEqual([2, 3, 4]);
		const marked = rows.filter((line) => line.trimEnd().endsWith(' yes'));
		expect(marked).toHaveLength(1);
		expect(stdout).toMatch(new RegExp(`Recommended k = ${marked[0].trim().split(/\s+/)[0]} \\((high|medium|low) confidence\\): k = \\d+ is chosen by `));
		expect(stdout).toMatch(/^k\s+inertia\s+silhouette\s+Davies-Bouldin\s+Calinski-Harabasz\s+gap\s+stability\s+recommended$/m);
		expect(stdout).toContain('Gap statistic and stability on all 440 rows.');
		// Each of the five scores marks its pick with *, once.
		expect(rows.join('\n').match(/\*/g)!.length).toBeGreaterThanOrEqual(4);
	});
});
