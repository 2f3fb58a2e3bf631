// The WebAssembly SIMD KMeansShard. Its rows are written once into its own instance's memory; each
// call then sends centres in and gets k x d sums (or a few numbers) out. Bounded passes use Hamerly's
// single lower bound below yinyangFromK centres and Yinyang's group bounds from there, so later
// iterations skip most distances even at k = 200. Labels equal a full pass's with distances summed
// feature by feature (oracle.ts), ties to the lowest centre index.
import { halfGaps } from '../cluster/hamerly';
import type { StepResult } from '../parallel/shard';
import type { LabelledShard } from './oracle';
import { centreGroups, centrePositions, yinyangFromK } from './centreGroups';
import { FINISH, instantiateKernels, START, type KernelExports } from './kernels';
import { createShardMemory, type ShardMemory } from './shardMemory';

export { wasmAvailable } from './kernels';

/** The shard, with the labels of its last pass and a count of the distances it has computed (for benchmarks). */
export interface WasmShard extends LabelledShard {
	distancesComputed(): number;
	/** The shard's rows where the kernels read them: a fresh view each call (the memory may have grown since). Do not keep it. */
	rowsView(): Float64Array;
}

/** A WebAssembly shard's memory, its rows written in place (a pool worker writes them chunk by chunk) before build(). */
export interface WasmShardRows {
	/** Where the rows go (row-major): a fresh view each call. */
	values(): Float64Array;
	/** The shard over the rows written so far (the margin is read from them now); once only. */
	build(): WasmShard;
}

/** An instance with room for `rows` rows of `d` values and their bounds, rows not written yet. */
export function allocateWasmShard(rows: number, d: number): WasmShardRows {
	if (!(Number.isInteger(rows) && Number.isInteger(d) && rows > 0 && d > 0)) throw new Error(`a shard needs at least one row and one feature (got ${rows} x ${d})`);
	const ex = instantiateKernels();
	const mem = createShardMemory(ex, rows, d);
	let built = false;
	return {
		values: () => mem.f64(mem.X, rows * d),
		build() {
			if (built) throw new Error('this shard was already built over its rows');
			built = true;
			return shardOver(ex, mem, rows, d);
		}
	};
}

/** A shard over `rows` rows of `d` values in X (row-major; copied, X is not kept). */
export function createWasmShard(X: Float64Array, rows: number, d: number): WasmShard {
	if (X.length !== rows * d) throw new Error(`a shard of ${rows} rows x ${d} features needs ${rows * d} values, got ${X.length}`);
	const storage = allocateWasmShard(rows, d);
	storage.values().set(X);
	return storage.build();
}

function largestAbs(X: Float64Array): number {
	let maxAbs = 0;
	for (let p = 0; p < X.length; p++) {
		// Written so a NaN is skipped: Math.max would make the margin NaN and every bound test false.
		const v = Math.abs(X[p]);
		if (v > maxAbs) maxAbs = v;
	}
	return maxAbs;
}

function shardOver(ex: KernelExports, mem: ShardMemory, rows: number, d: number): WasmShard {
	// As kmeans(): bounds closer than 1e-10 x (1 + largest |value| x sqrt(d)) are recomputed exactly.
	const margin = 1e-10 * (1 + largestAbs(mem.f64(mem.X, rows * d)) * Math.sqrt(d));
	let k = 0;
	let yinyang = false;
	let started = false;
	let perm: Int32Array = new Int32Array(0);
	let groupOf: Int32Array = new Int32Array(0);
	// Yinyang's running total of the largest move, and whether the bounds stopped paying (next pass full).
	let moved = 0;
	let fullNext = false;

	function configure(centres: Float64Array, count: number): void {
		if (!(Number.isInteger(count) && count > 0 && centres.length === count * d)) {
			throw new Error(`centres must be k x ${d} values with k >= 1 (got ${centres.length} values for k = ${count})`);
		}
		k = count;
		yinyang = k >= yinyangFromK;
		const grouping = yinyang ? centreGroups(centres, k, d) : { groupOf: new Int32Array(k), groups: 1 };
		groupOf = grouping.groupOf;
		const positions = centrePositions(groupOf, grouping.groups);
		perm = positions.perm;
		mem.layoutCentres(k, perm.length, grouping.groups, yinyang ? grouping.groups + 1 : 1, margin);
		mem.i32(mem.perm, perm.length).set(perm);
		mem.i32(mem.groupStart, grouping.groups + 1).set(positions.groupStart);
		mem.i32(mem.groupOf, k).set(groupOf);
		started = false;
	}

	/** Writes the transposed centres the kernels scan (padding +Infinity, so it never wins). */
	function writeTransposed(centres: Float64Array): void {
		const kp = perm.length;
		const CT = mem.f64(mem.CT, d * kp);
		for (let p = 0; p < kp; p++) {
			const c = perm[p];
			for (let t = 0; t < d; t++) CT[t * kp + p] = c >= 0 ? centres[c * d + t] : Infinity;
		}
	}

	/** A full Yinyang pass: bounds exact again, sums rebuilt, running totals back to 0. */
	function yinyangFull(): number {
		mem.f64(mem.shifts, k).fill(0);
		mem.f64(mem.groupShift, mem.groups).fill(0);
		mem.f64(mem.sums, k * d).fill(0);
		mem.f64(mem.counts, k).fill(0);
		moved = 0;
		fullNext = false;
		return ex.yinyangFull();
	}

	/** A bounded Yinyang pass; when it computed over half the distances, the next pass is a full one (cheaper then). */
	function yinyangStep(shifts: Float64Array): number {
		if (fullNext) return yinyangFull();
		const totals = mem.f64(mem.shifts, k);
		const groupTotals = mem.f64(mem.groupShift, mem.groups);
		const groupMove = new Float64Array(mem.groups);
		let largest = 0;
		for (let c = 0; c < k; c++) {
			totals[c] += shifts[c];
			groupMove[groupOf[c]] = Math.max(groupMove[groupOf[c]], shifts[c]);
			largest = Math.max(largest, shifts[c]);
		}
		for (let g = 0; g < mem.groups; g++) groupTotals[g] += groupMove[g];
		moved += largest;
		const before = ex.distancesComputed();
		const changed = ex.yinyangStep(moved);
		fullNext = ex.distancesComputed() - before > 0.5 * rows * perm.length;
		return changed;
	}

	function result(changed: number): StepResult {
		return { sums: mem.f64(mem.sums, k * d).slice(), counts: mem.f64(mem.counts, k).slice(), changed };
	}

	function requireStarted(): void {
		if (!started) throw new Error('the shard has no centres yet: call start() before step() or farthest()');
	}

	return {
		rows,
		d,
		seed(centre) {
			// k-means++ writes over the lower bounds (shardMemory.ts): a new run must start().
			started = false;
			mem.f64(mem.scratch(d * 8), d).set(centre);
			return ex.updateClosest(mem.scratchAt(), 0);
		},
		commit(centre) {
			started = false;
			mem.f64(mem.scratch(d * 8), d).set(centre);
			return ex.updateClosest(mem.scratchAt(), 1);
		},
		trial(candidates, count) {
			const mp = Math.ceil(count / 4) * 4;
			const at = mem.scratch((d + 1) * mp * 8);
			const T = mem.f64(at, d * mp);
			for (let p = 0; p < mp; p++) for (let t = 0; t < d; t++) T[t * mp + p] = p < count ? candidates[p * d + t] : Infinity;
			ex.trialPotentials(at, mp, at + d * mp * 8);
			return mem.f64(at + d * mp * 8, count).slice();
		},
		pick(target) {
			return ex.pickRow(target);
		},
		row(i) {
			if (!(Number.isInteger(i) && i >= 0 && i < rows)) throw new Error(`row ${i} is outside this shard's ${rows} rows`);
			return mem.f64(mem.X + i * d * 8, d).slice();
		},
		start(centres, count) {
			configure(centres, count);
			mem.f64(mem.centres, k * d).set(centres);
			writeTransposed(centres);
			mem.f64(mem.sums, k * d).fill(0);
			mem.f64(mem.counts, k).fill(0);
			if (yinyang) yinyangFull();
			else {
				// Hamerly's bounds are stored relative to running totals (wasm/assembly/hamerly.ts): 0 on start.
				mem.f64(mem.shifts, k).fill(0);
				mem.f64(mem.others, k).fill(0);
				ex.nearestRows(0, rows, 0, START);
			}
			started = true;
			return result(rows);
		},
		step(centres) {
			requireStarted();
			if (centres.length !== k * d) throw new Error(`step() needs k x d = ${k * d} centre values, got ${centres.length}`);
			const old = mem.f64(mem.centres, k * d);
			const shifts = new Float64Array(k);
			for (let c = 0; c < k; c++) {
				let s = 0;
				for (let t = 0; t < d; t++) {
					const u = centres[c * d + t] - old[c * d + t];
					s += u * u;
				}
				shifts[c] = Math.sqrt(s);
			}
			old.set(centres);
			writeTransposed(centres);
			if (yinyang) return result(yinyangStep(shifts));
			halfGaps(centres, k, d, mem.f64(mem.half, k));
			let first = 0;
			let second = 0;
			let firstIndex = -1;
			for (let c = 0; c < k; c++) {
				if (shifts[c] > first) {
					second = first;
					first = shifts[c];
					firstIndex = c;
				} else if (shifts[c] > second) second = shifts[c];
			}
			// Hamerly's update: a row's upper bound grows by its centre's move, its lower bound shrinks by
			// the largest move of the other centres.
			const totals = mem.f64(mem.shifts, k);
			const others = mem.f64(mem.others, k);
			for (let c = 0; c < k; c++) {
				totals[c] += shifts[c];
				others[c] += c === firstIndex ? second : first;
			}
			return result(ex.hamerlyStep());
		},
		finish(centres) {
			const count = centres.length / d;
			if (count !== k) configure(centres, count);
			writeTransposed(centres);
			// A block at a time: the labels land in the kernels' list, a block long (the inertia adds up across blocks).
			const labels = k <= 256 ? new Uint8Array(rows) : new Int32Array(rows);
			for (let from = 0; from < rows; from += mem.listRows) {
				const to = Math.min(rows, from + mem.listRows);
				ex.nearestRows(from, to, 0, FINISH);
				labels.set(mem.i32(mem.list, to - from), from);
			}
			return { labels, inertia: ex.lastInertia() };
		},
		farthest(count) {
			requireStarted();
			const m = Math.max(0, Math.min(count, rows));
			const at = mem.scratch(m * 12 + 16);
			const distAt = at + Math.ceil((m * 4) / 16) * 16;
			const found = ex.farthestRows(m, at, distAt);
			const which = mem.i32(at, found).slice();
			const out = new Float64Array(found * d);
			which.forEach((i, r) => out.set(mem.f64(mem.X + i * d * 8, d), r * d));
			return { rows: out, distances: mem.f64(distAt, found).slice() };
		},
		labels: () => mem.i32(mem.labels, rows).slice(),
		distancesComputed: () => ex.distancesComputed(),
		rowsView: () => mem.f64(mem.X, rows * d)
	};
}
