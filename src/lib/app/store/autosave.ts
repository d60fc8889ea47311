/**
 * Save soon after each change, not on every keystroke: `schedule()` after a change, and the
 * save runs once things have been quiet for `delay` ms (never more than `delay` after the
 * first change of a burst). `flush()` saves now (page hidden or closed). Saves never overlap:
 * a change during a save is saved right after it. Pure timing logic; the timer is injectable.
 */

export interface Timers {
	set(callback: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

const realTimers: Timers = {
	set: (callback, ms) => setTimeout(callback, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveOptions {
	/** Longest wait after a change, in ms (500 at most is what people expect). */
	delay?: number;
	timers?: Timers;
	/** Told whenever the state changes (for a "Saved" indicator). */
	onstate?: (state: SaveState, error: unknown) => void;
}

export class Autosave {
	readonly #save: () => Promise<void>;
	readonly #delay: number;
	readonly #timers: Timers;
	readonly #onstate: (state: SaveState, error: unknown) => void;
	#timer: unknown = null;
	#running: Promise<void> | null = null;
	#dirty = false;
	state: SaveState = 'saved';

	constructor(save: () => Promise<void>, { delay = 400, timers = realTimers, onstate = () => {} }: AutosaveOptions = {}) {
		this.#save = save;
		this.#delay = delay;
		this.#timers = timers;
		this.#onstate = onstate;
	}

	/** Something changed: save within `delay` ms. */
	schedule(): void {
		this.#dirty = true;
		this.#set('pending');
		// The first change of a burst starts the clock; later ones ride along, so a steady
		// stream of changes is still saved every `delay` ms.
		if (this.#timer === null) this.#timer = this.#timers.set(() => void this.flush(), this.#delay);
	}

	/** Save now if anything is unsaved; resolves when everything changed so far is saved. */
	async flush(): Promise<void> {
		if (this.#timer !== null) {
			this.#timers.clear(this.#timer);
			this.#timer = null;
		}
		while (this.#running) await this.#running;
		if (!this.#dirty) return;
		this.#dirty = false;
		this.#set('saving');
		this.#running = this.#save()
			.then(() => this.#set(this.#dirty ? 'pending' : 'saved'))
			.catch((error: unknown) => {
				this.#dirty = true; // try again with the next change or flush
				this.#set('error', error);
			})
			.finally(() => {
				this.#running = null;
			});
		await this.#running;
		if (this.#dirty && this.state !== 'error') await this.flush();
	}

	/** Stop the pending timer (unsaved changes stay unsaved). */
	dispose(): void {
		if (this.#timer !== null) this.#timers.clear(this.#timer);
		this.#timer = null;
	}

	#set(state: SaveState, error: unknown = null): void {
		this.state = state;
		this.#onstate(state, error);
	}
}
