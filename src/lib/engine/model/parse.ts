// Reading a model file back: JSON text -> SegmentModel, refusing anything that is not a Segment
// Lab model, a model from a newer app, or a model with a field missing or inconsistent, each with
// a message that says which.
import { segmentDisplayName, segmentNumber } from '../insights/segmentLabel';
import { modelSchema, modelVersion, type SegmentModel } from './types';

/** A model file that cannot be used; `message` says why in one sentence. */
export class ModelError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ModelError';
	}
}

const required = ['createdAt', 'dataset', 'recipe', 'fitted', 'featureNames', 'inputColumns', 'centroids', 'centroidsOriginal', 'segments', 'classifier'] as const;

/** Parses and checks a model file's text (or an already parsed value). */
export function parseModel(text: string | unknown): SegmentModel {
	let value: unknown = text;
	if (typeof text === 'string') {
		try {
			value = JSON.parse(text);
		} catch {
			throw new ModelError('not a Segment Lab model: the file is not valid JSON');
		}
	}
	if (!isObject(value) || value.schema !== modelSchema) throw new ModelError('not a Segment Lab model (it has no "schema": "segment-lab/model")');
	const version = value.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ModelError(`model version ${JSON.stringify(version)} is not valid`);
	if (version > modelVersion) throw new ModelError(`model version ${version} is newer than this app understands (it reads up to version ${modelVersion}); update Segment Lab`);
	for (const field of required) if (!(field in value)) throw new ModelError(`the model is missing the field "${field}"`);
	const model = { target: { kind: 'segments' }, ...value } as unknown as SegmentModel;
	checkShapes(model, version);
	// Read as the current version: numbers as people see them (1 = largest), never a blank name.
	model.version = modelVersion;
	model.segments = model.segments.map((s) => ({ ...s, number: segmentNumber(s.label), name: segmentDisplayName(s.label, s.name) }));
	return model;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(what: string): never {
	throw new ModelError(`the model is damaged: ${what}`);
}

function checkShapes(model: SegmentModel, version: number): void {
	const { fitted, featureNames, centroids, centroidsOriginal, segments, inputColumns } = model;
	if (!isObject(fitted) || !Array.isArray(fitted.inputs) || !Array.isArray(fitted.features)) fail('"fitted" has no inputs or features');
	if (!Array.isArray(featureNames) || featureNames.length !== fitted.features.length) fail('"featureNames" does not match the fitted features');
	if (!featureNames.every((name, j) => name === fitted.features[j].name)) fail('"featureNames" does not match the fitted features');
	if (!Array.isArray(inputColumns) || inputColumns.length !== fitted.inputs.length) fail('"inputColumns" does not match the fitted inputs');
	if (!Array.isArray(segments) || segments.length === 0) fail('it has no segments');
	const d = featureNames.length;
	for (const [name, rows] of [['centroids', centroids], ['centroidsOriginal', centroidsOriginal]] as const) {
		if (!Array.isArray(rows) || rows.length !== segments.length) fail(`"${name}" needs one row per segment`);
		if (!rows.every((r) => Array.isArray(r) && r.length === d && r.every((v) => typeof v === 'number' || v === null))) fail(`"${name}" rows need ${d} numbers`);
	}
	segments.forEach((s, i) => {
		if (!isObject(s) || s.label !== i || typeof s.name !== 'string') fail(`segment ${segmentNumber(i)} needs label ${i} and a name`);
		// Version 1 files have no number; later ones must agree with the label.
		if (version >= 2 && s.number !== segmentNumber(i)) fail(`segment ${segmentNumber(i)} needs number ${segmentNumber(i)}`);
	});
	checkClassifier(model, d);
}

function checkClassifier(model: SegmentModel, d: number): void {
	const c = model.classifier;
	if (c === null) return;
	if (!isObject(c)) fail('"classifier" must be an object or null');
	const labels = new Set(model.segments.map((s) => s.label));
	switch (c.kind) {
		case 'knn':
			if (c.cols !== d) fail(`the KNN classifier has ${c.cols} features, the recipe ${d}`);
			if (!Array.isArray(c.data) || c.data.length !== c.rows * c.cols) fail('the KNN training data has the wrong size');
			if (!Array.isArray(c.labels) || c.labels.length !== c.rows) fail('the KNN classifier needs one label per training row');
			if (!c.labels.every((l) => labels.has(l))) fail('the KNN classifier has a label that is not a segment');
			return;
		case 'naive-bayes':
			if (c.cols !== d) fail(`the Naive Bayes classifier has ${c.cols} features, the recipe ${d}`);
			if (!Array.isArray(c.classes) || !c.classes.every((l) => labels.has(l))) fail('the Naive Bayes classifier has a class that is not a segment');
			if (c.means?.length !== c.classes.length * d || c.variances?.length !== c.classes.length * d) fail('the Naive Bayes means or variances have the wrong size');
			return;
		default:
			throw new ModelError(`unknown classifier kind "${(c as { kind?: unknown }).kind}" (expected "knn", "naive-bayes" or null)`);
	}
}
