/**
 * What a person can do to the events: rename, re-date, delete, add one from a phrase of the
 * text, merge two. Each change is an `Edit`, plain JSON data, so the list of edits can be
 * saved, undone, and replayed over a new extraction of the same text. Every function returns
 * new arrays and new events and never changes its inputs. Pure: no Svelte, no DOM.
 *
 * Edited events say what the user did: `edited: true`, a re-dated event's fields are
 * `provenance.stated` (stated by the user) and its derivation ends with "Date set by the user: …".
 */
import type { DateField, Mention, TextDocument, TimelineEvent, TimeValue } from '../../extract/types.ts';
import { isoToMillis } from '../../extract/timex.ts';
import { formatEventDate } from '../../timeline/format.ts';

export type Edit =
	| { kind: 'rename'; id: string; title: string }
	| { kind: 'redate'; id: string; time: TimeValue }
	| { kind: 'delete'; id: string }
	| { kind: 'add'; event: TimelineEvent }
	| { kind: 'merge'; survivorId: string; otherId: string };

/** Longest title kept; longer ones are cut (titles are "who did what", not paragraphs). */
export const MAX_TITLE = 200;

/** The date fields a time of this granularity states. */
export function fieldsOf(time: TimeValue): DateField[] {
	switch (time.granularity) {
		case 'day':
			return ['year', 'month', 'day'];
		case 'hour':
		case 'minute':
		case 'second':
			return ['year', 'month', 'day', 'time'];
		case 'week':
		case 'month':
		case 'season':
		case 'quarter':
		case 'half':
			return ['year', 'month'];
		default:
			return ['year'];
	}
}

/** A title as the user typed it, tidied: single spaces, no ends; '' when blank. */
export function cleanTitle(title: string): string {
	return title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
}

/** The event with a new title. */
export function withTitle(event: TimelineEvent, title: string): TimelineEvent {
	return { ...event, title: cleanTitle(title), edited: true };
}

/** The event with a date set by the user: stated, certain, and said so in its derivation. */
export function withTime(event: TimelineEvent, time: TimeValue): TimelineEvent {
	return {
		...event,
		time,
		confidence: 1,
		provenance: { stated: fieldsOf(time), inferred: [] },
		derivation: [...event.derivation, `Date set by the user: ${formatEventDate(time)}`],
		edited: true
	};
}

/** What a new event added from a phrase is made of. */
export interface NewEvent {
	/** Unique among the events (the app uses `u-…`; extracted events are `e1`, `e2`, …). */
	id: string;
	title: string;
	time: TimeValue;
	mention: Mention;
}

/** A new event, mentioned by the phrase it was added from, dated by the user. */
export function newEvent({ id, title, time, mention }: NewEvent): TimelineEvent {
	return {
		id,
		title: cleanTitle(title),
		time,
		mentions: [{ ...mention }],
		confidence: 1,
		derivation: [`Added by the user from “${mention.text}”`, `Date set by the user: ${formatEventDate(time)}`],
		provenance: { stated: fieldsOf(time), inferred: [] },
		edited: true
	};
}

/** Length of a time's interval; the shorter one is the more precise. */
function span(time: TimeValue): number {
	return isoToMillis(time.end) - isoToMillis(time.start);
}

const mentionKey = (m: Mention): string => `${m.documentId}\u0000${m.start}\u0000${m.end}`;

/**
 * Two events as one: the survivor keeps its id and title; the mentions of both (each once);
 * the more precise date of the two (the survivor's on a tie) with its confidence and provenance.
 */
export function mergedEvent(survivor: TimelineEvent, other: TimelineEvent): TimelineEvent {
	const seen = new Set<string>();
	const mentions = [...survivor.mentions, ...other.mentions]
		.filter((m) => {
			const key = mentionKey(m);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end));
	const dated = span(other.time) < span(survivor.time) ? other : survivor;
	const knowledgeId = survivor.knowledgeId ?? other.knowledgeId;
	return {
		...survivor,
		time: dated.time,
		mentions,
		confidence: dated.confidence,
		provenance: dated.provenance,
		derivation: [...dated.derivation, `Merged by the user with “${other.title}”${dated === other ? ', whose date is the more precise' : ''}`],
		...(knowledgeId ? { knowledgeId } : {}),
		edited: true
	};
}

/** The result of replaying edits: the events, and the edits that no longer apply (by index). */
export interface Applied {
	events: TimelineEvent[];
	skipped: number[];
}

/**
 * Replay edits over events, in order. An edit whose event is gone (deleted, merged away, or
 * missing from a new extraction), a blank rename, an added id already taken, or a merge of an
 * event with itself is skipped and reported. Order is kept; added events come last.
 */
export function applyEdits(events: readonly TimelineEvent[], edits: readonly Edit[]): Applied {
	const byId = new Map(events.map((e) => [e.id, e]));
	const skipped: number[] = [];
	edits.forEach((edit, index) => {
		if (!applyTo(byId, edit)) skipped.push(index);
	});
	return { events: [...byId.values()], skipped };
}

/** Apply one edit to a working map (owned by the caller); false when it does not apply. */
function applyTo(byId: Map<string, TimelineEvent>, edit: Edit): boolean {
	switch (edit.kind) {
		case 'rename': {
			const event = byId.get(edit.id);
			if (!event || cleanTitle(edit.title) === '') return false;
			byId.set(edit.id, withTitle(event, edit.title));
			return true;
		}
		case 'redate': {
			const event = byId.get(edit.id);
			if (!event) return false;
			byId.set(edit.id, withTime(event, edit.time));
			return true;
		}
		case 'delete':
			return byId.delete(edit.id);
		case 'add':
			if (byId.has(edit.event.id) || cleanTitle(edit.event.title) === '') return false;
			byId.set(edit.event.id, edit.event);
			return true;
		case 'merge': {
			const survivor = byId.get(edit.survivorId);
			const other = byId.get(edit.otherId);
			if (!survivor || !other || survivor === other) return false;
			byId.set(edit.survivorId, mergedEvent(survivor, other));
			byId.delete(edit.otherId);
			return true;
		}
	}
}

/** One edit applied to events: a new array, or null when it does not apply. */
export function applyEdit(events: readonly TimelineEvent[], edit: Edit): TimelineEvent[] | null {
	const { events: next, skipped } = applyEdits(events, [edit]);
	return skipped.length ? null : next;
}

/** Rename an event; null when there is no such event or the title is blank. */
export function renameEvent(events: readonly TimelineEvent[], id: string, title: string): TimelineEvent[] | null {
	return applyEdit(events, { kind: 'rename', id, title });
}

/** Set an event's date; null when there is no such event. */
export function redateEvent(events: readonly TimelineEvent[], id: string, time: TimeValue): TimelineEvent[] | null {
	return applyEdit(events, { kind: 'redate', id, time });
}

/** Delete an event; null when there is no such event. */
export function deleteEvent(events: readonly TimelineEvent[], id: string): TimelineEvent[] | null {
	return applyEdit(events, { kind: 'delete', id });
}

/** Add an event from a phrase; null when its id is taken or its title blank. */
export function addEvent(events: readonly TimelineEvent[], draft: NewEvent): TimelineEvent[] | null {
	return applyEdit(events, { kind: 'add', event: newEvent(draft) });
}

/** Merge `otherId` into `survivorId`; null unless both exist and differ. */
export function mergeEvents(events: readonly TimelineEvent[], survivorId: string, otherId: string): TimelineEvent[] | null {
	return applyEdit(events, { kind: 'merge', survivorId, otherId });
}

function quoted(title: string): string {
	const t = title.length > 40 ? `${title.slice(0, 39).trimEnd()}…` : title;
	return `“${t}”`;
}

/** How an edit is named in "Undo …" and "Redo …", from the events it was made on. */
export function describeEdit(edit: Edit, events: readonly TimelineEvent[]): string {
	const title = (id: string) => quoted(events.find((e) => e.id === id)?.title ?? 'an event');
	switch (edit.kind) {
		case 'rename':
			return `rename ${title(edit.id)}`;
		case 'redate':
			return `date of ${title(edit.id)}`;
		case 'delete':
			return `delete ${title(edit.id)}`;
		case 'add':
			return `add ${quoted(edit.event.title)}`;
		case 'merge':
			return `merge ${title(edit.survivorId)} and ${title(edit.otherId)}`;
	}
}

/** How a step of one or more edits is named: one edit by itself, a title and date change as "edit “…”". */
export function describeEdits(edits: readonly Edit[], events: readonly TimelineEvent[]): string {
	if (edits.length === 1) return describeEdit(edits[0], events);
	const ids = new Set(edits.map((e) => (e.kind === 'add' ? e.event.id : e.kind === 'merge' ? e.survivorId : e.id)));
	if (ids.size === 1) return `edit ${quoted(events.find((e) => ids.has(e.id))?.title ?? 'an event')}`;
	return `${edits.length} changes`;
}

/**
 * The mention a selection makes: the range `[start, end)` of the document's text, without the
 * spaces around it, inside one passage. Null for an empty range or one that crosses passages.
 */
export function mentionFromRange(document: TextDocument, start: number, end: number): Mention | null {
	let a = Math.max(0, Math.min(start, end));
	let b = Math.min(document.text.length, Math.max(start, end));
	while (a < b && /\s/.test(document.text[a])) a++;
	while (b > a && /\s/.test(document.text[b - 1])) b--;
	if (a >= b) return null;
	const passages = document.passages.length > 0 ? document.passages : [{ id: 'p1', start: 0, end: document.text.length }];
	const passage = passages.find((p) => p.start <= a && b <= p.end);
	if (!passage) return null;
	return { documentId: document.id, passageId: passage.id, start: a, end: b, text: document.text.slice(a, b) };
}
