// Where a command's output goes: injectable writers (tests capture them), the directory relative
// paths are read against, and writing a result to a file or to stdout ("-").
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from './errors';

export interface CliIo {
	/** Results: tables, JSON given as `--json -`, CSV given as `--out -`. */
	stdout(text: string): void;
	/** Notices (dropped rows, excluded columns) and errors. */
	stderr(text: string): void;
	/** Directory that relative FILE, --json and --out paths are resolved against. */
	cwd: string;
}

export function processIo(cwd = process.cwd()): CliIo {
	return {
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
		cwd
	};
}

export function resolvePath(io: CliIo, path: string): string {
	return resolve(io.cwd, path);
}

/** Writes text, or text in pieces (a large CSV), to `target` ("-" = stdout) and says on stderr where a file went. */
export function writeOutput(io: CliIo, target: string, text: string | Iterable<string>, what: string): void {
	const pieces = typeof text === 'string' ? [text] : text;
	if (target === '-') {
		for (const piece of pieces) io.stdout(piece);
		return;
	}
	let fd: number | undefined;
	try {
		fd = openSync(resolvePath(io, target), 'w');
		for (const piece of pieces) writeSync(fd, piece);
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		throw new InputError(`cannot write ${what} to "${target}" (${reason})`);
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
	io.stderr(`wrote ${what} to ${target}\n`);
}

/** JSON as written by every command: two-space indent, typed arrays as plain arrays, trailing newline. */
export function toJson(value: unknown): string {
	return JSON.stringify(value, (_, v) => (ArrayBuffer.isView(v) && !(v instanceof DataView) ? Array.from(v as Float64Array) : v), 2) + '\n';
}
