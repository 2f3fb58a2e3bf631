// Edits to a recipe as the Prepare page makes them: each returns a new recipe and leaves the old one
// alone (the stored recipe is replaced, never mutated). Features keep the table's column order.
import { defaultMaxCategories, defaultOutlierThreshold, type ColumnStep, type OutlierRule, type Recipe, type Scaler, type Suggestion } from '$lib/engine/prep/recipe';
import type { ColumnMeta } from '$lib/store/types';

/** Columns that can be features: numbers, categories (one-hot encoded) and dates (as days since). */
export function usable(column: ColumnMeta): boolean {
	return column.type === 'numeric' || column.type === 'categorical' || column.type === 'datetime';
}

/** How a column enters the matrix: as one number (numbers, dates as days since) or as one-hot categories (categories, codes). */
export function entersAs(column: ColumnMeta): 'number' | 'categories' {
	if (column.type === 'datetime') return 'number';
	return column.type === 'numeric' && column.meaning !== 'code' ? 'number' : 'categories';
}

/** The step a column starts with when it is ticked. */
export function newStep(column: ColumnMeta): ColumnStep {
	if (column.type === 'datetime') return { column: column.name, impute: 'median', daysSince: {} };
	if (entersAs(column) === 'number') return { column: column.name, impute: 'median' };
	return { column: column.name, impute: 'mode', oneHot: { maxCategories: defaultMaxCategories } };
}

export function stepOf(recipe: Recipe, column: string): ColumnStep | undefined {
	return recipe.features.find((s) => s.column === column);
}

/** Adds or removes a column, keeping the features in `order` (the table's column order). */
export function toggleFeature(recipe: Recipe, column: ColumnMeta, on: boolean, order: readonly string[]): Recipe {
	const others = recipe.features.filter((s) => s.column !== column.name);
	if (!on) return { ...recipe, features: others };
	const features = [...others, stepOf(recipe, column.name) ?? newStep(column)];
	const rank = (name: string) => {
		const i = order.indexOf(name);
		return i < 0 ? order.length : i;
	};
	return { ...recipe, features: features.sort((a, b) => rank(a.column) - rank(b.column)) };
}

/** Merges `patch` into a column's step; keys set to undefined are removed (e.g. no outlier rule). */
export function updateStep(recipe: Recipe, column: string, patch: Partial<Omit<ColumnStep, 'column'>>): Recipe {
	const features = recipe.features.map((step) => {
		if (step.column !== column) return step;
		const next: ColumnStep = { ...step, ...patch };
		for (const key of Object.keys(next) as (keyof ColumnStep)[]) if (next[key] === undefined || next[key] === false) delete next[key];
		return next;
	});
	return { ...recipe, features };
}

export function setScaler(recipe: Recipe, scaler: Scaler): Recipe {
	return { ...recipe, scaler };
}

/** The default rule for a method, keeping the action already chosen. */
export function outlierRule(method: OutlierRule['method'], previous?: OutlierRule): OutlierRule {
	return { method, threshold: defaultOutlierThreshold[method], action: previous?.action ?? 'clip' };
}

/** A suggestion with a step merges it; one without (no values, no spread) leaves the column out. */
export function applySuggestion(recipe: Recipe, suggestion: Suggestion): Recipe {
	if (!stepOf(recipe, suggestion.column)) return recipe;
	if (!suggestion.step) return { ...recipe, features: recipe.features.filter((s) => s.column !== suggestion.column) };
	return updateStep(recipe, suggestion.column, suggestion.step);
}

export function applySuggestions(recipe: Recipe, suggestions: readonly Suggestion[]): Recipe {
	return suggestions.reduce(applySuggestion, recipe);
}
