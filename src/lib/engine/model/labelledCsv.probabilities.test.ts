import { expect, test } from 'vitest';
import { numeric, tableOf } from '../prep/testing';
import { labelledCsv } from './labelledCsv';

test('labelledCsv(table, {probabilities}) adds probability_segment_N per segment; rows in no segment get empty cells', () => {
	const table = tableOf(numeric('v', [1, 2, 3]));
	const probabilities = { k: 2, values: [0.9, 0.1, NaN, NaN, 0.25, 0.75] };
	const lines = labelledCsv(table, { labels: [0, -1, 1], segmentNames: [], probabilities }).split('\r\n');
	expect(lines[0]).toBe('v,segment,segment_name,probability_segment_1,probability_segment_2');
	expect(lines.slice(1, 4)).toEqual(['1,1,Segment 1,0.9,0.1', '2,,,,', '3,2,Segment 2,0.25,0.75']);
});

test('labelledCsv without probabilities writes no probability columns', () => {
	const text = labelledCsv(tableOf(numeric('v', [1])), { labels: [0], segmentNames: [] });
	expect(text).not.toContain('probability');
});
