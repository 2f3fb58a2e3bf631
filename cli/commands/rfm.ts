// segment-lab rfm FILE: transactions -> one row per customer with recency, frequency, monetary,
// their tie-aware 1-5 scores and a named segment (the engine's buildCustomerTable).
import { csvChunks } from '../../src/lib/engine/io/export';
import { buildCustomerTable, type CustomerTableReport } from '../../src/lib/engine/prep';
import { findColumn, type Table } from '../../src/lib/engine/table';
import { requiredString, stringValue, type Values } from '../args';
import type { Command } from '../command';
import { engineStep, UsageError } from '../errors';
import { writeOutput, type CliIo } from '../io';
import { readTable, requireColumn, type LoadedFile } from '../read';
import { formatPairs, formatTable } from '../table';

const help = `Usage: segment-lab rfm FILE --customer COL --invoice COL --date COL
                         (--amount COL | --quantity COL --price COL) [--asof YYYY-MM-DD] [--out rfm.csv]

Builds the customer table of an RFM analysis from transactions. Rows without a customer, invoices
starting with "C" (cancellations) and rows with quantity, price or amount <= 0 are dropped.
recency = whole days from the customer's last invoice to the as-of date; frequency = distinct
invoices; monetary = sum of amounts (quantity x price); R, F, M = scores 1-5: 1 + floor(5 x the
share of customers with a smaller value), R from the share with a longer recency so 5 = most recent;
equal values get equal scores (so a score can hold more or fewer than a fifth of the customers);
segment from the standard rules (Champions, At Risk, ...).

  --customer COL    customer id column
  --invoice COL     invoice number column
  --date COL        invoice date column
  --amount COL      amount per row, or
  --quantity COL --price COL   quantity and unit price per row
  --asof YYYY-MM-DD as-of date (midnight, UTC); default the day after the last invoice;
                    later transactions are dropped
  --out rfm.csv     write CustomerID, recency, frequency, monetary, R, F, M, segment per customer
                    ("-" = stdout); without it, prints a summary per segment`;

const outputColumns = ['CustomerID', 'recency', 'frequency', 'monetary', 'R', 'F', 'M', 'segment'];

async function run(io: CliIo, file: string, values: Values): Promise<void> {
	const columns = transactionColumns(values);
	const asOf = readAsOf(stringValue(values, 'asof'));
	const out = stringValue(values, 'out');
	const loaded = await readTable(io, file);
	for (const [option, name] of Object.entries(columns)) if (name !== undefined) requireColumn(loaded, name, option);
	const { table, report } = engineStep(file, () => buildCustomerTable(loaded.table, { ...columns, asOf }));
	if (out !== undefined) writeOutput(io, out, customerCsv(table), 'customer table');
	if (out !== '-') io.stdout(formatReport(loaded, report));
}

function transactionColumns(values: Values) {
	const amount = stringValue(values, 'amount');
	const quantity = stringValue(values, 'quantity');
	const price = stringValue(values, 'price');
	if (amount !== undefined && (quantity !== undefined || price !== undefined)) {
		throw new UsageError('give either --amount or --quantity with --price, not both');
	}
	if (amount === undefined && (quantity === undefined || price === undefined)) {
		throw new UsageError('give --amount, or both --quantity and --price');
	}
	return {
		customer: requiredString(values, 'customer'),
		invoice: requiredString(values, 'invoice'),
		date: requiredString(values, 'date'),
		amount,
		quantity,
		price
	};
}

/** YYYY-MM-DD -> midnight UTC in ms (dates in the file are wall clock read as UTC). */
export function readAsOf(text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
	if (!match || new Date(ms).toISOString().slice(0, 10) !== text.trim()) {
		throw new UsageError(`--asof must be a date as YYYY-MM-DD (got "${text}")`);
	}
	return ms;
}

function customerCsv(table: Table): Iterable<string> {
	return csvChunks({ rowCount: table.rowCount, columns: outputColumns.map((name) => findColumn(table, name)) });
}

function formatReport(loaded: LoadedFile, report: CustomerTableReport): string {
	const dropped = Object.entries(report.dropped)
		.filter(([, count]) => count > 0)
		.map(([reason, count]) => `${count} ${reason}`)
		.join(', ');
	const head = formatPairs([
		['file', loaded.file],
		['rows', report.inputRows],
		['kept', report.keptRows],
		['dropped', dropped || 'none'],
		['dates read as', report.dateFormat],
		['customers', report.customers],
		['as of', `${new Date(report.asOf).toISOString().slice(0, 10)}${report.asOfDefaulted ? ' (day after the last invoice)' : ''}`]
	]);
	const rows = report.segments.map((s) => [s.segment, s.customers, Number(((100 * s.customers) / report.customers).toFixed(1))]);
	return `${head}\n${formatTable(['segment', 'customers', '% customers'], rows)}`;
}

export const rfm: Command = {
	name: 'rfm',
	summary: 'transactions -> RFM customer table with scores and segments',
	help,
	options: {
		customer: { type: 'string' },
		invoice: { type: 'string' },
		date: { type: 'string' },
		amount: { type: 'string' },
		quantity: { type: 'string' },
		price: { type: 'string' },
		asof: { type: 'string' },
		out: { type: 'string' }
	},
	shared: false,
	run
};
