// The preparation recipe: what the user chose (Recipe), what fitting it to a table learned
// (FittedRecipe, plain JSON so it can be stored with a run and re-applied to new rows), and what
// preparing a table produced (Prepared). Per column the order is fixed:
// impute -> outliers -> log1p -> one-hot (categoricals) -> scaler.
import type { Matrix } from '../matrix';
import type { RowSource } from '../rowSource';

/** How missing values are handled: drop the row, or fill with a statistic of the column or a constant. */
export type Imputation = 'drop' | 'mean' | 'median' | 'mode' | { constant: number };

export interface OutlierRule {
	method: 'iqr' | 'zscore';
	/** 1.5 for iqr, 3 for zscore by default */
	threshold: number;
	/** flag: only count them; clip: pull them to the bound; drop: remove the row. */
	action: 'flag' | 'clip' | 'drop';
}

export interface ColumnStep {
	column: string;
	/** Missing values; default 'drop' (a matrix cannot hold a missing value). Categoricals fill with the mode. */
	impute?: Imputation;
	/** Numeric columns only. */
	outliers?: OutlierRule;
	/** Numeric columns only; skipped with a notice when the column has values <= -1. */
	log1p?: boolean;
	/** categoricals: one-hot with at most maxCategories columns, rest grouped as "other" */
	oneHot?: { maxCategories: number };
	/**
	 * Date columns: the feature is the days between each date and `asOf` (YYYY-MM-DD; default the
	 * day after the column's latest date). A date column always enters this way; the field says so
	 * in the recipe and may pin the as-of date.
	 */
	daysSince?: { asOf?: string };
}

export type Scaler = 'standard' | 'minmax' | 'robust' | 'none';

export interface Recipe {
	version: 1;
	features: ColumnStep[];
	scaler: Scaler;
}

/**
 * How an input is read from its table column when not as stored: integer codes (meaning 'code') as
 * categories named by their text, dates as days before `asOf` (YYYY-MM-DD, fixed at fitting so new
 * rows are measured from the same day and read with the same pattern). Absent on recipes fitted
 * before derivations existed.
 */
export type InputDerivation = { kind: 'code' } | { kind: 'daysSince'; asOf: string; /** text dates: the pattern read at fitting */ format?: string };

/** What fitting learned about one input column. */
export interface FittedInput {
	column: string;
	/** Read through a derivation (see InputDerivation); absent = the column as stored. */
	derive?: InputDerivation;
	kind: 'numeric' | 'categorical';
	/** Imputation actually used (categoricals always 'drop' or 'mode'). */
	impute: Imputation;
	/** Fill value for missing cells: a number, a category, or null when missing rows are dropped. */
	fill: number | string | null;
	/** Outlier bounds on the imputed, untransformed values, with the action to take beyond them. */
	bounds: { lower: number; upper: number; action: OutlierRule['action'] } | null;
	log1p: boolean;
	/** Categoricals: the categories that got their own column, most frequent first. */
	categories: string[];
	/** Categoricals: whether the remaining categories (and unseen ones) share an "other" column. */
	other: boolean;
}

/** One column of the prepared matrix: value = (transformed input - centre) / scale. */
export interface FittedFeature {
	name: string;
	/** The input column it comes from. */
	column: string;
	kind: 'numeric' | 'category' | 'other';
	/** kind 'category': the category this indicator is 1 for. */
	category: string | null;
	log1p: boolean;
	centre: number;
	scale: number;
}

export interface FittedRecipe {
	recipe: Recipe;
	/** Input columns that made it into the matrix, in recipe order. */
	inputs: FittedInput[];
	/** Output features, in matrix column order. */
	features: FittedFeature[];
}

export interface DroppedCount {
	reason: string;
	count: number;
}

export interface Prepared {
	/** The prepared rows (made on first use when `source` is given: see prepareLazily). */
	X: Matrix;
	/** The same rows made block by block from the table, for readers that stream or sample them (the shard pool). */
	source?: RowSource;
	featureNames: string[];
	/** table row of each matrix row */
	rowIndex: Int32Array;
	fitted: FittedRecipe;
	/** rows dropped and why, counts */
	dropped: DroppedCount[];
	/** e.g. zero-variance / all-missing columns excluded */
	notices: string[];
	/** rows flagged as outliers (action 'flag'), per column */
	flagged: { column: string; count: number }[];
}

export interface Applied {
	X: Matrix;
	rowIndex: Int32Array;
	dropped: DroppedCount[];
}

export interface Suggestion {
	column: string;
	kind: 'log1p' | 'outliers' | 'missing' | 'zero-variance' | 'all-missing';
	message: string;
	step: Partial<ColumnStep> | null;
}

export const defaultOutlierThreshold = { iqr: 1.5, zscore: 3 } as const;
/** One-hot cap used when a categorical column is listed without `oneHot`. */
export const defaultMaxCategories = 10;
