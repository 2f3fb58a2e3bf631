// The RFM page's choices (columns, cleaning, as-of date, CLV years, segment rules) and the
// worker-built customer table preview for the open transaction dataset.
import type { CustomerTableOptions } from '../engine/prep/rfm';
import { checkRfmRules, fallthroughCells, findUnreachableRules, standardRfmRules, type RfmRules } from '../engine/prep/rfmRules';
import type { RfmPreview } from '../worker/api/rfm';
import { app } from './app.svelte';
import { TaskCancelled, tasks } from './tasks.svelte';

export type AmountMode = 'units' | 'amount';

/** Column names guessed for each part of a transaction (the page guesses them from the dataset). */
export type ColumnGuess = Partial<Record<'customer' | 'invoice' | 'date' | 'amount' | 'quantity' | 'price', string>>;

export interface RfmChoices {
	customer: string;
	invoice: string;
	date: string;
	/** 'units': quantity x unit price; 'amount': one amount column. */
	mode: AmountMode;
	amount: string;
	quantity: string;
	price: string;
	dropMissingCustomer: boolean;
	dropCancelled: boolean;
	dropNonPositive: boolean;
	/** YYYY-MM-DD, or '' for the day after the last transaction. */
	asOf: string;
	expectedYears: number;
}

function freshRules(): RfmRules {
	return structuredClone(standardRfmRules);
}

/** YYYY-MM-DD -> midnight UTC (dates are wall clock read as UTC), or undefined when empty or invalid. */
export function dayToMs(text: string): number | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : undefined;
}

export function msToDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

class RfmState {
	choices = $state<RfmChoices>(this.guess({}));
	rules = $state<RfmRules>(freshRules());
	preview = $state.raw<RfmPreview | null>(null);
	/** Options key the preview was built with. */
	previewKey = $state('');
	error = $state<string | null>(null);
	computing = $state(false);
	creating = $state(false);
	/** Dataset the choices were guessed for. */
	private datasetId = $state('');

	/** Why the options are incomplete, or null when they can be run. */
	missing = $derived.by((): string | null => {
		const c = this.choices;
		if (!c.customer || !c.invoice || !c.date) return 'Choose the customer, invoice and date columns.';
		if (c.mode === 'amount' && !c.amount) return 'Choose the amount column.';
		if (c.mode === 'units' && (!c.quantity || !c.price)) return 'Choose the quantity and unit price columns.';
		if (!(c.expectedYears > 0)) return 'Expected years must be a positive number.';
		if (c.asOf && dayToMs(c.asOf) === undefined) return 'The as-of date must be a date.';
		return this.rulesError;
	});

	rulesError = $derived.by((): string | null => {
		try {
			checkRfmRules(this.rules);
			if (this.rules.rules.some((r) => !r.segment.trim()) || !this.rules.fallback.trim()) return 'Every rule and the fallback need a segment name.';
			return null;
		} catch (error) {
			return errorText(error);
		}
	});

	unreachable = $derived(this.rulesError ? [] : findUnreachableRules(this.rules));
	fallthrough = $derived(this.rulesError ? [] : fallthroughCells(this.rules));

	options = $derived.by((): CustomerTableOptions | null => {
		if (this.missing) return null;
		const c = this.choices;
		return {
			customer: c.customer,
			invoice: c.invoice,
			date: c.date,
			...(c.mode === 'amount' ? { amount: c.amount } : { quantity: c.quantity, price: c.price }),
			asOf: c.asOf ? dayToMs(c.asOf) : undefined,
			dropMissingCustomer: c.dropMissingCustomer,
			dropCancelled: c.dropCancelled,
			dropNonPositive: c.dropNonPositive,
			expectedYears: c.expectedYears,
			rules: $state.snapshot(this.rules)
		};
	});

	key = $derived(this.options ? `${this.datasetId}#${JSON.stringify(this.options)}` : '');
	/** The preview matches the current choices. */
	current = $derived(!!this.preview && this.key !== '' && this.previewKey === this.key);

	private guess(g: ColumnGuess): RfmChoices {
		return {
			customer: g.customer ?? '',
			invoice: g.invoice ?? '',
			date: g.date ?? '',
			mode: g.quantity && g.price ? 'units' : g.amount ? 'amount' : 'units',
			amount: g.amount ?? '',
			quantity: g.quantity ?? '',
			price: g.price ?? '',
			dropMissingCustomer: true,
			dropCancelled: true,
			dropNonPositive: true,
			asOf: '',
			expectedYears: 3
		};
	}

	/** Starts over with guessed columns when another dataset is open. */
	syncDataset(datasetId: string, guess: ColumnGuess): void {
		if (datasetId === this.datasetId) return;
		this.datasetId = datasetId;
		this.choices = this.guess(guess);
		this.preview = null;
		this.previewKey = '';
		this.error = null;
	}

	resetRules(): void {
		this.rules = freshRules();
	}

	/** Builds the preview for the current choices (ignored if the choices change meanwhile). */
	async compute(): Promise<void> {
		const options = this.options;
		const key = this.key;
		if (!options || !app.meta) return;
		const id = app.meta.id;
		this.computing = true;
		this.error = null;
		try {
			const preview = await tasks.run('Building the customer table', (api, onProgress) => api.rfmPreview(id, options, 20, onProgress));
			if (key !== this.key) return;
			this.preview = preview;
			this.previewKey = key;
		} catch (error) {
			if (key !== this.key) return;
			this.preview = null;
			this.previewKey = key;
			this.error = error instanceof TaskCancelled ? 'Building the customer table was cancelled.' : errorText(error);
		} finally {
			this.computing = false;
		}
	}

	/** Saves the customer table as a new dataset and opens it; returns its id, or null on failure. */
	async create(): Promise<string | null> {
		const options = this.options;
		if (!options || !app.meta) return null;
		const id = app.meta.id;
		this.creating = true;
		this.error = null;
		try {
			const { meta, report } = await tasks.run('Creating the customer dataset', (api) => api.createCustomerDataset(id, options));
			await app.refresh();
			await app.open(meta.id);
			app.notice = `Created “${meta.name}”: ${report.customers.toLocaleString('en-US')} customers with recency, frequency and monetary value as features. The transactions are kept.`;
			return meta.id;
		} catch (error) {
			this.error = error instanceof TaskCancelled ? 'Creating the customer dataset was cancelled.' : errorText(error);
			return null;
		} finally {
			this.creating = false;
		}
	}
}

export const rfm = new RfmState();
