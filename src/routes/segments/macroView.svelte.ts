// Macro groups of the open run when it has more segments than a page can show one by one
// (needsGroups): the worker cuts the segments into groups, and drilling into a group asks it for
// the rows of that group by segment. Which group is open and how many groups were asked for are
// page state, reset when another run opens.
import { needsGroups, type MacroGroup } from '$lib/engine/results/macroSegments';
import { tasks } from '$lib/state/tasks.svelte';
import type { MacroView } from '$lib/worker/api/macro';

class MacroViewState {
	view = $state.raw<MacroView | null>(null);
	/** The group drilled into, or null for all groups. */
	drilled = $state.raw<MacroGroup | null>(null);
	/** Rows by position among the drilled group's segments (-1 elsewhere); null until the worker answers. */
	drillLabels = $state.raw<Int32Array | null>(null);
	/** Groups the analyst asked for; undefined = automatic. */
	asked = $state<number | undefined>(undefined);
	error = $state<string | null>(null);
	private runId = '';
	private request = 0;

	/** Groups for `runId` when a run of k segments needs them; clears everything for runs that do not. */
	async load(runId: string, k: number): Promise<void> {
		if (this.runId === runId) return;
		this.runId = runId;
		this.asked = undefined;
		this.reset();
		if (needsGroups(k)) await this.fetch();
	}

	/** Cut into `m` groups (undefined: automatic) and go back to all groups. */
	async setGroups(m: number | undefined): Promise<void> {
		this.asked = m;
		this.reset();
		await this.fetch();
	}

	async drill(group: MacroGroup): Promise<void> {
		const runId = this.runId;
		const request = ++this.request;
		this.drilled = group;
		this.drillLabels = null;
		try {
			const { labels } = await tasks.quiet((api) => api.drillLabels(runId, group.members));
			if (request === this.request) this.drillLabels = labels;
		} catch (error) {
			if (request === this.request) this.error = `The group's segments could not be shown: ${error instanceof Error ? error.message : error}`;
		}
	}

	back(): void {
		this.request++;
		this.drilled = null;
		this.drillLabels = null;
	}

	private reset(): void {
		this.request++;
		this.view = null;
		this.drilled = null;
		this.drillLabels = null;
		this.error = null;
	}

	private async fetch(): Promise<void> {
		const { runId, asked } = this;
		const request = this.request;
		try {
			const view = await tasks.quiet((api) => api.macroGroups(runId, asked));
			if (request === this.request) this.view = view;
		} catch (error) {
			if (request === this.request) this.error = `The segments could not be grouped: ${error instanceof Error ? error.message : error}`;
		}
	}
}

export const macroView = new MacroViewState();
