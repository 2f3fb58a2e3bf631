// segment-lab cluster FILE --k K: k-means on the prepared features, its scores and centroids, and
// optionally the input rows with the segment of each.
import { kmeans } from '../../src/lib/engine/cluster';
import { segmentNumber } from '../../src/lib/engine/insights/segmentLabel';
import { csvChunks } from '../../src/lib/engine/io/export';
import { createMatrix, toRows } from '../../src/lib/engine/matrix';
import { toOriginalUnits, type Prepared } from '../../src/lib/engine/prep';
import type { ClusterResult } from '../../src/lib/engine/cluster';
import type { Table } from '../../src/lib/engine/table';
import { intValue, requiredInt, stringValue, type Values } from '../args';
import type { Command } from '../command';
import { engineStep, InputError, UsageError } from '../errors';
import { toJson, writeOutput, type CliIo } from '../io';
import { clusterScores, type ClusterScores } from '../metrics';
import { prepareFromArgs, sharedHelp } from '../prepareFromArgs';
import { readTable } from '../read';
import { formatPairs, formatTable } from '../table';

const help = `Usage: segment-lab cluster FILE --k K [options]

k-means (k-means++ starts, the best of --restarts kept) on the prepared features of FILE
(CSV, TSV, JSON or .xlsx). Prints the scores and each segment's centre in the original units.

  --k K             number of segments (required)
  --restarts R      k-means++ starts; default 10
  --json OUT.json   write the results as JSON instead of printing them ("-" = stdout): n, features,
                    k, seed, inertia, silhouette, daviesBouldin, calinskiHarabasz, sizes,
                    iterations, centroids (scaled) and centroidsOriginal
  --out FILE.csv    write the input rows plus a "segment" column ("-" = stdout). Segments are
                    numbered as in the app: 1 = the largest; rows dropped by preparation get
                    an empty segment. The printed table numbers them the same way.
                    (In --json, "sizes" and the centroid lists are in that order, largest first.)

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
}

async function run(io: CliIo, file: string, values: Values): Promise<void> {
	const k = requiredInt(values, 'k', 1);
	const restarts = intValue(values, 'restarts', 10, 1);
	const json = stringValue(values, 'json');
	const out = stringValue(values, 'out');
	if (json === '-' && out === '-') throw new UsageError('--json - and --out - cannot both write to stdout');
	const loaded = await readTable(io, file);
	const { prepared, choices } = prepareFromArgs(io, loaded, values);
	if (k > prepared.X.rows) {
		throw new InputError(`--k ${k} is more than the ${prepared.X.rows} rows of "${file}" left after preparation`);
	}
	const result = engineStep(file, () => kmeans(prepared.X, { k, seed: choices.seed, restarts }));
	const summary = summarise(io, prepared, result, restarts);
	if (out !== undefined) writeOutput(io, out, labelledCsv(loaded.table, prepared.rowIndex, result.labels), 'labelled rows');
	if (json !== undefined) writeOutput(io, json, toJson(summary), 'results');
	else if (out !== '-') io.stdout(formatSummary(file, summary));
}

function summarise(io: CliIo, prepared: Prepared, result: ClusterResult, restarts: number): ClusterSummary {
	const { X, featureNames } = prepared;
	const centres = createMatrix(result.k, X.cols, result.centroids);
	return {
		n: X.rows,
		features: featureNames,
		k: result.k,
		seed: result.seed,
		restarts,
		inertia: result.inertia,
		...clusterScores(io, X, result.labels, result.seed),
		sizes: result.sizes,
		iterations: result.iterations,
		centroids: toRows(centres),
		centroidsOriginal: toRows(toOriginalUnits(prepared.fitted, centres))
	};
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
	return `${head}\nSegment centres in original units:\n${table}`;
}

export const cluster: Command = {
	name: 'cluster',
	summary: 'k-means with k segments: scores, centres, labelled rows',
	help,
	options: { k: { type: 'string' }, restarts: { type: 'string' }, json: { type: 'string' }, out: { type: 'string' } },
	shared: true,
	run
};
