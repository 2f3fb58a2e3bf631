import { describe, expect, test } from 'vitest';
import { composeSvg, escapeXml, exportFileName, inlineStyles, styleDeclarations, type NodeLike, type StyleSource } from './exportSvg';

/** A tiny element tree standing in for the DOM. */
class FakeNode implements NodeLike {
	attrs = new Map<string, string>();
	children: FakeNode[] = [];
	parent?: FakeNode;
	constructor(
		public name: string,
		public computed: Record<string, string> = {},
		kids: FakeNode[] = []
	) {
		for (const k of kids) {
			k.parent = this;
			this.children.push(k);
		}
	}
	getAttribute(n: string) {
		return this.attrs.get(n) ?? null;
	}
	setAttribute(n: string, v: string) {
		this.attrs.set(n, v);
	}
	hasAttribute(n: string) {
		return this.attrs.has(n);
	}
	remove() {
		if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this);
	}
	clone(): FakeNode {
		const c = new FakeNode(this.name, this.computed, this.children.map((k) => k.clone()));
		for (const [k, v] of this.attrs) c.attrs.set(k, v);
		return c;
	}
}

const styleOf = (node: NodeLike): StyleSource => ({
	getPropertyValue: (name) => (node as FakeNode).computed[name] ?? ''
});

describe('exportSvg', () => {
	test('styleDeclarations keeps painted values and drops initial ones', () => {
		const text = styleDeclarations(
			styleOf(new FakeNode('text', { fill: 'rgb(90, 100, 114)', opacity: '1', 'font-size': '11px', 'text-anchor': 'start' }))
		);
		expect(text).toBe('fill:rgb(90, 100, 114);font-size:11px');
	});

	test('inlineStyles copies each node\'s computed style onto its clone and drops data-export-ignore nodes', () => {
		const tooltip = new FakeNode('g', { fill: 'red' });
		tooltip.setAttribute('data-export-ignore', '');
		const svg = new FakeNode('svg', { 'font-family': 'system-ui' }, [
			new FakeNode('rect', { fill: 'rgb(0, 114, 178)', 'fill-opacity': '0.85' }),
			tooltip,
			new FakeNode('g', {}, [new FakeNode('text', { fill: 'rgb(27, 36, 48)', 'text-anchor': 'middle' })])
		]);
		svg.children[0].setAttribute('style', 'cursor:pointer');
		const clone = svg.clone();
		inlineStyles(svg, clone, styleOf);
		expect(clone.getAttribute('style')).toBe('font-family:system-ui');
		expect(clone.children).toHaveLength(2);
		expect(clone.children[0].getAttribute('style')).toBe('fill:rgb(0, 114, 178);fill-opacity:0.85;cursor:pointer');
		expect(clone.children[1].getAttribute('style')).toBeNull();
		expect(clone.children[1].children[0].getAttribute('style')).toBe('fill:rgb(27, 36, 48);text-anchor:middle');
		// The source is untouched.
		expect(svg.children).toHaveLength(3);
	});

	test('composeSvg places svg and canvas layers, writes the title and the legend', () => {
		const svg = composeSvg(
			[
				{ kind: 'image', x: 40, y: 10, width: 200, height: 100, href: 'data:image/png;base64,AAAA' },
				{ kind: 'svg', x: 0, y: 0, width: 260, height: 140, markup: '<svg><line x2="5"/></svg>' }
			],
			{
				title: 'Segments <PC1 & PC2>',
				width: 260,
				height: 140,
				legend: [
					{ label: 'Big spenders', color: '#E69F00', shown: true },
					{ label: 'Hidden', color: '#56B4E9', shown: false }
				]
			}
		);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('<image x="40" y="10" width="200" height="100" preserveAspectRatio="none" href="data:image/png;base64,AAAA"/>');
		expect(svg).toContain('<g transform="translate(0,0)"><svg><line x2="5"/></svg></g>');
		expect(svg).toContain('Segments &lt;PC1 &amp; PC2&gt;');
		expect(svg).toContain('>Big spenders</text>');
		expect(svg).toMatch(/opacity="0.35"><rect[^>]*fill="#56B4E9"/);
		// The image comes before the axes so the vector layer paints on top.
		expect(svg.indexOf('<image')).toBeLessThan(svg.indexOf('<line'));
	});

	test('composeSvg writes HTML text layers (panel headings) as escaped SVG text at their place', () => {
		const svg = composeSvg(
			[{ kind: 'text', x: 10, y: 20, width: 80, height: 16, text: 'Silhouette — higher is better & <ok>', font: { size: 14, weight: '700', color: 'rgb(27, 36, 48)', family: 'system-ui' } }],
			{ title: 't', width: 100, height: 40 }
		);
		expect(svg).toContain(
			'<text x="10" y="32.6" font-family="system-ui" font-size="14" font-weight="700" fill="rgb(27, 36, 48)">Silhouette — higher is better &amp; &lt;ok&gt;</text>'
		);
	});

	test('composeSvg wraps a long legend onto more rows and grows the height', () => {
		const legend = Array.from({ length: 12 }, (_, i) => ({ label: `Segment number ${i}`, color: '#000000', shown: true }));
		const one = composeSvg([], { title: 't', width: 300, height: 100, legend: legend.slice(0, 1) });
		const many = composeSvg([], { title: 't', width: 300, height: 100, legend });
		const h = (s: string) => Number(/height="(\d+)"/.exec(s)?.[1]);
		expect(h(many)).toBeGreaterThan(h(one) + 60);
	});

	test('escapeXml escapes the five XML specials', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
	});

	test('exportFileName("Distribution of Milk", "png")', () => {
		expect(exportFileName('Distribution of Milk', 'png')).toBe('distribution-of-milk.png');
	});
});
