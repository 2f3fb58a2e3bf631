import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reference, type WholesaleReference } from './reference';
import { cli, cliJson, tempDir, wholesale } from './run';

interface ClassifyJson {
	n: number;
	features: string[];
	accuracy: number;
	foldAccuracies: number[];
	macroF1: number;
	classes: string[];
	confusion: number[][];
}

const ref = reference<WholesaleReference>('wholesale-standard.json');
const features = ref.features.join(',');

describe('segment-lab classify', () => {
	for (const [model, want] of [
		['knn', ref.classifyChannel.knnAccuracy],
		['naive-bayes', ref.classifyChannel.naiveBayesAccuracy]
	] as const) {
		test(`classify wholesale --target Channel --model ${model}: accuracy within 2 points of the reference`, async () => {
			const result = await cliJson<ClassifyJson>('classify', wholesale, '--target', 'Channel', '--features', features, '--model', model);
			expect(Math.abs(result.accuracy - want)).toBeLessThan(0.02);
			expect(result.foldAccuracies).toHaveLength(5);
			expect(result.classes).toEqual(['1', '2']);
			expect(result.confusion.flat().reduce((a, b) => a + b, 0)).toBe(ref.n);
			// Channel 1 has 298 customers, channel 2 has 142.
			expect(result.confusion.map((row) => row[0] + row[1])).toEqual([298, 142]);
			expect(result.macroF1).toBeGreaterThan(0.8);
			expect(result.macroF1).toBeLessThanOrEqual(1);
		});
	}

	test('the target is left out of the default features', async () => {
		const result = await cliJson<ClassifyJson>('classify', wholesale, '--target', 'Channel');
		// Region is a code (1/2/3), so it is not a default feature either.
		expect(result.features).toEqual(ref.features);
	});

	test('--features may not include the target', async () => {
		const { code, stderr } = await cli('classify', wholesale, '--target', 'Channel', '--features', 'Channel,Milk');
		expect(code).toBe(2);
		expect(stderr).toMatch(/^segment-lab classify: --features must not include "Channel"/);
	});

	test('text classes are sorted and a perfectly separable target scores 1 with --knn-k 1 and 2 folds', async () => {
		const path = join(tempDir(), 'two.csv');
		const rows = ['x,kind', ...[0, 1, 2, 3].map((i) => `${i},small`), ...[100, 101, 102, 103].map((i) => `${i},big`)];
		writeFileSync(path, rows.join('\n'));
		const result = await cliJson<ClassifyJson>('classify', path, '--target', 'kind', '--knn-k', '1', '--folds', '2');
		expect(result.classes).toEqual(['big', 'small']);
		expect(result.accuracy).toBe(1);
		expect(result.confusion).toEqual([[4, 0], [0, 4]]);
	});

	test('the readable output shows accuracy and the confusion matrix', async () => {
		const { code, stdout } = await cli('classify', wholesale, '--target', 'Channel', '--features', features);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^accuracy:\s+0\.9\d*$/m);
		expect(stdout).toMatch(/^true \\ predicted\s+1\s+2$/m);
	});
});
