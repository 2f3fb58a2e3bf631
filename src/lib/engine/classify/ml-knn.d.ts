// ml-knn 3.0 ships no types; only what the tests use as an oracle is declared.
declare module 'ml-knn' {
	export default class KNN {
		constructor(dataset: number[][], labels: number[], options?: { k?: number });
		predict(dataset: number[][]): number[];
		predict(point: number[]): number;
	}
}
