import { describe, expect, test } from 'vitest';
import { withPool } from './poolQueue';

describe('withPool', () => {
	test('withPool(job) runs jobs one after another, a failed one included', async () => {
		const events: string[] = [];
		let release = () => {};
		const first = withPool(async () => {
			events.push('first starts');
			await new Promise<void>((resolve) => (release = resolve));
			events.push('first ends');
			throw new Error('first failed');
		});
		const second = withPool(async (pool) => {
			events.push('second starts');
			return pool;
		});
		await Promise.resolve();
		await Promise.resolve();
		expect(events).toEqual(['first starts']);
		release();
		await expect(first).rejects.toThrow('first failed');
		const pool = await second;
		expect(events).toEqual(['first starts', 'first ends', 'second starts']);
		// Every job gets the worker's one pool.
		expect(await withPool(async (p) => p)).toBe(pool);
	});
});
