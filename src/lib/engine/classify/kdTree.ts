// A kd-tree over the training rows for exact k-nearest-neighbour search in low dimensions.
// Each node keeps the bounding box of its points, and a subtree is skipped only when the box is
// strictly farther than the current k-th candidate, so results (ties included) equal brute force.
// Points are copied in tree order so each leaf scans contiguous memory.
import type { Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';
import { NeighbourHeap } from './neighbourHeap';
import { emptyResult, reportQueries, storeNeighbours, type NeighbourIndex } from './neighbourIndex';
import { selectNth } from './selectNth';

interface KdTree {
	d: number;
	/** Training rows in tree order, row-major. */
	points: Float64Array;
	/** Tree position -> original training row. */
	order: Int32Array;
	start: Int32Array;
	end: Int32Array;
	/** Child node ids; -1 marks a leaf. */
	left: Int32Array;
	right: Int32Array;
	/** Bounding boxes, node-major: node i, dimension j at i * d + j. */
	lo: Float64Array;
	hi: Float64Array;
}

/** Build the tree; leaves hold at most `leafSize` points. */
export function createKdTreeIndex(X: Matrix, leafSize = 32): NeighbourIndex {
	const tree = buildTree(X, Math.max(1, leafSize));
	return {
		method: 'kdtree',
		search: (queries, count, options) => searchAll(tree, queries, count, options)
	};
}

function buildTree(X: Matrix, leafSize: number): KdTree {
	const { rows: n, cols: d, data } = X;
	const order = Int32Array.from({ length: n }, (_, i) => i);
	const start: number[] = [];
	const end: number[] = [];
	const left: number[] = [];
	const right: number[] = [];
	const lo: number[] = [];
	const hi: number[] = [];

	const build = (s: number, e: number): number => {
		const id = start.length;
		start.push(s);
		end.push(e);
		left.push(-1);
		right.push(-1);
		let widest = 0;
		let spread = -1;
		for (let j = 0; j < d; j++) {
			let min = Infinity;
			let max = -Infinity;
			for (let p = s; p < e; p++) {
				const v = data[order[p] * d + j];
				if (v < min) min = v;
				if (v > max) max = v;
			}
			lo.push(min);
			hi.push(max);
			if (max - min > spread) {
				spread = max - min;
				widest = j;
			}
		}
		if (e - s <= leafSize || spread <= 0) return id;
		const mid = (s + e) >> 1;
		selectNth(order, data, d, widest, s, e - 1, mid);
		left[id] = build(s, mid);
		right[id] = build(mid, e);
		return id;
	};
	if (n > 0) build(0, n);

	const points = new Float64Array(n * d);
	for (let p = 0; p < n; p++) points.set(data.subarray(order[p] * d, order[p] * d + d), p * d);
	return {
		d,
		points,
		order,
		start: Int32Array.from(start),
		end: Int32Array.from(end),
		left: Int32Array.from(left),
		right: Int32Array.from(right),
		lo: Float64Array.from(lo),
		hi: Float64Array.from(hi)
	};
}

function searchAll(tree: KdTree, queries: Matrix, count: number, options?: LongTaskOptions) {
	const result = emptyResult(queries.rows, count);
	const heap = new NeighbourHeap(count);
	const d = tree.d;
	for (let q = 0; q < queries.rows; q++) {
		if (q % 512 === 0) reportQueries(q, queries.rows, options);
		const point = queries.data.subarray(q * d, q * d + d);
		heap.reset();
		if (tree.start.length > 0) visit(tree, 0, boxDistance(tree, 0, point), point, heap);
		storeNeighbours(heap, result, q);
	}
	reportQueries(queries.rows, queries.rows, options);
	return result;
}

function visit(tree: KdTree, node: number, bound: number, q: Float64Array, heap: NeighbourHeap): void {
	if (bound > heap.worst) return;
	const l = tree.left[node];
	if (l < 0) {
		scanLeaf(tree, node, q, heap);
		return;
	}
	const r = tree.right[node];
	const boundLeft = boxDistance(tree, l, q);
	const boundRight = boxDistance(tree, r, q);
	if (boundLeft <= boundRight) {
		visit(tree, l, boundLeft, q, heap);
		visit(tree, r, boundRight, q, heap);
	} else {
		visit(tree, r, boundRight, q, heap);
		visit(tree, l, boundLeft, q, heap);
	}
}

function scanLeaf(tree: KdTree, node: number, q: Float64Array, heap: NeighbourHeap): void {
	const { d, points, order } = tree;
	const e = tree.end[node];
	let worst = heap.worst;
	for (let p = tree.start[node]; p < e; p++) {
		const base = p * d;
		let s = 0;
		let j = 0;
		// Checking the partial sum every 4 features keeps most of the early exit at a quarter of the branches.
		while (j < d) {
			const stop = Math.min(j + 4, d);
			for (; j < stop; j++) {
				const diff = q[j] - points[base + j];
				s += diff * diff;
			}
			if (s > worst) break;
		}
		if (s <= worst) {
			heap.push(s, order[p]);
			worst = heap.worst;
		}
	}
}

/** Squared distance from q to the node's bounding box (0 inside it). */
function boxDistance(tree: KdTree, node: number, q: Float64Array): number {
	const { d, lo, hi } = tree;
	let s = 0;
	for (let j = 0, o = node * d; j < d; j++, o++) {
		const v = q[j];
		const below = lo[o] - v;
		const above = v - hi[o];
		if (below > 0) s += below * below;
		else if (above > 0) s += above * above;
	}
	return s;
}
