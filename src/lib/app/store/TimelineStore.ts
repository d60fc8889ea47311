/**
 * The saved timelines: list, open, save, rename, delete, and which one was open last. Written
 * against a RecordBackend, so it runs the same on IndexedDB and in memory. Every record read
 * is checked (`readRecord`); one that cannot be used is skipped and reported in `problems`,
 * never thrown. Plain TypeScript: no Svelte, no DOM.
 */
import type { RecordBackend } from './backend.ts';
import { readRecord, summaryOf, type TimelineRecord, type TimelineSummary } from './record.ts';

const LAST_OPEN = 'lastOpen';

export interface Listing {
	/** Newest change first. */
	timelines: TimelineSummary[];
	/** One message per stored value that was skipped. */
	problems: string[];
}

export class TimelineStore {
	readonly #backend: RecordBackend;

	constructor(backend: RecordBackend) {
		this.#backend = backend;
	}

	/** Every usable saved timeline, the most recently changed first. */
	async list(): Promise<Listing> {
		const { records, problems } = await this.#readAll();
		return { timelines: records.map(summaryOf), problems };
	}

	/** One saved timeline, or why it cannot be opened. */
	async open(id: string): Promise<{ record: TimelineRecord } | { error: string }> {
		const raw = await this.#backend.get(id);
		if (raw === undefined) return { error: 'This timeline is no longer saved (it may have been deleted in another tab).' };
		const read = readRecord(raw);
		return read.ok ? { record: read.record } : { error: read.error };
	}

	/** Write a timeline (replacing its previous version) and remember it as the open one. */
	async save(record: TimelineRecord): Promise<void> {
		await this.#backend.put(record);
		await this.#backend.putMeta(LAST_OPEN, record.id);
	}

	/** Remember which timeline is open, for the next visit. */
	async setLastOpen(id: string): Promise<void> {
		await this.#backend.putMeta(LAST_OPEN, id);
	}

	/** Rename a saved timeline ('' for its document's title). False when it cannot be read. */
	async rename(id: string, name: string, now = Date.now()): Promise<boolean> {
		const opened = await this.open(id);
		if (!('record' in opened)) return false;
		await this.#backend.put({ ...opened.record, name: name.replace(/\s+/g, ' ').trim().slice(0, 200), updatedAt: now });
		return true;
	}

	async remove(id: string): Promise<void> {
		await this.#backend.delete(id);
	}

	/**
	 * The timeline to reopen on a new visit: the one open last, else the most recently changed
	 * usable one, else null (a first visit). Problems with skipped records are reported.
	 */
	async last(): Promise<{ record: TimelineRecord | null; problems: string[] }> {
		const id = await this.#backend.getMeta(LAST_OPEN);
		const problems: string[] = [];
		if (typeof id === 'string') {
			const opened = await this.open(id);
			if ('record' in opened) return { record: opened.record, problems };
			if (!opened.error.startsWith('This timeline is no longer saved')) problems.push(opened.error);
		}
		const all = await this.#readAll();
		return { record: all.records[0] ?? null, problems: [...problems, ...all.problems.filter((p) => !problems.includes(p))] };
	}

	async #readAll(): Promise<{ records: TimelineRecord[]; problems: string[] }> {
		const records: TimelineRecord[] = [];
		const problems: string[] = [];
		for (const raw of await this.#backend.getAll()) {
			const read = readRecord(raw);
			if (read.ok) records.push(read.record);
			else problems.push(read.error);
		}
		records.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
		return { records, problems };
	}
}
