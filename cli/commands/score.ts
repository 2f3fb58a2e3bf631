// segment-lab score FILE --labels COLUMN: silhouette, Davies-Bouldin and Calinski-Harabasz of an
// existing labelling, on the features prepared as for cluster.
import { requiredString, stringValue, type Values } from '../args';
import type { Command } from '../command';
import { engineStep } from '../errors';
import { toJson, writeOutput, type CliIo } from '../io';
import { labelsOfRows, readLabels } from '../labels';
import { labellingScores, type ClusterScores } from '../scores';
import { prepareFromArgs, sharedHelp } from '../prepareFromArgs';
import { readTable } from '../read';
import { formatPairs, formatTable } from '../table';

const help = `Usage: segment-lab score FILE --labels COLUMN [options]

Scores a labelling that FILE already holds (a segment column from elsewhere, a previous run)
on the prepared features: silhouette (higher is better), Davies-Bouldin (lower is better) and
Calinski-Harabasz (higher is better). The label column is never a feature; rows without a label,
and rows preparation drops, are left out.

  --labels COLUMN   the column holding the labels (required)
  --json OUT.json   write { n, features, labels, k, silhouette, daviesBouldin, calinskiHarabasz,
                    sizes } instead of printing ("-" = stdout)

${sharedHelp}`;

export interface ScoreSummary extends ClusterScores {
	n: number;
	features: string[];
	labels: string;
	k: number;
	/** Rows per label value. */
	sizes: Record<string, number>;
}

async function run(io: CliIo, file: string, values: Values): Promise<void> {
	const column = requiredString(values, 'labels');
	const json = stringValue(values, 'json');
	const labels = readLabels(io, await readTable(io, file), column, 'labels');
	const { prepared } = prepareFromArgs(io, labels.loaded, values, [column]);
	const y = labelsOfRows(labels, prepared.rowIndex);
	const counts = new Array<number>(labels.names.length).fill(0);
	for (const label of y) counts[label]++;
	const sizes: Record<string, number> = {};
	labels.names.forEach((name, c) => counts[c] > 0 && (sizes[name] = counts[c]));
	const scores = engineStep(file, () => labellingScores(io, prepared.X, y));
	const summary: ScoreSummary = { n: y.length, features: prepared.featureNames, labels: column, k: Object.keys(sizes).length, ...scores, sizes };
	if (json !== undefined) writeOutput(io, json, toJson(summary), 'scores');
	else io.stdout(formatScores(file, summary));
}

function formatScores(file: string, s: ScoreSummary): string {
	const head = formatPairs([
		['file', file],
		['rows', s.n],
		['features', s.features.join(', ')],
		['labels', `${s.labels} (${s.k} values)`],
		['silhouette', s.silhouette],
		['Davies-Bouldin', s.daviesBouldin],
		['Calinski-Harabasz', s.calinskiHarabasz]
	]);
	return `${head}\n${formatTable([s.labels, 'rows'], Object.entries(s.sizes))}`;
}

export const score: Command = {
	name: 'score',
	summary: 'silhouette, Davies-Bouldin, Calinski-Harabasz of an existing label column',
	help,
	options: { labels: { type: 'string' }, json: { type: 'string' } },
	shared: true,
	run
};
