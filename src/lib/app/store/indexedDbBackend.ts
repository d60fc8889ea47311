/**
 * RecordBackend on the browser's IndexedDB: database `timeweave`, object stores `timelines`
 * (one record per timeline, keyed by its id) and `meta` (small settings). Browser only.
 */
import type { RecordBackend } from './backend.ts';
import type { TimelineRecord } from './record.ts';

const DB_NAME = 'timeweave';
const DB_VERSION = 1;
const TIMELINES = 'timelines';
const META = 'meta';

function promised<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
	});
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = factory.open(DB_NAME, DB_VERSION);
		request.onupgradeneeded = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains(TIMELINES)) db.createObjectStore(TIMELINES, { keyPath: 'id' });
			if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
		request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
	});
}

export class IndexedDbBackend implements RecordBackend {
	#db: Promise<IDBDatabase> | null = null;
	readonly #factory: IDBFactory;

	constructor(factory: IDBFactory = indexedDB) {
		this.#factory = factory;
	}

	#database(): Promise<IDBDatabase> {
		this.#db ??= open(this.#factory).catch((error) => {
			this.#db = null; // try again next time
			throw error;
		});
		return this.#db;
	}

	async #request<T>(store: string, mode: IDBTransactionMode, make: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
		const db = await this.#database();
		const tx = db.transaction(store, mode);
		const result = promised(make(tx.objectStore(store)));
		if (mode === 'readonly') return result;
		// A write counts once its transaction has committed.
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write was aborted'));
		});
		return result;
	}

	getAll(): Promise<unknown[]> {
		return this.#request(TIMELINES, 'readonly', (s) => s.getAll());
	}
	get(id: string): Promise<unknown> {
		return this.#request(TIMELINES, 'readonly', (s) => s.get(id));
	}
	async put(record: TimelineRecord): Promise<void> {
		await this.#request(TIMELINES, 'readwrite', (s) => s.put(record));
	}
	async delete(id: string): Promise<void> {
		await this.#request(TIMELINES, 'readwrite', (s) => s.delete(id));
	}
	getMeta(key: string): Promise<unknown> {
		return this.#request(META, 'readonly', (s) => s.get(key));
	}
	async putMeta(key: string, value: unknown): Promise<void> {
		await this.#request(META, 'readwrite', (s) => s.put(value, key));
	}
}
