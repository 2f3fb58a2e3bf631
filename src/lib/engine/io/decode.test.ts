import { describe, expect, test } from 'vitest';
import { ChunkDecoder, decodeBytes, InvalidUtf8Error } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('ChunkDecoder', () => {
	test("ChunkDecoder('utf-8') strips the byte-order mark", () => {
		expect(new ChunkDecoder('utf-8').decode(utf8('\uFEFFa,b'), true)).toBe('a,b');
	});

	test("ChunkDecoder('utf-8') joins a character split across chunks", () => {
		const bytes = utf8('€😀');
		for (let cut = 1; cut < bytes.length; cut++) {
			const decoder = new ChunkDecoder('utf-8');
			expect(decoder.decode(bytes.subarray(0, cut)) + decoder.decode(bytes.subarray(cut), true)).toBe('€😀');
		}
	});

	test("ChunkDecoder('utf-8') throws InvalidUtf8Error on the Windows-1252 byte 0xE9", () => {
		expect(() => new ChunkDecoder('utf-8').decode(Uint8Array.from([0x4a, 0x6f, 0x73, 0xe9, 0x2c]), true)).toThrow(InvalidUtf8Error);
	});

	test("ChunkDecoder('utf-8') throws when the file ends inside a character", () => {
		const decoder = new ChunkDecoder('utf-8');
		expect(decoder.decode(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe('a');
		expect(() => decoder.decode(new Uint8Array(0), true)).toThrow(InvalidUtf8Error);
	});

	test("ChunkDecoder('windows-1252') reads 0xE9 as é and 0x80 as €, dropping a UTF-8 byte-order mark", () => {
		expect(new ChunkDecoder('windows-1252').decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x4a, 0xe9, 0x80]), true)).toBe('Jé€');
	});

	test("ChunkDecoder('windows-1252') drops a byte-order mark split over one-byte chunks", () => {
		const decoder = new ChunkDecoder('windows-1252');
		const text = [0xef, 0xbb, 0xbf, 0x61, 0xe9].map((b, i, all) => decoder.decode(Uint8Array.of(b), i === all.length - 1)).join('');
		expect(text).toBe('aé');
	});
});

describe('decodeBytes', () => {
	test('decodeBytes(valid UTF-8) keeps UTF-8', () => {
		expect(decodeBytes(utf8('Zürich'))).toEqual({ text: 'Zürich', encoding: 'utf-8' });
	});

	test('decodeBytes(Windows-1252 bytes) falls back to Windows-1252', () => {
		expect(decodeBytes(Uint8Array.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]))).toEqual({ text: 'Zürich', encoding: 'windows-1252' });
	});
});
