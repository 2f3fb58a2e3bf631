// The Gaussian mixture part of Choose k: covariance type, the BIC/AIC sweep over k (rows arrive one
// k at a time from the worker), the k picked (the lowest BIC unless the analyst picks another) and
// the spec a run is made from. Reset when the dataset or the recipe changes.
import { proxy } from 'comlink';
import type { GmmSweepResult, GmmSweepRow } from '../engine/cluster/gmmSweep';
import type { ClusterSpec } from '../engine/results/runSegmentation';
import { app } from './app.svelte';
import { chooseK } from './chooseK.svelte';
import { recipeState } from './recipe.svelte';
import { TaskCancelled, tasks } from './tasks.svelte';

/** Largest k the panel sweeps or runs. */
export const GMM_K_LIMIT = 30;

class GmmState {
	covariance = $state<'full' | 'diag'>('full');
	kmin = $state(1);
	kmax = $state(8);
	/** EM starts per k (scikit-learn's n_init). */
	restarts = $state(1);
	k = $state(3);
	rows = $state.raw<GmmSweepRow[]>([]);
	sweep = $state.raw<GmmSweepResult | null>(null);
	busy = $state(false);
	status = $state<string | null>(null);
	error = $state<string | null>(null);
	private sweptFor = '';
	private count = 0;

	/** Forgets a sweep made for another dataset, recipe or covariance type. */
	sync(): void {
		const wanted = `${app.meta?.id}#${recipeState.key}#${this.covariance}`;
		if (wanted === this.sweptFor) return;
		this.sweptFor = wanted;
		this.count++;
		this.rows = [];
		this.sweep = null;
		this.status = null;
		this.error = null;
	}

	async runSweep(): Promise<void> {
		const meta = app.meta;
		const recipe = recipeState.recipe;
		if (!meta || !recipe || this.busy || chooseK.busy) return;
		this.sync();
		const request = { kmin: this.kmin, kmax: this.kmax, covariance: this.covariance, seed: chooseK.seed, restarts: this.restarts };
		const id = ++this.count;
		this.busy = true;
		this.status = null;
		this.error = null;
		this.rows = [];
		this.sweep = null;
		const onRow = proxy((row: GmmSweepRow) => {
			if (id !== this.count || this.sweep || this.rows.some((r) => r.k === row.k)) return;
			this.rows = [...this.rows, row].sort((a, b) => a.k - b.k);
		});
		try {
			const label = `BIC and AIC of Gaussian mixtures (${request.covariance}), k = ${request.kmin}..${request.kmax}`;
			const outcome = await tasks.run(label, (api, onProgress) => api.gmmSweepK(meta.id, recipe, request, onRow, onProgress));
			if (id !== this.count) return;
			this.rows = outcome.result.rows;
			this.sweep = outcome.result;
			this.k = outcome.result.bestBicK;
		} catch (error) {
			if (error instanceof TaskCancelled) this.status = `BIC sweep cancelled after ${this.rows.length} values of k.`;
			else this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.busy = false;
		}
	}

	spec(k = this.k): ClusterSpec {
		return { algorithm: 'gmm', k, covariance: this.covariance, seed: chooseK.seed, restarts: this.restarts };
	}
}

export const gmmState = new GmmState();
