// The workspace lock as app state: whether the stored data is encrypted and, if so, unlocked.
// Locking forgets the key everywhere by terminating the engine worker and reloading the page:
// every decrypted value held by any state class goes with the old page.
import { MIN_PASSPHRASE_LENGTH, WrongPassphraseError } from '../store/crypto';
import { PLAIN, setSealing } from '../store/sealed';
import {
	changePassphrase,
	disableEncryption,
	enableEncryption,
	loadKeyring,
	setIdleMinutes,
	unlockWorkspace
} from '../store/workspace';
import { cancelEngine } from '../worker/client';

export type LockStatus = 'checking' | 'plain' | 'locked' | 'open';
export const IDLE_CHOICES = [5, 15, 30, 60, 0] as const;
const CHANNEL = 'segment-lab-lock';
/** Input that counts as activity for the idle timer. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

class LockState {
	status = $state<LockStatus>('checking');
	/** Minutes without input before locking; 0 = never. */
	idleMinutes = $state(15);
	/** The latest failure (wrong passphrase, too short…), shown in a role="alert" element. */
	error = $state<string | null>(null);
	/** What a long pass is doing ("Encrypting 12 of 40 records"), null when idle. */
	busy = $state<string | null>(null);

	#timer: ReturnType<typeof setTimeout> | undefined;
	#channel: BroadcastChannel | undefined;

	/** Reads the keyring: with one the workspace starts locked. Resolves to whether the app may load data. */
	async init(): Promise<boolean> {
		this.#channel ??= this.#listen();
		try {
			const keyring = await loadKeyring();
			if (!keyring) {
				this.status = 'plain';
				return true;
			}
			this.idleMinutes = keyring.idleMinutes;
			setSealing({ locked: true, writeKey: null, readKey: null });
			this.status = 'locked';
			return false;
		} catch {
			// Storage unreadable (private window): the app reports it when it tries to load.
			this.status = 'plain';
			return true;
		}
	}

	/** Resolves to true when the passphrase opened the workspace; a wrong one sets `error`. */
	async unlock(passphrase: string): Promise<boolean> {
		return this.#run('Unlocking…', async () => {
			await unlockWorkspace(passphrase, this.#progress('Finishing encryption'));
			this.status = 'open';
			this.#armIdle();
		});
	}

	async enable(passphrase: string, confirmation: string): Promise<boolean> {
		return this.#run('Encrypting…', async () => {
			if (passphrase !== confirmation) throw new Error('the two passphrases are not the same');
			if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
				throw new Error(`a passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
			}
			cancelEngine();
			try {
				await enableEncryption(passphrase, this.idleMinutes, this.#progress('Encrypting'));
			} finally {
				// Once the keyring is stored the workspace is encrypted, even if the pass stopped early.
				if (await loadKeyring()) this.status = 'open';
			}
			this.#armIdle();
			this.#channel?.postMessage('changed');
		});
	}

	async change(current: string, next: string, confirmation: string): Promise<boolean> {
		return this.#run('Changing passphrase…', async () => {
			if (next !== confirmation) throw new Error('the two new passphrases are not the same');
			await changePassphrase(current, next);
		});
	}

	async disable(passphrase: string): Promise<boolean> {
		return this.#run('Decrypting…', async () => {
			cancelEngine();
			await disableEncryption(passphrase, this.#progress('Decrypting'));
			this.status = 'plain';
			this.#disarmIdle();
			this.#channel?.postMessage('changed');
		});
	}

	async setIdle(minutes: number): Promise<void> {
		this.idleMinutes = minutes;
		this.#armIdle();
		await setIdleMinutes(minutes);
	}

	/** Forgets the key in this tab and every other one, and shows the lock screen. */
	lock(): void {
		this.#channel?.postMessage('lock');
		this.#forget();
	}

	#forget(): void {
		setSealing(PLAIN);
		cancelEngine();
		this.#disarmIdle();
		location.reload();
	}

	#listen(): BroadcastChannel | undefined {
		if (typeof BroadcastChannel === 'undefined') return undefined;
		const channel = new BroadcastChannel(CHANNEL);
		// Another tab locked, or turned encryption on or off: this tab's key or plain writes are stale.
		channel.onmessage = () => {
			if (this.status !== 'checking' && this.status !== 'locked') this.#forget();
		};
		return channel;
	}

	#armIdle(): void {
		this.#disarmIdle();
		if (this.status !== 'open' || this.idleMinutes <= 0) return;
		const restart = () => {
			clearTimeout(this.#timer);
			// Only this tab: another tab may be in use, and it has its own timer.
			this.#timer = setTimeout(() => this.#forget(), this.idleMinutes * 60_000);
		};
		for (const type of ACTIVITY) addEventListener(type, restart, { passive: true });
		this.#stopListening = () => ACTIVITY.forEach((type) => removeEventListener(type, restart));
		restart();
	}

	#stopListening = () => {};

	#disarmIdle(): void {
		clearTimeout(this.#timer);
		this.#stopListening();
	}

	#progress(verb: string) {
		return (done: number, total: number) => (this.busy = `${verb} ${done} of ${total} stored records…`);
	}

	async #run(busy: string, work: () => Promise<void>): Promise<boolean> {
		this.error = null;
		this.busy = busy;
		try {
			await work();
			return true;
		} catch (e) {
			this.error = e instanceof WrongPassphraseError ? e.message : `Could not finish: ${messageOf(e)}`;
			return false;
		} finally {
			this.busy = null;
		}
	}
}

export const lock = new LockState();
