// Small data sets (100-2,000 rows) for checking k-means against scikit-learn where restarts are
// cheap and a few unlucky starts show: the wholesale sample with and without log1p, RFM-like
// aggregates of it, the RFM table of the first 199 Online Retail customers (the size of issue 9's
// report), a synthetic mall-customers look-alike and seeded blobs. Every set is standard-scaled
// (population standard deviation, as scikit-learn's StandardScaler); all are deterministic.
import { gaussianBlobs, randomCentres } from '../../src/lib/engine/cluster/blobs';
import { createMatrix, type Matrix } from '../../src/lib/engine/matrix';
import { createRandom } from '../../src/lib/engine/random';
import { readFixture, wholesaleColumns } from './fixtures';

export interface SmallSet {
	name: string;
	X: Matrix;
}

const spend = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];

/** Columns (one array per feature) -> standard-scaled matrix; a constant column stays 0. */
export function standardise(columns: number[][]): Matrix {
	const d = columns.length;
	const n = columns[0].length;
	const X = createMatrix(n, d);
	columns.forEach((values, j) => {
		const mean = values.reduce((a, b) => a + b, 0) / n;
		const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n) || 1;
		values.forEach((v, i) => (X.data[i * d + j] = (v - mean) / std));
	});
	return X;
}

export function wholesaleSpend(log: boolean): Matrix {
	const columns = wholesaleColumns();
	return standardise(spend.map((name) => columns[name].map((v) => (log ? Math.log1p(v) : v))));
}

/** Per customer: log1p of total spend, categories above 1,000 (a frequency-like count), largest category share. */
export function wholesaleAggregates(): Matrix {
	const columns = wholesaleColumns();
	const n = columns.Fresh.length;
	const rows = Array.from({ length: n }, (_, i) => spend.map((name) => columns[name][i]));
	const total = rows.map((r) => r.reduce((a, b) => a + b, 0));
	return standardise([
		total.map((t) => Math.log1p(t)),
		rows.map((r) => r.filter((v) => v > 1000).length),
		rows.map((r, i) => Math.max(...r) / total[i])
	]);
}

/** log1p recency, frequency and monetary of the first `customers` customers (by id) of the Online Retail reference. */
export function retailRfm(customers = 199): Matrix {
	const table: { recency: number; frequency: number; monetary: number }[] = JSON.parse(readFixture('reference/online-retail-20k-rfm.json')).table;
	const kept = table.slice(0, customers);
	return standardise((['recency', 'frequency', 'monetary'] as const).map((key) => kept.map((r) => Math.log1p(r[key]))));
}

/** 200 synthetic customers shaped like the Kaggle mall data: age, income (k$), spending score 1-100 in five groups. */
export function mallLike(): Matrix {
	const random = createRandom(2024);
	const normal = () => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
	const groups = [
		{ share: 0.4, age: [42, 12], income: [55, 8], score: [50, 7] },
		{ share: 0.2, age: [33, 4], income: [87, 15], score: [82, 9] },
		{ share: 0.18, age: [41, 11], income: [88, 16], score: [17, 10] },
		{ share: 0.11, age: [25, 5], income: [26, 7], score: [79, 10] },
		{ share: 0.11, age: [45, 13], income: [26, 7], score: [21, 13] }
	];
	const columns: number[][] = [[], [], []];
	for (let i = 0; i < 200; i++) {
		let u = random.next();
		const g = groups.find((group) => (u -= group.share) < 0) ?? groups[0];
		columns[0].push(Math.round(Math.min(70, Math.max(18, g.age[0] + g.age[1] * normal()))));
		columns[1].push(Math.round(Math.max(15, g.income[0] + g.income[1] * normal())));
		columns[2].push(Math.round(Math.min(99, Math.max(1, g.score[0] + g.score[1] * normal()))));
	}
	return standardise(columns);
}

/** Seeded overlapping blobs: `centres` centres in d dimensions, spread 2.5 in a [-10, 10) box. */
export function blobs(rows: number, d: number, centres: number, seed: number): Matrix {
	return gaussianBlobs({ rows, centres: randomCentres(centres, d, seed), spread: 2.5, seed }).X;
}

/** The sets of bench/kmeansVsSklearn.ts; `quick` keeps one of each kind. */
export function smallSets(quick = false): SmallSet[] {
	const sets: SmallSet[] = [
		{ name: 'wholesale-log-standard', X: wholesaleSpend(true) },
		{ name: 'wholesale-standard', X: wholesaleSpend(false) },
		{ name: 'wholesale-aggregates', X: wholesaleAggregates() },
		{ name: 'retail-rfm-199', X: retailRfm(199) },
		{ name: 'mall-like-200', X: mallLike() },
		{ name: 'blobs-100x2', X: blobs(100, 2, 4, 1) },
		{ name: 'blobs-500x4', X: blobs(500, 4, 6, 2) },
		{ name: 'blobs-2000x6', X: blobs(2000, 6, 8, 3) }
	];
	return quick ? sets.filter((s) => ['wholesale-log-standard', 'retail-rfm-199', 'mall-like-200', 'blobs-500x4'].includes(s.name)) : sets;
}
