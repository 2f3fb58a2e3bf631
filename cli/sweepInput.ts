// What both sweeps (k-means `sweep` and `sweep --algorithm gmm`) read from their arguments: the k
// range and starts, the JSON target, and the prepared table, with the range checked against its rows.
import { intValue, stringValue, type Values } from './args';
import { InputError, UsageError } from './errors';
import type { CliIo } from './io';
import { prepareFromArgs } from './prepareFromArgs';
import { readTable } from './read';

export async function sweepInput(io: CliIo, file: string, values: Values, defaults: { kmax: number; restarts: number }) {
	const kmin = intValue(values, 'kmin', 1, 1);
	const kmax = intValue(values, 'kmax', defaults.kmax, 1);
	if (kmax < kmin) throw new UsageError(`--kmax (${kmax}) must be at least --kmin (${kmin})`);
	const restarts = intValue(values, 'restarts', defaults.restarts, 1);
	const json = stringValue(values, 'json');
	const loaded = await readTable(io, file);
	const { prepared, choices } = prepareFromArgs(io, loaded, values);
	const rows = prepared.rowIndex.length;
	if (kmin > rows) throw new InputError(`--kmin ${kmin} is more than the ${rows} rows of "${file}" left after preparation`);
	if (kmax > rows) io.stderr(`note: --kmax lowered to ${rows}, the number of rows\n`);
	return { kmin, kmax, restarts, json, prepared, seed: choices.seed };
}
