// How a driver talks to shards without knowing where they live: it is a generator that yields the
// calls of one step (one per shard, or a few) and is resumed with their results in the same order.
// runShardsSync executes them on in-process shards; runShardsAsync on shards behind workers, so one
// driver serves the synchronous engine, the app's worker pool and the CLI's worker_threads.
import { checkStop, type LongTaskOptions } from '../progress';
import type { ShardApi } from './shardHost';

/** Methods a driver can call on a shard (k-means and the scores). */
export type ShardMethod = keyof ShardApi;

export interface ShardCall {
	shard: number;
	method: string;
	args: unknown[];
}

/** A driver: yields the calls of each step, receives their results, returns R. */
export type ShardSteps<R> = Generator<ShardCall[], R, unknown[]>;

/** Anything that answers shard calls by name: in-process hosts answer at once, workers later. */
export interface AsyncShard {
	call(method: string, args: unknown[]): Promise<unknown>;
}

type Args<M extends ShardMethod> = Parameters<ShardApi[M]>;
type Reply<M extends ShardMethod> = ReturnType<ShardApi[M]>;

/** The same call on shards 0..count-1; resumes with their results in shard order. */
export function* onAll<M extends ShardMethod>(count: number, method: M, ...args: Args<M>): Generator<ShardCall[], Reply<M>[], unknown[]> {
	return (yield Array.from({ length: count }, (_, shard) => ({ shard, method, args }))) as Reply<M>[];
}

/** The same method on shards 0..argsPerShard.length-1, each with its own arguments. */
export function* onEach<M extends ShardMethod>(method: M, argsPerShard: Args<M>[]): Generator<ShardCall[], Reply<M>[], unknown[]> {
	return (yield argsPerShard.map((args, shard) => ({ shard, method, args }))) as Reply<M>[];
}

/** One call on one shard. */
export function* onOne<M extends ShardMethod>(shard: number, method: M, ...args: Args<M>): Generator<ShardCall[], Reply<M>, unknown[]> {
	const [reply] = yield [{ shard, method, args }];
	return reply as Reply<M>;
}

/** Runs a driver on shards in this thread. */
export function runShardsSync<R>(steps: ShardSteps<R>, shards: { call(method: string, args: unknown[]): unknown }[]): R {
	let results: unknown[] = [];
	for (;;) {
		const next = steps.next(results);
		if (next.done) return next.value;
		results = next.value.map((c) => shards[c.shard].call(c.method, c.args));
	}
}

/** Runs a driver on shards that answer asynchronously; checks shouldStop before every step. */
export async function runShardsAsync<R>(steps: ShardSteps<R>, shards: AsyncShard[], options: LongTaskOptions = {}): Promise<R> {
	let results: unknown[] = [];
	for (;;) {
		const next = steps.next(results);
		if (next.done) return next.value;
		checkStop(options);
		results = await Promise.all(next.value.map((c) => shards[c.shard].call(c.method, c.args)));
	}
}
