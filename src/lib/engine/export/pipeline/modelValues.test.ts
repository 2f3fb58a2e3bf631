import { describe, expect, it } from 'vitest';
import { smallModel } from '../../model/testing';
import type { SegmentModel } from '../../model/types';
import { daskScript } from './dask';
import { featureSources, maxKnnNumbers, modelValues, PipelineExportError } from './modelValues';
import { sklearnScript } from './sklearn';

describe('modelValues', () => {
	it('featureSources(model) maps each feature to its input output in recipe order', () => {
		// spend, visits, region=north, region=south
		expect(featureSources(smallModel())).toEqual([0, 1, 2, 3]);
		const model = smallModel();
		const reordered: SegmentModel = { ...model, fitted: { ...model.fitted, features: [...model.fitted.features].reverse() } };
		expect(featureSources(reordered)).toEqual([3, 2, 1, 0]);
	});

	it('modelValues(model) writes fills, bounds and categories as Python literals', () => {
		const text = modelValues(smallModel());
		expect(text).toContain('"column": "spend", "kind": "numeric"');
		expect(text).toContain('"action": "drop"');
		expect(text).toContain('"categories": ["north", "south"]');
		expect(text).toContain('SEGMENT_NAMES = ["Low", "High"]');
	});

	it('sklearnScript and daskScript refuse a KNN model with too many training rows, saying what to do', () => {
		const knn: SegmentModel = {
			...smallModel(),
			classifier: { kind: 'knn', k: 5, method: 'auto', leafSize: 32, rows: maxKnnNumbers, cols: 4, data: [], labels: [] }
		};
		expect(() => sklearnScript(knn)).toThrow(PipelineExportError);
		expect(() => daskScript(knn)).toThrow(/download the model without customers/);
	});

	it('modelValues(model) refuses centres that do not match the features', () => {
		const model = smallModel();
		expect(() => modelValues({ ...model, centroids: [[1, 2]] })).toThrow(/centre 1 has 2 values but the recipe makes 4 features/);
	});
});
