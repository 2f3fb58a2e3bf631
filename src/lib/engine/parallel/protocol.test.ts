import { describe, expect, test } from 'vitest';
import { gaussianBlobs, randomCentres } from '../cluster/blobs';
import { kmeansPooled } from './kmeansPooled';
import { createInProcessPool, createWorkerPool, type Endpoint } from './pool';
import { createShardServer, type ShardKind, type ShardReply, type ShardRequest } from './protocol';

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

const value = (reply: ShardReply) => (reply.ok ? reply.value : `error: ${reply.error}`);

/**
 * A worker in this thread behind an Endpoint: messages are structured-cloned with their transfer
 * list, as postMessage does, so a buffer the pool sent is detached on its side.
 */
function inThreadWorker(): Endpoint {
	let onReply: (reply: ShardReply) => void = () => {};
	const serve = createShardServer((message, transfer) => {
		const copy = structuredClone(message, { transfer: transfer as ArrayBuffer[] });
		queueMicrotask(() => onReply(copy));
	});
	return {
		post: (message, transfer) => {
			const copy: ShardRequest = structuredClone(message, { transfer: transfer as ArrayBuffer[] });
			queueMicrotask(() => serve(copy));
		},
		listen: (reply) => void (onReply = reply),
		terminate: () => {}
	};
}

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
			const pool = createWorkerPool(inThreadWorker, 2, 'auto', chunk);
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
			const inner = inThreadWorker();
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
