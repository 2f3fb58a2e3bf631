// The analysis workflow, in order. Pages can be visited in any order; the nav shows what is missing.

export type StepId = 'data' | 'explore' | 'prepare' | 'choose-k' | 'segments' | 'classify' | 'export';

export interface Step {
	id: StepId;
	/** Path under the site's base, with the trailing slash the static build uses. */
	path: string;
	label: string;
}

export const steps: Step[] = [
	{ id: 'data', path: '/data/', label: 'Data' },
	{ id: 'explore', path: '/explore/', label: 'Explore' },
	{ id: 'prepare', path: '/prepare/', label: 'Prepare' },
	{ id: 'choose-k', path: '/choose-k/', label: 'Choose k' },
	{ id: 'segments', path: '/segments/', label: 'Segments' },
	{ id: 'classify', path: '/classify/', label: 'Classify' },
	{ id: 'export', path: '/export/', label: 'Export' }
];
