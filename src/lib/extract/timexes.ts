/**
 * Temporal expressions as TIMEX3 annotations, the way TimeML draws them: only times (a named
 * event such as "World War II" or an anniversary names an event, not a time), and a range
 * ("1914–1918", "from May 1 to May 5") as two timexes, one per end.
 */
import type { TemporalExpression, TimexType } from './types.ts';
import { MONTH_NAMES, monthNumber } from './timex.ts';

export interface Timex {
	start: number;
	end: number;
	text: string;
	type: TimexType;
	value: string;
}

/** Parsers whose expressions name events rather than times. */
const EVENT_PARSERS = new Set(['namedEvent', 'anniversary']);
/** (A hedge after the connector is no part of the second end: "from about 3100 to about 2890 BC".) */
const CONNECTOR = /\s*(?:–|—|-|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*(?:(?:about|around|c\.|ca\.|circa)\s*)?/;
const YEAR_IN_NAME = /(?<![\d,.])\b(?:1\d{3}|20\d{2})\b(?![\d,.]\d)/;
const MONTH = `(${MONTH_NAMES.join('|')})`;
const DATE_IN_NAME = new RegExp(String.raw`\b(?:(\d{1,2})\s+${MONTH},?\s+(\d{4})|${MONTH}\s+(\d{1,2}),?\s+(\d{4}))\b`, 'i');
const MONTH_IN_NAME = new RegExp(String.raw`\b${MONTH}\s+(1\d{3}|20\d{2})\b(?![\d,.]\d)`, 'i');

/** The full date ("11 November 1918", "September 11, 2001"), the month ("October 1987") or else the year written in an event's name. */
function timeInName(name: string): { index: number; text: string; value: string } | null {
	const date = DATE_IN_NAME.exec(name);
	if (date) {
		const [day, month, year] = date[1] ? [date[1], date[2], date[3]] : [date[5], date[4], date[6]];
		return { index: date.index, text: date[0], value: `${year}-${String(monthNumber(month)).padStart(2, '0')}-${day.padStart(2, '0')}` };
	}
	// "the October 1987 crash": the month and its year.
	const month = MONTH_IN_NAME.exec(name);
	if (month) return { index: month.index, text: month[0], value: `${month[2]}-${String(monthNumber(month[1])).padStart(2, '0')}` };
	const year = YEAR_IN_NAME.exec(name);
	return year ? { index: year.index, text: year[0], value: year[0] } : null;
}
/** The name of a day: "D-Day", "V-E Day", "Black Tuesday", "Bloody Sunday". */
const DAY_NAME = /^(?:D-Day|V-?[EJ]\s+Day|(?:Black|Bloody|Red)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/i;
/** "today" that no day can be given to (history leaves the writer's day unplaced): TimeML's PRESENT_REF. */
const PRESENT_WORD = /^(?:today|tonight|nowadays)$/i;

/** TIMEX3 annotations of a document's expressions, sorted by start. */
export function timexesOf(expressions: readonly TemporalExpression[]): Timex[] {
	const out: Timex[] = [];
	for (const e of expressions) {
		if (EVENT_PARSERS.has(e.parser)) {
			// A date or a year in the name of an event is a time of its own: "the armistice of 11 November 1918",
			// "the War of 1812", "the 2003 invasion of Iraq".
			const time = e.parser === 'namedEvent' ? timeInName(e.text) : null;
			if (time) out.push({ start: e.start + time.index, end: e.start + time.index + time.text.length, text: time.text, type: 'DATE', value: time.value });
			// A known event named by its day ("D-Day", "Black Tuesday", "Bloody Sunday") names that day, a time, as the corpora
			// tag "D-Day".
			else if (e.parser === 'namedEvent' && DAY_NAME.test(e.text) && e.time?.granularity === 'day' && !e.time.value.includes('/')) out.push({ start: e.start, end: e.end, text: e.text, type: 'DATE', value: e.time.value });
			continue;
		}
		// A count before the thing it counts from ("six years after the war began") is written as the length of time alone, though
		// the timeline places where it reaches.
		if (e.countOnly) {
			const end = e.countOnly.end;
			out.push({ start: e.start, end, text: e.text.slice(0, end - e.start), type: 'DURATION', value: e.countOnly.value });
			continue;
		}
		// A vague reference ("a few years ago": PAST_REF) is written as such though the timeline places it.
		const value = (e.value && /_REF$/.test(e.value) ? e.value : undefined) ?? e.time?.value ?? e.value ?? (PRESENT_WORD.test(e.text) ? 'PRESENT_REF' : '');
		const [from, to] = value.split('/');
		if (to !== undefined) {
			const text = e.text.replace(/^(?:from|between)\s+/i, '');
			const lead = e.text.length - text.length;
			const m = CONNECTOR.exec(text.slice(1));
			if (m) {
				const cut = 1 + m.index;
				// "last Thursday, to Nov. 6": the comma before the connector is no part of the first end.
				const first = text.slice(0, cut).replace(/[\s,;]+$/, '');
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
