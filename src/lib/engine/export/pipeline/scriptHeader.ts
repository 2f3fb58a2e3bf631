// The opening comment of a generated script: what it is, which model it carries and how to run it.
// Names from the model pass through pyComment, so a dataset named "x\nimport os" stays one comment line.
import type { SegmentModel } from '../../model/types';
import { pyComment } from './pythonValues';

export function scriptHeader(model: SegmentModel, flavour: 'scikit-learn' | 'Dask', usage: string[]): string {
	const classifier = model.classifier === null ? 'nearest centre' : model.classifier.kind === 'knn' ? `KNN (k = ${model.classifier.k})` : 'Gaussian Naive Bayes';
	return [
		'#!/usr/bin/env python3',
		`# Segment Lab pipeline (${flavour}): the preparation recipe, its fitted values and the model, as code.`,
		`# Model of "${pyComment(model.dataset.name)}" (${model.dataset.rows} rows), made ${pyComment(model.createdAt)};`,
		`# ${model.segments.length} segments, assigned by ${classifier}; ${model.fitted.features.length} features, ${model.fitted.recipe.scaler} scaler.`,
		'# Segments are numbered as in the app: 1 = the largest when the model was made.',
		...usage.map((line) => `# ${line}`),
		''
	].join('\n');
}
