// The model the Classify and Export steps use: the current run's (nearest centroid), a trained
// classifier's, or one imported from a file or a share link. Everything done with it (one
// prediction, a scored file, the JSON, the link) goes through the worker.
import type { InputValues, Prediction } from '../engine/model/predict';
import { trainingRowCount } from '../engine/model/rowFree';
import type { SegmentModel } from '../engine/model/types';
import type { Neighbour } from '../engine/model/neighbours';
import { segmentNames } from '../store/runs';
import type { DatasetMeta } from '../store/types';
import type { ScoreFileOutcome } from '../worker/api/classify';
import { app } from './app.svelte';
import { classifyState } from './classify.svelte';
import { runs } from './runs.svelte';
import { TaskCancelled, tasks } from './tasks.svelte';

export type ModelChoice = 'run' | 'knn' | 'naive-bayes' | 'external';

export interface ModelOption {
	key: ModelChoice;
	label: string;
}

/** Largest model file read: a KNN model of 20,000 customers with 100 features is about 40 MB. */
const maxModelFileBytes = 100_000_000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The model with the run's current segment names (renamed after training, say). */
function withNames(model: SegmentModel, names: string[] | undefined): SegmentModel {
	if (!names || model.target.kind !== 'segments' || names.length < model.segments.length) return model;
	if (model.segments.every((s) => s.name === names[s.label])) return model;
	return { ...model, segments: model.segments.map((s) => ({ ...s, name: names[s.label] })) };
}

class ModelState {
	/** A model from a file or a link, used instead of the dataset's own. */
	external = $state.raw<{ model: SegmentModel; from: 'file' | 'link'; name: string } | null>(null);
	/** The current run's model, made by the worker. */
	runModel = $state.raw<SegmentModel | null>(null);
	private runModelFor = '';
	/** The option the user picked; null = the best available. */
	picked = $state<ModelChoice | null>(null);
	prediction = $state.raw<(Prediction & { neighbours: Neighbour[] | null }) | null>(null);
	predictedValues = $state.raw<InputValues | null>(null);
	scored = $state.raw<ScoreFileOutcome | null>(null);
	added = $state.raw<DatasetMeta | null>(null);
	busy = $state<'predict' | 'score' | 'add' | 'import' | 'link' | null>(null);
	error = $state<string | null>(null);
	notice = $state<string | null>(null);

	options = $derived.by((): ModelOption[] => {
		const out: ModelOption[] = [];
		if (this.external) out.push({ key: 'external', label: `Imported from ${this.external.from === 'link' ? 'a shared link' : this.external.name}` });
		const result = classifyState.result;
		if (result) {
			const what = result.target.kind === 'column' ? `Predicts ${result.target.column}` : 'Predicts the segments';
			out.push({ key: 'knn', label: `${what}: KNN (k = ${result.knn.k})` });
			out.push({ key: 'naive-bayes', label: `${what}: Gaussian Naive Bayes` });
		}
		if (runs.current) out.push({ key: 'run', label: 'Segments of the current run: nearest centroid' });
		return out;
	});

	/**
	 * The option in use: the picked one while it exists, else one that holds no customer rows:
	 * imported > the run's nearest centroid (segment models) > Naive Bayes (column models). KNN keeps
	 * every training customer, so it is used only when picked (issue 11.6).
	 */
	choice = $derived.by((): ModelChoice | null => {
		const keys = this.options.map((o) => o.key);
		if (this.picked && keys.includes(this.picked)) return this.picked;
		if (keys.includes('external')) return 'external';
		const result = classifyState.result;
		if (keys.includes('run') && (!result || result.target.kind === 'segments')) return 'run';
		if (result) return 'naive-bayes';
		return keys.includes('run') ? 'run' : null;
	});

	active = $derived.by((): SegmentModel | null => {
		const names = runs.current ? segmentNames(runs.current) : undefined;
		switch (this.choice) {
			case 'external':
				return this.external?.model ?? null;
			case 'knn':
			case 'naive-bayes': {
				const result = classifyState.result;
				if (!result) return null;
				const model = this.choice === 'knn' ? result.models.knn : result.models.naiveBayes;
				return result.runId && result.runId === runs.current?.id ? withNames(model, names) : model;
			}
			case 'run':
				return this.runModel;
			default:
				return null;
		}
	});

	/** Customers the active model holds row by row (KNN's training set); 0 for row-free models. */
	trainingRows = $derived(this.active ? trainingRowCount(this.active) : 0);

	/** Asks the worker for the current run's model when the run (or its names) changed. */
	async syncRunModel(): Promise<void> {
		const meta = app.meta;
		const run = runs.current;
		const wanted = meta && run ? `${meta.id}#${run.id}#${run.names.join('\u0000')}` : '';
		if (wanted === this.runModelFor) return;
		this.runModelFor = wanted;
		if (!meta || !run) {
			this.runModel = null;
			return;
		}
		try {
			const model = await tasks.quiet((api) => api.runModel(meta.id, run.id));
			if (this.runModelFor === wanted) this.runModel = model;
		} catch (error) {
			this.runModelFor = '';
			this.error = message(error);
		}
	}

	/** Reads a model file and uses it. */
	async importFile(file: File): Promise<void> {
		await this.guard('import', async () => {
			if (file.size > maxModelFileBytes) {
				throw new Error(`the file is ${Math.round(file.size / 1e6)} MB, more than the ${maxModelFileBytes / 1e6} MB a model file may be`);
			}
			const text = await file.text();
			const model = await tasks.quiet((api) => api.parseModelText(text));
			this.useExternal(model, 'file', file.name);
			this.notice = `Model “${file.name}” loaded: ${model.segments.length} segments from “${model.dataset.name}”.`;
		}, (error) => `“${file.name}” cannot be used: ${message(error)}`);
	}

	/** Reads the model in a share link's fragment. */
	async importLink(encoded: string): Promise<void> {
		await this.guard('import', async () => {
			const model = await tasks.quiet((api) => api.decodeShare(encoded));
			this.useExternal(model, 'link', 'shared link');
			this.notice = `Model from a shared link: ${model.segments.length} segments from “${model.dataset.name}”.`;
		}, (error) => {
			// The page was opened for this link's model: never leave an earlier import standing in for it.
			if (this.external) this.dropExternal();
			return `The shared link cannot be used: ${message(error)}`;
		});
	}

	useExternal(model: SegmentModel, from: 'file' | 'link', name: string): void {
		this.external = { model, from, name };
		this.picked = 'external';
		this.clearResults();
	}

	dropExternal(): void {
		this.external = null;
		this.picked = null;
		this.clearResults();
	}

	pick(choice: ModelChoice): void {
		this.picked = choice;
		if (choice === 'knn' || choice === 'naive-bayes') classifyState.chosen = choice;
		this.clearResults();
	}

	clearResults(): void {
		this.prediction = null;
		this.predictedValues = null;
		this.scored = null;
		this.added = null;
		this.error = null;
	}

	async predict(values: InputValues): Promise<void> {
		const model = this.active;
		if (!model) return;
		const snapshot = { ...values };
		const datasetId = this.datasetHasInputs(model) ? app.meta?.id : undefined;
		await this.guard('predict', async () => {
			this.prediction = await tasks.quiet((api) => api.predictCustomer(model, snapshot, datasetId));
			this.predictedValues = snapshot;
			this.added = null;
		});
	}

	async scoreFile(file: File): Promise<void> {
		const model = this.active;
		if (!model) return;
		await this.guard('score', async () => {
			this.scored = null;
			this.scored = await tasks.run(`Scoring “${file.name}”`, (api, onProgress) => api.scoreFile(model, file, file.name, onProgress));
		});
	}

	/** Saves the last predicted customer as a new version of the open dataset. */
	async addCustomer(): Promise<void> {
		const meta = app.meta;
		const values = this.predictedValues;
		if (!meta || !values) return;
		await this.guard('add', async () => {
			this.added = await tasks.quiet((api) => api.addCustomer(meta.id, values));
			await app.refresh();
		});
	}

	/** The share link of `model` (default the active one); throws when it holds customer rows or is too large for a link. */
	async shareLink(appUrl: string, maxChars: number, model: SegmentModel | null = this.active): Promise<string> {
		if (!model) throw new Error('there is no model to share yet');
		const encoded = await tasks.quiet((api) => api.encodeShare(model));
		if (encoded.length > maxChars) {
			throw new Error(`this model needs a ${Math.round(encoded.length / 1000)} kB link, too long to share; download the model JSON and send the file instead`);
		}
		return `${appUrl.replace(/\/+$/, '')}/classify/#model=${encoded}`;
	}

	/** True when the open dataset has every column the model reads (so it can show neighbours and take new rows). */
	datasetHasInputs(model: SegmentModel | null = this.active): boolean {
		const columns = new Set(app.meta?.columns.map((c) => c.name) ?? []);
		return Boolean(model && app.meta && model.fitted.inputs.every((i) => columns.has(i.column)));
	}

	private async guard(what: NonNullable<ModelState['busy']>, work: () => Promise<void>, describe: (error: unknown) => string = message): Promise<void> {
		this.busy = what;
		this.error = null;
		this.notice = null;
		try {
			await work();
		} catch (error) {
			this.error = error instanceof TaskCancelled ? null : describe(error);
			if (error instanceof TaskCancelled) this.notice = 'Cancelled.';
		} finally {
			this.busy = null;
		}
	}
}

export const modelState = new ModelState();
