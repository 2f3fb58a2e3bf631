// Data preparation: the recipe (impute -> outliers -> log1p -> one-hot -> scaler) and RFM.
export type {
	Applied,
	ColumnStep,
	DroppedCount,
	FittedFeature,
	FittedInput,
	FittedRecipe,
	Imputation,
	OutlierRule,
	Prepared,
	Recipe,
	Scaler,
	Suggestion
} from './recipe';
export { defaultMaxCategories, defaultOutlierThreshold } from './recipe';
export { prepare, prepareLazily } from './prepare';
export { applyFitted } from './applyFitted';
export { toOriginalUnits } from './toOriginalUnits';
export { defaultRecipe } from './defaultRecipe';
export { suggestSteps } from './suggest';
export { describeRecipe } from './describeRecipe';
export { buildCustomerTable, type CustomerTableOptions, type CustomerTableReport } from './rfm';
export { standardRfmRules, checkRfmRules, findUnreachableRules, fallthroughCells, type RfmRule, type RfmRules, type ScoreRange, type UnreachableRule } from './rfmRules';
