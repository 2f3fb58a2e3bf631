// A small model for the model tests: two numeric inputs (one filled, one dropped when missing,
// outliers beyond [0, 100] dropped) and a category, two segments, nearest centroid.
import { prepare } from '../prep/prepare';
import { categorical, numeric, tableOf } from '../prep/testing';
import type { Table } from '../table';
import { buildModel, classCentroids } from './build';
import { describeInputs } from './inputColumns';
import type { SegmentModel } from './types';

export function smallTable(): Table {
	return tableOf(
		numeric('spend', [1, 2, 3, 50, 51, 52]),
		numeric('visits', [10, 11, 12, 80, 81, 82]),
		categorical('region', ['north', 'north', 'south', 'south', 'south', 'north'])
	);
}

export function smallModel(segmentNames = ['Low', 'High']): SegmentModel {
	const table = smallTable();
	const prepared = prepare(table, {
		version: 1,
		features: [
			{ column: 'spend', impute: 'median', outliers: { method: 'iqr', threshold: 1, action: 'drop' } },
			{ column: 'visits', impute: 'drop' },
			{ column: 'region', oneHot: { maxCategories: 5 } }
		],
		scaler: 'standard'
	});
	const y = Int32Array.of(0, 0, 0, 1, 1, 1);
	return buildModel({
		dataset: { name: 'small', rows: 6 },
		fitted: prepared.fitted,
		inputColumns: describeInputs(table, prepared.fitted),
		centroids: classCentroids(prepared.X, y, 2),
		segments: segmentNames.map((name, label) => ({ label, name, size: 3 })),
		createdAt: '2026-01-01T00:00:00.000Z'
	});
}
