// segment-lab join A B --on COL: B's columns added to every row of A whose key B names (the engine's
// joinTables, as the app's Combine does), written as CSV, with the match counts on stderr.
import { basename } from 'node:path';
import { csvChunks } from '../../src/lib/engine/io/export';
import { joinTables, type JoinHow, type JoinReport } from '../../src/lib/engine/prep/join';
import { choiceValue, requiredString, stringValue, type Values } from '../args';
import type { Command } from '../command';
import { InputError } from '../errors';
import { toJson, writeOutput, type CliIo } from '../io';
import { readTable, requireColumn } from '../read';

const help = `Usage: segment-lab join A B --on COL [--right-on COL] [--how left|inner] [--out joined.csv] [--json report.json]

Adds the columns of B to the rows of A, matched on a key: A's --on column against B's --right-on
column (default the same name). B must name each key once (a duplicate is refused with the key and
both rows); A may repeat keys (many transactions, one customer). Keys compare as text, except that
when both key columns hold numbers, "17850.0" and 17850 are the same key. A column of B whose name A
already has is renamed "name (B's file name)".

  --how left        keep every row of A, blank where B has no match (default); inner keeps matched rows only
  --out OUT.csv     where the joined CSV goes; default "-" = stdout
  --json OUT.json   also write the match report ("-" = stdout, then --out must name a file)

The match counts (matched, unmatched and key-less rows of A, keys of B no row of A uses) go to stderr.`;

async function run(io: CliIo, file: string, values: Values, positionals: string[]): Promise<void> {
	const on = requiredString(values, 'on');
	const rightOn = stringValue(values, 'right-on') ?? on;
	const how = choiceValue<JoinHow>(values, 'how', ['left', 'inner'], 'left');
	const out = stringValue(values, 'out') ?? '-';
	const json = stringValue(values, 'json');
	if (json === '-' && out === '-') throw new InputError('--json - and the CSV cannot both go to stdout; give --out a file');
	const left = await readTable(io, positionals[0]);
	const right = await readTable(io, file);
	requireColumn(left, on, 'on');
	requireColumn(right, rightOn, values['right-on'] === undefined ? 'on' : 'right-on');
	let joined: ReturnType<typeof joinTables>;
	try {
		joined = joinTables(left.table, right.table, { on, rightOn, how, rightName: basename(file) });
	} catch (error) {
		throw new InputError(error instanceof Error ? error.message : String(error));
	}
	writeOutput(io, out, csvChunks(joined.table), 'joined rows');
	if (json !== undefined) writeOutput(io, json, toJson(joined.report), 'join report');
	io.stderr(formatReport(left.file, file, joined.report));
}

export function formatReport(a: string, b: string, r: JoinReport): string {
	const examples = (e: { count: number; examples: string[] }) =>
		e.count ? `: ${e.examples.join(', ')}${e.count > e.examples.length ? `, … (${e.count} in all)` : ''}` : '';
	return [
		`${r.how} join of ${a} (${r.leftRows} rows) and ${b} (${r.rightRows} rows): ${r.rows} rows, ${r.added.length} columns added`,
		`matched: ${r.matchedRows} rows`,
		`not in ${b}: ${r.unmatchedRows} rows, ${r.unmatchedKeys.count} keys${examples(r.unmatchedKeys)}`,
		`without a key: ${r.missingKeyRows} rows`,
		`keys of ${b} no row uses: ${r.unusedRightKeys.count}${examples(r.unusedRightKeys)}`
	].join('\n') + '\n';
}

export const join: Command = {
	name: 'join',
	summary: 'add the columns of one file to another, matched on a key column',
	help,
	options: { on: { type: 'string' }, 'right-on': { type: 'string' }, how: { type: 'string' }, out: { type: 'string' }, json: { type: 'string' } },
	shared: false,
	positionals: ['A', 'B'],
	run
};
