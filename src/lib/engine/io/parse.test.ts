import { describe, expect, test } from 'vitest';
import { DelimitedParser, parseDelimitedText, type DelimitedOptions } from './parse';
import { cellsOf, importBytes, plainTable } from './testing';
import { WarningLog } from './warnings';

function parse(text: string, options: Partial<DelimitedOptions> = {}) {
	const warnings = new WarningLog();
	const result = parseDelimitedText(text, { fileName: 'test.csv', warnings, ...options });
	return { ...result, warnings: warnings.list() };
}

describe('parseDelimitedText quoting and line breaks', () => {
	test('parseDelimitedText keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
		const { table } = parse('id,comment\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n4,"x\r\ny"\n');
		expect(cellsOf(table, 'comment')).toEqual(['a, b', 'say "hi"', 'two\nlines', 'x\r\ny']);
		expect(table.rowCount).toBe(4);
	});

	test('parseDelimitedText reads CRLF, LF and CR files alike', () => {
		const lf = plainTable(parse('a,b\n1,x\n2,y\n').table);
		expect(plainTable(parse('a,b\r\n1,x\r\n2,y\r\n').table)).toEqual(lf);
		expect(plainTable(parse('a,b\r1,x\r2,y\r').table)).toEqual(lf);
		expect(plainTable(parse('a,b\n1,x\n2,y').table)).toEqual(lf);
	});

	test('parseDelimitedText drops the stray \\r of CRLF lines in an LF file', () => {
		const { table } = parse('a,b\n1,x\r\n2,y\n');
		expect(cellsOf(table, 'b')).toEqual(['x', 'y']);
	});

	test('parseDelimitedText skips blank lines and counts file lines past them and past quoted line breaks', () => {
		const { table, warnings } = parse('\na,b,c\n\n1,"x\ny",3\n   \n2,z\n');
		expect(table.rowCount).toBe(2);
		expect(warnings).toEqual([expect.objectContaining({ kind: 'ragged-row', row: 2, line: 7 })]);
	});

	test('importBlob reads a file with a quote left open early as one value to its end', async () => {
		const rows = Array.from({ length: 50_000 }, (_, i) => (i === 5 ? '5,"open' : `${i},x${i}`));
		const { table, warnings } = await importBytes('id,name\n' + rows.join('\n'), { fileName: 'open.csv', chunkBytes: 256 });
		expect(table.rowCount).toBe(6);
		expect(warnings[0]).toMatchObject({ kind: 'quotes', line: 7 });
	});

	test('parseDelimitedText warns about an unterminated quote with its line', () => {
		const { table, warnings } = parse('a,b\n1,x\n2,"open\n3,y\n');
		expect(table.rowCount).toBe(2);
		expect(cellsOf(table, 'b')).toEqual(['x', 'open\n3,y\n']);
		expect(warnings.some((w) => w.kind === 'quotes' && w.line === 3)).toBe(true);
	});
});

describe('parseDelimitedText delimiters and decimals', () => {
	test.each([
		[',', 'csv'],
		['\t', 'tsv'],
		[';', 'semicolon'],
		['|', 'pipe']
	])("parseDelimitedText detects '%s' (%s)", (delimiter) => {
		const text = ['name', 'spend', 'visits'].join(delimiter) + '\n' + ['A', '1.5', '3'].join(delimiter) + '\n' + ['"B, C"', '2', '4'].join(delimiter) + '\n';
		const { table, delimiter: found } = parse(text);
		expect(found).toBe(delimiter);
		expect(cellsOf(table, 'spend')).toEqual([1.5, 2]);
	});

	test('parseDelimitedText reads `;` files with decimal commas as numbers', () => {
		const { table, decimalComma } = parse('customer;revenue;rate\nA;1.234,56;0,5\nB;987,1;0\nC;12.345,00;0,25\n');
		expect(decimalComma).toBe(true);
		expect(cellsOf(table, 'revenue')).toEqual([1234.56, 987.1, 12345]);
		expect(cellsOf(table, 'rate')).toEqual([0.5, 0, 0.25]);
	});

	test('parseDelimitedText keeps decimal points in `;` files that use them', () => {
		const { table, decimalComma } = parse('a;b\n1.5;2\n2.25;3\n');
		expect(decimalComma).toBe(false);
		expect(cellsOf(table, 'a')).toEqual([1.5, 2.25]);
	});

	test('parseDelimitedText honours a forced delimiter', () => {
		const { table } = parse('a,b;c\n1,2;3\n', { delimiter: ';' });
		expect(table.columns.map((c) => c.name)).toEqual(['a,b', 'c']);
	});
});

describe('parseDelimitedText cells and columns', () => {
	test('parseDelimitedText reads missing-value tokens as missing in numeric and text columns', () => {
		const { table } = parse('v,label\nNA,a\nn/a,b\nNULL,c\nnull,d\n-,e\n?,f\nn.a.,g\n ,h\n,i\n4.5,NA\n');
		expect(cellsOf(table, 'v')).toEqual([...Array(9).fill(Number.NaN), 4.5]);
		expect(cellsOf(table, 'label')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', null]);
	});

	test('parseDelimitedText makes header names unique and non-blank, with a warning each', () => {
		const { table, warnings } = parse('<b>,score,score,\n1,2,3,4\n');
		expect(table.columns.map((c) => c.name)).toEqual(['<b>', 'score', 'score_2', 'column_4']);
		expect(warnings.filter((w) => w.kind === 'header').map((w) => w.column)).toEqual(['score_2', 'column_4']);
	});

	test('parseDelimitedText pads short rows and cuts long ones, naming row and line', () => {
		const { table, warnings } = parse('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,,\n');
		expect(cellsOf(table, 'c')).toEqual([3, Number.NaN, 8, 12]);
		expect(warnings).toEqual([
			expect.objectContaining({ kind: 'ragged-row', row: 2, line: 3, message: expect.stringContaining('left missing') }),
			expect.objectContaining({ kind: 'ragged-row', row: 3, line: 4, message: expect.stringContaining('dropped') })
		]);
	});

	test('parseDelimitedText turns a stray text in a numeric column into missing and reports row, line, column and value', () => {
		const rows = Array.from({ length: 60 }, (_, i) => `${i},${i === 41 ? 'oops' : i / 2}`);
		const { table, warnings } = parse('id,value\n' + rows.join('\n'));
		expect(table.columns[1].type).toBe('numeric');
		expect(cellsOf(table, 'value')[41]).toBeNaN();
		expect(warnings).toContainEqual(expect.objectContaining({ kind: 'unparsed-number', row: 42, line: 43, column: 'value', message: expect.stringContaining('"oops"') }));
		expect(warnings).toContainEqual(expect.objectContaining({ kind: 'unparsed-number', column: 'value', count: 1 }));
	});

	test('parseDelimitedText re-reads a column as text when later rows contradict the numeric sample', () => {
		const warningLog = new WarningLog();
		const parser = new DelimitedParser({ fileName: 'mixed.csv', warnings: warningLog, sampleRows: 50, sniffChars: 10 });
		parser.push('n,mixed\n');
		for (let i = 0; i < 300; i++) parser.push(`${i},${i < 100 ? i : `code-${i}`}\n`);
		const { table } = parser.finish();
		const warnings = warningLog.list();
		const mixed = table.columns[1];
		expect(mixed.type).toBe('identifier');
		const cells = cellsOf(table, 'mixed');
		expect(cells[5]).toBe('5');
		expect(cells[250]).toBe('code-250');
		expect(warnings).toContainEqual(expect.objectContaining({ kind: 'retyped', column: 'mixed' }));
	});

	test('DelimitedParser keeps the exact text of a column that was empty in the sample and text later', () => {
		const warnings = new WarningLog();
		const parser = new DelimitedParser({ fileName: 'late.csv', warnings, sampleRows: 10, sniffChars: 10 });
		parser.push('n,late\n');
		for (let i = 0; i < 100; i++) parser.push(`${i},${i < 40 ? '' : `  note ${i}`}\n`);
		const { table } = parser.finish();
		expect(table.columns[1].type).not.toBe('numeric');
		expect(cellsOf(table, 'late').slice(38, 42)).toEqual([null, null, '  note 40', '  note 41']);
	});

	test('DelimitedParser re-reads a column as text at the end when more than 2% of its values are not numbers', () => {
		const warnings = new WarningLog();
		const parser = new DelimitedParser({ fileName: 'few.csv', warnings, sampleRows: 50, sniffChars: 10 });
		parser.push('n,value\n');
		for (let i = 0; i < 1000; i++) parser.push(`${i},${i >= 500 && i % 20 === 0 ? `x${i}` : i}\n`);
		const { table } = parser.finish();
		expect(table.columns[1].type).not.toBe('numeric');
		expect(cellsOf(table, 'value')[520]).toBe('x520');
		expect(warnings.list()).toContainEqual(expect.objectContaining({ kind: 'retyped', column: 'value', count: 25 }));
	});

	test('parseDelimitedText lists the first 100 warnings of a kind and counts the rest', () => {
		const rows = Array.from({ length: 150 }, (_, i) => `${i}`);
		const { warnings } = parse('a,b\n' + rows.join('\n'));
		expect(warnings.filter((w) => w.kind === 'ragged-row' && w.row !== undefined)).toHaveLength(100);
		expect(warnings).toContainEqual(expect.objectContaining({ kind: 'ragged-row', count: 150 }));
	});

	test('parseDelimitedText infers types: numeric, datetime with pattern, identifier, categorical', () => {
		const rows = Array.from({ length: 30 }, (_, i) => `C${1000 + i},${(i * 1.5).toFixed(1)},2011-03-${String((i % 28) + 1).padStart(2, '0')} 10:00:00,${['UK', 'FR'][i % 2]}`);
		const { table } = parse('CustomerID,Spend,When,Country\n' + rows.join('\n'));
		expect(table.columns.map((c) => [c.name, c.type, c.role])).toEqual([
			['CustomerID', 'identifier', 'id'],
			['Spend', 'numeric', 'feature'],
			['When', 'datetime', 'ignore'],
			['Country', 'categorical', 'feature']
		]);
		expect(plainTable(table).columns[2].format).toBe('YYYY-MM-DD HH:mm:ss');
	});
});

describe('importBlob chunk boundaries', () => {
	const texts = {
		quoted: 'id,comment,score\r\n1,"Great, really\r\ngreat",5\r\n2,"She said ""fine""",2\r\n\r\n3,plain,4\r\n4,"",1',
		unicode: 'naïve;prix;note\nCafé ☕;3,5;"très ""bon"""\n東京;12,25;😀😀\nZürich;1.234,5;€\n',
		cr: 'a\tb\rx\t1\ry\t2\r',
		bom: '\uFEFFname,spend\nA,1.5\nÉ,2\n'
	};

	for (const [name, text] of Object.entries(texts)) {
		test(`importBlob(${name}, {chunkBytes: 1..7}) gives the table of a single read`, async () => {
			const whole = await importBytes(text, { fileName: `${name}.csv`, chunkBytes: 1 << 20 });
			for (let chunkBytes = 1; chunkBytes <= 7; chunkBytes++) {
				const chunked = await importBytes(text, { fileName: `${name}.csv`, chunkBytes });
				expect(plainTable(chunked.table)).toEqual(plainTable(whole.table));
				expect(chunked.warnings).toEqual(whole.warnings);
			}
		});
	}

	test('importBlob gives the same table when rows stream in after the sniffed start (sniffChars: 64)', async () => {
		const rows = Array.from({ length: 200 }, (_, i) => `${i};"note ${i}\nline ${'é'.repeat(i % 4)}";${i % 7},${i % 10};${i % 3 ? 'a' : 'NA'}`);
		const text = 'id;note;score;tag\n' + rows.join('\n') + '\n';
		const whole = await importBytes(text, { fileName: 'long.csv', chunkBytes: 1 << 20 });
		expect(whole.source.decimalComma).toBe(true);
		for (const chunkBytes of [1, 3, 7, 64, 1000]) {
			const chunked = await importBytes(text, { fileName: 'long.csv', chunkBytes, sniffChars: 64 });
			expect(plainTable(chunked.table)).toEqual(plainTable(whole.table));
			expect(chunked.source).toEqual(whole.source);
		}
	});

	test('importBlob splits 2-, 3- and 4-byte UTF-8 characters across chunks without damage', async () => {
		const text = 'k,v\n' + ['é', '€', '😀', 'aé€😀'].map((s, i) => `${i},${s.repeat(3)}`).join('\n');
		for (let chunkBytes = 1; chunkBytes <= 5; chunkBytes++) {
			const { table } = await importBytes(text, { fileName: 'u.csv', chunkBytes });
			expect(cellsOf(table, 'v')).toEqual(['ééé', '€€€', '😀😀😀', 'aé€😀aé€😀aé€😀']);
		}
	});
});
