// Independent jobs of tasks.ts spread over a pool's workers: each worker takes the next job when it
// is free, so uneven jobs still keep every worker busy. Results come back in job order.
import { checkStop, type LongTaskOptions } from '../progress';
import type { ShardPool } from './pool';
import type { TaskName } from './tasks';

export interface Job {
	task: TaskName;
	args: unknown[];
}

export interface RunJobsOptions<T> extends LongTaskOptions {
	/** Each result as it comes (job index, value, seconds from sending the job to its answer). */
	onResult?: (at: number, value: T, seconds: number) => void;
}

export async function runJobs<T>(pool: ShardPool, jobs: Job[], options: RunJobsOptions<T> = {}): Promise<T[]> {
	const results = new Array<T>(jobs.length);
	let next = 0;
	let done = 0;
	async function work(worker: number): Promise<void> {
		while (next < jobs.length) {
			checkStop(options);
			const at = next++;
			const sent = performance.now();
			results[at] = (await pool.run(worker, jobs[at].task, jobs[at].args)) as T;
			checkStop(options);
			options.onResult?.(at, results[at], (performance.now() - sent) / 1000);
			options.onProgress?.(++done / jobs.length, `${done} of ${jobs.length}`);
		}
	}
	await Promise.all(Array.from({ length: Math.max(1, Math.min(pool.workers, jobs.length)) }, (_, w) => work(w)));
	return results;
}
