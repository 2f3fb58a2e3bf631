import { describe, expect, test } from 'vitest';
import { cluster } from '../../../cli/commands/cluster';
import { parseCommandLine } from '../../../cli/main';
import { allColumns } from '../../../cli/prepareFromArgs';
import { formatNumber, formatTable } from '../../../cli/table';
import { cli } from './run';

describe('parseCommandLine', () => {
	test('a bare --log1p before FILE means every feature and leaves FILE alone', () => {
		const { file, values } = parseCommandLine(cluster, ['--log1p', 'data.csv', '--k', '3']);
		expect(file).toBe('data.csv');
		expect(values.log1p).toBe(allColumns);
	});

	test('a bare --log1p before another option or at the end means every feature', () => {
		expect(parseCommandLine(cluster, ['data.csv', '--log1p', '--k', '3']).values.log1p).toBe(allColumns);
		expect(parseCommandLine(cluster, ['data.csv', '--k', '3', '--log1p']).values.log1p).toBe(allColumns);
	});

	test('--log1p with a list keeps the list, before or after FILE', () => {
		expect(parseCommandLine(cluster, ['--log1p', 'a,b', 'data.csv']).values.log1p).toBe('a,b');
		expect(parseCommandLine(cluster, ['data.csv', '--log1p=a']).values.log1p).toBe('a');
	});

	test('--json - is a value, not an option', () => {
		expect(parseCommandLine(cluster, ['data.csv', '--json', '-']).values.json).toBe('-');
	});
});

describe('formatTable', () => {
	test('numeric columns share their decimals and align right; text aligns left', () => {
		expect(formatTable(['name', 'value'], [['a', 1.5], ['bb', 12], ['c', undefined]])).toBe(
			['name  value', '----  -----', 'a       1.5', 'bb     12.0', 'c         -', ''].join('\n')
		);
	});

	test('formatNumber: whole numbers plain, large to 2 decimals, small to 4 significant digits', () => {
		expect([formatNumber(3), formatNumber(1234.5678), formatNumber(0.000123456), formatNumber(NaN)]).toEqual(['3', '1234.57', '0.0001235', '-']);
	});
});

describe('--help', () => {
	test('segment-lab --help lists every command', async () => {
		const { code, stdout } = await cli('--help');
		expect(code).toBe(0);
		for (const name of ['cluster', 'sweep', 'score', 'rfm', 'classify']) expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
	});

	test('segment-lab cluster --help documents the options and the 1-based segments', async () => {
		const { code, stdout } = await cli('cluster', '--help');
		expect(code).toBe(0);
		for (const option of ['--k', '--restarts', '--json', '--out', '--features', '--impute', '--log1p', '--scale', '--seed']) {
			expect(stdout).toContain(option);
		}
		expect(stdout).toContain('numbered as in the app: 1 = the largest');
	});
});
