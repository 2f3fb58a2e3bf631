// Snapshots tracked against a run (Over time): kept as a per-dataset setting, so they are sealed
// like every setting in an encrypted workspace and deleted with their dataset; deleteRun() removes
// them with the run. The key is `overtime-<runId>:<datasetId>` (see datasetOfSetting).
import type { Snapshot } from '../engine/over-time/types';
import { loadSetting, saveSetting } from './settings';

export interface TrackedSnapshots {
	/** The column customers are matched on, in the run's dataset and in every snapshot file. */
	idColumn: string;
	/** The snapshots added after the run's own data, oldest first. */
	snapshots: Snapshot[];
}

export const snapshotsPrefix = (runId: string) => `overtime-${runId}:`;
const snapshotsKey = (runId: string, datasetId: string) => `${snapshotsPrefix(runId)}${datasetId}`;

export function loadSnapshots(runId: string, datasetId: string): Promise<TrackedSnapshots | undefined> {
	return loadSetting<TrackedSnapshots>(snapshotsKey(runId, datasetId));
}

/** Fails with DatasetDeletedError when the dataset is gone (saveSetting checks it in the same transaction). */
export function saveSnapshots(runId: string, datasetId: string, tracked: TrackedSnapshots): Promise<void> {
	return saveSetting(snapshotsKey(runId, datasetId), tracked);
}

/** Every settings key of the run's snapshots, for deleting them with the run. */
export const snapshotsRange = (runId: string) => IDBKeyRange.bound(snapshotsPrefix(runId), `${snapshotsPrefix(runId)}\uffff`);
