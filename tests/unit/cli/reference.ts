// The reference results the CLI tests check against (see tests/fixtures/reference/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './run';

export interface WholesaleReference {
	features: string[];
	transform: { log1p?: boolean; scale: string };
	n: number;
	sweep: { k: number; inertia: number; silhouette?: number; daviesBouldin?: number; calinskiHarabasz?: number; sizes?: number[] }[];
	labelled: { k: number; inertia: number; labels: number[]; silhouette: number; daviesBouldin: number; calinskiHarabasz: number };
	classifyChannel: { knnK: number; knnAccuracy: number; naiveBayesAccuracy: number };
}

export interface RfmReference {
	asof: string;
	customers: number;
	table: { CustomerID: string; recency: number; frequency: number; monetary: number; R: number; F: number; M: number }[];
}

export function reference<T>(name: string): T {
	return JSON.parse(readFileSync(join(root, 'tests/fixtures/reference', name), 'utf8')) as T;
}
