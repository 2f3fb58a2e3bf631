// Bytes -> text. UTF-8 (with its byte-order mark stripped) unless the bytes are not valid UTF-8,
// in which case the caller starts again with Windows-1252, the encoding Excel on Windows saves
// "CSV" in and a superset of Latin-1, so every byte sequence decodes.

export type TextEncodingName = 'utf-8' | 'windows-1252';

/** Thrown by a UTF-8 ChunkDecoder at the first invalid byte sequence. */
export class InvalidUtf8Error extends Error {
	constructor() {
		super('the bytes are not valid UTF-8');
		this.name = 'InvalidUtf8Error';
	}
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
	return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Unicode for the Windows-1252 bytes 0x80-0x9F; the other bytes are their own code points. */
const cp1252High = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

/**
 * Windows-1252 by table: Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 becomes
 * U+0080 instead of €), so the browser and the CLI would disagree.
 */
function decodeWindows1252(bytes: Uint8Array): string {
	const units = new Uint16Array(bytes.length);
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		units[i] = b >= 0x80 && b < 0xa0 ? cp1252High[b - 0x80] : b;
	}
	let text = '';
	for (let start = 0; start < units.length; start += 8192) {
		text += String.fromCharCode(...units.subarray(start, start + 8192));
	}
	return text;
}

/** Decodes a byte stream chunk by chunk; characters split across chunks come out whole. */
export class ChunkDecoder {
	private readonly decoder: TextDecoder | null;
	/** Windows-1252: the opening bytes, until it is known whether they are a UTF-8 byte-order mark. */
	private opening: Uint8Array | null = new Uint8Array(0);

	constructor(readonly encoding: TextEncodingName) {
		// fatal: invalid UTF-8 throws instead of becoming U+FFFD; UTF-8's BOM is stripped by default.
		this.decoder = encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : null;
	}

	/** The bytes after a leading UTF-8 byte-order mark, which may arrive split over tiny chunks. */
	private withoutBom(bytes: Uint8Array, final: boolean): Uint8Array {
		if (this.opening === null) return bytes;
		const joined = new Uint8Array(this.opening.length + bytes.length);
		joined.set(this.opening);
		joined.set(bytes, this.opening.length);
		const bomPrefix = joined.every((b, i) => b === [0xef, 0xbb, 0xbf][i]);
		if (joined.length < 3 && bomPrefix && !final) {
			this.opening = joined;
			return new Uint8Array(0);
		}
		this.opening = null;
		return hasUtf8Bom(joined) ? joined.subarray(3) : joined;
	}

	/** Text of the next chunk; `final` flushes a character left incomplete at the end. */
	decode(bytes: Uint8Array, final = false): string {
		if (!this.decoder) return decodeWindows1252(this.withoutBom(bytes, final));
		try {
			return this.decoder.decode(bytes, { stream: !final });
		} catch (error) {
			if (error instanceof TypeError) throw new InvalidUtf8Error();
			throw error;
		}
	}
}

/** A whole buffer as text: UTF-8 when valid, otherwise Windows-1252. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
	try {
		return { text: new ChunkDecoder('utf-8').decode(bytes, true), encoding: 'utf-8' };
	} catch (error) {
		if (!(error instanceof InvalidUtf8Error)) throw error;
		return { text: new ChunkDecoder('windows-1252').decode(bytes, true), encoding: 'windows-1252' };
	}
}

/** The warning an import gives when it fell back to Windows-1252. */
export function windows1252Message(fileName: string): string {
	return `"${fileName}" is not valid UTF-8, so it was read as Windows-1252 (Western European). If accented letters look wrong, save the file as "CSV UTF-8" and import it again.`;
}
