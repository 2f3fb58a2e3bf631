import { describe, expect, it } from 'vitest';
import { fitGaussianNb } from '../classify/naiveBayes';
import { applyFitted } from '../prep/applyFitted';
import { categorical, numeric, tableOf } from '../prep/testing';
import { classifierJson } from './build';
import { predictOne } from './predict';
import { scoreTable } from './score';
import { neighbourSearch } from './neighbours';
import { smallModel, smallTable } from './testing';

describe('scoreTable', () => {
	it('rows the recipe cannot take get -1 and the reason applyFitted drops them for', () => {
		const model = smallModel();
		const table = tableOf(
			numeric('spend', [2, null, 1000, 51]),
			numeric('visits', [11, 12, 13, null]),
			categorical('region', ['north', 'south', 'east', 'north'])
		);
		const scored = scoreTable(model, table);
		// Row 1: spend is filled with the median; row 2: 1000 is beyond the drop bounds; row 3: visits is dropped when missing.
		expect(Array.from(scored.labels)).toEqual([0, 0, -1, -1]);
		expect(scored.names).toEqual(['Low', 'Low', '', '']);
		expect(scored.reasons).toEqual([
			{ row: 2, reason: 'outlier in spend' },
			{ row: 3, reason: 'missing value in visits' }
		]);
		expect(scored.scored).toBe(2);
		expect(scored.counts).toEqual([2, 0]);
	});

	it('finds columns ignoring case and spaces, and reads them as the model did', () => {
		const table = tableOf(
			categorical(' Spend ', ['2', '51', 'n/a']),
			numeric('VISITS', [11, 81, 12]),
			numeric('region', [1, 2, 1])
		);
		const scored = scoreTable(smallModel(), table);
		expect(Array.from(scored.labels)).toEqual([0, 1, 0]);
		expect(scored.conversions).toEqual([
			'spend read as numbers, as in the training data (1 values were not numbers and count as missing)',
			'region read as categories, as in the training data'
		]);
	});

	it('throws naming every column the model needs that the file lacks', () => {
		const table = tableOf(numeric('spend', [1]));
		expect(() => scoreTable(smallModel(), table)).toThrow('the file has no columns "visits", "region", which the model needs; it reads spend, visits, region');
	});
});

describe('predictOne', () => {
	it('gives the segment, every probability and notes on values outside the training data', () => {
		const model = smallModel();
		const X = applyFitted(smallTable(), model.fitted).X;
		model.classifier = classifierJson(fitGaussianNb(X, Int32Array.of(0, 0, 0, 1, 1, 1)));
		const p = predictOne(model, { spend: 60, visits: 85, region: 'west' });
		expect(p).toMatchObject({ label: 1, name: 'High', reason: null });
		expect(p.probabilities!.map((q) => q.name)).toEqual(['Low', 'High']);
		expect(p.probabilities!.reduce((s, q) => s + q.p, 0)).toBeCloseTo(1, 12);
		expect(p.notes).toEqual(['spend = 60 is outside the range seen in training (1 to 52).', 'visits = 85 is outside the range seen in training (10 to 82).', 'region = “west” was never seen in training.']);
	});

	it('an empty value the recipe drops gives no segment and the reason', () => {
		const p = predictOne(smallModel(), { spend: 2, visits: '', region: 'north' });
		expect(p).toMatchObject({ label: -1, reason: 'missing value in visits', probabilities: null });
		expect(predictOne(smallModel(), { spend: '', visits: 11, region: 'north' }).label).toBe(0);
		expect(predictOne(smallModel(), { spend: 2, visits: 11, region: null }).reason).toBe('missing value in region');
	});
});

describe('neighbourSearch', () => {
	it('finds the nearest rows in the scaled space, nearest first, with their segment and values', () => {
		const search = neighbourSearch(smallModel(), smallTable());
		const found = search({ spend: 50.4, visits: 80.4, region: 'south' }, 2);
		expect(found.map((n) => n.row)).toEqual([3, 4]);
		expect(found[0].distance).toBeLessThan(found[1].distance);
		expect(found[0]).toMatchObject({ segment: 'High', actual: null });
		expect(found[0].cells).toEqual([
			{ name: 'spend', value: '50' },
			{ name: 'visits', value: '80' },
			{ name: 'region', value: 'south' }
		]);
	});
});
