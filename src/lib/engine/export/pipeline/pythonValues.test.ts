import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../io/import';
import { modelFromRun } from '../../model/build';
import { scoreTable } from '../../model/score';
import { runSegmentation } from '../../results/runSegmentation';
import { pyFloat, pyStr, pyValue } from './pythonValues';
import { sklearnScript } from './sklearn';
import { appNumbers, checkPython, python, pythonSkip, runPython, scratchDir, segmentNumbers, writeScripts } from './testing';

const floats = [0, -0, 1, -1.5, 0.1, 1 / 3, 1e21, 1e-7, 123456789012345680000, 5e-324, Number.MAX_VALUE, -2.2250738585072014e-308, Math.PI * 1e15, NaN, Infinity, -Infinity];

/** The double's 8 bytes, little-endian, as hex (what Python's struct.pack("<d", v).hex() prints). */
function bitsOf(x: number): string {
	return Buffer.from(Float64Array.of(x).buffer).toString('hex');
}

describe('pyFloat and pyStr', () => {
	it('pyFloat(x) writes whole numbers as floats, -0 as -0.0 and NaN/inf as float(...)', () => {
		expect(pyFloat(3)).toBe('3.0');
		expect(pyFloat(-0)).toBe('-0.0');
		expect(pyFloat(1e21)).toBe('1e+21');
		expect(pyFloat(NaN)).toBe('float("nan")');
		expect(pyFloat(-Infinity)).toBe('float("-inf")');
	});

	it('pyStr(text) escapes quotes, backslashes, line breaks and everything beyond ASCII', () => {
		expect(pyStr('a"b\\c')).toBe('"a\\"b\\\\c"');
		expect(pyStr('x\ny\r\u2028')).toBe('"x\\x0ay\\x0d\\u2028"');
		expect(pyStr('é😀')).toBe('"\\xe9\\U0001f600"');
	});
});

const hostile = [
	'a"b',
	"it's",
	'line\nbreak',
	'back\\slash',
	'"""; import os; os.system("touch PWNED") #',
	"'); __import__('os').system('touch PWNED'); ('",
	'sep\u2028arator',
	'名前 😀',
	'=HYPERLINK("x")'
];

describe.skipIf(pythonSkip())('generated Python reads the values back exactly', () => {
	beforeAll(checkPython, 120_000);

	it('pyValue(floats and hostile strings) reads back in Python to the same doubles and texts', () => {
		const source = `import json, struct\nvalues = ${pyValue(floats)}\ntexts = ${pyValue(hostile)}\nprint(json.dumps({"bits": [struct.pack("<d", v).hex() for v in values], "texts": texts}))`;
		const result = spawnSync(python, ['-c', source], { encoding: 'utf8' });
		expect(result.stderr).toBe('');
		const back = JSON.parse(result.stdout) as { bits: string[]; texts: string[] };
		expect(back.texts).toEqual(hostile);
		expect(back.bits).toEqual(floats.map(bitsOf));
	});

	it('sklearnScript(model) with hostile column names and categories runs no injected code and labels as the app', () => {
		const dir = scratchDir();
		const names = hostile.slice(0, 5);
		const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
		const rows = Array.from({ length: 60 }, (_, i) => [String((i * 37) % 101), String((i * 11) % 23 + (i % 3) * 40), String(i % 7), hostile[i % hostile.length], String((i * 5) % 13)]);
		const text = [names.map(quote).join(','), ...rows.map((r) => r.map(quote).join(','))].join('\n');
		const { table } = importText(text, { fileName: 'hostile.csv' });
		const recipe = {
			version: 1 as const,
			scaler: 'standard' as const,
			features: [{ column: names[0] }, { column: names[1], log1p: true }, { column: names[2] }, { column: names[3], oneHot: { maxCategories: 6 } }, { column: names[4] }]
		};
		const run = runSegmentation(table, recipe, { algorithm: 'kmeans', k: 3, seed: 3 });
		const model = modelFromRun({ run, table, names: hostile.slice(4, 7), datasetName: hostile[4] });
		expect(sklearnScript(model).split('\n').filter((line) => /^\s*(import|__import__|os\.)/.test(line) && line.includes('os'))).toEqual([]);
		const input = join(dir, 'hostile.csv');
		writeFileSync(input, text);
		const scripts = writeScripts(model, dir);
		const out = join(dir, 'out.csv');
		runPython(scripts.sklearn, [input, out]);
		expect(existsSync('PWNED') || existsSync(join(dir, 'PWNED'))).toBe(false);
		expect(segmentNumbers(out)).toEqual(appNumbers(scoreTable(model, table).labels));
	}, 60_000);
});
