// The CLI as plain JavaScript: esbuild (tsx's own dependency, so present wherever the CLI is) bundles
// cli/main.ts and the Node shard worker into cli/dist/, which cli/segment-lab.mjs runs instead of
// loading the TypeScript through tsx. That saves tsx's transform and loader hooks, ~0.5 s of CPU in
// the main thread and more in each pool worker (they loaded the engine through tsx too). The bundle is
// rebuilt whenever a source file is newer than it; node_modules stay outside it.
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = dirname(fileURLToPath(import.meta.url));
const root = join(cliDir, '..');
export const distDir = join(cliDir, 'dist');
export const bundledMain = join(distDir, 'main.mjs');
/** Sources the bundles are made of: every change under them makes the bundles stale. */
const sourceDirs = [cliDir, join(root, 'src/lib/engine')];
const entries = [
	{ from: join(cliDir, 'main.ts'), to: bundledMain },
	// nodePool.ts starts workers from './shardWorker.node.mjs' next to the code that runs it, i.e. here.
	{ from: join(root, 'src/lib/engine/parallel/shardWorker.node.ts'), to: join(distDir, 'shardWorker.node.mjs') }
];

/** Newest modification time of a .ts/.mjs file under `dir` (skipping dist and tests' .test.ts). */
function newest(dir) {
	let latest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name === 'dist' || entry.name === 'node_modules') continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) latest = Math.max(latest, newest(path));
		else if (/\.(ts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
	}
	return latest;
}

/** True when every bundle exists and is newer than every source file. */
export function bundleIsFresh() {
	try {
		const built = Math.min(...entries.map((e) => statSync(e.to).mtimeMs));
		return built >= Math.max(...sourceDirs.map(newest));
	} catch {
		return false;
	}
}

/** Builds the bundles (each written to a temporary name, then renamed, so a concurrent run never reads half a file). */
export async function buildBundle() {
	const { build } = await import('esbuild');
	mkdirSync(distDir, { recursive: true });
	for (const { from, to } of entries) {
		const temporary = `${to}.${process.pid}.tmp`;
		await build({ entryPoints: [from], outfile: temporary, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
		renameSync(temporary, to);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildBundle();
