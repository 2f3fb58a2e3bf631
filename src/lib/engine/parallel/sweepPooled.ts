// sweep() with its jobs spread over a pool's workers: each k up to FULL_STARTS_K (fit on the fit
// sample, silhouette, Davies-Bouldin, Calinski-Harabasz), the gap statistic and stability are
// independent jobs, so two workers answer a default k = 1..10 sweep in about half the time. Past
// FULL_STARTS_K each k starts warm from k - 1 and runs after it, in this thread. Every job runs the
// code sweepSteps runs (cluster/sweepParts.ts) on the same samples, so the result is the same.
import { applyEvidence, finishSweep, planEvidence, planSweep, sweepRowOf } from '../cluster/sweepParts';
import type { SweepOptions, SweepResult, SweepRow } from '../cluster/sweep';
import { FULL_STARTS_K } from '../cluster/sweepFit';
import type { GapResult } from '../cluster/gap';
import type { StabilityResult } from '../cluster/stability';
import type { ClusterResult } from '../cluster/types';
import type { Rows } from '../rowSource';
import { checkStop } from '../progress';
import { runJobs } from './jobs';
import type { ShardPool } from './pool';

type Job = { kind: 'row'; k: number } | { kind: 'gap' } | { kind: 'stability' };

export async function sweepPooled(X: Rows, options: SweepOptions, pool: ShardPool): Promise<SweepResult> {
	const plan = planSweep(X, options);
	const { o, kmax, fit, scale, silhouetteSample } = plan;
	const F = fit.X;
	const parallelTo = Math.min(kmax, FULL_STARTS_K);
	const evidence = o.evidence && kmax >= 2 ? planEvidence(X, plan) : null;
	// The longest job first (the gap statistic refits every k on ten reference sets), then k in order, so rows arrive nearly in order.
	const jobs: Job[] = [];
	if (evidence) jobs.push({ kind: 'gap' });
	for (let k = o.kmin; k <= parallelTo; k++) jobs.push({ kind: 'row', k });
	if (evidence?.stability) jobs.push({ kind: 'stability' });
	const total = jobs.length + (kmax - parallelTo);

	const rows = new Map<number, SweepRow>();
	let lastFit: ClusterResult | undefined;
	let gap: GapResult | undefined;
	let stability: StabilityResult | null = null;
	let done = 0;
	let emitted = o.kmin;
	// The evidence's own time (its two jobs), as the sweep in one thread reports it.
	let evidenceSeconds = 0;
	const report = (message: string) => o.onProgress?.(++done / total, message);
	// Rows reach onRow in k order, each as soon as every smaller k has come.
	const emit = () => {
		for (; rows.has(emitted); emitted++) o.onRow?.(rows.get(emitted)!);
	};

	const S = evidence?.sample.X;
	const poolJobs = jobs.map((job) =>
		job.kind === 'row'
			? { task: 'sweepRow' as const, args: [F.data, F.rows, F.cols, silhouetteSample.rows, job.k, scale, o.seed, o.restarts, job.k === parallelTo && kmax > parallelTo] }
			: { task: job.kind, args: [S!.data, S!.rows, S!.cols, { ...(job.kind === 'gap' ? evidence!.gap : evidence!.stability), shouldStop: undefined }] }
	);
	await runJobs<unknown>(pool, poolJobs, {
		shouldStop: o.shouldStop,
		onResult(at, value, seconds) {
			const job = jobs[at];
			if (job.kind === 'row') {
				const reply = value as { row: SweepRow; result?: ClusterResult };
				rows.set(job.k, reply.row);
				if (reply.result) lastFit = reply.result;
				emit();
				report(`k = ${job.k} done`);
				return;
			}
			if (job.kind === 'gap') gap = value as GapResult;
			else stability = value as StabilityResult;
			evidenceSeconds += seconds;
			report(job.kind === 'gap' ? 'gap statistic done' : 'stability done');
		}
	});

	let previous = lastFit;
	for (let k = parallelTo + 1; k <= kmax; k++) {
		checkStop(o);
		const { row, result } = sweepRowOf(F, silhouetteSample, { k, scale, seed: o.seed, restarts: o.restarts, previous, shouldStop: o.shouldStop });
		previous = result;
		rows.set(k, row);
		emit();
		report(k < kmax ? `k = ${k + 1} of ${kmax}` : `k = ${k} done`);
	}
	const ordered = Array.from({ length: kmax - o.kmin + 1 }, (_, i) => rows.get(o.kmin + i)!);
	return finishSweep(plan, ordered, evidence && gap ? applyEvidence(ordered, evidence, gap, stability, evidenceSeconds) : undefined);
}
