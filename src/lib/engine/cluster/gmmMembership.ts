// How clear-cut a mixture's assignment is: each row's highest segment probability, binned from 1/k
// (no better than a guess) to 1 (certain), counts below a few thresholds, and the least clear-cut
// rows with their probabilities. Rows are scored in blocks, so a million rows never hold n x k
// probabilities at once.
import type { Matrix } from '../matrix';
import { mixtureResponsibilities } from './gmmScore';
import type { MixtureModel } from './types';

export interface MembershipSummaryOptions {
	/** Histogram bins; default 20. */
	bins?: number;
	/** Least clear-cut rows returned; default 12. */
	uncertain?: number;
	/** Rows scored at a time; default 65,536. */
	block?: number;
}

export interface MembershipSummary {
	histogram: { x0: number; x1: number; count: number }[];
	/** Mean over rows of the highest probability. */
	meanMax: number;
	/** Rows whose highest probability is below 0.5, 0.8 and 0.95. */
	below: { threshold: number; rows: number }[];
	/** Row positions in X, lowest highest-probability first (ties: first row first), with the k probabilities. */
	uncertain: { i: number; max: number; probabilities: number[] }[];
}

/** The summary over the first `k` components (the run's segments) of `model` on the rows of X. */
export function membershipSummary(X: Matrix, model: MixtureModel, k: number, options: MembershipSummaryOptions = {}): MembershipSummary {
	const { bins = 20, uncertain: keep = 12, block = 65_536 } = options;
	const n = X.rows;
	const m = model.weights.length;
	const max = new Float64Array(n);
	const lowest: MembershipSummary['uncertain'] = [];
	for (let start = 0; start < n; start += block) {
		const rows = Int32Array.from({ length: Math.min(block, n - start) }, (_, j) => start + j);
		const resp = mixtureResponsibilities(X, model, rows);
		for (let j = 0; j < rows.length; j++) {
			let best = 0;
			for (let c = 0; c < k; c++) if (resp[j * m + c] > best) best = resp[j * m + c];
			max[start + j] = best;
			if (lowest.length < keep || best < lowest[lowest.length - 1].max) {
				lowest.push({ i: start + j, max: best, probabilities: Array.from(resp.subarray(j * m, j * m + k)) });
				lowest.sort((a, b) => a.max - b.max || a.i - b.i);
				if (lowest.length > keep) lowest.pop();
			}
		}
	}
	const low = k > 1 ? 1 / k : 0;
	const width = (1 - low) / bins;
	const histogram = Array.from({ length: bins }, (_, b) => ({ x0: low + b * width, x1: low + (b + 1) * width, count: 0 }));
	let sum = 0;
	for (let i = 0; i < n; i++) {
		sum += max[i];
		histogram[Math.min(bins - 1, Math.max(0, Math.floor((max[i] - low) / (width || 1))))].count++;
	}
	const below = [0.5, 0.8, 0.95].map((threshold) => ({ threshold, rows: max.reduce((count, v) => (v < threshold ? count + 1 : count), 0) }));
	return { histogram, meanMax: n ? sum / n : NaN, below, uncertain: lowest };
}
