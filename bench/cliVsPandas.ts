// The CLI as a whole process against pandas + scikit-learn doing the same job: read a 1,000,000 x 8
// CSV (five Gaussian blobs, generated once into /tmp), k-means with k = 5 and 10 starts, write the
// results as JSON. Times `node cli/segment-lab.mjs cluster FILE --k 5 --json OUT` (Node start, the
// TypeScript loader, parsing, preparation, k-means, scores, profiles, JSON) and
// `python3 bench/pandasKMeans.py FILE 5 OUT` (interpreter start, pandas.read_csv, StandardScaler,
// KMeans(n_init=10), the same three scores, json), best of a few runs each. Issue 10's target:
// cli / pandas <= 1.0. (Without the scores on the Python side, i.e. less work than the CLI does: 1.08.)
// Prints one JSON object on one line. Run: node --import tsx bench/cliVsPandas.ts [--quick]
//   --quick  100,000 rows, one run each
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gaussianBlobs, randomCentres } from '../src/lib/engine/cluster/blobs';

const quick = process.argv.includes('--quick');
const rows = quick ? 100_000 : 1_000_000;
const runs = quick ? 1 : 3;
const k = 5;
const dir = '/tmp/segment-lab-bench';
const csv = join(dir, `blobs-${rows}x8.csv`);
const python = '/usr/bin/python3';
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The CSV, written once: 8 numeric columns with 4 decimals, as an export from a shop's database would be. */
function ensureCsv(): void {
	if (existsSync(csv)) return;
	mkdirSync(dir, { recursive: true });
	const { X } = gaussianBlobs({ rows, centres: randomCentres(k, 8, 21, [0, 100]), spread: 6, seed: 5 });
	const lines = ['a,b,c,d,e,f,g,h'];
	for (let i = 0; i < rows; i++) lines.push(Array.from(X.data.subarray(i * 8, i * 8 + 8), (v) => v.toFixed(4)).join(','));
	writeFileSync(csv, lines.join('\n') + '\n');
}

/** Best wall time over `runs` runs of a command, in seconds, and its last output file. */
function best(command: string, args: string[], out: string): { seconds: number; result: Record<string, unknown> | null; error?: string } {
	let seconds = Infinity;
	for (let r = 0; r < runs; r++) {
		const start = performance.now();
		const run = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
		if (run.status !== 0) return { seconds: NaN, result: null, error: (run.stderr || String(run.error)).slice(-400) };
		seconds = Math.min(seconds, (performance.now() - start) / 1000);
	}
	return { seconds, result: JSON.parse(readFileSync(out, 'utf8')) };
}

ensureCsv();
const cliOut = join(dir, 'cli.json');
const pyOut = join(dir, 'pandas.json');
const cli = best(process.execPath, ['cli/segment-lab.mjs', 'cluster', csv, '--k', String(k), '--json', cliOut], cliOut);
const py = existsSync(python) ? best(python, ['bench/pandasKMeans.py', csv, String(k), pyOut], pyOut) : { seconds: NaN, result: null, error: `${python} not found` };
const inertia = (r: Record<string, unknown> | null) => (r ? Number(r.inertia) : NaN);
console.log(
	JSON.stringify({
		cliVsPandas: {
			data: `${rows} x 8 CSV (${round(statSync(csv).size / 2 ** 20, 1)} MB), five blobs`,
			k,
			starts: 10,
			runsEach: runs,
			cliSeconds: round(cli.seconds),
			pandasSeconds: round(py.seconds),
			ratio: round(cli.seconds / py.seconds),
			target: '<= 1.0',
			// Same data, same k and starts: the kept inertia should agree to a fraction of a percent.
			inertiaCliOverPandas: round(inertia(cli.result) / inertia(py.result), 6),
			...(cli.error ? { cliError: cli.error } : {}),
			...(py.error ? { pandasError: py.error } : {})
		}
	})
);
