// Property: any single mutation of a valid model file (a field replaced by a hostile value, deleted,
// an array emptied, shortened or given a repeated item) either parses to a model that scores a
// table and predicts a customer without throwing, or is refused with a ModelError: no TypeError,
// RangeError or engine error escapes from a file the user opened.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fitGaussianNb } from '../classify/naiveBayes';
import { fitKnn } from '../classify/knn';
import { applyFitted } from '../prep/applyFitted';
import { readsNumbers } from '../prep/derive';
import { categorical, numeric, tableOf } from '../prep/testing';
import type { Column } from '../table';
import { classifierJson } from './build';
import { ModelError, parseModel } from './parse';
import { predictOne, type InputValues } from './predict';
import { scoreTable } from './score';
import { smallModel, smallTable } from './testing';
import type { SegmentModel } from './types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function variants(): Record<string, SegmentModel> {
	const X = applyFitted(smallTable(), smallModel().fitted).X;
	const y = Int32Array.of(0, 0, 0, 1, 1, 1);
	return {
		'nearest centroid': smallModel(),
		'naive bayes': { ...smallModel(), classifier: classifierJson(fitGaussianNb(X, y)) },
		knn: { ...smallModel(), classifier: classifierJson(fitKnn(X, y, { k: 3 })) }
	};
}

/** Every path to a value inside `value`, the root excluded. */
function paths(value: Json, prefix: Path = []): Path[] {
	if (value === null || typeof value !== 'object') return [];
	const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
	return keys.flatMap((key) => [[...prefix, key], ...paths((value as Record<string | number, Json>)[key], [...prefix, key])]);
}

const hostile: fc.Arbitrary<Json> = fc.oneof(
	fc.constantFrom<Json>(null, {}, [], '', 'x', 0, -1, 1, 2, 0.5, 1e300, -1e300, true, false, [null], [[]], 'numeric', 'categorical', 'knn', 'naive-bayes', 'drop', 'spend', 'region', 'north', '2026-01-01', { kind: 'code' }, { kind: 'daysSince', asOf: '2026-01-01' }),
	fc.integer({ min: -10, max: 10 }),
	fc.double(),
	fc.string({ maxLength: 6 })
);

type Mutation = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'empty' } | { kind: 'pop' } | { kind: 'repeat' };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	{ weight: 6, arbitrary: hostile.map((value): Mutation => ({ kind: 'set', value })) },
	fc.constantFrom<Mutation>({ kind: 'delete' }, { kind: 'empty' }, { kind: 'pop' }, { kind: 'repeat' })
);

/** JSON text of `model` with one mutation at `path`; numbers that JSON cannot hold are written as 1e999 (Infinity) or null. */
function mutate(model: SegmentModel, path: Path, m: Mutation): string {
	const root = JSON.parse(JSON.stringify(model)) as Json;
	const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], root) as Record<string | number, Json>;
	const key = path[path.length - 1];
	const target = parent[key];
	if (m.kind === 'set') parent[key] = m.value;
	else if (m.kind === 'delete') {
		if (Array.isArray(parent)) parent.splice(key as number, 1);
		else delete parent[key];
	} else if (Array.isArray(target)) {
		if (m.kind === 'empty') target.length = 0;
		else if (m.kind === 'pop') target.pop();
		else if (target.length) target.push(JSON.parse(JSON.stringify(target[0])));
	}
	return JSON.stringify(root, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? (Number.isNaN(v) ? null : `__inf${Math.sign(v)}__`) : v)).replace(
		/"__inf(-?1)__"/g,
		(_, sign) => (sign === '1' ? '1e999' : '-1e999')
	);
}

/** A small table with every column the model reads, in the kind it reads it. */
function tableFor(model: SegmentModel) {
	const columns: Column[] = model.fitted.inputs.map((input) => {
		if (input.derive?.kind === 'daysSince') return categorical(input.column, ['2025-01-01', '2025-06-30', null, '2025-12-31']);
		if (readsNumbers(input)) return numeric(input.column, [1, 50, null, 2]);
		const seen = input.categories.length ? input.categories : ['north'];
		return categorical(input.column, [seen[0], seen[seen.length - 1], null, 'unseen']);
	});
	return tableOf(...columns);
}

function customer(model: SegmentModel): InputValues {
	const values: InputValues = {};
	for (const spec of model.inputColumns) values[spec.name] = spec.type === 'numeric' ? 3 : (spec.categories?.[0] ?? '2025-03-01');
	return values;
}

describe('parseModel property', () => {
	for (const [name, model] of Object.entries(variants())) {
		const all = paths(JSON.parse(JSON.stringify(model)) as Json);
		test(`parseModel(any one mutation of a ${name} model) is a usable model or a ModelError`, () => {
			fc.assert(
				fc.property(fc.constantFrom(...all), mutation, (path, m) => {
					const text = mutate(model, path, m);
					let parsed: SegmentModel;
					try {
						parsed = parseModel(text);
					} catch (error) {
						expect(error, `${path.join('.')} ${JSON.stringify(m)}: ${String(error)}`).toBeInstanceOf(ModelError);
						return;
					}
					expect(() => scoreTable(parsed, tableFor(parsed)), `${path.join('.')} ${JSON.stringify(m)}`).not.toThrow();
					expect(() => predictOne(parsed, customer(parsed)), `${path.join('.')} ${JSON.stringify(m)}`).not.toThrow();
				}),
				{ numRuns: 600, seed: 11 }
			);
		});
	}
});
