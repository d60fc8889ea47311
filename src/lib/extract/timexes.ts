/**
 * Temporal expressions as TIMEX3 annotations, the way TimeML draws them: only times (a named
 * event such as "World War II" or an anniversary names an event, not a time), and a range
 * ("1914–1918", "from May 1 to May 5") as two timexes, one per end.
 */
import type { TemporalExpression, TimexType } from './types.ts';

export interface Timex {
	start: number;
	end: number;
	text: string;
	type: TimexType;
	value: string;
}

/** Parsers whose expressions name events rather than times. */
const EVENT_PARSERS = new Set(['namedEvent', 'anniversary']);
const CONNECTOR = /\s*(?:–|—|-|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*/;
/** "today" that no day can be given to (history leaves the writer's day unplaced): TimeML's PRESENT_REF. */
const PRESENT_WORD = /^(?:today|tonight|nowadays)$/i;

/** TIMEX3 annotations of a document's expressions, sorted by start. */
export function timexesOf(expressions: readonly TemporalExpression[]): Timex[] {
	const out: Timex[] = [];
	for (const e of expressions) {
		if (EVENT_PARSERS.has(e.parser)) continue;
		// A vague reference ("a few years ago": PAST_REF) is written as such though the timeline places it.
		const value = (e.value && /_REF$/.test(e.value) ? e.value : undefined) ?? e.time?.value ?? e.value ?? (PRESENT_WORD.test(e.text) ? 'PRESENT_REF' : '');
		const [from, to] = value.split('/');
		if (to !== undefined) {
			const text = e.text.replace(/^(?:from|between)\s+/i, '');
			const lead = e.text.length - text.length;
			const m = CONNECTOR.exec(text.slice(1));
			if (m) {
				const cut = 1 + m.index;
				const first = text.slice(0, cut);
				const second = text.slice(cut + m[0].length);
				const secondStart = e.start + lead + cut + m[0].length;
				out.push({ start: e.start + lead, end: e.start + lead + first.length, text: first, type: e.type, value: from });
				if (second) out.push({ start: secondStart, end: secondStart + second.length, text: second, type: e.type, value: to });
				continue;
			}
		}
		out.push({ start: e.start, end: e.end, text: e.text, type: e.type, value: from });
	}
	return out.sort((a, b) => a.start - b.start);
}
