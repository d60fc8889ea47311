/**
 * The filter box: narrow the events to those whose title, date or passages hold every word
 * typed, ignoring case and accents ("ustí" finds "Usti"). Pure.
 */
import type { TextDocument, TimelineEvent } from '$lib/extract';
import { formatEventDate } from '$lib/timeline/format';

/** Lower case without diacritics, for matching. */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a query, folded; quotes and punctuation around words are ignored. */
export function queryWords(query: string): string[] {
	return fold(query)
		.split(/\s+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean);
}

/**
 * A matcher for `query` over events of `documents`: true for events whose title, written date
 * or any passage that mentions them contains every word. An empty query matches everything.
 * The folded text of each event is kept while the event and documents stay the same objects.
 */
export function eventMatcher(query: string, documents: readonly TextDocument[]): (event: TimelineEvent) => boolean {
	const words = queryWords(query);
	if (words.length === 0) return () => true;
	const hay = haystacks(documents);
	return (event) => {
		const folded = hay(event);
		return words.every((w) => folded.includes(w));
	};
}

/** Folded text of each event, built once per event and documents (the filter runs on every keystroke). */
const cache = new WeakMap<readonly TextDocument[], WeakMap<TimelineEvent, string>>();

function haystacks(documents: readonly TextDocument[]): (event: TimelineEvent) => string {
	let byEvent = cache.get(documents);
	if (!byEvent) cache.set(documents, (byEvent = new WeakMap()));
	let passages: Map<string, string> | null = null;
	return (event) => {
		const known = byEvent.get(event);
		if (known !== undefined) return known;
		if (!passages) {
			passages = new Map();
			for (const d of documents) for (const p of d.passages) passages.set(`${d.id}/${p.id}`, p.text);
		}
		const seen = new Set<string>();
		let hay = `${event.title}\n${formatEventDate(event.time)}`;
		for (const m of event.mentions) {
			const key = `${m.documentId}/${m.passageId}`;
			if (seen.has(key)) continue;
			seen.add(key);
			hay += `\n${passages.get(key) ?? m.text}`;
		}
		const folded = fold(hay);
		byEvent.set(event, folded);
		return folded;
	};
}

/** The events matching `query`, in their order. */
export function filterEvents(events: readonly TimelineEvent[], documents: readonly TextDocument[], query: string): TimelineEvent[] {
	const match = eventMatcher(query, documents);
	return events.filter(match);
}
