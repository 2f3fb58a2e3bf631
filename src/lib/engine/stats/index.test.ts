import { expect, test } from 'vitest';
import * as stats from './index';

test('the stats index exposes every statistics function', () => {
	const names = ['describe', 'describeCategorical', 'correlationMatrix', 'orderByClustering', 'histogram', 'density', 'boxStats', 'pca', 'projectPca'];
	for (const name of names) expect(typeof (stats as Record<string, unknown>)[name], name).toBe('function');
});
