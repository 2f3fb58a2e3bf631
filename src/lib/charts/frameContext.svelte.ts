// Lets a chart inside a ChartFrame tell the frame how it was drawn ("Canvas: all 1,000,000 points
// drawn"), so pages need not know the renderer thresholds.
import { getContext, setContext } from 'svelte';

const key = Symbol('chart-frame');

export class FrameNote {
	/** Renderer note set by the chart inside the frame. */
	text = $state<string | undefined>(undefined);
}

/** Called by ChartFrame: makes a note slot available to the chart it wraps. */
export function provideFrameNote(): FrameNote {
	return setContext(key, new FrameNote());
}

/** Called by a chart: the enclosing frame's note slot, or undefined outside a ChartFrame. */
export function frameNote(): FrameNote | undefined {
	return getContext<FrameNote | undefined>(key);
}
