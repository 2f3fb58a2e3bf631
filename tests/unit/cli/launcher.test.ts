import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { root } from './run';

describe('cli/segment-lab.mjs', () => {
	test('node cli/segment-lab.mjs --help runs the TypeScript through tsx and exits 0', () => {
		const stdout = execFileSync(process.execPath, ['cli/segment-lab.mjs', '--help'], { cwd: root, encoding: 'utf8' });
		expect(stdout).toMatch(/^Usage: segment-lab <command> FILE \[options\]/);
		expect(stdout).toContain('classify');
	});
});
