// segment-lab track MODEL.json BEFORE AFTER [MORE...]: segments over time from the command line,
// as the app's Over time page shows them. Every file is scored with the model (its recipe and
// classifier), customers are matched on the id column, and for each consecutive pair of files the
// migration matrix and the new and left customers are printed, then the segment sizes per file.
import { basename } from 'node:path';
import { segmentDisplayName, segmentNumber } from '../../src/lib/engine/insights/segmentLabel';
import { chooseIdColumn, migration, scoreSnapshot, sizesOverSnapshots, type Snapshot } from '../../src/lib/engine/over-time';
import { stringValue, type Values } from '../args';
import type { Command } from '../command';
import { engineStep, InputError } from '../errors';
import { toJson, type CliIo } from '../io';
import { readTable, type LoadedFile } from '../read';
import { formatTable, type Cell } from '../table';
import { readModel } from './scoreModel';

const help = `Usage: segment-lab track MODEL.json BEFORE AFTER [MORE...] [--id COLUMN] [--json]

Tracks segments over time: scores every file (CSV, TSV, JSON or .xlsx, read as the app imports
them) with a model saved from Segment Lab, matches customers across files on the id column and
prints, for each consecutive pair, the migration matrix (rows = segment before, columns =
segment after, then "left"; a last row of new customers), the new and left counts, and the
segment sizes in every file. Segments are numbered as in the app (1 = the largest).

  --id COLUMN   the column naming the customer; default the column marked as an identifier
                in BEFORE (the command refuses, listing candidates, when there is none)
  --json        print { model, idColumn, snapshots, sizes, migrations } as JSON instead

A customer id repeated in one file is refused with the id and both rows. Rows without an id, or
that the model cannot score, are counted per file and listed by row in the JSON.`;

export interface TrackSummary {
	model: { dataset: string; createdAt: string };
	idColumn: string;
	segments: { number: number; name: string }[];
	snapshots: { file: string; rows: number; matched: number; leftOut: number; leftOutRows: { row: number; reason: string }[] }[];
	/** Customers per segment in each file, in segment number order. */
	sizes: { file: string; counts: number[]; total: number }[];
	migrations: {
		from: string;
		to: string;
		/** matrix[before][after], in segment number order. */
		matrix: number[][];
		matched: number;
		stayed: number;
		new: number;
		left: number;
		newBySegment: number[];
		leftBySegment: number[];
	}[];
}

async function run(io: CliIo, _file: string, values: Values, positionals: string[]): Promise<void> {
	const [modelPath, ...files] = positionals;
	const model = readModel(io, modelPath);
	const k = model.segments.length;
	const loaded: LoadedFile[] = [];
	for (const file of files) loaded.push(await readTable(io, file));
	const wanted = stringValue(values, 'id');
	const idColumn = engineStep(files[0], () => chooseIdColumn(loaded[0].table, wanted, `"${files[0]}"`));
	const snapshots: Snapshot[] = loaded.map(({ table, file }) => {
		try {
			return scoreSnapshot(model, table, idColumn, file);
		} catch (error) {
			throw new InputError(`"${file}" cannot be tracked: ${(error as Error).message}`);
		}
	});
	const summary: TrackSummary = {
		model: { dataset: model.dataset.name, createdAt: model.createdAt },
		idColumn,
		segments: model.segments.map((s) => ({ number: segmentNumber(s.label), name: segmentDisplayName(s.label, s.name) })),
		snapshots: snapshots.map((s) => ({ file: s.name, rows: s.rowCount, matched: s.ids.length, leftOut: s.invalidCount, leftOutRows: s.invalid })),
		sizes: sizesOverSnapshots(snapshots, k).map((s) => ({ file: s.name, counts: s.counts, total: s.total })),
		migrations: snapshots.slice(1).map((after, i) => {
			const before = snapshots[i];
			const m = migration({ ...before, name: `"${before.name}"` }, { ...after, name: `"${after.name}"` }, k);
			return {
				from: before.name,
				to: after.name,
				matrix: m.matrix,
				matched: m.matched,
				stayed: m.stayed.reduce((a, b) => a + b, 0),
				new: m.newIds.length,
				left: m.leftIds.length,
				newBySegment: m.newBySegment,
				leftBySegment: m.leftBySegment
			};
		})
	};
	io.stdout(values.json ? toJson(summary) : formatSummary(summary));
}

function formatSummary(s: TrackSummary): string {
	const parts = [`model from "${s.model.dataset}", customers matched on ${s.idColumn}\n`];
	const numbers = s.segments.map((g) => String(g.number));
	for (const m of s.migrations) {
		parts.push(`\n${m.from} -> ${m.to}: ${m.matched} matched (${m.stayed} stayed, ${m.matched - m.stayed} moved), ${m.new} new, ${m.left} left\n`);
		const rows: Cell[][] = m.matrix.map((row, i) => [numbers[i], ...row, m.leftBySegment[i]]);
		rows.push(['new', ...m.newBySegment, '']);
		parts.push(formatTable(['before\\after', ...numbers, 'left'], rows));
	}
	parts.push('\nsegment sizes\n');
	parts.push(
		formatTable(
			['segment', 'name', ...s.sizes.map((z) => basename(z.file))],
			[...s.segments.map((g, i): Cell[] => [g.number, g.name, ...s.sizes.map((z) => z.counts[i])]), ['all', '', ...s.sizes.map((z) => z.total)]]
		)
	);
	for (const snap of s.snapshots) if (snap.leftOut > 0) parts.push(`${snap.file}: ${snap.leftOut} of ${snap.rows} rows left out (first: row ${snap.leftOutRows[0].row}, ${snap.leftOutRows[0].reason})\n`);
	return parts.join('');
}

export const track: Command = {
	name: 'track',
	summary: 'score snapshots with a model and show how customers moved between segments',
	help,
	options: { id: { type: 'string' }, json: { type: 'boolean' } },
	shared: false,
	positionals: ['MODEL.json', 'BEFORE', 'AFTER'],
	morePositionals: true,
	run
};
