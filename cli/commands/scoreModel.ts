// segment-lab score-model MODEL.json FILE: every row of FILE assigned to a segment by a model saved
// from the app (Export -> Download model JSON), through the model's own recipe and classifier,
// exactly as the app's "Score a file" does. Writes FILE's columns plus the segment as CSV.
import { readFileSync } from 'node:fs';
import { segmentDisplayName, segmentNumber } from '../../src/lib/engine/insights/segmentLabel';
import { labelledCsvChunks } from '../../src/lib/engine/model/labelledCsv';
import { parseModel } from '../../src/lib/engine/model/parse';
import type { ScoredTable } from '../../src/lib/engine/model/score';
import type { SegmentModel } from '../../src/lib/engine/model/types';
import { createNodePool } from '../../src/lib/engine/parallel/nodePool';
import type { ShardPool } from '../../src/lib/engine/parallel/pool';
import { scoreTablePooled } from '../../src/lib/engine/parallel/scoreTablePooled';
import type { Table } from '../../src/lib/engine/table';
import { stringValue, type Values } from '../args';
import type { Command } from '../command';
import { engineStepAsync, InputError, UsageError } from '../errors';
import { resolvePath, toJson, writeOutput, type CliIo } from '../io';
import { readTable } from '../read';
import { formatTable } from '../table';

const help = `Usage: segment-lab score-model MODEL.json FILE [--out labelled.csv] [--json summary.json]

Assigns every row of FILE to a segment with a model saved from Segment Lab (Export, "Download model
JSON"): the model's recipe prepares the rows (its fills, outlier bounds, log1p, categories and
scaler, as fitted) and its classifier, or the nearest segment centre, picks the segment. Columns
are found by name; rows the recipe cannot take get no segment and a reason.

The output is FILE's columns followed by segment (its number as in the app, 1 = the largest),
segment_name and not_scored_because, as CSV; rows that could not be scored have an empty segment
(text a spreadsheet would run as a formula gets a leading apostrophe).

  --out OUT.csv     where the labelled CSV goes; default "-" = stdout
  --json OUT.json   also write { model, file, rows, scored, segments, dropped } ("-" = stdout,
                    then --out must name a file); each segment is { number, name, rows }`;

export interface ScoreModelSummary {
	model: { dataset: string; createdAt: string; classifier: string; target: string };
	file: string;
	rows: number;
	scored: number;
	/** Rows per segment, numbered as people see them (1 = largest). */
	segments: { number: number; name: string; rows: number }[];
	dropped: { reason: string; count: number }[];
}

export function readModel(io: CliIo, path: string): SegmentModel {
	let text: string;
	try {
		text = readFileSync(resolvePath(io, path), 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(code === 'ENOENT' ? `model file "${path}" not found` : `cannot read model file "${path}" (${code ?? (error as Error).message})`);
	}
	try {
		return parseModel(text);
	} catch (error) {
		throw new InputError(`"${path}" cannot be used: ${(error as Error).message}`);
	}
}

async function run(io: CliIo, file: string, values: Values, positionals: string[]): Promise<void> {
	const out = stringValue(values, 'out') ?? '-';
	const json = stringValue(values, 'json');
	if (json === '-' && out === '-') throw new UsageError('--json - and the CSV cannot both go to stdout; give --out a file');
	const model = readModel(io, positionals[0]);
	const { table } = await readTable(io, file);
	const scored = await score(file, model, table);
	for (const note of scored.conversions) io.stderr(`note: ${note}\n`);
	const segmentNames = model.segments.map((s) => s.name);
	writeOutput(io, out, labelledCsvChunks(table, { labels: scored.labels, segmentNames, reasons: scored.reasons }), 'labelled rows');
	const summary: ScoreModelSummary = {
		model: {
			dataset: model.dataset.name,
			createdAt: model.createdAt,
			classifier: model.classifier?.kind ?? 'nearest-centroid',
			target: model.target.kind === 'column' ? model.target.column : 'segments'
		},
		file,
		rows: table.rowCount,
		scored: scored.scored,
		segments: model.segments.map((s) => ({ number: segmentNumber(s.label), name: segmentDisplayName(s.label, s.name), rows: scored.counts[s.label] })),
		dropped: scored.dropped
	};
	if (json !== undefined) writeOutput(io, json, toJson(summary), 'summary');
	io.stderr(formatSummary(summary));
}

/** scoreTable; a KNN model on a large file searches over worker_threads started for this file. */
async function score(file: string, model: SegmentModel, table: Table): Promise<ScoredTable> {
	let pool: ShardPool | undefined;
	try {
		return await engineStepAsync(file, () => scoreTablePooled(model, table, { pool: () => (pool ??= createNodePool()) }));
	} finally {
		pool?.terminate();
	}
}

function formatSummary(s: ScoreModelSummary): string {
	const lines = [`scored ${s.scored} of ${s.rows} rows of ${s.file} with ${s.model.classifier} (model from "${s.model.dataset}")`];
	for (const d of s.dropped) lines.push(`not scored: ${d.count} rows for ${d.reason}`);
	return `${lines.join('\n')}\n${formatTable(['segment', 'name', 'rows'], s.segments.map((g) => [g.number, g.name, g.rows]))}`;
}

export const scoreModel: Command = {
	name: 'score-model',
	summary: 'assign every row of a file to a segment with a model saved from the app',
	help,
	options: { out: { type: 'string' }, json: { type: 'string' } },
	shared: false,
	positionals: ['MODEL.json', 'FILE'],
	run
};
