import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reference, type RfmReference } from './reference';
import { cli, relativeError, retail, tempDir } from './run';

const ref = reference<RfmReference>('online-retail-20k-rfm.json');
const columns = ['--customer', 'CustomerID', '--invoice', 'InvoiceNo', '--date', 'InvoiceDate', '--quantity', 'Quantity', '--price', 'UnitPrice'];

function parseCsv(text: string): string[][] {
	return text.trimEnd().split(/\r?\n/).map((line) => line.split(','));
}

describe('segment-lab rfm', () => {
	test('rfm online-retail-20k --out matches the reference customer table', async () => {
		const out = join(tempDir(), 'rfm.csv');
		const { code, stdout } = await cli('rfm', retail, ...columns, '--out', out);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^customers:\s+3017$/m);
		expect(stdout).toMatch(/^as of:\s+2011-12-10/m);
		const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
		expect(header).toEqual(['CustomerID', 'recency', 'frequency', 'monetary', 'R', 'F', 'M', 'segment']);
		expect(rows).toHaveLength(ref.customers);
		rows.forEach(([id, recency, frequency, monetary, R, F, M, segment], i) => {
			const want = ref.table[i];
			expect([id, Number(recency), Number(frequency), Number(R), Number(F), Number(M)]).toEqual([
				want.CustomerID,
				want.recency,
				want.frequency,
				want.R,
				want.F,
				want.M
			]);
			expect(relativeError(Number(monetary), want.monetary)).toBeLessThan(1e-9);
			expect(segment).not.toBe('');
		});
	});

	test('--asof sets the reference date, so recency grows by the days added', async () => {
		const { stdout } = await cli('rfm', retail, ...columns, '--asof', '2011-12-20', '--out', '-');
		const rows = parseCsv(stdout).slice(1);
		expect(rows).toHaveLength(ref.customers);
		rows.forEach((row, i) => expect(Number(row[1])).toBe(ref.table[i].recency + 10));
	});

	test('--amount and --quantity together is a usage error', async () => {
		const { code, stderr } = await cli('rfm', retail, ...columns, '--amount', 'UnitPrice');
		expect(code).toBe(2);
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	test('a bad --asof is a usage error naming the option', async () => {
		const { code, stderr } = await cli('rfm', retail, ...columns, '--asof', '2011-02-30');
		expect(code).toBe(2);
		expect(stderr).toContain('--asof must be a date as YYYY-MM-DD (got "2011-02-30")');
	});
});
