// A Segment Model as a file: everything needed to assign new customers to segments without the
// dataset that defined them. Plain JSON, versioned, so a model saved today opens in later versions
// of the app (and a newer model is refused with a clear message instead of misread).
import type { GaussianNbJson } from '../classify/naiveBayes';
import type { KnnJson } from '../classify/knn';
import type { FittedRecipe, Recipe } from '../prep/recipe';

export const modelSchema = 'segment-lab/model';
/**
 * The newest model format this code reads and the one it writes. Version 2 added each segment's
 * `number` (1 = largest, as people see it); version 1 files are still read (parse fills it in).
 */
export const modelVersion = 2;

/** A column the model reads from new rows, with what the training data held (for form hints). */
export interface InputColumnSpec {
	name: string;
	type: 'numeric' | 'categorical';
	/** Numeric: smallest and largest value seen in the training data. */
	min?: number;
	max?: number;
	/** Categorical: values seen in the training data, most frequent first. */
	categories?: string[];
	/** True when the recipe fills a missing value, so the column may be left empty. */
	optional?: boolean;
}

/** One segment (or class) the model assigns; `label` is what the classifier predicts. */
export interface ModelSegment {
	/** The engine's 0-based index (classifier labels, centroid rows); not shown to people. */
	label: number;
	/** The number people see: label + 1, so 1 = the largest segment. */
	number: number;
	/** Display name, never blank ("Segment N" when nothing better). */
	name: string;
	/** Training rows in the segment. */
	size: number;
}

/** What the model predicts: the segments of a clustering run, or the values of a column. */
export type ModelTarget = { kind: 'segments' } | { kind: 'column'; column: string };

export type KnnClassifierJson = { kind: 'knn' } & Omit<KnnJson, 'kind'>;
export type NaiveBayesClassifierJson = { kind: 'naive-bayes' } & Omit<GaussianNbJson, 'kind'>;
/** A trained classifier over the scaled features; null = nearest centroid. */
export type ModelClassifier = KnnClassifierJson | NaiveBayesClassifierJson;

export interface SegmentModel {
	schema: typeof modelSchema;
	version: typeof modelVersion;
	/** ISO date and time the model was made. */
	createdAt: string;
	/** The data it was made from. */
	dataset: { name: string; rows: number };
	target: ModelTarget;
	recipe: Recipe;
	fitted: FittedRecipe;
	/** Columns of the scaled space, in order (= fitted.features' names). */
	featureNames: string[];
	inputColumns: InputColumnSpec[];
	/** One row per segment in the scaled space (nearest-centroid assignment uses these). */
	centroids: number[][];
	/** The same centroids in the data's units. */
	centroidsOriginal: number[][];
	segments: ModelSegment[];
	classifier: ModelClassifier | null;
	/** Scores measured when the model was made, e.g. cvAccuracy, macroF1, silhouette. */
	metrics?: Record<string, number>;
}
