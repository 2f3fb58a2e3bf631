// PCA and KNN queries over the shard pool (engine/parallel: pcaPooled, kneighboursPooled) against one
// thread (pcaBounded, fitKnn(...).kneighbours), on 2 worker_threads with makeShard's shards, started
// and warmed before timing (the app's pool lives as long as its engine worker). PCA at 1M x 9: the
// fit with its scores on rows already in the workers (the Segments page finds them there after the
// k-means run), and the time to send them once. KNN: 200,000 queries (k = 5) against 20,000 training
// rows, d = 8, as scoring a file does it: sending the rows and building the workers' trees are timed
// in; once with the queries split over the workers (the default when they outnumber the training
// rows) and once with the training rows split. Both sides are checked for equal results.
// Data: seeded Gaussian blobs. Prints one JSON object on one line.
// Run: node --import tsx bench/poolQueries.ts [--quick]
import { fitKnn } from '../src/lib/engine/classify/knn';
import { gaussianBlobs, randomCentres } from '../src/lib/engine/cluster/blobs';
import { createMatrix, type Matrix } from '../src/lib/engine/matrix';
import { kneighboursPooled } from '../src/lib/engine/parallel/knnPooled';
import { createNodePool } from '../src/lib/engine/parallel/nodePool';
import { pcaPooled } from '../src/lib/engine/parallel/pcaPooled';
import { pcaBounded } from '../src/lib/engine/stats/pcaBounded';
import { wasmAvailable } from '../src/lib/engine/wasm/wasmShard';

const quick = process.argv.includes('--quick');
const workers = 2;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

async function time<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
	const start = performance.now();
	const value = await run();
	return { ms: round(performance.now() - start), value };
}

/** Largest |a - b| over the largest |b|. */
function relativeGap(a: Float64Array, b: Float64Array): number {
	let scale = 0;
	let gap = 0;
	for (let i = 0; i < b.length; i++) {
		scale = Math.max(scale, Math.abs(b[i]));
		gap = Math.max(gap, Math.abs(a[i] - b[i]));
	}
	return scale > 0 ? gap / scale : gap;
}

async function pcaFigures() {
	const rows = quick ? 100_000 : 1_000_000;
	const d = 9;
	const X = gaussianBlobs({ rows, centres: randomCentres(6, d, 3, [-4, 4]), spread: 1.5, seed: 42 }).X;
	pcaBounded(firstRows(X, 2000));
	const single = await time(() => pcaBounded(X));
	const pool = createNodePool(workers);
	try {
		// Workers started and warmed on another matrix, then the rows sent once, then one untimed fit.
		await pcaPooled(firstRows(X, 3000), pool);
		const load = await time(() => pool.shardsFor(X));
		await pcaPooled(X, pool);
		const pooled = await time(() => pcaPooled(X, pool));
		return {
			data: { rows, features: d, components: 2 },
			oneThreadMs: single.ms,
			poolMs: pooled.ms,
			loadMs: load.ms,
			speedup: round(single.ms / pooled.ms, 2),
			scoresRelativeGap: relativeGap(pooled.value.scores, single.value.scores)
		};
	} finally {
		pool.terminate();
	}
}

/** A new matrix of X's first rows (a new object: the pool sends it as a matrix of its own). */
function firstRows(X: Matrix, rows: number): Matrix {
	return createMatrix(rows, X.cols, X.data.slice(0, rows * X.cols));
}

async function knnFigures() {
	const trainingRows = quick ? 5_000 : 20_000;
	const queryRows = quick ? 20_000 : 200_000;
	const d = 8;
	const k = 5;
	const centres = randomCentres(6, d, 1, [0, 6]);
	const train = gaussianBlobs({ rows: trainingRows, centres, seed: 42 });
	const queries = gaussianBlobs({ rows: queryRows, centres, seed: 43 }).X;
	const model = fitKnn(train.X, train.truth, { k });
	model.kneighbours(firstRows(queries, 2000));
	const single = await time(() => model.kneighbours(queries, k));
	const pool = createNodePool(workers);
	try {
		// Started and warmed on other matrices, so each timed call sends its rows afresh.
		for (const split of ['queries', 'training'] as const) await kneighboursPooled(firstRows(train.X, 3000), firstRows(queries, 3000), k, pool, { split });
		const byQueries = await time(() => kneighboursPooled(train.X, queries, k, pool, { split: 'queries' }));
		const byTraining = await time(() => kneighboursPooled(train.X, queries, k, pool, { split: 'training' }));
		const same = (r: typeof single.value) => r.indices.every((v, i) => v === single.value.indices[i]) && r.squaredDistances.every((v, i) => v === single.value.squaredDistances[i]);
		return {
			data: { trainingRows, queries: queryRows, features: d, k, method: model.method },
			oneThreadMs: single.ms,
			queriesSplitMs: byQueries.ms,
			trainingSplitMs: byTraining.ms,
			speedup: round(single.ms / byQueries.ms, 2),
			sameNeighbours: same(byQueries.value) && same(byTraining.value)
		};
	} finally {
		pool.terminate();
	}
}

console.log(JSON.stringify({ poolQueries: { workers, wasm: wasmAvailable(), pca: await pcaFigures(), knn: await knnFigures() } }));
