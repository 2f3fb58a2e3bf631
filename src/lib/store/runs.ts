// Saved analysis runs: recipe, algorithm, parameters and results, per dataset.
import { db } from './db';

/** A run as stored; the engine's result objects are plain data, so they store as they are. */
export interface RunRecord {
	id: string;
	datasetId: string;
	createdAt: number;
	[key: string]: unknown;
}

export async function saveRun(run: RunRecord): Promise<void> {
	await (await db()).put('runs', run);
}

export async function listRuns(datasetId: string): Promise<RunRecord[]> {
	const runs = await (await db()).getAllFromIndex('runs', 'datasetId', datasetId);
	return runs.sort((a, b) => b.createdAt - a.createdAt);
}

export async function getRun(id: string): Promise<RunRecord | undefined> {
	return (await db()).get('runs', id);
}

export async function deleteRun(id: string): Promise<void> {
	await (await db()).delete('runs', id);
}
