// Which columns of a transaction log hold the customer, invoice, date and money, guessed from names
// and types (CustomerID, InvoiceNo, InvoiceDate, Quantity, UnitPrice...). The analyst can change
// every guess; these only prefill the selects.
import type { ColumnMeta } from '$lib/store/types';

export interface TransactionGuess {
	customer?: string;
	invoice?: string;
	date?: string;
	amount?: string;
	quantity?: string;
	price?: string;
}

const customerName = /(customer|cust|client|member|user|account|buyer|shopper|consumer)/i;
const invoiceName = /(invoice|order|transaction|receipt|basket|bill|ticket)/i;
const dateName = /(date|time|day|timestamp|\bts\b)/i;
const amountName = /(amount|total|revenue|sales|spend|value|sum)/i;
const quantityName = /(quantity|qty|units|pieces|count)/i;
const priceName = /price/i;
const idEnding = /(id|no|nr|num|number|key|code|ref)$/i;

/** The first column passing `test`, preferring those `prefer` also accepts. */
function pick(columns: ColumnMeta[], test: (c: ColumnMeta) => boolean, prefer: (c: ColumnMeta) => boolean = () => true): string | undefined {
	const candidates = columns.filter(test);
	return (candidates.find(prefer) ?? candidates[0])?.name;
}

export function guessColumns(columns: ColumnMeta[]): TransactionGuess {
	const idLike = (c: ColumnMeta) => c.type === 'identifier' || c.role === 'id' || idEnding.test(c.name.trim());
	const numeric = (c: ColumnMeta) => c.type === 'numeric';
	const customer = pick(columns, (c) => customerName.test(c.name) && c.type !== 'datetime', idLike);
	const invoice = pick(columns, (c) => invoiceName.test(c.name) && c.type !== 'datetime' && c.name !== customer && !dateName.test(c.name), idLike);
	const date = pick(columns, (c) => c.type === 'datetime', (c) => dateName.test(c.name));
	const quantity = pick(columns, (c) => numeric(c) && quantityName.test(c.name));
	const price = pick(columns, (c) => numeric(c) && priceName.test(c.name));
	const amount = pick(columns, (c) => numeric(c) && amountName.test(c.name) && !priceName.test(c.name) && !quantityName.test(c.name));
	return { customer, invoice, date, amount, quantity, price };
}

/**
 * A dataset that looks like a transaction log: a datetime column and an id-like customer column
 * whose ids repeat (with `rowCount`; a table with one row per customer is not a log).
 */
export function looksLikeTransactions(columns: ColumnMeta[], rowCount?: number): boolean {
	const guess = guessColumns(columns);
	const customer = columns.find((c) => c.name === guess.customer);
	if (!customer || guess.date === undefined) return false;
	const idLike = customer.type === 'identifier' || customer.role === 'id' || idEnding.test(customer.name.trim());
	const repeats = rowCount === undefined || customer.distinct === undefined || customer.distinct < rowCount;
	return idLike && repeats;
}
