import { describe, expect, it } from 'vitest';
import { smallModel } from '../model/testing';
import { categorical, numeric, tableOf } from '../prep/testing';
import { chooseIdColumn, IdColumnError } from './idColumn';
import { labelledSnapshot, scoreSnapshot } from './snapshot';

const month = () =>
	tableOf(
		categorical('CustomerID', ['c1', 'c2', null, 'c4', 'c5']),
		numeric('spend', [2, 51, 3, 1000, 50]),
		numeric('visits', [11, 80, 12, 13, null]),
		categorical('region', ['north', 'south', 'north', 'south', 'north'])
	);

describe('scoreSnapshot', () => {
	it('scoreSnapshot(model, table, id) labels each customer with the model and lists the rows it left out', () => {
		const snapshot = scoreSnapshot(smallModel(), month(), 'CustomerID', 'feb.csv');
		expect(snapshot.ids).toEqual(['c1', 'c2']);
		expect(Array.from(snapshot.labels)).toEqual([0, 1]);
		expect(Array.from(snapshot.rows)).toEqual([1, 2]);
		expect(snapshot.rowCount).toBe(5);
		expect(snapshot.invalidCount).toBe(3);
		expect(snapshot.invalid).toEqual([
			{ row: 3, reason: 'no CustomerID' },
			{ row: 4, reason: 'cannot be scored: outlier in spend' },
			{ row: 5, reason: 'cannot be scored: missing value in visits' }
		]);
	});

	it('scoreSnapshot() refuses a file without the id column, listing its columns', () => {
		expect(() => scoreSnapshot(smallModel(), month(), 'ID', 'feb.csv')).toThrow('"feb.csv" has no column "ID" to match customers on; its columns are: CustomerID, spend');
	});

	it('labelledSnapshot() refuses a repeated id, naming it and its data rows', () => {
		const table = tableOf(categorical('id', ['x', 'y', 'x']));
		expect(() => labelledSnapshot(table, [0, 0, 1], 'id', 'jan.csv')).toThrow('"jan.csv" has the customer id "x" twice (data rows 1 and 3)');
	});

	it('labelledSnapshot() matches ids typed as numbers and as text alike', () => {
		const asNumbers = labelledSnapshot(tableOf(numeric('id', [1001, 1002])), [0, 1], 'id', 'a');
		const asText = labelledSnapshot(tableOf(categorical('id', [' 1001', '1002.0'])), [0, 1], 'id', 'b');
		expect(asText.ids).toEqual(asNumbers.ids);
	});
});

describe('chooseIdColumn', () => {
	it('chooseIdColumn(table) picks the column meant as an identifier', () => {
		const table = tableOf(numeric('spend', [1, 2]), { ...categorical('CustomerID', ['a', 'b']), meaning: 'identifier' as const });
		expect(chooseIdColumn(table)).toBe('CustomerID');
	});

	it('chooseIdColumn(table) without an identifier refuses and lists the columns without repeats', () => {
		const table = tableOf(
			{ ...numeric('spend', [1.5, 2.5, 2.5]), meaning: 'spend' as const },
			{ ...categorical('email', ['a@x', 'b@x', 'c@x']), meaning: 'text' as const },
			{ ...numeric('code', [7, 8, 9]), meaning: 'code' as const }
		);
		expect(() => chooseIdColumn(table, undefined, '"jan.csv"')).toThrow(IdColumnError);
		expect(() => chooseIdColumn(table, undefined, '"jan.csv"')).toThrow('Choose the id column: "email", "code" have no repeated values.');
	});
});
