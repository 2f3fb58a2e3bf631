// Saved analysis runs: the finished result with the recipe that prepared it, per dataset, plus what
// the analyst added (segment names, notes, a label).
import type { SweepResult } from '../engine/cluster/sweep';
import { runSegmentNames } from '../engine/results/segmentNames';
import type { RunResult } from '../engine/results/types';
import { db } from './db';
import { seal, unseal, unsealAll } from './sealed';
import { commit, requireDataset } from './guard';
import { snapshotsRange } from './snapshots';

/** A run as stored; typed arrays (labels, rowIndex) are kept as they are by IndexedDB. */
export interface RunRecord {
	id: string;
	datasetId: string;
	createdAt: number;
	/** recipeKey() of the recipe the run was prepared with: a run whose key differs from the current one is stale. */
	recipeKey: string;
	result: RunResult;
	/** The k-means sweep the k was chosen from, when there was one. */
	sweep?: SweepResult;
	/** One display name per segment (index = label); defaults to the profile names. */
	names: string[];
	/** One note per segment (index = label), '' when none. */
	notes: string[];
	/** The analyst's name for the whole run. */
	label?: string;
}

/** What updateRun() may change; the identity and the result stay as they were made. */
export type RunPatch = Partial<Pick<RunRecord, 'names' | 'notes' | 'label' | 'sweep'>>;

/** Segment names from a result's profiles, "Segment N" (1 = largest) where there are none. */
export function defaultNames(result: RunResult): string[] {
	return runSegmentNames(result);
}

/** The name people see for each segment of `run` (by label): the analyst's unless blank, else the generated one. */
export function segmentNames(run: Pick<RunRecord, 'result' | 'names'>): string[] {
	return runSegmentNames(run.result, run.names);
}

/** Stores a run; fails with DatasetDeletedError if its dataset is gone (checked in the same transaction). */
export async function saveRun(run: RunRecord): Promise<void> {
	const stored = await seal(run, { id: run.id, datasetId: run.datasetId });
	const tx = (await db()).transaction(['datasets', 'runs'], 'readwrite');
	await requireDataset(tx, tx.objectStore('datasets'), run.datasetId, 'the run was not saved');
	await commit(tx, () => [tx.objectStore('runs').put(stored)]);
}

/** Runs of one dataset, newest first. */
export async function listRuns(datasetId: string): Promise<RunRecord[]> {
	const runs = await unsealAll(await (await db()).getAllFromIndex('runs', 'datasetId', datasetId));
	return runs.sort((a, b) => b.createdAt - a.createdAt);
}

export async function getRun(id: string): Promise<RunRecord | undefined> {
	return unseal(await (await db()).get('runs', id));
}

/** Changes names, notes, label or sweep of a stored run in one transaction; returns the new record. */
export async function updateRun(id: string, patch: RunPatch): Promise<RunRecord> {
	const gone = () => new Error(`run "${id}" no longer exists; it may have been deleted in another tab`);
	// Decrypting and encrypting happen outside the transaction, so the write re-checks that the run is there.
	const run = await getRun(id);
	if (!run) throw gone();
	const next: RunRecord = { ...run, ...patch };
	const stored = await seal(next, { id: next.id, datasetId: next.datasetId });
	const tx = (await db()).transaction('runs', 'readwrite');
	if (!(await tx.store.count(id))) throw gone();
	await tx.store.put(stored);
	await tx.done;
	return next;
}

/** Removes a run and the snapshots tracked against it (Over time). */
export async function deleteRun(id: string): Promise<void> {
	const tx = (await db()).transaction(['runs', 'settings'], 'readwrite');
	await commit(tx, () => [tx.objectStore('runs').delete(id), tx.objectStore('settings').delete(snapshotsRange(id))]);
}
