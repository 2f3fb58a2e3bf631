// The Data step's rows, a screenful at a time: the virtual table says which rows and columns it
// shows, and blocks of cell text are asked of the worker (which owns the table) as they come into
// view. Blocks of another dataset or revision are dropped, and so are answers that arrive late.
import { tasks } from './tasks.svelte';

/** Rows and columns per block: a few blocks cover a screen, and a fast scroll asks for few. */
const blockRows = 64;
const blockCols = 16;
/** Blocks kept at most (older ones are dropped; ~1 MB of text). */
const keepBlocks = 200;

export class TablePages {
	/** Bumped when a block arrives, so cells drawn from it update. */
	private version = $state(0);
	private blocks = new Map<string, string[][]>();
	private pending = new Set<string>();
	private key = '';
	private datasetId = '';
	error = $state<string | null>(null);

	/** Points the pages at a dataset revision (`key` = dataset id + revision); a new key drops every block. */
	use(datasetId: string, key: string): void {
		if (key === this.key) return;
		this.key = key;
		this.datasetId = datasetId;
		this.blocks.clear();
		this.pending.clear();
		this.error = null;
		this.version++;
	}

	/** The cell's text ('' = missing), or undefined while its block is on its way. */
	text(row: number, col: number): string | undefined {
		void this.version;
		const block = this.blocks.get(blockKey(Math.floor(row / blockRows), Math.floor(col / blockCols)));
		return block?.[row % blockRows]?.[col % blockCols];
	}

	/** Asks for the blocks covering rows [r0, r1) and columns [c0, c1) that are not here yet. */
	want(r0: number, r1: number, c0: number, c1: number): void {
		// Read so an effect calling this runs again once the pages point at a dataset.
		void this.version;
		if (!this.key || r1 <= r0 || c1 <= c0) return;
		for (let br = Math.floor(r0 / blockRows); br * blockRows < r1; br++) {
			for (let bc = Math.floor(c0 / blockCols); bc * blockCols < c1; bc++) this.fetch(br, bc);
		}
	}

	private fetch(br: number, bc: number): void {
		const id = blockKey(br, bc);
		if (this.blocks.has(id) || this.pending.has(id)) return;
		const key = this.key;
		const datasetId = this.datasetId;
		this.pending.add(id);
		tasks
			.quiet((api) => api.tablePage(datasetId, br * blockRows, blockRows, bc * blockCols, blockCols))
			.then((page) => {
				if (key !== this.key) return;
				this.blocks.set(id, page.cells);
				for (const old of this.blocks.keys()) {
					if (this.blocks.size <= keepBlocks) break;
					this.blocks.delete(old);
				}
				this.version++;
			})
			.catch((error) => {
				if (key === this.key) this.error = `Rows could not be read: ${error instanceof Error ? error.message : error}`;
			})
			.finally(() => {
				if (key === this.key) this.pending.delete(id);
			});
	}
}

function blockKey(br: number, bc: number): string {
	return `${br}:${bc}`;
}
