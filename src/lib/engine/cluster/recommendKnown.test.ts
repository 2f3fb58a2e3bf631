// The recommendation on data with a known number of groups (the benchmark's families, fixed seeds).
import { describe, expect, test } from 'vitest';
import { gaussianBlobs, randomCentres } from './blobs';
import { knownGroupSet } from './knownGroups';
import { sweep } from './sweep';

describe('sweep recommendation on known groups', () => {
	test('sweep(six well-separated blobs in 9-D, 3,000 rows) recommends 6 (the elbow alone said 5 at 1M rows)', () => {
		const { X } = gaussianBlobs({ rows: 3000, centres: randomCentres(6, 9, 11), seed: 3 });
		const result = sweep(X, { restarts: 3 });
		expect(result.recommendedK).toBe(6);
		expect(result.confidence).toBe('high');
		expect(result.weakStructure).toBeNull();
	});

	test('sweep(one Gaussian cloud) says there is no strong segment structure', () => {
		const { X } = knownGroupSet({ family: 'noStructure', seed: 2, rows: 800, d: 4 });
		const result = sweep(X, { restarts: 3 });
		expect(result.weakStructure).toMatch(/^No strong segment structure: .*, so segments will be a convenient partition rather than natural groups$/);
		expect(result.confidence).toBe('low');
	});

	for (const [family, seed] of [
		['unequalSizes', 11],
		['unequalSpreads', 12],
		['elongated', 13],
		['close', 14]
	] as const) {
		test(`sweep(${family} groups, seed ${seed}) recommends the true k`, () => {
			const set = knownGroupSet({ family, seed, rows: 800 });
			const result = sweep(set.X, { restarts: 3 });
			expect(result.recommendedK, set.name).toBe(set.k);
			expect(result.weakStructure, set.name).toBeNull();
		});
	}
});
