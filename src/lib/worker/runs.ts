// The runs this worker made, by id, so the Segments views of a run just made do not read it back
// from IndexedDB. Only a few are kept (each holds a label per row); a run's result never changes
// after it is made (only its names, notes and label do), so a kept one is never stale.
import { getRun, type RunRecord } from '../store/runs';

const kept = new Map<string, RunRecord>();
const keepAtMost = 4;

export function rememberRun(record: RunRecord): void {
	kept.delete(record.id);
	kept.set(record.id, record);
	for (const id of kept.keys()) {
		if (kept.size <= keepAtMost) break;
		kept.delete(id);
	}
}

/** The run, from memory or the store; throws when it no longer exists. */
export async function runRecord(id: string): Promise<RunRecord> {
	const record = kept.get(id) ?? (await getRun(id));
	if (!record) throw new Error(`run "${id}" was not found; it may have been deleted`);
	return record;
}

/** After a run was deleted or changed on the main thread. */
export function forgetRun(id?: string): void {
	if (id) kept.delete(id);
	else kept.clear();
}
