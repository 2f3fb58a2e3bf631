// Field checks for model files: each takes the value and its path in the file ("model.fitted.inputs[2].column")
// and either returns the value typed or throws a ModelError naming that path. A file comes from
// anywhere (a download, a link, an attacker), so nothing in it is trusted until it passed one of these.
import { ModelError } from './modelError';

/** Longest text accepted for a name, a category or a date pattern. */
export const maxTextLength = 10_000;

export function fail(path: string, what: string): never {
	throw new ModelError(`${path} ${what}`);
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function object(value: unknown, path: string): Record<string, unknown> {
	if (!isObject(value)) fail(path, 'must be an object');
	return value;
}

export function text(value: unknown, path: string): string {
	if (typeof value !== 'string') fail(path, 'must be a string');
	if (value.length > maxTextLength) fail(path, `is longer than ${maxTextLength.toLocaleString('en-US')} characters`);
	return value;
}

export function bool(value: unknown, path: string): boolean {
	if (typeof value !== 'boolean') fail(path, 'must be true or false');
	return value;
}

export function finite(value: unknown, path: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a finite number');
	return value;
}

export function whole(value: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		fail(path, max === Number.MAX_SAFE_INTEGER ? `must be a whole number >= ${min}` : `must be a whole number from ${min} to ${max.toLocaleString('en-US')}`);
	}
	return value;
}

export function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) fail(path, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
	return value as T;
}

/** An array of at most `max` items (checked before any item is looked at). */
export function array(value: unknown, path: string, max: number, min = 0): unknown[] {
	if (!Array.isArray(value)) fail(path, 'must be an array');
	if (value.length > max) fail(path, `has ${value.length.toLocaleString('en-US')} items, more than the ${max.toLocaleString('en-US')} a model may hold`);
	if (value.length < min) fail(path, min === 1 ? 'must not be empty' : `needs at least ${min} items`);
	return value;
}

/** Exactly `length` finite numbers (or, with `nulls`, null where a value is unknown). */
export function numbers(value: unknown, path: string, length: number, nulls = false): (number | null)[] {
	if (!Array.isArray(value)) fail(path, 'must be an array');
	if (value.length !== length) fail(path, `must hold ${length.toLocaleString('en-US')} numbers (it holds ${value.length.toLocaleString('en-US')})`);
	value.forEach((v, i) => (nulls && v === null) || finite(v, `${path}[${i}]`));
	return value as (number | null)[];
}

export function texts(value: unknown, path: string, max: number): string[] {
	const items = array(value, path, max);
	items.forEach((v, i) => text(v, `${path}[${i}]`));
	return items as string[];
}

/** Throws naming the second occurrence of a repeated name. */
export function unique(names: readonly string[], path: (i: number) => string, what = 'appears twice'): void {
	const seen = new Set<string>();
	names.forEach((name, i) => {
		if (seen.has(name)) fail(path(i), `"${name}" ${what}`);
		seen.add(name);
	});
}
