// segment-lab cluster FILE --k K: k-means on the prepared features, its scores and centroids, and
// optionally the input rows with the segment of each. Clusters and scores through the engine's
// runSegmentation, as the app does (cli/segment.ts), so the numbers are the app's.
import { segmentNumber } from '../../src/lib/engine/insights/segmentLabel';
import { groupLetter, macroSegments, MACRO_THRESHOLD } from '../../src/lib/engine/results/macroSegments';
import { csvChunks } from '../../src/lib/engine/io/export';
import type { RunResult } from '../../src/lib/engine/results/types';
import type { Table } from '../../src/lib/engine/table';
import { intValue, requiredInt, stringValue, type Values } from '../args';
import type { Command } from '../command';
import { engineStep, InputError, UsageError } from '../errors';
import { toJson, writeOutput, type CliIo } from '../io';
import { reportScores, type ClusterScores } from '../scores';
import { segment } from '../segment';
import { prepareFromArgs, sharedHelp } from '../prepareFromArgs';
import { readTable } from '../read';
import { gmmCluster, gmmHelp, gmmOptions, wantsGmm } from '../gmm';
import { formatPairs, formatTable } from '../table';

const help = `Usage: segment-lab cluster FILE --k K [options]

k-means (k-means++ starts, the best of --restarts kept) on the prepared features of FILE
(CSV, TSV, JSON or .xlsx). Prints the scores and each segment's centre in the original units.

  --k K             number of segments (required)
  --restarts R      k-means++ starts; default 10
  --groups M        also group the segments into M macro groups (a Ward cut of their centres,
                    weighted by size; Group A = most rows); automatic (2..10) when k > ${MACRO_THRESHOLD}
  --json OUT.json   write the results as JSON instead of printing them ("-" = stdout): n, features,
                    k, seed, inertia, silhouette, daviesBouldin, calinskiHarabasz, sizes,
                    iterations, centroids (scaled) and centroidsOriginal
  --out FILE.csv    write the input rows plus a "segment" column ("-" = stdout). Segments are
                    numbered as in the app: 1 = the largest; rows dropped by preparation get
                    an empty segment. The printed table numbers them the same way.
                    (In --json, "sizes" and the centroid lists are in that order, largest first.)

${gmmHelp}

${sharedHelp}`;

export interface ClusterSummary extends Omit<ClusterScores, 'silhouetteRows'> {
	n: number;
	features: string[];
	k: number;
	seed: number;
	restarts: number;
	inertia: number;
	sizes: number[];
	iterations: number;
	/** k x features, in the prepared (scaled) space. */
	centroids: number[][];
	/** The same centres with scaling and log1p undone. */
	centroidsOriginal: number[][];
	silhouetteRows: number;
	/** Macro groups (with --groups, or k > 12): letter, segment numbers (1 = largest) and rows, largest first. */
	groups?: { group: string; name: string; segments: number[]; size: number }[];
}

async function run(io: CliIo, file: string, values: Values): Promise<void> {
	if (wantsGmm(values)) return gmmCluster(io, file, values);
	const k = requiredInt(values, 'k', 1);
	const restarts = intValue(values, 'restarts', 10, 1);
	const groups = values.groups === undefined ? undefined : requiredInt(values, 'groups', 1);
	const json = stringValue(values, 'json');
	const out = stringValue(values, 'out');
	if (json === '-' && out === '-') throw new UsageError('--json - and --out - cannot both write to stdout');
	const loaded = await readTable(io, file);
	const { prepared, choices } = prepareFromArgs(io, loaded, values);
	if (k > prepared.rowIndex.length) {
		throw new InputError(`--k ${k} is more than the ${prepared.rowIndex.length} rows of "${file}" left after preparation`);
	}
	// From 50,000 rows the passes run on worker_threads (params.workers); below, in this thread.
	const spec = { algorithm: 'kmeans', k, seed: choices.seed, restarts } as const;
	const result = await segment(loaded.table, prepared, spec).catch((error: unknown) => engineStep(file, () => { throw error; }));
	const summary = summarise(io, result, restarts);
	if (groups !== undefined || k > MACRO_THRESHOLD) summary.groups = engineStep(file, () => macroGroups(result, groups));
	if (out !== undefined) writeOutput(io, out, labelledCsv(loaded.table, prepared.rowIndex, result.labels), 'labelled rows');
	if (json !== undefined) writeOutput(io, json, toJson(summary), 'results');
	else if (out !== '-') io.stdout(formatSummary(file, summary));
}

function summarise(io: CliIo, run: RunResult, restarts: number): ClusterSummary {
	const n = run.labels.length;
	return {
		n,
		features: run.featureNames,
		k: run.k,
		seed: run.seed,
		restarts,
		inertia: run.metrics.inertia ?? NaN,
		...reportScores(io, run.metrics, n),
		sizes: run.sizes,
		iterations: run.iterations ?? 0,
		centroids: run.centroidsScaled,
		centroidsOriginal: run.centroidsOriginal
	};
}

function macroGroups(run: RunResult, groups: number | undefined): ClusterSummary['groups'] {
	const macro = macroSegments(run, { groups });
	return macro.groups.map((g) => ({ group: groupLetter(g.index), name: g.name, segments: g.members.map(segmentNumber), size: g.size }));
}

/** Every input row with its segment number (1 = largest); rows preparation dropped are left blank. */
export function labelledCsv(table: Table, rowIndex: Int32Array, labels: Int32Array): Iterable<string> {
	const segment = new Float64Array(table.rowCount).fill(NaN);
	rowIndex.forEach((row, i) => (segment[row] = segmentNumber(labels[i])));
	const names = new Set(table.columns.map((c) => c.name));
	let name = 'segment';
	for (let n = 2; names.has(name); n++) name = `segment_${n}`;
	return csvChunks(table, { extraColumns: [{ name, values: segment }] });
}

function formatSummary(file: string, s: ClusterSummary): string {
	const head = formatPairs([
		['file', file],
		['rows', s.n],
		['features', s.features.join(', ')],
		['k', s.k],
		['seed', s.seed],
		['inertia', s.inertia],
		['silhouette', s.silhouette],
		['Davies-Bouldin', s.daviesBouldin],
		['Calinski-Harabasz', s.calinskiHarabasz],
		['iterations', s.iterations]
	]);
	const rows = s.sizes.map((size, label) => [segmentNumber(label), size, Number(((100 * size) / s.n).toFixed(1)), ...s.centroidsOriginal[label]]);
	const table = formatTable(['segment', 'size', '% rows', ...s.features], rows);
	const text = `${head}\nSegment centres in original units:\n${table}`;
	if (!s.groups) return text;
	const list = (n: number[]) => (n.length <= 12 ? n.join(' ') : `${n.slice(0, 10).join(' ')} … ${n.at(-1)}`);
	// Runs without profiles name a group by its letter only: no column repeating it.
	const named = s.groups.some((g) => g.name !== `Group ${g.group}`);
	const groupRows = s.groups.map((g) => [g.group, g.segments.length, g.size, Number(((100 * g.size) / s.n).toFixed(1)), ...(named ? [g.name] : []), list(g.segments)]);
	const header = ['group', 'segments', 'size', '% rows', ...(named ? ['name'] : []), 'segment numbers'];
	return `${text}\nMacro groups (${s.groups.length}; segments of nearby centres, Group A = most rows):\n${formatTable(header, groupRows)}`;
}

export const cluster: Command = {
	name: 'cluster',
	summary: 'k-means with k segments: scores, centres, labelled rows',
	help,
	options: { k: { type: 'string' }, restarts: { type: 'string' }, groups: { type: 'string' }, json: { type: 'string' }, out: { type: 'string' }, ...gmmOptions },
	shared: true,
	run
};
