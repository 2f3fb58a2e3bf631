// Fixed-radius neighbour search for DBSCAN without an n x n matrix: a kd-tree over a copy of the rows
// in tree order (leaves of at most 32 rows scan contiguous memory), with bounding boxes so a subtree
// is visited only when its box comes within the radius. In high dimensions it degrades gracefully
// to a blocked brute-force scan. Memory: the copy (n x d) plus O(n) for the tree.
// Rows can be marked done (DBSCAN: labelled); withinPending() then skips them and every subtree
// with nothing left pending, so growing a dense cluster stops rescanning its finished parts.
import type { Matrix } from '../matrix';

const leafSize = 32;

export class RadiusIndex {
	private readonly d: number;
	private readonly points: Float64Array;
	private readonly order: Int32Array;
	private readonly nodes: { start: number[]; end: number[]; left: number[]; right: number[]; lo: number[]; hi: number[] };
	private found = new Int32Array(64);
	private foundCount = 0;
	/** Per node: parent (-1 at the root) and rows not yet marked done in its subtree. */
	private parent: Int32Array = new Int32Array(0);
	private pending: Int32Array = new Int32Array(0);
	/** Per tree position: 1 once done. Per row: its leaf. */
	private doneAt: Uint8Array;
	private leafOf: Int32Array;
	private positionOf: Int32Array;

	constructor(private readonly X: Matrix) {
		const { rows: n, cols: d } = X;
		this.d = d;
		this.order = Int32Array.from({ length: n }, (_, i) => i);
		this.nodes = { start: [], end: [], left: [], right: [], lo: [], hi: [] };
		if (n > 0) this.build(0, n);
		this.points = new Float64Array(n * d);
		for (let p = 0; p < n; p++) this.points.set(X.data.subarray(this.order[p] * d, this.order[p] * d + d), p * d);
		this.doneAt = new Uint8Array(n);
		this.leafOf = new Int32Array(n);
		this.positionOf = new Int32Array(n);
		this.indexLeaves();
	}

	/** Mark a row done: withinPending() will not return it again. */
	markDone(row: number): void {
		const p = this.positionOf[row];
		if (this.doneAt[p]) return;
		this.doneAt[p] = 1;
		for (let node = this.leafOf[row]; node >= 0; node = this.parent[node]) this.pending[node]--;
	}

	/** Like within(), but only rows not marked done. */
	withinPending(row: number, radius: number): Int32Array {
		this.foundCount = 0;
		if (this.nodes.start.length && this.pending[0] > 0) this.visit(0, row, radius * radius, Infinity, true);
		return this.found.subarray(0, this.foundCount);
	}

	private indexLeaves(): void {
		const { start, end, left, right } = this.nodes;
		const count = start.length;
		this.parent = new Int32Array(count).fill(-1);
		this.pending = Int32Array.from({ length: count }, (_, node) => end[node] - start[node]);
		for (let node = 0; node < count; node++) {
			if (left[node] >= 0) {
				this.parent[left[node]] = node;
				this.parent[right[node]] = node;
				continue;
			}
			for (let p = start[node]; p < end[node]; p++) {
				this.leafOf[this.order[p]] = node;
				this.positionOf[this.order[p]] = p;
			}
		}
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

	/** Visit a node whose box is within reach (the caller checked); nearer child first, so a count stops early. */
	private visit(node: number, row: number, r2: number, stopAt: number, onlyPending = false): void {
		const { left, right } = this.nodes;
		if (left[node] >= 0) {
			const a = left[node];
			const b = right[node];
			const da = onlyPending && this.pending[a] === 0 ? Infinity : this.boxDistance(a, row);
			const db = onlyPending && this.pending[b] === 0 ? Infinity : this.boxDistance(b, row);
			const [near, far, dNear, dFar] = da <= db ? [a, b, da, db] : [b, a, db, da];
			if (dNear <= r2) this.visit(near, row, r2, stopAt, onlyPending);
			if (dFar <= r2 && this.foundCount < stopAt) this.visit(far, row, r2, stopAt, onlyPending);
			return;
		}
		const doneAt = this.doneAt;
		const { d, points, order } = this;
		const q = this.X.data;
		const qb = row * d;
		for (let p = this.nodes.start[node], e = this.nodes.end[node]; p < e && this.foundCount < stopAt; p++) {
			if (onlyPending && doneAt[p]) continue;
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
