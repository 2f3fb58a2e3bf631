// Download names made from the dataset's name: letters, digits and dashes only, so every system accepts them.
export function fileStem(name: string): string {
	const stem = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.toLowerCase();
	return stem.slice(0, 60) || 'segment-lab';
}

/** The pipeline script's download name: "<stem>-sklearn-pipeline.py" or "<stem>-dask-pipeline.py". */
export function pipelineFileName(datasetName: string, target: 'sklearn' | 'dask'): string {
	return `${fileStem(datasetName)}-${target}-pipeline.py`;
}
