// Short descriptions of runs and their algorithms for headings, history, task labels and the report.
import type { Algorithm } from './engine/cluster/types';
import type { RunRecord } from './store/runs';

export const algorithmNames: Record<Algorithm, string> = {
	kmeans: 'k-means',
	'minibatch-kmeans': 'mini-batch k-means',
	dbscan: 'DBSCAN',
	hierarchical: 'Ward hierarchical',
	gmm: 'Gaussian mixture'
};

/** "k-means, k = 5, seed 42" (DBSCAN: its eps and minPoints). */
export function describeRun(run: RunRecord): string {
	const r = run.result;
	const name = algorithmNames[r.algorithm];
	if (r.algorithm === 'dbscan') {
		return `${name}, eps = ${Number(r.params.eps).toPrecision(3)}, minPoints = ${r.params.minPoints} → ${r.k} segment${r.k === 1 ? '' : 's'}`;
	}
	const kind = r.algorithm === 'gmm' ? ` (${r.params.covariance === 'diag' ? 'diagonal' : 'full'} covariance)` : '';
	return `${name}${kind}, k = ${r.k}${r.algorithm === 'hierarchical' ? '' : `, seed ${r.seed}`}`;
}

/** The run's own label, or its description. */
export function runTitle(run: RunRecord): string {
	return run.label ?? describeRun(run);
}

export function runDate(run: RunRecord): string {
	return new Date(run.createdAt).toLocaleString();
}
