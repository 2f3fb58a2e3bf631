// Reads this origin's IndexedDB straight from the page, to check what a test left stored.
import type { Page } from '@playwright/test';

export interface StoreKeys {
	datasets: string[];
	/** Dataset ids that have column records. */
	columnOwners: string[];
	/** Dataset id of every run. */
	runOwners: string[];
	settings: string[];
}

export function storeKeys(page: Page): Promise<StoreKeys> {
	return page.evaluate(
		() =>
			new Promise<StoreKeys>((resolve, reject) => {
				const open = indexedDB.open('segment-lab');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['datasets', 'columns', 'runs', 'settings'], 'readonly');
					const keys = (store: string) =>
						new Promise<IDBValidKey[]>((done) => {
							const request = tx.objectStore(store).getAllKeys();
							request.onsuccess = () => done(request.result);
						});
					const runs = new Promise<unknown[]>((done) => {
						const request = tx.objectStore('runs').getAll();
						request.onsuccess = () => done(request.result);
					});
					Promise.all([keys('datasets'), keys('columns'), runs, keys('settings')]).then(([datasets, columns, runRecords, settings]) => {
						db.close();
						resolve({
							datasets: datasets as string[],
							columnOwners: [...new Set((columns as [string, number][]).map(([id]) => id))],
							runOwners: (runRecords as { datasetId: string }[]).map((r) => r.datasetId),
							settings: settings as string[]
						});
					}, reject);
				};
			})
	);
}
