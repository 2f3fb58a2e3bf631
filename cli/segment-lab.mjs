#!/usr/bin/env node
// The segment-lab executable: runs the CLI bundled into plain JavaScript (cli/bundle.mjs, rebuilt
// here when a source is newer), or, where it cannot be written (a read-only install) or with
// SEGMENT_LAB_TSX=1, registers tsx so the TypeScript in cli/ and src/lib/engine runs as it is.
import { pathToFileURL } from 'node:url';
import { buildBundle, bundledMain, bundleIsFresh } from './bundle.mjs';

async function loadMain() {
	if (process.env.SEGMENT_LAB_TSX !== '1') {
		try {
			if (!bundleIsFresh()) await buildBundle();
			return await import(pathToFileURL(bundledMain).href);
		} catch {
			// Fall through to tsx: the bundle is a speed-up, never a requirement.
		}
	}
	const { register } = await import('tsx/esm/api');
	register();
	return import('./main.ts');
}

const { run, processIo } = await loadMain();
// `npm run cli` runs in the package root; INIT_CWD is where the user typed it, so relative paths mean what they expect.
const cwd = process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
process.exitCode = await run(process.argv.slice(2), processIo(cwd));
