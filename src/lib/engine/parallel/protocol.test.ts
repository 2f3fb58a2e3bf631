import { describe, expect, test, vi } from 'vitest';
import { gaussianBlobs, randomCentres } from '../cluster/blobs';
import { runJobs } from './jobs';
import { kmeansPooled } from './kmeansPooled';
import { createInProcessPool, createWorkerPool, jobIdleMs, type Endpoint } from './pool';
import { localEndpoint } from './localEndpoint';
import { createShardServer, type ShardKind, type ShardReply } from './protocol';

const X = gaussianBlobs({ rows: 301, centres: randomCentres(4, 3, 5, [-4, 4]), spread: 1.5, seed: 5 }).X;

/** A server answering synchronously: each request's reply, or its error message. */
function server(): (method: string, args: unknown[]) => ShardReply {
	let last: ShardReply | undefined;
	const serve = createShardServer((message) => (last = message));
	let id = 0;
	return (method, args) => {
		serve({ id: id++, method, args });
		return last!;
	};
}

/** A few milliseconds, for microtasks and replies to settle. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

const value = (reply: ShardReply) => (reply.ok ? reply.value : `error: ${reply.error}`);

describe('createShardServer load/append/ready', () => {
	for (const kind of ['ts', 'auto'] as ShardKind[]) {
		test(`load(4, 3, '${kind}'), appends that split rows, ready(): the shard holds the rows in order`, () => {
			const call = server();
			const rows = Float64Array.from({ length: 12 }, (_, i) => i / 4);
			expect(value(call('load', [4, 3, kind]))).toBe(4);
			for (const [from, to] of [[0, 5], [5, 6], [6, 12]]) {
				const back = value(call('append', [rows.slice(from, to)]));
				// The chunk's buffer comes back whole, for the next chunk.
				expect(back).toBeInstanceOf(Float64Array);
			}
			expect(value(call('ready', []))).toBe(4);
			expect(Array.from(value(call('row', [2])) as Float64Array)).toEqual([1.5, 1.75, 2]);
			expect(Array.from(value(call('row', [3])) as Float64Array)).toEqual([2.25, 2.5, 2.75]);
		});

		test(`append() past rows x d (kind '${kind}') fails with the counts, and the load is dropped`, () => {
			const call = server();
			call('load', [2, 3, kind]);
			call('append', [new Float64Array(4)]);
			expect(value(call('append', [new Float64Array(3)]))).toBe('error: "append" of 3 values passes the shard\'s 2 rows x 3 features (4 of 6 values were written)');
			expect(value(call('ready', []))).toMatch(/no load under way/);
		});
	}

	test('ready() before every value came names how many arrived, and the load does not stick', () => {
		const call = server();
		call('load', [3, 2, 'auto']);
		call('append', [new Float64Array(5)]);
		expect(value(call('ready', []))).toBe('error: the shard got 5 of its 3 rows x 2 features = 6 values');
		expect(value(call('row', [0]))).toBe('error: shard worker got "row" before its rows');
		// A fresh load works.
		call('load', [1, 2, 'auto']);
		call('append', [Float64Array.of(7, 8)]);
		expect(value(call('ready', []))).toBe(1);
		expect(Array.from(value(call('row', [0])) as Float64Array)).toEqual([7, 8]);
	});

	test('append() after ready() fails: the shard is built', () => {
		const call = server();
		call('load', [1, 1, 'ts']);
		call('append', [Float64Array.of(1)]);
		call('ready', []);
		expect(value(call('append', [Float64Array.of(2)]))).toBe('error: shard worker got "append" with no load under way: send "load" first');
		expect(Array.from(value(call('row', [0])) as Float64Array)).toEqual([1]);
	});

	test('append() of something else than a Float64Array fails', () => {
		const call = server();
		call('load', [1, 2, 'ts']);
		expect(value(call('append', [[1, 2]]))).toBe('error: "append" takes a Float64Array of row values');
	});
});

describe('createWorkerPool chunks', () => {
	// 301 rows x 3 over 2 workers: chunks of 1, of 5 (splitting rows), of 64 and larger than a shard.
	for (const chunk of [1, 5, 64, 10_000]) {
		test(`kmeansPooled on createWorkerPool(spawn, 2, 'auto', ${chunk}) equals the in-process pool`, async () => {
			const pool = createWorkerPool(localEndpoint, 2, 'auto', chunk);
			const options = { k: 4, seed: 2, restarts: 1, workBudget: 0 };
			const got = await kmeansPooled(X, options, pool);
			const want = await kmeansPooled(X, options, createInProcessPool(2));
			expect(Array.from(got.labels)).toEqual(Array.from(want.labels));
			const { shards } = await pool.shardsFor(X);
			expect(Array.from((await shards[1].call('row', [150])) as Float64Array)).toEqual(Array.from(X.data.subarray(300 * 3, 301 * 3)));
		});
	}

	test('shardsFor(X) after a load whose "ready" failed sends the rows again', async () => {
		let failures = 1;
		const flaky = (): Endpoint => {
			const inner = localEndpoint();
			return {
				...inner,
				post(message, transfer) {
					if (message.method === 'ready' && failures-- > 0) message = { ...message, method: 'nonsense' };
					inner.post(message, transfer);
				}
			};
		};
		const pool = createWorkerPool(flaky, 2, 'ts', 100);
		await expect(pool.shardsFor(X)).rejects.toThrow(/before its rows|no method/);
		const { shardRows } = await pool.shardsFor(X);
		expect(shardRows).toEqual([150, 151]);
	});
});

describe('createWorkerPool: where shards and jobs run', () => {
	/** localEndpoint workers, counting how many were made and how many were stopped. */
	function counted() {
		const made = { spawned: 0, stopped: 0 };
		const spawn = (): Endpoint => {
			made.spawned++;
			const inner = localEndpoint();
			return { ...inner, terminate: () => (made.stopped++, inner.terminate()) };
		};
		return { made, spawn };
	}
	const column = (i: number) => ({ name: `c${i}`, type: 'numeric' as const, role: 'feature' as const, values: Float64Array.from({ length: 50 }, (_, r) => (r * (i + 1)) % 7) });

	test('a pool of 3 holds shard 0 in this thread and spawns 2 workers for the others', async () => {
		const { made, spawn } = counted();
		const pool = createWorkerPool(spawn, 3, 'ts', 64);
		const { shards, shardRows } = await pool.shardsFor(X);
		expect(shardRows).toEqual([100, 100, 101]);
		expect(made.spawned).toBe(2);
		expect(Array.from((await shards[0].call('row', [0])) as Float64Array)).toEqual(Array.from(X.data.subarray(0, 3)));
		pool.terminate();
		expect(made.stopped).toBe(2);
	});

	test("slot 0's jobs go to a worker made for them, stopped after jobIdleMs without a job; the next batch makes another", async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			const { made, spawn } = counted();
			const pool = createWorkerPool(spawn, 2, 'ts');
			await pool.shardsFor(X);
			expect(made).toEqual({ spawned: 1, stopped: 0 });
			const jobs = Array.from({ length: 5 }, (_, i) => ({ task: 'summarizeColumn' as const, args: [column(i)] }));
			const first = await runJobs<{ name: string }>(pool, jobs);
			expect(first.map((s) => s.name)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
			// One job worker for the whole batch (one more worker than the shards'), kept a while after it.
			expect(made).toEqual({ spawned: 2, stopped: 0 });
			vi.advanceTimersByTime(jobIdleMs - 1);
			await runJobs(pool, jobs.slice(0, 2));
			expect(made).toEqual({ spawned: 2, stopped: 0 });
			vi.advanceTimersByTime(jobIdleMs);
			expect(made).toEqual({ spawned: 2, stopped: 1 });
			await runJobs(pool, jobs.slice(0, 2));
			expect(made).toEqual({ spawned: 3, stopped: 1 });
			// Asking for the shards stops an idle job worker at once: it never holds memory through a run.
			const { shards } = await pool.shardsFor(X);
			expect(made).toEqual({ spawned: 3, stopped: 2 });
			// The shards were not touched by the jobs.
			expect(Array.from((await shards[1].call('row', [0])) as Float64Array)).toEqual(Array.from(X.data.subarray(150 * 3, 151 * 3)));
			pool.terminate();
		} finally {
			vi.useRealTimers();
		}
	});

	test('asking for the shards while a job runs leaves its worker alone', async () => {
		const { made, spawn } = counted();
		const pool = createWorkerPool(spawn, 2, 'ts');
		const pending = pool.run(0, 'summarizeColumn', [column(2)]);
		await pool.shardsFor(X);
		expect((await pending as { name: string }).name).toBe('c2');
		expect(made).toEqual({ spawned: 2, stopped: 0 });
		pool.terminate();
		expect(made).toEqual({ spawned: 2, stopped: 2 });
	});

	test('terminate() during a batch rejects its pending job and stops the job worker', async () => {
		const { made, spawn } = counted();
		const pool = createWorkerPool(spawn, 2, 'ts');
		const pending = pool.run(0, 'summarizeColumn', [column(1)]);
		pool.terminate();
		await expect(pending).rejects.toThrow('the worker pool was terminated');
		expect(made).toEqual({ spawned: 1, stopped: 1 });
		expect(() => pool.run(0, 'summarizeColumn', [column(1)])).toThrow('the worker pool was terminated');
	});
});

describe('localEndpoint', () => {
	test('moves a transferred buffer as postMessage does (detached on the sender) and answers after the caller\'s code', async () => {
		const endpoint = localEndpoint();
		const replies: ShardReply[] = [];
		endpoint.listen((reply) => replies.push(reply), () => {});
		const chunk = Float64Array.of(1, 2, 3, 4);
		endpoint.post({ id: 0, method: 'load', args: [2, 2, 'ts'] }, []);
		endpoint.post({ id: 1, method: 'append', args: [chunk] }, [chunk.buffer]);
		expect(chunk.byteLength).toBe(0);
		expect(replies).toEqual([]);
		endpoint.post({ id: 2, method: 'ready', args: [] }, []);
		endpoint.post({ id: 3, method: 'row', args: [1] }, []);
		await tick();
		expect(replies.map((r) => r.id)).toEqual([0, 1, 2, 3]);
		expect(Array.from((replies[3] as { value: Float64Array }).value)).toEqual([3, 4]);
		endpoint.terminate();
		endpoint.post({ id: 4, method: 'row', args: [0] }, []);
		await tick();
		expect(replies).toHaveLength(4);
	});
});
