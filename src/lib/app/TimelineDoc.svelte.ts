/**
 * The open document: its text, the extraction result, the reference date and the selection.
 * One owner for this state; components read it through context (`getTimelineDoc()`) and
 * change it only through the methods below.
 *
 * Nothing is lost on bad input: a load or a reference change only replaces the text and the
 * result once the new extraction has succeeded. A failure sets `error` and keeps the rest.
 *
 * The events on screen are the extraction's events with the user's edits replayed over them
 * (rename, re-date, delete, add, merge), kept in an undo history. Each loaded text is a new
 * timeline (its own id) with a new history; a new reference date for the same text keeps the
 * edits whose events are still found. `onchange` is called after every change worth saving.
 *
 * More texts can be added to a timeline (`addText`): each is extracted on its own, against the
 * reference date found in it, as document `d2`, `d3`, ... with event ids `d2-e1`, ...; the
 * reference-date field re-dates the first text. `result` is all of them together.
 */
import type { ExtractionResult, Mention, ReferenceDate, TextDocument, TimelineEvent, TimeValue } from '$lib/extract';
import * as hist from './edit/history.ts';
import { applyEdits, describeEdits, newEvent, type Edit } from './edit/operations.ts';
import { rebaseEdits } from './edit/rebase.ts';
import { filterEvents } from './filter.ts';
import { ExtractClient, SupersededError, type Extractor, type WorkerExtractOptions } from './extractClient.ts';
import type { TimelineData } from '$lib/export/timelineFile';
import type { TextFormat } from './readFile.ts';
import type { SavedSource, TimelineRecord } from './store/record.ts';

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

/** A text added to the timeline after the first, with what extraction gave for it. */
export interface AddedText {
	input: Input;
	/** Its own result: one document, events with ids prefixed by the document id. */
	result: ExtractionResult;
}

/** At most this many texts in one timeline. */
export const MAX_TEXTS = 12;

/** The texts of a timeline as one result: the first text's reference date, every document and event. */
export function combineResults(primary: ExtractionResult, added: readonly AddedText[]): ExtractionResult {
	if (added.length === 0) return primary;
	return {
		referenceDate: primary.referenceDate,
		documents: [...primary.documents, ...added.flatMap((a) => a.result.documents)],
		events: [...primary.events, ...added.flatMap((a) => a.result.events)],
		expressions: [...primary.expressions, ...added.flatMap((a) => a.result.expressions)],
		warnings: [...primary.warnings, ...added.flatMap((a) => a.result.warnings)]
	};
}

/** Ids unique across the texts of a timeline: `e1` of document `d2` becomes `d2-e1`. */
export function prefixIds(result: ExtractionResult, documentId: string): ExtractionResult {
	return {
		...result,
		events: result.events.map((e) => ({ ...e, id: `${documentId}-${e.id}` })),
		expressions: result.expressions.map((x) => ({ ...x, id: `${documentId}-${x.id}` }))
	};
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A new id for a timeline or a user-added event (`u-…`; extracted events are `e1`, `e2`, …). */
function newId(prefix: string): string {
	const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
	return `${prefix}${random.replace(/-/g, '').slice(0, 12)}`;
}

/** A new event from a phrase of the text: what the "Add event" form gives. */
export interface AddFromRange {
	title: string;
	time: TimeValue;
	mention: Mention;
}

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
	/** Texts added after the first, in the order they were added. */
	added = $state.raw<AddedText[]>([]);
	/** The document shown in the text pane (null: the first). */
	viewedDocumentId = $state<string | null>(null);
	/** The filter box's words: only events whose title, date or passages hold them all are shown. */
	query = $state('');
	/** The saved timeline this is (a new one for each loaded text); null before the first load. */
	timelineId = $state<string | null>(null);
	/** The name the user gave the timeline; '' for the document's title. */
	name = $state('');
	/** When this timeline was first made (ms since the epoch). */
	createdAt = $state(0);
	/** The user's edits, with undo and redo; each step is one or more edits made together. Replaced whole. */
	history = $state.raw<hist.History<Edit[]>>(hist.createHistory());
	/** Something to tell the user about their edits (e.g. some no longer apply); null when nothing. */
	notice = $state<string | null>(null);
	/** Called after every change worth saving (set by the persistence layer). */
	onchange: (() => void) | null = null;

	/** The extracted events with the applied edits, in extraction order (added ones last). */
	edited: TimelineEvent[] = $derived(applyEdits(this.result?.events ?? [], hist.appliedCommands(this.history).flat()).events);
	/** Events on screen, earliest first (stable for equal starts). */
	events: TimelineEvent[] = $derived(sortByTime(this.edited));
	/** The name to show: the user's, else the document's title, else the file name. */
	displayName: string = $derived(this.name || this.result?.documents[0]?.title || this.fileName || 'Untitled timeline');
	canUndo: boolean = $derived(hist.canUndo(this.history));
	canRedo: boolean = $derived(hist.canRedo(this.history));
	/** "Undo rename “Victory Day”", or null. */
	undoLabel: string | null = $derived(hist.undoLabel(this.history));
	/** "Redo rename “Victory Day”", or null. */
	redoLabel: string | null = $derived(hist.redoLabel(this.history));
	/** The (first) document on screen. */
	document: TextDocument | null = $derived(this.result?.documents.find((d) => d.id === this.viewedDocumentId) ?? this.result?.documents[0] ?? null);
	/** The events the filter lets through (all of them when the filter is empty), earliest first. */
	shownEvents: TimelineEvent[] = $derived(this.query.trim() ? filterEvents(this.events, this.result?.documents ?? [], this.query) : this.events);
	/** Every document of the timeline, the first text first. */
	documents: TextDocument[] = $derived(this.result?.documents ?? []);
	/** The file name of the document in the text pane; null for pasted text. */
	documentFileName: string | null = $derived(
		this.document && this.document.id !== this.result?.documents[0]?.id ? (this.added.find((a) => a.result.documents[0]?.id === this.document?.id)?.input.fileName ?? null) : this.fileName
	);
	/** The reference date in use, with how it was found. */
	referenceDate: ReferenceDate | null = $derived(this.result?.referenceDate ?? null);
	/** The selected event, if it exists in the result. */
	selectedEvent: TimelineEvent | null = $derived(this.events.find((e) => e.id === this.selectedId) ?? null);

	#extractor: Extractor;
	/** The first text's own extraction result (`result` adds the added texts to it). */
	#primary: ExtractionResult | null = null;
	/**
	 * The input of the newest request, or null for the text on screen: a reference change made
	 * while a new text is still extracting applies to that new text.
	 */
	#latest: Input | null = null;
	/** Bumped when a saved timeline is opened: an extraction started before it must not land. */
	#generation = 0;

	/** @param extractor - runs extraction; the worker client by default, a stub in tests */
	constructor(extractor: Extractor = new ExtractClient()) {
		this.#extractor = extractor;
	}

	/** The first document of `data` as TimeML, written by the extractor (in its worker, where its model is). */
	writeTimeMl(data: TimelineData): Promise<string> {
		if (!this.#extractor.timeml) return Promise.reject(new Error('TimeML needs the event finder, which is not loaded here'));
		return this.#extractor.timeml(data);
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
			this.added = [];
			this.viewedDocumentId = null;
			this.#startTimeline();
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
			// Same text: keep the edits and the selection whose events survived. A text that was still loading: start fresh.
			const sameText = input.text === this.text && this.result !== null;
			let selected: string | null = null;
			if (sameText) selected = this.#rebase(combineResults(result, this.added).events);
			else this.#startTimeline();
			this.referenceOverride = value;
			this.#commit(input, result);
			this.selectedId = selected !== null && this.events.some((e) => e.id === selected) ? selected : null;
		});
	}

	/**
	 * Add another text to the timeline: its events join the others (colour-coded by document on
	 * the timeline), dated against the reference date found in that text. The edits, the undo
	 * history and the first text stay. Resolves false when refused (`error` says why).
	 */
	async addText(text: string, options: LoadOptions = {}): Promise<boolean> {
		if (!this.#primary) return this.load(text, options);
		if (this.documents.length >= MAX_TEXTS) {
			this.error = `A timeline holds at most ${MAX_TEXTS} texts; start a new one to add more.`;
			return false;
		}
		const documentId = nextDocumentId(this.documents);
		const input: Input = { text, fileName: options.fileName ?? null, format: options.format };
		const before = this.#primary;
		const extractOptions = { documentId, ...(input.format ? { format: input.format } : {}) };
		return this.#extract(input.text, extractOptions, (result) => {
			// Another text loaded meanwhile: this one does not belong to it.
			if (before !== this.#primary) return false;
			this.added = [...this.added, { input, result: prefixIds(result, documentId) }];
			this.result = combineResults(this.#primary, this.added);
			this.viewedDocumentId = documentId;
			return true;
		});
	}

	/** Take an added text (not the first) out of the timeline, with its events. */
	removeText(documentId: string): boolean {
		if (!this.#primary || !this.added.some((a) => a.result.documents[0]?.id === documentId)) return false;
		this.added = this.added.filter((a) => a.result.documents[0]?.id !== documentId);
		this.result = combineResults(this.#primary, this.added);
		if (this.viewedDocumentId === documentId) this.viewedDocumentId = null;
		if (this.selectedId !== null && !this.edited.some((e) => e.id === this.selectedId)) this.selectedId = null;
		this.#changed();
		return true;
	}

	/** Show a document in the text pane. */
	viewDocument(documentId: string): void {
		if (this.documents.some((d) => d.id === documentId)) this.viewedDocumentId = documentId;
	}

	/** Rename an event. False when there is no such event or the title is blank. */
	rename(id: string, title: string): boolean {
		return this.#do([{ kind: 'rename', id, title }]);
	}

	/** Set an event's date (from the editor's date field). */
	redate(id: string, time: TimeValue): boolean {
		return this.#do([{ kind: 'redate', id, time }]);
	}

	/**
	 * Change an event's title and/or date as one step (one undo). False when nothing changes,
	 * the event does not exist, or the title is blank.
	 */
	update(id: string, change: { title?: string; time?: TimeValue }): boolean {
		const event = this.edited.find((e) => e.id === id);
		if (!event) return false;
		const edits: Edit[] = [];
		if (change.title !== undefined && change.title.replace(/\s+/g, ' ').trim() !== event.title) edits.push({ kind: 'rename', id, title: change.title });
		if (change.time !== undefined && !sameTime(change.time, event.time)) edits.push({ kind: 'redate', id, time: change.time });
		return edits.length > 0 && this.#do(edits);
	}

	/** Delete an event; its selection goes with it. */
	remove(id: string): boolean {
		if (!this.#do([{ kind: 'delete', id }])) return false;
		if (this.selectedId === id) this.selectedId = null;
		return true;
	}

	/** Add an event mentioned by a phrase of the text, and select it. Returns its id, or null. */
	addFromRange({ title, time, mention }: AddFromRange): string | null {
		const id = newId('u-');
		if (!this.#do([{ kind: 'add', event: newEvent({ id, title, time, mention }) }])) return null;
		this.selectedId = id;
		return id;
	}

	/** Merge `otherId` into `survivorId` (which keeps its id and title), and select the survivor. */
	merge(survivorId: string, otherId: string): boolean {
		if (!this.#do([{ kind: 'merge', survivorId, otherId }])) return false;
		this.selectedId = survivorId;
		return true;
	}

	/** Undo the last edit. False when there is none. */
	undo(): boolean {
		return this.#move(hist.undo(this.history));
	}

	/** Redo the last undone edit. False when there is none. */
	redo(): boolean {
		return this.#move(hist.redo(this.history));
	}

	/** Name the timeline ('' goes back to the document's title). */
	renameTimeline(name: string): void {
		this.name = name.replace(/\s+/g, ' ').trim().slice(0, 200);
		this.#changed();
	}

	/** Hide the notice about edits. */
	dismissNotice(): void {
		this.notice = null;
	}

	/**
	 * Show a saved timeline as it was left: text, extraction result, edits and their history,
	 * without extracting again. Any extraction still running is ignored when it ends.
	 */
	restore(record: TimelineRecord): void {
		this.#generation++;
		const source = record.sources[0];
		const input: Input = { text: source.text, fileName: source.fileName, format: source.format ?? undefined };
		this.timelineId = record.id;
		this.name = record.name;
		this.createdAt = record.createdAt;
		this.referenceOverride = source.referenceOverride;
		this.history = record.history ? { entries: record.history.entries, cursor: record.history.cursor, floor: record.history.floor } : hist.createHistory();
		// Without its history, the edited events are the best base there is.
		const base = record.history ? record.result.events : record.events;
		this.#place(record.result.documents, base, record.result.referenceDate, record.sources.slice(1));
		this.#shown(input);
	}

	/** Everything needed to show this timeline again, as plain data; null before the first load. */
	toRecord(now = Date.now()): TimelineRecord | null {
		if (this.timelineId === null || this.result === null) return null;
		const { referenceDate, documents, events } = this.result;
		return {
			version: 1,
			id: this.timelineId,
			name: this.name,
			createdAt: this.createdAt,
			updatedAt: now,
			sources: [
				{ text: this.text, fileName: this.fileName, format: this.format ?? null, referenceOverride: this.referenceOverride },
				...this.added.map((a) => ({ text: a.input.text, fileName: a.input.fileName, format: a.input.format ?? null, referenceOverride: null, referenceDate: a.result.referenceDate }))
			],
			result: { referenceDate, documents, events },
			events: this.edited,
			history: { entries: [...this.history.entries], cursor: this.history.cursor, floor: this.history.floor }
		};
	}

	/**
	 * Show a saved timeline file (JSON or CSV, already validated) as a new timeline: its events as
	 * they are, not extracted again; each of its documents a text of the timeline. Changing the
	 * reference date later re-extracts the first text.
	 */
	openTimeline(result: ExtractionResult, fileName: string | null = null): void {
		this.#generation++;
		this.#startTimeline();
		const input: Input = { text: result.documents[0]?.text ?? '', fileName, format: 'text' };
		this.referenceOverride = null;
		this.#place(result.documents, result.events, result.referenceDate, []);
		this.#shown(input);
		this.#changed();
	}

	/** A timeline opened whole (saved or from a file) is on screen: its first text, nothing selected, ready. */
	#shown(input: Input): void {
		this.viewedDocumentId = null;
		this.text = input.text;
		this.fileName = input.fileName;
		this.format = input.format;
		this.#latest = input;
		this.selectedId = null;
		this.notice = null;
		this.error = null;
		this.progress = 1;
		this.status = 'ready';
	}

	/**
	 * Split events by document into the first text's result and the added texts' (an event goes
	 * with the document of its first mention), and show them together.
	 */
	#place(documents: readonly TextDocument[], events: readonly TimelineEvent[], referenceDate: ReferenceDate | null, others: readonly SavedSource[]): void {
		const [first, ...rest] = documents;
		const documentOf = (e: TimelineEvent) => e.mentions[0]?.documentId ?? first?.id;
		const resultFor = (document: TextDocument | undefined, reference: ReferenceDate | null): ExtractionResult => ({
			referenceDate: reference,
			documents: document ? [document] : [],
			events: events.filter((e) => document !== undefined && documentOf(e) === document.id),
			expressions: [],
			warnings: []
		});
		let primary: ExtractionResult = rest.length === 0 ? { referenceDate, documents: [...documents], events: [...events], expressions: [], warnings: [] } : resultFor(first, referenceDate);
		this.added = rest.map((document, i) => {
			const s = others[i];
			return {
				input: { text: s?.text ?? document.text, fileName: s?.fileName ?? null, format: s?.format ?? undefined },
				result: resultFor(document, s?.referenceDate ?? null)
			};
		});
		// Events of no document here (a damaged record) still show, with the first text.
		const placed = new Set([...primary.events, ...this.added.flatMap((a) => a.result.events)]);
		const orphans = events.filter((e) => !placed.has(e));
		if (orphans.length > 0) primary = { ...primary, events: [...primary.events, ...orphans] };
		this.#primary = primary;
		this.result = combineResults(primary, this.added);
	}

	/** Select an event by id, or clear the selection with null. Unknown ids clear it. */
	select(id: string | null): void {
		const event = id === null ? undefined : this.events.find((e) => e.id === id);
		this.selectedId = event ? event.id : null;
		// Show the text that mentions it, when the one on screen does not.
		const shown = this.document?.id;
		if (event && event.mentions.length > 0 && !event.mentions.some((m) => m.documentId === shown)) this.viewedDocumentId = event.mentions[0].documentId;
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

	/** Record an edit when it applies to the events on screen. */
	#do(edits: Edit[]): boolean {
		if (applyEdits(this.edited, edits).skipped.length > 0) return false;
		this.history = hist.record(this.history, { command: edits, label: describeEdits(edits, this.edited) });
		this.notice = null;
		this.#changed();
		return true;
	}

	#move(next: hist.History<Edit[]>): boolean {
		if (next === this.history) return false;
		this.history = next;
		if (this.selectedId !== null && !this.edited.some((e) => e.id === this.selectedId)) this.selectedId = null;
		this.#changed();
		return true;
	}

	/** A new text: a new timeline with no edits. */
	#startTimeline(): void {
		this.timelineId = newId('t-');
		this.name = '';
		this.createdAt = Date.now();
		this.history = hist.createHistory();
		this.notice = null;
	}

	/**
	 * The same text extracted again: the applied edits follow their events to the new result
	 * (a new history starts); the ones whose events are gone are dropped, and `notice` says so.
	 * Returns the selected event's new id.
	 */
	#rebase(next: readonly TimelineEvent[]): string | null {
		const applied = hist.appliedEntries(this.history);
		const flat = applied.flatMap((entry) => entry.command);
		const { edits, dropped, ids } = rebaseEdits(this.result?.events ?? [], next, flat);
		// Back into steps: each keeps its surviving edits; a step with none left goes.
		const rewritten = flat.map((_, i) => (dropped.includes(i) ? null : edits[i - dropped.filter((d) => d < i).length]));
		const kept: hist.HistoryEntry<Edit[]>[] = [];
		let at = 0;
		for (const entry of applied) {
			const command = rewritten.slice(at, at + entry.command.length).filter((e): e is Edit => e !== null);
			at += entry.command.length;
			if (command.length > 0) kept.push({ ...entry, command });
		}
		const lost = dropped.length + applyEdits(next, edits).skipped.length;
		this.history = hist.createHistory(kept);
		this.notice =
			lost === 0
				? null
				: `${lost} of your ${flat.length} edits no longer ${lost === 1 ? 'applies' : 'apply'}: ${lost === 1 ? 'its event is' : 'their events are'} not found with this reference date.`;
		const id = this.selectedId;
		return id === null ? null : (ids.get(id) ?? id);
	}

	#changed(): void {
		this.onchange?.();
	}

	async #run(input: Input, reference: string | null, commit: (result: ExtractionResult) => void): Promise<boolean> {
		this.#latest = input;
		const options = { ...(reference ? { reference } : {}), ...(input.format ? { format: input.format } : {}) };
		return this.#extract(
			input.text,
			options,
			(result) => {
				commit(result);
				return true;
			},
			// Refused: later reference changes apply to the text still on screen.
			() => {
				if (this.#latest === input) this.#latest = null;
			}
		);
	}

	/**
	 * Extract `text` in the worker, showing progress, and hand the result to `commit` unless a saved
	 * timeline was opened meanwhile; `commit` returns false when the result no longer belongs. A
	 * refusal sets `error` (after `onRefused`); a superseded request leaves the status to the newer one.
	 */
	async #extract(text: string, options: WorkerExtractOptions, commit: (result: ExtractionResult) => boolean, onRefused?: () => void): Promise<boolean> {
		const generation = this.#generation;
		this.status = 'working';
		this.progress = 0;
		this.error = null;
		try {
			const result = await this.#extractor.run(text, options, (fraction) => {
				this.progress = fraction;
			});
			// A saved timeline opened meanwhile owns the screen now.
			if (generation !== this.#generation || !commit(result)) return false;
			this.progress = 1;
			this.status = 'ready';
			this.#changed();
			return true;
		} catch (error) {
			// A newer request owns the status now; its outcome is what the user sees.
			if (error instanceof SupersededError || generation !== this.#generation) return false;
			onRefused?.();
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
		this.#primary = result;
		this.result = combineResults(result, this.added);
		this.#latest = input;
	}
}

/** The next free document id: `d2` after `d1`, never one in use. */
function nextDocumentId(documents: readonly TextDocument[]): string {
	const used = new Set(documents.map((d) => d.id));
	let n = documents.length + 1;
	while (used.has(`d${n}`)) n++;
	return `d${n}`;
}

function sameTime(a: TimeValue, b: TimeValue): boolean {
	return a.value === b.value && a.start === b.start && a.end === b.end && a.granularity === b.granularity;
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
