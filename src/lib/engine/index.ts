// The engine's public API: what the worker, the CLI and the pages import. Pure TypeScript, no DOM.

// Data model
export { cellText, findColumn, isMissing, isNumeric, takeRows } from './table';
export type { Column, ColumnRole, ColumnType, DictionaryColumn, NumericColumn, Table } from './table';
export { createMatrix, fromRows, row, takeMatrixRows, toRows, type Matrix } from './matrix';
export { CancelledError, type LongTaskOptions, type ProgressCallback } from './progress';
export { createRandom, sampleIndices, shuffle, type Random } from './random';

// Import and export
export {
	importBlob,
	importText,
	listSheets,
	ImportError,
	type ImportErrorCode,
	type ImportOptions,
	type ImportResult,
	type ImportSource,
	type ImportWarning
} from './io/import';
export { csvChunks, escapeCell, toCsv, type CsvOptions } from './io/export';

// Statistics, preparation, clustering, finished runs
export * from './stats';
export * from './prep';
export * from './cluster';
export * from './results';

// Scores
export { silhouette, silhouetteExact, silhouetteTotals, silhouetteFromTotals, pairBalancedRanges } from './metrics/silhouette';
export type { SilhouetteOptions, SilhouetteResult } from './metrics/silhouette';
export { daviesBouldin } from './metrics/daviesBouldin';
export { calinskiHarabasz } from './metrics/calinskiHarabasz';
export { accuracy, classificationReport, confusionMatrix, macroF1 } from './metrics/classification';
export type { ClassificationReport, ClassScores, ConfusionMatrix } from './metrics/classification';

// Classification
export { fitKnn, loadKnn, type KnnJson, type KnnModel, type KnnOptions } from './classify/knn';
export { fitGaussianNb, loadGaussianNb, type GaussianNbJson, type GaussianNbModel, type GaussianNbOptions } from './classify/naiveBayes';
export { chooseKnnK, crossValidate, stratifiedKFold, stratifiedSplit } from './classify/crossValidate';
export type { CrossValidateOptions, CrossValidation, FoldResult, KnnCurvePoint, KnnKChoice, SplitOptions } from './classify/crossValidate';
export type { Classifier, FitClassifier } from './classify/classifier';

// Insights
export { profileSegments, type FeatureProfile, type ProfileOptions, type SegmentProfile, type SegmentProfiles } from './insights/profile';
export type { FeatureColumn } from './insights/featureColumn';
export { separation, type AnovaResult, type FeatureSeparation, type KruskalResult } from './insights/separation';
export { standardActionRules, suggestActions } from './insights/actions';
export type { ActionCondition, ActionRule, ActionRules, SuggestedAction } from './insights/actions';

// Segment models: save, read back, share and score new rows
export * from './model';
