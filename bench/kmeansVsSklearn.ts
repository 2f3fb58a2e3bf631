// k-means side by side with scikit-learn on small data sets (tests/helpers/smallSets.ts), k = 2..10:
// the engine's kept inertia against scikit-learn KMeans(n_init=10) for random_state 0..4, as the
// relative gap to their best and to their median, and the time per fit of each. Issue 9's target:
// the engine never more than 0.5 % above scikit-learn's best. Prints one JSON object on one line.
// Run: node --import tsx bench/kmeansVsSklearn.ts [--quick] [--fixed] [--write-reference]
//        [--work-budget=N] [--max-starts=N]
//   --fixed            the engine with exactly 10 starts (the old default), for a before/after
//   --write-reference  also writes tests/fixtures/reference/kmeans-small-sklearn.json
// Needs /usr/bin/python3 with scikit-learn; without it the figures say so and only the engine runs.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { kmeans } from '../src/lib/engine/cluster/kmeans';
import { fixturePath } from '../tests/helpers/fixtures';
import { smallSets } from '../tests/helpers/smallSets';

const quick = process.argv.includes('--quick');
const fixed = process.argv.includes('--fixed');
const writeReference = process.argv.includes('--write-reference');
const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
// --work-budget=N and --max-starts=N try other settings of kmeans()'s start budget; --engine-seeds=N
// runs the engine with seeds 42, 43, ... (N of them) and keeps the worst, so luck of one seed shows.
const engineSeeds = Array.from({ length: Number(flag('engine-seeds') ?? 1) }, (_, i) => 42 + i);
const budget = {
	...(flag('work-budget') ? { workBudget: Number(flag('work-budget')) } : {}),
	...(flag('max-starts') ? { maxStarts: Number(flag('max-starts')) } : {})
};
const ks = [2, 3, 4, 5, 6, 7, 8, 9, 10];
const seeds = quick ? [0, 1] : [0, 1, 2, 3, 4];
const sets = smallSets(quick);
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)];

interface Reference {
	set: string;
	k: number;
	inertias: number[];
	seconds: number;
}

function sklearnInertias(): { version?: string; results: Reference[]; error?: string } {
	const request = { sets: sets.map((s) => ({ name: s.name, rows: s.X.rows, cols: s.X.cols, data: Array.from(s.X.data) })), ks, seeds };
	const run = spawnSync('/usr/bin/python3', [fixturePath('../../bench/sklearnKMeans.py')], {
		input: JSON.stringify(request),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (run.status !== 0) return { results: [], error: (run.stderr || String(run.error)).trim().split('\n').pop() };
	const parsed = JSON.parse(run.stdout);
	return { version: parsed.sklearn, results: parsed.results };
}

interface Row {
	set: string;
	rows: number;
	cols: number;
	k: number;
	starts: number;
	inertia: number;
	sklearnBest: number;
	gapToBest: number;
	gapToMedian: number;
	ms: number;
	sklearnMs: number;
}

const reference = sklearnInertias();
const rows: Row[] = [];
for (const s of sets) {
	for (const k of ks) {
		const start = performance.now();
		const runs = engineSeeds.map((seed) => kmeans(s.X, fixed ? { k, seed, restarts: 10, workBudget: 0 } : { k, seed, ...budget }));
		const ms = (performance.now() - start) / runs.length;
		const got = runs.reduce((a, b) => (b.inertia > a.inertia ? b : a));
		const ref = reference.results.find((r) => r.set === s.name && r.k === k);
		const best = ref ? Math.min(...ref.inertias) : NaN;
		rows.push({
			set: s.name,
			rows: s.X.rows,
			cols: s.X.cols,
			k,
			starts: Number(got.params.restarts),
			inertia: got.inertia,
			sklearnBest: best,
			gapToBest: got.inertia / best - 1,
			gapToMedian: ref ? got.inertia / median(ref.inertias) - 1 : NaN,
			ms,
			sklearnMs: ref ? ref.seconds * 1000 : NaN
		});
	}
}

const worst = (key: 'gapToBest' | 'gapToMedian') => rows.reduce((a, b) => (b[key] > a[key] ? b : a));
const worstBest = worst('gapToBest');
const worstMedian = worst('gapToMedian');
const bySet = sets.map((s) => {
	const mine = rows.filter((r) => r.set === s.name);
	return {
		set: s.name,
		rows: s.X.rows,
		cols: s.X.cols,
		worstGapToBestPercent: round(100 * Math.max(...mine.map((r) => r.gapToBest)), 3),
		worstAtK: mine.reduce((a, b) => (b.gapToBest > a.gapToBest ? b : a)).k,
		starts: `${Math.min(...mine.map((r) => r.starts))}-${Math.max(...mine.map((r) => r.starts))}`,
		engineMsPerFit: round(mine.reduce((a, r) => a + r.ms, 0) / mine.length, 2),
		sklearnMsPerFit: round(mine.reduce((a, r) => a + r.sklearnMs, 0) / mine.length, 2)
	};
});

// The (set, k) pairs where 10 starts with seed 42 fell furthest behind scikit-learn (up to 4.4 %).
const referencePairs = ['wholesale-log-standard:10', 'wholesale-standard:10', 'wholesale-aggregates:9', 'retail-rfm-199:9', 'retail-rfm-199:10', 'mall-like-200:10', 'blobs-100x2:9'];
if (writeReference && reference.results.length) {
	const cases = rows.filter((r) => referencePairs.includes(`${r.set}:${r.k}`)).map((r) => ({ set: r.set, k: r.k, sklearnBest: r.sklearnBest, inertias: reference.results.find((x) => x.set === r.set && x.k === r.k)!.inertias }));
	const file = {
		case: 'kmeans-small-sklearn',
		note: `scikit-learn ${reference.version} KMeans(n_clusters=k, n_init=10, random_state=s) for s in ${JSON.stringify(seeds)} (Lloyd, tol 1e-4, max_iter 300, one thread) on the standard-scaled sets of tests/helpers/smallSets.ts, written by bench/kmeansVsSklearn.ts --write-reference; sklearnBest = min over s`,
		cases
	};
	writeFileSync(fixturePath('reference/kmeans-small-sklearn.json'), JSON.stringify(file, null, '\t') + '\n');
}

console.log(
	JSON.stringify({
		kmeansVsSklearn: {
			engine: fixed ? 'exactly 10 starts' : `starts from the work budget ${JSON.stringify(budget)}`,
			sklearn: reference.version ? `${reference.version}, KMeans(n_init=10), random_state ${seeds.join(', ')}` : `not run: ${reference.error}`,
			ks: `${ks[0]}..${ks[ks.length - 1]}`,
			engineSeeds: engineSeeds.length === 1 ? engineSeeds[0] : `${engineSeeds[0]}..${engineSeeds[engineSeeds.length - 1]} (worst kept)`,
			worstGapToBestPercent: round(100 * worstBest.gapToBest, 3),
			worstGapToBestAt: { set: worstBest.set, k: worstBest.k, inertia: round(worstBest.inertia), sklearnBest: round(worstBest.sklearnBest) },
			worstGapToMedianPercent: round(100 * worstMedian.gapToMedian, 3),
			worstGapToMedianAt: { set: worstMedian.set, k: worstMedian.k },
			target: 'worstGapToBestPercent <= 0.5',
			sets: bySet
		}
	})
);
