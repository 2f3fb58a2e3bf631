// The one error a model file or link that cannot be used raises, so callers can tell "this file is
// broken" (show the message) from a bug in the app (report it).

/** A model file that cannot be used; `message` says why in one sentence, naming the field. */
export class ModelError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ModelError';
	}
}
