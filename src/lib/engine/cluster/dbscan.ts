// DBSCAN as scikit-learn's: a row is a core point when at least minPoints rows (itself included) lie
// within eps (distance <= eps); clusters are the connected groups of core points plus the border rows
// they reach (a border row reachable from two clusters joins the one found first, scanning rows in
// order); everything else is noise (-1). Neighbours come from a kd-tree, never an n x n matrix.
import type { Matrix } from '../matrix';
import { checkStop, type LongTaskOptions } from '../progress';
import { finishSegments } from './finish';
import { RadiusIndex } from './radiusIndex';
import type { ClusterResult } from './types';
import { assertFiniteMatrix, assertInteger } from './validate';

/** Options of dbscan(); X holds prepared features, no NaN. */
export interface DbscanOptions extends LongTaskOptions {
	/** Neighbourhood radius in the prepared (scaled) space; suggestEps() proposes one. */
	eps: number;
	/** Rows (itself included) within eps that make a core point; default 5 (scikit-learn's min_samples). */
	minPoints?: number;
}

const defaults = { minPoints: 5 };

export function dbscan(X: Matrix, options: DbscanOptions): ClusterResult {
	const o = { ...defaults, ...options };
	if (!(o.eps > 0) || !Number.isFinite(o.eps)) throw new Error(`eps must be a positive number (got ${o.eps})`);
	assertInteger('minPoints', o.minPoints, 1);
	if (X.rows === 0) throw new Error('DBSCAN needs at least one row');
	assertFiniteMatrix(X, 'DBSCAN');
	const n = X.rows;
	const index = new RadiusIndex(X);
	const core = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		if (i % 2048 === 0) report(i, 2 * n, o);
		core[i] = index.countWithin(i, o.eps, o.minPoints) >= o.minPoints ? 1 : 0;
	}
	const labels = new Int32Array(n).fill(-1);
	const stack = new Int32Array(n);
	let clusters = 0;
	for (let i = 0; i < n; i++) {
		if (i % 2048 === 0) report(n + i, 2 * n, o);
		if (labels[i] !== -1 || !core[i]) continue;
		labels[i] = clusters;
		index.markDone(i);
		let top = 0;
		stack[top++] = i;
		while (top > 0) {
			const p = stack[--top];
			// Labelled rows are marked done, so dense parts already grown are not scanned again.
			for (const q of index.withinPending(p, o.eps)) {
				if (labels[q] !== -1) continue;
				labels[q] = clusters;
				index.markDone(q);
				if (core[q]) stack[top++] = q;
			}
		}
		clusters++;
	}
	let noise = 0;
	let cores = 0;
	for (let i = 0; i < n; i++) {
		if (labels[i] < 0) noise++;
		cores += core[i];
	}
	return {
		algorithm: 'dbscan',
		...finishSegments(X, labels, clusters),
		iterations: 0,
		seed: 0,
		params: { eps: o.eps, minPoints: o.minPoints, noise, corePoints: cores }
	};
}

function report(done: number, total: number, options: LongTaskOptions): void {
	checkStop(options);
	options.onProgress?.(done / total, done < total / 2 ? 'finding core points' : 'growing clusters');
}
