// Transactions -> one record per customer: the row cleaning of an RFM analysis and the grouping.
// Every dropped row is counted under the first reason that applies, in the order of `DroppedRows`.
import { cellText, findColumn, type Column, type NumericColumn, type Table } from '../table';
import { readDates } from './rfmDates';

export interface TransactionColumns {
	customer: string;
	invoice: string;
	date: string;
	amount?: string;
	quantity?: string;
	price?: string;
}

export interface CleaningFlags {
	dropMissingCustomer: boolean;
	dropCancelled: boolean;
	dropNonPositive: boolean;
}

/** Rows removed, each counted once under the first reason that applies, in this order. */
export interface DroppedRows {
	/** No customer id (only when dropMissingCustomer). */
	missingCustomer: number;
	/** Invoice number starting with "C" (only when dropCancelled). */
	cancelled: number;
	/** Date missing or unreadable (always dropped). */
	missingDate: number;
	/** Dated after the as-of date (always dropped). */
	afterAsOf: number;
	/** Amount, quantity or price missing (always dropped). */
	missingAmount: number;
	/** Quantity, price or amount <= 0 (only when dropNonPositive). */
	nonPositive: number;
}

/** Per customer, in order of first appearance. */
export interface CustomerTotals {
	ids: string[];
	invoices: Int32Array;
	first: Float64Array;
	last: Float64Array;
	monetary: Float64Array;
	/** Sum of quantities; NaN when the amount came from an amount column. */
	quantity: Float64Array;
}

/** Customer id of rows without one when they are kept (dropMissingCustomer off). */
export const missingCustomerId = '(no id)';

export function aggregateCustomers(
	table: Table,
	columns: TransactionColumns,
	flags: CleaningFlags,
	asOf: number | undefined
): { totals: CustomerTotals; dropped: DroppedRows; keptRows: number; lastDate: number; dateFormat: string } {
	const customer = findColumn(table, columns.customer);
	const invoice = findColumn(table, columns.invoice);
	const dates = readDates(findColumn(table, columns.date));
	const amountOf = amountReader(table, columns);
	const dropped: DroppedRows = { missingCustomer: 0, cancelled: 0, missingDate: 0, afterAsOf: 0, missingAmount: 0, nonPositive: 0 };
	const index = new Map<string, number>();
	const ids: string[] = [];
	const invoiceSets: Set<string>[] = [];
	const first: number[] = [];
	const last: number[] = [];
	const monetary: number[] = [];
	const quantity: number[] = [];
	let keptRows = 0;
	let lastDate = -Infinity;
	for (let row = 0; row < table.rowCount; row++) {
		const id = cellText(customer, row).trim();
		if (id === '' && flags.dropMissingCustomer) {
			dropped.missingCustomer++;
			continue;
		}
		const invoiceText = cellText(invoice, row).trim();
		if (flags.dropCancelled && (invoiceText[0] === 'C' || invoiceText[0] === 'c')) {
			dropped.cancelled++;
			continue;
		}
		const date = dates.ms[row];
		if (Number.isNaN(date)) {
			dropped.missingDate++;
			continue;
		}
		if (asOf !== undefined && date > asOf) {
			dropped.afterAsOf++;
			continue;
		}
		const { amount, units, positive } = amountOf(row);
		if (Number.isNaN(amount)) {
			dropped.missingAmount++;
			continue;
		}
		if (flags.dropNonPositive && !positive) {
			dropped.nonPositive++;
			continue;
		}
		const key = id === '' ? missingCustomerId : id;
		let c = index.get(key);
		if (c === undefined) {
			c = ids.length;
			index.set(key, c);
			ids.push(key);
			invoiceSets.push(new Set());
			first.push(date);
			last.push(date);
			monetary.push(0);
			quantity.push(0);
		}
		invoiceSets[c].add(invoiceText);
		if (date < first[c]) first[c] = date;
		if (date > last[c]) last[c] = date;
		monetary[c] += amount;
		quantity[c] += units;
		keptRows++;
		if (date > lastDate) lastDate = date;
	}
	const totals: CustomerTotals = {
		ids,
		invoices: Int32Array.from(invoiceSets, (s) => s.size),
		first: Float64Array.from(first),
		last: Float64Array.from(last),
		monetary: Float64Array.from(monetary),
		quantity: Float64Array.from(quantity)
	};
	return { totals, dropped, keptRows, lastDate, dateFormat: dates.format };
}

type AmountReader = (row: number) => { amount: number; units: number; positive: boolean };

function amountReader(table: Table, columns: TransactionColumns): AmountReader {
	if (columns.amount !== undefined) {
		const amount = numeric(findColumn(table, columns.amount)).values;
		return (row) => ({ amount: amount[row], units: Number.NaN, positive: amount[row] > 0 });
	}
	if (columns.quantity === undefined || columns.price === undefined) {
		throw new Error('give an amount column, or both a quantity and a unit price column');
	}
	const quantity = numeric(findColumn(table, columns.quantity)).values;
	const price = numeric(findColumn(table, columns.price)).values;
	return (row) => ({
		amount: quantity[row] * price[row],
		units: quantity[row],
		positive: quantity[row] > 0 && price[row] > 0
	});
}

function numeric(column: Column): NumericColumn {
	if (column.type !== 'numeric') throw new Error(`column "${column.name}" is not numeric; RFM needs numbers there`);
	return column;
}
