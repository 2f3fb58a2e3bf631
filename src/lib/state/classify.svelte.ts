// The Classify step's training: what to predict (the current run's segments or a column), from
// which features, and both classifiers' evaluation once trained. Training runs in the worker; the
// outcome is kept until the dataset, the run or the target changes.
import type { ClassifierKind } from '../engine/model/evaluate';
import type { TargetCandidate, TrainOutcome, TrainTarget } from '../worker/api/classify';
import { app } from './app.svelte';
import { KeyedLoader, loadKey } from './loader.svelte';
import { recipeState } from './recipe.svelte';
import { runs } from './runs.svelte';
import { TaskCancelled, tasks } from './tasks.svelte';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

class ClassifyState {
	/** Predict the current run's segments, or a column. */
	targetKind = $state<'segments' | 'column'>('segments');
	/** The column predicted when targetKind is 'column'. */
	column = $state('');
	/** Recipe columns left out of the features (column targets). */
	excluded = $state<string[]>([]);
	/** Columns that can be predicted, from the worker. */
	candidates = $state.raw<TargetCandidate[]>([]);
	result = $state.raw<TrainOutcome | null>(null);
	/** Dataset the result belongs to. */
	resultFor = $state('');
	/**
	 * The more accurate classifier after training, or the one last picked. The model in use still
	 * defaults to one without customer rows (modelState.choice); KNN is used only when picked.
	 */
	chosen = $state<ClassifierKind>('knn');
	busy = $state(false);
	status = $state<string | null>(null);
	error = $state<string | null>(null);
	/** Target candidates, per dataset + revision. */
	private candidateLoader = new KeyedLoader<TargetCandidate[]>();

	/** Feature columns of the recipe a column target can use (everything but the target). */
	recipeColumns = $derived((recipeState.recipe?.features ?? []).map((f) => f.column).filter((c) => c !== this.column));

	/** Loads the target candidates for the open dataset; resets what belonged to another one. */
	async sync(): Promise<void> {
		const meta = app.meta;
		if (!meta) return;
		const wanted = loadKey(meta.id, app.revision);
		if (wanted === this.candidateLoader.key) return;
		if (this.resultFor !== meta.id) this.reset();
		if (!(await this.candidateLoader.load(wanted, () => tasks.quiet((api) => api.targetCandidates(meta.id)), { keep: true }))) return;
		const candidates = this.candidateLoader.value;
		if (this.candidateLoader.error || !candidates) {
			this.error = this.candidateLoader.error;
		} else {
			this.candidates = candidates;
			if (!candidates.some((c) => c.name === this.column)) this.column = candidates[0]?.name ?? '';
		}
		if (!runs.current && this.targetKind === 'segments' && this.candidates.length) this.targetKind = 'column';
	}

	reset(): void {
		this.result = null;
		this.resultFor = '';
		this.status = null;
		this.error = null;
		this.excluded = [];
	}

	setExcluded(column: string, excluded: boolean): void {
		this.excluded = excluded ? [...new Set([...this.excluded, column])] : this.excluded.filter((c) => c !== column);
	}

	/** What the current choices ask the worker to train on, or a reason they cannot. */
	target(): TrainTarget | string {
		if (this.targetKind === 'segments') {
			if (!runs.current) return 'There is no run yet: make one on the Choose k step, or predict a column instead.';
			return { kind: 'segments', runId: runs.current.id };
		}
		const recipe = recipeState.recipe;
		if (!recipe) return 'The preparation recipe is still loading.';
		if (!this.column) return 'Choose the column to predict.';
		const features = this.recipeColumns.filter((c) => !this.excluded.includes(c));
		if (features.length === 0) return 'Choose at least one feature besides the target.';
		return { kind: 'column', column: this.column, recipe: $state.snapshot(recipe), features };
	}

	async train(): Promise<void> {
		const meta = app.meta;
		const target = this.target();
		if (!meta) return;
		if (typeof target === 'string') {
			this.error = target;
			return;
		}
		this.busy = true;
		this.error = null;
		this.status = null;
		try {
			const label = target.kind === 'segments' ? 'Training classifiers on the segments' : `Training classifiers on ${target.column}`;
			const result = await tasks.run(label, (api, onProgress) => api.trainClassifiers(meta.id, target, {}, onProgress));
			this.result = result;
			this.resultFor = meta.id;
			this.chosen = result.naiveBayes.cvAccuracy > result.knn.cvAccuracy ? 'naive-bayes' : 'knn';
		} catch (error) {
			if (error instanceof TaskCancelled) this.status = 'Training cancelled.';
			else this.error = message(error);
		} finally {
			this.busy = false;
		}
	}

	/** What the result predicts, for headings: "the segments" or "Channel". */
	targetLabel = $derived(this.result ? (this.result.target.kind === 'column' ? this.result.target.column : 'segments') : '');
}

export const classifyState = new ClassifyState();
