import { describe, expect, test } from 'vitest';
import { importText } from '../io/import';
import { prepare } from '../prep/prepare';
import { tableOf, numeric, wholesaleTable } from '../prep/testing';
import { originalColumns } from './originalColumns';

describe('originalColumns', () => {
	test('originalColumns(wholesale, fitted) gives raw spend with its meaning and Channel one-hot as 0/1 with its category', () => {
		const table = wholesaleTable();
		const prepared = prepare(table, { version: 1, scaler: 'standard', features: [{ column: 'Channel', impute: 'mode' }, { column: 'Fresh', log1p: true }] });
		const columns = originalColumns(table, prepared.fitted, prepared.rowIndex);
		expect(columns.map((c) => [c.name, c.meaning, c.oneHot])).toEqual([
			['Channel=1', 'code', { column: 'Channel', category: '1' }],
			['Channel=2', 'code', { column: 'Channel', category: '2' }],
			['Fresh', 'spend', undefined]
		]);
		const channel = table.columns.find((c) => c.name === 'Channel')!;
		if (channel.type !== 'numeric') throw new Error('Channel should import as numbers');
		expect(Array.from(columns[1].values.slice(0, 5))).toEqual(Array.from(channel.values.slice(0, 5), (v) => (v === 2 ? 1 : 0)));
		expect(columns[2].values[0]).toBe(12669);
	});

	test('originalColumns infers a meaning for columns stored without one', () => {
		const table = tableOf(numeric('Age', [20, 30, 40, 50]), numeric('MntWines', [1, 2, 3, 4]));
		const prepared = prepare(table, { version: 1, scaler: 'standard', features: [{ column: 'Age' }, { column: 'MntWines' }] });
		expect(originalColumns(table, prepared.fitted, prepared.rowIndex).map((c) => c.meaning)).toEqual(['demographic', 'spend']);
	});

	test('originalColumns reads a date as days since it, meaning tenure (or recency for a last-activity date)', () => {
		const csv = 'Dt_Customer,last_order_date,MntWines\n2014-01-01,2014-03-01,10\n2014-01-11,2014-03-05,20\n2014-01-31,2014-03-11,30\n';
		const table = importText(csv, { fileName: 'dates.csv' }).table;
		const steps = [{ column: 'Dt_Customer' }, { column: 'last_order_date' }, { column: 'MntWines' }];
		const prepared = prepare(table, { version: 1, scaler: 'standard', features: steps });
		const columns = originalColumns(table, prepared.fitted, prepared.rowIndex);
		expect(columns.map((c) => c.meaning)).toEqual(['tenure', 'recency', 'spend']);
		// Days before the day after the latest date (2014-02-01).
		expect(Array.from(columns[0].values)).toEqual([31, 21, 1]);
	});
});
