import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('kernels.generated.ts', () => {
	it('node wasm/build.mjs --check: the checked-in kernels are the ones wasm/assembly builds to', () => {
		const script = fileURLToPath(new URL('../../../../wasm/build.mjs', import.meta.url));
		const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.stdout.trim()).toBe('kernels.generated.ts is up to date');
		expect(run.status).toBe(0);
	});
});
