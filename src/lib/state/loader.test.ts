import { describe, expect, it } from 'vitest';
import { KeyedLoader, loadKey } from './loader.svelte';

/** A promise resolved or rejected by hand, so tests decide the order answers arrive in. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

describe('loadKey', () => {
	it('loadKey("a", 2, null) joins the parts with # and keeps empty parts apart', () => {
		expect(loadKey('a', 2, null)).toBe('a#2#');
		expect(loadKey('a', '')).not.toBe(loadKey('', 'a'));
	});
});

describe('KeyedLoader', () => {
	it('load(key, fetch) keeps the answer and does not fetch the same key again', async () => {
		const loader = new KeyedLoader<number>();
		let calls = 0;
		expect(await loader.load('d1#0', async () => ++calls)).toBe(true);
		expect(await loader.load('d1#0', async () => ++calls)).toBe(false);
		expect(loader.value).toBe(1);
		expect(calls).toBe(1);
		expect(loader.loading).toBe(false);
	});

	it('load(older key) answering after load(newer key) is dropped', async () => {
		const loader = new KeyedLoader<string>();
		const slow = deferred<string>();
		const fast = deferred<string>();
		const first = loader.load('d1#0', () => slow.promise);
		const second = loader.load('d2#0', () => fast.promise);
		fast.resolve('d2 answer');
		expect(await second).toBe(true);
		slow.resolve('d1 answer');
		expect(await first).toBe(false);
		expect(loader.value).toBe('d2 answer');
		expect(loader.key).toBe('d2#0');
		expect(loader.loading).toBe(false);
	});

	it('load(key) with a new revision clears the old value while it loads, unless keep is set', async () => {
		const loader = new KeyedLoader<string>();
		await loader.load('d1#0', async () => 'old');
		const pending = deferred<string>();
		const cleared = loader.load('d1#1', () => pending.promise);
		expect(loader.value).toBeNull();
		expect(loader.loading).toBe(true);
		pending.resolve('new');
		await cleared;
		const kept = deferred<string>();
		const keeping = loader.load('d1#2', () => kept.promise, { keep: true });
		expect(loader.value).toBe('new');
		kept.resolve('newer');
		await keeping;
		expect(loader.value).toBe('newer');
	});

	it('load(key) that fails keeps the message and forgets the key, so the next load retries', async () => {
		const loader = new KeyedLoader<number>();
		expect(await loader.load('d1#0', () => Promise.reject(new Error('worker cancelled')))).toBe(true);
		expect(loader.error).toBe('worker cancelled');
		expect(loader.key).toBe('');
		expect(await loader.load('d1#0', async () => 7)).toBe(true);
		expect(loader.value).toBe(7);
		expect(loader.error).toBeNull();
	});

	it('a failure of an older key does not overwrite the newer answer', async () => {
		const loader = new KeyedLoader<number>();
		const failing = deferred<number>();
		const first = loader.load('d1#0', () => failing.promise);
		await loader.load('d2#0', async () => 2);
		failing.reject(new Error('late failure'));
		expect(await first).toBe(false);
		expect(loader.error).toBeNull();
		expect(loader.value).toBe(2);
	});

	it('isCurrent(key) is true only for the latest request, never for ""', async () => {
		const loader = new KeyedLoader<number>();
		expect(loader.isCurrent('')).toBe(false);
		await loader.load('a', async () => 1);
		expect(loader.isCurrent('a')).toBe(true);
		void loader.load('b', () => new Promise<number>(() => {}));
		expect(loader.isCurrent('a')).toBe(false);
		expect(loader.isCurrent('b')).toBe(true);
	});

	it('set(key, value) stores a known answer, so load(key) does not fetch', async () => {
		const loader = new KeyedLoader<number>();
		loader.set('a', 5);
		let fetched = false;
		expect(
			await loader.load('a', async () => {
				fetched = true;
				return 6;
			})
		).toBe(false);
		expect(fetched).toBe(false);
		expect(loader.value).toBe(5);
	});

	it('forget() drops the answer in flight and lets the same key load again', async () => {
		const loader = new KeyedLoader<number>();
		const pending = deferred<number>();
		const first = loader.load('a', () => pending.promise);
		loader.forget();
		expect(await loader.load('a', async () => 2)).toBe(true);
		pending.resolve(1);
		expect(await first).toBe(false);
		expect(loader.value).toBe(2);
	});
});
