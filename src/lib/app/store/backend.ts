/**
 * The storage a TimelineStore writes to: a few asynchronous calls, so the store's logic runs
 * in tests against the in-memory version and in the browser against IndexedDB
 * (`indexedDbBackend.ts`). Values come back as `unknown`: they are checked when read.
 */
import type { TimelineRecord } from './record.ts';

export interface RecordBackend {
	/** Every stored timeline record, in no particular order. */
	getAll(): Promise<unknown[]>;
	/** One record by id, or undefined. */
	get(id: string): Promise<unknown>;
	put(record: TimelineRecord): Promise<void>;
	delete(id: string): Promise<void>;
	/** A small setting (e.g. the last open timeline's id), or undefined. */
	getMeta(key: string): Promise<unknown>;
	putMeta(key: string, value: unknown): Promise<void>;
}

/** Keeps records in memory, copied in and out as IndexedDB does. For tests, and when the browser has no IndexedDB. */
export class MemoryBackend implements RecordBackend {
	readonly records = new Map<string, unknown>();
	readonly meta = new Map<string, unknown>();

	async getAll(): Promise<unknown[]> {
		return [...this.records.values()].map((r) => structuredClone(r));
	}
	async get(id: string): Promise<unknown> {
		return structuredClone(this.records.get(id));
	}
	async put(record: TimelineRecord): Promise<void> {
		this.records.set(record.id, structuredClone(record));
	}
	async delete(id: string): Promise<void> {
		this.records.delete(id);
	}
	async getMeta(key: string): Promise<unknown> {
		return structuredClone(this.meta.get(key));
	}
	async putMeta(key: string, value: unknown): Promise<void> {
		this.meta.set(key, structuredClone(value));
	}
}
