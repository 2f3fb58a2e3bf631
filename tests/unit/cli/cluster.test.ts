import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reference, type WholesaleReference } from './reference';
import { cli, cliJson, relativeError, tempDir, wholesale } from './run';

const ref = reference<WholesaleReference>('wholesale-standard.json');
const features = ref.features.join(',');
const k = ref.labelled.k;

interface ClusterJson {
	n: number;
	features: string[];
	k: number;
	seed: number;
	inertia: number;
	silhouette: number;
	daviesBouldin: number;
	calinskiHarabasz: number;
	sizes: number[];
	iterations: number;
	centroids: number[][];
	centroidsOriginal: number[][];
}

describe('segment-lab cluster', () => {
	test(`cluster wholesale --k ${k}: inertia within 1% of the reference's best`, async () => {
		const result = await cliJson<ClusterJson>('cluster', wholesale, '--features', features, '--k', String(k));
		const best = ref.sweep.find((row) => row.k === k)!.inertia;
		expect(relativeError(result.inertia, best)).toBeLessThan(0.01);
		expect(result).toMatchObject({ n: ref.n, features: ref.features, k, seed: 42 });
		expect(result.sizes.reduce((a, b) => a + b, 0)).toBe(ref.n);
		expect(result.iterations).toBeGreaterThan(0);
		for (const score of [result.silhouette, result.daviesBouldin, result.calinskiHarabasz]) expect(Number.isFinite(score)).toBe(true);
	});

	test('centroidsOriginal undoes the standard scaling of centroids', async () => {
		const result = await cliJson<ClusterJson>('cluster', wholesale, '--features', features, '--k', '3');
		const { mean, std } = reference<{ scaler: { mean: number[]; std: number[] } }>('wholesale-standard.json').scaler;
		expect(result.centroids).toHaveLength(3);
		result.centroids.forEach((centre, c) =>
			centre.forEach((z, j) => expect(result.centroidsOriginal[c][j]).toBeCloseTo(mean[j] + z * std[j], 6))
		);
	});

	test('--out writes every input row plus a 1-based segment column matching the sizes', async () => {
		const out = join(tempDir(), 'labelled.csv');
		const { code, stdout } = await cli('cluster', wholesale, '--features', features, '--k', '4', '--out', out);
		expect(code).toBe(0);
		expect(stdout).toContain('Calinski-Harabasz');
		const lines = readFileSync(out, 'utf8').trimEnd().split(/\r?\n/);
		expect(lines[0]).toBe('Channel,Region,Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen,segment');
		expect(lines[1]).toMatch(/^2,3,12669,9656,7561,214,2674,1338,[1-4]$/);
		const segments = lines.slice(1).map((line) => Number(line.split(',').at(-1)));
		expect(segments).toHaveLength(ref.n);
		const counts = [1, 2, 3, 4].map((s) => segments.filter((x) => x === s).length);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(Math.min(...segments)).toBe(1);
	});

	test('cluster --out then score --labels segment reads the numbers back: segment 1 is the largest', async () => {
		const out = join(tempDir(), 'labelled.csv');
		const clustered = await cli('cluster', wholesale, '--features', features, '--k', '3', '--out', out, '--json', '-');
		const { sizes } = JSON.parse(clustered.stdout) as { sizes: number[] };
		const scored = await cli('score', out, '--features', features, '--labels', 'segment', '--json', '-');
		expect(scored.code).toBe(0);
		expect(JSON.parse(scored.stdout).sizes).toEqual({ 1: sizes[0], 2: sizes[1], 3: sizes[2] });
		expect(sizes[0]).toBe(Math.max(...sizes));
	});

	test('rows dropped by --impute drop keep their place in --out with an empty segment', async () => {
		const dir = tempDir();
		const input = join(dir, 'gaps.csv');
		const output = join(dir, 'out.csv');
		writeFileSync(input, 'x,y\n1,1\n2,\n10,10\n11,11\n1,2\n');
		const { code, stderr } = await cli('cluster', input, '--k', '2', '--impute', 'drop', '--out', output);
		expect(code).toBe(0);
		expect(stderr).toContain('dropped 1 rows');
		expect(readFileSync(output, 'utf8').split('\r\n')).toEqual(['x,y,segment', '1,1,1', '2,,', '10,10,2', '11,11,2', '1,2,1', '']);
	});

	test('the readable output lists every segment with its centre', async () => {
		const { code, stdout } = await cli('cluster', wholesale, '--features', features, '--k', '3', '--scale', 'minmax', '--seed', '7');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^seed:\s+7$/m);
		expect(stdout).toMatch(/^segment\s+size\s+% rows\s+Fresh/m);
		expect(stdout.trimEnd().split('\n').slice(-3).map((line) => line.trim()[0])).toEqual(['1', '2', '3']);
	});

	test('cluster --k 20 --groups 4 puts every segment in one of 4 macro groups, largest first, and prints them', async () => {
		const result = await cliJson<ClusterJson & { groups: { group: string; name: string; segments: number[]; size: number }[] }>('cluster', wholesale, '--features', features, '--k', '20', '--groups', '4');
		expect(result.groups.map((g) => g.group)).toEqual(['A', 'B', 'C', 'D']);
		expect(result.groups.flatMap((g) => g.segments).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
		expect(result.groups.reduce((s, g) => s + g.size, 0)).toBe(ref.n);
		const sizes = result.groups.map((g) => g.size);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		const { stdout } = await cli('cluster', wholesale, '--features', features, '--k', '20', '--groups', '4');
		expect(stdout).toMatch(/^Macro groups \(4; /m);
		expect(stdout).toMatch(/^A\s+\d+\s+\d+/m);
	});
});
