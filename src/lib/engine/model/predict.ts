// One customer typed into a form: the values become a one-row table that goes through the saved
// recipe and the classifier like any file, with every segment's probability and a note for each
// value outside what the model was trained on.
import { applyFitted } from '../prep/applyFitted';
import { readsNumbers } from '../prep/derive';
import type { Column, Table } from '../table';
import { modelAssigner } from './assign';
import type { SegmentModel } from './types';

/** Form values by input column name; empty (null, undefined, NaN, '') means missing. */
export type InputValues = Record<string, number | string | null | undefined>;

export interface Prediction {
	/** Segment label, or -1 when the recipe could not take the row. */
	label: number;
	name: string;
	/** Every segment's probability (KNN: vote share), by label; null for nearest-centroid models. */
	probabilities: { label: number; name: string; p: number }[] | null;
	/** Why the row could not be scored. */
	reason: string | null;
	/** Values outside the training range, or categories it never saw. */
	notes: string[];
}

export function predictOne(model: SegmentModel, values: InputValues): Prediction {
	const notes = rangeNotes(model, values);
	const applied = applyFitted(rowTable(model, values), model.fitted);
	if (applied.rowIndex.length === 0) {
		return { label: -1, name: '', probabilities: null, reason: applied.dropped[0]?.reason ?? 'not scored', notes };
	}
	const { labels, probabilities } = modelAssigner(model)(applied.X);
	const label = labels[0];
	return {
		label,
		name: model.segments[label].name,
		probabilities: probabilities && model.segments.map((s) => ({ label: s.label, name: s.name, p: probabilities.data[s.label] })),
		reason: null,
		notes
	};
}

/** The value typed for `name`, own keys only: a column named "toString" must not read Object.prototype's. */
export function inputValue(values: InputValues, name: string): InputValues[string] {
	return Object.hasOwn(values, name) ? values[name] : undefined;
}

/** A one-row table holding the model's input columns. */
export function rowTable(model: SegmentModel, values: InputValues): Table {
	const columns = model.fitted.inputs.map((input): Column => {
		const raw = inputValue(values, input.column);
		if (readsNumbers(input)) {
			const v = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
			return { name: input.column, type: 'numeric', role: 'feature', values: Float64Array.of(v) };
		}
		const text = isEmpty(raw) ? '' : String(raw);
		return { name: input.column, type: 'categorical', role: 'feature', codes: Int32Array.of(text === '' ? -1 : 0), dictionary: text === '' ? [] : [text] };
	});
	return { rowCount: 1, columns };
}

function isEmpty(raw: InputValues[string]): boolean {
	return raw === null || raw === undefined || raw === '' || (typeof raw === 'number' && Number.isNaN(raw));
}

function rangeNotes(model: SegmentModel, values: InputValues): string[] {
	const notes: string[] = [];
	for (const spec of model.inputColumns) {
		const raw = inputValue(values, spec.name);
		if (isEmpty(raw)) continue;
		if (spec.type === 'numeric') {
			const v = Number(raw);
			if (spec.min !== undefined && spec.max !== undefined && (v < spec.min || v > spec.max)) {
				notes.push(`${spec.name} = ${v} is outside the range seen in training (${spec.min} to ${spec.max}).`);
			}
		} else if (spec.categories && !spec.categories.includes(String(raw))) {
			notes.push(`${spec.name} = “${raw}” was never seen in training.`);
		}
	}
	return notes;
}
