// Segment sizes over successive snapshots: customers per segment in each, and those left out.
import type { Snapshot } from './types';

export interface SnapshotSizes {
	name: string;
	/** Customers per segment, by engine label. */
	counts: number[];
	/** Labelled customers (the sum of counts). */
	total: number;
	/** Rows left out (no id, or not scorable). */
	invalid: number;
}

/** One entry per snapshot, in the order given; labels outside 0..k-1 throw. */
export function sizesOverSnapshots(snapshots: readonly Pick<Snapshot, 'name' | 'labels' | 'invalidCount'>[], k: number): SnapshotSizes[] {
	return snapshots.map((snapshot) => {
		const counts = new Array<number>(k).fill(0);
		for (const label of snapshot.labels) {
			if (label < 0 || label >= k) throw new Error(`${snapshot.name} has label ${label}, not one of the ${k} segments`);
			counts[label]++;
		}
		return { name: snapshot.name, counts, total: snapshot.labels.length, invalid: snapshot.invalidCount };
	});
}
