// A model in a link: its JSON deflated (CompressionStream 'deflate-raw', in browsers and Node >= 18)
// and base64url-encoded into the URL fragment `#model=...`. The fragment never reaches a server,
// so a shared model stays between the people who pass the link on.
//
// Both directions are bounded: a link never carries customer rows (a KNN model), and reading one
// stops at maxShareChars of text and maxInflatedBytes unpacked, so a small hostile link cannot
// inflate to hundreds of megabytes in the browser.
import { ModelError } from './modelError';
import { parseModel } from './parse';
import { trainingRowCount } from './rowFree';
import type { SegmentModel } from './types';

/** Longest encoded model a link may carry: browsers cope with about 2 MB URLs, chat apps with far less. */
export const maxShareChars = 1_500_000;
/** Largest model JSON a link may unpack to; row-free models are far smaller (tens of kB). */
export const maxInflatedBytes = 5_000_000;

/** The model as link text; throws ModelError for a model holding training customers or too large for a link. */
export async function encodeShare(model: SegmentModel): Promise<string> {
	const rows = trainingRowCount(model);
	if (rows > 0) {
		throw new ModelError(
			`this KNN model holds its ${rows.toLocaleString('en-US')} training customers row by row, and a link never carries customer data; share a nearest-centroid or Naive Bayes model instead`
		);
	}
	const json = new TextEncoder().encode(JSON.stringify(model));
	if (json.length > maxInflatedBytes) throw new ModelError(`this model is ${mb(json.length)} MB, more than the ${mb(maxInflatedBytes)} MB a link may hold; send the model file instead`);
	const encoded = toBase64Url(await deflate(json));
	if (encoded.length > maxShareChars) throw new ModelError(`this model needs a ${Math.round(encoded.length / 1000)} kB link, too long to share; send the model file instead`);
	return encoded;
}

/** The model in an encoded fragment; throws ModelError (damaged, oversized or foreign link) or the parse's errors. */
export async function decodeShare(encoded: string): Promise<SegmentModel> {
	if (encoded.length > maxShareChars) {
		throw new ModelError(`the link is ${Math.round(encoded.length / 1000)} kB, longer than a model link may be (${maxShareChars / 1000} kB); ask for the model file instead`);
	}
	let bytes: Uint8Array;
	try {
		bytes = fromBase64Url(encoded);
	} catch {
		throw new ModelError('the link does not hold a readable model; it may have been cut short when it was copied');
	}
	return parseModel(new TextDecoder().decode(await inflateAtMost(bytes, maxInflatedBytes)));
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

const mb = (bytes: number) => Math.round(bytes / 100_000) / 10;

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates chunk by chunk and cancels the stream as soon as more than `limit` bytes came out. */
async function inflateAtMost(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
	const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.length;
			if (total > limit) {
				void reader.cancel().catch(() => {});
				throw new ModelError(`the model in the link unpacks to more than ${mb(limit)} MB, far more than a model needs; the link is damaged or not a Segment Lab model`);
			}
			chunks.push(value);
		}
	} catch (error) {
		if (error instanceof ModelError) throw error;
		throw new ModelError('the link does not hold a readable model; it may have been cut short when it was copied');
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
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
