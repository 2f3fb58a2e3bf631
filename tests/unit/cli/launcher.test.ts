import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from './run';

describe('cli/segment-lab.mjs', () => {
	test('node cli/segment-lab.mjs --help runs the bundled JavaScript (built when stale) and exits 0', () => {
		const stdout = execFileSync(process.execPath, ['cli/segment-lab.mjs', '--help'], { cwd: root, encoding: 'utf8' });
		expect(stdout).toMatch(/^Usage: segment-lab <command> FILE \[options\]/);
		expect(stdout).toContain('classify');
		expect(existsSync(join(root, 'cli/dist/main.mjs'))).toBe(true);
		expect(existsSync(join(root, 'cli/dist/shardWorker.node.mjs'))).toBe(true);
	});

	test('SEGMENT_LAB_TSX=1 node cli/segment-lab.mjs --help runs the TypeScript through tsx and exits 0', () => {
		const stdout = execFileSync(process.execPath, ['cli/segment-lab.mjs', '--help'], { cwd: root, encoding: 'utf8', env: { ...process.env, SEGMENT_LAB_TSX: '1' } });
		expect(stdout).toMatch(/^Usage: segment-lab <command> FILE \[options\]/);
	});
});
