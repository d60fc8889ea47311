/**
 * The open document: its text, the extraction result, the reference date and the selection.
 * One owner for this state; components read it through context (`getTimelineDoc()`) and
 * change it only through the methods below.
 *
 * Nothing is lost on bad input: a load or a reference change only replaces the text and the
 * result once the new extraction has succeeded. A failure sets `error` and keeps the rest.
 */
import type { ExtractionResult, ReferenceDate, TextDocument, TimelineEvent } from '$lib/extract';
import { ExtractClient, SupersededError, type Extractor } from './extractClient.ts';
import type { TextFormat } from './readFile.ts';

/** idle: nothing loaded yet; working: extracting; ready: the last run succeeded; error: it failed. */
export type DocStatus = 'idle' | 'working' | 'ready' | 'error';

/** Where a text came from. */
export interface LoadOptions {
	/** The file name, for display; absent for pasted text. */
	fileName?: string | null;
	/** The text's format; guessed from the content when absent. */
	format?: TextFormat;
}

/** The input an extraction runs on. */
interface Input {
	text: string;
	fileName: string | null;
	format: TextFormat | undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export class TimelineDoc {
	/** The text on screen (the last one that extracted successfully). */
	text = $state('');
	/** Its file name; null for pasted text. */
	fileName = $state<string | null>(null);
	/** Its format, as given when loaded. */
	format = $state<TextFormat | undefined>(undefined);
	/** A reference date (`YYYY-MM-DD`) set by the user, or null to use the one found in the text. */
	referenceOverride = $state<string | null>(null);
	/** The extraction result on screen; replaced whole, never mutated. */
	result = $state.raw<ExtractionResult | null>(null);
	status = $state<DocStatus>('idle');
	/** Progress of the running extraction, 0..1. */
	progress = $state(0);
	/** The last failure, one line for the user; null when the last run succeeded. */
	error = $state<string | null>(null);
	/** The selected event's id. */
	selectedId = $state<string | null>(null);

	/** Events on screen, earliest first (stable for equal starts). */
	events: TimelineEvent[] = $derived(sortByTime(this.result?.events ?? []));
	/** The (first) document on screen. */
	document: TextDocument | null = $derived(this.result?.documents[0] ?? null);
	/** The reference date in use, with how it was found. */
	referenceDate: ReferenceDate | null = $derived(this.result?.referenceDate ?? null);
	/** The selected event, if it exists in the result. */
	selectedEvent: TimelineEvent | null = $derived(this.events.find((e) => e.id === this.selectedId) ?? null);

	#extractor: Extractor;
	/**
	 * The input of the newest request, or null for the text on screen: a reference change made
	 * while a new text is still extracting applies to that new text.
	 */
	#latest: Input | null = null;

	/** @param extractor - runs extraction; the worker client by default, a stub in tests */
	constructor(extractor: Extractor = new ExtractClient()) {
		this.#extractor = extractor;
	}

	/**
	 * Show a new text: extract its events with the reference date found in it (a reference set
	 * for the previous text does not carry over). Resolves true when shown, false when refused
	 * (the previous text and timeline stay, `error` says why) or superseded by a newer request.
	 */
	async load(text: string, options: LoadOptions = {}): Promise<boolean> {
		const input: Input = { text, fileName: options.fileName ?? null, format: options.format };
		return this.#run(input, null, (result) => {
			this.selectedId = null;
			this.referenceOverride = null;
			this.#commit(input, result);
		});
	}

	/**
	 * Re-date the events against `value` (`YYYY-MM-DD`), or against the date found in the text
	 * when null. The selection is kept when the event still exists.
	 */
	async setReference(value: string | null): Promise<boolean> {
		if (value !== null && !ISO_DAY.test(value)) {
			this.error = `“${value}” is not a full date; enter a day, month and year.`;
			return false;
		}
		const input = this.#latest ?? this.#onScreen();
		if (!input.text) return false; // nothing to re-date yet
		return this.#run(input, value, (result) => {
			// Same text: keep the selection if its event survived. A text that was still loading: start fresh.
			const sameText = input.text === this.text && this.result !== null;
			this.referenceOverride = value;
			this.#commit(input, result);
			if (!sameText || !result.events.some((e) => e.id === this.selectedId)) this.selectedId = null;
		});
	}

	/**
	 * Show a saved timeline (already validated) as it is: its events are not extracted again.
	 * The text shown is its first document's. Changing the reference date later re-extracts that text.
	 */
	openTimeline(result: ExtractionResult, fileName: string | null = null): void {
		const input: Input = { text: result.documents[0]?.text ?? '', fileName, format: 'text' };
		this.#latest = input;
		this.selectedId = null;
		this.referenceOverride = null;
		this.error = null;
		this.progress = 1;
		this.#commit(input, result);
		this.status = 'ready';
	}

	/** Select an event by id, or clear the selection with null. Unknown ids clear it. */
	select(id: string | null): void {
		this.selectedId = id !== null && this.events.some((e) => e.id === id) ? id : null;
	}

	/** Show a problem found before extraction (a file that cannot be read); keeps everything else. */
	showError(message: string): void {
		this.error = message;
		this.status = 'error';
	}

	/** Hide the error line. */
	dismissError(): void {
		this.error = null;
		if (this.status === 'error') this.status = this.result ? 'ready' : 'idle';
	}

	async #run(input: Input, reference: string | null, commit: (result: ExtractionResult) => void): Promise<boolean> {
		this.#latest = input;
		this.status = 'working';
		this.progress = 0;
		this.error = null;
		try {
			const options = { ...(reference ? { reference } : {}), ...(input.format ? { format: input.format } : {}) };
			const result = await this.#extractor.run(input.text, options, (fraction) => {
				this.progress = fraction;
			});
			commit(result);
			this.progress = 1;
			this.status = 'ready';
			return true;
		} catch (error) {
			// A newer request owns the status now; its outcome is what the user sees.
			if (error instanceof SupersededError) return false;
			// Refused: later reference changes apply to the text still on screen.
			if (this.#latest === input) this.#latest = null;
			this.error = error instanceof Error ? error.message : String(error);
			this.status = 'error';
			return false;
		}
	}

	#onScreen(): Input {
		return { text: this.text, fileName: this.fileName, format: this.format };
	}

	#commit(input: Input, result: ExtractionResult): void {
		this.text = input.text;
		this.fileName = input.fileName;
		this.format = input.format;
		this.result = result;
		this.#latest = input;
	}
}

/** Earliest first; ties keep the extractor's order. */
function sortByTime(events: readonly TimelineEvent[]): TimelineEvent[] {
	return events
		.map((event, index) => ({ event, index }))
		.sort((a, b) => compareIso(a.event.time.start, b.event.time.start) || a.index - b.index)
		.map(({ event }) => event);
}

/** Compare ISO dates, including expanded years (`-000499-01-01` < `1945-05-09`). */
function compareIso(a: string, b: string): number {
	const ya = Number(/^[+-]?\d+/.exec(a)?.[0] ?? 0);
	const yb = Number(/^[+-]?\d+/.exec(b)?.[0] ?? 0);
	if (ya !== yb) return ya - yb;
	const ra = a.replace(/^[+-]?\d+/, '');
	const rb = b.replace(/^[+-]?\d+/, '');
	return ra < rb ? -1 : ra > rb ? 1 : 0;
}
