// How customers moved between two snapshots, matched on their ids: a segments x segments matrix
// of counts (row = segment before, column = segment after), the customers only in the later
// snapshot (new) and only in the earlier one (left).
import { indexIds } from './indexIds';

export interface Labelling {
	ids: readonly string[];
	/** Engine labels 0..k-1, aligned with ids. */
	labels: ArrayLike<number>;
	/** 1-based data rows, aligned with ids, for messages; default the position + 1. */
	rows?: ArrayLike<number>;
	/** Named in messages; default "the earlier snapshot" / "the later snapshot". */
	name?: string;
}

export interface Migration {
	k: number;
	/** matrix[before][after]: customers in segment `before` then in segment `after`. */
	matrix: number[][];
	/** Customers in both snapshots. */
	matched: number;
	/** Per segment, customers who stayed in it (the diagonal). */
	stayed: number[];
	/** Customers only in the later snapshot, in its order, and how many per segment (after). */
	newIds: string[];
	newBySegment: number[];
	/** Customers only in the earlier snapshot, in its order, and how many per segment (before). */
	leftIds: string[];
	leftBySegment: number[];
}

const positions = (n: number) => Int32Array.from({ length: n }, (_, i) => i + 1);

/** Compares two labellings with `k` segments; throws DuplicateIdError when either names an id twice. */
export function migration(before: Labelling, after: Labelling, k: number): Migration {
	const beforeIndex = indexIds(before.ids, before.rows ?? positions(before.ids.length), before.name ?? 'the earlier snapshot');
	indexIds(after.ids, after.rows ?? positions(after.ids.length), after.name ?? 'the later snapshot');
	const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	const newIds: string[] = [];
	const newBySegment = new Array<number>(k).fill(0);
	const seen = new Uint8Array(before.ids.length);
	after.ids.forEach((id, i) => {
		const to = checkLabel(after.labels[i], k, id);
		const j = beforeIndex.get(id);
		if (j === undefined) {
			newIds.push(id);
			newBySegment[to]++;
			return;
		}
		seen[j] = 1;
		matrix[checkLabel(before.labels[j], k, id)][to]++;
	});
	const leftIds: string[] = [];
	const leftBySegment = new Array<number>(k).fill(0);
	before.ids.forEach((id, j) => {
		if (seen[j]) return;
		leftIds.push(id);
		leftBySegment[checkLabel(before.labels[j], k, id)]++;
	});
	return {
		k,
		matrix,
		matched: after.ids.length - newIds.length,
		stayed: matrix.map((row, s) => row[s]),
		newIds,
		newBySegment,
		leftIds,
		leftBySegment
	};
}

function checkLabel(label: number, k: number, id: string): number {
	if (!Number.isInteger(label) || label < 0 || label >= k) throw new Error(`customer "${id}" has label ${label}, not one of the ${k} segments`);
	return label;
}
