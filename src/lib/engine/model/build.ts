// Making a model file: from a clustering run (segments, nearest-centroid assignment) or from a
// trained classifier (KNN or Gaussian Naive Bayes over the same scaled features).
import type { GaussianNbModel } from '../classify/naiveBayes';
import type { KnnModel } from '../classify/knn';
import { createMatrix, toRows, type Matrix } from '../matrix';
import type { FittedRecipe } from '../prep/recipe';
import { toOriginalUnits } from '../prep/toOriginalUnits';
import type { RunResult } from '../results/types';
import type { Table } from '../table';
import { segmentDisplayName, segmentNumber } from '../insights/segmentLabel';
import { runSegmentNames } from '../results/segmentNames';
import { describeInputs } from './inputColumns';
import { modelSchema, modelVersion, type InputColumnSpec, type ModelClassifier, type ModelSegment, type ModelTarget, type SegmentModel } from './types';

export interface BuildModelInput {
	dataset: { name: string; rows: number };
	/** Default: the segments of a run. */
	target?: ModelTarget;
	fitted: FittedRecipe;
	inputColumns: InputColumnSpec[];
	/** One row per segment, scaled space. */
	centroids: number[][];
	/** The number people see is derived from `label`; a blank name becomes the display name. */
	segments: Omit<ModelSegment, 'number'>[];
	classifier?: ModelClassifier | null;
	metrics?: Record<string, number>;
	/** Default: now. */
	createdAt?: string;
}

export function buildModel(input: BuildModelInput): SegmentModel {
	const { fitted, centroids, segments } = input;
	const d = fitted.features.length;
	if (centroids.length !== segments.length) throw new Error(`${centroids.length} centroids for ${segments.length} segments`);
	const bad = centroids.findIndex((c) => c.length !== d);
	if (bad >= 0) throw new Error(`centroid ${bad} has ${centroids[bad].length} values but the recipe makes ${d} features`);
	const scaled = createMatrix(centroids.length, d, Float64Array.from(centroids.flat()));
	// JSON copies: the caller's objects may be reactive proxies or shared with a stored run.
	const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
	return {
		schema: modelSchema,
		version: modelVersion,
		createdAt: input.createdAt ?? new Date().toISOString(),
		dataset: { name: input.dataset.name, rows: input.dataset.rows },
		target: copy(input.target ?? { kind: 'segments' }),
		recipe: copy(fitted.recipe),
		fitted: copy(fitted),
		featureNames: fitted.features.map((f) => f.name),
		inputColumns: copy(input.inputColumns),
		centroids: centroids.map((c) => [...c]),
		centroidsOriginal: toRows(toOriginalUnits(fitted, scaled)),
		segments: segments.map((s) => ({ label: s.label, number: segmentNumber(s.label), name: segmentDisplayName(s.label, s.name), size: s.size })),
		classifier: input.classifier ?? null,
		...(input.metrics ? { metrics: { ...input.metrics } } : {})
	};
}

/** A fitted classifier in the model file's form. */
export function classifierJson(model: KnnModel | GaussianNbModel): ModelClassifier {
	const json = model.toJSON();
	if (json.kind === 'knn') return { ...json, kind: 'knn' };
	const { kind: _kind, ...rest } = json;
	return { kind: 'naive-bayes', ...rest };
}

/** Mean row of each class 0..k-1 (labels outside that range are skipped); NaN rows for empty classes. */
export function classCentroids(X: Matrix, y: Int32Array, k: number): number[][] {
	const d = X.cols;
	const sums = new Float64Array(k * d);
	const counts = new Float64Array(k);
	for (let i = 0; i < X.rows; i++) {
		const c = y[i];
		if (c < 0 || c >= k) continue;
		counts[c]++;
		for (let j = 0; j < d; j++) sums[c * d + j] += X.data[i * d + j];
	}
	return Array.from({ length: k }, (_, c) => Array.from(sums.subarray(c * d, (c + 1) * d), (s) => s / counts[c]));
}

export interface ModelFromRunInput {
	run: RunResult;
	/** The table the run was prepared from (for the form's ranges and categories). */
	table: Table;
	/** The analyst's segment names, by label (blank or missing ones fall back to the generated names). */
	names: readonly (string | null | undefined)[];
	datasetName: string;
	classifier?: ModelClassifier | null;
	metrics?: Record<string, number>;
}

/** The model of a clustering run: its recipe, centroids and segment names. */
export function modelFromRun({ run, table, names, datasetName, classifier, metrics }: ModelFromRunInput): SegmentModel {
	const display = runSegmentNames(run, names);
	const segments = run.centroidsScaled.map((_, label) => ({ label, name: display[label], size: run.sizes[label] ?? 0 }));
	const own: Record<string, number> = {};
	for (const key of ['silhouette', 'daviesBouldin', 'calinskiHarabasz', 'inertia'] as const) {
		const value = run.metrics[key];
		if (typeof value === 'number' && Number.isFinite(value)) own[key] = value;
	}
	return buildModel({
		dataset: { name: datasetName, rows: run.tableRows },
		target: { kind: 'segments' },
		fitted: run.fitted,
		inputColumns: describeInputs(table, run.fitted, run.rowIndex),
		centroids: run.centroidsScaled,
		segments,
		classifier,
		metrics: { ...own, ...metrics }
	});
}
