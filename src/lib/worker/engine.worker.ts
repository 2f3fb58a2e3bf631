// The engine worker: exposes engine operations through Comlink. All heavy compute runs here.
// Each step's operations live in their own api/ file; this file only merges them.
import { expose } from 'comlink';
import { datasets } from './api/datasets';
import { explore } from './api/explore';
import { prepare } from './api/prepare';
import { cluster } from './api/cluster';
import { classify } from './api/classify';
import { rfm } from './api/rfm';
import { join } from './api/join';
import { overTime } from './api/overTime';
import { macro } from './api/macro';
import { gmm } from './api/gmm';
import { forgetDataset } from './cache';
import { forgetRun } from './runs';
import { setSealing, type Sealing } from '../store/sealed';

const api = {
	...datasets,
	...explore,
	...prepare,
	...cluster,
	...classify,
	...rfm,
	...join,
	...overTime,
	...macro,
	...gmm,
	/** Drops the worker's cached copy of a dataset (deleted or changed on the main thread). */
	forget(id?: string): void {
		forgetDataset(id);
		if (!id) forgetRun();
	},
	/** Drops the worker's copy of a run (deleted, renamed or annotated on the main thread). */
	forgetRun(id: string): void {
		forgetRun(id);
	},
	/** The workspace key (or none), sent by the main thread when the worker starts: the worker writes the store too. */
	setSealing(sealing: Sealing): void {
		setSealing(sealing);
	}
};

export type EngineApi = typeof api;

expose(api);
