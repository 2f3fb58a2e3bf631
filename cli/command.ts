// What every command file exports, so main.ts can parse, document and run them alike.
import type { Values } from './args';
import type { CliIo } from './io';

export interface Command {
	name: string;
	/** One line for the command list. */
	summary: string;
	/** The text of `segment-lab <name> --help`. */
	help: string;
	/** parseArgs options of this command (the shared preparation options are added when `shared`). */
	options: Record<string, { type: 'string' | 'boolean' }>;
	/** Whether --features, --impute, --log1p, --scale and --seed apply. */
	shared: boolean;
	/** Names of the positional arguments, the data FILE last; default ['FILE']. */
	positionals?: string[];
	/** True when the last positional may repeat (track BEFORE AFTER MORE...). */
	morePositionals?: boolean;
	/** `file` is the last positional; `positionals` holds all of them in order. */
	run(io: CliIo, file: string, values: Values, positionals: string[]): Promise<void>;
}
