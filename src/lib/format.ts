// Formatting for people, shared by the UI and worker messages.

export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes)) return 'an unknown amount';
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

const integer = new Intl.NumberFormat('en-US');
export function formatCount(n: number): string {
	return integer.format(n);
}

/** A number for a table cell: up to 4 significant decimals, thousands separators. */
export function formatNumber(x: number | undefined | null, digits = 4): string {
	if (x === undefined || x === null || Number.isNaN(x)) return '–';
	if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
	const abs = Math.abs(x);
	if (abs !== 0 && (abs >= 1e12 || abs < 1e-4)) return x.toExponential(2);
	return new Intl.NumberFormat('en-US', { maximumSignificantDigits: Math.max(digits, Math.ceil(Math.log10(abs + 1))) }).format(x);
}

export function formatPercent(x: number, digits = 1): string {
	return `${(x * 100).toFixed(digits)}%`;
}

/** A count with its noun in the right number: "1 segment", "5 segments", "1,200 rows". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${formatCount(n)} ${n === 1 ? one : many}`;
}
