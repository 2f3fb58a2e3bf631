// Days since a date as a feature: marketing's Dt_Customer (D-M-YYYY) becomes customer tenure in days.
import { describe, expect, it } from 'vitest';
import { importText } from '../io/import';
import { applyFitted } from './applyFitted';
import { describeStep } from './describeRecipe';
import { prepare } from './prepare';
import type { Recipe } from './recipe';
import { toOriginalUnits } from './toOriginalUnits';

const table = importText('ID\tDt_Customer\tMntWines\n1\t04-09-2012\t635\n2\t08-03-2014\t11\n3\t21-08-2013\t426\n4\t\t173', { fileName: 'tiny.tsv' }).table;
const recipe = (daysSince: { asOf?: string }): Recipe => ({ version: 1, features: [{ column: 'Dt_Customer', impute: 'median', daysSince }], scaler: 'none' });

describe('days since a date', () => {
	it('importText reads Dt_Customer as a D-M-YYYY date (the fixture this file relies on)', () => {
		expect(table.columns[1]).toMatchObject({ type: 'datetime', format: 'D-M-YYYY', meaning: 'date', role: 'ignore' });
	});

	it('prepare(days since) counts days until the day after the latest date, fills the median, names the feature', () => {
		const p = prepare(table, recipe({}));
		expect(p.featureNames).toEqual(['Dt_Customer: days since']);
		expect(p.fitted.inputs[0].derive).toEqual({ kind: 'daysSince', asOf: '2014-03-09', format: 'D-M-YYYY' });
		// 2012-09-04 -> 2014-03-09: 551 days; 2014-03-08: 1; 2013-08-21: 200; missing -> median 200.
		expect(Array.from(p.X.data)).toEqual([551, 1, 200, 200]);
		expect(p.fitted.features[0]).toMatchObject({ column: 'Dt_Customer', kind: 'numeric' });
	});

	it('prepare(days since, asOf) counts from the given day', () => {
		expect(Array.from(prepare(table, recipe({ asOf: '2014-03-08' })).X.data)).toEqual([550, 0, 199, 199]);
	});

	it('applyFitted(new rows) counts from the as-of date and reads the date pattern stored at fitting', () => {
		// 09-03-2014 alone could be 3 September: the fitted pattern (D-M-YYYY) decides.
		const p = prepare(table, { ...recipe({}), scaler: 'standard' });
		const fitted = JSON.parse(JSON.stringify(p.fitted));
		const fresh = importText('Dt_Customer\n01-01-2014\n09-03-2014', { fileName: 'new.tsv' }).table;
		const applied = applyFitted(fresh, fitted);
		const days = toOriginalUnits(fitted, applied.X);
		expect(Array.from(days.data, (v) => Math.round(v * 1e9) / 1e9 + 0)).toEqual([67, 0]);
		expect(Array.from(applyFitted(table, fitted).X.data)).toEqual(Array.from(p.X.data));
	});

	it('prepare names the column when an as-of date is not YYYY-MM-DD', () => {
		expect(() => prepare(table, recipe({ asOf: '9/3/2014' }))).toThrow('column "Dt_Customer": the as-of date "9/3/2014" is not a date written YYYY-MM-DD');
	});

	it('describeStep says a date column counts days since', () => {
		expect(describeStep({ column: 'Dt_Customer', impute: 'median', daysSince: {} })).toBe(
			'Dt_Customer: days since each date until the day after the latest date; missing values replaced by the median.'
		);
	});
});
