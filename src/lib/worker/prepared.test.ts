import { beforeEach, describe, expect, it, vi } from 'vitest';
import { numeric, tableOf } from '../engine/prep/testing';
import type { Recipe } from '../engine/prep/recipe';
import type { Table } from '../engine/table';

// The dataset comes from memory, and prepareLazily() is counted, so the tests see when the cache misses.
const state = vi.hoisted(() => ({ table: null as unknown as Table, revision: 0, prepares: 0 }));
vi.mock('./cache', () => ({ datasetTable: async () => ({ meta: {}, table: state.table, revision: state.revision }) }));
vi.mock('../engine/prep/prepare', async (original) => {
	const real = await original<typeof import('../engine/prep/prepare')>();
	return {
		...real,
		prepareLazily: (...args: Parameters<typeof real.prepareLazily>) => {
			state.prepares++;
			return real.prepareLazily(...args);
		}
	};
});

const { forgetPrepared, preparedFor, preparedOrError } = await import('./prepared');

const recipe: Recipe = { version: 1, features: [{ column: 'a' }, { column: 'b' }], scaler: 'standard' };

beforeEach(() => {
	state.table = tableOf(numeric('a', [1, 2, 3, 4]), numeric('b', [4, 3, 2, 2]));
	state.revision = 0;
	state.prepares = 0;
	forgetPrepared();
});

describe('preparedFor', () => {
	it('preparedFor(id, recipe) twice prepares once and returns the same matrix', async () => {
		const first = await preparedFor('d', recipe);
		const second = await preparedFor('d', { ...recipe });
		expect(second.prepared).toBe(first.prepared);
		expect(state.prepares).toBe(1);
	});

	it('preparedFor prepares again for another recipe, revision or dataset', async () => {
		await preparedFor('d', recipe);
		await preparedFor('d', { ...recipe, scaler: 'none' });
		state.revision = 1;
		await preparedFor('d', { ...recipe, scaler: 'none' });
		await preparedFor('e', { ...recipe, scaler: 'none' });
		expect(state.prepares).toBe(4);
	});

	it('forgetPrepared(id) drops that dataset\'s matrix only', async () => {
		await preparedFor('d', recipe);
		forgetPrepared('other');
		await preparedFor('d', recipe);
		forgetPrepared('d');
		await preparedFor('d', recipe);
		expect(state.prepares).toBe(2);
	});

	it('a recipe that cannot be prepared is kept as its error: preparedOrError returns it, preparedFor throws it', async () => {
		const bad: Recipe = { ...recipe, features: [{ column: 'missing column' }] };
		const { prepared } = await preparedOrError('d', bad);
		expect(prepared).toBeInstanceOf(Error);
		await expect(preparedFor('d', bad)).rejects.toThrow((prepared as Error).message);
		expect(state.prepares).toBe(1);
	});
});
