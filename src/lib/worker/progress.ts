import type { ProgressCallback } from '../engine/progress';

/**
 * Wraps a (Comlink-proxied) progress callback so the worker posts at most one message every
 * `ms` milliseconds, plus the final one: messages across the boundary are not free.
 */
export function throttled(callback: ProgressCallback | undefined, ms = 80): ProgressCallback | undefined {
	if (!callback) return undefined;
	let last = 0;
	return (fraction, message) => {
		const now = performance.now();
		if (fraction >= 1 || now - last >= ms) {
			last = now;
			void callback(fraction, message);
		}
	};
}
