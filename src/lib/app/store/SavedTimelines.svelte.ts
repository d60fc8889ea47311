/**
 * The saved timelines as the app sees them: keeps the open timeline saved as it changes
 * (debounced, plus `flush()` when the page is hidden), reopens the last one on a new visit,
 * and lists, opens, renames and deletes saved ones. One owner, shared through context
 * (`getSavedTimelines()`); the storage logic itself is in `TimelineStore`.
 */
import type { TimelineDoc } from '../TimelineDoc.svelte.ts';
import { Autosave, type SaveState } from './autosave.ts';
import type { RecordBackend } from './backend.ts';
import { MemoryBackend } from './backend.ts';
import { IndexedDbBackend } from './indexedDbBackend.ts';
import type { TimelineSummary } from './record.ts';
import { TimelineStore } from './TimelineStore.ts';

/** IndexedDB in a browser that has it; memory otherwise (the server render, old private modes). */
export function browserBackend(): RecordBackend {
	return typeof indexedDB === 'undefined' ? new MemoryBackend() : new IndexedDbBackend(indexedDB);
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export class SavedTimelines {
	/** saved, pending (a change waits to be saved), saving, error. */
	saveState = $state<SaveState>('saved');
	/** Why the last save failed; null when it did not. */
	saveError = $state<string | null>(null);
	/** The saved timelines, newest change first (as of the last `refresh`). */
	timelines = $state.raw<TimelineSummary[]>([]);
	/** Saved records that could not be read, one message each. */
	problems = $state.raw<string[]>([]);
	/** True once the first timeline (the last one, or the sample) is on screen. */
	started = $state(false);

	readonly #doc: TimelineDoc;
	readonly #store: TimelineStore;
	readonly #autosave: Autosave;
	#starting: Promise<void> | null = null;

	constructor(doc: TimelineDoc, backend: RecordBackend, delay = 400) {
		this.#doc = doc;
		this.#store = new TimelineStore(backend);
		this.#autosave = new Autosave(() => this.#saveOpen(), {
			delay,
			onstate: (state, error) => {
				this.saveState = state;
				this.saveError = state === 'error' ? `Your changes could not be saved in this browser: ${messageOf(error)}` : null;
			}
		});
	}

	/**
	 * Show the timeline open last time, or call `firstVisit` (which opens the sample) when
	 * there is none. From then on every change of the document is saved.
	 */
	start(firstVisit: () => Promise<unknown>): Promise<void> {
		this.#starting ??= this.#start(firstVisit);
		return this.#starting;
	}

	async #start(firstVisit: () => Promise<unknown>): Promise<void> {
		this.#doc.onchange = () => this.#autosave.schedule();
		try {
			const { record, problems } = await this.#store.last();
			this.problems = problems;
			if (record) this.#doc.restore(record);
			else await firstVisit();
		} catch (error) {
			// Storage unavailable (blocked, quota, disabled): the app still works, unsaved.
			this.saveError = `Saved timelines are not available in this browser: ${messageOf(error)}`;
			if (this.#doc.status === 'idle') await firstVisit();
		}
		this.started = true;
	}

	/** Save pending changes now (the page is being hidden or closed). */
	flush(): Promise<void> {
		return this.#autosave.flush();
	}

	/** Read the list of saved timelines again. */
	async refresh(): Promise<void> {
		await this.#autosave.flush();
		const { timelines, problems } = await this.#store.list();
		this.timelines = timelines;
		this.problems = problems;
	}

	/** Open a saved timeline (the open one is saved first). Returns an error message, or null. */
	async open(id: string): Promise<string | null> {
		await this.#autosave.flush();
		const opened = await this.#store.open(id);
		if ('error' in opened) return opened.error;
		this.#doc.restore(opened.record);
		await this.#store.setLastOpen(id);
		return null;
	}

	/** Rename a saved timeline; the open one is renamed on screen too. */
	async rename(id: string, name: string): Promise<void> {
		if (id === this.#doc.timelineId) {
			this.#doc.renameTimeline(name);
			await this.#autosave.flush();
		} else {
			await this.#store.rename(id, name);
		}
		await this.refresh();
	}

	/**
	 * Delete a saved timeline. Deleting the open one opens the most recently changed other
	 * one, or `fallback` (the sample) when none is left.
	 */
	async remove(id: string, fallback: () => Promise<unknown>): Promise<void> {
		await this.#autosave.flush();
		await this.#store.remove(id);
		if (id === this.#doc.timelineId) {
			const { timelines } = await this.#store.list();
			const next = timelines[0];
			if (!next || (await this.open(next.id)) !== null) await fallback();
		}
		await this.refresh();
	}

	async #saveOpen(): Promise<void> {
		const record = this.#doc.toRecord();
		if (record) await this.#store.save(record);
	}
}
