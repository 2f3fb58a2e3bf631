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

/** Decodes a byte stream chunk by chunk; characters split across chunks come out whole. */
export class ChunkDecoder {
	private readonly decoder: TextDecoder;
	private first = true;

	constructor(readonly encoding: TextEncodingName) {
		// fatal: invalid UTF-8 throws instead of becoming U+FFFD; UTF-8's BOM is stripped by default.
		this.decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
	}

	/** Text of the next chunk; `final` flushes a character left incomplete at the end. */
	decode(bytes: Uint8Array, final = false): string {
		let input = bytes;
		if (this.first && this.encoding === 'windows-1252' && hasUtf8Bom(bytes)) input = bytes.subarray(3);
		if (input.length > 0) this.first = false;
		try {
			return this.decoder.decode(input, { stream: !final });
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
