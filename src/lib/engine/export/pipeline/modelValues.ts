// The fitted values of a model as Python assignments: each input column's derivation, fill value,
// outlier bounds, log1p and categories; which one-hot or numeric output becomes which feature;
// the scaler's centre and scale per feature; the centres; the classifier's parameters; the names
// people see. Both generated scripts (scikit-learn and Dask) start from this block.
import { segmentDisplayName } from '../../insights/segmentLabel';
import type { SegmentModel } from '../../model/types';
import type { FittedInput } from '../../prep/recipe';
import { featureDrafts } from '../../prep/transform';
import { pyBool, pyFloat, pyFloatList, pyInt, pyStr, pyValue } from './pythonValues';

/** Most numbers a KNN model may carry into a script (its training rows); beyond, the file would be unwieldy. */
export const maxKnnNumbers = 5_000_000;

/** Thrown for a model the scripts cannot express, with what to do instead. */
export class PipelineExportError extends Error {
	override name = 'PipelineExportError';
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function asOfMs(input: FittedInput, asOf: string): number {
	const m = isoDate.exec(asOf);
	const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
	if (Number.isNaN(ms)) throw new PipelineExportError(`column "${input.column}": the as-of date "${asOf}" is not a date written YYYY-MM-DD`);
	return ms;
}

function inputLiteral(input: FittedInput): string {
	const derive = input.derive;
	const clip = input.bounds;
	const fields: [string, string][] = [
		['column', pyStr(input.column)],
		['kind', pyStr(input.kind)],
		['derive', derive ? pyStr(derive.kind === 'code' ? 'code' : 'days_since') : 'None'],
		['as_of_ms', derive?.kind === 'daysSince' ? pyInt(asOfMs(input, derive.asOf)) : 'None'],
		['date_format', derive?.kind === 'daysSince' && derive.format ? pyStr(derive.format) : 'None'],
		['fill', input.fill === null ? 'None' : typeof input.fill === 'string' ? pyStr(input.fill) : pyFloat(input.fill)],
		['action', clip ? pyStr(clip.action) : 'None'],
		['lower', clip ? pyFloat(clip.lower) : 'None'],
		['upper', clip ? pyFloat(clip.upper) : 'None'],
		['log1p', pyBool(input.log1p)],
		['categories', pyValue(input.categories)],
		['other', pyBool(input.other)]
	];
	return `    {${fields.map(([k, v]) => `${pyStr(k)}: ${v}`).join(', ')}},`;
}

/** For each feature, its position among all inputs' outputs (inputs in order, each input's drafts in order). */
export function featureSources(model: SegmentModel): number[] {
	const position = new Map<string, number>();
	let offset = 0;
	for (const input of model.fitted.inputs) {
		for (const draft of featureDrafts(input)) position.set(draft.name, offset++);
	}
	return model.fitted.features.map((f) => {
		const at = position.get(f.name);
		if (at === undefined) throw new PipelineExportError(`feature "${f.name}" comes from no input column of the recipe; the model file is inconsistent, save it again from the app`);
		return at;
	});
}

function classifierLiteral(model: SegmentModel): string {
	const c = model.classifier;
	if (c === null) return 'CLASSIFIER = None';
	if (c.kind === 'naive-bayes') {
		return [
			'CLASSIFIER = {',
			`    "kind": "naive-bayes",`,
			`    "classes": [${c.classes.map(pyInt).join(', ')}],`,
			`    "priors": ${pyFloatList(c.priors)},`,
			`    "means": ${pyFloatList(c.means)},`,
			`    "variances": ${pyFloatList(c.variances)},`,
			'}'
		].join('\n');
	}
	if (c.rows * c.cols > maxKnnNumbers) {
		throw new PipelineExportError(
			`this KNN model carries ${c.rows.toLocaleString('en-US')} training rows (${(c.rows * c.cols).toLocaleString('en-US')} numbers), too many to write into a script; download the model without customers (nearest centre) and export that`
		);
	}
	return [
		'CLASSIFIER = {',
		`    "kind": "knn",`,
		`    "k": ${pyInt(c.k)},`,
		`    "cols": ${pyInt(c.cols)},`,
		`    "labels": [${c.labels.map(pyInt).join(', ')}],`,
		`    "data": ${pyFloatList(c.data)},`,
		'}'
	].join('\n');
}

/** The block of assignments both scripts share. Throws PipelineExportError for what they cannot express. */
export function modelValues(model: SegmentModel): string {
	const features = model.fitted.features;
	const d = features.length;
	const bad = model.centroids.findIndex((c) => c.length !== d);
	if (bad >= 0) throw new PipelineExportError(`centre ${bad + 1} has ${model.centroids[bad].length} values but the recipe makes ${d} features; save the model again from the app`);
	const names = [...model.segments].sort((a, b) => a.label - b.label).map((s) => segmentDisplayName(s.label, s.name));
	return [
		`DATASET = ${pyStr(model.dataset.name)}`,
		`MODEL_CREATED = ${pyStr(model.createdAt)}`,
		'',
		'# Input columns in recipe order, with what fitting learned about each.',
		'INPUTS = [',
		...model.fitted.inputs.map(inputLiteral),
		']',
		'',
		'# Features of the scaled space, in order; FEATURE_SOURCE[j] is the column of the encoded inputs it takes.',
		`FEATURES = ${pyValue(features.map((f) => f.name))}`,
		`FEATURE_SOURCE = [${featureSources(model).map(pyInt).join(', ')}]`,
		`SCALER = ${pyStr(model.fitted.recipe.scaler)}`,
		`CENTRE = np.array(${pyFloatList(features.map((f) => f.centre))})`,
		`SCALE = np.array(${pyFloatList(features.map((f) => f.scale))})`,
		'',
		'# Segment centres in the scaled space, one row per segment (row c = engine label c = segment c + 1).',
		`CENTRES = np.array(${pyFloatList(model.centroids.flat())}).reshape(${pyInt(model.centroids.length)}, ${pyInt(d)})`,
		`SEGMENT_NAMES = ${pyValue(names)}`,
		'',
		classifierLiteral(model)
	].join('\n');
}
