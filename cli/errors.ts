// Failures the command line reports as one line on stderr with an exit code: 1 when the input
// cannot be used (a missing file, an unknown column, a value the data does not allow), 2 when the
// command itself is wrong (unknown option, missing or malformed value).

/** The command line is wrong; exit code 2. */
export class UsageError extends Error {
	readonly exitCode = 2;
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/** The input cannot be used; exit code 1. The message names the file or column it is about. */
export class InputError extends Error {
	readonly exitCode = 1;
	constructor(message: string) {
		super(message);
		this.name = 'InputError';
	}
}

/** Collapses line breaks so every message is exactly one line. */
export function oneLine(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The exit code and the one-line message for anything a command threw. */
export function describeFailure(error: unknown, command: string | undefined): { code: number; line: string } {
	const prefix = command ? `segment-lab ${command}` : 'segment-lab';
	if (error instanceof UsageError) {
		const hint = command ? ` (see segment-lab ${command} --help)` : ' (see segment-lab --help)';
		return { code: 2, line: `${prefix}: ${oneLine(error.message)}${hint}` };
	}
	const message = error instanceof Error ? error.message : String(error);
	return { code: 1, line: `${prefix}: ${oneLine(message)}` };
}

/** Runs an engine call; its errors (k too large, constant data...) become InputErrors naming the file. */
export function engineStep<T>(file: string, step: () => T): T {
	try {
		return step();
	} catch (error) {
		throw asInputError(file, error);
	}
}

/** engineStep for a step that answers later (a worker pool's). */
export async function engineStepAsync<T>(file: string, step: () => Promise<T>): Promise<T> {
	try {
		return await step();
	} catch (error) {
		throw asInputError(file, error);
	}
}

/** A usage or input error as it is; anything else the engine threw as an InputError naming the file. */
function asInputError(file: string, error: unknown): unknown {
	if (error instanceof InputError || error instanceof UsageError) return error;
	return new InputError(`"${file}": ${error instanceof Error ? error.message : String(error)}`);
}
