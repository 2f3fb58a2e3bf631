// The name of every segment of a run, as people see it: the analyst's name when there is one (a
// blank one counts as none), else the generated profile name, else "Segment N". Views, exports,
// model files and the worker all take a run's names from here, so an emptied name never shows blank.
import { segmentDisplayName } from '../insights/segmentLabel';
import type { RunResult } from './types';

/** One display name per label 0..k-1 of `result`; `analystNames` are the names saved with the run (by label). */
export function runSegmentNames(result: Pick<RunResult, 'k' | 'segmentStats'>, analystNames: readonly (string | null | undefined)[] = []): string[] {
	const generated = new Map(result.segmentStats?.segments.map((s) => [s.label, s.name]) ?? []);
	return Array.from({ length: result.k }, (_, label) => segmentDisplayName(label, analystNames[label], generated.get(label)));
}
