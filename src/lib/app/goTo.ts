/**
 * The "Go to" box: what a typed query names, an event (by words of its title) or a date ("May
 * 1945", "the 1990s", "44 BC"). A date wins when the query reads as one; otherwise the events
 * whose titles hold every word, best first. Pure.
 */
import type { TimelineEvent } from '$lib/extract';
import { parseDateInput } from './edit/parseDateInput.ts';
import { fold, queryWords } from './filter.ts';

export type GoToTarget = { kind: 'date'; start: string; end: string; label: string } | { kind: 'event'; id: string; label: string } | { kind: 'none'; message: string };

/** Events whose titles hold every word of `query`: whole-word and earlier matches first, at most `limit`. */
export function matchEvents(events: readonly TimelineEvent[], query: string, limit = 8): TimelineEvent[] {
	const words = queryWords(query);
	if (words.length === 0) return [];
	const scored: Array<{ e: TimelineEvent; score: number; i: number }> = [];
	events.forEach((e, i) => {
		const title = fold(e.title);
		if (!words.every((w) => title.includes(w))) return;
		const titleWords = title.split(/[^\p{L}\p{N}]+/u);
		const whole = words.filter((w) => titleWords.includes(w)).length;
		const at = Math.min(...words.map((w) => title.indexOf(w)));
		scored.push({ e, score: whole * 1000 - at, i });
	});
	scored.sort((a, b) => b.score - a.score || a.i - b.i);
	return scored.slice(0, limit).map((s) => s.e);
}

/** Where the query points. */
export function goToTarget(events: readonly TimelineEvent[], query: string): GoToTarget {
	const q = query.trim();
	if (!q) return { kind: 'none', message: 'Type an event or a date.' };
	// A query of letters alone is a title first ("March on Rome"), even when it could be a month.
	const looksLikeDate = /\d|^(?:the\s+)?(?:\d|[a-z]+\s+\d)|\b(?:century|millennium|BC|BCE|AD|CE)\b/i.test(q);
	const date = looksLikeDate ? parseDateInput(q) : null;
	if (date?.ok) return { kind: 'date', start: date.time.start, end: date.time.end, label: q };
	const [best] = matchEvents(events, q, 1);
	if (best) return { kind: 'event', id: best.id, label: best.title };
	const asDate = date ?? parseDateInput(q);
	if (asDate.ok) return { kind: 'date', start: asDate.time.start, end: asDate.time.end, label: q };
	return { kind: 'none', message: `No event or date matches “${q}”.` };
}
