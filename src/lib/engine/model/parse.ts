// Reading a model file back: JSON text -> SegmentModel, refusing anything that is not a Segment
// Lab model, a model from a newer app, or a model with any field the app later reads missing,
// of the wrong type, not finite, of a size inconsistent with the rest, repeated or too large. Each
// refusal is a ModelError naming the field ("model.fitted.inputs[2].column must be a string").
import { readsNumbers } from '../prep/derive';
import { segmentDisplayName, segmentNumber } from '../insights/segmentLabel';
import { checkClassifier } from './checkClassifier';
import { checkFitted } from './checkFitted';
import { array, fail, finite, isObject, numbers, object, oneOf, text, texts, whole } from './fields';
import { ModelError } from './modelError';
import { modelSchema, modelVersion, type InputColumnSpec, type ModelSegment, type SegmentModel } from './types';

export { ModelError } from './modelError';

/** Segments (or classes) a model may assign, and categories listed per form field. */
export const maxSegments = 1_000;
const maxListedCategories = 100_000;

const required = ['createdAt', 'dataset', 'recipe', 'fitted', 'featureNames', 'inputColumns', 'centroids', 'centroidsOriginal', 'segments', 'classifier'] as const;

/** Parses and checks a model file's text (or an already parsed value). */
export function parseModel(input: string | unknown): SegmentModel {
	let value: unknown = input;
	if (typeof input === 'string') {
		try {
			value = JSON.parse(input);
		} catch {
			throw new ModelError('not a Segment Lab model: the file is not valid JSON');
		}
	}
	if (!isObject(value) || value.schema !== modelSchema) throw new ModelError('not a Segment Lab model (it has no "schema": "segment-lab/model")');
	const version = value.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ModelError(`model version ${JSON.stringify(version) ?? 'missing'} is not valid`);
	if (version > modelVersion) throw new ModelError(`model version ${version} is newer than this app understands (it reads up to version ${modelVersion}); update Segment Lab`);
	for (const field of required) if (!(field in value)) throw new ModelError(`the model is missing the field "${field}"`);
	return checkModel(value, version);
}

function checkModel(m: Record<string, unknown>, version: number): SegmentModel {
	const createdAt = m.createdAt;
	if (typeof createdAt !== 'string' || createdAt.length > 100 || Number.isNaN(Date.parse(createdAt))) fail('model.createdAt', 'must be a date and time (ISO 8601)');
	const dataset = object(m.dataset, 'model.dataset');
	text(dataset.name, 'model.dataset.name');
	whole(dataset.rows, 'model.dataset.rows');
	const target = checkTarget(m.target);
	const fitted = checkFitted(m.fitted, 'model.fitted');
	const d = fitted.features.length;
	const featureNames = texts(m.featureNames, 'model.featureNames', d);
	if (featureNames.length !== d || featureNames.some((name, j) => name !== fitted.features[j].name)) fail('model.featureNames', 'must list model.fitted.features\' names in order');
	const inputColumns = checkInputColumns(m.inputColumns, fitted.inputs);
	const segments = checkSegments(m.segments, version);
	const k = segments.length;
	const centroids = checkCentroids(m.centroids, 'model.centroids', k, d);
	if (!centroids.some((row) => row.every((v) => v !== null))) fail('model.centroids', 'needs at least one row without a missing value');
	const centroidsOriginal = checkCentroids(m.centroidsOriginal, 'model.centroidsOriginal', k, d);
	const classifier = checkClassifier(m.classifier, 'model.classifier', d, k);
	const metrics = m.metrics === undefined ? undefined : checkMetrics(m.metrics);
	return {
		schema: modelSchema,
		version: modelVersion,
		createdAt,
		dataset: { name: dataset.name as string, rows: dataset.rows as number },
		target,
		recipe: fitted.recipe,
		fitted,
		featureNames,
		inputColumns,
		// A missing centre (an empty class) is never the nearest: NaN distances lose every comparison.
		centroids: centroids.map((row) => row.map((v) => v ?? Number.NaN)),
		centroidsOriginal: centroidsOriginal as number[][],
		segments,
		classifier,
		...(metrics ? { metrics } : {})
	};
}

function checkTarget(value: unknown): SegmentModel['target'] {
	// Models written before targets existed predict segments.
	if (value === undefined) return { kind: 'segments' };
	const target = object(value, 'model.target');
	if (oneOf(target.kind, 'model.target.kind', ['segments', 'column']) === 'segments') return { kind: 'segments' };
	return { kind: 'column', column: text(target.column, 'model.target.column') };
}

function checkInputColumns(value: unknown, inputs: SegmentModel['fitted']['inputs']): InputColumnSpec[] {
	const specs = array(value, 'model.inputColumns', inputs.length);
	if (specs.length !== inputs.length) fail('model.inputColumns', `must describe the ${inputs.length} columns in model.fitted.inputs (it describes ${specs.length})`);
	return specs.map((raw, i) => {
		const path = `model.inputColumns[${i}]`;
		const spec = object(raw, path);
		const name = text(spec.name, `${path}.name`);
		if (name !== inputs[i].column) fail(`${path}.name`, `must be "${inputs[i].column}", as model.fitted.inputs[${i}].column`);
		const type = oneOf(spec.type, `${path}.type`, ['numeric', 'categorical']);
		if ((type === 'numeric') !== readsNumbers(inputs[i])) fail(`${path}.type`, `must be "${readsNumbers(inputs[i]) ? 'numeric' : 'categorical'}" for this input`);
		const out: InputColumnSpec = { name, type };
		if (spec.min !== undefined || spec.max !== undefined) {
			out.min = finite(spec.min, `${path}.min`);
			out.max = finite(spec.max, `${path}.max`);
			if (out.min > out.max) fail(path, `has min ${out.min} above max ${out.max}`);
		}
		if (spec.categories !== undefined) out.categories = texts(spec.categories, `${path}.categories`, maxListedCategories);
		if (spec.optional !== undefined) {
			if (typeof spec.optional !== 'boolean') fail(`${path}.optional`, 'must be true or false');
			out.optional = spec.optional;
		}
		return out;
	});
}

function checkSegments(value: unknown, version: number): ModelSegment[] {
	return array(value, 'model.segments', maxSegments, 1).map((raw, i): ModelSegment => {
		const path = `model.segments[${i}]`;
		const s = object(raw, path);
		if (s.label !== i) fail(`${path}.label`, `must be ${i}: segment ${segmentNumber(i)} needs label ${i}`);
		// Version 1 files have no number; later ones must agree with the label.
		if (version >= 2 && s.number !== segmentNumber(i)) fail(`${path}.number`, `must be ${segmentNumber(i)}: segment ${segmentNumber(i)} needs number ${segmentNumber(i)}`);
		const name = text(s.name, `${path}.name`);
		const size = whole(s.size, `${path}.size`);
		// Read as the current version: numbers as people see them (1 = largest), never a blank name.
		return { label: i, number: segmentNumber(i), name: segmentDisplayName(i, name), size };
	});
}

function checkCentroids(value: unknown, path: string, k: number, d: number): (number | null)[][] {
	const rows = array(value, path, k);
	if (rows.length !== k) fail(path, `needs one row per segment (${k}), it has ${rows.length}`);
	return rows.map((row, i) => numbers(row, `${path}[${i}]`, d, true));
}

/** Scores shown next to the model: only finite numbers are kept (an undefined score is written as null). */
function checkMetrics(value: unknown): Record<string, number> {
	const out: Record<string, number> = {};
	for (const [key, v] of Object.entries(object(value, 'model.metrics')).slice(0, 100)) {
		if (typeof v === 'number' && Number.isFinite(v) && key !== '__proto__') out[key] = v;
	}
	return out;
}
