// One call from a table and a recipe to a finished run: prepare, cluster with the chosen
// algorithm, score and profile, each part timed. The worker and the CLI use it for a single run.
import { assertNever } from '../assert';
import { dbscan, type DbscanOptions } from '../cluster/dbscan';
import { gmm, type GmmOptions } from '../cluster/gmm';
import { hierarchical, type HierarchicalOptions } from '../cluster/hierarchical';
import { kmeans, type KMeansOptions } from '../cluster/kmeans';
import { miniBatchKMeans, type MiniBatchKMeansOptions } from '../cluster/miniBatchKMeans';
import type { ClusterResult } from '../cluster/types';
import type { Matrix } from '../matrix';
import { prepare } from '../prep/prepare';
import type { Prepared, Recipe } from '../prep/recipe';
import type { Table } from '../table';
import { buildRunResult, type BuildRunResultInput } from './buildRunResult';
import type { RunResult } from './types';

/** The algorithm and its options. */
export type ClusterSpec =
	| ({ algorithm: 'kmeans' } & KMeansOptions)
	| ({ algorithm: 'minibatch-kmeans' } & MiniBatchKMeansOptions)
	| ({ algorithm: 'dbscan' } & DbscanOptions)
	| ({ algorithm: 'hierarchical' } & HierarchicalOptions)
	| ({ algorithm: 'gmm' } & GmmOptions);

export function runCluster(X: Matrix, spec: ClusterSpec): ClusterResult {
	switch (spec.algorithm) {
		case 'kmeans':
			return kmeans(X, spec);
		case 'minibatch-kmeans':
			return miniBatchKMeans(X, spec);
		case 'dbscan':
			return dbscan(X, spec);
		case 'hierarchical': {
			const { tree: _tree, ...result } = hierarchical(X, spec);
			return result;
		}
		case 'gmm': {
			// n x k responsibilities are recomputed from the mixture where shown, not kept with the run.
			const { responsibilities: _responsibilities, ...result } = gmm(X, spec);
			return result;
		}
		default:
			return assertNever(spec);
	}
}

export function runSegmentation(
	table: Table,
	recipe: Recipe,
	spec: ClusterSpec,
	options: Pick<BuildRunResultInput, 'metricsOptions' | 'profile'> & {
		/** `recipe` already applied to `table` (a cached matrix), so it is not prepared again. */
		prepared?: Prepared;
	} = {}
): RunResult {
	const { prepared: given, ...buildOptions } = options;
	let start = performance.now();
	const prepared = given ?? prepare(table, recipe);
	const prepareMs = performance.now() - start;
	start = performance.now();
	const cluster = runCluster(prepared.X, spec);
	const clusterMs = performance.now() - start;
	return buildRunResult({ table, prepared, cluster, timings: { prepareMs, clusterMs }, ...buildOptions });
}
