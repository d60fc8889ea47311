/**
 * A day of the month told by its ordinal alone: "(delivered an ultimatum to Belgrade) on the 23rd",
 * "by the 5th". Chrono reads "the 23rd of July", not "the 23rd". The day is in the month the story
 * is at (the last date told by day or month); a day before the story's day is in the month after
 * ("on 25 July … on the 3rd" is 3 August). Without a story, in dated news, the month of the day of writing.
 * The first end of a range takes the month of the other ("from the 13th to the 19th of October 1950"); a
 * pair with its month ("the 28th and 29th of August") is the day-pair parser's; without one ("on the 29th and 30th amid
 * scenes of panic"), two days of the story's month.
 * Only after a preposition of time and "the", and not before a noun ("the 23rd Regiment", "the 5th anniversary").
 */
import { addDays, DAY_PARTS, dayPartValue, dayValue, startYmd, type Ymd } from '../../timex.ts';
import type { Candidate, Resolved, ResolveContext } from '../candidate.ts';
import { candidateAt, tenseAround, type Parser, type PassageScope } from '../scope.ts';
import { allMatches, hasDigit } from '../wordFilter.ts';

/** "on the 23rd": the preposition, "the", the ordinal, and what may follow it (punctuation, a conjunction, a preposition). */
const ORDINAL_DAY = /\b(?:on|by|until|till|from|since|before|after|for)\s+(the\s+(\d{1,2})(?:st|nd|rd|th))\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|when|as|at|in|with|to|for|it|he|she|they|we|the|his|her|its|their)\b)(?!\s*(?:and|or|&)\s+\d)/gi;
/** Two days of the month told by their ordinals alone: "collapsed on the 29th and 30th amid …" (no month after them: see dayPairParser). */
const ORDINAL_PAIR = /\b(?:on|by|until|till|from|since|before|after|for)\s+(the\s+(\d{1,2})(?:st|nd|rd|th))\s+(?:and|or|&)\s+((?:the\s+)?(\d{1,2})(?:st|nd|rd|th))\b(?![-'’])(?!\s+(?:of\s+)?(?:[A-Za-z]+\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))/gi;
/** A part of a day told by its ordinal: "the afternoon of the 23rd", "Late in the morning of the 19th", "early on the night of the 4th". */
const PART_OF_ORDINAL = /\b(?:(?:early|late)\s+(?:in|on)\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(morning|afternoon|evening|night)\s+of\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?![-'’]|\s+(?:of\s+)?\d)/gi;
/** A word of golf, in the words before an ordinal: "holes", "birdie", "bogeyed", "the green". */
const GOLF_BEFORE = /\b(?:holes?|birdie[ds]?|birdies|bogey(?:s|ed)?|eagled?|par-[345]|fairways?|greens?|tee\s+shot|putts?)\b[^.;!?]*$/i;
/** After the ordinal: the other end of a range, with its month ("from the 13th to the 19th of October 1950"). */
const PARTNER_AFTER = /^\s*(?:to|until|till|through|and|or|[-–])\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]/;

function dayOfStory(ctx: ResolveContext, day: number, text: string, partnerAfter: boolean, ahead: () => boolean): Resolved | null {
	// "from the 13th to the 19th of October 1950": the month of the range's other end.
	const partner = partnerAfter ? ctx.nextInSentence(ctx.candidates[ctx.index].end, 12) : null;
	const narrative = partner && partner.resolved.time.granularity === 'day' ? partner : ctx.narrativeBefore();
	const told = narrative?.resolved.time;
	let from: Ymd | null = null;
	let after = 0;
	let source = '';
	let referenceFree = false;
	// "talks to resume on Jan. 4 … ready to talk about anything on the 4th": where the story is at no day (a month, or none),
	// a day of that number told before by its month, not before the story's time, is the one meant. (A story going day by
	// day goes on in its month: "on 25 March … on the 29th and 30th".)
	const atDay = told && ['day', 'hour', 'minute'].includes(told.granularity);
	const named = narrative === partner || atDay ? null : dayToldBefore(ctx, day, told ? startYmd(told) : ctx.reference);
	if (named) {
		return {
			time: named.resolved.time,
			stated: ['day'],
			inferred: ['year', 'month'],
			derivation: [`“${text}” is the day “${named.candidate.text}” told before it (${named.resolved.time.value})`],
			confidence: 0.7,
			referenceFree: named.resolved.referenceFree
		};
	}
	if (narrative === partner && told) {
		from = startYmd(told);
		source = `the month of “${narrative.candidate.text}” after it (${told.value})`;
		referenceFree = narrative.resolved.referenceFree;
	} else if (narrative && told && ['day', 'hour', 'minute', 'month'].includes(told.granularity)) {
		from = startYmd(told);
		after = told.granularity === 'month' ? 0 : from.day;
		source = `the month the story is at (“${narrative.candidate.text}” → ${told.value})`;
		referenceFree = narrative.resolved.referenceFree;
	} else if (ctx.reference && ctx.documentDated && !ctx.historical) {
		from = ctx.reference;
		// "The meeting is set for the 15th", told on the 29th, is next month's.
		after = ahead() ? from.day : 0;
		source = `the month of the reference date${after ? ', or the next, the clause looking ahead' : ''}`;
	}
	if (!from) return null;
	// A day before the story's day is in the month after it, unless it lies nearer before than after ("Port Hudson fell on 9 July
	// … the news reached Washington on the 7th": two days back, not twenty-nine on) and its clause does not look ahead ("We
	// will have maps on the governor's desk by the 15th", said on the 29th).
	let month = { year: from.year, month: from.month };
	if (day < after && (after - day > 14 || ahead())) {
		const next = addDays({ ...month, day: 28 }, 7);
		month = { year: next.year, month: next.month };
	}
	const time = dayValue({ ...month, day });
	// No such day in that month ("the 31st" of June).
	if (startYmd(time).month !== month.month) return null;
	return {
		time,
		stated: ['day'],
		inferred: ['year', 'month'],
		derivation: [`“${text}” is a day of ${source} → ${time.value}`],
		confidence: 0.7,
		referenceFree
	};
}

/** How far back a day of the same number is looked for, in candidates. */
const DAY_TOLD_BEFORE_REACH = 40;

/** The nearest day told before the current candidate with its month, numbered `day`, not before `notBefore`. */
function dayToldBefore(ctx: ResolveContext, day: number, notBefore: Ymd | null): { resolved: Resolved; candidate: Candidate } | null {
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - DAY_TOLD_BEFORE_REACH); k--) {
		const candidate = ctx.candidates[k];
		if (candidate.parser === 'ordinalDay') continue;
		const resolved = ctx.resolveAt(k);
		if (!resolved || resolved.time.granularity !== 'day' || !resolved.stated.includes('day') || !resolved.stated.includes('month')) continue;
		const ymd = startYmd(resolved.time);
		if (ymd.day !== day) continue;
		if (notBefore && (ymd.year < notBefore.year || (ymd.year === notBefore.year && ymd.month < notBefore.month))) return null;
		return { resolved, candidate };
	}
	return null;
}

function ordinalDay(scope: PassageScope, start: number, end: number, day: number): Candidate {
	const text = scope.text.slice(start, end);
	const partnerAfter = PARTNER_AFTER.test(scope.text.slice(end, end + 40));
	const ahead = () => tenseAround(scope.text, start, end) === 'future' || /\b(?:set|scheduled|due)\s+for\s+$/i.test(scope.text.slice(Math.max(0, start - 20), start));
	return candidateAt(scope, start, end, { parser: 'ordinalDay', type: 'DATE', priority: 1, resolve: (ctx) => dayOfStory(ctx, day, text, partnerAfter, ahead) });
}

export const ordinalDayParser: Parser = {
	name: 'ordinalDay',
	find(scope) {
		const out: Candidate[] = [];
		// Every match holds a digit (no word gate: the word scan's mask has no place to spare).
		if (!hasDigit(scope)) return out;
		for (const m of allMatches(scope.text, ORDINAL_DAY)) {
			const day = parseInt(m[2], 10);
			if (day < 1 || day > 31) continue;
			const start = m.index + m[0].length - m[1].length;
			// ("making birdies on five straight holes from the 10th and another on the 18th": a golf hole, not a day.)
			if (GOLF_BEFORE.test(scope.text.slice(Math.max(0, start - 80), start))) continue;
			out.push(ordinalDay(scope, start, start + m[1].length, day));
		}
		// ("took command on the afternoon of the 23rd": that part of the day, a time.)
		for (const m of allMatches(scope.text, PART_OF_ORDINAL)) {
			const day = parseInt(m[2], 10);
			if (day < 1 || day > 31) continue;
			const part = DAY_PARTS[m[1].toLowerCase()];
			const candidate = ordinalDay(scope, m.index, m.index + m[0].length, day);
			const resolveDay = candidate.resolve;
			candidate.type = 'TIME';
			candidate.resolve = (ctx) => {
				const r = resolveDay(ctx);
				if (!r) return null;
				const time = dayPartValue(r.time, part);
				return { ...r, time, stated: [...r.stated, 'time'], derivation: [...r.derivation, `“${m[0]}” is the ${m[1].toLowerCase()} of that day → ${time.value}`] };
			};
			out.push(candidate);
		}
		for (const m of allMatches(scope.text, ORDINAL_PAIR)) {
			const first = parseInt(m[2], 10);
			const second = parseInt(m[4], 10);
			const end = m.index + m[0].length;
			// Not before a name: "the 4th and 5th Armies".
			if (first < 1 || second > 31 || second <= first || /^\s+[A-Z]/.test(scope.text.slice(end, end + 2))) continue;
			const start = m.index + m[0].indexOf(m[1]);
			const start2 = end - m[3].length;
			out.push(ordinalDay(scope, start, start + m[1].length, first), ordinalDay(scope, start2, start2 + m[3].length, second));
		}
		return out;
	}
};
