import { describe, expect, test } from 'vitest';
import { createMatrix, fromRows } from '../matrix';
import { pca } from './pca';
import { pcaBounded } from './pcaBounded';

describe('pcaBounded', () => {
	test('pcaBounded(X) equals pca(X) when X is no wider than maxColumns', () => {
		const X = fromRows([
			[1, 2, 0],
			[2, 1, 1],
			[4, 5, 0],
			[3, 3, 2]
		]);
		const bounded = pcaBounded(X, { maxColumns: 3 });
		const full = pca(X);
		expect(Array.from(bounded.scores)).toEqual(Array.from(full.scores));
		expect(Array.from(bounded.columns)).toEqual([0, 1, 2]);
	});

	test('pcaBounded(20 x 20,000, {maxColumns: 50}) fits on the most variable columns and keeps shares of the total', () => {
		const n = 20;
		const d = 20_000;
		const X = createMatrix(n, d);
		// Columns 7 and 19,000 carry a large spread; every other column a tiny one.
		for (let i = 0; i < n; i++) {
			for (let j = 0; j < d; j++) X.data[i * d + j] = ((i * 31 + j * 17) % 13) * 1e-3;
			X.data[i * d + 7] = i;
			X.data[i * d + 19_000] = (i % 5) * 3;
		}
		const fit = pcaBounded(X, { maxColumns: 50 });
		expect(fit.columns).toHaveLength(50);
		expect(Array.from(fit.columns)).toContain(7);
		expect(Array.from(fit.columns)).toContain(19_000);
		expect(fit.scores).toHaveLength(n * 2);
		const share = fit.explainedVarianceRatio[0] + fit.explainedVarianceRatio[1];
		expect(share).toBeGreaterThan(0.9);
		expect(share).toBeLessThanOrEqual(1);
	});
});
