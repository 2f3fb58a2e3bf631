import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, retail, tempDir } from './run';

const rfmArgs = ['--customer', 'CustomerID', '--invoice', 'InvoiceNo', '--date', 'InvoiceDate', '--quantity', 'Quantity', '--price', 'UnitPrice'];

describe('segment-lab join', () => {
	test('join puts a customers file onto the RFM table of the transactions, with the match counts', async () => {
		const dir = tempDir();
		const rfmCsv = join(dir, 'rfm.csv');
		expect((await cli('rfm', retail, ...rfmArgs, '--out', rfmCsv)).code).toBe(0);
		const ids = readFileSync(rfmCsv, 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[0]);
		// Customers file: numeric ids (no ".0"), the first ten customers of the RFM table and one nobody bought as.
		const customers = join(dir, 'customers.csv');
		const known = ids.slice(0, 10).map((id, i) => `${Number(id)},${i % 2 ? 'North' : 'South'},2023-0${1 + (i % 9)}-15`);
		writeFileSync(customers, ['CustomerID,Region,SignupDate', ...known, '99999,West,2024-01-01'].join('\n') + '\n');
		const out = join(dir, 'joined.csv');
		const { code, stderr } = await cli('join', rfmCsv, customers, '--on', 'CustomerID', '--out', out);
		expect(code).toBe(0);
		expect(stderr).toContain(`left join of ${rfmCsv} (${ids.length} rows) and ${customers} (11 rows): ${ids.length} rows, 2 columns added`);
		expect(stderr).toContain('matched: 10 rows');
		expect(stderr).toContain(`not in ${customers}: ${ids.length - 10} rows`);
		expect(stderr).toContain('keys of customers.csv no row uses: 1: 99999'.replace('customers.csv', customers));
		const lines = readFileSync(out, 'utf8').trim().split('\r\n');
		expect(lines[0]).toBe('CustomerID,recency,frequency,monetary,R,F,M,segment,Region,SignupDate');
		expect(lines).toHaveLength(ids.length + 1);
		expect(lines[1].split(',').slice(-2)).toEqual(['South', '2023-01-15']);
		expect(lines[11].split(',').slice(-2)).toEqual(['', '']);
	});

	test('join --how inner keeps matched rows and --json writes the report', async () => {
		const dir = tempDir();
		const a = join(dir, 'a.csv');
		const b = join(dir, 'b.csv');
		writeFileSync(a, 'id,x\n1,10\n2,20\n2,21\n3,30\n');
		writeFileSync(b, 'id,x\n2,200\n3,300\n');
		const out = join(dir, 'j.csv');
		const { code, stdout } = await cli('join', a, b, '--on', 'id', '--how', 'inner', '--out', out, '--json', '-');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ how: 'inner', matchedRows: 3, unmatchedRows: 1, rows: 3, added: ['x (b.csv)'] });
		expect(readFileSync(out, 'utf8')).toBe('id,x,x (b.csv)\r\n2,20,200\r\n2,21,200\r\n3,30,300\r\n');
	});

	test('join refuses duplicate keys in B and a missing key column, naming them', async () => {
		const dir = tempDir();
		const a = join(dir, 'a.csv');
		const b = join(dir, 'b.csv');
		writeFileSync(a, 'id,x\n1,10\n');
		writeFileSync(b, 'id,y\n1,a\n2,b\n1,c\n');
		const dup = await cli('join', a, b, '--on', 'id');
		expect(dup.code).toBe(1);
		expect(dup.stderr).toContain('"id" in "b.csv" names the key "1" twice (data rows 1 and 3)');
		const missing = await cli('join', a, b, '--on', 'x');
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('has no column "x" (from --on)');
		const bad = await cli('join', a, b, '--on', 'id', '--how', 'outer');
		expect(bad.code).toBe(2);
	});
});
