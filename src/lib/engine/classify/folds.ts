// How rows are divided for evaluation: scikit-learn's StratifiedKFold fold assignment (no shuffle)
// and a seeded stratified train/test split.
import { createRandom, shuffle } from '../random';

/**
 * The test fold of every row, as scikit-learn's StratifiedKFold(folds, shuffle=False) assigns it
 * (sklearn >= 0.22, _make_test_folds): classes are numbered by first appearance, the sorted labels
 * are dealt round-robin to folds to fix how many of each class every fold gets, and each class's
 * rows, in order, fill fold 0 first, then fold 1, and so on.
 */
export function stratifiedKFold(y: Int32Array, folds = 5): Int32Array {
	const n = y.length;
	if (!Number.isInteger(folds) || folds < 2) throw new Error(`folds must be a whole number >= 2 (got ${folds})`);
	if (folds > n) throw new Error(`cannot make ${folds} folds from ${n} rows`);
	const byAppearance = new Map<number, number>();
	const encoded = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		let code = byAppearance.get(y[i]);
		if (code === undefined) byAppearance.set(y[i], (code = byAppearance.size));
		encoded[i] = code;
	}
	const classes = byAppearance.size;
	const counts = new Int32Array(classes);
	for (const code of encoded) counts[code]++;
	if (counts.every((c) => c < folds)) {
		throw new Error(`cannot make ${folds} folds: every class has fewer than ${folds} rows`);
	}
	// allocation[f * classes + c]: rows of class c in fold f, from dealing the sorted codes round-robin.
	const allocation = new Int32Array(folds * classes);
	let position = 0;
	for (let c = 0; c < classes; c++) {
		for (let m = 0; m < counts[c]; m++, position++) allocation[(position % folds) * classes + c]++;
	}
	const foldOf = new Int32Array(n);
	const fold = new Int32Array(classes);
	const filled = new Int32Array(classes);
	for (let i = 0; i < n; i++) {
		const c = encoded[i];
		while (filled[c] >= allocation[fold[c] * classes + c]) {
			fold[c]++;
			filled[c] = 0;
		}
		foldOf[i] = fold[c];
		filled[c]++;
	}
	return foldOf;
}

export interface SplitOptions {
	/** Share of rows held out for testing, in (0, 1); default 0.25. The test size is rounded up. */
	testFraction?: number;
	/** Seed for which rows of each class are held out; default 0. */
	seed?: number;
}

const splitDefaults: Required<SplitOptions> = { testFraction: 0.25, seed: 0 };

/**
 * Seeded stratified train/test split: every class is held out in proportion to its size (largest
 * remainders settle the rounding). Both index lists are ascending.
 */
export function stratifiedSplit(y: Int32Array, options: SplitOptions = {}): { train: Int32Array; test: Int32Array } {
	const { testFraction, seed } = { ...splitDefaults, ...options };
	const n = y.length;
	if (!(testFraction > 0 && testFraction < 1)) throw new Error(`testFraction must be between 0 and 1 (got ${testFraction})`);
	const testSize = Math.ceil(testFraction * n);
	if (testSize >= n) throw new Error(`a test share of ${testFraction} leaves no training rows out of ${n}`);
	const members = new Map<number, number[]>();
	for (let i = 0; i < n; i++) {
		const list = members.get(y[i]);
		if (list) list.push(i);
		else members.set(y[i], [i]);
	}
	const groups = [...members.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
	const exact = groups.map((g) => (g.length * testSize) / n);
	const take = exact.map(Math.floor);
	const byRemainder = exact.map((_, i) => i).sort((a, b) => exact[b] - take[b] - (exact[a] - take[a]) || a - b);
	for (let r = 0, left = testSize - take.reduce((a, b) => a + b, 0); left > 0; r++, left--) take[byRemainder[r]]++;
	const random = createRandom(seed);
	const isTest = new Uint8Array(n);
	groups.forEach((group, g) => {
		const shuffled = shuffle(Int32Array.from(group), random);
		for (let t = 0; t < take[g]; t++) isTest[shuffled[t]] = 1;
	});
	const test: number[] = [];
	const train: number[] = [];
	for (let i = 0; i < n; i++) (isTest[i] ? test : train).push(i);
	return { train: Int32Array.from(train), test: Int32Array.from(test) };
}
