// A pool of shards: the rows of a prepared matrix are split into contiguous shards, each sent once,
// in chunks through one small buffer per shard that goes back and forth (a whole shard's copy would
// briefly double the rows' memory: see protocol.ts); later calls carry only centres, labels or small
// samples. The same pool serves run after run; a new matrix replaces the shards. Where workers live
// is the caller's business (`spawn`): Web Workers in the app, worker_threads in Node.
import { isMatrix, writeRows, type Rows } from '../rowSource';
import type { ShardKind, ShardReply, ShardRequest } from './protocol';
import { makeShard } from './makeShard';
import { createShardHost } from './shardHost';
import { localEndpoint } from './localEndpoint';
import type { AsyncShard } from './shardCalls';
import { runTask, type TaskName } from './tasks';

/** One worker as the pool sees it. */
export interface Endpoint {
	post(message: ShardRequest, transfer: Transferable[]): void;
	/** Replies, and errors the worker could not answer with a reply (it crashed, its script failed to load). */
	listen(onReply: (reply: ShardReply) => void, onError: (message: string) => void): void;
	terminate(): void;
}

/** Shards over one matrix's rows, in row order. */
export interface Shards {
	shards: AsyncShard[];
	/** Rows of each shard. */
	shardRows: number[];
}

export interface ShardPool {
	/** Shards (and job runners) working in parallel; 0 when every shard lives in this thread. */
	readonly workers: number;
	/**
	 * Shards over X's rows; the same rows (the same object) keep the shards they already have. Rows made
	 * on demand (a RowSource) are made a chunk at a time as they are sent: the shards hold the only full copy.
	 */
	shardsFor(X: Rows): Promise<Shards>;
	/** Runs a job of tasks.ts on runner `worker` (0..workers-1; in this thread when workers is 0). */
	run(worker: number, task: TaskName, args: unknown[]): Promise<unknown>;
	/** Stops the workers; pending calls reject. The pool cannot be used afterwards. */
	terminate(): void;
}

/** Contiguous row counts for `parts` shards (fewer when there are fewer rows), sizes differing by at most one. */
export function splitRows(n: number, parts: number): number[] {
	const count = Math.max(1, Math.min(parts, n));
	return Array.from({ length: count }, (_, p) => Math.floor((n * (p + 1)) / count) - Math.floor((n * p) / count));
}

/** Shards in this thread of `shardRows` rows each, in row order: over X itself for a matrix (no copy), else made from it. */
export function shardsInThisThread(X: Rows, shardRows: number[], make: typeof makeShard = makeShard): Shards {
	let start = 0;
	const shards = shardRows.map((rows) => {
		const values = isMatrix(X) ? X.data.subarray(start * X.cols, (start + rows) * X.cols) : new Float64Array(rows * X.cols);
		if (!isMatrix(X)) writeRows(X, start, start + rows, values);
		const host = createShardHost(values, rows, X.cols, make);
		start += rows;
		return { call: async (method: string, args: unknown[]) => host.call(method, args) };
	});
	return { shards, shardRows };
}

/**
 * Shards in this thread: `parts` of them over X itself (no copy); for small data, one core, and
 * tests (which pass `make` = createTsShard to pin the oracle).
 */
export function createInProcessPool(parts = 1, make: typeof makeShard = makeShard): ShardPool {
	let loaded: { X: WeakRef<Rows>; shards: Shards } | undefined;
	return {
		workers: 0,
		async shardsFor(X) {
			if (loaded?.X.deref() === X) return loaded.shards;
			const shards = shardsInThisThread(X, splitRows(X.rows, parts), make);
			loaded = { X: new WeakRef(X), shards };
			return shards;
		},
		async run(_worker, task, args) {
			return runTask([task, ...args]);
		},
		terminate() {
			loaded = undefined;
		}
	};
}

/**
 * How long a job worker waits for the next job before it stops: the Segments page asks for its box
 * plots and separation tests a moment apart, and a job worker stopped after each batch (started again
 * for the next) added ~0.4 s to drop -> segments at 1M rows in Chromium.
 */
export const jobIdleMs = 2000;

interface JobWorker {
	worker: Worker;
	/** Jobs sent and not answered yet. */
	running: number;
}

/** Values a chunk carries to a worker by default: 1 MiB (the load costs a round trip per chunk). */
export const chunkValues = 2 ** 17;

/**
 * A pool of `size` shards, rows travelling `chunk` values at a time, each shard of `kind`. Shard 0 is
 * served in this thread (localEndpoint.ts), shards 1.. by workers made by `spawn` (started on first
 * use): a worker's start-up alone costs ~8 MB, which at small d was a third of the matrix, and this
 * thread only waits while the workers compute. A job (`run`) on slot 0 would hold this thread for its
 * whole length, and the other workers' answers with it, so slot 0's jobs go to a worker made for
 * them. It stops after `jobIdleMs` without a job, or at once when the shards are asked for (a
 * k-means run, scores, a projection): it lives through batches of jobs, never through a run's peak.
 */
export function createWorkerPool(spawn: () => Endpoint, size: number, kind: ShardKind = 'auto', chunk = chunkValues): ShardPool {
	if (!(Number.isInteger(size) && size >= 1)) throw new Error(`a worker pool needs a whole number of workers >= 1 (got ${size})`);
	if (!(Number.isInteger(chunk) && chunk >= 1)) throw new Error(`a worker pool sends chunks of a whole number of values >= 1 (got ${chunk})`);
	const workers: Worker[] = [];
	let jobs: JobWorker | undefined;
	// Held weakly: the pool must not keep a matrix alive that the caller's cache has dropped.
	let loaded: { X: WeakRef<Rows>; shards: Promise<Shards> } | undefined;
	let stopped = false;

	function worker(i: number): Worker {
		if (stopped) throw new Error('the worker pool was terminated');
		workers[i] ??= connect(i === 0 ? localEndpoint() : spawn());
		return workers[i];
	}

	function jobWorker(): JobWorker {
		if (stopped) throw new Error('the worker pool was terminated');
		return (jobs ??= { worker: connect(spawn()), running: 0 });
	}

	function stopIdleJobs(j = jobs): void {
		if (!j || j !== jobs || j.running > 0) return;
		jobs = undefined;
		j.worker.close('the job worker stopped');
	}

	async function job(j: JobWorker, task: TaskName, args: unknown[]): Promise<unknown> {
		j.running++;
		try {
			return await j.worker.call('task', [task, ...args]);
		} finally {
			if (--j.running === 0) {
				const timer = setTimeout(() => stopIdleJobs(j), jobIdleMs);
				// In Node an idle pool must not keep the process alive (the CLI exits when its work is done).
				(timer as { unref?: () => void }).unref?.();
			}
		}
	}

	return {
		workers: size,
		shardsFor(X) {
			// The shards are about to work (a run's peak): an idle job worker goes first.
			stopIdleJobs();
			if (loaded?.X.deref() === X) return loaded.shards;
			const shardRows = splitRows(X.rows, size);
			let start = 0;
			const shards = Promise.all(
				shardRows.map(async (rows, i) => {
					const from = start;
					start += rows;
					const w = worker(i);
					await w.call('load', [rows, X.cols, kind]);
					await sendRows(w, X, from, from + rows, chunk);
					await w.call('ready', []);
					return { call: (method: string, args: unknown[]) => w.call(method, args) };
				})
			).then((shards) => ({ shards, shardRows }));
			loaded = { X: new WeakRef(X), shards };
			// A failed load must not stick to the matrix: the next run tries again.
			shards.catch(() => {
				if (loaded?.shards === shards) loaded = undefined;
			});
			return shards;
		},
		run(i, task, args) {
			if (!(Number.isInteger(i) && i >= 0 && i < size)) throw new Error(`worker ${i} is not one of this pool's ${size}`);
			return i === 0 ? job(jobWorker(), task, args) : worker(i).call('task', [task, ...args]);
		},
		terminate() {
			stopped = true;
			loaded = undefined;
			for (const w of workers) w?.close('the worker pool was terminated');
			jobs?.worker.close('the worker pool was terminated');
			jobs = undefined;
		}
	};
}

/** Rows [from, to) of X to a worker in order, whole rows of about `chunk` values at a time, through one buffer the worker hands back each time. */
async function sendRows(w: Worker, X: Rows, from: number, to: number, chunk: number): Promise<void> {
	const step = Math.max(1, Math.floor(chunk / Math.max(1, X.cols)));
	let buffer: Float64Array = new Float64Array(Math.min(step, to - from) * X.cols);
	for (let at = from; at < to; at += step) {
		const end = Math.min(at + step, to);
		const view = (end - at) * X.cols === buffer.length ? buffer : buffer.subarray(0, (end - at) * X.cols);
		writeRows(X, at, end, view);
		buffer = (await w.call('append', [view], [buffer.buffer])) as Float64Array;
	}
}

interface Worker {
	call(method: string, args: unknown[], transfer?: Transferable[]): Promise<unknown>;
	close(reason: string): void;
}

/** Request ids and pending promises over one endpoint; a worker's error rejects everything pending. */
function connect(endpoint: Endpoint): Worker {
	const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
	let nextId = 0;
	let broken: string | undefined;
	const failAll = (message: string) => {
		for (const p of pending.values()) p.reject(new Error(message));
		pending.clear();
	};
	endpoint.listen(
		(reply) => {
			const p = pending.get(reply.id);
			if (!p) return;
			pending.delete(reply.id);
			if (reply.ok) p.resolve(reply.value);
			else p.reject(new Error(reply.error));
		},
		(message) => {
			// The first reason sticks: a worker exiting after terminate() is not news.
			broken ??= message;
			failAll(broken);
		}
	);
	return {
		call(method, args, transfer = []) {
			if (broken) return Promise.reject(new Error(broken));
			const id = nextId++;
			return new Promise((resolve, reject) => {
				pending.set(id, { resolve, reject });
				endpoint.post({ id, method, args }, transfer);
			});
		},
		close(reason) {
			broken = reason;
			failAll(reason);
			endpoint.terminate();
		}
	};
}
