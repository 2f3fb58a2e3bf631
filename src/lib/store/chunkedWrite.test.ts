import { describe, expect, test } from 'vitest';
import { planChunks, writeInChunks, type ChunkSink } from './chunkedWrite';
import { StorageFullError, isStorageFull } from './errors';
import { datasetOfSetting } from './settings';

const MB = 1024 * 1024;

/** An in-memory store of several datasets' items, failing the way a full disk does after `capacity` bytes. */
function fakeStore(capacity: number, sizes: number[]) {
	const items = new Map<string, number>([['old:0', 5 * MB], ['old:1', 5 * MB]]);
	const used = () => [...items.values()].reduce((a, b) => a + b, 0);
	const log: string[] = [];
	const sink: ChunkSink = {
		async begin() {
			log.push('begin');
		},
		async write(indexes) {
			const bytes = indexes.reduce((sum, i) => sum + sizes[i], 0);
			if (used() + bytes > capacity) throw new DOMException('The transaction was aborted (quota)', 'QuotaExceededError');
			for (const i of indexes) items.set(`new:${i}`, sizes[i]);
			log.push(`write ${indexes.join(',')}`);
		},
		async finish() {
			items.set('new:meta', 0);
			log.push('finish');
		},
		async discard() {
			for (const key of [...items.keys()]) if (key.startsWith('new:')) items.delete(key);
			log.push('discard');
		}
	};
	return { items, sink, log, room: async () => capacity - used() };
}

describe('planChunks', () => {
	test('planChunks([1, 2, 3, 4], 5) keeps order and stays within 5 per chunk', () => {
		expect(planChunks([1, 2, 3, 4], 5)).toEqual([[0, 1], [2], [3]]);
	});

	test('planChunks puts an item larger than the bound in a chunk of its own', () => {
		expect(planChunks([1, 10, 1], 4)).toEqual([[0], [1], [2]]);
	});

	test('planChunks([]) is empty', () => {
		expect(planChunks([], 4)).toEqual([]);
	});
});

describe('writeInChunks', () => {
	test('writeInChunks writes every chunk, then finishes', async () => {
		const sizes = [3 * MB, 3 * MB, 1 * MB];
		const { sink, log, items } = fakeStore(1000 * MB, sizes);
		await writeInChunks(sizes, sink, { fileName: 'big.csv', maxBytes: 4 * MB });
		expect(log).toEqual(['begin', 'write 0', 'write 1,2', 'finish']);
		expect(items.has('new:meta')).toBe(true);
	});

	test('writeInChunks on a full disk removes only the partial dataset and names the file', async () => {
		const sizes = [3 * MB, 3 * MB, 3 * MB, 3 * MB];
		const { sink, log, items } = fakeStore(17 * MB, sizes);
		const write = writeInChunks(sizes, sink, { fileName: 'big.csv', maxBytes: 4 * MB });
		await expect(write).rejects.toThrow(StorageFullError);
		await expect(write).rejects.toThrow(/^Not enough space to store "big\.csv": .*your other datasets are kept/);
		expect(log).toEqual(['begin', 'write 0', 'write 1', 'discard']);
		expect([...items.keys()]).toEqual(['old:0', 'old:1']);
	});

	test('writeInChunks stops before a chunk that the measured room cannot hold', async () => {
		const sizes = [3 * MB, 3 * MB, 3 * MB];
		const { sink, log, items, room } = fakeStore(21 * MB, sizes);
		await expect(writeInChunks(sizes, sink, { fileName: 'big.csv', room, maxBytes: 4 * MB })).rejects.toThrow(
			/Not enough space to store "big\.csv": the browser reports 5\.0 MB free and the next part needs 3\.0 MB/
		);
		expect(log).toEqual(['begin', 'write 0', 'write 1', 'discard']);
		expect([...items.keys()]).toEqual(['old:0', 'old:1']);
	});

	test('writeInChunks rethrows other errors unchanged after discarding', async () => {
		const sizes = [1];
		const { sink, log } = fakeStore(100 * MB, sizes);
		sink.finish = async () => {
			throw new Error('parent gone');
		};
		await expect(writeInChunks(sizes, sink, { fileName: 'a.csv' })).rejects.toThrow('parent gone');
		expect(log).toEqual(['begin', 'write 0', 'discard']);
	});

	test('writeInChunks keeps the original error when discarding fails too', async () => {
		const sizes = [1];
		const { sink } = fakeStore(0, sizes);
		sink.discard = async () => {
			throw new Error('disk gone');
		};
		await expect(writeInChunks(sizes, sink, { fileName: 'a.csv' })).rejects.toThrow(StorageFullError);
	});
});

describe('datasetOfSetting', () => {
	test('datasetOfSetting finds the dataset of recipe:, sweep: and any future <kind>:<id> key', () => {
		expect(datasetOfSetting('recipe:ds-abc-123')).toBe('ds-abc-123');
		expect(datasetOfSetting('sweep:ds-abc-123')).toBe('ds-abc-123');
		expect(datasetOfSetting('segment-colours:ds-x')).toBe('ds-x');
	});

	test('datasetOfSetting leaves app-wide keys alone', () => {
		expect(datasetOfSetting('session')).toBeUndefined();
		expect(datasetOfSetting('keyring')).toBeUndefined();
		expect(datasetOfSetting(['ds-x', 1])).toBeUndefined();
	});
});

describe('writeInChunks with a probe', () => {
	test('writeInChunks probes once for the whole dataset and writes nothing when the probe is refused', async () => {
		const sizes = [3 * MB, 3 * MB];
		const { sink, log, items } = fakeStore(1000 * MB, sizes);
		sink.probe = async (bytes) => {
			log.push(`probe ${bytes / MB}`);
			throw new DOMException('Failed to write blobs (IOError)', 'UnknownError');
		};
		await expect(writeInChunks(sizes, sink, { fileName: 'big.csv', maxBytes: 4 * MB })).rejects.toThrow(
			'Not enough space to store "big.csv": the disk has less than 10.0 MB free for it'
		);
		expect(log).toEqual(['begin', 'probe 10', 'discard']);
		expect([...items.keys()]).toEqual(['old:0', 'old:1']);
	});

	test('writeInChunks with room to spare probes once, then writes every chunk', async () => {
		const sizes = [3 * MB, 3 * MB, 3 * MB];
		const { sink, log } = fakeStore(1000 * MB, sizes);
		sink.probe = async (bytes) => {
			log.push(`probe ${bytes / MB}`);
		};
		await writeInChunks(sizes, sink, { fileName: 'ok.csv', maxBytes: 4 * MB });
		expect(log.filter((entry) => entry.startsWith('probe'))).toEqual(['probe 13']);
		expect(log.filter((entry) => entry.startsWith('write'))).toHaveLength(3);
	});
});

describe('isStorageFull', () => {
	test('isStorageFull knows QuotaExceededError and Chromium\'s full-disk IOError', () => {
		expect(isStorageFull(new DOMException('x', 'QuotaExceededError'))).toBe(true);
		expect(isStorageFull(new DOMException('Failed to write blobs (IOError)', 'UnknownError'))).toBe(true);
		expect(isStorageFull(new Error('column "age" has no numeric values'))).toBe(false);
	});
});
