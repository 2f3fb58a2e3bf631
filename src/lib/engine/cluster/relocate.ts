// Empty clusters during Lloyd iterations are re-seeded, as scikit-learn does, with the rows farthest
// from the centre they were assigned to; those rows then move to the empty cluster.
import type { Matrix } from '../matrix';

/**
 * For each centre with count 0 (ascending), take the next farthest row from its assigned centre in
 * `centres` (the centres the labels were computed from; ties to the lowest row), move it from its
 * cluster's sums and count to the empty one and relabel it. Returns the rows moved.
 */
export function relocateEmptyClusters(
	X: Matrix,
	labels: Int32Array,
	centres: Float64Array,
	sums: Float64Array,
	counts: Int32Array
): number[] {
	const k = counts.length;
	const empty: number[] = [];
	for (let c = 0; c < k; c++) if (counts[c] === 0) empty.push(c);
	if (empty.length === 0) return [];
	const { data, rows: n, cols: d } = X;
	const distances = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let s = 0;
		for (let t = 0, b = i * d, o = labels[i] * d; t < d; t++) {
			const u = data[b + t] - centres[o + t];
			s += u * u;
		}
		distances[i] = s;
	}
	const far = largestIndices(distances, empty.length);
	const moved: number[] = [];
	for (let e = 0; e < empty.length; e++) {
		const i = far[e];
		const from = labels[i];
		if (counts[from] <= 1) continue;
		const to = empty[e];
		for (let t = 0; t < d; t++) {
			sums[from * d + t] -= data[i * d + t];
			sums[to * d + t] = data[i * d + t];
		}
		counts[from]--;
		counts[to] = 1;
		labels[i] = to;
		moved.push(i);
	}
	return moved;
}

/** Indices of the m largest values, largest first, ties to the lowest index (m is small). */
export function largestIndices(values: Float64Array, m: number): number[] {
	const top: number[] = [];
	if (m <= 0) return top;
	for (let i = 0; i < values.length; i++) {
		if (top.length < m) top.push(i);
		else if (values[i] > values[top[m - 1]]) top[m - 1] = i;
		else continue;
		let p = top.length - 1;
		while (p > 0 && values[top[p - 1]] < values[i]) {
			top[p] = top[p - 1];
			p--;
		}
		top[p] = i;
	}
	return top;
}
