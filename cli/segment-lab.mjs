#!/usr/bin/env node
// The segment-lab executable: registers tsx so the TypeScript engine in src/lib/engine runs in
// Node as it is, with no build step, then hands the arguments to cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { run, processIo } = await import('./main.ts');
// `npm run cli` runs in the package root; INIT_CWD is where the user typed it, so relative paths mean what they expect.
const cwd = process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
process.exitCode = await run(process.argv.slice(2), processIo(cwd));
