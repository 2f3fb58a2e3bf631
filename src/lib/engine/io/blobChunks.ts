// Reads a Blob (a browser File, or Node's fs.openAsBlob) in fixed-size slices, with the next slices
// already requested while the current one is parsed, so reading overlaps with parsing.
import { checkStop, type LongTaskOptions } from '../progress';

export interface BlobChunk {
	bytes: Uint8Array;
	/** Bytes read so far, including this chunk. */
	end: number;
	/** True for the last chunk. */
	last: boolean;
}

function readSlice(blob: Blob, start: number, size: number): Promise<Uint8Array> {
	const read = blob
		.slice(start, Math.min(start + size, blob.size))
		.arrayBuffer()
		.then((buffer) => new Uint8Array(buffer));
	// A read-ahead nobody awaits (the import stopped) must not become an unhandled rejection.
	read.catch(() => undefined);
	return read;
}

/** Reads kept in flight ahead of the chunk being parsed. */
const readAhead = 2;

/** Slices of `chunkBytes` (the last may be shorter); checks `shouldStop` before each. */
export async function* blobChunks(blob: Blob, chunkBytes: number, options?: LongTaskOptions): AsyncGenerator<BlobChunk> {
	const queue: Promise<Uint8Array>[] = [];
	let requested = 0;
	const fill = () => {
		while (queue.length < readAhead && requested < blob.size) {
			queue.push(readSlice(blob, requested, chunkBytes));
			requested = Math.min(requested + chunkBytes, blob.size);
		}
	};
	let end = 0;
	fill();
	while (queue.length) {
		checkStop(options);
		const bytes = await queue.shift()!;
		end += bytes.length;
		fill();
		yield { bytes, end, last: end >= blob.size };
	}
}
