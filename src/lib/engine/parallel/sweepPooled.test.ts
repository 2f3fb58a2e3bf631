import { afterAll, describe, expect, test } from 'vitest';
import { gaussianBlobs, randomCentres } from '../cluster/blobs';
import { sweep, type SweepOptions, type SweepResult, type SweepRow } from '../cluster/sweep';
import { CancelledError } from '../progress';
import { createNodePool } from './nodePool';
import { createInProcessPool } from './pool';
import { sweepPooled } from './sweepPooled';
import { unevenPool } from './testing';

/** A result without its timings (which differ run to run). */
function timeless(result: SweepResult) {
	const { evidence, ...rest } = result;
	return {
		...rest,
		rows: rest.rows.map(({ seconds: _, ...row }) => row),
		evidence: evidence && { ...evidence, seconds: 0 }
	};
}

const small = gaussianBlobs({ rows: 1200, centres: randomCentres(4, 5, 3, [-6, 6]), spread: 1.2, seed: 5 }).X;
// Past the 50,000-row fit sample: the rows the jobs get are samples drawn in this thread.
const large = gaussianBlobs({ rows: 52_000, centres: randomCentres(3, 4, 8, [-6, 6]), spread: 1.4, seed: 8 }).X;
const nodePool = createNodePool(2);
afterAll(() => nodePool.terminate());

describe('sweepPooled', () => {
	const cases: [string, () => typeof small, SweepOptions][] = [
		['k = 1..8 with evidence', () => small, { kmax: 8, restarts: 3, references: 4, pairs: 2 }],
		['k = 2..13 (warm starts past 10)', () => small, { kmin: 2, kmax: 13, restarts: 2, evidence: false }],
		['k = 3 only, no evidence', () => small, { kmin: 3, kmax: 3, evidence: false }]
	];
	for (const [name, data, options] of cases) {
		test(`sweepPooled(X, {${name}}) on two workers' worth of in-process jobs equals sweep()`, async () => {
			const expected = sweep(data(), options);
			const streamed: SweepRow[] = [];
			const got = await sweepPooled(data(), { ...options, onRow: (row) => streamed.push(row) }, unevenPool([600, 600]));
			expect(timeless(got)).toEqual(timeless(expected));
			// Every row reached onRow once, in k order.
			expect(streamed.map((r) => r.k)).toEqual(expected.rows.map((r) => r.k));
		});
	}

	test('sweepPooled(X) above the fit sample on two worker_threads equals sweep()', async () => {
		const options = { kmax: 5, restarts: 2, references: 3, pairs: 2 };
		const expected = sweep(large, options);
		const got = await sweepPooled(large, options, nodePool);
		expect(got.fitSample?.sampled).toBe(true);
		expect(timeless(got)).toEqual(timeless(expected));
		expect(got.recommendedK).toBe(expected.recommendedK);
	});

	test('sweepPooled(X) in this thread (no workers) equals sweep()', async () => {
		const options = { kmax: 6, restarts: 2, references: 3, pairs: 2 };
		expect(timeless(await sweepPooled(small, options, createInProcessPool(1)))).toEqual(timeless(sweep(small, options)));
	});

	test('sweepPooled(X, {shouldStop}) stops with CancelledError between jobs', async () => {
		let rows = 0;
		const options = { kmax: 8, evidence: false, onRow: () => rows++, shouldStop: () => rows >= 2 };
		await expect(sweepPooled(small, options, unevenPool([600, 600]))).rejects.toBeInstanceOf(CancelledError);
		expect(rows).toBeLessThan(8);
	});
});
