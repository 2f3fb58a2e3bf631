// The main thread's handle on the engine worker: started lazily, cancelled by terminating it and
// starting a fresh one next time (the engine's loops never have to poll for cancellation).
import { wrap, type Remote } from 'comlink';
import type { EngineApi } from './engine.worker';
import { currentSealing } from '../store/sealed';

let worker: Worker | null = null;
let api: Remote<EngineApi> | null = null;
const cancelListeners = new Set<() => void>();

export function engine(): Remote<EngineApi> {
	if (!api) {
		worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
		api = wrap<EngineApi>(worker);
		// Messages are handled in order, so the key is in place before the first call that reads the store.
		void api.setSealing(currentSealing());
	}
	return api;
}

/** Stops whatever the worker is doing; pending calls are rejected through onCancel listeners. */
export function cancelEngine(): void {
	worker?.terminate();
	worker = null;
	api = null;
	for (const listener of [...cancelListeners]) listener();
}

/** Registers a listener for cancelEngine(); returns the unregister function. */
export function onCancel(listener: () => void): () => void {
	cancelListeners.add(listener);
	return () => cancelListeners.delete(listener);
}
