// KNN benchmark: fit and 10,000 queries against 100,000 x 8 seeded blobs, k = 5, with the kd-tree
// and the blocked brute-force scan, plus ml-knn on a few hundred queries scaled to 10,000 for
// comparison. Prints one JSON object on one line. Run: node --import tsx bench/knn.ts [--quick]
import KNN from 'ml-knn';
import { fitKnn } from '../src/lib/engine/classify/knn';
import { createMatrix, toRows, type Matrix } from '../src/lib/engine/matrix';
import { createRandom } from '../src/lib/engine/random';

const quick = process.argv.includes('--quick');
const trainingRows = quick ? 10_000 : 100_000;
const queryRows = quick ? 1_000 : 10_000;
const oracleQueries = quick ? 20 : 200;
const d = 8;
const k = 5;
const centres = 6;

function blobs(n: number, seed: number): { X: Matrix; y: Int32Array } {
	const random = createRandom(seed);
	const centreRandom = createRandom(1);
	const means = Array.from({ length: centres }, () => Array.from({ length: d }, () => 6 * centreRandom.next()));
	const X = createMatrix(n, d);
	const y = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const c = random.int(centres);
		y[i] = c;
		for (let j = 0; j < d; j++) {
			const u = 1 - random.next();
			X.data[i * d + j] = means[c][j] + Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
		}
	}
	return { X, y };
}

function time<T>(run: () => T): { ms: number; value: T } {
	const start = performance.now();
	const value = run();
	return { ms: Math.round((performance.now() - start) * 10) / 10, value };
}

const train = blobs(trainingRows, 42);
const queries = blobs(queryRows, 43).X;

const treeFit = time(() => fitKnn(train.X, train.y, { k, method: 'kdtree' }));
const treePredict = time(() => treeFit.value.predict(queries));
const bruteFit = time(() => fitKnn(train.X, train.y, { k, method: 'brute' }));
const brutePredict = time(() => bruteFit.value.predict(queries));
let agree = 0;
for (let i = 0; i < queryRows; i++) if (treePredict.value[i] === brutePredict.value[i]) agree++;

const oracleFit = time(() => new KNN(toRows(train.X), Array.from(train.y), { k }));
const oracleRows = toRows(createMatrix(oracleQueries, d, queries.data.slice(0, oracleQueries * d)));
const oraclePredict = time(() => oracleFit.value.predict(oracleRows));

console.log(
	JSON.stringify({
		knn: {
			data: { trainingRows, features: d, queries: queryRows, k, seed: 42 },
			kdtree: { fitMs: treeFit.ms, queriesMs: treePredict.ms },
			brute: { fitMs: bruteFit.ms, queriesMs: brutePredict.ms },
			predictionsAgree: agree === queryRows,
			mlKnn: {
				fitMs: oracleFit.ms,
				queries: oracleQueries,
				queriesMs: oraclePredict.ms,
				scaledToQueriesMs: Math.round((oraclePredict.ms * queryRows) / oracleQueries)
			},
			targetMs: quick ? undefined : 2000,
			scikitLearnMs: quick ? undefined : 600
		}
	})
);
