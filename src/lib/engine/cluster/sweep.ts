// k-means for each k in a range with inertia and the three cluster metrics, then the extra evidence
// (gap statistic and stability across resamples) and a recommended k from all of them.
// The silhouette is computed on one seeded sample of rows shared by every k (exact when the data
// has at most silhouetteSampleSize rows); Davies-Bouldin and Calinski-Harabasz use every row. The gap
// statistic and stability refit k-means many times, so above evidenceSampleSize rows they run on a
// seeded sample of that size (they judge the shape of the data, which a few thousand rows show), and
// the result says so.
// Above fitSampleSize rows (default 50,000) the per-k fits, and the scores, run on one seeded sample
// of that size too: a 1,000,000-row sweep then costs what a 50,000-row one does, and the choice of k
// it supports is the same (the shape of six blobs, or their absence, shows in 50,000 rows; the test
// in sweepSampled.test.ts checks the recommendation against a full sweep). Inertia is scaled up to
// all rows. The fit the user then asks for runs on every row. Wide ranges (k up to 200 for micro-
// segments) stay bounded: past k = 10 each fit starts warm from the previous k (sweepFit.ts), the fit
// sample and the silhouette sample shrink with the number of k (sweepBudget.ts), and the gap
// statistic and stability stop at EVIDENCE_KMAX.
import type { Matrix } from '../matrix';
import { checkStop, type LongTaskOptions } from '../progress';
import { gapSteps, type GapResult } from './gap';
import type { ClusterResult } from './types';
import type { Recommendation } from './recommend';
import { stabilitySteps, type StabilityResult } from './stability';
import { applyEvidence, finishSweep, planEvidence, planSweep, sweepDefaults, sweepRowOf, type SweepPlan } from './sweepParts';

/** Options of sweep() and sweepSteps(). */
export interface SweepOptions extends LongTaskOptions {
	/** Smallest k; default 1. */
	kmin?: number;
	/** Largest k (capped at the number of rows); default 10. */
	kmax?: number;
	/** Seed of k-means and of the samples; default 42. */
	seed?: number;
	/** k-means++ starts per k (as kmeans()); default 10. */
	restarts?: number;
	/** Rows scored exactly by the silhouette; above it a seeded sample of this size; default 10,000 (less past 20 values of k, see sweepBudget.ts). */
	silhouetteSampleSize?: number;
	/** Rows the per-k fits and scores use; above it a seeded sample of this size; default 50,000 (less for k past 20, see sweepBudget.ts). */
	fitSampleSize?: number;
	/** Compute the gap statistic and stability; default true. */
	evidence?: boolean;
	/** Rows the gap statistic and stability use; above it a seeded sample of this size; default 3,000. */
	evidenceSampleSize?: number;
	/** Reference sets of the gap statistic; default 10. */
	references?: number;
	/** Pairs of resamples per k for stability; default 5. */
	pairs?: number;
	/** Called with each row as soon as it is computed. */
	onRow?: (row: SweepRow) => void;
}

/** One k of a sweep; metrics are undefined at k = 1. */
export interface SweepRow {
	k: number;
	/** Within-segment sum of squares; when the fit was on a sample, scaled by all rows / sampled rows. */
	inertia: number;
	silhouette?: number;
	daviesBouldin?: number;
	calinskiHarabasz?: number;
	/** Gap statistic and its standard error s(k) (filled in after the last k). */
	gap?: number;
	gapSe?: number;
	/** Mean adjusted Rand index between fits on resamples (filled in after the last k; k >= 2). */
	stability?: number;
	/** Segment sizes, descending (rows of the fit sample when the fits were sampled). */
	sizes: number[];
	/** Time for this k (k-means and metrics). */
	seconds: number;
	/** Iterations of the kept k-means start. */
	iterations: number;
}

/** What a sample covers: sampled = false means every row. */
export interface SampleNote {
	sampled: boolean;
	size: number;
	seed: number;
}

/** The gap statistic and stability, and the rows they were computed on. */
export interface SweepEvidence {
	sample: SampleNote;
	/** Gap statistic for k = 1..kmax (k = 1 even when the sweep starts higher). */
	gap: GapResult | null;
	stability: StabilityResult | null;
	/** Time for both. */
	seconds: number;
}

export interface SweepResult extends Recommendation {
	rows: SweepRow[];
	silhouetteSample: SampleNote;
	/** Rows the per-k fits and scores ran on (absent in sweeps stored before fits were sampled: every row). */
	fitSample?: SampleNote;
	/** Absent in sweeps stored before the evidence existed. */
	evidence?: SweepEvidence;
}

/** Progress through the evidence after the last k. */
export interface EvidenceStep {
	phase: 'evidence';
	/** 0..1 through the evidence. */
	fraction: number;
	message: string;
}

export type SweepStep = SweepRow | EvidenceStep;

export const isSweepRow = (step: SweepStep): step is SweepRow => !('phase' in step);

export { EVIDENCE_SAMPLE_SIZE, FIT_SAMPLE_SIZE, FIT_SILHOUETTE_SIZE } from './sweepParts';

/**
 * Yields one row per k (so a worker can report and stop between k), then progress steps through the
 * gap statistic and stability, and returns the whole result.
 */
export function* sweepSteps(X: Matrix, options: SweepOptions = {}): Generator<SweepStep, SweepResult, void> {
	const plan = planSweep(X, options);
	const { o } = plan;
	const rows: SweepRow[] = [];
	let previous: ClusterResult | undefined;
	for (let k = o.kmin; k <= plan.kmax; k++) {
		const { row, result } = sweepRowOf(plan.fit.X, plan.silhouetteSample, { k, scale: plan.scale, seed: o.seed, restarts: o.restarts, previous, shouldStop: o.shouldStop });
		previous = result;
		rows.push(row);
		yield row;
	}
	const evidence = o.evidence && plan.kmax >= 2 ? yield* evidenceSteps(X, rows, plan) : undefined;
	return finishSweep(plan, rows, evidence);
}

/** The gap statistic and stability on a seeded sample, one after the other, written into the rows. */
function* evidenceSteps(X: Matrix, rows: SweepRow[], plan: SweepPlan): Generator<EvidenceStep, SweepEvidence, void> {
	const start = performance.now();
	const evidence = planEvidence(X, plan);
	const { gapK, stabilityK } = evidence;
	const total = gapK + (evidence.stability ? stabilityK - evidence.stability.kmin + 1 : 0);
	let done = 0;
	const gap = yield* drive(gapSteps(evidence.sample.X, evidence.gap), (k) => ({
		phase: 'evidence',
		fraction: ++done / total,
		message: `gap statistic, k = ${k} of ${gapK}`
	}));
	let stability: StabilityResult | null = null;
	if (evidence.stability) {
		stability = yield* drive(stabilitySteps(evidence.sample.X, evidence.stability), (k) => ({
			phase: 'evidence',
			fraction: ++done / total,
			message: `stability, k = ${k} of ${stabilityK}`
		}));
	}
	return applyEvidence(rows, evidence, gap, stability, (performance.now() - start) / 1000);
}

/** Runs an inner generator, turning each of its yields into a step of ours. */
function* drive<T, R>(inner: Generator<T, R, void>, step: (value: T) => EvidenceStep): Generator<EvidenceStep, R, void> {
	for (;;) {
		const next = inner.next();
		if (next.done) return next.value;
		yield step(next.value);
	}
}

/** The whole sweep, with progress per k (then through the evidence) and cancellation between steps. */
export function sweep(X: Matrix, options: SweepOptions = {}): SweepResult {
	const steps = sweepSteps(X, options);
	const kmin = options.kmin ?? sweepDefaults.kmin;
	const count = Math.min(options.kmax ?? sweepDefaults.kmax, X.rows) - kmin + 1;
	const share = sweepShare(options);
	for (;;) {
		checkStop(options);
		const step = steps.next();
		if (step.done) return step.value;
		if (!isSweepRow(step.value)) {
			options.onProgress?.(share + (1 - share) * step.value.fraction, step.value.message);
			continue;
		}
		options.onRow?.(step.value);
		options.onProgress?.((share * (step.value.k - kmin + 1)) / count, `k = ${step.value.k} of ${kmin + count - 1}`);
	}
}

/** The part of a sweep's progress bar the k rows fill; the evidence fills the rest. */
export function sweepShare(options: Pick<SweepOptions, 'evidence'>): number {
	return options.evidence === false ? 1 : 0.8;
}
