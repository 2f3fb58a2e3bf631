// Labels as the cluster metrics need them: any non-negative integers mapped to 0..k-1 in order of
// first appearance; negative labels (DBSCAN's -1 = noise) become -1 and are left out everywhere.

export interface DenseLabels {
	/** 0..k-1 per row, -1 for noise. */
	ids: Int32Array;
	k: number;
	/** Rows per cluster. */
	counts: Int32Array;
	/** Rows that are not noise. */
	size: number;
}

export function denseLabels(labels: ArrayLike<number>): DenseLabels {
	const map = new Map<number, number>();
	const ids = new Int32Array(labels.length);
	const counts: number[] = [];
	let size = 0;
	for (let i = 0; i < labels.length; i++) {
		const label = labels[i];
		if (!Number.isInteger(label)) throw new Error(`label at row ${i} is not an integer (got ${label})`);
		if (label < 0) {
			ids[i] = -1;
			continue;
		}
		let id = map.get(label);
		if (id === undefined) {
			id = map.size;
			map.set(label, id);
			counts.push(0);
		}
		ids[i] = id;
		counts[id]++;
		size++;
	}
	return { ids, k: map.size, counts: Int32Array.from(counts), size };
}

/** Means of each cluster's rows (k x d), noise left out. */
export function clusterMeans(data: Float64Array, d: number, dense: DenseLabels): Float64Array {
	const { ids, k, counts } = dense;
	const means = new Float64Array(k * d);
	for (let i = 0; i < ids.length; i++) {
		const c = ids[i];
		if (c < 0) continue;
		for (let t = 0, o = c * d, b = i * d; t < d; t++) means[o + t] += data[b + t];
	}
	for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) means[c * d + t] /= counts[c];
	return means;
}
