// Loads the k-means kernels (kernels.generated.ts, built from wasm/assembly by `npm run build:wasm`).
// The module is compiled once per realm, synchronously: fine in workers and Node (the workers' CSP in
// src/lib/security/headers.js, like the page's in svelte.config.js, allows 'wasm-unsafe-eval').
import { kernelsBase64 } from './kernels.generated';

/** The kernels' exports (see wasm/assembly/index.ts); pointers are byte offsets into `memory`. */
export interface KernelExports {
	memory: WebAssembly.Memory;
	heapBase(): number;
	setRows(X: number, d: number, rows: number, labels: number, upper: number, closest: number, list: number, listRows: number): void;
	setCentres(CT: number, kp: number, k: number, perm: number, centres: number, sums: number, counts: number, shifts: number, half: number, others: number): void;
	setGroups(groups: number, lower: number, groupStart: number, groupOf: number, groupShift: number, groupScratch: number, margin: number): void;
	nearestRows(from: number, to: number, useList: number, mode: number): number;
	lastInertia(): number;
	distancesComputed(): number;
	hamerlyStep(): number;
	yinyangFull(): number;
	yinyangStep(total: number): number;
	updateClosest(centre: number, keep: number): number;
	trialPotentials(candidatesT: number, mp: number, out: number): void;
	pickRow(target: number): number;
	farthestRows(count: number, rowsOut: number, distOut: number): number;
}

/** nearestRows modes (wasm/assembly/nearest.ts). */
export const START = 0;
export const RECOMPUTE = 1;
export const FINISH = 2;

let compiled: WebAssembly.Module | null | undefined;

function bytes(): Uint8Array<ArrayBuffer> {
	const text = atob(kernelsBase64);
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
	return out;
}

function kernelsModule(): WebAssembly.Module | null {
	if (compiled !== undefined) return compiled;
	try {
		const b = bytes();
		// validate() is false where SIMD (or WebAssembly) is missing; compiling is then not attempted.
		compiled = typeof WebAssembly === 'object' && WebAssembly.validate(b) ? new WebAssembly.Module(b) : null;
	} catch {
		// A CSP without 'wasm-unsafe-eval' throws here: the TypeScript shard takes over.
		compiled = null;
	}
	return compiled;
}

/** True when the WebAssembly SIMD kernels can run here; callers fall back to the TypeScript shard when not. */
export function wasmAvailable(): boolean {
	return kernelsModule() !== null;
}

/** A fresh instance with its own memory (one per shard). */
export function instantiateKernels(): KernelExports {
	const module = kernelsModule();
	if (!module) throw new Error('WebAssembly SIMD is not available here: use the TypeScript shard (check wasmAvailable() first)');
	return new WebAssembly.Instance(module, { env: { abort: () => { throw new Error('k-means kernel aborted'); } } }).exports as unknown as KernelExports;
}
