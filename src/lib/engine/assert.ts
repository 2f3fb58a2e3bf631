/** Exhaustiveness check for a `switch` over a union: adding a case becomes a compile error here. */
export function assertNever(x: never): never {
	throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
