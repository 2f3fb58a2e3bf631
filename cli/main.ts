// The segment-lab command line: picks the command, parses its options with node:util parseArgs
// and runs it, turning every failure into one line on stderr and an exit code (0 ok, 1 bad
// input, 2 bad usage). `run` never exits the process, so tests call it in-process.
import { parseArgs } from 'node:util';
import type { Values } from './args';
import type { Command } from './command';
import { classify } from './commands/classify';
import { cluster } from './commands/cluster';
import { exportPipeline } from './commands/exportPipeline';
import { join } from './commands/join';
import { rfm } from './commands/rfm';
import { score } from './commands/score';
import { scoreModel } from './commands/scoreModel';
import { sweep } from './commands/sweep';
import { track } from './commands/track';
import { describeFailure, UsageError } from './errors';
import { processIo, type CliIo } from './io';
import { allColumns, sharedOptions } from './prepareFromArgs';

export { processIo, type CliIo } from './io';

export const commands: Command[] = [cluster, sweep, score, rfm, join, classify, scoreModel, track, exportPipeline];

const overview = `Usage: segment-lab <command> FILE [options]
   or: npm run cli -- <command> FILE [options]
   or: segment-lab score-model MODEL.json FILE [options]

FILE is a CSV, TSV, JSON (array of records) or .xlsx file, read as the app imports it.

Commands:
${commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n')}

Run segment-lab <command> --help for its options.
Exit codes: 0 done, 1 the input cannot be used (file, column, value), 2 wrong command line.
`;

/** Runs one command line (without "node" and the script) and returns the exit code. */
export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
	const [name, ...rest] = argv;
	if (name === '--help' || name === '-h' || name === 'help') {
		io.stdout(overview);
		return 0;
	}
	const command = commands.find((c) => c.name === name);
	if (!command) {
		const what = name === undefined ? 'no command given' : `unknown command "${name}"`;
		io.stderr(`segment-lab: ${what}; choose one of ${commands.map((c) => c.name).join(', ')} (see segment-lab --help)\n`);
		return 2;
	}
	if (rest.includes('--help') || rest.includes('-h')) {
		io.stdout(command.help + '\n');
		return 0;
	}
	try {
		const { file, values, positionals } = parseCommandLine(command, rest);
		await command.run(io, file, values, positionals);
		return 0;
	} catch (error) {
		const { code, line } = describeFailure(error, command.name);
		io.stderr(line + '\n');
		return code;
	}
}

/** The FILE (the last positional), all positionals and the option values; UsageError for unknown options, missing values or positionals. */
export function parseCommandLine(command: Command, args: string[]): { file: string; values: Values; positionals: string[] } {
	const options = command.shared ? { ...sharedOptions, ...command.options } : command.options;
	let parsed;
	try {
		parsed = parseArgs({ args: command.shared ? markBareLog1p(args) : args, options, allowPositionals: true, strict: true });
	} catch (error) {
		throw new UsageError((error as Error).message.split('. ')[0]);
	}
	const values = { ...parsed.values } as Values;
	const positionals = [...parsed.positionals];
	// `--log1p data.csv` with no other FILE can only mean "log1p on all features, then the file".
	if (positionals.length === 0 && typeof values.log1p === 'string' && values.log1p !== allColumns) {
		positionals.push(values.log1p);
		values.log1p = allColumns;
	}
	const wanted = command.positionals ?? ['FILE'];
	if (positionals.length < wanted.length) throw new UsageError(`${wanted.slice(positionals.length).join(' and ')} ${wanted.length - positionals.length > 1 ? 'are' : 'is'} missing`);
	if (positionals.length > wanted.length && !command.morePositionals) {
		const what = wanted.length === 1 ? `one ${wanted[0]}` : wanted.join(' ');
		throw new UsageError(`expected ${what}, got ${positionals.length}: ${positionals.join(', ')}`);
	}
	return { file: positionals[positionals.length - 1], values, positionals };
}

/** A `--log1p` followed by nothing or by another option means every feature. */
function markBareLog1p(args: string[]): string[] {
	return args.map((arg, i) => {
		const next = args[i + 1];
		const bare = arg === '--log1p' && (next === undefined || (next.startsWith('-') && next !== '-'));
		return bare ? `--log1p=${allColumns}` : arg;
	});
}
