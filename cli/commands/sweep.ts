// segment-lab sweep FILE: k-means for each k in a range with inertia and the three scores, and
// the k the engine recommends (knee of the inertia curve, checked against the silhouette).
import { sweep as sweepK, type SweepResult } from '../../src/lib/engine/cluster';
import { intValue, stringValue, type Values } from '../args';
import type { Command } from '../command';
import { engineStep, InputError, UsageError } from '../errors';
import { toJson, writeOutput, type CliIo } from '../io';
import { prepareFromArgs, sharedHelp } from '../prepareFromArgs';
import { readTable } from '../read';
import { formatTable } from '../table';

const help = `Usage: segment-lab sweep FILE [options]

Runs k-means for every k from --kmin to --kmax on the prepared features of FILE and prints
inertia, silhouette, Davies-Bouldin and Calinski-Harabasz per k, with a recommended k.
The scores are blank at k = 1; the silhouette uses a seeded sample of 10,000 rows on larger files.

  --kmin K          smallest k; default 1
  --kmax K          largest k (at most the number of rows); default 10
  --restarts R      k-means++ starts per k; default 10
  --json OUT.json   write { rows: [{ k, inertia, silhouette, daviesBouldin, calinskiHarabasz,
                    sizes }], recommendedK, reason } instead of printing ("-" = stdout)

${sharedHelp}`;

export interface SweepSummary {
	n: number;
	features: string[];
	seed: number;
	rows: { k: number; inertia: number; silhouette: number | null; daviesBouldin: number | null; calinskiHarabasz: number | null; sizes: number[] }[];
	recommendedK: number;
	reason: string;
}

async function run(io: CliIo, file: string, values: Values): Promise<void> {
	const kmin = intValue(values, 'kmin', 1, 1);
	const kmax = intValue(values, 'kmax', 10, 1);
	if (kmax < kmin) throw new UsageError(`--kmax (${kmax}) must be at least --kmin (${kmin})`);
	const restarts = intValue(values, 'restarts', 10, 1);
	const json = stringValue(values, 'json');
	const loaded = await readTable(io, file);
	const { prepared, choices } = prepareFromArgs(io, loaded, values);
	const { X } = prepared;
	if (kmin > X.rows) throw new InputError(`--kmin ${kmin} is more than the ${X.rows} rows of "${file}" left after preparation`);
	if (kmax > X.rows) io.stderr(`note: --kmax lowered to ${X.rows}, the number of rows\n`);
	const result = engineStep(file, () => sweepK(X, { kmin, kmax, seed: choices.seed, restarts }));
	const summary = summarise(X.rows, prepared.featureNames, choices.seed, result);
	if (json !== undefined) writeOutput(io, json, toJson(summary), 'sweep');
	else io.stdout(formatSweep(summary));
}

function summarise(n: number, features: string[], seed: number, result: SweepResult): SweepSummary {
	const rows = result.rows.map((r) => ({
		k: r.k,
		inertia: r.inertia,
		silhouette: r.silhouette ?? null,
		daviesBouldin: r.daviesBouldin ?? null,
		calinskiHarabasz: r.calinskiHarabasz ?? null,
		sizes: r.sizes
	}));
	return { n, features, seed, rows, recommendedK: result.recommendedK, reason: result.reason };
}

function formatSweep(s: SweepSummary): string {
	const rows = s.rows.map((r) => [r.k, r.inertia, r.silhouette, r.daviesBouldin, r.calinskiHarabasz, r.k === s.recommendedK ? 'yes' : '']);
	const table = formatTable(['k', 'inertia', 'silhouette', 'Davies-Bouldin', 'Calinski-Harabasz', 'recommended'], rows);
	return `${s.n} rows, features: ${s.features.join(', ')}\n\n${table}\nRecommended k = ${s.recommendedK}: ${s.reason}\n`;
}

export const sweep: Command = {
	name: 'sweep',
	summary: 'k-means for k = kmin..kmax with scores and a recommended k',
	help,
	options: { kmin: { type: 'string' }, kmax: { type: 'string' }, restarts: { type: 'string' }, json: { type: 'string' } },
	shared: true,
	run
};
