/**
 * Cut passage text into plain-text segments at event-mention boundaries, so the text pane
 * can wrap mentions in marks without ever parsing the text as HTML. Pure: no DOM, no Svelte.
 */
import type { Passage, TextDocument, TimelineEvent } from '$lib/extract';

/** A character range `[start, end)` (absolute document offsets) that mentions an event. */
export interface MarkRange {
	start: number;
	end: number;
	eventId: string;
}

/** A run of passage text covered by the same set of events (none for plain text). */
export interface Segment {
	/** Absolute document offset of the first character. */
	start: number;
	/** Absolute document offset after the last character. */
	end: number;
	text: string;
	/**
	 * Events whose mentions cover the whole segment, the most specific first (shortest
	 * mention, then earliest start, then id). Empty for plain text.
	 */
	eventIds: string[];
}

/**
 * Split `text`, which starts at absolute offset `offset`, into segments at every range edge.
 * Ranges may overlap, nest, touch the edges or stick out of the text (they are clipped);
 * empty ranges are ignored. The segments' texts always join back into `text`.
 * @example segmentText('On 9 May.', 0, [{ start: 3, end: 8, eventId: 'e1' }])
 *   // [{ text: 'On ', eventIds: [] }, { text: '9 May', eventIds: ['e1'] }, { text: '.', eventIds: [] }]
 */
export function segmentText(text: string, offset: number, ranges: readonly MarkRange[]): Segment[] {
	const end = offset + text.length;
	// 1. Clip to the text, drop empty ranges, order the most specific first.
	const clipped = ranges
		.map((r) => ({ start: Math.max(r.start, offset), end: Math.min(r.end, end), eventId: r.eventId }))
		.filter((r) => r.end > r.start)
		.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || cmp(a.eventId, b.eventId));
	if (text.length === 0) return [];
	if (clipped.length === 0) return [{ start: offset, end, text, eventIds: [] }];

	// 2. Every range edge is a cut.
	const cuts = new Set<number>([offset, end]);
	for (const r of clipped) cuts.add(r.start).add(r.end);
	const points = [...cuts].sort((a, b) => a - b);

	// 3. Each piece between two cuts is covered by a fixed set of ranges.
	const segments: Segment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const a = points[i];
		const b = points[i + 1];
		const ids: string[] = [];
		for (const r of clipped) if (r.start <= a && r.end >= b && !ids.includes(r.eventId)) ids.push(r.eventId);
		const last = segments.at(-1);
		if (last && last.end === a && sameIds(last.eventIds, ids)) {
			// Two touching mentions of the same event read as one mark.
			last.end = b;
			last.text = text.slice(last.start - offset, b - offset);
		} else {
			segments.push({ start: a, end: b, text: text.slice(a - offset, b - offset), eventIds: ids });
		}
	}
	return segments;
}

/** `documentId/passageId`: the key of `rangesByPassage`. */
export function passageKey(documentId: string, passageId: string): string {
	return `${documentId}/${passageId}`;
}

/**
 * Group every event mention by the passage it is in.
 * When a passage repeats an earlier one word for word (`repeatOf`) and the extractor listed a
 * mention only in the original, the mention is mirrored into the repeat, so every copy of a
 * dated phrase is marked.
 */
export function rangesByPassage(
	documents: readonly TextDocument[],
	events: readonly TimelineEvent[]
): Map<string, MarkRange[]> {
	const byKey = new Map<string, MarkRange[]>();
	const add = (key: string, range: MarkRange) => {
		const list = byKey.get(key);
		if (!list) byKey.set(key, [range]);
		else if (!list.some((r) => r.start === range.start && r.end === range.end && r.eventId === range.eventId)) list.push(range);
	};
	for (const event of events) {
		for (const m of event.mentions) add(passageKey(m.documentId, m.passageId), { start: m.start, end: m.end, eventId: event.id });
	}
	for (const doc of documents) {
		const passages = new Map<string, Passage>(doc.passages.map((p) => [p.id, p]));
		for (const copy of doc.passages) {
			const original = copy.repeatOf ? passages.get(copy.repeatOf) : undefined;
			if (!original || original.text !== copy.text) continue;
			const shift = copy.start - original.start;
			for (const r of byKey.get(passageKey(doc.id, original.id)) ?? []) {
				add(passageKey(doc.id, copy.id), { start: r.start + shift, end: r.end + shift, eventId: r.eventId });
			}
		}
	}
	return byKey;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
