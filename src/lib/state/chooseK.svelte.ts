// The Choose k step: the algorithm and its settings, the k-means sweep (rows arrive one k at a
// time; the finished sweep is kept per dataset and recipe so it survives a reload), the DBSCAN
// k-distance curve, the Ward tree, and turning a choice into a stored run.
import { proxy } from 'comlink';
import { assertNever } from '../engine/assert';
import type { SweepResult, SweepRow } from '../engine/cluster/sweep';
import type { ClusterSpec } from '../engine/results/runSegmentation';
import type { RunRecord } from '../store/runs';
import { loadSetting, saveSetting } from '../store/settings';
import type { DendrogramOutcome, KDistanceOutcome } from '../worker/api/cluster';
import { app } from './app.svelte';
import { KeyedLoader, loadKey } from './loader.svelte';
import { algorithmNames } from '../runText';
import { recipeState } from './recipe.svelte';
import { isStaleFor, runs } from './runs.svelte';
import { TaskCancelled, tasks } from './tasks.svelte';

export type ChooseAlgorithm = 'kmeans' | 'dbscan' | 'hierarchical' | 'gmm';

/** The finished sweep as stored in settings under `sweep:<datasetId>`. */
interface StoredSweep {
	recipeKey: string;
	rows: number;
	result: SweepResult;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

class ChooseKState {
	algorithm = $state<ChooseAlgorithm>('kmeans');
	kmin = $state(1);
	kmax = $state(10);
	seed = $state(42);
	restarts = $state(10);
	/** Mini-batch k-means instead of k-means (offered above MINIBATCH_THRESHOLD rows). */
	miniBatch = $state(false);
	/** The k picked for k-means (chart, table or input). */
	k = $state(3);
	/** Sweep rows so far, in increasing k. */
	rows = $state.raw<SweepRow[]>([]);
	/** The finished sweep for the current recipe, or null. */
	sweep = $state.raw<SweepResult | null>(null);
	/** Prepared rows the sweep clustered. */
	sweepRows = $state(0);
	minPoints = $state(5);
	eps = $state<number | null>(null);
	kDistance = $state.raw<KDistanceOutcome | null>(null);
	tree = $state.raw<DendrogramOutcome | null>(null);
	/** k where the dendrogram is cut. */
	treeK = $state(4);
	busy = $state<'sweep' | 'cluster' | 'eps' | 'tree' | null>(null);
	/** A short outcome such as "Sweep cancelled." */
	status = $state<string | null>(null);
	error = $state<string | null>(null);
	/** The stored sweep, per dataset + revision + recipe. */
	private stored = new KeyedLoader<StoredSweep | undefined>();
	/** Bumped per sweep, so rows of an abandoned sweep are ignored. */
	private sweepCount = 0;

	/** Resets to the stored sweep (if any) when the dataset or the recipe changed. */
	async sync(): Promise<void> {
		const meta = app.meta;
		if (!meta || !recipeState.recipe) return;
		const wanted = loadKey(meta.id, app.revision, recipeState.key);
		if (wanted === this.stored.key) return;
		this.sweepCount++;
		this.rows = [];
		this.sweep = null;
		this.sweepRows = 0;
		this.kDistance = null;
		this.eps = null;
		this.tree = null;
		this.status = null;
		this.error = null;
		const recipeKey = recipeState.key;
		if (!(await this.stored.load(wanted, () => loadSetting<StoredSweep>(`sweep:${meta.id}`)))) return;
		const stored = this.stored.value;
		if (!stored || isStaleFor(stored.recipeKey, recipeKey) || !hasEvidence(stored.result)) return;
		this.rows = stored.result.rows;
		this.sweep = stored.result;
		this.sweepRows = stored.rows;
		this.k = stored.result.recommendedK;
	}

	async runSweep(): Promise<void> {
		const meta = app.meta;
		const recipe = recipeState.recipe;
		if (!meta || !recipe || this.busy) return;
		const key = recipeState.key;
		const request = { kmin: this.kmin, kmax: this.kmax, seed: this.seed, restarts: this.restarts };
		this.begin('sweep');
		this.rows = [];
		this.sweep = null;
		const sweepId = ++this.sweepCount;
		// Rows come through their own message channel, so one may land after the final result: keep each k once.
		const onRow = proxy((row: SweepRow) => {
			if (sweepId !== this.sweepCount || this.sweep || this.rows.some((r) => r.k === row.k)) return;
			this.rows = [...this.rows, row].sort((a, b) => a.k - b.k);
		});
		try {
			const outcome = await tasks.run(`Sweeping k = ${request.kmin}..${request.kmax}`, (api, onProgress) => api.sweepK(meta.id, recipe, request, onRow, onProgress));
			if (sweepId !== this.sweepCount) return;
			this.rows = outcome.result.rows;
			this.sweep = outcome.result;
			this.sweepRows = outcome.rows;
			this.k = outcome.result.recommendedK;
			await saveSetting(`sweep:${meta.id}`, { recipeKey: key, rows: outcome.rows, result: outcome.result } satisfies StoredSweep);
		} catch (error) {
			this.fail(error, `Sweep cancelled after ${this.rows.length} of ${request.kmax - request.kmin + 1} values of k.`);
		} finally {
			this.busy = null;
		}
	}

	/** The k-means (or mini-batch) spec for a k with the current seed and restarts. */
	kmeansSpec(k: number): ClusterSpec {
		return this.miniBatch ? { algorithm: 'minibatch-kmeans', k, seed: this.seed } : { algorithm: 'kmeans', k, seed: this.seed, restarts: this.restarts };
	}

	/**
	 * Clusters the prepared data with `spec` in the worker, stores the run and makes it current.
	 * Resolves to the new run, or null when it was cancelled or failed (the reason is in status/error).
	 */
	async cluster(spec: ClusterSpec): Promise<RunRecord | null> {
		const meta = app.meta;
		const recipe = recipeState.recipe;
		if (!meta || !recipe || this.busy) return null;
		const context = { recipeKey: recipeState.key, sweep: spec.algorithm === 'kmeans' && this.sweep ? this.sweep : undefined };
		this.begin('cluster');
		try {
			// The worker owns the data: it clusters, stores the run and keeps it for the Segments views.
			const record = await tasks.run(`Clustering (${describeSpec(spec)})`, (api, onProgress) => api.clusterAndStore(meta.id, recipe, spec, context, onProgress));
			await runs.adopt(record);
			return record;
		} catch (error) {
			this.fail(error, 'Clustering cancelled.');
			return null;
		} finally {
			this.busy = null;
		}
	}

	/** Runs `run`'s algorithm and parameters again on the current recipe. */
	rerun(run: RunRecord): Promise<RunRecord | null> {
		return this.cluster(specOf(run));
	}

	async loadKDistance(): Promise<void> {
		const meta = app.meta;
		const recipe = recipeState.recipe;
		if (!meta || !recipe || this.busy) return;
		const minPoints = this.minPoints;
		this.begin('eps');
		try {
			const outcome = await tasks.run('Computing the k-distance curve', (api, onProgress) => api.kDistance(meta.id, recipe, minPoints, onProgress));
			this.kDistance = outcome;
			this.eps = Number(outcome.eps.toPrecision(4));
		} catch (error) {
			this.fail(error, 'k-distance curve cancelled.');
		} finally {
			this.busy = null;
		}
	}

	async loadTree(): Promise<void> {
		const meta = app.meta;
		const recipe = recipeState.recipe;
		if (!meta || !recipe || this.busy) return;
		this.begin('tree');
		try {
			this.tree = await tasks.run<DendrogramOutcome>('Building the Ward merge tree', (api, onProgress) => api.dendrogram(meta.id, recipe, onProgress));
		} catch (error) {
			this.fail(error, 'Merge tree cancelled.');
		} finally {
			this.busy = null;
		}
	}

	private begin(what: NonNullable<ChooseKState['busy']>): void {
		this.busy = what;
		this.status = null;
		this.error = null;
	}

	private fail(error: unknown, cancelled: string): void {
		if (error instanceof TaskCancelled) this.status = cancelled;
		else this.error = message(error);
	}
}

/**
 * True for a sweep stored with the per-criterion picks and confidence; sweeps stored before them
 * are run again rather than shown without their evidence.
 */
export function hasEvidence(result: SweepResult): boolean {
	return result.picks !== undefined && result.confidence !== undefined;
}

/** "k-means, k = 4" and the like, for task labels and the run history. */
export function describeSpec(spec: ClusterSpec): string {
	switch (spec.algorithm) {
		case 'kmeans':
		case 'minibatch-kmeans':
		case 'hierarchical':
			return `${algorithmNames[spec.algorithm]}, k = ${spec.k}`;
		case 'dbscan':
			return `${algorithmNames.dbscan}, eps = ${spec.eps.toPrecision(3)}, minPoints = ${spec.minPoints ?? 5}`;
		case 'gmm':
			return `${algorithmNames.gmm} (${spec.covariance ?? 'full'} covariance), k = ${spec.k}`;
		default:
			return assertNever(spec);
	}
}

/** The spec that made a stored run. */
export function specOf(run: RunRecord): ClusterSpec {
	const { algorithm, k, seed, params } = run.result;
	const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
	switch (algorithm) {
		case 'kmeans':
			return { algorithm, k, seed, restarts: num(params.restarts, 10) };
		case 'minibatch-kmeans':
			return { algorithm, k, seed };
		case 'dbscan':
			return { algorithm, eps: num(params.eps, 0.5), minPoints: num(params.minPoints, 5) };
		case 'hierarchical':
			return { algorithm, k };
		case 'gmm':
			// The mixture keeps every component asked for, even one that ended up holding no row.
			return { algorithm, k: run.result.mixture?.weights.length ?? k, seed, covariance: params.covariance === 'diag' ? 'diag' : 'full', restarts: num(params.restarts, 1) };
		default:
			return assertNever(algorithm);
	}
}

export const chooseK = new ChooseKState();
