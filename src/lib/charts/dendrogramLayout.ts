// Dendrogram geometry from a scipy-style linkage (see LinkageTree), with scipy's
// truncate_mode='lastp': only the last p - 1 merges are drawn, everything below them is contracted
// into leaves labelled with their size, "(12)".
import type { LinkageTree } from './types';

export interface DendroNode {
	/** Cluster id in linkage numbering (< n: a row; n + j: merge j). */
	id: number;
	/** Leaf slot (0-based, left to right) for leaves; mean of the children for merges. */
	x: number;
	/** Merge height; 0 for leaves. */
	height: number;
	/** Rows under this node. */
	size: number;
	/** Children ids for drawn merges, empty for leaves. */
	children: [number, number] | [];
}

export interface DendroLayout {
	/** Drawn nodes by id; leaves first in left-to-right order, then merges bottom-up. */
	nodes: Map<number, DendroNode>;
	/** Leaf ids, left to right. */
	leaves: number[];
	/** Merge ids drawn (the last p - 1 merges or all of them), lowest first. */
	merges: number[];
	rootId: number;
	/** True when merges were contracted. */
	truncated: boolean;
}

function check(tree: LinkageTree): void {
	const m = tree.n - 1;
	if (tree.n < 1) throw new Error('a dendrogram needs at least one row');
	if (tree.merges.length !== 2 * m || tree.heights.length !== m || tree.sizes.length !== m) {
		throw new Error(`linkage for ${tree.n} rows needs ${m} merges (got ${tree.merges.length / 2}), heights and sizes`);
	}
}

/** Layout of `tree` showing at most `p` leaves (scipy lastp). */
export function dendrogramLayout(tree: LinkageTree, p = 50): DendroLayout {
	check(tree);
	const { n, merges, heights, sizes } = tree;
	const m = n - 1;
	const shown = Math.max(0, Math.min(m, Math.max(1, p) - 1));
	const firstShown = n + (m - shown);
	const nodes = new Map<number, DendroNode>();
	const leaves: number[] = [];
	const order: number[] = [];
	if (m === 0) {
		nodes.set(0, { id: 0, x: 0, height: 0, size: 1, children: [] });
		return { nodes, leaves: [0], merges: [], rootId: 0, truncated: false };
	}
	const rootId = n + m - 1;
	// Iterative post-order walk, left child first, as scipy lays leaves out.
	const stack: { id: number; visited: boolean }[] = [{ id: rootId, visited: false }];
	while (stack.length) {
		const top = stack.pop()!;
		const { id } = top;
		if (id < firstShown) {
			leaves.push(id);
			const size = id < n ? 1 : sizes[id - n];
			nodes.set(id, { id, x: leaves.length - 1, height: 0, size, children: [] });
			continue;
		}
		const j = id - n;
		const a = merges[2 * j];
		const b = merges[2 * j + 1];
		if (!top.visited) {
			stack.push({ id, visited: true }, { id: b, visited: false }, { id: a, visited: false });
			continue;
		}
		const x = (nodes.get(a)!.x + nodes.get(b)!.x) / 2;
		nodes.set(id, { id, x, height: heights[j], size: sizes[j], children: [a, b] });
		order.push(id);
	}
	return { nodes, leaves, merges: order.sort((u, v) => u - v), rootId, truncated: shown < m };
}

/** Number of clusters when cutting `tree` at height `h` (merges strictly above the cut stay split). */
export function clustersAt(tree: LinkageTree, h: number): number {
	let above = 0;
	for (let j = 0; j < tree.heights.length; j++) if (tree.heights[j] > h) above++;
	return Math.min(tree.n, above + 1);
}

/** A cut height giving `k` clusters: halfway between the merge heights on either side. */
export function cutHeight(tree: LinkageTree, k: number): number {
	const m = tree.n - 1;
	const kk = Math.max(1, Math.min(tree.n, Math.round(k)));
	if (m === 0) return 0;
	const top = tree.heights[m - 1];
	if (kk === 1) return top + Math.max(top * 0.04, 1e-9);
	const below = kk > m ? 0 : tree.heights[m - kk];
	return (below + tree.heights[m - kk + 1]) / 2;
}

/**
 * Cluster index (0-based, by leftmost leaf) of every drawn node below the top `k - 1` merges;
 * nodes above the cut are left out.
 */
export function clusterOfNodes(layout: DendroLayout, tree: LinkageTree, k: number): Map<number, number> {
	const splitFrom = tree.n + (tree.n - 1) - (Math.max(1, k) - 1);
	const out = new Map<number, number>();
	const roots: number[] = [];
	const visit = (id: number, cluster: number) => {
		out.set(id, cluster);
		for (const c of layout.nodes.get(id)?.children ?? []) visit(c, cluster);
	};
	const find = (id: number) => {
		if (id < splitFrom || !layout.nodes.get(id)?.children.length) roots.push(id);
		else for (const c of layout.nodes.get(id)!.children) find(c);
	};
	find(layout.rootId);
	roots.forEach((id, i) => visit(id, i));
	return out;
}
