import { describe, expect, it } from 'vitest';
import { segmentDisplayName, segmentNumber, segmentTitle } from './segmentLabel';

describe('segmentLabel', () => {
	it('segmentNumber(0) is 1: the largest segment', () => {
		expect(segmentNumber(0)).toBe(1);
		expect(segmentNumber(4)).toBe(5);
		expect(() => segmentNumber(-1)).toThrow('label -1 is noise');
	});

	it('segmentDisplayName(label, analyst, generated) skips blank names', () => {
		expect(segmentDisplayName(0, 'Cafés', 'High Fresh')).toBe('Cafés');
		expect(segmentDisplayName(0, '   ', 'High Fresh')).toBe('High Fresh');
		expect(segmentDisplayName(1, '', '')).toBe('Segment 2');
		expect(segmentDisplayName(-1, 'x')).toBe('Noise');
	});

	it('segmentTitle(label, name) shows the number and the name once', () => {
		expect(segmentTitle(0, 'Cafés')).toBe('Segment 1: Cafés');
		expect(segmentTitle(2, '')).toBe('Segment 3');
		expect(segmentTitle(-1, 'x')).toBe('Noise');
	});
});
