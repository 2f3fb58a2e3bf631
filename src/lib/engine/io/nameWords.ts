// Splitting column names into words, shared by type inference (id-like names) and meanings.

/** Words of a column name: 'CustomerID' -> customer, id; 'invoice_no' -> invoice, no. */
export function nameWords(name: string): string[] {
	return name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w !== '');
}
