/**
 * The list view: every event as a row of its date, title and the passages that mention it,
 * quoted sentence by sentence with the mention marked. The accessible reading of the timeline
 * for readers who cannot use the graphic. Pure.
 */
import type { TextDocument, TimelineEvent } from '$lib/extract';
import { buildQuote, type Quote } from '$lib/present/quote';
import { formatEventDate } from '$lib/timeline/format';

export interface ListRow {
	id: string;
	date: string;
	title: string;
	/** One quote per passage that mentions the event (repeats of a paragraph left out), in reading order. */
	quotes: Array<Quote & { source: string }>;
}

/** Rows for `events` (in their order), quoting at most `maxQuotes` passages each. */
export function listRows(events: readonly TimelineEvent[], documents: readonly TextDocument[], maxQuotes = 3): ListRow[] {
	const byId = new Map(documents.map((d) => [d.id, d]));
	const several = documents.length > 1;
	return events.map((event) => {
		const quotes: ListRow['quotes'] = [];
		const seen = new Set<string>();
		const mentions = [...event.mentions].sort((a, b) => documents.indexOf(byId.get(a.documentId)!) - documents.indexOf(byId.get(b.documentId)!) || a.start - b.start);
		for (const m of mentions) {
			const document = byId.get(m.documentId);
			const index = document?.passages.findIndex((p) => p.id === m.passageId) ?? -1;
			if (!document || index < 0) continue;
			const passage = document.passages[index];
			const key = `${document.id}/${passage.repeatOf ?? passage.id}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (quotes.length === maxQuotes) break;
			const where = `paragraph ${index + 1}`;
			quotes.push({ ...buildQuote(document.text, passage, m, 240), source: several ? `${document.title}, ${where}` : where });
		}
		return { id: event.id, date: formatEventDate(event.time), title: event.title, quotes };
	});
}
