// Typed reads of parseArgs values: whole numbers, choices and column lists, each failing with a
// UsageError that names the option.
import { UsageError } from './errors';

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function stringValue(values: Values, name: string): string | undefined {
	const v = values[name];
	return typeof v === 'string' ? v : undefined;
}

export function requiredString(values: Values, name: string): string {
	const v = stringValue(values, name);
	if (v === undefined || v === '') throw new UsageError(`--${name} is required`);
	return v;
}

/** A whole number >= min (and <= max); `fallback` when the option is absent. */
export function intValue(values: Values, name: string, fallback: number, min: number, max = Infinity): number {
	const text = stringValue(values, name);
	if (text === undefined) return fallback;
	if (!/^[+-]?\d+$/.test(text.trim())) throw new UsageError(`--${name} must be a whole number (got "${text}")`);
	const n = Number(text);
	if (n < min || n > max) {
		const range = max === Infinity ? `at least ${min}` : `between ${min} and ${max}`;
		throw new UsageError(`--${name} must be ${range} (got ${n})`);
	}
	return n;
}

export function requiredInt(values: Values, name: string, min: number): number {
	if (stringValue(values, name) === undefined) throw new UsageError(`--${name} is required`);
	return intValue(values, name, 0, min);
}

/** One of `choices`; `fallback` when absent. */
export function choiceValue<T extends string>(values: Values, name: string, choices: readonly T[], fallback: T): T {
	const text = stringValue(values, name);
	if (text === undefined) return fallback;
	if (!(choices as readonly string[]).includes(text)) {
		throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got "${text}")`);
	}
	return text as T;
}

/** Comma-separated names, trimmed, empty entries dropped. */
export function listValue(values: Values, name: string): string[] | undefined {
	const text = stringValue(values, name);
	if (text === undefined) return undefined;
	const names = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
	if (names.length === 0) throw new UsageError(`--${name} needs at least one column name`);
	return names;
}
