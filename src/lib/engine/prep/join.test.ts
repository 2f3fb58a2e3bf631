import { describe, expect, it } from 'vitest';
import { cellsOf } from '../io/testing';
import { importText } from '../io/import';
import { buildCustomerTable } from './rfm';
import { JoinError, joinTables } from './join';
import { categorical, numeric, tableOf } from './testing';

const transactions = () =>
	tableOf(
		numeric('CustomerID', [1, 2, 2, 3, null, 9]),
		numeric('Amount', [10, 20, 30, 40, 50, 60])
	);
const customers = () =>
	tableOf(
		categorical('CustomerID', ['1', '2.0', '3', '4']),
		categorical('Region', ['North', 'South', null, 'East']),
		numeric('Amount', [100, 200, 300, 400])
	);

describe('joinTables', () => {
	it('joinTables left keeps every left row, matches numbers with numeric text and blanks the unmatched', () => {
		const { table, report } = joinTables(transactions(), customers(), { on: 'CustomerID', rightName: 'customers' });
		expect(table.rowCount).toBe(6);
		expect(table.columns.map((c) => c.name)).toEqual(['CustomerID', 'Amount', 'Region', 'Amount (customers)']);
		expect(cellsOf(table, 'Region')).toEqual(['North', 'South', 'South', null, null, null]);
		expect(cellsOf(table, 'Amount (customers)')).toEqual([100, 200, 200, 300, NaN, NaN]);
		expect(report).toMatchObject({
			how: 'left',
			leftRows: 6,
			rightRows: 4,
			matchedRows: 4,
			unmatchedRows: 1,
			missingKeyRows: 1,
			unmatchedKeys: { count: 1, examples: ['9'] },
			unusedRightKeys: { count: 1, examples: ['4'] },
			added: ['Region', 'Amount (customers)'],
			rows: 6
		});
	});

	it('joinTables inner keeps only matched rows, in left order', () => {
		const { table, report } = joinTables(transactions(), customers(), { on: 'CustomerID', how: 'inner' });
		expect(cellsOf(table, 'CustomerID')).toEqual([1, 2, 2, 3]);
		expect(cellsOf(table, 'Amount (right)')).toEqual([100, 200, 200, 300]);
		expect(report.rows).toBe(4);
	});

	it('joinTables refuses a right table that names a key twice, naming the key and both rows', () => {
		const right = tableOf(categorical('CustomerID', ['1', '2', '01', '2']), numeric('x', [1, 2, 3, 4]));
		// Against text keys "01" is not "1", so only "2" repeats.
		const left = tableOf(categorical('CustomerID', ['A']));
		expect(() => joinTables(left, right, { on: 'CustomerID', rightName: 'customers.csv' })).toThrow(
			'"CustomerID" in "customers.csv" names the key "2" twice (data rows 2 and 4)'
		);
		// Against numeric keys "01" reads as 1, which repeats first.
		expect(() => joinTables(transactions(), right, { on: 'CustomerID', rightName: 'customers.csv' })).toThrow(JoinError);
		expect(() => joinTables(transactions(), right, { on: 'CustomerID', rightName: 'customers.csv' })).toThrow(
			'names the key "1" twice (data rows 1 and 3)'
		);
	});

	it('joinTables reads numeric text as numbers against a numeric key', () => {
		const left = tableOf(categorical('code', ['01', '7', '1e3']));
		const right = tableOf(numeric('code', [1, 1000]), numeric('v', [5, 6]));
		expect(cellsOf(joinTables(left, right, { on: 'code' }).table, 'v')).toEqual([5, NaN, 6]);
	});

	it('joinTables names a missing key column with the columns there are', () => {
		expect(() => joinTables(transactions(), customers(), { on: 'Customer' })).toThrow('column "Customer" not found (columns: CustomerID, Amount');
		expect(() => joinTables(transactions(), customers(), { on: 'CustomerID', rightOn: 'id' })).toThrow('column "id" not found');
	});

	it('joinTables puts the customers file onto an RFM table built from transactions', () => {
		const log = importText(
			'InvoiceNo,InvoiceDate,CustomerID,Quantity,UnitPrice\n' +
				'1,2024-01-02,17850.0,2,5\n2,2024-02-01,17850.0,1,10\n3,2024-02-03,13047.0,4,2.5\n4,2024-02-04,12583.0,1,1\n',
			{ fileName: 'log.csv' }
		).table;
		const rfm = buildCustomerTable(log, { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' }).table;
		const people = importText('CustomerID,Region,SignupDate\n17850,North,2023-05-01\n13047,South,2023-07-12\n99999,West,2024-01-01\n', {
			fileName: 'customers.csv'
		}).table;
		const { table, report } = joinTables(rfm, people, { on: 'CustomerID', rightName: 'customers.csv' });
		// The RFM table keeps the ids as the log wrote them ("17850.0"); the customers file has numbers.
		const region = new Map(cellsOf(table, 'CustomerID').map((id, i) => [id, cellsOf(table, 'Region')[i]]));
		expect(region.get('17850.0')).toBe('North');
		expect(region.get('13047.0')).toBe('South');
		expect(region.get('12583.0')).toBe(null);
		expect(table.columns.find((c) => c.name === 'SignupDate')?.type).toBe('datetime');
		expect(report).toMatchObject({ matchedRows: 2, unmatchedRows: 1, unusedRightKeys: { count: 1, examples: ['99999'] } });
	});
});
