// The pieces of a sweep (sweep.ts), so one sweep can run them in a row (sweepSteps) or spread over a
// pool of workers (parallel/sweepPooled.ts) with the same arithmetic: the plan (which rows the fits,
// the silhouette and the evidence read, all drawn here from the seed), one k's row, the evidence's
// two halves, and the finished result with its recommendation.
import type { Matrix } from '../matrix';
import { takeRows, wholeMatrix, type Rows } from '../rowSource';
import { calinskiHarabasz } from '../metrics/calinskiHarabasz';
import { daviesBouldin } from '../metrics/daviesBouldin';
import { silhouetteExact } from '../metrics/silhouette';
import type { LongTaskOptions } from '../progress';
import { createRandom, sampleIndices } from '../random';
import type { GapOptions, GapResult } from './gap';
import { recommendK } from './recommend';
import type { StabilityOptions, StabilityResult } from './stability';
import type { SampleNote, SweepEvidence, SweepOptions, SweepResult, SweepRow } from './sweep';
import { EVIDENCE_KMAX, fitSampleSizeFor, silhouetteSampleSizeFor } from './sweepBudget';
import { sweepFit } from './sweepFit';
import type { ClusterResult } from './types';
import { assertInteger } from './validate';

/** Rows the gap statistic and stability use by default; above it a seeded sample of this size. */
export const EVIDENCE_SAMPLE_SIZE = 3_000;

/** Rows the per-k fits use by default; above it a seeded sample of this size. */
export const FIT_SAMPLE_SIZE = 50_000;
/** Rows of the silhouette's sample when the fits run on the fit sample. */
export const FIT_SILHOUETTE_SIZE = 5_000;

export const sweepDefaults = {
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

/** A seeded sample of rows, or the matrix itself (rows null) when it has no more rows than asked. */
export interface Sample {
	X: Matrix;
	rows: Int32Array | null;
	note: SampleNote;
}

export interface SweepPlan {
	o: typeof sweepDefaults & SweepOptions;
	kmax: number;
	/** The rows every k is fitted and scored on. */
	fit: Sample;
	/** All rows over fit rows: the factor that scales a fit's inertia to the whole table. */
	scale: number;
	/** Rows of the fit sample the silhouette reads (indices into fit.X). */
	silhouetteSample: Sample;
}

export function planSweep(X: Rows, options: SweepOptions): SweepPlan {
	const o = { ...sweepDefaults, ...options };
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
	// Past the fit sample the silhouette reads at most FIT_SILHOUETTE_SIZE of its rows: an exact silhouette
	// costs n² per k (10,000 rows: ~0.65 s a k, two thirds of a million-row sweep), and 5,000 rows pin a mean
	// silhouette to about ±0.005, well inside the gaps between k that decide a pick.
	const silhouetteSize = fit.rows ? Math.min(o.silhouetteSampleSize, FIT_SILHOUETTE_SIZE) : o.silhouetteSampleSize;
	const silhouetteSample = seededSample(fit.X, silhouetteSampleSizeFor(silhouetteSize, count), o.seed);
	return { o, kmax, fit, scale: X.rows / fit.X.rows, silhouetteSample };
}

export interface SweepRowInput extends LongTaskOptions {
	k: number;
	/** All rows over fit rows. */
	scale: number;
	seed: number;
	restarts: number;
	/** The fit of k - 1 (the warm start past FULL_STARTS_K). */
	previous?: ClusterResult;
}

/** One k: the fit on F, its inertia scaled to all rows, and the three scores (silhouette on the sample's rows of F). */
export function sweepRowOf(F: Matrix, silhouette: Pick<Sample, 'X' | 'rows'>, input: SweepRowInput): { row: SweepRow; result: ClusterResult } {
	const { k, scale } = input;
	const start = performance.now();
	const result = sweepFit(F, { k, seed: input.seed, restarts: input.restarts, previous: input.previous, shouldStop: input.shouldStop });
	const row: SweepRow = { k, inertia: result.inertia * scale, sizes: result.sizes, seconds: 0, iterations: result.iterations };
	if (result.k >= 2 && result.k < F.rows) {
		const picked = silhouette.rows;
		const labels = picked ? Int32Array.from(picked, (i) => result.labels[i]) : result.labels;
		if (new Set(labels).size >= 2) row.silhouette = silhouetteExact(silhouette.X, labels);
		row.daviesBouldin = daviesBouldin(F, result.labels);
		row.calinskiHarabasz = calinskiHarabasz(F, result.labels);
	}
	row.seconds = (performance.now() - start) / 1000;
	return { row, result };
}

export interface EvidencePlan {
	sample: Sample;
	/** Largest k the evidence speaks for (the sweep's kmax, at most EVIDENCE_KMAX). */
	evidenceK: number;
	gapK: number;
	stabilityK: number;
	/** gapSteps' options (one k past evidenceK, so the 1-standard-error rule can judge it). */
	gap: GapOptions;
	/** stabilitySteps' options; null when no k of the sweep has two segments on the sample. */
	stability: (StabilityOptions & { kmin: number }) | null;
}

export function planEvidence(X: Rows, plan: SweepPlan): EvidencePlan {
	const { o, kmax } = plan;
	// Seeded apart from the silhouette's sample, so the two are not the same rows by accident of the seed.
	const sample = seededSample(X, o.evidenceSampleSize, o.seed + 1);
	const evidenceK = Math.min(kmax, EVIDENCE_KMAX);
	const gapK = Math.min(evidenceK + 1, sample.X.rows);
	const stabilityK = Math.min(evidenceK, sample.X.rows - 1);
	const shared = { seed: o.seed, shouldStop: o.shouldStop };
	const stabilityFrom = Math.max(2, o.kmin);
	return {
		sample,
		evidenceK,
		gapK,
		stabilityK,
		gap: { ...shared, kmax: gapK, references: o.references },
		stability: stabilityK >= stabilityFrom ? { ...shared, kmin: stabilityFrom, kmax: stabilityK, pairs: o.pairs } : null
	};
}

/** The evidence written into the rows (gap and stability per k), trimmed to the sweep's range. */
export function applyEvidence(rows: SweepRow[], plan: EvidencePlan, gap: GapResult, stability: StabilityResult | null, seconds: number): SweepEvidence {
	const { evidenceK } = plan;
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
	return { sample: plan.sample.note, gap: trimmed, stability, seconds };
}

/** The result: rows, what was sampled, the evidence, and the recommendation from all of them. */
export function finishSweep(plan: SweepPlan, rows: SweepRow[], evidence: SweepEvidence | undefined): SweepResult {
	const recommendation = recommendK(rows, { gap: evidence?.gap?.pick, stability: evidence?.stability?.pick, gapNoStop: !!evidence?.gap && evidence.gap.pick === undefined });
	// The silhouette's sample is drawn from the fit sample: say how many of all rows it is.
	const silhouetteNote = plan.fit.rows ? { ...plan.silhouetteSample.note, sampled: true } : plan.silhouetteSample.note;
	return { rows, ...recommendation, silhouetteSample: silhouetteNote, fitSample: plan.fit.note, evidence };
}

/** A seeded sample of `size` rows, or every row (X itself when it is a matrix) when it has no more rows than that. */
export function seededSample(X: Rows, size: number, seed: number): Sample {
	if (X.rows <= size) return { X: wholeMatrix(X), rows: null, note: { sampled: false, size: X.rows, seed } };
	const rows = sampleIndices(X.rows, size, createRandom(seed));
	return { X: takeRows(X, rows), rows, note: { sampled: true, size, seed } };
}
