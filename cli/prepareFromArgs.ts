// The options cluster, sweep, score and classify share (--features, --impute, --log1p, --scale,
// --seed), turned into the engine's preparation Recipe and applied, with every notice (excluded
// columns, dropped rows) printed to stderr.
import { defaultRecipe, prepareLazily, type ColumnStep, type Prepared, type Recipe, type Scaler } from '../src/lib/engine/prep';
import type { Table } from '../src/lib/engine/table';
import { choiceValue, intValue, listValue, stringValue, type Values } from './args';
import { InputError, UsageError } from './errors';
import type { CliIo } from './io';
import { requireColumn, type LoadedFile } from './read';

/** What main.ts puts in place of a bare `--log1p` (no list): every feature. */
export const allColumns = '*';

export const sharedOptions = {
	features: { type: 'string' },
	impute: { type: 'string' },
	log1p: { type: 'string' },
	scale: { type: 'string' },
	seed: { type: 'string' }
} as const;

export const sharedHelp = `Preparation (as the app's Prepare step):
  --features a,b,c          columns to use; default every numeric column whose role is feature
  --impute drop|mean|median missing values: drop the row or fill per column; default median
  --log1p [a,b]             log(1 + x) on every feature, or on the listed ones
  --scale standard|minmax|robust|none   default standard (population standard deviation)
  --seed N                  random seed; default 42`;

const imputations = ['drop', 'mean', 'median'] as const;
const scalers: readonly Scaler[] = ['standard', 'minmax', 'robust', 'none'];

export interface SharedChoices {
	features?: string[];
	impute: (typeof imputations)[number];
	/** allColumns, a list of columns, or none. */
	log1p?: string[] | typeof allColumns;
	scaler: Scaler;
	seed: number;
}

export function readShared(values: Values): SharedChoices {
	const log1p = stringValue(values, 'log1p');
	return {
		features: listValue(values, 'features'),
		impute: choiceValue(values, 'impute', imputations, 'median'),
		log1p: log1p === undefined ? undefined : log1p === allColumns ? allColumns : listValue(values, 'log1p'),
		scaler: choiceValue(values, 'scale', scalers, 'standard'),
		seed: intValue(values, 'seed', 42, -(2 ** 31), 2 ** 31 - 1)
	};
}

/** The recipe the options describe; `exclude` names columns that must not be features (a target, a labelling). */
export function recipeFromArgs(loaded: LoadedFile, choices: SharedChoices, exclude: string[] = []): Recipe {
	const names = choices.features ? [...new Set(choices.features)] : defaultRecipe(loaded.table).features.map((s) => s.column);
	for (const name of names) checkFeature(loaded, name, exclude);
	const features = names.filter((name) => choices.features || !exclude.includes(name));
	if (features.length === 0) {
		throw new InputError(`"${loaded.file}" has no numeric feature columns to use; name some with --features`);
	}
	const logged = choices.log1p === allColumns ? features : (choices.log1p ?? []);
	for (const name of logged) {
		if (!features.includes(name)) throw new InputError(`--log1p names "${name}", which is not among the features (${features.join(', ')})`);
	}
	const steps = features.map((name) => columnStep(loaded.table, name, choices, logged.includes(name)));
	return { version: 1, features: steps, scaler: choices.scaler };
}

function checkFeature(loaded: LoadedFile, name: string, exclude: string[]): void {
	const column = requireColumn(loaded, name, 'features');
	if (exclude.includes(name)) return;
	if (column.type !== 'numeric' && column.type !== 'categorical') {
		throw new InputError(`column "${name}" of "${loaded.file}" holds ${column.type} values; --features takes numeric or categorical columns`);
	}
}

function columnStep(table: Table, name: string, choices: SharedChoices, log1p: boolean): ColumnStep {
	const numeric = table.columns.find((c) => c.name === name)?.type === 'numeric';
	// A category has no mean or median: its missing cells take the most frequent category.
	const impute = numeric || choices.impute === 'drop' ? choices.impute : 'mode';
	return { column: name, impute, ...(log1p && numeric ? { log1p: true } : {}) };
}

/** Reads the shared options, prepares the table and reports what preparation left out. */
export function prepareFromArgs(io: CliIo, loaded: LoadedFile, values: Values, exclude: string[] = []): { prepared: Prepared; choices: SharedChoices } {
	const choices = readShared(values);
	if (choices.features) {
		const clash = choices.features.find((name) => exclude.includes(name));
		if (clash) throw new UsageError(`--features must not include "${clash}", the column being predicted or scored`);
	}
	const prepared = prepareTable(io, loaded, recipeFromArgs(loaded, choices, exclude));
	return { prepared, choices };
}

function prepareTable(io: CliIo, loaded: LoadedFile, recipe: Recipe): Prepared {
	let prepared: Prepared;
	try {
		// Lazily: a large k-means run's pool makes its shards from the table, so the rows are held once.
		prepared = prepareLazily(loaded.table, recipe);
	} catch (error) {
		throw new InputError(`"${loaded.file}": ${(error as Error).message}`);
	}
	for (const notice of prepared.notices) io.stderr(`note: ${notice}\n`);
	for (const { reason, count } of prepared.dropped) if (count > 0) io.stderr(`note: dropped ${count} rows (${reason})\n`);
	if (prepared.rowIndex.length === 0) throw new InputError(`"${loaded.file}": no rows left after preparation; try --impute median`);
	if (prepared.featureNames.length === 0) throw new InputError(`"${loaded.file}": no feature columns left after preparation`);
	return prepared;
}
