// How many shard workers a machine gets: one per core, at most 4 (beyond that the per-iteration
// messages and the engine's own thread cost more than the extra cores give on typical data).

/** Largest pool the app or the CLI starts. */
export const maxWorkers = 4;

/** Prepared rows from which a k-means run goes through the pool (below, copying the rows to workers does not pay). */
export const poolMinRows = 50_000;

export function poolSize(cores: number | undefined): number {
	return Math.max(1, Math.min(maxWorkers, Math.floor(cores ?? 1)));
}
