import { scaleLinear } from 'd3';
import { describe, expect, test } from 'vitest';
import AxisBottom from './AxisBottom.svelte';
import AxisLeft from './AxisLeft.svelte';
import { axisTicks, integerTicks, leftAxisWidth } from './axes';
import { elementsWith, renderMarkup } from './testing';

describe('axes', () => {
	test('integerTicks(k from 2 to 10, 4 ticks) steps by whole numbers', () => {
		expect(integerTicks(scaleLinear().domain([2, 10]), 4)).toEqual([2, 4, 6, 8, 10]);
		expect(integerTicks(scaleLinear().domain([1.5, 4.5]), 10)).toEqual([2, 3, 4]);
	});

	test('leftAxisWidth grows with the widest label and the title', () => {
		const small = axisTicks(scaleLinear().domain([0, 1]), 5);
		const big = axisTicks(scaleLinear().domain([0, 9000]), 5);
		expect(leftAxisWidth(big, 11, false)).toBeGreaterThan(leftAxisWidth(small, 11, false));
		expect(leftAxisWidth(small, 11, true)).toBeGreaterThan(leftAxisWidth(small, 11, false));
	});

	test('AxisBottom draws a tick per value at the scaled position with SI labels and the unit', () => {
		const x = scaleLinear().domain([0, 40000]).range([0, 400]);
		const markup = renderMarkup(AxisBottom, { scale: x, y: 100, tickValues: [0, 20000, 40000], label: 'Milk', unit: 'm.u.' });
		expect(elementsWith(markup, 'class="tick"').map((t) => t.x1)).toEqual(['0', '200', '400']);
		expect([...markup.matchAll(/class="tick-label"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['0', '20k', '40k']);
		expect(markup).toContain('>Milk (m.u.)<title>Milk (m.u.)</title>');
	});

	test('AxisLeft cuts a title longer than the axis and keeps it whole in <title>', () => {
		const y = scaleLinear().domain([0, 1]).range([60, 0]);
		const markup = renderMarkup(AxisLeft, { scale: y, label: 'Distance to the 5th nearest neighbour' });
		expect(markup).toMatch(/>Dist[^<]*…<title>Distance to the 5th nearest neighbour<\/title>/);
	});
});
