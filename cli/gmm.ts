// The Gaussian mixture side of `cluster` and `sweep` (--algorithm gmm): one mixture with its
// BIC, AIC and soft memberships, or BIC and AIC for each k with the lowest BIC as the suggestion.
import { gmm, gmmSweep, type GmmSweepResult } from '../src/lib/engine/cluster';
import { probabilitiesByTableRow } from '../src/lib/engine/cluster/gmmScore';
import { segmentNumber } from '../src/lib/engine/insights/segmentLabel';
import { labelledCsvChunks } from '../src/lib/engine/model/labelledCsv';
import { createMatrix, toRows } from '../src/lib/engine/matrix';
import { toOriginalUnits } from '../src/lib/engine/prep';
import { choiceValue, intValue, requiredInt, stringValue, type Values } from './args';
import { engineStep, InputError, UsageError } from './errors';
import { toJson, writeOutput, type CliIo } from './io';
import { prepareFromArgs } from './prepareFromArgs';
import { readTable } from './read';
import { sweepInput } from './sweepInput';
import { formatNumber, formatPairs, formatTable } from './table';

export const gmmOptions = { algorithm: { type: 'string' }, covariance: { type: 'string' } } as const;

export const gmmHelp = `  --algorithm A     kmeans (default) or gmm: a Gaussian mixture (EM as scikit-learn's GaussianMixture,
                    k-means start); each row's segment is its most probable component
  --covariance C    gmm only: full (default; a d x d covariance per segment) or diag (variances
                    only: faster, fewer parameters)`;

/** True when --algorithm asks for the Gaussian mixture. */
export function wantsGmm(values: Values): boolean {
	return choiceValue(values, 'algorithm', ['kmeans', 'gmm'] as const, 'kmeans') === 'gmm';
}

const covarianceOf = (values: Values) => choiceValue(values, 'covariance', ['full', 'diag'] as const, 'full');

export interface GmmClusterSummary {
	n: number;
	features: string[];
	k: number;
	covariance: 'full' | 'diag';
	seed: number;
	logLikelihood: number;
	bic: number;
	aic: number;
	converged: boolean;
	iterations: number;
	sizes: number[];
	weights: number[];
	/** Component means in the prepared space and in the data's units. */
	means: number[][];
	meansOriginal: number[][];
}

export async function gmmCluster(io: CliIo, file: string, values: Values): Promise<void> {
	const k = requiredInt(values, 'k', 1);
	const restarts = intValue(values, 'restarts', 1, 1);
	const covariance = covarianceOf(values);
	const json = stringValue(values, 'json');
	const out = stringValue(values, 'out');
	if (json === '-' && out === '-') throw new UsageError('--json - and --out - cannot both write to stdout');
	const loaded = await readTable(io, file);
	const { prepared, choices } = prepareFromArgs(io, loaded, values);
	const { X } = prepared;
	if (k > X.rows) throw new InputError(`--k ${k} is more than the ${X.rows} rows of "${file}" left after preparation`);
	const result = engineStep(file, () => gmm(X, { k, covariance, seed: choices.seed, restarts }));
	const means = createMatrix(result.k, X.cols, Float64Array.from(result.mixture.means.slice(0, result.k).flat()));
	const summary: GmmClusterSummary = {
		n: X.rows,
		features: prepared.featureNames,
		k: result.k,
		covariance,
		seed: result.seed,
		logLikelihood: result.mixture.logLikelihood,
		bic: result.mixture.bic,
		aic: result.mixture.aic,
		converged: result.params.converged === true,
		iterations: result.iterations,
		sizes: result.sizes,
		weights: result.mixture.weights.slice(0, result.k),
		means: toRows(means),
		meansOriginal: toRows(toOriginalUnits(prepared.fitted, means))
	};
	if (out !== undefined) {
		const table = loaded.table;
		const labels = new Int32Array(table.rowCount).fill(-1);
		prepared.rowIndex.forEach((row, i) => (labels[row] = result.labels[i]));
		const probabilities = { k: result.k, values: probabilitiesByTableRow(X, prepared.rowIndex, table.rowCount, result.mixture, result.k) };
		writeOutput(io, out, labelledCsvChunks(table, { labels, segmentNames: [], probabilities }), 'labelled rows');
	}
	if (json !== undefined) writeOutput(io, json, toJson(summary), 'results');
	else if (out !== '-') io.stdout(formatCluster(file, summary));
}

function formatCluster(file: string, s: GmmClusterSummary): string {
	const head = formatPairs([
		['file', file],
		['rows', s.n],
		['features', s.features.join(', ')],
		['algorithm', `Gaussian mixture (${s.covariance} covariance)`],
		['k', s.k],
		['seed', s.seed],
		['log-likelihood per row', s.logLikelihood],
		['BIC', s.bic],
		['AIC', s.aic],
		['iterations', `${s.iterations}${s.converged ? '' : ' (not converged)'}`]
	]);
	const rows = s.sizes.map((size, label) => [segmentNumber(label), size, Number(s.weights[label].toFixed(4)), ...s.meansOriginal[label]]);
	return `${head}\nComponent means in original units:\n${formatTable(['segment', 'size', 'weight', ...s.features], rows)}`;
}

export async function gmmSweepCommand(io: CliIo, file: string, values: Values): Promise<void> {
	const covariance = covarianceOf(values);
	const { kmin, kmax, restarts, json, prepared, seed } = await sweepInput(io, file, values, { kmax: 8, restarts: 1 });
	const { X } = prepared;
	const result = engineStep(file, () => gmmSweep(X, { kmin, kmax, covariance, seed, restarts }));
	const summary = { n: X.rows, features: prepared.featureNames, seed, ...result };
	if (json !== undefined) writeOutput(io, json, toJson(summary), 'sweep');
	else io.stdout(formatGmmSweep(summary));
}

function formatGmmSweep(s: GmmSweepResult & { n: number }): string {
	const rows = s.rows.map((r) => [
		r.k,
		r.error ? '' : `${formatNumber(r.bic)}${r.k === s.bestBicK ? '*' : ''}`,
		r.error ? '' : `${formatNumber(r.aic)}${r.k === s.bestAicK ? '*' : ''}`,
		r.error ? '' : r.logLikelihood,
		r.parameters,
		r.error ?? (r.converged ? '' : 'not converged')
	]);
	const table = formatTable(['k', 'BIC', 'AIC', 'log-likelihood per row', 'parameters', 'note'], rows);
	return `Gaussian mixture (${s.covariance} covariance), ${s.n} rows; * = lowest\n${table}\nSuggested k (lowest BIC): ${s.bestBicK}; lowest AIC at k = ${s.bestAicK}\n`;
}
