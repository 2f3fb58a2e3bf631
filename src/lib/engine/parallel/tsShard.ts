// The TypeScript KMeansShard: the oracle the WebAssembly shard is checked against and the fallback
// where WebAssembly is missing. It runs the very passes of cluster/hamerly.ts and the k-means++
// kernels of cluster/kmeansPlusPlus.ts on its own rows, so one shard holding every row makes the
// same arithmetic, in the same order, as kmeans() on the whole matrix.
import { candidatePotentials, updateClosest } from '../cluster/kmeansPlusPlus';
import { assignAll, assignBounded, createHamerlyWorkspace, halfGaps, moveBounds, type State } from '../cluster/hamerly';
import { lloydPartial } from '../cluster/lloyd';
import { largestIndices } from '../cluster/relocate';
import { padCentres, type PaddedCentres } from '../cluster/nearest';
import { createMatrix } from '../matrix';
import type { KMeansShard, StepResult } from './shard';

export interface TsShardOptions {
	/** false: every pass is a full one (kmeans()'s method 'lloyd'); default true (Hamerly's bounds). */
	bounded?: boolean;
	/** The largest |value| in X when the caller knows it (kmeans()' summary), saving a pass. */
	maxAbs?: number;
}

/** A shard over `rows` rows of `d` values in X (row-major; X is used in place, not copied). */
export function createTsShard(X: Float64Array, rows: number, d: number, options: TsShardOptions = {}): KMeansShard {
	const bounded = options.bounded ?? true;
	if (X.length !== rows * d) throw new Error(`a shard of ${rows} rows x ${d} features needs ${rows * d} values, got ${X.length}`);
	const matrix = createMatrix(rows, d, X);
	const workspace = createHamerlyWorkspace(rows);
	// Seeding and the Lloyd passes never overlap (a start seeds, then iterates), so k-means++'s
	// distances to the nearest chosen centre borrow the lower bounds' buffer: 8 bytes a row saved.
	const closest = workspace.lower;
	let maxAbs = options.maxAbs ?? 0;
	// NaN is skipped (Math.max would spread it into the margin and turn every bound test false).
	if (options.maxAbs === undefined) for (let p = 0; p < X.length; p++) if (Math.abs(X[p]) > maxAbs) maxAbs = Math.abs(X[p]);
	let state: State | undefined;
	let last = new Float64Array(0);
	let padded: PaddedCentres | undefined;
	let half = new Float64Array(0);

	const result = (s: State, changed: number): StepResult => ({ sums: s.sums.slice(), counts: Float64Array.from(s.counts), changed });

	return {
		rows,
		d,
		seed(centre) {
			closest.fill(Infinity);
			return updateClosest(matrix, centre, closest);
		},
		trial(candidates, count) {
			return candidatePotentials(matrix, candidates, count, closest);
		},
		commit(centre) {
			return updateClosest(matrix, centre, closest);
		},
		pick(target) {
			// As drawRows: the first row whose running sum exceeds the target, else the last row of positive weight.
			let sum = 0;
			for (let i = 0; i < rows; i++) {
				sum += closest[i];
				if (sum > target) return i;
			}
			let i = rows - 1;
			while (i > 0 && !(closest[i] > 0)) i--;
			return i;
		},
		row(i) {
			if (!(Number.isInteger(i) && i >= 0 && i < rows)) throw new Error(`row ${i} is outside this shard's ${rows} rows`);
			return X.slice(i * d, i * d + d);
		},
		start(centres, k) {
			// The margin is kmeans()'s: 1e-10 x (1 + largest |value| x sqrt(d)), here over this shard's rows.
			state = { X: matrix, k, ...workspace, sums: new Float64Array(k * d), counts: new Int32Array(k), margin: 1e-10 * (1 + maxAbs * Math.sqrt(d)), recomputed: rows };
			last = centres.slice();
			half = new Float64Array(k);
			padded = padCentres(last, k, d);
			return result(state, assignAll(state, padded, true));
		},
		step(centres) {
			const s = started(state);
			const shifts = new Float64Array(s.k);
			for (let c = 0; c < s.k; c++) {
				let sq = 0;
				for (let t = 0, o = c * d; t < d; t++) {
					const u = centres[o + t] - last[o + t];
					sq += u * u;
				}
				shifts[c] = Math.sqrt(sq);
			}
			moveBounds(s, shifts);
			last.set(centres);
			padded = padCentres(last, s.k, d, padded);
			const full = !bounded || s.recomputed > rows / 4;
			return result(s, full ? assignAll(s, padded, false) : assignBounded(s, padded, halfGaps(last, s.k, d, half)));
		},
		finish(centres) {
			const k = centres.length / d;
			const pass = lloydPartial(matrix, 0, rows, centres, k);
			return { labels: pass.labels, inertia: pass.inertia };
		},
		farthest(count) {
			const s = started(state);
			const distances = new Float64Array(rows);
			for (let i = 0; i < rows; i++) {
				let sq = 0;
				for (let t = 0, b = i * d, o = s.labels[i] * d; t < d; t++) {
					const u = X[b + t] - last[o + t];
					sq += u * u;
				}
				distances[i] = sq;
			}
			const top = largestIndices(distances, Math.min(count, rows));
			const out = new Float64Array(top.length * d);
			top.forEach((i, r) => out.set(X.subarray(i * d, i * d + d), r * d));
			return { rows: out, distances: Float64Array.from(top, (i) => distances[i]) };
		}
	};
}

function started(state: State | undefined): State {
	if (!state) throw new Error('the shard has no centres yet: call start() before step() or farthest()');
	return state;
}
