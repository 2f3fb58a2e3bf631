// Fixed-radius neighbour search for DBSCAN without an n x n matrix: a kd-tree over a copy of the rows
// in tree order (leaves of at most 32 rows scan contiguous memory), with bounding boxes so a subtree
// is visited only when its box comes within the radius. In high dimensions it degrades gracefully
// to a blocked brute-force scan. Memory: the copy (n x d) plus O(n) for the tree.
import type { Matrix } from '../matrix';

const leafSize = 32;

export class RadiusIndex {
	private readonly d: number;
	private readonly points: Float64Array;
	private readonly order: Int32Array;
	private readonly nodes: { start: number[]; end: number[]; left: number[]; right: number[]; lo: number[]; hi: number[] };
	private found = new Int32Array(64);
	private foundCount = 0;

	constructor(private readonly X: Matrix) {
		const { rows: n, cols: d } = X;
		this.d = d;
		this.order = Int32Array.from({ length: n }, (_, i) => i);
		this.nodes = { start: [], end: [], left: [], right: [], lo: [], hi: [] };
		if (n > 0) this.build(0, n);
		this.points = new Float64Array(n * d);
		for (let p = 0; p < n; p++) this.points.set(X.data.subarray(this.order[p] * d, this.order[p] * d + d), p * d);
	}

	/** Rows within `radius` (distance <= radius, the row itself included), in no particular order; valid until the next call. */
	within(row: number, radius: number): Int32Array {
		this.foundCount = 0;
		if (this.nodes.start.length) this.visit(0, row, radius * radius, Infinity);
		return this.found.subarray(0, this.foundCount);
	}

	/** How many rows lie within `radius` of `row` (itself included), counting no further than `stopAt`. */
	countWithin(row: number, radius: number, stopAt: number): number {
		this.foundCount = 0;
		if (this.nodes.start.length) this.visit(0, row, radius * radius, stopAt);
		return this.foundCount;
	}

	private visit(node: number, row: number, r2: number, stopAt: number): void {
		if (this.foundCount >= stopAt || this.boxDistance(node, row) > r2) return;
		const { left, right } = this.nodes;
		if (left[node] >= 0) {
			this.visit(left[node], row, r2, stopAt);
			this.visit(right[node], row, r2, stopAt);
			return;
		}
		const { d, points, order } = this;
		const q = this.X.data;
		const qb = row * d;
		for (let p = this.nodes.start[node], e = this.nodes.end[node]; p < e && this.foundCount < stopAt; p++) {
			let s = 0;
			for (let t = 0, b = p * d; t < d && s <= r2; t++) {
				const u = q[qb + t] - points[b + t];
				s += u * u;
			}
			if (s <= r2) this.push(order[p]);
		}
	}

	private push(row: number): void {
		if (this.foundCount === this.found.length) {
			const bigger = new Int32Array(this.found.length * 2);
			bigger.set(this.found);
			this.found = bigger;
		}
		this.found[this.foundCount++] = row;
	}

	private boxDistance(node: number, row: number): number {
		const { d } = this;
		const { lo, hi } = this.nodes;
		const q = this.X.data;
		let s = 0;
		for (let t = 0, o = node * d; t < d; t++, o++) {
			const v = q[row * d + t];
			if (v < lo[o]) s += (lo[o] - v) * (lo[o] - v);
			else if (v > hi[o]) s += (v - hi[o]) * (v - hi[o]);
		}
		return s;
	}

	private build(s: number, e: number): number {
		const { d, order, nodes } = this;
		const data = this.X.data;
		const id = nodes.start.length;
		nodes.start.push(s);
		nodes.end.push(e);
		nodes.left.push(-1);
		nodes.right.push(-1);
		let widest = 0;
		let spread = -1;
		for (let t = 0; t < d; t++) {
			let min = Infinity;
			let max = -Infinity;
			for (let p = s; p < e; p++) {
				const v = data[order[p] * d + t];
				if (v < min) min = v;
				if (v > max) max = v;
			}
			nodes.lo.push(min);
			nodes.hi.push(max);
			if (max - min > spread) {
				spread = max - min;
				widest = t;
			}
		}
		if (e - s <= leafSize || spread <= 0) return id;
		const mid = (s + e) >> 1;
		this.partition(s, e, mid, widest);
		nodes.left[id] = this.build(s, mid);
		nodes.right[id] = this.build(mid, e);
		return id;
	}

	/** Reorder order[s..e) so position `mid` holds the median along column t (quickselect). */
	private partition(s: number, e: number, mid: number, t: number): void {
		const { order, d } = this;
		const data = this.X.data;
		let lo = s;
		let hi = e - 1;
		while (lo < hi) {
			const pivot = data[order[(lo + hi) >> 1] * d + t];
			let i = lo;
			let j = hi;
			while (i <= j) {
				while (data[order[i] * d + t] < pivot) i++;
				while (data[order[j] * d + t] > pivot) j--;
				if (i <= j) {
					const tmp = order[i];
					order[i] = order[j];
					order[j] = tmp;
					i++;
					j--;
				}
			}
			if (mid <= j) hi = j;
			else if (mid >= i) lo = i;
			else break;
		}
	}
}
