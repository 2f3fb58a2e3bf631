// Growing typed arrays that cells are appended to while a file streams in: numbers into a
// Float64Array (NaN = missing), everything else into Int32Array codes plus a dictionary of distinct
// strings (-1 = missing). Capacity starts from an estimate and grows by half when it runs out.
import { isMissingToken } from './missing';
import { formatNumber, parseNumberText, parsePlainNumber } from './numbers';

/** A cell that did not read as a number, kept so the column can still become text without loss. */
export interface Unparsed {
	/** 0-based row of the table. */
	row: number;
	/** 1-based line of the file, when known. */
	line?: number;
	text: string;
}

/** The file line of the i-th row of a batch, when known. */
export type LineOf = (i: number) => number | undefined;

function grownCapacity(current: number, needed: number): number {
	return Math.max(needed, Math.ceil(current * 1.5), 16);
}

type Transferable = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };

/** Spare capacity left in place (as a shorter view) where the array cannot shrink without a copy. */
const maxSlack = 1 / 32;

/**
 * The first `length` elements as an array of that length, without holding two copies at once:
 * where ArrayBuffer.transfer exists (current browsers) the buffer shrinks to fit; elsewhere (Node
 * 20) a small overshoot of the size estimate stays as spare capacity behind a shorter view, because
 * a copy would double the memory until the next garbage collection. Larger overshoots are copied.
 */
function trimmed<T extends Float64Array | Int32Array>(array: T, length: number, make: (buffer: ArrayBuffer) => T): T {
	if (array.length === length) return array;
	const buffer = array.buffer as Transferable;
	if (typeof buffer.transfer === 'function' && array.byteOffset === 0) {
		return make(buffer.transfer(length * array.BYTES_PER_ELEMENT));
	}
	return (array.length - length <= array.length * maxSlack ? array.subarray(0, length) : array.slice(0, length)) as T;
}

export class NumericBuilder {
	readonly kind = 'numeric';
	values: Float64Array;
	length = 0;
	/** Cells that were neither numbers nor missing tokens, in row order. */
	readonly unparsed: Unparsed[] = [];
	nonMissing = 0;
	private readonly point: number;

	constructor(
		capacity: number,
		readonly decimalComma: boolean
	) {
		this.values = new Float64Array(Math.max(capacity, 16));
		this.point = decimalComma ? 44 : 46;
	}

	reserve(rows: number): void {
		if (rows > this.values.length) {
			const next = new Float64Array(grownCapacity(this.values.length, rows));
			next.set(this.values.subarray(0, this.length));
			this.values = next;
		}
	}

	/** Appends cell j of each row (undefined = missing, for short rows). */
	appendColumn(rows: readonly (readonly string[])[], j: number, lineOf?: LineOf): void {
		const start = this.length;
		const n = rows.length;
		this.reserve(start + n);
		const values = this.values;
		const point = this.point;
		let nonMissing = 0;
		for (let i = 0; i < n; i++) {
			const text = rows[i][j];
			let v = text === undefined ? Number.NaN : parsePlainNumber(text, point);
			if (v !== v && text !== undefined && !isMissingToken(text)) {
				v = parseNumberText(text, this.decimalComma);
				if (v !== v) this.unparsed.push({ row: start + i, line: lineOf?.(i), text });
			}
			if (v === v) nonMissing++;
			values[start + i] = v;
		}
		this.nonMissing += nonMissing;
		this.length = start + n;
	}

	/** Share of non-missing cells that were not numbers. */
	unparsedShare(): number {
		const cells = this.nonMissing + this.unparsed.length;
		return cells === 0 ? 0 : this.unparsed.length / cells;
	}

	/** The same cells as strings: unparsed cells keep their text, numbers are written back. */
	toDictionary(): DictionaryBuilder {
		const out = new DictionaryBuilder(this.values.length);
		let next = 0;
		const texts: string[] = [];
		for (let row = 0; row < this.length; row++) {
			const u = this.unparsed[next];
			if (u !== undefined && u.row === row) {
				texts.push(u.text);
				next++;
			} else {
				const v = this.values[row];
				texts.push(v === v ? formatNumber(v, this.decimalComma) : '');
			}
			if (texts.length === 65536 || row === this.length - 1) {
				out.appendColumn(texts.map((t) => [t]), 0);
				texts.length = 0;
			}
		}
		return out;
	}

	/** The values, exactly `length` long. The builder is spent afterwards. */
	finish(): Float64Array {
		const values = trimmed(this.values, this.length, (buffer) => new Float64Array(buffer));
		this.values = new Float64Array(0);
		return values;
	}
}

export class DictionaryBuilder {
	readonly kind = 'dictionary';
	codes: Int32Array;
	length = 0;
	readonly dictionary: string[] = [];
	private readonly index = new Map<string, number>();

	constructor(capacity: number) {
		this.codes = new Int32Array(Math.max(capacity, 16));
	}

	reserve(rows: number): void {
		if (rows > this.codes.length) {
			const next = new Int32Array(grownCapacity(this.codes.length, rows));
			next.set(this.codes.subarray(0, this.length));
			this.codes = next;
		}
	}

	/** Appends cell j of each row (undefined = missing, for short rows). Raw text is kept as is. */
	appendColumn(rows: readonly (readonly string[])[], j: number): void {
		const start = this.length;
		const n = rows.length;
		this.reserve(start + n);
		const codes = this.codes;
		const index = this.index;
		for (let i = 0; i < n; i++) {
			const text = rows[i][j];
			let code = -1;
			if (text !== undefined && !isMissingToken(text)) {
				const known = index.get(text);
				if (known === undefined) {
					code = this.dictionary.length;
					index.set(text, code);
					this.dictionary.push(text);
				} else code = known;
			}
			codes[start + i] = code;
		}
		this.length = start + n;
	}

	/** The codes, exactly `length` long. The builder is spent afterwards. */
	finish(): Int32Array {
		const codes = trimmed(this.codes, this.length, (buffer) => new Int32Array(buffer));
		this.codes = new Int32Array(0);
		return codes;
	}
}

export type ColumnBuilder = NumericBuilder | DictionaryBuilder;
