// Options merged over one `defaults` object, where an option passed as undefined keeps the default
// (a plain spread would let `{ sampleRows: undefined }` erase it).

export function withDefaults<D extends object, O extends object>(defaults: D, options: O): O & D {
	const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
	for (const [key, value] of Object.entries(options)) if (value !== undefined) merged[key] = value;
	return merged as O & D;
}
