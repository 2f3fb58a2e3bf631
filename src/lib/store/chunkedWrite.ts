// A dataset is written in bounded transactions (a few MB each) instead of one: a browser near a full
// disk fails one small commit rather than one huge one, and a failed chunk is cleaned up without
// touching anything else. The metadata, which is what makes a dataset exist (listed, readable,
// writable for runs and settings), is written only after the last chunk: until then it is incomplete.
import { StorageFullError, isStorageFull } from './errors';

/** Bytes per transaction: big enough for few commits, small enough that one failing costs little. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** Kept free beyond every chunk: the estimate can be far above the real disk, and a disk filled to the last byte is where Chromium loses the whole store. */
export const SPARE_BYTES = 4 * 1024 * 1024;

/** Groups item indexes, in order, into chunks of at most `maxBytes` (an item bigger than that goes alone). */
export function planChunks(sizes: number[], maxBytes = CHUNK_BYTES): number[][] {
	const chunks: number[][] = [];
	let current: number[] = [];
	let bytes = 0;
	sizes.forEach((size, i) => {
		if (current.length > 0 && bytes + size > maxBytes) {
			chunks.push(current);
			current = [];
			bytes = 0;
		}
		current.push(i);
		bytes += size;
	});
	if (current.length > 0) chunks.push(current);
	return chunks;
}

export interface ChunkSink {
	/** Checks what the write depends on (a parent dataset still there) before anything is written. */
	begin(): Promise<void>;
	/**
	 * Writes `bytes` of filler and removes it again: the one real measure of free disk. A refused
	 * filler ends the import while nothing but filler is at stake (Chromium wiped the whole store
	 * when a real write met a disk full to the last byte; see scripts/disk-full-experiment.mjs).
	 */
	probe?(bytes: number): Promise<void>;
	/** Writes the items of one chunk in one transaction. */
	write(indexes: number[]): Promise<void>;
	/** Writes the metadata, completing the dataset (checking again what it depends on). */
	finish(): Promise<void>;
	/** Removes whatever begin() and write() stored; only this dataset's records. */
	discard(): Promise<void>;
}

export interface ChunkOptions {
	/** The file named in a "not enough space" message. */
	fileName: string;
	/** Bytes this origin may still store, measured again before every chunk; absent = not checked. */
	room?: () => Promise<number>;
	maxBytes?: number;
}

/**
 * Writes items of `sizes` bytes through `sink` chunk by chunk. On any failure the partial dataset is
 * discarded and the error rethrown; a full disk or quota becomes a StorageFullError naming the file.
 */
export async function writeInChunks(sizes: number[], sink: ChunkSink, options: ChunkOptions): Promise<void> {
	const chunks = planChunks(sizes, options.maxBytes);
	const total = sizes.reduce((sum, size) => sum + size, 0);
	try {
		await sink.begin();
		// One probe the size of the whole dataset, before any of it is written: a probe per chunk wrote the
		// data twice and took 60 % of a million-row import's storing time.
		await sink.probe?.(total + SPARE_BYTES).catch((error: unknown) => {
			if (!isStorageFull(error)) throw error;
			throw new StorageFullError(options.fileName, `the disk has less than ${mb(total + SPARE_BYTES)} free for it`);
		});
		for (const chunk of chunks) {
			const needed = chunk.reduce((sum, i) => sum + sizes[i], 0);
			const room = options.room ? await options.room() : Number.POSITIVE_INFINITY;
			if (needed + SPARE_BYTES > room) {
				throw new StorageFullError(options.fileName, `the browser reports ${mb(Math.max(0, room))} free and the next part needs ${mb(needed)}`);
			}
			await sink.write(chunk);
		}
		await sink.finish();
	} catch (error) {
		// Deleting needs almost no space, so it works on a full disk; if even that fails the dataset stays hidden as incomplete.
		await sink.discard().catch(() => {});
		if (isStorageFull(error) && !(error instanceof StorageFullError)) {
			throw new StorageFullError(options.fileName, `the browser refused the write (${(error as Error).message || (error as Error).name})`);
		}
		throw error;
	}
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
