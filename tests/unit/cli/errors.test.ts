import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, tempDir, wholesale } from './run';

/** Exactly one line on stderr, nothing on stdout. */
function oneLineFailure(outcome: { stdout: string; stderr: string }): string {
	expect(outcome.stdout).toBe('');
	const lines = outcome.stderr.trimEnd().split('\n');
	expect(lines).toHaveLength(1);
	return lines[0];
}

describe('segment-lab bad input', () => {
	test('a missing file: exit 1, one line naming the file', async () => {
		const outcome = await cli('cluster', 'no/such/file.csv', '--k', '3');
		expect(outcome.code).toBe(1);
		expect(oneLineFailure(outcome)).toBe('segment-lab cluster: file "no/such/file.csv" not found');
	});

	test('an unknown --features column: exit 1, one line naming the column and the file', async () => {
		const outcome = await cli('sweep', wholesale, '--features', 'Fresh,Fruit');
		expect(outcome.code).toBe(1);
		const line = oneLineFailure(outcome);
		expect(line).toContain('"Fruit"');
		expect(line).toContain(wholesale);
	});

	for (const [command, option] of [
		['score', '--labels'],
		['classify', '--target']
	]) {
		test(`an unknown ${option} column in ${command}: exit 1, one line naming it`, async () => {
			const outcome = await cli(command, wholesale, option, 'Segment');
			expect(outcome.code).toBe(1);
			expect(oneLineFailure(outcome)).toMatch(new RegExp(`has no column "Segment" \\(from ${option}\\)`));
		});
	}

	test('an unknown rfm column: exit 1, naming the option it came from', async () => {
		const outcome = await cli('rfm', wholesale, '--customer', 'Customer', '--invoice', 'Region', '--date', 'Fresh', '--amount', 'Milk');
		expect(outcome.code).toBe(1);
		expect(oneLineFailure(outcome)).toContain('has no column "Customer" (from --customer)');
	});

	test('k above the number of rows: exit 1, one line', async () => {
		const outcome = await cli('cluster', wholesale, '--k', '441');
		expect(outcome.code).toBe(1);
		expect(oneLineFailure(outcome)).toContain('--k 441 is more than the 440 rows');
	});

	test('an empty file: exit 1, one line naming the file', async () => {
		const path = join(tempDir(), 'empty.csv');
		writeFileSync(path, '');
		const outcome = await cli('cluster', path, '--k', '2');
		expect(outcome.code).toBe(1);
		expect(oneLineFailure(outcome)).toContain(`"${path}" is empty`);
	});

	test('a header without rows: exit 1, one line naming the file', async () => {
		const path = join(tempDir(), 'header.csv');
		writeFileSync(path, 'a,b\n');
		const outcome = await cli('sweep', path);
		expect(outcome.code).toBe(1);
		expect(oneLineFailure(outcome)).toContain(`"${path}" has a header but no data rows`);
	});

	test('a file without numeric columns: exit 1, asking for --features', async () => {
		const path = join(tempDir(), 'text.csv');
		writeFileSync(path, 'name,city\nAnn,Oslo\nBo,Rome\n');
		const outcome = await cli('cluster', path, '--k', '2');
		expect(outcome.code).toBe(1);
		expect(oneLineFailure(outcome)).toContain('no numeric feature columns');
	});
});

describe('segment-lab usage errors (exit 2)', () => {
	for (const argv of [
		[],
		['segment', wholesale],
		['cluster', wholesale],
		['cluster', wholesale, '--k', 'three'],
		['cluster', wholesale, '--k', '0'],
		['cluster', wholesale, '--k', '2', '--colour', 'red'],
		['cluster', '--k', '2'],
		['cluster', wholesale, wholesale, '--k', '2'],
		['sweep', wholesale, '--kmin', '4', '--kmax', '2'],
		['sweep', wholesale, '--scale', 'zscore'],
		['classify', wholesale, '--target', 'Channel', '--model', 'forest']
	]) {
		test(`segment-lab ${argv.join(' ')}`, async () => {
			const outcome = await cli(...argv);
			expect(outcome.code).toBe(2);
			expect(oneLineFailure(outcome)).toMatch(/^segment-lab( \w+)?: .*--help\)$/);
		});
	}
});
