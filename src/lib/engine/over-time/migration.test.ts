import { describe, expect, it } from 'vitest';
import { DuplicateIdError } from './indexIds';
import { migration } from './migration';

// Worked by hand: a and f leave, g and h are new; b moves 1 -> 2, e moves 3 -> 1 (segments as
// people number them), c and d stay in segment 2.
const before = { ids: ['a', 'b', 'c', 'd', 'e', 'f'], labels: [0, 0, 1, 1, 2, 2] };
const after = { ids: ['b', 'c', 'd', 'e', 'g', 'h'], labels: [1, 1, 1, 0, 0, 2] };

describe('migration', () => {
	it('migration(before, after, 3) counts each move from row segment to column segment', () => {
		const m = migration(before, after, 3);
		expect(m.matrix).toEqual([
			[0, 1, 0],
			[0, 2, 0],
			[1, 0, 0]
		]);
		expect(m.matched).toBe(4);
		expect(m.stayed).toEqual([0, 2, 0]);
	});

	it('migration(before, after, 3) lists who is new and who left, per segment', () => {
		const m = migration(before, after, 3);
		expect(m.newIds).toEqual(['g', 'h']);
		expect(m.newBySegment).toEqual([1, 0, 1]);
		expect(m.leftIds).toEqual(['a', 'f']);
		expect(m.leftBySegment).toEqual([1, 0, 1]);
	});

	it('migration() of a snapshot with itself is the diagonal, with no one new or gone', () => {
		const m = migration(before, before, 3);
		expect(m.matrix).toEqual([
			[2, 0, 0],
			[0, 2, 0],
			[0, 0, 2]
		]);
		expect(m.newIds).toEqual([]);
		expect(m.leftIds).toEqual([]);
	});

	it('migration() refuses an id repeated in the later snapshot, naming the id and both rows', () => {
		const twice = { ids: ['b', 'c', 'b'], labels: [0, 1, 2], rows: [2, 3, 9], name: '"march.csv"' };
		expect(() => migration(before, twice, 3)).toThrow(DuplicateIdError);
		expect(() => migration(before, twice, 3)).toThrow('"march.csv" has the customer id "b" twice (data rows 2 and 9)');
	});

	it('migration() refuses an id repeated in the earlier snapshot too', () => {
		expect(() => migration({ ids: ['a', 'a'], labels: [0, 0] }, after, 3)).toThrow('the earlier snapshot has the customer id "a" twice (data rows 1 and 2)');
	});

	it('migration() refuses a label outside the k segments', () => {
		expect(() => migration(before, { ids: ['a'], labels: [3] }, 3)).toThrow('customer "a" has label 3');
	});
});

describe('movementCsv', () => {
	it("movementCsv(before, after, 'new') lists the new customers with their segment after, numbered from 1", async () => {
		const { movementCsv } = await import('./movementCsv');
		const csv = movementCsv(before, after, 'new', 'CustomerID', ['Big', '', 'Small']);
		expect(csv.split('\r\n')).toEqual(['CustomerID,segment_before,name_before,segment_after,name_after', 'g,,,1,Big', 'h,,,3,Small', '']);
	});

	it("movementCsv(before, after, 'left') lists who left with the segment they were in", async () => {
		const { movementCsv } = await import('./movementCsv');
		const csv = movementCsv(before, { ids: ['b'], labels: [0] }, 'left', 'id', []);
		expect(csv.split('\r\n').slice(1, 3)).toEqual(['a,1,Segment 1,,', 'c,2,Segment 2,,']);
	});
});
