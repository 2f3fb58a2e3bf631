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
	const totals = new Totals();
	let keptRows = 0;
	let lastDate = -Infinity;
	for (let row = 0; row < table.rowCount; row++) {
		const id = cellText(customer, row).trim();
		const invoiceText = cellText(invoice, row).trim();
		const date = dates.ms[row];
		const { amount, units, positive } = amountOf(row);
		const reason = dropReason(id, invoiceText, date, amount, positive, flags, asOf);
		if (reason) {
			dropped[reason]++;
			continue;
		}
		totals.add(id === '' ? missingCustomerId : id, invoiceText, date, amount, units);
		keptRows++;
		if (date > lastDate) lastDate = date;
	}
	return { totals: totals.done(), dropped, keptRows, lastDate, dateFormat: dates.format };
}

/** Why a row is dropped (the first reason in DroppedRows order), or null to keep it. */
function dropReason(
	id: string,
	invoice: string,
	date: number,
	amount: number,
	positive: boolean,
	flags: CleaningFlags,
	asOf: number | undefined
): keyof DroppedRows | null {
	if (id === '' && flags.dropMissingCustomer) return 'missingCustomer';
	if (flags.dropCancelled && (invoice[0] === 'C' || invoice[0] === 'c')) return 'cancelled';
	if (Number.isNaN(date)) return 'missingDate';
	if (asOf !== undefined && date > asOf) return 'afterAsOf';
	if (Number.isNaN(amount)) return 'missingAmount';
	if (flags.dropNonPositive && !positive) return 'nonPositive';
	return null;
}

/** Running totals per customer, in order of first appearance. */
class Totals {
	private index = new Map<string, number>();
	private ids: string[] = [];
	private invoices: Set<string>[] = [];
	private first: number[] = [];
	private last: number[] = [];
	private monetary: number[] = [];
	private quantity: number[] = [];

	add(id: string, invoice: string, date: number, amount: number, units: number): void {
		let c = this.index.get(id);
		if (c === undefined) {
			c = this.ids.length;
			this.index.set(id, c);
			this.ids.push(id);
			this.invoices.push(new Set());
			this.first.push(date);
			this.last.push(date);
			this.monetary.push(0);
			this.quantity.push(0);
		}
		this.invoices[c].add(invoice);
		if (date < this.first[c]) this.first[c] = date;
		if (date > this.last[c]) this.last[c] = date;
		this.monetary[c] += amount;
		this.quantity[c] += units;
	}

	done(): CustomerTotals {
		return {
			ids: this.ids,
			invoices: Int32Array.from(this.invoices, (s) => s.size),
			first: Float64Array.from(this.first),
			last: Float64Array.from(this.last),
			monetary: Float64Array.from(this.monetary),
			quantity: Float64Array.from(this.quantity)
		};
	}
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
