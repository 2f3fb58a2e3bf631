// Downloads of a segmentation: the table with each row's segment number and name appended (and,
// for a scored file, why a row has none), and one summary line per segment. The number is the one
// people see in the app (1 = largest); rows in no segment (DBSCAN noise, rows the recipe dropped,
// rows a model could not score) get empty cells, which an import reads back as missing, so the
// column stays a plain number column. Cells go through escapeCell, so a segment named
// "=HYPERLINK(...)" reaches a spreadsheet as text, never as a formula.
import { segmentDisplayName, segmentNumber } from '../insights/segmentLabel';
import { csvChunks, escapeCell } from '../io/export';
import type { Table } from '../table';
import type { SegmentModel } from './types';

export interface RowSegments {
	/** The engine's 0-based segment label per table row; -1 (or below) = none. */
	labels: ArrayLike<number>;
	/** Segment name by label; a blank or missing one is written as "Segment N". */
	segmentNames: readonly (string | null | undefined)[];
	/** Why rows have no segment, by row (scored files). */
	reasons?: readonly { row: number; reason: string }[];
	/** Macro groups of a run with many segments (macroSegments): group index by segment label, group names by index. */
	groups?: { groupOf: readonly number[]; names: readonly string[] };
	/** Gaussian mixture runs: per table row, k probabilities (row-major; NaN for rows in no segment), written as probability_segment_N. */
	probabilities?: { k: number; values: ArrayLike<number> };
}

/** The labelled table as CSV pieces: every original column, then segment (number, 1 = largest), segment_name (then segment_group, segment_group_name; and reason). */
export function* labelledCsvChunks(table: Table, rows: RowSegments): Generator<string> {
	const { labels, segmentNames, reasons, groups } = rows;
	if (labels.length !== table.rowCount) throw new Error(`${labels.length} labels for ${table.rowCount} rows`);
	const taken = new Set(table.columns.map((c) => c.name));
	const numbers = Array.from(labels, (label) => (label >= 0 ? segmentNumber(label) : ''));
	const names = Array.from(labels, (label) => (label >= 0 ? segmentDisplayName(label, segmentNames[label]) : ''));
	const extraColumns = [
		{ name: uniqueName('segment', taken), values: numbers },
		{ name: uniqueName('segment_name', taken), values: names }
	];
	if (groups) {
		// Letters as the app shows them (Group A = most customers), then the group's name.
		const group = (label: number) => (label >= 0 ? groups.groupOf[label] : -1);
		extraColumns.push({ name: uniqueName('segment_group', taken), values: Array.from(labels, (l) => (group(l) >= 0 ? String.fromCharCode(65 + group(l)) : '')) });
		extraColumns.push({ name: uniqueName('segment_group_name', taken), values: Array.from(labels, (l) => (group(l) >= 0 ? groups.names[group(l)] : '')) });
	}
	if (rows.probabilities) {
		const { k, values } = rows.probabilities;
		for (let c = 0; c < k; c++) {
			extraColumns.push({ name: uniqueName(`probability_segment_${segmentNumber(c)}`, taken), values: Array.from({ length: table.rowCount }, (_, i) => values[i * k + c]) });
		}
	}
	if (reasons) {
		const why = new Array<string>(table.rowCount).fill('');
		for (const { row, reason } of reasons) why[row] = reason;
		extraColumns.push({ name: uniqueName('not_scored_because', taken), values: why });
	}
	yield* csvChunks(table, { extraColumns });
}

export function labelledCsv(table: Table, rows: RowSegments): string {
	let text = '';
	for (const chunk of labelledCsvChunks(table, rows)) text += chunk;
	return text;
}

/** `name`, or `name_2`, `name_3`... when the table already has it; the chosen name is added to `taken`. */
export function uniqueName(name: string, taken: Set<string>): string {
	let candidate = name;
	for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
	taken.add(candidate);
	return candidate;
}

/** One line per segment: number (1 = largest), name, size, share, then the centroid in the data's units. */
export function segmentSummaryCsv(model: Pick<SegmentModel, 'segments' | 'featureNames' | 'centroidsOriginal'>): string {
	const total = model.segments.reduce((s, seg) => s + seg.size, 0);
	const header = ['segment', 'name', 'size', 'share', ...model.featureNames.map((f) => `mean ${f}`)];
	const lines = model.segments.map((seg) => [
		segmentNumber(seg.label),
		segmentDisplayName(seg.label, seg.name),
		seg.size,
		total ? Number((seg.size / total).toFixed(6)) : Number.NaN,
		...model.centroidsOriginal[seg.label].map((v) => (v === null ? Number.NaN : Number(v.toPrecision(8))))
	]);
	return [header, ...lines].map((fields) => fields.map((v) => escapeCell(v)).join(',')).join('\r\n') + '\r\n';
}
