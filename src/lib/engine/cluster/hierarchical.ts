// Agglomerative clustering with Ward linkage: the merge tree (for a dendrogram) and its cut at k.
import type { Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';
import { finishSegments } from './finish';
import type { ClusterResult, MergeTree } from './types';
import { assertFiniteMatrix, assertInteger } from './validate';
import { HIERARCHICAL_MAX_ROWS, wardLinkage } from './wardLinkage';

export { HIERARCHICAL_MAX_ROWS } from './wardLinkage';

/** Options of hierarchical(); X holds prepared features, no NaN. */
export interface HierarchicalOptions extends LongTaskOptions {
	/** Segments to cut the tree into, 1..rows. */
	k: number;
	/** Merge criterion; only 'ward' (minimum increase of within-cluster variance). */
	linkage?: 'ward';
}

/** Throws above HIERARCHICAL_MAX_ROWS rows, suggesting k-means or a sample. */
export function hierarchical(X: Matrix, options: HierarchicalOptions): ClusterResult & { tree: MergeTree } {
	const { k, linkage = 'ward' } = options;
	if (linkage !== 'ward') throw new Error(`linkage "${linkage}" is not supported; use 'ward'`);
	if (X.rows > HIERARCHICAL_MAX_ROWS) {
		throw new Error(
			`hierarchical clustering is limited to ${HIERARCHICAL_MAX_ROWS.toLocaleString('en-US')} rows (its distance matrix grows with rows squared); this data has ${X.rows.toLocaleString('en-US')}: use k-means, or cluster a sample`
		);
	}
	if (X.rows === 0) throw new Error('hierarchical clustering needs at least one row');
	assertInteger('k', k, 1, X.rows);
	assertFiniteMatrix(X, 'hierarchical clustering');
	const tree: MergeTree =
		X.rows === 1 ? { merges: new Int32Array(0), heights: new Float64Array(0), sizes: new Int32Array(0) } : wardLinkage(X, options);
	const labels = cutTree(tree, k);
	return {
		algorithm: 'hierarchical',
		...finishSegments(X, labels, k),
		iterations: 0,
		seed: 0,
		params: { linkage, rows: X.rows },
		tree
	};
}

/** Labels for k clusters: the first n - k merges applied (renumbered by size, ties by lowest first row). */
export function cutTree(tree: MergeTree, k: number): Int32Array {
	const n = tree.heights.length + 1;
	assertInteger('k', k, 1, n);
	const parent = Int32Array.from({ length: 2 * n - 1 }, (_, i) => i);
	for (let m = 0; m < n - k; m++) {
		parent[tree.merges[2 * m]] = n + m;
		parent[tree.merges[2 * m + 1]] = n + m;
	}
	const root = (i: number): number => {
		while (parent[i] !== i) i = parent[i];
		return i;
	};
	const raw = new Int32Array(n);
	const ids = new Map<number, number>();
	const counts: number[] = [];
	for (let i = 0; i < n; i++) {
		const r = root(i);
		let id = ids.get(r);
		if (id === undefined) {
			id = ids.size;
			ids.set(r, id);
			counts.push(0);
		}
		raw[i] = id;
		counts[id]++;
	}
	const order = counts.map((_, c) => c).sort((a, b) => counts[b] - counts[a] || a - b);
	const rank = new Int32Array(order.length);
	order.forEach((c, r) => (rank[c] = r));
	return raw.map((c) => rank[c]);
}
