import { expect, it } from 'vitest';
import * as engine from './index';

it('the engine index exposes import, statistics, preparation, clustering, scores, classification, insights and runs', () => {
	const names = ['importText', 'describe', 'pca', 'correlationMatrix', 'prepare', 'applyFitted', 'toOriginalUnits', 'defaultRecipe', 'suggestSteps', 'describeRecipe', 'buildCustomerTable', 'kmeans', 'dbscan', 'hierarchical', 'sweep', 'silhouette', 'daviesBouldin', 'calinskiHarabasz', 'fitKnn', 'crossValidate', 'profileSegments', 'buildRunResult', 'runSegmentation'];
	expect(names.filter((n) => typeof (engine as Record<string, unknown>)[n] !== 'function')).toEqual([]);
});
