import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importText } from '../../../src/lib/engine/io/import';
import { modelFromRun } from '../../../src/lib/engine/model';
import { runSegmentation } from '../../../src/lib/engine/results/runSegmentation';
import type { TrackSummary } from '../../../cli/commands/track';
import { cli, root, tempDir } from './run';

// Synthetic months with hand-worked moves: see tests/fixtures/over-time/README.md.
const dir = 'tests/fixtures/over-time';
const [jan, feb, mar] = ['jan', 'feb', 'mar'].map((m) => `${dir}/customers-${m}.csv`);

function savedModel(): string {
	const { table } = importText(readFileSync(join(root, jan), 'utf8'), { fileName: 'customers-jan.csv' });
	const recipe = { version: 1 as const, features: [{ column: 'Spend' }, { column: 'Visits' }], scaler: 'standard' as const };
	const run = runSegmentation(table, recipe, { algorithm: 'kmeans', k: 3, seed: 1, restarts: 5 });
	const path = join(tempDir(), 'model.json');
	writeFileSync(path, JSON.stringify(modelFromRun({ run, table, names: ['Low', 'Middle', 'High'], datasetName: 'January' })));
	return path;
}

describe('segment-lab track', () => {
	test('track MODEL jan feb mar --id CustomerID --json gives the hand-worked matrices, new and left counts and sizes', async () => {
		const { code, stdout, stderr } = await cli('track', savedModel(), jan, feb, mar, '--id', 'CustomerID', '--json');
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const summary = JSON.parse(stdout) as TrackSummary;
		expect(summary.idColumn).toBe('CustomerID');
		expect(summary.sizes.map((s) => s.counts)).toEqual([
			[12, 10, 8],
			[11, 9, 11],
			[9, 10, 12]
		]);
		const [janFeb, febMar] = summary.migrations;
		expect(janFeb.matrix).toEqual([
			[9, 1, 0],
			[0, 7, 2],
			[1, 0, 7]
		]);
		expect([janFeb.matched, janFeb.stayed, janFeb.new, janFeb.left]).toEqual([27, 23, 4, 3]);
		expect(janFeb.newBySegment).toEqual([1, 1, 2]);
		expect(janFeb.leftBySegment).toEqual([2, 1, 0]);
		expect(febMar.matrix).toEqual([
			[9, 0, 1],
			[0, 9, 0],
			[0, 0, 11]
		]);
		expect([febMar.new, febMar.left]).toEqual([1, 1]);
		expect(summary.snapshots[1]).toMatchObject({ rows: 32, matched: 31, leftOut: 1, leftOutRows: [{ row: 32, reason: 'no CustomerID' }] });
	});

	test('track prints the matrix and sizes as text, finding the id column by its meaning', async () => {
		const { code, stdout } = await cli('track', savedModel(), jan, feb);
		expect(code).toBe(0);
		expect(stdout).toContain('customers matched on CustomerID');
		expect(stdout).toContain(`${jan} -> ${feb}: 27 matched (23 stayed, 4 moved), 4 new, 3 left`);
		expect(stdout).toMatch(/before\\after\s+1\s+2\s+3\s+left/);
		expect(stdout).toMatch(/^1\s+9\s+1\s+0\s+2$/m);
		expect(stdout).toMatch(/^new\s+1\s+1\s+2$/m);
		expect(stdout).toContain('1 of 32 rows left out (first: row 32, no CustomerID)');
	});

	test('track refuses a repeated id, naming the file, the id and both rows', async () => {
		const twice = join(tempDir(), 'twice.csv');
		writeFileSync(twice, 'CustomerID,Spend,Visits\nC001,120,2\nC002,1000,10\nC001,5000,30\n');
		const { code, stderr } = await cli('track', savedModel(), jan, twice, '--id', 'CustomerID');
		expect(code).toBe(1);
		expect(stderr).toContain('has the customer id "C001" twice (data rows 1 and 3)');
	});

	test('track without an id column refuses and lists the candidate columns', async () => {
		const noId = join(tempDir(), 'no-id.csv');
		writeFileSync(noId, 'Spend,Visits\n120,2\n1000,10\n');
		const { code, stderr } = await cli('track', savedModel(), noId, feb);
		expect(code).toBe(1);
		expect(stderr).toContain('has no column marked as a customer id');
	});

	test('track with one file is a usage error', async () => {
		const { code, stderr } = await cli('track', savedModel(), jan);
		expect(code).toBe(2);
		expect(stderr).toContain('AFTER is missing');
	});
});
