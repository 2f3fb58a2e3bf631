// Long work in the worker, seen from the UI: one task at a time with progress and a cancel button.
import { proxy } from 'comlink';
import type { Remote } from 'comlink';
import type { EngineApi } from '../worker/engine.worker';
import { cancelEngine, engine, onCancel } from '../worker/client';
import type { ProgressCallback } from '../engine/progress';

export class TaskCancelled extends Error {
	constructor(label: string) {
		super(`${label} was cancelled`);
		this.name = 'TaskCancelled';
	}
}

class Task {
	label = $state('');
	fraction = $state(0);
	message = $state('');
	startedAt = 0;
}

class Tasks {
	/** The task now running, or null. */
	current = $state<Task | null>(null);

	/**
	 * Runs `work` against the engine worker with a progress callback. Cancelling terminates the
	 * worker: the promise then rejects with TaskCancelled and the next call starts a fresh worker.
	 */
	async run<T>(label: string, work: (api: Remote<EngineApi>, onProgress: ProgressCallback) => Promise<T>): Promise<T> {
		const task = new Task();
		task.label = label;
		task.startedAt = performance.now();
		this.current = task;
		const onProgress = proxy((fraction: number, message?: string) => {
			task.fraction = fraction;
			task.message = message ?? '';
		});
		let stop = () => {};
		const cancelled = new Promise<never>((_, reject) => {
			stop = onCancel(() => reject(new TaskCancelled(label)));
		});
		try {
			return await Promise.race([work(engine(), onProgress), cancelled]);
		} finally {
			stop();
			if (this.current === task) this.current = null;
		}
	}

	/** A short call with no progress bar; still rejects (instead of hanging) if the worker is cancelled. */
	async quiet<T>(work: (api: Remote<EngineApi>) => Promise<T>): Promise<T> {
		let stop = () => {};
		const cancelled = new Promise<never>((_, reject) => {
			stop = onCancel(() => reject(new TaskCancelled('the request')));
		});
		try {
			return await Promise.race([work(engine()), cancelled]);
		} finally {
			stop();
		}
	}

	cancel(): void {
		cancelEngine();
	}
}

export const tasks = new Tasks();
