// Worker-side macro groups for runs with many segments (issue 12.5): the Ward cut of a stored run's
// segment centres, each row's group for the scatter, and the rows of one group by its own
// segments when the analyst drills in. Rows stay in the worker; the page gets one label per row.
import { transfer } from 'comlink';
import { macroSegments, type MacroSegments } from '../../engine/results/macroSegments';
import type { RunResult } from '../../engine/results/types';
import { getRun } from '../../store/runs';

export interface MacroView {
	macro: MacroSegments;
	/** Group index of every prepared row (-1 = noise). */
	rowGroup: Int32Array;
}

export interface DrillView {
	/** Per prepared row: the position of its segment among the group's members, -1 outside the group (and noise). */
	labels: Int32Array;
}

/** The last run read: drilling in and out asks for the same run's labels again and again. */
let lastRun: { id: string; result: RunResult } | null = null;

async function runResult(runId: string): Promise<RunResult> {
	if (lastRun?.id === runId) return lastRun.result;
	const run = await getRun(runId);
	if (!run) throw new Error(`run "${runId}" was not found; it may have been deleted`);
	lastRun = { id: runId, result: run.result };
	return run.result;
}

export const macro = {
	/** The run's segments cut into `groups` macro groups (automatic when undefined). */
	async macroGroups(runId: string, groups?: number): Promise<MacroView> {
		const result = await runResult(runId);
		const macro = macroSegments(result, { groups });
		const rowGroup = result.labels.map((label) => (label < 0 ? -1 : macro.groupOf[label]));
		return transfer({ macro, rowGroup }, [rowGroup.buffer as ArrayBuffer]);
	},

	/** Rows of the run labelled by position among `members` (a group's segment labels), -1 elsewhere. */
	async drillLabels(runId: string, members: number[]): Promise<DrillView> {
		const result = await runResult(runId);
		const position = new Int32Array(result.k).fill(-1);
		members.forEach((label, i) => (position[label] = i));
		const labels = result.labels.map((label) => (label < 0 ? -1 : position[label]));
		return transfer({ labels }, [labels.buffer as ArrayBuffer]);
	}
};
