// How long engine functions report progress and learn they should stop.

/** Called with a fraction in [0, 1] and an optional short message ("k = 4 of 10"). */
export type ProgressCallback = (fraction: number, message?: string) => void;

/** Options every long-running engine function accepts. */
export interface LongTaskOptions {
	/** Progress reports, at most every few percent; default none. */
	onProgress?: ProgressCallback;
	/** Checked between steps; when it returns true the function throws CancelledError. */
	shouldStop?: () => boolean;
}

export class CancelledError extends Error {
	constructor() {
		super('cancelled');
		this.name = 'CancelledError';
	}
}

export function checkStop(options: LongTaskOptions | undefined): void {
	if (options?.shouldStop?.()) throw new CancelledError();
}
