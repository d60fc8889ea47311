/**
 * The other day of a pair that shares one month: "May 4 and 5", "April 24 or 25", "4 and 5 June
 * 1944", "Friday 15 to Monday 18 August 1969"; and the other days of a list ("13, 14, 16 and 17
 * December", "March 2, 3 and 9"). Chrono reads the day that stands with the month
 * ("May 4", "5 June 1944") and leaves the lone number (or the weekday alone); TimeML tags that
 * number as a date of its own ("5" → 1865-05-05). It takes the year and month of the date beside
 * it, however that date was resolved.
 */
import type { DateField } from '../../types.ts';
import { dayValue, startYmd } from '../../timex.ts';
import type { Candidate, Resolved, ResolveContext } from '../candidate.ts';
import { candidateAt, type Parser, type PassageScope } from '../scope.ts';
import { allMatches, hasDigit } from '../wordFilter.ts';

/** A month as chrono reads one, capitalised ("may" is mostly the verb). */
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2}(?:st|nd|rd|th)?)`;
/** What may not follow the lone number: a count of something ("5 percent", "5 days later"), a decimal, a range. */
const NOT_A_DAY_AFTER = String.raw`(?![\d%.,]\d|\s*[-–%]|\s+(?:percent|per|of|days?|weeks?|months?|years?|hours?|minutes?|times|people|men|million|billion|thousand|hundred)\b)`;

/** "May 4 and 5": the month, the day with it, and the lone day after. */
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}\s+${DAY}\s*(?:,\s*)?(?:and|or|&)\s+${DAY}\b${NOT_A_DAY_AFTER}`, 'g');
/** "4 and 5 June": the lone day, then the day with the month. */
const DAY_FIRST = new RegExp(String.raw`\b${DAY}\s*(?:,\s*)?(?:and|or|&)\s+${DAY}\s+(?:of\s+)?${MONTH}(?![a-z])`, 'g');
/** "13, 14, 16 and 17 December": the lone days listed before the pair that ends on the day with the month. */
const DAY_LIST_FIRST = new RegExp(String.raw`\b((?:\d{1,2}(?:st|nd|rd|th)?\s*,\s*){1,5})\d{1,2}(?:st|nd|rd|th)?\s*,?\s*(?:and|or|&)\s+${DAY}\s+(?:of\s+)?${MONTH}(?![a-z])`, 'g');
/** "March 2, 3 and 9": the month and its day, then lone days listed and the last after "and". */
const MONTH_LIST_FIRST = new RegExp(String.raw`\b${MONTH}\s+${DAY}((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?){1,5})\s*,?\s*(?:and|or|&)\s+${DAY}\b${NOT_A_DAY_AFTER}`, 'g');
/** The days of a list, each with its offset in the list: "13, 14, " → 13 at 0, 14 at 4. */
const LISTED_DAY = /\d{1,2}(?:st|nd|rd|th)?/g;
/** A weekday's name. */
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
/** "Friday 15 to Monday 18 August 1969": a weekday and its day, then the day a range ends on, with its month. */
const WEEKDAY_FIRST = new RegExp(String.raw`\b${WEEKDAY}\s+${DAY}\s*(?:to|until|till|through|[-–—])\s*(?:${WEEKDAY},?\s+)?${DAY}\s+(?:of\s+)?${MONTH}(?![a-z])`, 'g');
/**
 * The lone day at `start`..`end` (offsets into the scope), with the month of the date that holds
 * the absolute offset `partner`: resolved when that date resolves to a day.
 */
function lone(scope: PassageScope, start: number, end: number, partner: number, day: number): Candidate {
	const text = scope.text.slice(start, end);
	// (A day told before the date it takes its month from waits on it, as a time of day on a day after it does: no story time
	// for what comes between, "13" and "14" in "13, 14, 16 and 17 December", which would resolve it before its month.)
	const waits = scope.passage.start + start < partner;
	return candidateAt(scope, start, end, { parser: 'dayPair', type: 'DATE', priority: 2, ...(waits ? { dayAfter: true } : {}), resolve: (ctx) => sameMonth(ctx, partner, day, text) });
}

function sameMonth(ctx: ResolveContext, partner: number, day: number, text: string): Resolved | null {
	const k = ctx.candidates.findIndex((c) => c.start <= partner && c.end > partner);
	const r = k < 0 ? null : ctx.resolveAt(k);
	if (!r || r.time.granularity !== 'day') return null;
	const { year, month } = startYmd(r.time);
	const time = dayValue({ year, month, day });
	// No such day in that month ("February 28 and 30").
	if (startYmd(time).month !== month) return null;
	return {
		time,
		stated: ['day'],
		inferred: [...new Set<DateField>(['month', ...r.inferred])],
		derivation: [...r.derivation, `“${text}” is a day of the same month as “${ctx.candidates[k].text}” → ${time.value}`],
		confidence: Math.min(r.confidence, 0.85),
		referenceFree: r.referenceFree
	};
}

/** Do the days of a list rise, each a day of a month, up to the last? */
function rising(days: readonly number[], last: number): boolean {
	return days.every((d, k) => d >= 1 && d < (k + 1 < days.length ? days[k + 1] : last)) && last <= 31;
}

export const dayPairParser: Parser = {
	name: 'dayPair',
	find(scope) {
		const out: Candidate[] = [];
		// Every match holds a digit: a scope without one is not scanned. (A word gate on the month names would be more
		// selective, but the word scan's mask has 31 places and no more than one is free; "and" is in nearly every text.)
		if (!hasDigit(scope)) return out;
		const base = scope.passage.start;
		for (const m of allMatches(scope.text, MONTH_FIRST)) {
			const first = parseInt(m[1], 10);
			const second = parseInt(m[2], 10);
			if (!(first >= 1 && second > first && second <= 31)) continue;
			const start = m.index + m[0].lastIndexOf(m[2]);
			out.push(lone(scope, start, start + m[2].length, base + m.index + m[0].indexOf(m[1]), second));
		}
		for (const m of allMatches(scope.text, DAY_FIRST)) {
			const first = parseInt(m[1], 10);
			const second = parseInt(m[2], 10);
			if (!(first >= 1 && second > first && second <= 31)) continue;
			const partner = m.index + m[0].lastIndexOf(m[2]);
			out.push(lone(scope, m.index, m.index + m[1].length, base + partner, first));
		}
		// ("13, 14, 16 and 17 December": the days listed before "16 and 17 December", which DAY_FIRST reads, each of the month
		// of the last; "March 2, 3 and 9": the days after the first, which chrono reads. The days rise through the list.)
		for (const m of allMatches(scope.text, DAY_LIST_FIRST)) {
			const last = parseInt(m[2], 10);
			const partner = base + m.index + m[0].lastIndexOf(m[2]);
			const days = [...m[1].matchAll(LISTED_DAY)];
			if (!rising(days.map((d) => parseInt(d[0], 10)), last)) continue;
			for (const d of days) out.push(lone(scope, m.index + d.index, m.index + d.index + d[0].length, partner, parseInt(d[0], 10)));
		}
		for (const m of allMatches(scope.text, MONTH_LIST_FIRST)) {
			const first = parseInt(m[1], 10);
			const last = parseInt(m[3], 10);
			const listAt = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
			const days = [...m[2].matchAll(LISTED_DAY)];
			if (!rising([first, ...days.map((d) => parseInt(d[0], 10))], last)) continue;
			const partner = base + m.index + m[0].indexOf(m[1]);
			for (const d of days) out.push(lone(scope, listAt + d.index, listAt + d.index + d[0].length, partner, parseInt(d[0], 10)));
			const lastAt = m.index + m[0].lastIndexOf(m[3]);
			out.push(lone(scope, lastAt, lastAt + m[3].length, partner, last));
		}
		// ("from Friday 15 to Monday 18 August 1969": the first day with its weekday, of the month of the second.)
		for (const m of allMatches(scope.text, WEEKDAY_FIRST)) {
			const first = parseInt(m[1], 10);
			const second = parseInt(m[2], 10);
			if (!(first >= 1 && second > first && second <= 31)) continue;
			const end = m.index + m[0].indexOf(m[1]) + m[1].length;
			const partner = m.index + m[0].lastIndexOf(m[2]);
			out.push(lone(scope, m.index, end, base + partner, first));
		}
		// (In reading order: the lists are read after the pairs.)
		return out.sort((a, b) => a.start - b.start);
	}
};
