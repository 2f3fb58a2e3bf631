// Worker-side Classify and Export operations: train and compare KNN with Naive Bayes, turn a run or
// a trained classifier into a model file, predict one customer (with the nearest known ones), score
// a whole file, add a customer as a new dataset version, and the CSV, JSON and link downloads.
import type { Recipe } from '../../engine/prep/recipe';
import type { ProgressCallback } from '../../engine/progress';
import { segmentNumber } from '../../engine/insights/segmentLabel';
import { macroSegments, needsGroups } from '../../engine/results/macroSegments';
import { importBlob } from '../../engine/io/import';
import { scoreTablePooled } from '../../engine/parallel/scoreTablePooled';
import { cellText, type Table } from '../../engine/table';
import {
	appendRow,
	capTrainingSet,
	columnTrainingSet,
	decodeShare,
	encodeShare,
	evaluateClassifiers,
	labelledCsvChunks,
	maxClasses,
	modelFromRun,
	modelFromTraining,
	neighbourSearch,
	parseModel,
	predictOne,
	segmentSummaryCsv,
	segmentTrainingSet,
	type InputValues,
	type ModelEvaluation,
	type ModelTarget,
	type Neighbour,
	type NeighbourSearch,
	type Prediction,
	type SegmentModel
} from '../../engine/model';
import { runSegmentNames } from '../../engine/results/segmentNames';
import { saveDataset } from '../../store/datasets';
import { getRun, type RunRecord } from '../../store/runs';
import type { DatasetMeta } from '../../store/types';
import { datasetTable } from '../cache';
import { withPool } from '../poolQueue';
import { throttled } from '../progress';
import { runProbabilities } from './gmm';

/** Rows a classifier is trained and evaluated on at most (a stratified sample above). */
export const maxTrainingRows = 20_000;

export type TrainTarget = { kind: 'segments'; runId: string } | { kind: 'column'; column: string; recipe: Recipe; features: string[] };

export interface TrainOutcome {
	target: ModelTarget;
	runId: string | null;
	classNames: string[];
	featureNames: string[];
	rows: number;
	notices: string[];
	knn: ModelEvaluation;
	naiveBayes: ModelEvaluation;
	/** Each classifier refitted on every training row, as a model file. */
	models: { knn: SegmentModel; naiveBayes: SegmentModel };
}

export interface TargetCandidate {
	name: string;
	classes: number;
}

export interface ScoreFileOutcome {
	fileName: string;
	rows: number;
	scored: number;
	counts: number[];
	dropped: { reason: string; count: number }[];
	notes: string[];
	/** The first rows with their segment, for display. */
	preview: { header: string[]; rows: string[][] };
	csv: Blob;
}

const previewRows = 100;

/** The last neighbour search, kept while the same model is used on the same dataset. */
let searchCache: { key: string; table: Table; search: NeighbourSearch } | null = null;

function searchFor(model: SegmentModel, table: Table): NeighbourSearch {
	const key = `${model.createdAt}|${model.classifier?.kind ?? 'centroid'}|${model.dataset.name}`;
	if (searchCache?.key !== key || searchCache.table !== table) searchCache = { key, table, search: neighbourSearch(model, table) };
	return searchCache.search;
}

async function runRecord(runId: string): Promise<RunRecord> {
	const record = await getRun(runId);
	if (!record) throw new Error('the run no longer exists; choose or make another run on the Choose k step');
	return record;
}

/** Labelled CSV of a table, as a Blob built from the CSV's pieces. */
function csvBlob(chunks: Iterable<string>): Blob {
	return new Blob([...chunks], { type: 'text/csv;charset=utf-8' });
}

export const classify = {
	/** Columns a classifier can predict: categories, and numbers with few distinct values (codes like Channel). */
	async targetCandidates(id: string): Promise<TargetCandidate[]> {
		const { table } = await datasetTable(id);
		// Label-role columns (outcomes such as Response) first: they are what a model is meant to predict.
		const ordered = [...table.columns.filter((c) => c.role === 'label'), ...table.columns.filter((c) => c.role !== 'label')];
		return ordered.flatMap((column) => {
			if (column.type === 'datetime' || column.type === 'identifier') return [];
			const seen = new Set<string>();
			for (let row = 0; row < table.rowCount && seen.size <= maxClasses; row++) {
				const text = cellText(column, row);
				if (text !== '') seen.add(text);
			}
			return seen.size >= 2 && seen.size <= maxClasses && (column.type !== 'numeric' || seen.size <= 20) ? [{ name: column.name, classes: seen.size }] : [];
		});
	},

	async trainClassifiers(id: string, target: TrainTarget, options: { folds?: number; seed?: number } = {}, onProgress?: ProgressCallback): Promise<TrainOutcome> {
		const { meta, table } = await datasetTable(id);
		const record = target.kind === 'segments' ? await runRecord(target.runId) : null;
		const full =
			target.kind === 'segments'
				? segmentTrainingSet(table, record!.result, runSegmentNames(record!.result, record!.names))
				: columnTrainingSet(table, target.recipe, target.column, target.features);
		const set = capTrainingSet(full, maxTrainingRows, options.seed ?? 0);
		const evaluation = evaluateClassifiers(set.X, set.y, set.classNames.length, { folds: options.folds, seed: options.seed, onProgress: throttled(onProgress) });
		const dataset = { name: meta.name, rows: table.rowCount };
		return {
			target: set.target,
			runId: record?.id ?? null,
			classNames: set.classNames,
			featureNames: set.fitted.features.map((f) => f.name),
			rows: set.y.length,
			notices: set.notices,
			knn: evaluation.knn,
			naiveBayes: evaluation.naiveBayes,
			models: {
				knn: modelFromTraining({ set, table, dataset, kind: 'knn', evaluation: evaluation.knn }),
				naiveBayes: modelFromTraining({ set, table, dataset, kind: 'naive-bayes', evaluation: evaluation.naiveBayes })
			}
		};
	},

	/** The model of a stored run: its recipe and centroids; new rows go to the nearest centroid. */
	async runModel(id: string, runId: string): Promise<SegmentModel> {
		const [{ meta, table }, record] = await Promise.all([datasetTable(id), runRecord(runId)]);
		return modelFromRun({ run: record.result, table, names: record.names, datasetName: meta.name });
	},

	/** One customer's segment; with a dataset id, also the 5 nearest rows of that dataset. */
	async predictCustomer(model: SegmentModel, values: InputValues, id?: string): Promise<Prediction & { neighbours: Neighbour[] | null }> {
		const prediction = predictOne(model, values);
		if (!id || prediction.label < 0) return { ...prediction, neighbours: null };
		const { table } = await datasetTable(id);
		try {
			return { ...prediction, neighbours: searchFor(model, table)(values, 5) };
		} catch {
			// The open dataset lacks a column the model reads (a shared model): no neighbours to show.
			return { ...prediction, neighbours: null };
		}
	},

	/** Every row of a file through the model; the labelled CSV comes back as a Blob. */
	async scoreFile(model: SegmentModel, blob: Blob, fileName: string, onProgress?: ProgressCallback): Promise<ScoreFileOutcome> {
		const { table, warnings } = await importBlob(blob, { fileName, onProgress: throttled(onProgress) });
		let scored;
		try {
			// A KNN model on a large file searches over the shard pool: the file's rows (or the model's training
			// rows) then replace the prepared rows the pool's workers held; the next large run sends those again.
			scored = await withPool((pool) => scoreTablePooled(model, table, { pool, onProgress: throttled(onProgress) }));
		} catch (error) {
			throw new Error(`"${fileName}" cannot be scored: ${error instanceof Error ? error.message : error}`);
		}
		const segmentNames = model.segments.map((s) => s.name);
		const rows = { labels: scored.labels, segmentNames, reasons: scored.reasons };
		return {
			fileName,
			rows: table.rowCount,
			scored: scored.scored,
			counts: scored.counts,
			dropped: scored.dropped,
			notes: [...scored.conversions, ...warnings.slice(0, 5).map((w) => w.message)],
			preview: preview(table, scored.labels, scored.names),
			csv: csvBlob(labelledCsvChunks(table, rows))
		};
	},

	/** A new version of the dataset with the customer as its last row (the original is kept). */
	async addCustomer(id: string, values: InputValues): Promise<DatasetMeta> {
		const { meta, table } = await datasetTable(id);
		const extended = appendRow(table, values);
		return saveDataset(extended, {
			name: `${meta.name} (+1 customer)`,
			source: meta.source,
			importedAt: Date.now(),
			warnings: [],
			parentId: id,
			derivation: `1 customer added to "${meta.name}" on the Classify step`
		});
	},

	/** The dataset with every row's segment number in the run (empty for noise and for rows the recipe dropped). */
	async labelledRunCsv(id: string, runId: string): Promise<Blob> {
		const [{ table }, record] = await Promise.all([datasetTable(id), runRecord(runId)]);
		const { labels, rowIndex } = record.result;
		const perRow = new Int32Array(table.rowCount).fill(-1);
		rowIndex.forEach((row, i) => (perRow[row] = labels[i]));
		// Runs with many segments carry their (automatic) macro group, as Segments and the report show it.
		const macro = needsGroups(record.result.k) ? macroSegments(record.result) : null;
		const groups = macro ? { groupOf: macro.groupOf, names: macro.groups.map((g) => g.name) } : undefined;
		// Gaussian mixture runs add each row's probability of every segment.
		const probabilities = await runProbabilities(id, record.result);
		return csvBlob(labelledCsvChunks(table, { labels: perRow, segmentNames: runSegmentNames(record.result, record.names), groups, probabilities }));
	},

	segmentSummaryCsv(model: SegmentModel): string {
		return segmentSummaryCsv(model);
	},

	/** A model file's text, checked; throws with the reason it cannot be used. */
	parseModelText(text: string): SegmentModel {
		return parseModel(text);
	},

	encodeShare(model: SegmentModel): Promise<string> {
		return encodeShare(model);
	},

	decodeShare(encoded: string): Promise<SegmentModel> {
		return decodeShare(encoded);
	}
};

function preview(table: Table, labels: Int32Array, names: string[]): ScoreFileOutcome['preview'] {
	const header = [...table.columns.map((c) => c.name), 'segment', 'segment name'];
	const rows: string[][] = [];
	for (let row = 0; row < Math.min(previewRows, table.rowCount); row++) {
		rows.push([...table.columns.map((c) => cellText(c, row)), labels[row] >= 0 ? String(segmentNumber(labels[row])) : '', names[row] || 'not scored']);
	}
	return { header, rows };
}
