// The hostile model files reported in issue 11.4: each is refused with a ModelError naming the
// field, never a TypeError from deeper in the app.
import { describe, expect, it } from 'vitest';
import { ModelError, parseModel } from './parse';
import { smallModel } from './testing';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const valid = (): Json => JSON.parse(JSON.stringify(smallModel()));

function refused(model: Json | string, message: string | RegExp): void {
	let caught: unknown;
	try {
		parseModel(typeof model === 'string' ? model : JSON.stringify(model));
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(ModelError);
	expect((caught as Error).message).toMatch(message);
}

describe('parseModel on hostile files', () => {
	it('parseModel(dataset without rows) names model.dataset.rows', () => {
		const m = valid();
		delete m.dataset.rows;
		refused(m, 'model.dataset.rows must be a whole number >= 0');
	});

	it('parseModel(createdAt: {}) names model.createdAt', () => {
		refused({ ...valid(), createdAt: {} }, 'model.createdAt must be a date and time');
	});

	it('parseModel(inputColumns: null) and duplicate input columns are refused', () => {
		refused({ ...valid(), inputColumns: null }, 'model.inputColumns must be an array');
		const m = valid();
		m.inputColumns[1] = m.inputColumns[0];
		refused(m, /model\.inputColumns\[1\]\.name/);
		const d = valid();
		d.fitted.inputs[1] = d.fitted.inputs[0];
		d.inputColumns[1] = d.inputColumns[0];
		refused(d, 'model.fitted.inputs[1].column "spend" appears twice');
	});

	it('parseModel(fitted.inputs: null) names model.fitted.inputs', () => {
		const m = valid();
		m.fitted.inputs = null;
		refused(m, 'model.fitted.inputs must be an array');
	});

	it('parseModel(a non-string input column) names its path', () => {
		const m = valid();
		m.fitted.inputs[2].column = 7;
		refused(m, 'model.fitted.inputs[2].column must be a string');
	});

	it('parseModel(Infinity in a centroid) is refused (JSON 1e999 reads as Infinity)', () => {
		const text = JSON.stringify(valid()).replace(/"centroids":\[\[[^,\]]+/, '"centroids":[[1e999');
		refused(text, 'model.centroids[0][0] must be a finite number');
	});

	it('parseModel(a zero or Infinite scale) is refused: it would divide every value by it', () => {
		const m = valid();
		m.fitted.features[0].scale = 0;
		refused(m, 'model.fitted.features[0].scale must be a finite number other than 0');
	});
});
