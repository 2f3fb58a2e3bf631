// Structured values <-> one ArrayBuffer, so a record can be encrypted as a single byte string.
// JSON alone would lose what the app stores: typed arrays (column values, labels), NaN (missing),
// ±Infinity, -0, undefined in arrays, Maps, Sets and Dates. Those become tagged objects in the JSON
// part; typed arrays' bytes go, 8-byte aligned, into a binary part after it.
// Layout: u32 MAGIC | u32 json byte length | json (utf-8) | padding to 8 | binary part.

const MAGIC = 0x53_4c_50_31; // "SLP1"
/** The tag key: a NUL-prefixed name no app object uses, so stored objects keyed by column names cannot collide. */
const TAG = '\u0000t';

const TYPED = {
	Float64Array,
	Float32Array,
	Int32Array,
	Uint32Array,
	Int16Array,
	Uint16Array,
	Int8Array,
	Uint8Array,
	Uint8ClampedArray
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

const align8 = (n: number) => (n + 7) & ~7;

function typedName(value: ArrayBufferView): TypedName | undefined {
	const name = value.constructor.name;
	return name in TYPED ? (name as TypedName) : undefined;
}

/** Serialises `value` into one ArrayBuffer (typed arrays are copied, never shared). */
export function pack(value: unknown): ArrayBuffer {
	const chunks: Uint8Array[] = [];
	let binaryLength = 0;
	const addBytes = (bytes: Uint8Array): number => {
		const offset = binaryLength;
		chunks.push(bytes);
		binaryLength += align8(bytes.byteLength);
		return offset;
	};
	const json = JSON.stringify(value, function (this: Record<string, unknown>, key, replaced: unknown) {
		// `this[key]` is the value before toJSON (a Date arrives here as a string otherwise).
		const raw = this[key];
		if (raw instanceof Date) return { [TAG]: 'Date', v: raw.getTime() };
		if (typeof raw === 'number' && (!Number.isFinite(raw) || Object.is(raw, -0))) return { [TAG]: 'num', v: String(raw === 0 ? '-0' : raw) };
		if (raw === undefined && Array.isArray(this)) return { [TAG]: 'undef' };
		if (raw instanceof ArrayBuffer) return { [TAG]: 'buf', o: addBytes(new Uint8Array(raw)), n: raw.byteLength };
		if (ArrayBuffer.isView(raw) && !(raw instanceof DataView)) {
			const type = typedName(raw);
			if (!type) throw new Error(`cannot store a ${raw.constructor.name}`);
			const bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
			return { [TAG]: 'typed', type, o: addBytes(bytes), n: (raw as Typed).length };
		}
		if (raw instanceof Map) return { [TAG]: 'Map', v: [...raw.entries()] };
		if (raw instanceof Set) return { [TAG]: 'Set', v: [...raw.values()] };
		return replaced;
	});
	const text = new TextEncoder().encode(json ?? 'null');
	const start = align8(8 + text.byteLength);
	const out = new Uint8Array(start + binaryLength);
	const view = new DataView(out.buffer);
	view.setUint32(0, MAGIC);
	view.setUint32(4, text.byteLength);
	out.set(text, 8);
	let offset = start;
	for (const bytes of chunks) {
		out.set(bytes, offset);
		offset += align8(bytes.byteLength);
	}
	return out.buffer;
}

/** The value pack() serialised; typed arrays own fresh buffers (safe to transfer one alone). */
export function unpack(buffer: ArrayBuffer): unknown {
	const view = new DataView(buffer);
	if (buffer.byteLength < 8 || view.getUint32(0) !== MAGIC) throw new Error('stored record is not in a known format');
	const length = view.getUint32(4);
	const json = new TextDecoder().decode(new Uint8Array(buffer, 8, length));
	const start = align8(8 + length);
	return JSON.parse(json, (_key, value: unknown) => {
		if (!value || typeof value !== 'object' || !(TAG in value)) return value;
		const tagged = value as { [TAG]: string; v?: unknown; o?: number; n?: number; type?: TypedName };
		switch (tagged[TAG]) {
			case 'Date':
				return new Date(tagged.v as number);
			case 'num':
				return tagged.v === '-0' ? -0 : Number(tagged.v);
			case 'undef':
				return undefined;
			case 'buf':
				return buffer.slice(start + tagged.o!, start + tagged.o! + tagged.n!);
			case 'typed': {
				const Type = TYPED[tagged.type!];
				if (!Type) throw new Error(`stored record has an unknown array type "${tagged.type}"`);
				const from = start + tagged.o!;
				return new Type(buffer.slice(from, from + tagged.n! * Type.BYTES_PER_ELEMENT));
			}
			case 'Map':
				return new Map(tagged.v as [unknown, unknown][]);
			case 'Set':
				return new Set(tagged.v as unknown[]);
			default:
				return value;
		}
	});
}
