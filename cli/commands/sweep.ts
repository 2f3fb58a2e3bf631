// segment-lab sweep FILE: k-means for each k in a range with inertia, the three scores, the gap
// statistic and stability, and the k the engine recommends from all of them, with its confidence
// and a warning when the data shows no strong structure.
import { sweep as sweepK, type SweepResult } from '../../src/lib/engine/cluster';
import type { SampleNote, SweepOptions } from '../../src/lib/engine/cluster/sweep';
import type { Prepared } from '../../src/lib/engine/prep/recipe';
import { withNodePool } from '../../src/lib/engine/parallel/nodePool';
import { poolMinRows } from '../../src/lib/engine/parallel/poolSize';
import { sweepPooled } from '../../src/lib/engine/parallel/sweepPooled';
import type { Confidence, Criterion } from '../../src/lib/engine/cluster/recommend';
import type { Values } from '../args';
import type { Command } from '../command';
import { engineStepAsync } from '../errors';
import { toJson, writeOutput, type CliIo } from '../io';
import { sharedHelp } from '../prepareFromArgs';
import { gmmHelp, gmmOptions, gmmSweepCommand, wantsGmm } from '../gmm';
import { formatNumber, formatTable } from '../table';
import { sweepInput } from '../sweepInput';
import { preparedRows } from '../../src/lib/engine/rowSource';

const help = `Usage: segment-lab sweep FILE [options]

Runs k-means for every k from --kmin to --kmax on the prepared features of FILE and prints
inertia, silhouette, Davies-Bouldin, Calinski-Harabasz, the gap statistic (± its standard error)
and stability (mean adjusted Rand index across resamples) per k; * marks each criterion's own pick.
Then the recommended k (the criteria's vote), its confidence, and a note when the structure is weak.
The scores are blank at k = 1. Above 50,000 rows each k is fitted and scored on one seeded sample
of 50,000 rows (inertia scaled up to all rows; cluster FILE --k K then fits every row) and the
silhouette on 5,000 of them; below that the silhouette uses a seeded sample of 10,000 rows. The gap
statistic and stability use one of 3,000 rows.
Past 20 values of k (--kmax up to 200 for micro-segments) each k starts from the previous k's
centres plus one, the fit and silhouette samples shrink, and gap and stability stop at k = 15.

  --kmin K          smallest k; default 1
  --kmax K          largest k (at most the number of rows); default 10
  --restarts R      k-means++ starts per k; default 10
  --json OUT.json   write { rows: [{ k, inertia, silhouette, daviesBouldin, calinskiHarabasz,
                    gap, gapSe, stability, sizes }], picks, recommendedK, reason, confidence,
                    confidenceReason, weakStructure, evidenceSample, fitSample,
                    silhouetteSample } instead of printing ("-" = stdout)

${gmmHelp}
                    (sweep: BIC and AIC per k, --kmax default 8, the lowest BIC suggested)

${sharedHelp}`;

export interface SweepSummary {
	n: number;
	features: string[];
	seed: number;
	rows: {
		k: number;
		inertia: number;
		silhouette: number | null;
		daviesBouldin: number | null;
		calinskiHarabasz: number | null;
		gap: number | null;
		gapSe: number | null;
		stability: number | null;
		sizes: number[];
	}[];
	/** The k each criterion picks on its own. */
	picks: Partial<Record<Criterion, number>>;
	recommendedK: number;
	reason: string;
	confidence: Confidence;
	confidenceReason: string;
	weakStructure: string | null;
	/** Rows the gap statistic and stability used (null when they were not computed). */
	evidenceSample: SampleNote | null;
	/** Rows each k was fitted and scored on. */
	fitSample: SampleNote;
	/** Rows the silhouette scored for each k. */
	silhouetteSample: SampleNote;
}

async function run(io: CliIo, file: string, values: Values): Promise<void> {
	if (wantsGmm(values)) return gmmSweepCommand(io, file, values);
	const { kmin, kmax, restarts, json, prepared, seed } = await sweepInput(io, file, values, { kmax: 10, restarts: 10 });
	const result = await engineStepAsync(file, () => sweepOn(prepared, { kmin, kmax, seed, restarts }));
	const summary = summarise(prepared.rowIndex.length, prepared.featureNames, seed, result);
	if (json !== undefined) writeOutput(io, json, toJson(summary), 'sweep');
	else io.stdout(formatSweep(summary));
}

/**
 * The sweep in this thread, or above poolMinRows rows with its jobs on a worker_threads pool (the same
 * result), on samples of the rows: the whole matrix is not built.
 */
async function sweepOn(prepared: Prepared, options: SweepOptions): Promise<SweepResult> {
	if (prepared.rowIndex.length < poolMinRows) return sweepK(prepared.X, options);
	return withNodePool((pool) => sweepPooled(preparedRows(prepared), options, pool));
}

function summarise(n: number, features: string[], seed: number, result: SweepResult): SweepSummary {
	const rows = result.rows.map((r) => ({
		k: r.k,
		inertia: r.inertia,
		silhouette: r.silhouette ?? null,
		daviesBouldin: r.daviesBouldin ?? null,
		calinskiHarabasz: r.calinskiHarabasz ?? null,
		gap: r.gap ?? null,
		gapSe: r.gapSe ?? null,
		stability: r.stability ?? null,
		sizes: r.sizes
	}));
	const { picks, recommendedK, reason, confidence, confidenceReason, weakStructure } = result;
	const evidenceSample = result.evidence?.sample ?? null;
	const fitSample = result.fitSample ?? { sampled: false, size: n, seed };
	return { n, features, seed, rows, picks, recommendedK, reason, confidence, confidenceReason, weakStructure, evidenceSample, fitSample, silhouetteSample: result.silhouetteSample };
}

/** A value as the table prints numbers, with * when it is the criterion's pick (a space otherwise, to keep digits aligned). */
function marked(value: number | null, picked: boolean): string {
	return value === null ? '' : `${formatNumber(value)}${picked ? '*' : ' '}`;
}

/** Cells of one column aligned on their decimal point (formatTable left-aligns text). */
function alignRight(cells: string[]): string[] {
	const parts = cells.map((c) => {
		const dot = c.search(/[.*\s]/);
		return dot < 0 ? [c, ''] : [c.slice(0, dot), c.slice(dot)];
	});
	const whole = Math.max(...parts.map(([w]) => w.length));
	const rest = Math.max(...parts.map(([, r]) => r.length));
	return parts.map(([w, r]) => (w || r ? w.padStart(whole) + r.padEnd(rest) : ''));
}

function formatSweep(s: SweepSummary): string {
	const pick = (c: Criterion, k: number) => s.picks[c] === k;
	const column = (cell: (r: SweepSummary['rows'][number]) => string) => alignRight(s.rows.map(cell));
	const columns = [
		column((r) => marked(r.inertia, pick('elbow', r.k))),
		column((r) => marked(r.silhouette, pick('silhouette', r.k))),
		column((r) => marked(r.daviesBouldin, pick('daviesBouldin', r.k))),
		column((r) => marked(r.calinskiHarabasz, pick('calinskiHarabasz', r.k))),
		column((r) => (r.gap === null ? '' : `${marked(r.gap, pick('gap', r.k))} ± ${formatNumber(Number(r.gapSe!.toPrecision(2)))}`)),
		column((r) => marked(r.stability, pick('stability', r.k)))
	];
	const rows = s.rows.map((r, i) => [r.k, ...columns.map((c) => c[i]), r.k === s.recommendedK ? 'yes' : '']);
	const table = formatTable(['k', 'inertia', 'silhouette', 'Davies-Bouldin', 'Calinski-Harabasz', 'gap', 'stability', 'recommended'], rows);
	const sampleNote = sampleLines(s);
	const weak = s.weakStructure ? `${s.weakStructure}.\n` : '';
	const gapOne = s.picks.gap === 1 ? ' (gap: k = 1)' : '';
	return (
		`${s.n} rows, features: ${s.features.join(', ')}\n\n${table}\n* = the k that criterion picks on its own${gapOne}; inertia's * is the elbow (Kneedle).\n` +
		`${sampleNote}Recommended k = ${s.recommendedK} (${s.confidence} confidence): ${s.reason}.\nConfidence: ${s.confidenceReason}.\n${weak}`
	);
}

/** What each part of the sweep was computed on, one line each; nothing for a part that used every row. */
function sampleLines(s: SweepSummary): string {
	const of = (note: SampleNote) => `a seeded sample of ${note.size} of ${s.n} rows (seed ${note.seed})`;
	const lines: string[] = [];
	if (s.fitSample.sampled) lines.push(`Each k fitted and scored on ${of(s.fitSample)}; inertia scaled up to all rows; the final fit (cluster --k) uses every row.`);
	if (s.silhouetteSample.sampled) lines.push(`Silhouette on ${of(s.silhouetteSample)}${s.fitSample.sampled ? ', drawn from the fit sample' : ''}.`);
	const e = s.evidenceSample;
	if (e) lines.push(e.sampled ? `Gap statistic and stability on ${of(e)}.` : `Gap statistic and stability on all ${e.size} rows.`);
	return lines.map((line) => line + '\n').join('');
}

export const sweep: Command = {
	name: 'sweep',
	summary: 'k-means for k = kmin..kmax with scores and a recommended k',
	help,
	options: { kmin: { type: 'string' }, kmax: { type: 'string' }, restarts: { type: 'string' }, json: { type: 'string' }, ...gmmOptions },
	shared: true,
	run
};
