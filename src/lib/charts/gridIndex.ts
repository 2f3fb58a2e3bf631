// A uniform grid over the data for hover lookups: points are bucketed once (counting sort), then
// "nearest point to the pointer" checks only the few cells around it. Works for 1,000,000 points.
import type { Domain } from './scatterModel';

export interface GridIndex {
	domain: Domain;
	cols: number;
	rows: number;
	/** cellStart[c] .. cellStart[c + 1] index `order` for the points of cell c. */
	cellStart: Int32Array;
	/** Point indices grouped by cell. */
	order: Int32Array;
}

/** Bucket the finite points of (x, y) into a cols x rows grid over `domain` (points outside are clamped). */
export function buildGridIndex(x: ArrayLike<number>, y: ArrayLike<number>, domain: Domain, cols = 128, rows = 128): GridIndex {
	const n = Math.min(x.length, y.length);
	const cellOf = new Int32Array(n);
	const cellStart = new Int32Array(cols * rows + 1);
	const kx = cols / (domain.x[1] - domain.x[0] || 1);
	const ky = rows / (domain.y[1] - domain.y[0] || 1);
	for (let i = 0; i < n; i++) {
		const a = x[i];
		const b = y[i];
		if (!Number.isFinite(a) || !Number.isFinite(b)) {
			cellOf[i] = -1;
			continue;
		}
		const c = clamp(Math.floor((a - domain.x[0]) * kx), cols);
		const r = clamp(Math.floor((b - domain.y[0]) * ky), rows);
		const cell = r * cols + c;
		cellOf[i] = cell;
		cellStart[cell + 1]++;
	}
	for (let c = 0; c < cols * rows; c++) cellStart[c + 1] += cellStart[c];
	const fill = cellStart.slice(0, cols * rows);
	const order = new Int32Array(cellStart[cols * rows]);
	for (let i = 0; i < n; i++) if (cellOf[i] >= 0) order[fill[cellOf[i]]++] = i;
	return { domain, cols, rows, cellStart, order };
}

function clamp(v: number, size: number): number {
	return v < 0 ? 0 : v >= size ? size - 1 : v;
}

/**
 * Index of the point nearest to (px, py) in screen distance, within `radius` px, or -1.
 * `sx`, `sy` are px per data unit along x and y; `accept(i)` skips hidden points.
 */
export function nearestPoint(
	index: GridIndex,
	x: ArrayLike<number>,
	y: ArrayLike<number>,
	px: number,
	py: number,
	sx: number,
	sy: number,
	radius: number,
	accept: (i: number) => boolean = () => true
): number {
	const { domain, cols, rows, cellStart, order } = index;
	const kx = cols / (domain.x[1] - domain.x[0] || 1);
	const ky = rows / (domain.y[1] - domain.y[0] || 1);
	const rx = radius / Math.abs(sx);
	const ry = radius / Math.abs(sy);
	const c0 = clamp(Math.floor((px - rx - domain.x[0]) * kx), cols);
	const c1 = clamp(Math.floor((px + rx - domain.x[0]) * kx), cols);
	const r0 = clamp(Math.floor((py - ry - domain.y[0]) * ky), rows);
	const r1 = clamp(Math.floor((py + ry - domain.y[0]) * ky), rows);
	let best = -1;
	let bestD = radius * radius;
	for (let r = r0; r <= r1; r++) {
		for (let c = c0; c <= c1; c++) {
			const cell = r * cols + c;
			for (let k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
				const i = order[k];
				const dx = (x[i] - px) * sx;
				const dy = (y[i] - py) * sy;
				const d = dx * dx + dy * dy;
				if (d <= bestD && accept(i)) {
					bestD = d;
					best = i;
				}
			}
		}
	}
	return best;
}
