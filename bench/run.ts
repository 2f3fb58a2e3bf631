// `npm run bench`: runs every benchmark in its own Node process (so peak memory is per benchmark)
// and prints one JSON object with all figures and the machine they were measured on.
// Pass --quick for smaller sizes (a smoke run), or names to run some: npm run bench -- cluster
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

// kmeansVsSklearn and kernels also need /usr/bin/python3 with scikit-learn (their figures say so when it is absent).
// cliVsPandas times whole processes: `node cli/segment-lab.mjs cluster` against pandas + scikit-learn.
const all = ['parse', 'seedSample', 'cluster', 'knn', 'recommend', 'kmeansVsSklearn', 'pool', 'poolQueries', 'kernels', 'browser', 'sweep', 'cliVsPandas', 'gmm'];
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const chosen = args.filter((a) => !a.startsWith('--'));
const names = chosen.length ? chosen : all;

const results: Record<string, unknown> = {
	machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30) },
	date: new Date().toISOString()
};

for (const name of names) {
	if (!all.includes(name)) {
		console.error(`bench: unknown benchmark "${name}" (known: ${all.join(', ')})`);
		process.exit(2);
	}
	const run = spawnSync(
		process.execPath,
		['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', `bench/${name}.ts`, ...(quick ? ['--quick'] : [])],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 }
	);
	if (run.status !== 0) {
		results[name] = { error: `exited with ${run.status}` };
		continue;
	}
	try {
		Object.assign(results, JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}'));
	} catch {
		results[name] = { error: 'did not print JSON', output: run.stdout.slice(-500) };
	}
}

console.log(JSON.stringify(results, null, 2));
