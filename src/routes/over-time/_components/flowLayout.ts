// Layout of the two-column flow chart between two labellings: segments before on the left (plus
// "New" customers, who come from nowhere), segments after on the right (plus "Left", where those
// who are gone end). Node heights and ribbon widths are proportional to customers; d3-path draws
// each ribbon as two cubic curves, so it narrows nowhere.
import { path } from 'd3';

export interface FlowNode {
	/** Engine label, or 'new' / 'left'. */
	key: number | 'new' | 'left';
	side: 'before' | 'after';
	value: number;
	y: number;
	height: number;
}

export interface FlowLink {
	from: number | 'new';
	to: number | 'left';
	value: number;
	/** SVG path of the ribbon. */
	d: string;
}

export interface FlowInput {
	/** matrix[before][after] counts. */
	matrix: readonly (readonly number[])[];
	newBySegment: readonly number[];
	leftBySegment: readonly number[];
}

export interface FlowGeometry {
	width: number;
	height: number;
	/** Width of the node bars at each side. */
	nodeWidth: number;
	/** Space between nodes. */
	gap: number;
}

/** Nodes and ribbons; empty nodes are kept (height 0) so labels can say "0". */
export function flowLayout({ matrix, newBySegment, leftBySegment }: FlowInput, { width, height, nodeWidth, gap }: FlowGeometry): { nodes: FlowNode[]; links: FlowLink[] } {
	const k = matrix.length;
	const segments = Array.from({ length: k }, (_, s) => s);
	const newTotal = newBySegment.reduce((a, b) => a + b, 0);
	const leftTotal = leftBySegment.reduce((a, b) => a + b, 0);
	const beforeValues = segments.map((s) => matrix[s].reduce((a, b) => a + b, 0) + leftBySegment[s]);
	const afterValues = segments.map((t) => segments.reduce((a, s) => a + matrix[s][t], 0) + newBySegment[t]);
	const total = beforeValues.reduce((a, b) => a + b, 0) + newTotal;
	const slots = k + 1;
	const scale = total > 0 ? Math.max(0, height - gap * (slots - 1)) / total : 0;

	const stack = (values: number[], side: FlowNode['side'], extra: FlowNode['key']): FlowNode[] => {
		let y = 0;
		return [...values.map((v, i) => [i, v] as const), [extra, side === 'before' ? newTotal : leftTotal] as const].map(([key, value]) => {
			const node: FlowNode = { key, side, value, y, height: value * scale };
			y += node.height + gap;
			return node;
		});
	};
	const left = stack(beforeValues, 'before', 'new');
	const right = stack(afterValues, 'after', 'left');
	const sourceOffset = left.map((n) => n.y);
	const targetOffset = right.map((n) => n.y);
	const x0 = nodeWidth;
	const x1 = width - nodeWidth;
	const links: FlowLink[] = [];
	const add = (si: number, ti: number, value: number) => {
		if (value <= 0) return;
		const h = value * scale;
		const [a, b] = [sourceOffset[si], targetOffset[ti]];
		sourceOffset[si] += h;
		targetOffset[ti] += h;
		const mid = (x0 + x1) / 2;
		const p = path();
		p.moveTo(x0, a);
		p.bezierCurveTo(mid, a, mid, b, x1, b);
		p.lineTo(x1, b + h);
		p.bezierCurveTo(mid, b + h, mid, a + h, x0, a + h);
		p.closePath();
		links.push({ from: si === k ? 'new' : si, to: ti === k ? 'left' : ti, value, d: p.toString() });
	};
	// Sources in order, each one's ribbons in target order: ribbons cross as little as a stack allows.
	for (const s of segments) {
		for (const t of segments) add(s, t, matrix[s][t]);
		add(s, k, leftBySegment[s]);
	}
	for (const t of segments) add(k, t, newBySegment[t]);
	return { nodes: [...left, ...right], links };
}
