// One k-means run from given centres with plain Lloyd iterations, scikit-learn's semantics: stop when
// no label changed ("strict convergence") or when the summed squared centre shift is <= tolerance;
// otherwise after maxIterations, followed by one more assignment so labels match the centres.
import type { Matrix } from '../matrix';
import { checkStop, type LongTaskOptions } from '../progress';
import { lloydPartial, updateCentres } from './lloyd';
import { relocateEmptyClusters } from './relocate';
import type { MatrixSummary } from './summary';

/** Options of a single run. */
export interface RunOptions extends LongTaskOptions {
	/** Iteration cap. */
	maxIterations: number;
	/** Absolute tolerance on the summed squared centre shift. */
	tolerance: number;
	/** Column means and total sum of squares around them (lets Hamerly's run skip an inertia pass). */
	summary?: MatrixSummary;
}

/** What one run from given centres ends with. */
export interface RunResult {
	labels: Int32Array;
	/** Final centres (k x d): the means of the last assignment, as scikit-learn returns them. */
	centres: Float64Array;
	iterations: number;
	/** Squared distances of the rows to their centre in `centres`, summed. */
	inertia: number;
	/** True when the last iteration changed no label. */
	strict: boolean;
}

export function runLloyd(X: Matrix, init: Float64Array, k: number, options: RunOptions): RunResult {
	const n = X.rows;
	let centres = init.slice();
	let next = new Float64Array(centres.length);
	// Two label buffers take turns as this pass's output and the last pass's labels.
	let labels = new Int32Array(n).fill(-1);
	let spare = new Int32Array(n);
	let iterations = 0;
	let strict = false;
	while (iterations < options.maxIterations) {
		checkStop(options);
		const step = lloydPartial(X, 0, n, centres, k, labels, spare);
		[labels, spare] = [spare, labels];
		relocateEmptyClusters(X, labels, centres, step.sums, step.counts);
		const shift = updateCentres(step.sums, step.counts, centres, next);
		[centres, next] = [next, centres];
		iterations++;
		if (step.changed === 0) {
			strict = true;
			break;
		}
		if (shift <= options.tolerance) break;
	}
	const last = lloydPartial(X, 0, n, centres, k, undefined, spare);
	return { labels: last.labels, centres, iterations, inertia: last.inertia, strict };
}
