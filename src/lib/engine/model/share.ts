// A model in a link: its JSON deflated (CompressionStream 'deflate-raw', in browsers and Node >= 18)
// and base64url-encoded into the URL fragment `#model=...`. The fragment never reaches a server,
// so a shared model stays between the people who pass the link on.
import { parseModel } from './parse';
import type { SegmentModel } from './types';

/** Longest encoded model a link may carry: browsers cope with about 2 MB URLs, chat apps with far less. */
export const maxShareChars = 1_500_000;

export async function encodeShare(model: SegmentModel): Promise<string> {
	const bytes = await pipe(new TextEncoder().encode(JSON.stringify(model)), new CompressionStream('deflate-raw'));
	return toBase64Url(bytes);
}

/** The model in an encoded fragment; throws ModelError (damaged or foreign link) or the parse's errors. */
export async function decodeShare(encoded: string): Promise<SegmentModel> {
	let text: string;
	try {
		text = new TextDecoder().decode(await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw')));
	} catch {
		throw new Error('the link does not hold a readable model; it may have been cut short when it was copied');
	}
	return parseModel(text);
}

/** `<app>/classify/#model=<encoded>`, from the app's root URL (with or without a trailing slash). */
export function shareLink(appUrl: string, encoded: string): string {
	return `${appUrl.replace(/\/+$/, '')}/classify/#model=${encoded}`;
}

/** The encoded model in a location hash ("#model=..."), or null. */
export function readShareFragment(hash: string): string | null {
	const match = /^#?(?:.*&)?model=([A-Za-z0-9_-]+)/.exec(hash);
	return match ? match[1] : null;
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	const step = 0x8000;
	for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url text');
	const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
