// Runs the command line in-process with captured stdout and stderr, from the repository root.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../../cli/main';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const wholesale = 'tests/fixtures/data/wholesale-customers.csv';
export const retail = 'tests/fixtures/data/online-retail-20k.csv';

export interface CliOutcome {
	code: number;
	stdout: string;
	stderr: string;
}

export async function cli(...argv: string[]): Promise<CliOutcome> {
	let stdout = '';
	let stderr = '';
	const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: root });
	return { code, stdout, stderr };
}

/** Runs a command with `--json -` and returns the parsed JSON (failing loudly on a non-zero exit). */
export async function cliJson<T = Record<string, unknown>>(...argv: string[]): Promise<T> {
	const outcome = await cli(...argv, '--json', '-');
	if (outcome.code !== 0) throw new Error(`exit ${outcome.code}: ${outcome.stderr}`);
	return JSON.parse(outcome.stdout) as T;
}

export function tempDir(): string {
	return mkdtempSync(join(tmpdir(), 'segment-lab-cli-'));
}

export function relativeError(got: number, want: number): number {
	return Math.abs(got - want) / Math.abs(want);
}
