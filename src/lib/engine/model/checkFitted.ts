// The recipe part of a model file checked field by field: every input column the recipe reads and
// every feature it writes, with the names, kinds, fills, bounds and scales scoring relies on, so a
// file that passes can be applied to any table without a TypeError or a division by zero.
import { featureDrafts } from '../prep/transform';
import type { FittedFeature, FittedInput, FittedRecipe } from '../prep/recipe';
import { array, bool, fail, finite, isObject, object, oneOf, text, texts, unique } from './fields';

/** Input columns a model may read, features it may make, categories one input may list. */
export const maxInputs = 10_000;
export const maxFeatures = 100_000;
export const maxInputCategories = 100_000;

/**
 * Largest magnitude of a centre, fill value or scale, and smallest of a scale: within these,
 * (value - centre) / scale stays finite for any value up to 1e150, so a file cannot make ordinary
 * customers' values overflow to Infinity; fitted recipes of real data are far inside them.
 */
const largest = 1e150;
const smallestScale = 1e-150;

function moderate(value: unknown, path: string): number {
	const v = finite(value, path);
	if (Math.abs(v) > largest) fail(path, `must be between -${largest} and ${largest}`);
	return v;
}
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function checkRecipe(value: unknown, path: string): void {
	const recipe = object(value, path);
	if (recipe.version !== 1) fail(`${path}.version`, 'must be 1');
	array(recipe.features, `${path}.features`, maxInputs).forEach((step, i) => text(object(step, `${path}.features[${i}]`).column, `${path}.features[${i}].column`));
	oneOf(recipe.scaler, `${path}.scaler`, ['standard', 'minmax', 'robust', 'none']);
}

export function checkFitted(value: unknown, path: string): FittedRecipe {
	const fitted = object(value, path);
	checkRecipe(fitted.recipe, `${path}.recipe`);
	const inputs = array(fitted.inputs, `${path}.inputs`, maxInputs, 1).map((input, i) => checkInput(input, `${path}.inputs[${i}]`));
	unique(
		inputs.map((i) => i.column),
		(i) => `${path}.inputs[${i}].column`
	);
	const features = array(fitted.features, `${path}.features`, maxFeatures, 1).map((f, j) => checkFeature(f, `${path}.features[${j}]`));
	unique(
		features.map((f) => f.name),
		(j) => `${path}.features[${j}].name`
	);
	// Each feature must be one its input column produces, or applying the recipe would leave it empty.
	const produced = new Map<string, string>();
	for (const input of inputs) for (const draft of featureDrafts(input)) produced.set(draft.name, input.column);
	features.forEach((f, j) => {
		const column = produced.get(f.name);
		if (column === undefined) fail(`${path}.features[${j}].name`, `"${f.name}" is not made by any input column`);
		if (column !== f.column) fail(`${path}.features[${j}].column`, `must be "${column}"`);
	});
	return fitted as unknown as FittedRecipe;
}

function checkInput(value: unknown, path: string): FittedInput {
	const input = object(value, path);
	text(input.column, `${path}.column`);
	const kind = oneOf(input.kind, `${path}.kind`, ['numeric', 'categorical']);
	if (input.derive !== undefined) {
		const derive = object(input.derive, `${path}.derive`);
		const how = oneOf(derive.kind, `${path}.derive.kind`, ['code', 'daysSince']);
		if ((how === 'code') !== (kind === 'categorical')) fail(`${path}.derive.kind`, `"${how}" does not fit a ${kind} input`);
		if (how === 'daysSince') {
			const asOf = text(derive.asOf, `${path}.derive.asOf`);
			if (!isoDate.test(asOf) || Number.isNaN(Date.parse(asOf))) fail(`${path}.derive.asOf`, 'must be a date written YYYY-MM-DD');
			if (derive.format !== undefined) text(derive.format, `${path}.derive.format`);
		}
	}
	const impute = input.impute;
	if (isObject(impute)) moderate(impute.constant, `${path}.impute.constant`);
	else oneOf(impute, `${path}.impute`, ['drop', 'mean', 'median', 'mode']);
	if (input.fill !== null) {
		if (kind === 'numeric') moderate(input.fill, `${path}.fill`);
		else text(input.fill, `${path}.fill`);
	}
	if (input.bounds !== null) {
		const bounds = object(input.bounds, `${path}.bounds`);
		const lower = moderate(bounds.lower, `${path}.bounds.lower`);
		const upper = moderate(bounds.upper, `${path}.bounds.upper`);
		if (lower > upper) fail(`${path}.bounds`, `has lower ${lower} above upper ${upper}`);
		oneOf(bounds.action, `${path}.bounds.action`, ['flag', 'clip', 'drop']);
	}
	bool(input.log1p, `${path}.log1p`);
	const categories = texts(input.categories, `${path}.categories`, maxInputCategories);
	unique(categories, (i) => `${path}.categories[${i}]`);
	bool(input.other, `${path}.other`);
	return input as unknown as FittedInput;
}

function checkFeature(value: unknown, path: string): FittedFeature {
	const feature = object(value, path);
	text(feature.name, `${path}.name`);
	text(feature.column, `${path}.column`);
	const kind = oneOf(feature.kind, `${path}.kind`, ['numeric', 'category', 'other']);
	if (kind === 'category') text(feature.category, `${path}.category`);
	else if (feature.category !== null) fail(`${path}.category`, 'must be null');
	bool(feature.log1p, `${path}.log1p`);
	moderate(feature.centre, `${path}.centre`);
	// Every value is divided by the scale: 0 or a denormal one would turn ordinary values into Infinity.
	const scale = feature.scale;
	if (typeof scale !== 'number' || !Number.isFinite(scale) || Math.abs(scale) < smallestScale || Math.abs(scale) > largest) {
		fail(`${path}.scale`, `must be a finite number other than 0 (between ${smallestScale} and ${largest} either side of 0)`);
	}
	return feature as unknown as FittedFeature;
}
