import { describe, expect, it } from 'vitest';
import { categorical, numeric, tableOf } from '../prep/testing';
import { labelledCsv, segmentSummaryCsv, uniqueName } from './labelledCsv';
import { smallModel } from './testing';

describe('labelledCsv', () => {
	const table = tableOf(numeric('spend', [-3.5, 2]), categorical('note', ['=1+1', 'plain']));

	it('labelledCsv appends segment number (label + 1) and name; cells a spreadsheet would run as formulas get an apostrophe', () => {
		const names = ['=HYPERLINK("http://x","y")', '+SUM(A1)'];
		const lines = labelledCsv(table, { labels: [0, 1], segmentNames: names }).split('\r\n');
		expect(lines[0]).toBe('spend,note,segment,segment_name');
		// -3.5 is a number in a numeric column, so it stays a number.
		expect(lines[1]).toBe(`-3.5,'=1+1,1,"'=HYPERLINK(""http://x"",""y"")"`);
		expect(lines[2]).toBe("2,plain,2,'+SUM(A1)");
	});

	it('labelledCsv writes the largest segment (label 0) as 1 and a blank name as "Segment N"', () => {
		const text = labelledCsv(tableOf(numeric('v', [1, 2, 3])), { labels: [1, 0, 0], segmentNames: ['', 'Small'] });
		expect(text.split('\r\n').slice(1, 4)).toEqual(['1,2,Small', '2,1,Segment 1', '3,1,Segment 1']);
	});

	it('guards every formula start: = + - @ tab and carriage return', () => {
		const names = ['-2', '@cmd'];
		const cells = tableOf(numeric('v', [1, 2, 3, 4]), categorical('note', ['a', 'b', '\tx', '\rx']));
		const text = labelledCsv(cells, { labels: [0, 1, 0, 0], segmentNames: names });
		expect(text.split('\r\n').slice(1, 4)).toEqual(["1,a,1,'-2", "2,b,2,'@cmd", "3,'\tx,1,'-2"]);
		expect(text).toContain(`4,"'\rx",1,'-2`);
	});

	it('rows without a segment (noise, not scored) get empty cells and, for scored files, the reason', () => {
		const text = labelledCsv(table, { labels: [-1, 0], segmentNames: ['A'], reasons: [{ row: 0, reason: 'missing value in spend' }] });
		expect(text.split('\r\n').slice(0, 3)).toEqual(['spend,note,segment,segment_name,not_scored_because', "-3.5,'=1+1,,,missing value in spend", '2,plain,1,A,']);
	});

	it('labelledCsv(table, {groups}) adds the macro group letter and name of each row; noise rows get empty cells', () => {
		const text = labelledCsv(tableOf(numeric('v', [1, 2, 3])), { labels: [2, -1, 0], segmentNames: ['A0', 'A1', 'B0'], groups: { groupOf: [0, 0, 1], names: ['Big', 'Small'] } });
		expect(text.split('\r\n').slice(0, 4)).toEqual(['v,segment,segment_name,segment_group,segment_group_name', '1,3,B0,B,Small', '2,,,,', '3,1,A0,A,Big']);
	});

	it('uniqueName avoids the columns a table already has', () => {
		const taken = new Set(['segment', 'segment_2']);
		expect(uniqueName('segment', taken)).toBe('segment_3');
		expect(uniqueName('segment_name', taken)).toBe('segment_name');
		const withSegment = tableOf(numeric('segment', [1]));
		expect(labelledCsv(withSegment, { labels: [0], segmentNames: ['A'] }).split('\r\n')[0]).toBe('segment,segment_2,segment_name');
	});

	it('segmentSummaryCsv: one line per segment, numbered from 1, with size, share and the centroid in data units', () => {
		const lines = segmentSummaryCsv(smallModel(['Low', '@High'])).trimEnd().split('\r\n');
		expect(lines[0]).toBe('segment,name,size,share,mean spend,mean visits,mean region=north,mean region=south');
		expect(lines[1]).toMatch(/^1,Low,3,0\.5,2,11,/);
		expect(lines[2]).toMatch(/^2,'@High,3,0\.5,51,81,/);
	});
});
