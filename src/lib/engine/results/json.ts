// A run as pure JSON (for files and the CLI): typed arrays become number arrays and back.
import type { RunResult } from './types';

export type RunResultJson = Omit<RunResult, 'labels' | 'rowIndex'> & { labels: number[]; rowIndex: number[] };

export function runResultToJson(run: RunResult): RunResultJson {
	return { ...run, labels: Array.from(run.labels), rowIndex: Array.from(run.rowIndex) };
}

export function runResultFromJson(json: RunResultJson): RunResult {
	return { ...json, labels: Int32Array.from(json.labels), rowIndex: Int32Array.from(json.rowIndex) };
}
