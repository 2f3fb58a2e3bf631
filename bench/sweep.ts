// Sweep time at a million rows: the default sweep (k = 1..10 with the gap statistic and stability)
// on 1,000,000 x 9 six blobs, and a micro-segment sweep k = 2..200 on the same rows, each with the
// recommended k, the samples it used and the seconds per part. Issue 10.4: "a sweep that answers in
// seconds at a million rows"; before the fit sample the default sweep took ~90 s here. Both also on
// a pool of 2 worker_threads (sweepPooled: the jobs side by side, as the app and the CLI run it from
// 50,000 rows), with whether its result equals the one-thread sweep's.
// Prints one JSON object on one line. Run: node --import tsx bench/sweep.ts [--quick]
//   --quick  100,000 rows and k = 2..60 (a smoke run)
import { gaussianBlobs, randomCentres } from '../src/lib/engine/cluster/blobs';
import { sweep, type SweepOptions, type SweepResult } from '../src/lib/engine/cluster/sweep';
import { createNodePool } from '../src/lib/engine/parallel/nodePool';
import { sweepPooled } from '../src/lib/engine/parallel/sweepPooled';

const quick = process.argv.includes('--quick');
const rows = quick ? 100_000 : 1_000_000;
const wideKmax = quick ? 60 : 200;
const { X } = gaussianBlobs({ rows, centres: randomCentres(6, 9, 11), seed: 3 });
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

// CPU seconds too: on a machine shared with other work, wall time says more about the neighbours.
function timed(options: SweepOptions): { seconds: number; cpuSeconds: number; result: SweepResult; slowestK: { k: number; seconds: number } } {
	const start = performance.now();
	const cpu = process.cpuUsage();
	const result = sweep(X, options);
	const used = process.cpuUsage(cpu);
	const slowest = result.rows.reduce((a, b) => (b.seconds > a.seconds ? b : a));
	return { seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, result, slowestK: { k: slowest.k, seconds: round(slowest.seconds) } };
}

function figures(run: ReturnType<typeof timed>) {
	const { result } = run;
	const evidence = result.evidence?.seconds ?? 0;
	return {
		seconds: round(run.seconds),
		cpuSeconds: round(run.cpuSeconds),
		perKSeconds: round(run.seconds - evidence),
		evidenceSeconds: round(evidence),
		slowestK: run.slowestK,
		recommendedK: result.recommendedK,
		confidence: result.confidence,
		fitSample: result.fitSample,
		silhouetteSample: result.silhouetteSample,
		evidenceSample: result.evidence?.sample
	};
}

const standard = timed({ kmin: 1, kmax: 10 });
const wide = timed({ kmin: 2, kmax: wideKmax });

/** The same sweep with its jobs on the pool: wall seconds, and whether every row and the pick equal the one-thread result's. */
async function pooled(options: SweepOptions, expected: SweepResult) {
	const pool = createNodePool(2);
	try {
		// Workers start and load their code once, as in the app where the pool outlives one sweep.
		await sweepPooled(X, { ...options, kmax: options.kmin, evidence: false }, pool);
		const start = performance.now();
		const result = await sweepPooled(X, options, pool);
		const seconds = (performance.now() - start) / 1000;
		const sameRows = result.rows.every((r, i) => r.inertia === expected.rows[i].inertia && r.silhouette === expected.rows[i].silhouette && r.gap === expected.rows[i].gap && r.stability === expected.rows[i].stability);
		return { workers: 2, seconds: round(seconds), recommendedK: result.recommendedK, sameAsOneThread: sameRows && result.recommendedK === expected.recommendedK };
	} finally {
		pool.terminate();
	}
}
const standardPooled = await pooled({ kmin: 1, kmax: 10 }, standard.result);
const widePooled = await pooled({ kmin: 2, kmax: wideKmax }, wide.result);
console.log(
	JSON.stringify({
		sweep: {
			data: `${rows} x 9, six Gaussian blobs (seed 3)`,
			defaultSweep: { k: '1..10', ...figures(standard), pool: standardPooled },
			microSegmentSweep: { k: `2..${wideKmax}`, ...figures(wide), pool: widePooled }
		}
	})
);
