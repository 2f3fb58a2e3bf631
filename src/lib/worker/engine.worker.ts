// The engine worker: exposes engine operations through Comlink. All heavy compute runs here.
import { expose } from 'comlink';
import { datasets } from './api/datasets';
import { forgetDataset } from './cache';

const api = {
	...datasets,
	/** Drops the worker's cached copy of a dataset (deleted or changed on the main thread). */
	forget(id?: string): void {
		forgetDataset(id);
	}
};

export type EngineApi = typeof api;

expose(api);
