// The Explore step's worker-computed views of the open dataset: per-column distributions (computed
// lazily, one column at a time), the correlation heatmap, a scatter of two columns and a pair plot.
import type { CorrelationMethod } from '../engine/stats';
import type { ColumnView, Correlation } from '../worker/api/explore';
import type { HistogramBin } from '../charts/types';
import { app } from './app.svelte';
import { KeyedLoader, loadKey } from './loader.svelte';
import { TaskCancelled, tasks } from './tasks.svelte';

export interface PairColumn {
	name: string;
	values: Float64Array;
	bins: HistogramBin[];
}

/** Column pairs by |r|, strongest first (NaN last), for choosing what to plot before the analyst does. */
export function strongestPairs(corr: Correlation): [string, string][] {
	const d = corr.names.length;
	const pairs: { a: number; b: number; r: number }[] = [];
	for (let a = 0; a < d; a++) for (let b = a + 1; b < d; b++) pairs.push({ a, b, r: Math.abs(corr.matrix[a * d + b]) || 0 });
	return pairs.sort((p, q) => q.r - p.r).map((p) => [corr.names[p.a], corr.names[p.b]]);
}

/** The first `k` distinct columns met along the strongest pairs. */
function strongestColumns(corr: Correlation, k: number): string[] {
	const out = new Set<string>();
	for (const [a, b] of strongestPairs(corr)) {
		if (out.size < k) out.add(a);
		if (out.size < k) out.add(b);
	}
	return [...out];
}

function message(error: unknown): string {
	if (error instanceof TaskCancelled) return 'Cancelled.';
	return error instanceof Error ? error.message : String(error);
}

class ExploreState {
	/** Column shown in detail. */
	column = $state<string | null>(null);
	/**
	 * Column views by name, filled as they are asked for (replaced, not mutated). A Map, not an
	 * object: a column named "toString" or "constructor" must not find Object.prototype's members.
	 */
	views = $state.raw<ReadonlyMap<string, ColumnView>>(new Map());
	/** Draw the density line over histograms. */
	showDensity = $state(true);

	method = $state<CorrelationMethod>('pearson');
	clustered = $state(false);
	correlation = $state.raw<Correlation | null>(null);

	scatterX = $state<string | null>(null);
	scatterY = $state<string | null>(null);
	scatter = $state.raw<{ x: Float64Array; y: Float64Array; xName: string; yName: string; missing: number } | null>(null);

	pairNames = $state<string[]>([]);
	pair = $state.raw<PairColumn[] | null>(null);

	error = $state<string | null>(null);
	/** The dataset + revision the views belong to; answers for an older one are dropped. */
	private dataset = new KeyedLoader<true>();
	/** Dataset id + revision the views belong to ('' before the first sync); views depending on it reload. */
	get loadedFor(): string {
		return this.dataset.key;
	}
	private pending = new Set<string>();
	/** The analyst changed the pair plot's columns (so correlations no longer choose them). */
	private pairTouched = false;

	/** Numeric columns (identifiers left out), in table order. */
	numericNames = $derived((app.meta?.columns ?? []).filter((c) => c.type === 'numeric' && c.role !== 'id').map((c) => c.name));

	/** Starts over when another dataset (or a changed one) is open; picks sensible first columns. */
	sync(): void {
		const meta = app.meta;
		if (!meta) return;
		const key = loadKey(meta.id, app.revision);
		if (this.dataset.isCurrent(key)) return;
		this.dataset.set(key, true);
		this.views = new Map();
		this.pending.clear();
		this.correlation = null;
		this.scatter = null;
		this.pair = null;
		this.error = null;
		const names = meta.columns.map((c) => c.name);
		const numeric = this.numericNames;
		if (!this.column || !names.includes(this.column)) this.column = numeric[0] ?? names[0] ?? null;
		// Scatter and pair plot start from the most correlated columns once the correlations are in.
		if (!this.scatterX || !this.scatterY || !numeric.includes(this.scatterX) || !numeric.includes(this.scatterY)) {
			this.scatterX = numeric.length === 1 ? numeric[0] : null;
			this.scatterY = this.scatterX;
		}
		this.pairNames = this.pairNames.filter((n) => numeric.includes(n));
		if (this.pairNames.length < 2) this.pairTouched = false;
	}

	/** First choices for the scatter and the pair plot: the most related columns. */
	private chooseFromCorrelation(corr: Correlation): void {
		const [first] = strongestPairs(corr);
		if (first && (!this.scatterX || !this.scatterY)) [this.scatterX, this.scatterY] = first;
		if (!this.pairTouched && this.pairNames.length < 2) this.pairNames = this.numericNames.filter((n) => strongestColumns(corr, 4).includes(n));
	}

	/** Asks the worker for a column's view once; later calls are no-ops. */
	async loadView(column: string): Promise<void> {
		const meta = app.meta;
		if (!meta || !this.loadedFor || this.views.has(column) || this.pending.has(column)) return;
		const key = this.loadedFor;
		this.pending.add(column);
		try {
			const view = await tasks.quiet<ColumnView>((api) => api.exploreColumn(meta.id, column));
			if (this.dataset.isCurrent(key)) this.views = new Map(this.views).set(column, view);
		} catch (error) {
			if (this.dataset.isCurrent(key)) this.error = `Distribution of “${column}”: ${message(error)}`;
		} finally {
			this.pending.delete(column);
		}
	}

	async loadCorrelation(): Promise<void> {
		const meta = app.meta;
		if (!meta || !this.loadedFor) return;
		const key = this.loadedFor;
		const method = this.method;
		const order = this.clustered ? 'clustered' : 'table';
		try {
			const label = `Computing ${method === 'pearson' ? 'Pearson' : 'Spearman'} correlations`;
			const result = await tasks.run(label, (api) => api.correlation(meta.id, method, order));
			if (!this.dataset.isCurrent(key)) return;
			this.correlation = result;
			this.chooseFromCorrelation(result);
		} catch (error) {
			if (this.dataset.isCurrent(key)) this.error = `Correlations: ${message(error)}`;
		}
	}

	async loadScatter(): Promise<void> {
		const meta = app.meta;
		const xName = this.scatterX;
		const yName = this.scatterY;
		if (!meta || !this.loadedFor || !xName || !yName) return;
		const key = this.loadedFor;
		try {
			const result = await tasks.quiet((api) => api.scatterColumns(meta.id, xName, yName));
			if (this.dataset.isCurrent(key)) this.scatter = { ...result, xName, yName };
		} catch (error) {
			if (this.dataset.isCurrent(key)) this.error = `Scatter: ${message(error)}`;
		}
	}

	async loadPair(): Promise<void> {
		const meta = app.meta;
		const names = [...this.pairNames];
		if (!meta || !this.loadedFor) return;
		if (names.length < 2) {
			this.pair = null;
			return;
		}
		const key = this.loadedFor;
		try {
			const result = await tasks.quiet((api) => api.pairColumns(meta.id, names));
			if (this.dataset.isCurrent(key)) this.pair = result.columns;
		} catch (error) {
			if (this.dataset.isCurrent(key)) this.error = `Pair plot: ${message(error)}`;
		}
	}

	togglePair(name: string): void {
		this.pairTouched = true;
		if (this.pairNames.includes(name)) this.pairNames = this.pairNames.filter((n) => n !== name);
		else if (this.pairNames.length < 6) this.pairNames = this.numericNames.filter((n) => n === name || this.pairNames.includes(n));
	}
}

export const explore = new ExploreState();
