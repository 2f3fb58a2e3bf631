// Tells the worker to drop a cached dataset after the main thread deleted it.
import { tasks } from './tasks.svelte';

export function forgetWorkerDataset(id?: string): void {
	void tasks.quiet((api) => api.forget(id)).catch(() => {});
}
