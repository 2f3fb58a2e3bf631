import { describe, expect, test } from 'vitest';
import type { ColumnMeta } from '$lib/store/types';
import { guessColumns, looksLikeTransactions } from './guessColumns';

const col = (name: string, type: ColumnMeta['type'], role: ColumnMeta['role'] = 'feature'): ColumnMeta => ({ name, type, role });

const retail: ColumnMeta[] = [
	col('InvoiceNo', 'identifier', 'id'),
	col('StockCode', 'identifier', 'id'),
	col('Description', 'text', 'ignore'),
	col('Quantity', 'numeric'),
	col('InvoiceDate', 'datetime', 'ignore'),
	col('UnitPrice', 'numeric'),
	col('CustomerID', 'identifier', 'id'),
	col('Country', 'categorical', 'ignore')
];

const wholesale: ColumnMeta[] = ['Channel', 'Region', 'Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'].map((n) => col(n, 'numeric'));

describe('guessColumns', () => {
	test('guessColumns(Online Retail) finds customer, invoice, date, quantity and price', () => {
		expect(guessColumns(retail)).toEqual({
			customer: 'CustomerID',
			invoice: 'InvoiceNo',
			date: 'InvoiceDate',
			amount: undefined,
			quantity: 'Quantity',
			price: 'UnitPrice'
		});
	});

	test('guessColumns prefers an amount column that is not a price', () => {
		const cols = [col('client_id', 'identifier', 'id'), col('order_number', 'identifier'), col('order_date', 'datetime'), col('unit_price', 'numeric'), col('total_amount', 'numeric')];
		const guess = guessColumns(cols);
		expect(guess).toMatchObject({ customer: 'client_id', invoice: 'order_number', date: 'order_date', amount: 'total_amount', price: 'unit_price' });
	});

	test('guessColumns of a dataset without those names guesses nothing', () => {
		expect(Object.values(guessColumns(wholesale)).filter((v) => v !== undefined)).toEqual([]);
	});
});

describe('looksLikeTransactions', () => {
	test('looksLikeTransactions(Online Retail) is true', () => {
		expect(looksLikeTransactions(retail)).toBe(true);
	});

	test('looksLikeTransactions is false without a datetime column', () => {
		expect(looksLikeTransactions(retail.filter((c) => c.type !== 'datetime'))).toBe(false);
		expect(looksLikeTransactions(wholesale)).toBe(false);
	});

	test('looksLikeTransactions is false for a customer table (one row per customer id)', () => {
		const customers = [col('CustomerID', 'identifier', 'id'), col('first_purchase', 'datetime', 'ignore'), col('recency', 'numeric')];
		customers[0].distinct = 3017;
		expect(looksLikeTransactions(customers, 3017)).toBe(false);
		expect(looksLikeTransactions(customers, 20000)).toBe(true);
	});

	test('looksLikeTransactions is false when the customer column is not id-like', () => {
		expect(looksLikeTransactions([col('customer segment', 'categorical'), col('date', 'datetime')])).toBe(false);
	});
});
