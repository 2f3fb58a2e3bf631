// Fixture loading for unit tests: the reference JSON from scikit-learn/pandas and the raw datasets.
// Deliberately naive CSV reading (numbers only, no quoting) so tests of the numeric engine do not
// depend on the import code they are not testing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMatrix, type Matrix } from '../../src/lib/engine/matrix';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixturePath(relative: string): string {
	return root + relative;
}

export function readFixture(relative: string): string {
	return readFileSync(fixturePath(relative), 'utf8');
}

export interface ClusterReference {
	case: string;
	features: string[];
	transform: { log1p?: boolean; scale: string };
	n: number;
	scaler: { mean: number[]; std: number[] };
	sweep: {
		k: number;
		inertia: number;
		silhouette?: number;
		daviesBouldin?: number;
		calinskiHarabasz?: number;
		sizes?: number[];
	}[];
	labelled: {
		k: number;
		inertia: number;
		labels: number[];
		silhouette: number;
		daviesBouldin: number;
		calinskiHarabasz: number;
	};
	pca: { explainedVarianceRatio: number[] };
	classifyChannel: { cv: string; knnK: number; knnAccuracy: number; naiveBayesAccuracy: number };
}

export type ReferenceCase = 'wholesale-standard' | 'wholesale-log-standard';
export const referenceCases: ReferenceCase[] = ['wholesale-standard', 'wholesale-log-standard'];

export function loadReference(name: ReferenceCase): ClusterReference {
	return JSON.parse(readFixture(`reference/${name}.json`));
}

/** Columns of the wholesale table by name, as plain numbers. */
export function wholesaleColumns(): Record<string, number[]> {
	const lines = readFixture('data/wholesale-customers.csv').trim().split(/\r?\n/);
	const header = lines[0].split(',');
	const out: Record<string, number[]> = Object.fromEntries(header.map((h) => [h, []]));
	for (const line of lines.slice(1)) line.split(',').forEach((v, j) => out[header[j]].push(Number(v)));
	return out;
}

/**
 * The feature matrix of a reference case, transformed and scaled with the reference's own scaler
 * (log1p first when the case says so), so cluster and metric tests start from the same numbers.
 */
export function referenceMatrix(name: ReferenceCase): Matrix {
	const ref = loadReference(name);
	const columns = wholesaleColumns();
	const d = ref.features.length;
	const m = createMatrix(ref.n, d);
	for (let j = 0; j < d; j++) {
		const values = columns[ref.features[j]];
		for (let i = 0; i < ref.n; i++) {
			const v = ref.transform.log1p ? Math.log1p(values[i]) : values[i];
			m.data[i * d + j] = (v - ref.scaler.mean[j]) / ref.scaler.std[j];
		}
	}
	return m;
}

/** Relative difference, safe at zero. */
export function relativeError(actual: number, expected: number): number {
	if (actual === expected) return 0;
	return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}
