import { describe, expect, it } from 'vitest';
import { parseModel } from './parse';
import { modelVersion } from './types';
import { smallModel } from './testing';

const valid = () => JSON.parse(JSON.stringify(smallModel())) as Record<string, unknown>;

describe('parseModel', () => {
	it('parseModel(JSON.stringify(model)) gives the model back', () => {
		const model = smallModel();
		expect(parseModel(JSON.stringify(model))).toEqual(model);
	});

	it('refuses text that is not JSON, and JSON that is not a model', () => {
		expect(() => parseModel('Channel,Region\n1,2')).toThrow('not a Segment Lab model: the file is not valid JSON');
		expect(() => parseModel('[1, 2]')).toThrow('not a Segment Lab model');
		expect(() => parseModel(JSON.stringify({ ...valid(), schema: 'other/model' }))).toThrow('not a Segment Lab model');
	});

	it('refuses a model from a newer version of the app, naming both versions', () => {
		const newer = modelVersion + 1;
		expect(() => parseModel(JSON.stringify({ ...valid(), version: newer }))).toThrow(
			`model version ${newer} is newer than this app understands (it reads up to version ${modelVersion})`
		);
		expect(() => parseModel(JSON.stringify({ ...valid(), version: 'one' }))).toThrow('model version "one" is not valid');
	});

	it('names the first missing field', () => {
		for (const field of ['fitted', 'centroids', 'segments', 'classifier']) {
			const broken = valid();
			delete broken[field];
			expect(() => parseModel(JSON.stringify(broken))).toThrow(`the model is missing the field "${field}"`);
		}
	});

	it('refuses inconsistent parts: centroid widths, segment labels, classifier kind and size', () => {
		const narrow = valid();
		(narrow.centroids as number[][])[1].pop();
		expect(() => parseModel(narrow)).toThrow('model.centroids[1] must hold 4 numbers (it holds 3)');
		const relabelled = valid();
		(relabelled.segments as { label: number }[])[1].label = 5;
		expect(() => parseModel(relabelled)).toThrow('segment 2 needs label 1');
		const renumbered = valid();
		(renumbered.segments as { number: number }[])[1].number = 1;
		expect(() => parseModel(renumbered)).toThrow('segment 2 needs number 2');
		expect(() => parseModel({ ...valid(), classifier: { kind: 'svm' } })).toThrow('unknown classifier kind "svm"');
		const knn = { kind: 'knn', k: 1, method: 'auto', leafSize: 32, rows: 2, cols: 4, data: [0, 0, 0, 0], labels: [0, 1] };
		expect(() => parseModel({ ...valid(), classifier: knn })).toThrow('model.classifier.data must hold 8 numbers (it holds 4)');
	});

	it('parseModel(version 1 file) adds each segment number (label + 1) and fills a blank name', () => {
		const old = valid();
		old.version = 1;
		old.segments = [
			{ label: 0, name: 'Low', size: 3 },
			{ label: 1, name: '  ', size: 3 }
		];
		const model = parseModel(JSON.stringify(old));
		expect(model.version).toBe(modelVersion);
		expect(model.segments).toEqual([
			{ label: 0, number: 1, name: 'Low', size: 3 },
			{ label: 1, number: 2, name: 'Segment 2', size: 3 }
		]);
	});

	it('a model without "target" (written before targets existed) is read as segments', () => {
		const old = valid();
		delete old.target;
		expect(parseModel(old).target).toEqual({ kind: 'segments' });
	});
});
