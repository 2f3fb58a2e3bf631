// k-means over rows split into shards, as kmeans() runs it on one matrix: greedy k-means++ with the
// same random draws (so one shard holding every row picks the same rows), Hamerly-bounded Lloyd
// passes, empty clusters re-seeded with the farthest rows, scikit-learn's stopping rules, and the
// start with the lowest inertia kept. Only centres go to the shards and k x d sums come back.
// The shards keep their own labels: a row the driver moves to an empty cluster is moved in the sums
// here and re-labelled by the shard's next exact pass (the centre sits on it), so labels stay those
// of a full Lloyd pass; only the "changed" count of that one pass can differ from runHamerly's.
// kmeans() is this driver on one in-process TypeScript shard; the pools run it on their shards.
// Above SEED_SAMPLE_FROM rows the k-means++ draws are made on one seeded sample of SEED_SAMPLE_SIZE
// rows (every start's Lloyd passes still run on all rows): at a million rows seeding ten starts over
// every row cost ~2 s, nine tenths of a run. bench/seedSample.ts compares the kept start's inertia with
// seeding over every row on blobs and on two real tables bootstrapped to 500,000 rows: equal or within
// the spread between seeds (on the card-usage table 0.97-1.03x per seed, a little lower on average).
import { inertiaOfSums } from '../cluster/hamerly';
import { kmeansPlusPlus } from '../cluster/kmeansPlusPlus';
import { lloydPartial, updateCentres } from '../cluster/lloyd';
import type { MatrixSummary } from '../cluster/summary';
import { createMatrix, type Matrix } from '../matrix';
import { checkStop, type LongTaskOptions } from '../progress';
import { createRandom, sampleIndices } from '../random';
import { onAll, onEach, onOne, type ShardSteps } from './shardCalls';
import type { StepResult } from './shard';

/** Rows of the sample the k-means++ draws are made on, above SEED_SAMPLE_FROM rows. */
export const SEED_SAMPLE_SIZE = 50_000;
/** Rows above which k-means++ draws from a sample. */
export const SEED_SAMPLE_FROM = 100_000;

export interface ShardedKMeansInput extends LongTaskOptions {
	/** Rows of each shard, in row order. */
	shardRows: number[];
	d: number;
	k: number;
	seed: number;
	/** k-means++ starts (kmeansStarts' count); 1 with `init`. */
	starts: number;
	maxIterations: number;
	/** Absolute: scikit-learn's tol already multiplied by the mean per-feature variance. */
	tolerance: number;
	/** Explicit initial centres (k x d): one run from them. */
	init?: Float64Array;
	/** Column means and total sum of squares of all rows: a start's inertia comes from its sums, as in kmeans(). */
	summary: Pick<MatrixSummary, 'mean' | 'totalSumOfSquares'>;
}

/** The kept start: its raw labels (0..k-1, before renumbering by size) and how it ended. */
export interface ShardedKMeansOutput {
	labels: Int32Array;
	/** The centres the labels were assigned to (k x d, raw order), as scikit-learn's cluster_centers_. */
	centres: Float64Array;
	inertia: number;
	iterations: number;
	/** True when the last iteration changed no label. */
	strict: boolean;
}

/** How one start ended: its final centres and the inertia to them (from the sums). */
interface StartResult {
	centres: Float64Array;
	inertia: number;
	iterations: number;
	strict: boolean;
}

export function* kmeansOverShards(input: ShardedKMeansInput): ShardSteps<ShardedKMeansOutput> {
	const { starts, shardRows } = input;
	const random = createRandom(input.seed);
	const n = shardRows.reduce((a, b) => a + b, 0);
	let sample = !input.init && n > SEED_SAMPLE_FROM ? yield* sampleOverShards(shardRows, input.d, input.seed) : undefined;
	const closest = new Float64Array(sample?.rows ?? 0);
	let best: StartResult | undefined;
	for (let r = 0; r < starts; r++) {
		let init = input.init;
		if (!init && sample) {
			try {
				init = kmeansPlusPlus(sample, input.k, random, closest).centres;
			} catch {
				// Fewer than k distinct rows in the sample (tiny groups): draw from every row from here on.
				sample = undefined;
			}
		}
		init ??= yield* seedOverShards(input, random);
		const run = yield* lloydOverShards(input, init);
		// A start must beat the best by more than rounding noise, so equal solutions keep the earlier start.
		if (!best || run.inertia < best.inertia * (1 - 1e-12)) best = run;
		input.onProgress?.((r + 1) / starts, `start ${r + 1} of ${starts}`);
	}
	if (!best) throw new Error(`k-means needs at least one start (got ${starts}) over ${shardRows.length} shards`);
	// Labels only for the kept start: one exact pass against its centres (the labels its last pass gave).
	const finished = yield* onAll(shardRows.length, 'finish', best.centres);
	const labels = new Int32Array(shardRows.reduce((a, b) => a + b, 0));
	let offset = 0;
	let inertia = 0;
	for (const f of finished) {
		labels.set(f.labels, offset);
		offset += f.labels.length;
		inertia += f.inertia;
	}
	return { labels, centres: best.centres, inertia, iterations: best.iterations, strict: best.strict };
}

/** SEED_SAMPLE_SIZE rows drawn with the seed (sorted, so in row order), gathered from the shards. */
function* sampleOverShards(shardRows: number[], d: number, seed: number): ShardSteps<Matrix> {
	const n = shardRows.reduce((a, b) => a + b, 0);
	const picked = sampleIndices(n, SEED_SAMPLE_SIZE, createRandom(seed + 3));
	let start = 0;
	let from = 0;
	const local = shardRows.map((rows) => {
		let to = from;
		while (to < picked.length && picked[to] < start + rows) to++;
		const indices = picked.subarray(from, to).map((i) => i - start);
		[from, start] = [to, start + rows];
		return [indices] as [Int32Array];
	});
	const parts = yield* onEach('rowsAt', local);
	const X = createMatrix(picked.length, d);
	let offset = 0;
	for (const part of parts) {
		X.data.set(part, offset);
		offset += part.length;
	}
	return X;
}

/** Greedy k-means++ as cluster/kmeansPlusPlus.ts: the same draws from `random`, in the same order. */
function* seedOverShards(input: ShardedKMeansInput, random: ReturnType<typeof createRandom>): ShardSteps<Float64Array> {
	const { k, d, shardRows } = input;
	const shards = shardRows.length;
	const n = shardRows.reduce((a, b) => a + b, 0);
	const trials = 2 + Math.floor(Math.log(k));
	const centres = new Float64Array(k * d);
	const first = locate(shardRows, random.int(n));
	centres.set(yield* onOne(first.shard, 'row', first.index), 0);
	let pots = yield* onAll(shards, 'seed', centres.slice(0, d));
	for (let c = 1; c < k; c++) {
		const pot = total(pots);
		if (!(pot > 0)) {
			throw new Error(`k = ${k} but the data has only ${c} distinct ${c === 1 ? 'row' : 'rows'}; choose k <= ${c}`);
		}
		// All draws first (the generator's order), then one round of picks and one of rows for all of them.
		const draws = Array.from({ length: trials }, () => drawShard(pots, random.next() * pot));
		const picks = (yield draws.map(({ shard, target }) => ({ shard, method: 'pick', args: [target] }))) as number[];
		const rows = (yield draws.map(({ shard }, t) => ({ shard, method: 'row', args: [picks[t]] }))) as Float64Array[];
		const candidates = new Float64Array(trials * d);
		rows.forEach((row, t) => candidates.set(row, t * d));
		const perShard = yield* onAll(shards, 'trial', candidates, trials);
		let chosen = 0;
		const trialPots = new Float64Array(trials);
		for (const p of perShard) for (let t = 0; t < trials; t++) trialPots[t] += p[t];
		for (let t = 1; t < trials; t++) if (trialPots[t] < trialPots[chosen]) chosen = t;
		const centre = candidates.slice(chosen * d, chosen * d + d);
		centres.set(centre, c * d);
		pots = yield* onAll(shards, 'commit', centre);
	}
	return centres;
}

/** One run from `init`: Hamerly passes on the shards, centre updates and relocation here. */
function* lloydOverShards(input: ShardedKMeansInput, init: Float64Array): ShardSteps<StartResult> {
	const { k, d, shardRows, maxIterations, tolerance, summary } = input;
	const shards = shardRows.length;
	let centres = init.slice();
	let next = new Float64Array(centres.length);
	let iterations = 0;
	let strict = false;
	let sums: Float64Array = new Float64Array(k * d);
	let counts: Int32Array = new Int32Array(k);
	while (iterations < maxIterations) {
		checkStop(input);
		const parts = iterations === 0 ? yield* onAll(shards, 'start', centres, k) : yield* onAll(shards, 'step', centres);
		const step = reduceSteps(parts, k, d);
		({ sums, counts } = step);
		const changed = step.changed;
		const moved = yield* relocateOverShards(shards, centres, sums, counts, d);
		const shift = updateCentres(sums, counts, centres, next);
		[centres, next] = [next, centres];
		iterations++;
		if (changed === 0 && moved === 0) {
			strict = true;
			break;
		}
		if (shift <= tolerance) break;
	}
	// As runHamerly: unless the last pass changed nothing, one more (bounded) pass puts the sums on the final centres.
	if (!strict) ({ sums, counts } = reduceSteps(yield* onAll(shards, 'step', centres), k, d));
	return { centres, inertia: inertiaOfSums(sums, counts, centres, summary), iterations, strict };
}

/**
 * relocateEmptyClusters over shards: each empty centre (ascending) takes the next farthest row from
 * its centre in `centres` (ties to the lowest row), moved in the sums and counts. Returns rows moved.
 */
function* relocateOverShards(shards: number, centres: Float64Array, sums: Float64Array, counts: Int32Array, d: number): ShardSteps<number> {
	const k = counts.length;
	const empty: number[] = [];
	for (let c = 0; c < k; c++) if (counts[c] === 0) empty.push(c);
	if (empty.length === 0) return 0;
	const replies = yield* onAll(shards, 'farthest', empty.length);
	// Shards come in row order and list their rows farthest first, ties by row: a stable sort keeps that.
	const far = replies
		.flatMap((reply) => Array.from(reply.distances, (distance, p) => ({ distance, row: reply.rows.subarray(p * d, p * d + d) })))
		.sort((a, b) => b.distance - a.distance);
	let moved = 0;
	for (let e = 0; e < empty.length && e < far.length; e++) {
		const row = far[e].row;
		// The row's cluster is its nearest centre: the same kernel as the shards' passes says which.
		const from = lloydPartial(createMatrix(1, d, row), 0, 1, centres, k).labels[0];
		if (counts[from] <= 1) continue;
		const to = empty[e];
		for (let t = 0; t < d; t++) {
			sums[from * d + t] -= row[t];
			sums[to * d + t] = row[t];
		}
		counts[from]--;
		counts[to] = 1;
		moved++;
	}
	return moved;
}

function reduceSteps(parts: StepResult[], k: number, d: number): { sums: Float64Array; counts: Int32Array; changed: number } {
	const sums = new Float64Array(k * d);
	const counts = new Int32Array(k);
	let changed = 0;
	for (const p of parts) {
		for (let t = 0; t < sums.length; t++) sums[t] += p.sums[t];
		for (let c = 0; c < k; c++) counts[c] += p.counts[c];
		changed += p.changed;
	}
	return { sums, counts, changed };
}

function total(values: number[]): number {
	let sum = 0;
	for (const v of values) sum += v;
	return sum;
}

/** The shard holding global row i, and i's index in it. */
export function locate(shardRows: number[], i: number): { shard: number; index: number } {
	let index = i;
	for (let shard = 0; shard < shardRows.length; shard++) {
		if (index < shardRows[shard]) return { shard, index };
		index -= shardRows[shard];
	}
	throw new Error(`row ${i} is beyond the ${shardRows.reduce((a, b) => a + b, 0)} rows of the shards`);
}

/**
 * The shard whose part of the running potential a draw falls in, and the draw relative to it; a draw
 * rounding left beyond the total goes to the last shard with any potential, as drawRows does.
 */
function drawShard(pots: number[], draw: number): { shard: number; target: number } {
	let before = 0;
	for (let shard = 0; shard < pots.length; shard++) {
		if (before + pots[shard] > draw) return { shard, target: draw - before };
		before += pots[shard];
	}
	let shard = pots.length - 1;
	while (shard > 0 && !(pots[shard] > 0)) shard--;
	return { shard, target: pots[shard] };
}
