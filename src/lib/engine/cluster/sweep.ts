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
import { takeMatrixRows, type Matrix } from '../matrix';
import { calinskiHarabasz } from '../metrics/calinskiHarabasz';
import { daviesBouldin } from '../metrics/daviesBouldin';
import { silhouetteExact } from '../metrics/silhouette';
import { checkStop, type LongTaskOptions } from '../progress';
import { createRandom, sampleIndices } from '../random';
import { gapSteps, type GapResult } from './gap';
import type { ClusterResult } from './types';
import { recommendK, type Recommendation } from './recommend';
import { stabilitySteps, type StabilityResult } from './stability';
import { EVIDENCE_KMAX, fitSampleSizeFor, silhouetteSampleSizeFor } from './sweepBudget';
import { sweepFit } from './sweepFit';
import { assertInteger } from './validate';

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

/** Rows the gap statistic and stability use by default; above it a seeded sample of this size. */
export const EVIDENCE_SAMPLE_SIZE = 3_000;

/** Rows the per-k fits use by default; above it a seeded sample of this size. */
export const FIT_SAMPLE_SIZE = 50_000;
/** Rows of the silhouette's sample when the fits run on the fit sample. */
export const FIT_SILHOUETTE_SIZE = 5_000;

const defaults = {
	kmin: 1,
	kmax: 10,
	seed: 42,
	restarts: 10,
	silhouetteSampleSize: 10_000,
	fitSampleSize: FIT_SAMPLE_SIZE,
	evidence: true,
	evidenceSampleSize: EVIDENCE_SAMPLE_SIZE,
	references: 10,
	pairs: 5
};

/**
 * Yields one row per k (so a worker can report and stop between k), then progress steps through the
 * gap statistic and stability, and returns the whole result.
 */
export function* sweepSteps(X: Matrix, options: SweepOptions = {}): Generator<SweepStep, SweepResult, void> {
	const o = { ...defaults, ...options };
	assertInteger('kmin', o.kmin, 1);
	assertInteger('kmax', o.kmax, o.kmin);
	assertInteger('silhouetteSampleSize', o.silhouetteSampleSize, 2);
	assertInteger('fitSampleSize', o.fitSampleSize, 2);
	assertInteger('evidenceSampleSize', o.evidenceSampleSize, 10);
	const kmax = Math.min(o.kmax, X.rows);
	const count = kmax - o.kmin + 1;
	// Seeded apart from the silhouette's (seed) and the evidence's (seed + 1) samples.
	// Never fewer rows than kmax, so every k of the range can be fitted on the sample.
	const fit = seededSample(X, Math.max(kmax, fitSampleSizeFor(o.fitSampleSize, kmax)), o.seed + 2);
	const F = fit.X;
	const scale = X.rows / F.rows;
	// Past the fit sample the silhouette reads at most FIT_SILHOUETTE_SIZE of its rows: an exact silhouette
	// costs n² per k (10,000 rows: ~0.65 s a k, two thirds of a million-row sweep), and 5,000 rows pin a mean
	// silhouette to about ±0.005, well inside the gaps between k that decide a pick.
	const silhouetteSize = fit.rows ? Math.min(o.silhouetteSampleSize, FIT_SILHOUETTE_SIZE) : o.silhouetteSampleSize;
	const silhouetteSample = seededSample(F, silhouetteSampleSizeFor(silhouetteSize, count), o.seed);
	const rows: SweepRow[] = [];
	let previous: ClusterResult | undefined;
	for (let k = o.kmin; k <= kmax; k++) {
		const start = performance.now();
		const result = sweepFit(F, { k, seed: o.seed, restarts: o.restarts, previous, shouldStop: o.shouldStop });
		previous = result;
		const row: SweepRow = { k, inertia: result.inertia * scale, sizes: result.sizes, seconds: 0, iterations: result.iterations };
		if (result.k >= 2 && result.k < F.rows) {
			const picked = silhouetteSample.rows;
			const labels = picked ? Int32Array.from(picked, (i) => result.labels[i]) : result.labels;
			if (segmentsIn(labels) >= 2) row.silhouette = silhouetteExact(silhouetteSample.X, labels);
			row.daviesBouldin = daviesBouldin(F, result.labels);
			row.calinskiHarabasz = calinskiHarabasz(F, result.labels);
		}
		row.seconds = (performance.now() - start) / 1000;
		rows.push(row);
		yield row;
	}
	const evidence = o.evidence && kmax >= 2 ? yield* evidenceSteps(X, rows, o, kmax) : undefined;
	const recommendation = recommendK(rows, { gap: evidence?.gap?.pick, stability: evidence?.stability?.pick, gapNoStop: !!evidence?.gap && evidence.gap.pick === undefined });
	// The silhouette's sample is drawn from the fit sample: say how many of all rows it is.
	const silhouetteNote = fit.rows ? { ...silhouetteSample.note, sampled: true } : silhouetteSample.note;
	return { rows, ...recommendation, silhouetteSample: silhouetteNote, fitSample: fit.note, evidence };
}

/** The gap statistic and stability on a seeded sample, written into the rows as they finish. */
function* evidenceSteps(X: Matrix, rows: SweepRow[], o: typeof defaults & SweepOptions, kmax: number): Generator<EvidenceStep, SweepEvidence, void> {
	const start = performance.now();
	// Seeded apart from the silhouette's sample, so the two are not the same rows by accident of the seed.
	const sample = seededSample(X, o.evidenceSampleSize, o.seed + 1);
	const evidenceK = Math.min(kmax, EVIDENCE_KMAX);
	const gapK = Math.min(evidenceK + 1, sample.X.rows);
	const stabilityK = Math.min(evidenceK, sample.X.rows - 1);
	const total = gapK + Math.max(0, stabilityK - Math.max(2, o.kmin) + 1);
	let done = 0;
	const shared = { seed: o.seed, shouldStop: o.shouldStop };
	// One k past the sweep's kmax, so the 1-standard-error rule can judge kmax itself.
	const gap = yield* drive(gapSteps(sample.X, { ...shared, kmax: gapK, references: o.references }), (k) => ({
		phase: 'evidence',
		fraction: ++done / total,
		message: `gap statistic, k = ${k} of ${gapK}`
	}));
	let stability: StabilityResult | null = null;
	if (stabilityK >= Math.max(2, o.kmin)) {
		stability = yield* drive(stabilitySteps(sample.X, { ...shared, kmin: Math.max(2, o.kmin), kmax: stabilityK, pairs: o.pairs }), (k) => ({
			phase: 'evidence',
			fraction: ++done / total,
			message: `stability, k = ${k} of ${stabilityK}`
		}));
	}
	const within = gap.k.filter((k) => k <= evidenceK);
	const trimmed: GapResult = { ...gap, pick: gap.pick !== undefined && gap.pick <= evidenceK ? gap.pick : undefined, k: within, gap: gap.gap.slice(0, within.length), s: gap.s.slice(0, within.length), logW: gap.logW.slice(0, within.length) };
	for (const row of rows) {
		const g = gap.k.indexOf(row.k);
		if (g >= 0) {
			row.gap = gap.gap[g];
			row.gapSe = gap.s[g];
		}
		const s = stability ? stability.k.indexOf(row.k) : -1;
		if (s >= 0) row.stability = stability!.stability[s];
	}
	return { sample: sample.note, gap: trimmed, stability, seconds: (performance.now() - start) / 1000 };
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
	const kmin = options.kmin ?? defaults.kmin;
	const count = Math.min(options.kmax ?? defaults.kmax, X.rows) - kmin + 1;
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

/** A seeded sample of `size` rows, or X itself when it has no more rows than that. */
function seededSample(X: Matrix, size: number, seed: number): { X: Matrix; rows: Int32Array | null; note: SampleNote } {
	if (X.rows <= size) return { X, rows: null, note: { sampled: false, size: X.rows, seed } };
	const rows = sampleIndices(X.rows, size, createRandom(seed));
	return { X: takeMatrixRows(X, rows), rows, note: { sampled: true, size, seed } };
}

/** Distinct labels: a sample can hold a single segment even when the data holds several. */
function segmentsIn(labels: Int32Array): number {
	return new Set(labels).size;
}
