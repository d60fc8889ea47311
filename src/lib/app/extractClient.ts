/**
 * The page's side of the extraction worker: one Worker, one request that matters at a time.
 * A new request supersedes the one before it (latest id wins): the older promise rejects with
 * SupersededError and, when it was still running, the worker is stopped and a fresh one started,
 * so a slow 50 MB extraction never blocks the text the user has just pasted.
 */
import type { ExtractionResult } from '$lib/extract';
import type { TimelineData } from '$lib/export/timelineFile';
import { errorMessage } from './errorMessage.ts';
import { calendarDay } from '$lib/extract/timex.ts';
import type { ExtractRequest, ExtractResponse, WorkerExtractOptions } from './extract.worker.ts';

export type { WorkerExtractOptions } from './extract.worker.ts';

/** Anything that can run an extraction (the worker client, or a stub in tests). */
export interface Extractor {
	run(text: string, options: WorkerExtractOptions, onProgress?: (fraction: number) => void): Promise<ExtractionResult>;
	/** A timeline's first document as TimeML (it runs the extractor again). */
	timeml?(data: TimelineData): Promise<string>;
}

/**
 * Only where there is no Worker by design (unit tests, server rendering) does the extractor run in
 * the page's own thread. Everywhere else this is false at build time, so the page's bundle holds
 * no copy of the extractor and its tagger's model: the worker has the one copy.
 */
const IN_THREAD_ALLOWED = import.meta.env.SSR || import.meta.env.MODE === 'test';

/** The rejection of a request that a newer one replaced. Callers ignore it. */
export class SupersededError extends Error {
	constructor() {
		super('superseded by a newer request');
		this.name = 'SupersededError';
	}
}

/** A failure reported by the extractor; `message` is one line for the user. */
export class ExtractFailedError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExtractFailedError';
	}
}

interface Pending {
	id: number;
	resolve: (result: ExtractionResult) => void;
	reject: (error: Error) => void;
	onProgress?: (fraction: number) => void;
}

/** Runs `extract` in a module worker. Create it anywhere; the worker starts on the first run, in the browser only. */
export class ExtractClient implements Extractor {
	#worker: Worker | null = null;
	#nextId = 0;
	#pending: Pending | null = null;
	/** TimeML being written, by request id: these do not supersede an extraction, nor each other. */
	#writes = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();

	/**
	 * Extract events from `text`. Rejects with SupersededError when a newer run starts first,
	 * and with ExtractFailedError (a user-facing message) when extraction fails.
	 */
	run(text: string, options: WorkerExtractOptions, onProgress?: (fraction: number) => void): Promise<ExtractionResult> {
		const id = ++this.#nextId;
		// The day of use, for a dateline that gives no year (see ExtractOptions.today): the reader's calendar day.
		options = { today: calendarDay(new Date()), ...options };
		if (this.#pending) {
			// Extraction is synchronous inside the worker: the only way to stop it is to stop the worker.
			this.#pending.reject(new SupersededError());
			this.#pending = null;
			this.#stopWorker();
		}
		return new Promise<ExtractionResult>((resolve, reject) => {
			this.#pending = { id, resolve, reject, onProgress };
			if (typeof Worker === 'undefined') {
				void this.#runInline(id, text, options);
				return;
			}
			const request: ExtractRequest = { id, text, options };
			this.#startWorker().postMessage(request);
		});
	}

	/** A timeline's first document as TimeML, written in the worker. Rejects with ExtractFailedError when it fails. */
	timeml(data: TimelineData): Promise<string> {
		const id = ++this.#nextId;
		return new Promise<string>((resolve, reject) => {
			if (typeof Worker === 'undefined') {
				void this.#timemlInline(data).then(resolve, reject);
				return;
			}
			this.#writes.set(id, { resolve, reject });
			const request: ExtractRequest = { id, kind: 'timeml', data };
			this.#startWorker().postMessage(request);
		});
	}

	/** Stop the worker and reject whatever is in flight (e.g. when the page goes away). */
	dispose(): void {
		this.#pending?.reject(new SupersededError());
		this.#pending = null;
		this.#stopWorker();
	}

	#startWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<ExtractResponse>) => this.#receive(event.data);
		worker.onerror = (event) => {
			// The worker script itself failed (did not load, or threw outside a request).
			event.preventDefault();
			this.#stopWorker();
			this.#settle(this.#pending?.id ?? -1, new ExtractFailedError(`The event finder could not start${event.message ? `: ${event.message}` : '.'}`));
		};
		this.#worker = worker;
		return worker;
	}

	#stopWorker(): void {
		this.#worker?.terminate();
		this.#worker = null;
		// A TimeML file being written goes with the worker.
		for (const write of this.#writes.values()) write.reject(new ExtractFailedError('The TimeML export was interrupted by a new text. Try again.'));
		this.#writes.clear();
	}

	#receive(message: ExtractResponse): void {
		const write = this.#writes.get(message.id);
		if (write) {
			if (message.type === 'progress') return;
			this.#writes.delete(message.id);
			if (message.type === 'timeml') write.resolve(message.text);
			else if (message.type === 'error') write.reject(new ExtractFailedError(message.message));
			else write.reject(new ExtractFailedError('The event finder sent no TimeML.'));
			return;
		}
		const pending = this.#pending;
		if (!pending || message.id !== pending.id) return; // a stale request's late message
		if (message.type === 'progress') pending.onProgress?.(message.fraction);
		else if (message.type === 'result') this.#settle(message.id, message.result);
		else if (message.type === 'error') this.#settle(message.id, new ExtractFailedError(message.message));
	}

	#settle(id: number, outcome: ExtractionResult | Error): void {
		const pending = this.#pending;
		if (!pending || pending.id !== id) return;
		this.#pending = null;
		if (outcome instanceof Error) pending.reject(outcome);
		else pending.resolve(outcome);
	}

	/** No Worker (server rendering, unit tests): run in this thread, same contract. */
	async #runInline(id: number, text: string, options: WorkerExtractOptions): Promise<void> {
		try {
			if (!IN_THREAD_ALLOWED) throw new Error('This browser cannot run the event finder (it has no Web Workers).');
			const { extract } = await import('$lib/extract');
			const onProgress = (fraction: number) => {
				if (this.#pending?.id === id) this.#pending.onProgress?.(fraction);
			};
			this.#settle(id, extract(text, { ...options, onProgress }));
		} catch (error) {
			this.#settle(id, new ExtractFailedError(errorMessage(error)));
		}
	}

	/** No Worker (unit tests): write TimeML in this thread. */
	async #timemlInline(data: TimelineData): Promise<string> {
		try {
			if (!IN_THREAD_ALLOWED) throw new Error('This browser cannot run the event finder (it has no Web Workers).');
			const { writeTimeMl } = await import('$lib/export/timeml');
			return writeTimeMl(data);
		} catch (error) {
			throw new ExtractFailedError(errorMessage(error));
		}
	}
}

