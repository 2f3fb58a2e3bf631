// Sweep time at a million rows: the default sweep (k = 1..10 with the gap statistic and stability)
// on 1,000,000 x 9 six blobs, and a micro-segment sweep k = 2..200 on the same rows, each with the
// recommended k, the samples it used and the seconds per part. Issue 10.4: "a sweep that answers in
// seconds at a million rows"; before the fit sample the default sweep took ~90 s here.
// Prints one JSON object on one line. Run: node --import tsx bench/sweep.ts [--quick]
//   --quick  100,000 rows and k = 2..60 (a smoke run)
import { gaussianBlobs, randomCentres } from '../src/lib/engine/cluster/blobs';
import { sweep, type SweepOptions, type SweepResult } from '../src/lib/engine/cluster/sweep';

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
console.log(
	JSON.stringify({
		sweep: {
			data: `${rows} x 9, six Gaussian blobs (seed 3)`,
			defaultSweep: { k: '1..10', ...figures(standard) },
			microSegmentSweep: { k: `2..${wideKmax}`, ...figures(wide) }
		}
	})
);
