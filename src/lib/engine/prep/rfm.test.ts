import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { readFixture } from '../../../../tests/helpers/fixtures';
import { findColumn, type Column, type DictionaryColumn, type NumericColumn, type Table } from '../table';
import { buildCustomerTable } from './rfm';
import { segmentFor, standardRfmRules } from './rfmRules';

/** The online-retail sample as the import engine would hand it over: numbers as Float64Array, text dictionary-encoded. */
function readRetail(customerAsNumber: boolean, dateFormat?: string): Table {
	const parsed = Papa.parse<string[]>(readFixture('data/online-retail-20k.csv'), { skipEmptyLines: true });
	const [header, ...rows] = parsed.data;
	const at = (name: string) => header.indexOf(name);
	const numeric = (name: string): NumericColumn => ({
		name,
		type: 'numeric',
		role: 'feature',
		values: Float64Array.from(rows, (r) => (r[at(name)] === 'NA' ? Number.NaN : Number(r[at(name)])))
	});
	const text = (name: string, type: DictionaryColumn['type']): DictionaryColumn => {
		const dictionary: string[] = [];
		const seen = new Map<string, number>();
		const codes = Int32Array.from(rows, (r) => {
			const v = r[at(name)];
			if (v === 'NA' || v === '') return -1;
			if (!seen.has(v)) seen.set(v, dictionary.push(v) - 1);
			return seen.get(v)!;
		});
		return { name, type, role: 'feature', codes, dictionary };
	};
	const date = text('InvoiceDate', 'datetime');
	if (dateFormat) date.format = dateFormat;
	const columns: Column[] = [
		text('InvoiceNo', 'text'),
		numeric('Quantity'),
		date,
		numeric('UnitPrice'),
		customerAsNumber ? numeric('CustomerID') : text('CustomerID', 'identifier')
	];
	return { rowCount: rows.length, columns };
}

interface RfmRow {
	CustomerID: string;
	recency: number;
	frequency: number;
	monetary: number;
	R: number;
	F: number;
	M: number;
}

const reference: { customers: number; table: RfmRow[] } = JSON.parse(readFixture('reference/online-retail-20k-rfm.json'));
const retailColumns = { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' };

function values(table: Table, name: string): number[] {
	return Array.from((findColumn(table, name) as NumericColumn).values);
}

describe('buildCustomerTable', () => {
	for (const [label, asNumber, format] of [
		['text ids, detected date format', false, undefined],
		['numeric ids, given date format', true, 'YYYY-MM-DD HH:mm:ss']
	] as const) {
		test(`buildCustomerTable(online retail, ${label}) equals the reference (tie-aware scores) for all 3017 customers`, () => {
			const { table, report } = buildCustomerTable(readRetail(asNumber, format), retailColumns);
			expect(report.customers).toBe(reference.customers);
			expect(report.asOf).toBe(Date.UTC(2011, 11, 10));
			expect(report.asOfDefaulted).toBe(true);
			const ids = findColumn(table, 'CustomerID') as DictionaryColumn;
			expect(Array.from(ids.codes, (c) => ids.dictionary[c])).toEqual(reference.table.map((r) => r.CustomerID));
			for (const key of ['recency', 'frequency', 'R', 'F', 'M'] as const) {
				expect(values(table, key), key).toEqual(reference.table.map((r) => r[key]));
			}
			const monetary = values(table, 'monetary');
			reference.table.forEach((r, i) => expect(Math.abs(monetary[i] - r.monetary)).toBeLessThan(1e-6));
			const segments = findColumn(table, 'segment') as DictionaryColumn;
			const expected = reference.table.map((r) => segmentFor(standardRfmRules, r.R, r.F, r.M));
			expect(Array.from(segments.codes, (c) => segments.dictionary[c])).toEqual(expected);
		});
	}

	test('buildCustomerTable(online retail) gives customers with equal recency, frequency and monetary one score and segment', () => {
		const { table } = buildCustomerTable(readRetail(false), retailColumns);
		const [recency, frequency, monetary, R, F, M] = ['recency', 'frequency', 'monetary', 'R', 'F', 'M'].map((name) => values(table, name));
		const segments = findColumn(table, 'segment') as DictionaryColumn;
		const seen = new Map<string, string>();
		let repeated = 0;
		for (let i = 0; i < table.rowCount; i++) {
			const key = `${recency[i]}|${frequency[i]}|${monetary[i].toFixed(6)}`;
			const scored = `${R[i]}${F[i]}${M[i]} ${segments.dictionary[segments.codes[i]]}`;
			if (seen.has(key)) {
				repeated++;
				expect(scored, `customer row ${i}`).toBe(seen.get(key));
			} else seen.set(key, scored);
		}
		expect(repeated).toBeGreaterThan(0);
		// The 67-customers-one-day case of the issue: one recency value, one R.
		const byRecency = new Map<number, Set<number>>();
		recency.forEach((r, i) => byRecency.set(r, (byRecency.get(r) ?? new Set()).add(R[i])));
		for (const [days, scores] of byRecency) expect(scores.size, `recency ${days}`).toBe(1);
		expect(new Set(F.filter((_, i) => frequency[i] === 1))).toEqual(new Set([1]));
	});

	test('the report counts each dropped row once, under the first reason', () => {
		const { report } = buildCustomerTable(readRetail(false), retailColumns);
		const d = report.dropped;
		expect(d.missingCustomer).toBeGreaterThan(0);
		expect(d.cancelled).toBeGreaterThan(0);
		expect(report.keptRows + d.missingCustomer + d.cancelled + d.missingDate + d.afterAsOf + d.missingAmount + d.nonPositive).toBe(report.inputRows);
		expect(report.segments.reduce((s, x) => s + x.customers, 0)).toBe(3017);
	});
});

describe('buildCustomerTable on a hand-made ledger', () => {
	// Customer A: invoices 1 (two lines) and 2; B: invoice 3 plus a cancellation and a return line.
	const ledger = (): Table => {
		const dict = (name: string, type: DictionaryColumn['type'], texts: string[]): DictionaryColumn => {
			const dictionary = [...new Set(texts.filter((t) => t !== ''))];
			return { name, type, role: 'feature', dictionary, codes: Int32Array.from(texts, (t) => dictionary.indexOf(t)) };
		};
		return {
			rowCount: 7,
			columns: [
				dict('Customer', 'identifier', ['A', 'A', 'A', 'B', 'B', 'B', '']),
				dict('Invoice', 'text', ['1', '1', '2', '3', 'C4', '5', '6']),
				dict('When', 'datetime', ['2024-01-01 10:00', '2024-01-01 10:00', '2024-03-01 09:30', '2024-02-15 12:00', '2024-02-20 12:00', '2024-02-21 12:00', '2024-03-02 08:00']),
				{ name: 'Qty', type: 'numeric', role: 'feature', values: Float64Array.from([2, 1, 4, 10, -10, -1, 5]) },
				{ name: 'Price', type: 'numeric', role: 'feature', values: Float64Array.from([5, 10, 2.5, 1, 1, 3, 1]) }
			]
		};
	};
	const columns = { customer: 'Customer', invoice: 'Invoice', date: 'When', quantity: 'Qty', price: 'Price' };

	test('buildCustomerTable(ledger) computes recency, frequency, monetary, tenure and CLV by hand', () => {
		const { table, report } = buildCustomerTable(ledger(), columns);
		expect(report.dropped).toMatchObject({ missingCustomer: 1, cancelled: 1, nonPositive: 1 });
		expect(report.asOf).toBe(Date.UTC(2024, 2, 2)); // midnight after A's last purchase on 1 March
		expect(values(table, 'recency')).toEqual([0, 15]); // B: 15 Feb 12:00 to 2 Mar 00:00 (leap year) is 15.5 days
		expect(values(table, 'frequency')).toEqual([2, 1]);
		expect(values(table, 'monetary')).toEqual([30, 10]);
		expect(values(table, 'tenure_days')).toEqual([60, 15]);
		expect(values(table, 'mean_order_value')).toEqual([15, 10]);
		expect(values(table, 'total_quantity')).toEqual([7, 10]);
		expect(values(table, 'mean_unit_price')[0]).toBeCloseTo(30 / 7, 12);
		// A: 15 per order x (2 orders / (90 / 365.25 years)) x 3 years; B: 10 x (1 / (90 / 365.25)) x 3.
		const clv = values(table, 'clv');
		expect(clv[0]).toBeCloseTo(15 * ((2 * 365.25) / 90) * 3, 9);
		expect(clv[1]).toBeCloseTo(10 * (365.25 / 90) * 3, 9);
		const first = findColumn(table, 'first_purchase') as DictionaryColumn;
		expect(first.dictionary[first.codes[0]]).toBe('2024-01-01 10:00:00');
		expect(first.format).toBe('YYYY-MM-DD HH:mm:ss');
	});

	test('buildCustomerTable(ledger, {asOf}) drops later rows; cleaning flags off keep them', () => {
		const asOf = Date.UTC(2024, 1, 16);
		const early = buildCustomerTable(ledger(), { ...columns, asOf });
		expect(early.report.dropped.afterAsOf).toBe(2);
		expect(values(early.table, 'recency')).toEqual([45, 0]);
		const all = buildCustomerTable(ledger(), { ...columns, dropMissingCustomer: false, dropCancelled: false, dropNonPositive: false, order: 'appearance' });
		const ids = findColumn(all.table, 'CustomerID') as DictionaryColumn;
		expect(ids.dictionary).toEqual(['A', 'B', '(no id)']);
		expect(values(all.table, 'frequency')).toEqual([2, 3, 1]);
		expect(values(all.table, 'monetary')).toEqual([30, -3, 5]);
	});

	test('buildCustomerTable with an amount column leaves out quantity-based columns', () => {
		const t = ledger();
		t.columns.push({ name: 'Amount', type: 'numeric', role: 'feature', values: Float64Array.from([10, 10, 10, 10, -10, -3, 5]) });
		const { table } = buildCustomerTable(t, { customer: 'Customer', invoice: 'Invoice', date: 'When', amount: 'Amount' });
		expect(values(table, 'monetary')).toEqual([30, 10]);
		expect(table.columns.map((c) => c.name)).not.toContain('total_quantity');
	});

	test('buildCustomerTable reads numeric epoch dates', () => {
		const t = ledger();
		const when = t.columns[2] as DictionaryColumn;
		const ms = Float64Array.from(when.codes, (c) => Date.parse(when.dictionary[c].replace(' ', 'T') + 'Z'));
		t.columns[2] = { name: 'When', type: 'numeric', role: 'feature', values: ms.map((v) => v / 1000) };
		expect(values(buildCustomerTable(t, columns).table, 'recency')).toEqual([0, 15]);
	});

	test('buildCustomerTable names the column it cannot use', () => {
		expect(() => buildCustomerTable(ledger(), { ...columns, date: 'Customer' })).toThrow(/column "Customer" does not hold dates/);
		expect(() => buildCustomerTable(ledger(), { ...columns, quantity: 'Invoice' })).toThrow(/column "Invoice" is not numeric/);
		expect(() => buildCustomerTable(ledger(), { ...columns, price: undefined })).toThrow(/quantity and a unit price/);
		expect(() => buildCustomerTable(ledger(), { ...columns, customer: 'Nope' })).toThrow(/column "Nope" not found/);
	});
});
