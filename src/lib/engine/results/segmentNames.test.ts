import { describe, expect, it } from 'vitest';
import type { SegmentProfiles } from '../insights/profile';
import { runSegmentNames } from './segmentNames';

const stats = { segments: [{ label: 0, name: 'High Fresh' }, { label: 1, name: 'Typical' }] } as unknown as SegmentProfiles;

describe('runSegmentNames', () => {
	it('runSegmentNames(result, analystNames) takes the analyst name unless blank, then the generated one', () => {
		expect(runSegmentNames({ k: 2, segmentStats: stats }, ['Cafés', '  '])).toEqual(['Cafés', 'Typical']);
	});

	it('runSegmentNames(result) without profiles numbers the segments from 1', () => {
		expect(runSegmentNames({ k: 3, segmentStats: null })).toEqual(['Segment 1', 'Segment 2', 'Segment 3']);
	});
});
