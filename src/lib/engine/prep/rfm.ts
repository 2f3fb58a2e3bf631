// Transactions -> a customer table for RFM analysis: recency, frequency, monetary value, a simple
// customer lifetime value, scores R, F, M (1-5) and a named segment from a rules table.
// Conventions follow the reference (pandas): recency in whole days to the as-of date, tie-aware
// scores (equal values, equal score; see rfmScores), R reversed so 5 = most recent. Dates are wall
// clock read as UTC.
import type { Column, DictionaryColumn, Table } from '../table';
import { aggregateCustomers, type CustomerTotals, type DroppedRows, type TransactionColumns } from './rfmAggregate';
import { msPerDay, startOfDay } from './rfmDates';
import { checkRfmRules, segmentFor, standardRfmRules, type RfmRules } from './rfmRules';
import { quintileScores } from './rfmScores';

export interface CustomerTableOptions extends TransactionColumns {
	/** As-of instant (ms, UTC wall clock); default midnight after the last kept transaction. Later rows are dropped. */
	asOf?: number;
	/** Drop rows without a customer id; default true (otherwise they form one customer "(no id)"). */
	dropMissingCustomer?: boolean;
	/** Drop rows whose invoice number starts with "C" (cancellations); default true. */
	dropCancelled?: boolean;
	/** Drop rows with quantity, unit price or amount <= 0 (returns, adjustments); default true. */
	dropNonPositive?: boolean;
	/** Years of future purchasing assumed by the CLV estimate; default 3. */
	expectedYears?: number;
	/** Shortest observation span (days) used for orders per year, so new customers are not extrapolated wildly; default 90. */
	minTenureDays?: number;
	/** Segment rules; default standardRfmRules. */
	rules?: RfmRules;
	/** Customer order: by id (numerically when every id is a number, as the reference) or first appearance; default 'id'. */
	order?: 'id' | 'appearance';
}

export interface CustomerTableReport {
	inputRows: number;
	keptRows: number;
	dropped: DroppedRows;
	customers: number;
	asOf: number;
	/** True when asOf was not given and defaulted to midnight after the last transaction. */
	asOfDefaulted: boolean;
	dateFormat: string;
	/** Editable assumptions behind the clv column. */
	expectedYears: number;
	minTenureDays: number;
	clvFormula: string;
	/** Customers per segment, in rules order, fallback last. */
	segments: { segment: string; customers: number }[];
}

const defaults = {
	dropMissingCustomer: true,
	dropCancelled: true,
	dropNonPositive: true,
	expectedYears: 3,
	minTenureDays: 90,
	rules: standardRfmRules,
	order: 'id' as 'id' | 'appearance'
};

const daysPerYear = 365.25;
const dateOutputFormat = 'YYYY-MM-DD HH:mm:ss';

/**
 * Output columns: CustomerID (identifier), recency (whole days from last purchase to as-of),
 * frequency (distinct invoices), monetary (sum of amounts), first_purchase, last_purchase
 * (datetime), tenure_days (whole days from first purchase to as-of: the customer's age),
 * mean_order_value (monetary / frequency), total_quantity and mean_unit_price (monetary /
 * total_quantity; only with quantity and price columns), clv, R, F, M and segment.
 * clv = mean_order_value x orders per year x expectedYears, where orders per year =
 * frequency / (max(tenure_days, minTenureDays) / 365.25).
 */
export function buildCustomerTable(table: Table, options: CustomerTableOptions): { table: Table; report: CustomerTableReport } {
	const o = { ...defaults, ...options };
	if (!(o.expectedYears > 0)) throw new Error(`expectedYears must be positive (got ${o.expectedYears})`);
	if (!(o.minTenureDays >= 1)) throw new Error(`minTenureDays must be at least 1 (got ${o.minTenureDays})`);
	checkRfmRules(o.rules);
	const { totals, dropped, keptRows, lastDate, dateFormat } = aggregateCustomers(table, o, o, o.asOf);
	if (totals.ids.length === 0) throw new Error('no transactions left after cleaning; check the chosen columns and cleaning options');
	const asOf = o.asOf ?? startOfDay(lastDate) + msPerDay;
	const sorted = o.order === 'id' ? sortById(totals) : totals;
	const n = sorted.ids.length;
	const columns = customerColumns(sorted, asOf, o, options.amount === undefined);
	const segments = columns.find((c) => c.name === 'segment') as DictionaryColumn;
	const segmentOf = Array.from(segments.codes, (code) => segments.dictionary[code]);
	const report: CustomerTableReport = {
		inputRows: table.rowCount,
		keptRows,
		dropped,
		customers: n,
		asOf,
		asOfDefaulted: o.asOf === undefined,
		dateFormat,
		expectedYears: o.expectedYears,
		minTenureDays: o.minTenureDays,
		clvFormula: `mean order value x orders per year x ${o.expectedYears} years; orders per year = orders / max(tenure, ${o.minTenureDays} days) in years`,
		segments: countSegments(o.rules, segmentOf)
	};
	return { table: { rowCount: n, columns }, report };
}

/** The output columns, in the order documented on buildCustomerTable. */
function customerColumns(
	sorted: CustomerTotals,
	asOf: number,
	o: { minTenureDays: number; expectedYears: number; rules: RfmRules },
	withUnits: boolean
): Column[] {
	const recency = sorted.last.map((t) => Math.floor((asOf - t) / msPerDay));
	const frequency = Float64Array.from(sorted.invoices);
	const monetary = sorted.monetary;
	const tenure = sorted.first.map((t) => Math.floor((asOf - t) / msPerDay));
	const meanOrder = monetary.map((m, i) => m / frequency[i]);
	const ordersPerYear = frequency.map((f, i) => f / (Math.max(tenure[i], o.minTenureDays) / daysPerYear));
	const clv = meanOrder.map((v, i) => v * ordersPerYear[i] * o.expectedYears);
	const R = quintileScores(recency, true);
	const F = quintileScores(frequency);
	// Sums of the same amounts in another order can differ in the last bit (19.8 vs
	// 19.799999999999997); scored at a millionth of the currency unit they stay equal customers.
	const M = quintileScores(monetary.map((m) => Math.round(m * 1e6) / 1e6));
	const segments = Array.from(R, (r, i) => segmentFor(o.rules, r, F[i], M[i]));
	return [
		dictionaryColumn('CustomerID', 'identifier', 'id', sorted.ids),
		numericColumn('recency', recency, 'feature'),
		numericColumn('frequency', frequency, 'feature'),
		numericColumn('monetary', monetary, 'feature'),
		{ ...dictionaryColumn('first_purchase', 'datetime', 'ignore', Array.from(sorted.first, formatDate)), format: dateOutputFormat },
		{ ...dictionaryColumn('last_purchase', 'datetime', 'ignore', Array.from(sorted.last, formatDate)), format: dateOutputFormat },
		numericColumn('tenure_days', tenure),
		numericColumn('mean_order_value', meanOrder),
		...(withUnits
			? [numericColumn('total_quantity', sorted.quantity), numericColumn('mean_unit_price', monetary.map((m, i) => m / sorted.quantity[i]))]
			: []),
		numericColumn('clv', clv),
		numericColumn('R', Float64Array.from(R)),
		numericColumn('F', Float64Array.from(F)),
		numericColumn('M', Float64Array.from(M)),
		dictionaryColumn('segment', 'categorical', 'label', segments)
	];
}

function sortById(totals: CustomerTotals): CustomerTotals {
	const { ids } = totals;
	const numbers = ids.map(Number);
	const allNumeric = numbers.every((v, i) => ids[i] !== '' && Number.isFinite(v));
	const order = ids.map((_, i) => i);
	if (allNumeric) order.sort((a, b) => numbers[a] - numbers[b] || a - b);
	else order.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
	return {
		ids: order.map((i) => ids[i]),
		invoices: Int32Array.from(order, (i) => totals.invoices[i]),
		first: Float64Array.from(order, (i) => totals.first[i]),
		last: Float64Array.from(order, (i) => totals.last[i]),
		monetary: Float64Array.from(order, (i) => totals.monetary[i]),
		quantity: Float64Array.from(order, (i) => totals.quantity[i])
	};
}

function numericColumn(name: string, values: Float64Array, role: 'feature' | 'ignore' = 'ignore'): Column {
	return { name, type: 'numeric', role, values };
}

function dictionaryColumn(
	name: string,
	type: 'identifier' | 'datetime' | 'categorical',
	role: 'id' | 'ignore' | 'label',
	texts: string[]
): DictionaryColumn {
	const dictionary: string[] = [];
	const position = new Map<string, number>();
	const codes = new Int32Array(texts.length);
	texts.forEach((text, i) => {
		let code = position.get(text);
		if (code === undefined) {
			code = dictionary.length;
			position.set(text, code);
			dictionary.push(text);
		}
		codes[i] = code;
	});
	return { name, type, role, codes, dictionary };
}

function formatDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function countSegments(rules: RfmRules, segments: string[]): { segment: string; customers: number }[] {
	const names = [...new Set([...rules.rules.map((r) => r.segment), rules.fallback])];
	const counts = new Map(names.map((name) => [name, 0]));
	for (const s of segments) counts.set(s, counts.get(s)! + 1);
	return names.map((segment) => ({ segment, customers: counts.get(segment)! }));
}
