// The engine worker's shard pool holds one matrix at a time, and a job's calls assume the rows it
// loaded stay in the workers until it ends (a second matrix loaded half-way would answer the first
// job's calls from the wrong rows). So the jobs that may use the pool (a run, the Segments
// projection, scoring a file) take turns here, one after another, never interleaved.
import { sharedBrowserPool } from '../engine/parallel/browserPool';
import type { ShardPool } from '../engine/parallel/pool';

let last: Promise<unknown> = Promise.resolve();

/** Runs `job` with the worker's pool once every job queued before it has ended (failed ones too). */
export function withPool<T>(job: (pool: ShardPool) => Promise<T>): Promise<T> {
	const run = last.then(() => job(sharedBrowserPool()));
	last = run.catch(() => undefined);
	return run;
}
