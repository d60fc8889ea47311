/**
 * Offsets from another event: "a day before the occasion", "two weeks later", "three years
 * after the war", "the following year", "the next day". The anchor is the dated expression
 * the phrase names (the next one in the same sentence, for "before X" / "after X"), or the
 * narrative's last date (for "later", "the following year").
 */
import type { DateField, TimeValue } from '../../types.ts';
import { addDays, addMonths, DAY_PARTS, dayPartValue, dayValue, daysInMonth, decadeValue, formatYmd, isoToMillis, millisToYmd, monthValue, parseYmd, shiftBy, startYmd, timeValue, WEEKDAY_NAMES, weekdayBeside, weekdayOf, weekendValue, weekValue, yearValue, ymdToMillis, type Ymd } from '../../timex.ts';
import type { Candidate, Resolved, ResolveContext, Tense } from '../candidate.ts';
import { quotedAt, candidateAt, dayAheadBefore, dayBeside, NAME_THEN_SUBJECT, sentenceAt, TO_THE_DAY_BEFORE, clauseStartBefore, clauseWithoutDate, dayToldYearsBack, INFINITIVE_BEFORE, LENGTH_BEFORE, NEWS_STORY_REACH, tenseAround, tenseBefore, thatOpensClause, SHIFTED_BEFORE, toldRightBefore, type Parser, type PassageScope, yearFlashback } from '../scope.ts';
import { dayInPeriod } from '../dayInPeriod.ts';
import { CARDINAL_SOURCE, parseCardinal } from '../numbers.ts';
import { anyOf, matchesIn, matchesInRuns, runPattern } from '../wordFilter.ts';
import { COUNTS_BACK, periodInQuestion, quarterTime } from './quarterParser.ts';
import { durationValue, UNIT_WORDS } from './durationParser.ts';

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** After "ahead of": a pace or a plan, by which a count measures a lead ("last year's pace", "schedule", "the five-year average"). */
const PACE_AFTER = /^\s+(?:[\w'’-]+\s+){0,3}?(?:pace|schedule|average|plan|forecasts?|expectations?|target|norm)\b/i;
const OFFSET_BEFORE_AFTER = new RegExp(String.raw`\b(${CARDINAL_SOURCE})\s+(day|week|month|year|decade)s?\s+(before|after|ahead\s+of|prior\s+to|following)\b`, 'gi');
/** "that" as the time told before, after "… after" / "… before", with nothing after it to say what: "two days after that,". */
const AFTER_THAT = /^\s+that(?=\s*(?:[,.;:)!?]|$)|\s+(?:the|a|an|he|she|it|they|we|I)\b)/;
/** "on" before a noun phrase, a preposition ("years on Italian soil", "months on the throne"); not "ten years on, …", "years on from". */
export const PLACE_ON = /^on\s+(?!from\b|since\b)[\p{L}\d]/iu;
const OFFSET_LATER = new RegExp(String.raw`\b(${CARDINAL_SOURCE})(?:\s+and\s+a\s+half)?\s+(day|night|fortnight|week|month|year|decade)s?(?:\s+and\s+a\s+half)?\s+(later|earlier|afterwards?|on)\b`, 'gi');
/** "Four and a half months later", "a year and a half later": a half unit more. */
const AND_A_HALF = /\band\s+a\s+half\b/i;
const OFFSET_AGO = new RegExp(String.raw`\b(?:(?:nearly|almost|about|more\s+than|less\s+than|some|over|roughly)\s+)?(${CARDINAL_SOURCE})\s+(year|decade)s?\s+ago\b(\s+today\b|\s+this\s+(?:week|month)\b)?`, 'gi');
/** "Five minutes later", "about half an hour later", "two hours afterwards": a time of day counted from the clock time told before ("about" in the extent, as TBAQ draws it). */
const CLOCK_LATER = new RegExp(String.raw`\b(?:about\s+)?(half\s+an|(?:a|one|three)\s+quarters?\s+of\s+an|${CARDINAL_SOURCE}(?:\s+and\s+a\s+half)?)\s+(minute|hour)s?\s+(later|earlier|afterwards?)\b`, 'gi');
/** A value with a clock time: "1941-12-07T07:53". */
const CLOCK_VALUE = /T\d{2}:\d{2}$/;
/** Gates: words every match of a pattern holds one of (for {@link matchesIn}). */
const UNITS = anyOf(['day', 'week', 'month', 'year', 'decade']);
const CENTURY_WORD = anyOf(['century', 'millenni']);
/** "half a century later", "a quarter of a century earlier", "a quarter-century later", "a century earlier", "two centuries later". */
const CENTURY_PART_LATER = /\b(half\s+a|a\s+quarter(?:\s+of\s+a)?|a|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+centur(?:y|ies)\s+(later|earlier|on)\b/gi;
const BEFORE_AFTER = anyOf(['before', 'after', 'ahead', 'prior', 'following']);
const AGO = anyOf(['ago']);
const WEEKEND_WORD = anyOf(['weekend']);
const THIS_LAST_NEXT = anyOf(['this', 'last', 'next', 'coming', 'previous']);
/** The first year of the decade a year is in (1968 → 1960), and that decade (`196`). */
const decadeStart = (year: number): number => year - (((year % 10) + 10) % 10);
const decadeOf = (year: number): TimeValue => decadeValue(decadeStart(year));
/** "the new year" (not "the new year's budget", "the New Year holiday" by its capitals: those are names). */
const NEW_YEAR = /\bthe\s+new\s+year\b(?!['’]s)(?!\s+(?:holiday|celebrations?|festival|party|eve|day)\b)/g;
/** A season of play named from the day of writing ("this season"; not "the last season of the show"). */
const SEASON_FROM_REFERENCE = /\b(this|last|next)\s+season\b(?!\s+of\b)/gi;
/** "the week before that": what it counts from is the time told right before. */
const THAT_END = /\sthat$/i;
const FOLLOWING_WORDS = anyOf(['following', 'next', 'previous', 'preceding', 'same', 'before', 'after']);
/**
 * A count of a unit of time after "before" or "after" ("the end of the year after 14 years with the company"): the
 * preposition's, no "the year after".
 */
const COUNT_OF_TIME_AFTER = String.raw`\s+(?:(?:nearly|almost|about|some|over|more\s+than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|several|many)[\s-]+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|decades?|hours?)\b`;
const FOLLOWING = new RegExp(String.raw`\b(?:(?:the|that)\s+)?(following|next|previous|preceding|same)\s+(day|week|month|year|decade)\b|\bthe\s+(day|week|month|year)\s+(before|after)\b(?:\s+that(?=\s*[,.;:!?)]|\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b))?(?!\s+(?:the|a|an|his|her|their|its)\b)(?!${COUNT_OF_TIME_AFTER})`, 'gi');

/**
 * "this day": the day the story is at ("Ludendorff referred to this day as the Black Day"); in
 * dated news that has told no day, the day of writing. Not "this day of the week", nor "on this
 * day in 1945" (a date of the calendar in another year). (Gated by THIS_LAST_NEXT, which holds "this".)
 */
/** After "this year" or "this week": a count from the story to it, or a yearly return ("This year, five centuries after the fall", "This year, as every year"). */
/** Words of a sentence about the day of writing: an anniversary, "today", "still". */
const NOW_FRAME = /\b(?:anniversary|centenary|bicentenary|tercentenary|quincentenary|centennial|bicentennial|jubilee|today|nowadays|still)\b/i;
/** A verb in the present in a sentence: "takes", "is", "are", "has", "remains" (not after "which", a look at the thing). */
const PRESENT_VERB = /\b(?:is|are|has|have|remains|takes|accounts|marks|holds|celebrates|commemorates|aims|continues|seeks|intends|expects)\b/i;
const ANNIVERSARY_FRAME_AFTER = /^,\s+(?:(?:[\w-]+\s+){1,3}(?:after|since)\b|as\s+(?:every|each)\s+(?:year|week)\b)/i;
/** "twenty years from now", "a week from now". */
const FROM_NOW = new RegExp(String.raw`\b(${CARDINAL_SOURCE})\s+(day|week|month|year|decade)s?\s+from\s+now\b`, 'gi');
/** How far back (in characters) a week told lends itself to a bare "that week". */
const WEEK_TOLD_REACH = 400;

/** The last week told close before candidate `ctx.index` (see WEEK_TOLD_REACH), with its resolution. */
function weekToldBefore(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	const self = ctx.candidates[ctx.index];
	for (let k = ctx.index - 1; k >= 0 && self.start - ctx.candidates[k].end <= WEEK_TOLD_REACH; k--) {
		const resolved = ctx.resolveAt(k);
		if (resolved?.time.granularity === 'week') return { resolved, candidate: ctx.candidates[k] };
	}
	return null;
}

/** How many candidates back a day of the story near the day of writing is looked for. */
const NEAR_WRITING_REACH = 20;
/** The last day told before the current candidate, in news, within a week of the day of writing; else null. */
function dayNearWriting(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	const ref = ymdToMillis(ctx.reference!);
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - NEAR_WRITING_REACH); k--) {
		const candidate = ctx.candidates[k];
		if (candidate.background || candidate.type === 'DURATION' || candidate.type === 'SET') continue;
		const resolved = ctx.resolveAt(k);
		if (!resolved || !BY_DAY.has(resolved.time.granularity)) continue;
		const at = ymdToMillis(startYmd(resolved.time));
		if (Math.abs(at - ref) <= 7 * 86_400_000) return { resolved, candidate };
	}
	return null;
}
/** "later that day", "earlier that week", "that same day", "earlier in the day" (not "that day's", "that day-care", "that day of the year"). */
const THAT_DAY = /\b(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(day|week)\b(?![-'’]|\s+(?:of|in|before|after|when)\b)|\b(?:later|earlier)\s+in\s+the\s+(day)\b(?![-'’])/gi;
/** A noun after "that day" that makes "day" the first word of a compound: "that day care", "so that day traders can". */
const DAY_COMPOUND_AFTER = /^\s+(?:care|trips?|trippers?|jobs?|workers?|traders?|trading|labou?r(?:ers?)?|pass(?:es)?|rates?|schools?|centres?|centers?|shifts?|nurser(?:y|ies)|patients?|release|return)\b/i;
const THIS_DAY = /\bthis\s+day\b(?!\s+(?:of|in)\b)/gi;
/** "On this day in 1986", "this date in 1944": the month and day of the day of writing (of the story's day, in a history) in that year. */
const THIS_DAY_IN_YEAR = /\bthis\s+(?:very\s+)?(?:day|date)\s+in\s+(1\d{3}|20\d{2})\b/gi;

/** Shift an anchor time by an offset, keeping what can be kept of its granularity. */
function shifted(anchor: TimeValue, amount: number, unit: Unit): TimeValue {
	return shiftBy(anchor, amount, unit);
}

/**
 * The end of a range counted forward from ("the First Punic War (264 BC - 241 BC) … a few years later": from 241 BC),
 * its start counted back from; a single time as it is.
 */
function rangeEdge(anchor: TimeValue, amount: number): TimeValue {
	if (!anchor.value.includes('/')) return anchor;
	const edge = amount > 0 ? millisToYmd(isoToMillis(anchor.end) - 1) : startYmd(anchor);
	switch (anchor.granularity) {
		case 'day':
			return dayValue(edge);
		case 'month':
			return monthValue(edge.year, edge.month);
		case 'year':
			return yearValue(edge.year);
		default:
			return anchor;
	}
}

/** "a week ago", "two weeks ago": the day so many weeks before the reference date; null for any other text. */
function weeksAgoDay(text: string, reference: Ymd): TimeValue | null {
	const m = /^(?:about\s+|nearly\s+|just\s+over\s+)?(a|one|two|three|four|\d+)\s+weeks?\s+ago$/i.exec(text);
	const n = m ? (/^(?:a|one)$/i.test(m[1]) ? 1 : parseCardinal(m[1])) : null;
	return n ? dayValue(addDays(reference, -7 * n)) : null;
}

/**
 * "twenty years earlier", "fifteen months later", "four days later": counted in a unit, the result
 * is known to that unit (a year, a month, a day), as a reader and TimeML take it. "A year earlier"
 * compares like with like and keeps the anchor's granularity, as does a quarter or a half counted
 * in years. A count in days or weeks needs a day to count from.
 */
function counted(range: TimeValue, amount: number, unit: Unit): TimeValue | null {
	const anchor = rangeEdge(range, amount);
	const s = startYmd(anchor);
	// "Four and a half months later" (from 3 July: 18 November), "two and a half years later" (from May 1921: November 1923).
	if (!Number.isInteger(amount)) {
		if (unit !== 'month' && unit !== 'year') return null;
		if (anchor.granularity !== 'day' && anchor.granularity !== 'month') return unit === 'year' && anchor.granularity === 'year' ? yearValue(s.year + Math.trunc(amount)) : null;
		const whole = Math.trunc(amount);
		const m = addMonths({ year: s.year, month: s.month, day: Math.min(s.day, 28) }, unit === 'year' ? whole * 12 + Math.sign(amount) * 6 : whole);
		const d = unit === 'month' ? addDays(m, Math.sign(amount) * 15) : m;
		return unit === 'year' ? yearValue(d.year) : monthValue(d.year, d.month);
	}
	switch (unit) {
		case 'year':
			// "a year earlier" compares like with like (the same day or quarter a year before); "twenty years earlier" is a year.
			return Math.abs(amount) === 1 || ['quarter', 'half'].includes(anchor.granularity) ? shiftBy(anchor, amount, 'year') : yearValue(s.year + amount);
		case 'decade':
			return yearValue(s.year + 10 * amount);
		case 'month': {
			if (anchor.granularity === 'year' || anchor.granularity === 'decade' || anchor.granularity === 'century') return null;
			const m = addMonths({ year: s.year, month: s.month, day: 1 }, amount);
			return monthValue(m.year, m.month);
		}
		default:
			return anchor.granularity === 'day' || anchor.granularity === 'hour' || anchor.granularity === 'minute' ? dayValue(addDays(s, amount * (unit === 'week' ? 7 : 1))) : null;
	}
}

/** The day of writing as a day, where `period` (coarser than a day) holds it; else null. */
function dayOfWritingIn(ctx: ResolveContext, period: TimeValue): TimeValue | null {
	if (!ctx.reference || !['month', 'quarter', 'half', 'season', 'year'].includes(period.granularity) || period.value.includes('/')) return null;
	const at = ymdToMillis(ctx.reference);
	return at >= isoToMillis(period.start) && at < isoToMillis(period.end) ? dayValue(ctx.reference) : null;
}

/**
 * In a history, a day counted from a story at a month, a season or a year ("the siege of Alesia from about September 52 BC
 * … two days later", "The next day", "the same day"): a day of that period the text does not name, which TimeML writes
 * with the day unknown ("BC0052-XX-XX", "1776-08-XX"), placed as the period.
 */
function storyDayUnknown(ctx: ResolveContext, unit: Unit, anchor: TimeValue): TimeValue | null {
	if (!ctx.historical || unit !== 'day' || !['month', 'season', 'year'].includes(anchor.granularity) || anchor.value.includes('/')) return null;
	const s = startYmd(anchor);
	const value = anchor.granularity === 'month' ? `${monthValue(s.year, s.month).value}-XX` : `${yearValue(s.year).value}-XX-XX`;
	return timeValue(value, isoToMillis(anchor.start), isoToMillis(anchor.end), anchor.granularity);
}

/** "the following year" is a whole year, "the next day" a whole day: the unit sets the granularity. */
function relativeUnit(range: TimeValue, amount: number, unit: Unit): TimeValue | null {
	const anchor = rangeEdge(range, amount);
	// ("They arrived around midnight. … The battle of Gravelines was fought the next day": midnight, T24:00, ends the day it is
	// written with; the day after is counted from that one, not from the day whose first instant it is. "The era name was changed
	// that same day", after "just after midnight", is the day that midnight begins.)
	const s = amount > 0 && /T24:00$/.test(anchor.value) ? parseYmd(anchor.value.slice(0, 10)) ?? startYmd(anchor) : startYmd(anchor);
	switch (unit) {
		case 'year':
			return yearValue(s.year + amount);
		case 'month': {
			const t = shiftBy(monthValue(s.year, s.month), amount, 'month');
			return anchor.granularity === 'year' ? null : t;
		}
		case 'day':
			return ['day', 'hour', 'minute'].includes(anchor.granularity) ? shiftBy(dayValue(s), amount, unit) : null;
		case 'week':
			// "the following week", "that week": the ISO week, as TimeML writes it.
			return ['day', 'hour', 'minute', 'week'].includes(anchor.granularity) ? weekValue(addDays(s, 7 * amount)) : null;
		case 'decade':
			// "In 1962 … the following decade": the 1970s. (Decades before the common era count down; left unplaced.)
			return s.year >= 1 ? decadeValue(Math.floor(s.year / 10) * 10 + 10 * amount) : null;
		default:
			return null;
	}
}

/**
 * What "a year ago" or "last year" in a report on a quarter counts back from: the quarter the
 * report is about (not "the year-ago quarter" told just before), when the last date told is a quarter or half.
 */
function periodAnchor(ctx: ResolveContext, looksAhead: () => boolean): { resolved: Resolved; candidate: Candidate } | 'year' | null {
	// A period compared with ("… from $12.4 billion a year earlier") counts, aside or not.
	const anchor = ctx.narrativeBefore(false, true);
	if (!anchor || !['quarter', 'half'].includes(anchor.resolved.time.granularity)) return null;
	// After "the nine months", a year-ago quarter told before is no period to count from: the year is meant.
	return periodInQuestion(ctx, looksAhead) ?? (COUNTS_BACK.test(anchor.candidate.text) ? 'year' : anchor);
}
/** A relative clause opened after a comma, up to the count: ", whose account of the siege was published "; or a clause of
 * what came of a thing, opened by a participle after a comma: ", opening the way for the proclamation of the Kingdom of Italy ",
 * ", paving the way for ". */
const ASIDE_CLAUSE_BEFORE = /,\s+(?:(?:who|whose|which)\s|(?:opening|paving|clearing|leading|setting|laying)\s+the\s+(?:way|stage|ground|groundwork|scene)\b)[^,;:.!?()]*$/i;

/** Before a day: what says it ends a quarter ("the three months to", "its fiscal third quarter, which ended", "the period ended"). */
const QUARTER_ENDED_BEFORE = /\b(?:(?:three|3)[\s-]+months|quarter|period)(?:,?\s+(?:which|that))?\s+(?:to|ended|ending|through)\s+$/i;

/**
 * The calendar quarter a day ends, where the text says the day ends a quarter ("in the three months to Sept. 30": 2023-Q3), so that
 * "a year earlier" is that quarter a year back, as TimeML writes it; else null.
 */
function quarterEnded(scope: PassageScope, anchor: { resolved: Resolved; candidate: Candidate }): TimeValue | null {
	const t = anchor.resolved.time;
	if (t.granularity !== 'day' || anchor.candidate.passageId !== scope.passage.id) return null;
	const { year, month, day } = startYmd(t);
	if (month % 3 !== 0 || day !== daysInMonth(year, month)) return null;
	const local = anchor.candidate.start - scope.passage.start;
	return QUARTER_ENDED_BEFORE.test(scope.text.slice(Math.max(0, local - 40), local)) ? quarterTime(year, month / 3, false) : null;
}

/** A time counted from the reference date (the day of writing), with the derivation that says so. */
function countedFromReference(reference: Ymd, referenceLabel: string, text: string, time: TimeValue, inferred: DateField[], confidence: number): Resolved {
	return { time, stated: [], inferred, derivation: [`“${text}” counted from the reference date ${formatYmd(reference)} (${referenceLabel}) → ${time.value}`], confidence, referenceFree: false };
}

/** "a year earlier" counted from the reference date's year (no period in question to count from). */
function yearFromReference(ctx: ResolveContext, amount: number, text: string): Resolved | null {
	if (!ctx.reference) return null;
	return countedFromReference(ctx.reference, ctx.referenceLabel, text, yearValue(ctx.reference.year + amount), ['year'], 0.6);
}

/**
 * A vague offset's placement: "a few" taken as about three, said so, with less confidence. With `days`, in a history, a count
 * of days from a day is written as the month it falls in, as the annotators of histories write it ("arriving at the
 * beginning of August, and a few days afterward crossed the Continental Divide": 1843-08), not as FUTURE_REF.
 */
function approximately(resolve: (ctx: ResolveContext) => Resolved | null, value: string, days = false): (ctx: ResolveContext) => Resolved | null {
	return (ctx) => {
		const r = resolve(ctx);
		if (!r) return null;
		if (days && ctx.historical && r.time.granularity === 'day') {
			const s = startYmd(r.time);
			const time = monthValue(s.year, s.month);
			return { ...r, time, vagueInMonth: true, derivation: [...r.derivation, `“a few” or “several” days is taken as about three, in the month they reach → ${time.value}`], confidence: Math.min(r.confidence, 0.4) };
		}
		return { ...r, derivation: [...r.derivation, `“a few” or “several” is taken as about three; TimeML writes it ${value}`], confidence: Math.min(r.confidence, 0.4) };
	};
}

function fromAnchor(anchor: { resolved: Resolved; candidate: Candidate } | null, time: TimeValue | null, text: string, how: string): Resolved | null {
	if (!anchor || !time) return null;
	return {
		time,
		stated: [],
		inferred: ['year', 'month', 'day'],
		derivation: [...anchor.resolved.derivation, `“${text}” ${how} “${anchor.candidate.text}” (${anchor.resolved.time.value}) → ${time.value}`],
		confidence: Math.max(0.3, anchor.resolved.confidence - 0.1),
		referenceFree: anchor.resolved.referenceFree
	};
}

/**
 * The day of writing's year, where a year told before (a date the text resolves on its own) lies `years` before it: what a count
 * that would reach past the day of writing from the last date told counts from. Null where none does.
 */
function yearCountedToNow(ctx: ResolveContext, years: number, text: string): Resolved | null {
	const now = ctx.reference!.year;
	for (let k = 0; k < ctx.index; k++) {
		const r = ctx.resolveAt(k);
		if (!r || !r.referenceFree || r.time.value.includes('/') || !/^\d{4}/.test(r.time.value) || startYmd(r.time).year + years !== now) continue;
		const time = yearValue(now);
		return { time, stated: [], inferred: ['year'], derivation: [`“${text}” would reach past the day of writing from the last date told; it counts from “${ctx.candidates[k].text}” (${r.time.value}), told before, to the day of writing → ${time.value}`], confidence: 0.6, referenceFree: false };
	}
	return null;
}

/** How far back (characters) {@link lastDayTold} looks. */
const LAST_DAY_REACH = 800;

/** The last day (or time of a day) told before the candidate, within {@link LAST_DAY_REACH}, not an aside nor a look back; else null. */
function lastDayTold(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	const self = ctx.candidates[ctx.index];
	for (let k = ctx.index - 1; k >= 0; k--) {
		const cand = ctx.candidates[k];
		if (self.start - cand.start > LAST_DAY_REACH) break;
		if (cand.background || cand.pastPerfect || cand.attributive) continue;
		const r = ctx.resolveAt(k);
		if (r && ['day', 'hour', 'minute'].includes(r.time.granularity) && !r.time.value.includes('/')) return { resolved: r, candidate: cand };
	}
	return null;
}

/** A comparison before "last year" ("compared with …", "up from …", "than …"): the same period a year back is meant. */
const COMPARISON_BEFORE = /\b(?:compared\s+(?:with|to)|from|than|versus|vs\.?)\b/i;
/**
 * "last week", "next year", "this month": counted from the day of writing, not from the narrative.
 * Not "the last week of June" or "last week in June" (a part of a named time); "a verdict this
 * week in favor of …", "indicted last year in the shooting" are still the day of writing's.
 */
const FROM_REFERENCE = /(?<!\bthe\s)\b(?:(?:earlier|later|early|late)\s+)?(this|last|next|coming|previous)\s+(?:(?:fiscal|financial)\s+(?=year))?(week|month|year|decade)\b(?!\s+(?:of\b|in\s+(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\d{4}|spring|summer|autumn|fall|winter)))/gi;

/** "the weekend", "last weekend", "next weekend": TimeML's YYYY-Www-WE, the Saturday and Sunday of an ISO week. */
/** "by year-end", "since year end": the last day of the year (not "year-end results", an adjective). */
const YEAR_END = /\b(?:around\s+)?year[- ]end\b(?![- ]?\w)(?!\s+[a-z])/gi;
const YEAR_END_WORDS = anyOf(['end']);
/** "the previous Friday", "the following Monday": a weekday counted from the day the story is at. */
const WEEKDAY_FROM_STORY = /\bthe\s+(previous|preceding|following|next)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
const WEEKDAY_WORDS = anyOf(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
/** The last time told before the candidate, if it is a day or a time of one. */
function dayToldBefore(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	const told = ctx.narrativeBefore();
	return told && BY_DAY.has(told.resolved.time.granularity) ? told : null;
}

/** A day of the weekend a story told on `day` is about: that weekend's from Friday to Sunday, else the Sunday before. */
function lastWeekendDay(day: Ymd): Ymd {
	const dow = weekdayOf(day);
	return dow >= 1 && dow <= 4 ? addDays(day, -dow) : day;
}
/** After "the same weekend": "last year", "a year ago", "a year earlier". */
const YEAR_BACK_AFTER = /^\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before))\b/i;
const WEEKEND = /\b(?:(?:over|during|on|at)\s+)?(the|this|last|next|coming|that|the\s+same|the\s+following|the\s+previous|the\s+preceding)\s+(?:(long|holiday|bank\s+holiday|three-day)\s+)?weekend\b/gi;

/**
 * "the following weekend": the first weekend after the day the story is at (the next week's, when that day is itself in a
 * weekend); "the previous weekend": the last one before it; "that weekend" (`ahead` null): the one of that day's week.
 */
function weekendFrom(day: Ymd, ahead: boolean | null): TimeValue {
	const weekday = weekdayOf(day);
	const inWeekend = weekday === 6 || weekday === 0;
	const monday = addDays(day, -((weekday + 6) % 7));
	return weekendValue(addDays(monday, ahead === null ? 5 : ahead ? (inWeekend ? 12 : 5) : -2));
}

/** A pronoun and its verb in the past right before "this weekend": "the people we met this weekend". */
const PRONOUN_PAST_BEFORE = /\b(?:we|I|you|they|he|she)\s+(?:met|saw|had|did|went|came|got|made|heard|[a-z]{3,}ed)\s+$/i;
/** An infinitive's verb right before "this weekend": "to keep this weekend open", "plans to visit this weekend". */
const TO_VERB_BEFORE = /\bto\s+[a-z]+\s+$/i;
/** "would" or "will" right after it: "said this weekend would be her first test". */
const WOULD_AFTER = /^\s+(?:would|will|could|should|is\s+(?:likely|expected|set|due)\s+to)\b/i;
/** A call for, or a plan of, what is to come before it in its clause: "have called for protests in the capital this weekend". */
const CALLED_FOR_BEFORE = /\b(?:called|calling|calls|call)\s+for\s+[^.;,]*$/i;

function weekend(ref: Ymd, word: string, tense: Tense): TimeValue {
	const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7));
	// The weekend just past, unless the phrase or its clause looks ahead; "this weekend" told on a weekday in no past tense
	// ("Passengers also face disruption this weekend", on a Friday; "This weekend is likely to be unsettled", on a Tuesday) is
	// the one to come.
	const late = weekdayOf(ref) >= 1 && weekdayOf(ref) <= 5;
	const forward = /next|coming/i.test(word) || (tense === 'future' && !/last/i.test(word)) || (/this/i.test(word) && tense === 'none' && late);
	// (On a Saturday or a Sunday, the weekend just past is the one under way, but "last weekend" is the one before.)
	const weekendNow = weekdayOf(ref) === 6 || weekdayOf(ref) === 0;
	return weekendValue(addDays(monday, forward || (weekendNow && !/^last$/i.test(word)) ? 5 : -2));
}

/** "this week", "next month", "last year", "the coming decade": the unit of the day of writing, or the one before or after. */
function fromReference(ref: Ymd, word: string, unit: string): TimeValue {
	const step = /last|previous/i.test(word) ? -1 : /next|coming/i.test(word) ? 1 : 0;
	// A decade named so is the decade ("next decade": the 2030s), not a year ten on.
	return unit === 'decade' ? decadeValue(Math.floor(ref.year / 10) * 10 + 10 * step) : countedOn(ref, step, unit as Unit);
}

/** `amount` units on from the day of writing ("twenty years from now"), known to the unit. */
function countedOn(ref: Ymd, amount: number, unit: Unit): TimeValue {
	switch (unit) {
		case 'day':
			return dayValue(addDays(ref, amount));
		case 'week':
			return weekValue(addDays(ref, 7 * amount));
		case 'month': {
			const m = addMonths(ref, amount);
			return monthValue(m.year, m.month);
		}
		case 'decade':
			return yearValue(ref.year + 10 * amount);
		default:
			return yearValue(ref.year + amount);
	}
}

/**
 * "the end of the year", "year's end", "month's end", "later that month", "earlier that year", "that year", "that month",
 * "later in the year", "earlier in the week", "the latter part of the year", "for the year", "the full year", "the
 * current fiscal year": a month or year of the story. In dated news they are the year of writing;
 * "that" always points back into the story. "the year ended Sept. 30" is a length of time, not
 * this year; "the year of the dragon", "the year before" are other years ("earnings for the full year of $4.35 to $4.50" is
 * this year); "the arrival of the year 2000." names its year. "full-year" ("raises full-year outlook") is the year too, not in
 * "full-year spending bills", a kind of bill.
 */
const NOT_THIS_YEAR_AFTER = String.raw`(?!\s+(?:of(?!\s+[$€£¥])|in\s+which|that|when|(?:before|after)(?!${COUNT_OF_TIME_AFTER})|later|earlier|ago|ended|ending|to\s+come)\b|\s+(?:1\d{3}|20\d{2})\b)`;
const UNIT_OF_STORY = new RegExp(String.raw`\b(?:(?:(?:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|rest|(?:latter|first|early|later|last)\s+part)\s+of|(?:later|earlier|early|late)\s+in)\s+the\s+(?:(?:full|current|current\s+fiscal|current\s+financial|fiscal|financial|calendar)\s+)?(year|month|decade|week)|(?:(?:(?:for|of)\s+the|the\s+(?:full|current|current\s+fiscal|current\s+financial))\s+|full-(?=year\s+(?!(?:spending|funding|appropriations?|budgets?|continuing)\b)))(year))(?![-'’])\b${NOT_THIS_YEAR_AFTER}|(year|month)['’]s\s+end\b|(?:(?:later|earlier)\s+(?:that|the\s+same)|(?:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|rest)\s+of\s+)?that(?=\s+(?:year|month)\b(?!-|['’](?!s\b))))\s+(year|month)\b)`, 'gi');

// Runs: every match of these is letters and spaces (with a count, also digits and hyphens; with UNIT_OF_STORY,
// apostrophes) and holds a word of its key (a unit, "ago"), so each is scanned only in the runs of those characters
// that hold one (see runPattern).
const OFFSET_BEFORE_AFTER_RUNS = runPattern(OFFSET_BEFORE_AFTER, UNITS, String.raw`A-Za-z0-9\s-`);
const OFFSET_LATER_RUNS = runPattern(OFFSET_LATER, UNIT_WORDS, String.raw`A-Za-z0-9\s-`);
const OFFSET_AGO_RUNS = runPattern(OFFSET_AGO, AGO, String.raw`A-Za-z0-9\s-`);
const FROM_REFERENCE_RUNS = runPattern(FROM_REFERENCE, UNITS, String.raw`A-Za-z\s`);
/** A part of a week still ahead on its last day: "later in the week", "the middle of the week", "the end of the week". */
const WEEK_AHEAD = /^(?:later\s+in|the\s+(?:very\s+)?(?:end|middle|close|rest|latter\s+part)\s+of)\b/i;
/** "the last day of the year", "the first day of the month" (not "of the year's …", "of the year 1883"). */
const EDGE_DAY_OF = /\bthe\s+(last|final|first)\s+day\s+of\s+the\s+(year|month)\b(?![-'’]|\s+\d)/gi;
const UNIT_OF_STORY_RUNS = runPattern(UNIT_OF_STORY, UNITS, String.raw`A-Za-z\s'’-`);
/** A date ending right before a comma or a dash: "28 July, ", "2 October 1950—". */
const DATE_BESIDE = /(?:\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*[—–,-]\s*$/;
const FOLLOWING_RUNS = runPattern(FOLLOWING, UNITS, String.raw`A-Za-z\s`);
/** (For a test.) */
export const OFFSET_RUNS = [OFFSET_BEFORE_AFTER_RUNS, OFFSET_LATER_RUNS, OFFSET_AGO_RUNS, FROM_REFERENCE_RUNS, UNIT_OF_STORY_RUNS, FOLLOWING_RUNS];

/**
 * "a few years ago", "several months later": TimeML writes a vague offset as PAST_REF or
 * FUTURE_REF; the timeline still places it, about three units off, marked as inferred.
 */
function vagueValue(count: string, back: boolean): string | undefined {
	return /few|several/i.test(count) ? (back ? 'PAST_REF' : 'FUTURE_REF') : undefined;
}

/** Words that may come between a clause's start and its offset ("Just over a year earlier, …", "In the previous year, …"). */
const OFFSET_LEAD = /(?:\b(?:in|during|by|over|throughout|just|only|some|about|almost|nearly|roughly|barely|exactly|more\s+than|less\s+than)\s+)*$/i;
/** The end of what may come before a clause's first word: a stop, a colon, a bracket, a dash, "and", "but". */
const CLAUSE_EDGE = /(?:[.!?;:(—–]|\b(?:and|but|so|then))\s*["“]?\s*$/i;

/** A word that joins clauses: "and", "but", "then", "while". */
const CLAUSE_JOINT = /\b(?:and|but|then|while|before|after|until|when)\b/i;

/** Does the phrase at `index` open its clause ("A year earlier, …", "… ; two days earlier the fleet had sailed")? */
export function opensClause(text: string, index: number): boolean {
	const from = Math.max(0, index - 60);
	const before = text.slice(from, index);
	const rest = before.slice(0, OFFSET_LEAD.exec(before)?.index ?? before.length);
	return (from === 0 && rest.trim() === '') || CLAUSE_EDGE.test(rest);
}

/**
 * "At 7:53 a.m. … Five minutes later": the clock time told last, that many minutes on (or back). Null when the story's
 * last time has no clock time (a day alone says nothing of the minute).
 */
function clockCounted(ctx: ResolveContext, scope: PassageScope, minutes: number, text: string): Resolved | null {
	// "About six and a half hours later, at 10:56 p.m. EDT, …", "Four hours later, at about 2 a.m. on 12 October": the clock
	// time set after it says when (set beside it, not in a clause of its own: "six minutes later, and by 1 a.m. the fire had").
	const self = ctx.candidates[ctx.index];
	const restated = ctx.nextInSentence(self.end, 12);
	const between = restated ? scope.text.slice(self.end - scope.passage.start, restated.candidate.start - scope.passage.start) : '';
	if (restated && CLOCK_VALUE.test(restated.resolved.time.value) && !CLAUSE_JOINT.test(between)) {
		const r = restated.resolved;
		return { ...r, derivation: [...r.derivation, `“${text}”, set before “${restated.candidate.text}”, says how far that time is from the one before → ${r.time.value}`] };
	}
	let anchor = ctx.narrativeBefore();
	// ("At 7:53 a.m. on December 7, 1941": the clock time right before the day it is on.)
	if (anchor && !CLOCK_VALUE.test(anchor.resolved.time.value)) {
		// (Past another clock's gloss of it: "until 8 p.m. (1700 GMT) on Sunday" counts from 8 p.m.)
		let k = ctx.candidates.indexOf(anchor.candidate) - 1;
		if (k > 0 && ctx.candidates[k].gloss) k--;
		const clock = k >= 0 && ctx.candidates[k].sentence.start === anchor.candidate.sentence.start ? ctx.resolveAt(k) : null;
		anchor = clock && clock.time.value.startsWith(`${anchor.resolved.time.value}T`) ? { resolved: clock, candidate: ctx.candidates[k] } : null;
	}
	const t = anchor?.resolved.time;
	if (!anchor || !t || !CLOCK_VALUE.test(t.value)) return null;
	const at = isoToMillis(t.start) + minutes * 60_000;
	const d = new Date(at);
	const value = `${dayValue(millisToYmd(at)).value}T${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
	return fromAnchor(anchor, timeValue(value, at, at + 3_600_000, 'hour'), text, 'counts from the clock time told before,');
}

/** A comma right before a count set in apposition to the date before it. */
const APPOSED = /[^\s,],\s$/;

/** The day told right before `text` (the candidate before it, ending just before its comma), restated by it; null if none. */
function dateRestated(ctx: ResolveContext, text: string, unit: Unit): Resolved | null {
	const told = toldRightBefore(ctx);
	// A day; or a year or month counted in its own unit ("in 1870, fourteen years later").
	const g = told?.resolved.time.granularity;
	if (!told || !(g === 'day' || (g === 'year' && unit === 'year') || (g === 'month' && unit === 'month'))) return null;
	// At the count's granularity, as a date set after a count is ("on 7 April 1803, ten months later": 1803-04).
	const r = told.resolved;
	const s = startYmd(r.time);
	const time = unit === 'year' || unit === 'decade' ? yearValue(s.year) : unit === 'month' ? monthValue(s.year, s.month) : r.time;
	return { ...r, time, derivation: [...r.derivation, `“${text}”, set after “${told.candidate.text}”, says how far that date is from the story before it → ${time.value}`] };
}

/** Granularities that name a month. */
const BY_MONTH: ReadonlySet<string> = new Set(['day', 'month', 'hour', 'minute']);

/** Granularities that name a day. */
const BY_DAY: ReadonlySet<string> = new Set(['day', 'hour', 'minute']);

/** The month or day told last, within a few candidates before `ctx.index` (not an aside, not one nested in it). */
function monthBefore(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	return toldBefore(ctx, BY_MONTH);
}

/** The day told last, within a few candidates before `ctx.index` (not an aside, not one nested in it). */
function dayBefore(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	return toldBefore(ctx, BY_DAY);
}

/** The time told last at one of `granularities`, within a few candidates before `ctx.index` (not an aside, not nested in it). */
function toldBefore(ctx: ResolveContext, granularities: ReadonlySet<string>): { resolved: Resolved; candidate: Candidate } | null {
	const self = ctx.candidates[ctx.index];
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 8); k--) {
		const candidate = ctx.candidates[k];
		if (candidate.end > self.start || candidate.background || (candidate.type !== 'DATE' && candidate.type !== 'TIME')) continue;
		const resolved = ctx.resolveAt(k);
		if (resolved && granularities.has(resolved.time.granularity) && !resolved.time.value.includes('/')) return { resolved, candidate };
	}
	return null;
}

/** What may stand between a count and the date that restates it: "A month later, on 3 November", "Two years later, in 1843". */
const RESTATING = /^,?\s+(?:on|in)\s+$/i;
const RESTATING_AHEAD = /^,?\s+(?:on|in)\s/i;

/**
 * "A month later, on 3 November": the date set right after the count says which day (or month, or year) it reaches,
 * whatever the story's last date was; at the count's own granularity ("Two years later, in October 1407" is 1407).
 * Null when no such date follows, or when it does not state the field the count reaches ("two days later, in July";
 * "two years later, in October", whose year is the story's).
 */
function restatedAfter(ctx: ResolveContext, scope: PassageScope, unit: Unit, text: string): Resolved | null {
	const self = ctx.candidates[ctx.index];
	// (Asked before the date is resolved: resolved now, while the count waits on it, it could not count from the count.)
	if (!RESTATING_AHEAD.test(scope.text.slice(self.end - scope.passage.start, self.end - scope.passage.start + 5))) return null;
	const next = ctx.nextInSentence(self.end, 12);
	if (!next || !RESTATING.test(scope.text.slice(self.end - scope.passage.start, next.candidate.start - scope.passage.start))) return null;
	const t = next.resolved.time;
	const field: DateField = unit === 'year' || unit === 'decade' ? 'year' : unit === 'month' ? 'month' : 'day';
	if (t.value.includes('/') || !next.resolved.stated.includes(field)) return null;
	const s = startYmd(t);
	const time = field === 'year' ? yearValue(s.year) : field === 'month' ? monthValue(s.year, s.month) : dayValue(s);
	return { ...next.resolved, time, derivation: [...next.resolved.derivation, `“${text}”, set before “${next.candidate.text}”, reaches that date → ${time.value}`] };
}

/**
 * Does the sentence around `start`..`end` (a "this year", "last month") tell of the day of writing: an anniversary, the
 * present, or a clause in the future, outside a quotation (see NOW_FRAME, PRESENT_VERB)?
 */
function sentenceOfNow(scope: PassageScope, start: number, end: number): boolean {
	// (Its sentence cut at every full stop, initials too: "… the abdication of Charles V. In 1961 …" is two here.)
	const sentence = sentenceAt(scope.passage, scope.passage.start + start);
	const from = Math.max(sentence.start - scope.passage.start, scope.text.lastIndexOf('. ', start) + 1);
	const stop = scope.text.indexOf('. ', end);
	const said = scope.text.slice(from, Math.min(sentence.end - scope.passage.start, stop < 0 ? scope.text.length : stop + 1));
	// (Not in a quotation: "to land a man on the Moon “before this decade is out”" is the speaker's decade.)
	if ((scope.text.slice(from, start).match(/["“”]/g)?.length ?? 0) % 2 === 1) return false;
	return NOW_FRAME.test(said) || PRESENT_VERB.test(said) || tenseAround(scope.text, start, end) === 'future';
}

/** A rough count right before a count of units later: "About ", "some ", "roughly ". */
const ROUGH_BEFORE = /\b(?:about|around|some|roughly|approximately)\s+$/i;

/** A year stated in the clause after a count (within 60 characters, no stop), at most two years from `year`. */
function yearStatedNear(ctx: ResolveContext, year: number): { resolved: Resolved; candidate: Candidate } | null {
	const next = ctx.nextInSentence(ctx.candidates[ctx.index].end, 60);
	if (!next || next.candidate.parser !== 'year' || next.resolved.time.granularity !== 'year' || !next.resolved.stated.includes('year')) return null;
	return Math.abs(startYmd(next.resolved.time).year - year) <= 2 ? next : null;
}

/**
 * An offset candidate; a vague one (`value` set) is placed approximately. A function of the
 * module rather than a closure made per scope: under tsx (the CLI, the bench) every named
 * closure costs a `__name` call (keepNames), which costs more than the parse of most scopes.
 */
function offsetAt(scope: PassageScope, start: number, end: number, resolve: (ctx: ResolveContext) => Resolved | null, value?: string, days = false): Candidate {
	return candidateAt(scope, start, end, { parser: 'offset', type: 'DATE', priority: 4, resolve: value ? approximately(resolve, value, days) : resolve, ...(value ? { value } : {}) });
}

/**
 * "struck targets overnight", "Overnight, another band of rain moved in", "crossed overnight": the night, as TimeML tags
 * it (TNI); not before a noun it qualifies ("the overnight lending rate", "an overnight count") nor for "suddenly"
 * ("overnight when Germany annexed Austria").
 */
const OVERNIGHT = /\bovernight\b(?=\s*(?:[,.;:!?)"”]|$)|\s+(?:and|as|on|in|into|but|before|after|without|while|to|from|at|the|they|he|she|it|we|there|because|amid|until)\b)/gi;

/** An adverb before "overnight" that makes it "suddenly": "almost overnight", "virtually overnight". */
const SUDDENLY_BEFORE = /\b(?:almost|nearly|virtually|practically|seemingly|literally|all\s+but)\s+$/i;
/** How far back (characters) a night told lends itself to "overnight" in the paragraph after it. */
const NIGHT_REACH = 400;

/** A time told at night ("late Friday night", "11 p.m.") close before the candidate, within a week of the day of writing. */
function nightToldBefore(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	const self = ctx.candidates[ctx.index];
	for (let k = ctx.index - 1; k >= 0 && self.start - ctx.candidates[k].end < NIGHT_REACH; k--) {
		const r = ctx.resolveAt(k);
		// (A night or a clock time that says its day or hour, "late Friday night", "11 p.m."; not a bare "spent the night".)
		if (!r || !/TNI$|T(?:19|2[0-3]):\d\d$/.test(r.time.value) || !/\d|day\b/i.test(ctx.candidates[k].text)) continue;
		if (ctx.reference && Math.abs(isoToMillis(r.time.start) - ymdToMillis(ctx.reference)) > 7 * 86_400_000) return null;
		return { resolved: r, candidate: ctx.candidates[k] };
	}
	return null;
}

/**
 * The night of "overnight": that of the day told last in its paragraph; else, in dated news, the night before the day
 * of writing (the night to come, in a clause that looks ahead).
 */
function overnightAt(ctx: ResolveContext, scope: PassageScope, start: number, end: number, text: string): Resolved | null {
	const self = ctx.candidates[ctx.index];
	const told = ctx.narrativeBefore(true);
	// (The day of writing itself, told: the night before it, unless the clause looks ahead.)
	const today = !!told && !!ctx.reference && ctx.documentDated && told.resolved.time.value.startsWith(formatYmd(ctx.reference));
	if (told && !today && told.candidate.passageId === self.passageId && BY_DAY.has(told.resolved.time.granularity)) {
		const time = dayPartValue(dayValue(startYmd(told.resolved.time)), DAY_PARTS.overnight);
		return fromAnchor(told, time, text, 'is the night of the day the story is at,');
	}
	// Or of a night told just before, in the paragraph before ("raised its alert at about 11 p.m. on Friday … ¶ Residents
	// drove out overnight").
	const night = nightToldBefore(ctx);
	if (night) return fromAnchor(night, dayPartValue(dayValue(startYmd(night.resolved.time)), DAY_PARTS.overnight), text, 'is the night told just before,');
	if (!ctx.reference || !ctx.documentDated || ctx.historical) return null;
	const ahead = tenseAround(scope.text, start, end) === 'future';
	// Or, told in the past, the night whose small hours the story told last ("struck the bridge at 1:28 a.m. Tuesday … ¶ a road
	// crew that had been filling potholes on the deck overnight": the night into Tuesday).
	const latest = ahead ? null : ctx.narrativeBefore();
	const small = latest && /T0[0-5]:\d\d$/.test(latest.resolved.time.value) && ymdToMillis(ctx.reference) - ymdToMillis(startYmd(latest.resolved.time)) <= 2 * 86_400_000 ? latest : null;
	if (small) return fromAnchor(small, dayPartValue(dayValue(addDays(startYmd(small.resolved.time), -1)), DAY_PARTS.overnight), text, 'is the night whose small hours the story is at,');
	const time = dayPartValue(dayValue(ahead ? ctx.reference : addDays(ctx.reference, -1)), DAY_PARTS.overnight);
	return { time, stated: [], inferred: ['year', 'month', 'day'], derivation: [`“${text}” is the night ${ahead ? 'of' : 'before'} the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel}) → ${time.value}`], confidence: 0.6, referenceFree: false };
}

/** "died" (of a cause) or a death right before a count ahead: "Frundsberg … never commanded again, and died the following year", "died of pneumonia the following month", "after his death fifteen years later". */
const DIED_BEFORE = /\b(?:died(?:\s+(?:of|from)\s+[\w-]+)?|(?:his|her|their)\s+death)\s+$/i;
/** "early" or "late" right before "the following year", "the next month". */
const EARLY_LATE_BEFORE = /\b(?:early|late)\s+$/i;
/** "every" or "each" right before a count. */
const EVERY_BEFORE = /\b(?:every|each)\s+$/i;

export const offsetParser: Parser = {
	name: 'offset',
	find(scope) {
		const out: Candidate[] = [];
		// (Gated by the unit words, whose "night" every "overnight" holds: the word filter has room for no more gates.)
		for (const m of matchesIn(scope, OVERNIGHT, UNIT_WORDS)) {
			const text = m[0];
			const at = m.index;
			// "made her a festival favorite almost overnight", "seemingly overnight": suddenly, no night.
			if (SUDDENLY_BEFORE.test(scope.text.slice(Math.max(0, at - 14), at))) continue;
			out.push(offsetAt(scope, at, at + text.length, (ctx) => overnightAt(ctx, scope, at, at + text.length, text)));
			out[out.length - 1].type = 'TIME';
			// (A night told by "overnight" is no day the story moves to: "losses from New York overnight … at 1530 GMT".)
			out[out.length - 1].background = true;
		}
		for (const m of matchesInRuns(scope, OFFSET_BEFORE_AFTER_RUNS, BEFORE_AFTER)) {
			const amount = parseCardinal(m[1]);
			if (amount === null) continue;
			// "further releases every seven days after that": a rule (the set parser's "every seven days"), not one day.
			if (EVERY_BEFORE.test(scope.text.slice(Math.max(0, m.index - 8), m.index))) continue;
			const unit = m[2].toLowerCase() as Unit;
			const sign = /before|ahead|prior/i.test(m[3]) ? -1 : 1;
			// "two days after Mr. Biden arrived" names an undated event: no anchor. Only a bare "... after." leans on the narrative.
			let rest = scope.text.slice(m.index + m[0].length);
			// "two days after that," "a week after that.": "that" is the time the story is at.
			const that = AFTER_THAT.exec(rest);
			const text = that ? m[0] + that[0] : m[0];
			if (that) rest = rest.slice(that[0].length);
			const bare = that !== null || /^\s*(?:[,.;:)!?]|$)/.test(rest);
			// "a month after Qantas suspended its flights", "30 days before closing the purchase": a clause with no
			// date to count from. What the text gives is a length of time: the duration parser takes "a month".
			// So is a thing with no date ("18 days after the explosion"), but not in "the weeks before the shooting" (a time of its own).
			if (!that && clauseWithoutDate(rest, !/^the\b/i.test(m[0]))) continue;
			// "to run for 18 months before the council decides", "in the two decades after the invasion": a length of time.
			if (LENGTH_BEFORE.test(scope.text.slice(Math.max(0, m.index - 20), m.index))) continue;
			// "running about two weeks ahead of last year's pace", "a month ahead of schedule": by how much, a length of time.
			if (/^ahead/i.test(m[3]) && PACE_AFTER.test(rest.slice(0, 60))) continue;
			const absEnd = scope.passage.start + m.index + text.length;
			// The date counted from is in the clause: not "Seventeen years after Challenger, on 1 February 2003", a date set beside it.
			// (Nor past a name and the subject of the main clause after it: "twenty years after Hastings the Domesday survey of 1086".)
			const lead = /^\s*/.exec(rest)![0].length;
			const name = NAME_THEN_SUBJECT.exec(rest.slice(lead));
			const clauseEnd = name ? lead + name[1].trimEnd().length : rest.search(/[,;]/);
			const reach = clauseEnd < 0 ? 100 : Math.min(100, clauseEnd);
			out.push(offsetAt(scope, m.index, m.index + text.length, (ctx) => {
				const next = that ? null : ctx.nextInSentence(absEnd, reach);
				const anchor = next ?? (bare ? ctx.narrativeBefore() : null);
				return fromAnchor(anchor, anchor && shifted(anchor.resolved.time, sign * amount, unit), text, 'counts from');
			}));
			// "having been topped up with a fresh cargo a few days before.": a look back that does not open its clause tells when
			// something else was; the story goes on where it was (as with "a year earlier" below).
			if (sign < 0 && bare && !opensClause(scope.text, m.index)) out[out.length - 1].background = true;
			// ("32 months after the loss of Challenger", with no date for the loss: "32 months".)
			const count = m[0].length - m[3].length - 1;
			// ("several months before the deal", a count not told: PXM.)
			out[out.length - 1].orDuration = { end: scope.passage.start + m.index + m[0].slice(0, count).trimEnd().length, value: durationValue(vagueValue(m[1], false) ? null : amount, unit) };
			// ("six years after the war began with the German invasion of Poland on 1 September 1939": TimeML tags the count alone,
			// as TimeBank does "twenty years after"; a bare "six years before." is the time it reaches.)
			if (!bare) out[out.length - 1].countOnly = true;
		}
		for (const m of matchesInRuns(scope, OFFSET_LATER_RUNS)) {
			const whole = parseCardinal(m[1]);
			if (whole === null) continue;
			// A half unit more: months and years only ("two and a half days later" is a length of time here).
			const half = AND_A_HALF.test(m[0]);
			if (half && !/^(?:month|year)$/i.test(m[2])) continue;
			const amount = whole + (half ? 0.5 : 0);
			// "after fifteen years on Italian soil": "on" is a preposition there, and the years a length of time.
			if (PLACE_ON.test(scope.text.slice(m.index + m[0].length - 2, m.index + m[0].length + 12))) continue;
			// "two weeks earlier than planned": a comparison; the duration parser reads the length.
			if (/^\s+than\b/i.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
			// "For over a decade afterwards the Roman world was divided", "He lived for two years afterwards": a length of time,
			// which the duration parser reads.
			if (/^afterwards?$/i.test(m[3]) && LENGTH_BEFORE.test(scope.text.slice(Math.max(0, m.index - 20), m.index))) continue;
			// "Two nights later": the night of the day two days on, a time of day. "A fortnight later": fourteen days on.
			const nights = m[2].toLowerCase() === 'night';
			const fortnights = m[2].toLowerCase() === 'fortnight';
			const unit = nights || fortnights ? 'day' : (m[2].toLowerCase() as Unit);
			const sign = /earlier/i.test(m[3]) ? -1 : 1;
			// "About two years later": the rough count is inside, as chrono's reading of it would be (which counts from the day
			// of writing, and loses to this one, of the same extent).
			const rough = ROUGH_BEFORE.exec(scope.text.slice(Math.max(0, m.index - 14), m.index))?.[0] ?? '';
			const at = m.index - rough.length;
			const text = rough + m[0];
			// "on 4 May, twenty days later, he destroyed …", "until 17 August, two days later, so that …": set between commas
			// right after a date, the count says how far that date lies from the story before it; it is that date.
			// (Or ending its sentence: "the clause that Russia repudiated in 1870, fourteen years later.")
			const apposed = APPOSED.test(scope.text.slice(Math.max(0, at - 3), at)) && /^\s*(?:,|[.;](?:\s|$))/.test(scope.text.slice(at + text.length, at + text.length + 3));
			out.push(offsetAt(scope, at, at + text.length, (ctx) => {
				const restated = apposed ? dateRestated(ctx, text, unit) : nights ? null : restatedAfter(ctx, scope, unit, text);
				if (restated) return restated;
				const period = unit === 'year' && Math.abs(amount) === 1 ? periodAnchor(ctx, () => tenseAround(scope.text, at, at + text.length) === 'future') : null;
				if (period === 'year') return yearFromReference(ctx, sign * amount, text);
				// ("Two years later", after "from 1939 to 1945": from the end of the range.)
				const told = period ?? ctx.narrativeBefore(false, false, true);
				// (In a history, a count in days past a year, season or month told since the day the story is at counts from that day:
				// "at 8:15 a.m. on 6 August … by the end of the year … three days later".)
				const anchor = (unit === 'day' && !period && told && dayInPeriod(ctx, told)) || told;
				// ("The truce expired a week ago … and fighting resumed two days later": "a week ago" is the day seven days back,
				// though TimeML writes its week.)
				const from = anchor && (unit === 'day' || unit === 'week') && anchor.resolved.time.granularity === 'week' && ctx.reference ? weeksAgoDay(anchor.candidate.text, ctx.reference) : null;
				// ("in the three months to Sept. 30, from $349 million a year earlier": the quarter that day ends, a year back.)
				const quarter = unit === 'year' && amount === 1 && anchor ? quarterEnded(scope, anchor) : null;
				// ("… by the end of the year. The first casualties came a day earlier": in news, a count in days from a period that holds
				// the day of writing counts from that day.)
				const writing = !from && anchor && !ctx.historical && (unit === 'day' || unit === 'week') ? dayOfWritingIn(ctx, anchor.resolved.time) : null;
				const time = anchor && (counted(quarter ?? from ?? writing ?? anchor.resolved.time, sign * amount * (fortnights ? 14 : 1), unit) ?? storyDayUnknown(ctx, unit, from ?? anchor.resolved.time));
				// "A decade later, the Equal Franchise Act of 1928 at last gave women the vote": a count in decades is round; a year
				// its clause states, close to where it reaches, is the year meant.
				const stated = unit === 'decade' && time?.granularity === 'year' ? yearStatedNear(ctx, startYmd(time).year) : null;
				if (stated) return { ...stated.resolved, derivation: [...stated.resolved.derivation, `“${text}”, a round count, reaches about ${startYmd(time!).year}; its clause states “${stated.candidate.text}” → ${stated.resolved.time.value}`] };
				// ("Eighty-five years later, the 1938 hurricane remains the benchmark", after the 1960s, written in 2023: a count that
				// reaches past the day of writing counts from the story's year to the day of writing.)
				const toNow = sign > 0 && (unit === 'year' || unit === 'decade') && time && ctx.reference && ctx.documentDated && startYmd(time).year > ctx.reference.year ? yearCountedToNow(ctx, amount * (unit === 'decade' ? 10 : 1), text) : null;
				if (toNow) return toNow;
				return fromAnchor(anchor, time && nights ? dayPartValue(time, DAY_PARTS.night) : time, text, from ? `counts from the day (${from.value}) of the last date told,` : 'counts from the last date told,');
			}, vagueValue(m[1], sign < 0), unit === 'day' && !nights));
			if (nights) out[out.length - 1].type = 'TIME';
			// "(In March 1965 the Marines landed …,) two decades earlier (they had …). In March, …": a look years
			// back is an aside; the story goes on from where it was.
			// So is a look back that does not open its clause ("the attack on the Taliban just over a year earlier"):
			// it tells when something else was, and the story goes on where it was.
			if (sign < 0 && (unit === 'decade' || (unit === 'year' && amount >= 2) || !opensClause(scope.text, at))) out[out.length - 1].background = true;
			// "it did much to shape the decision to enter the war two years later": a look ahead in an infinitive; the story
			// stays where it was (as for "the following day" above).
			// ("Lieutenant Thomson, whose account of the siege was published two years later": a look ahead in a relative clause on
			// a person or thing, an aside too.)
			else if (sign > 0 && (INFINITIVE_BEFORE.test(scope.text.slice(clauseStartBefore(scope.text, at), at)) || ASIDE_CLAUSE_BEFORE.test(scope.text.slice(Math.max(0, at - 150), at)) || DIED_BEFORE.test(scope.text.slice(Math.max(0, at - 30), at)))) out[out.length - 1].background = true;
		}
		for (const m of matchesIn(scope, CLOCK_LATER, UNIT_WORDS)) {
			const half = /\s+and\s+a\s+half$/i.exec(m[1]);
			// ("a quarter of an hour later", "three quarters of an hour later".)
			const quarters = /^(a|one|three)\s+quarters?\s+of\s+an$/i.exec(m[1]);
			const whole = quarters ? (/^three$/i.test(quarters[1]) ? 0.75 : 0.25) : /^half/i.test(m[1]) ? 0.5 : parseCardinal(half ? m[1].slice(0, half.index) : m[1]);
			if (whole === null || /few|several|couple/i.test(m[1])) continue;
			const amount = whole + (half ? 0.5 : 0);
			// (Not "two hours later than planned": a comparison; nor a time of day moved, "services will start an hour earlier":
			// the duration parser reads by how much.)
			if (/^\s+than\b/i.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
			if (SHIFTED_BEFORE.test(scope.text.slice(Math.max(0, m.index - 24), m.index))) continue;
			const minutes = amount * (m[2].toLowerCase() === 'hour' ? 60 : 1) * (/earlier/i.test(m[3]) ? -1 : 1);
			const text = m[0];
			out.push(offsetAt(scope, m.index, m.index + text.length, (ctx) => clockCounted(ctx, scope, minutes, text)));
			out[out.length - 1].type = 'TIME';
		}
		// "Half a century later", "A quarter of a century later", "a century earlier": fifty, twenty-five or a hundred years on
		// (or back) from the last date told.
		for (const m of matchesIn(scope, CENTURY_PART_LATER, CENTURY_WORD)) {
			const amount = /^half/i.test(m[1]) ? 50 : /quarter/i.test(m[1]) ? 25 : 100 * (parseCardinal(m[1]) ?? 1);
			const sign = /earlier/i.test(m[2]) ? -1 : 1;
			const text = m[0];
			out.push(offsetAt(scope, m.index, m.index + text.length, (ctx) => {
				const anchor = ctx.narrativeBefore(false, false, true);
				return fromAnchor(anchor, anchor && counted(anchor.resolved.time, sign * amount, 'year'), text, 'counts from the last date told,');
			}));
			if (sign < 0) out[out.length - 1].background = true;
		}
		// "a year ago" in a report on a quarter is that quarter a year back; otherwise chrono counts it from the reference.
		for (const m of matchesInRuns(scope, OFFSET_AGO_RUNS, UNITS)) {
			// ("some 80,000 years ago": the runs stop at the comma; the count is no "000".)
			if (/\d[,.]$/.test(scope.text.slice(Math.max(0, m.index - 2), m.index))) continue;
			const count = parseCardinal(m[1]);
			if (count === null) continue;
			// "a decade ago": ten years back, a year as "ten years ago" is.
			const decades = m[2].toLowerCase() === 'decade';
			const amount = decades ? 10 * count : count;
			const text = m[0];
			// "Two hundred years ago today": the day of writing, that many years back (an anniversary), in history too; "Ten
			// years ago this week", "… this month": that week or month.
			const today = m[3] !== undefined;
			const unitOfToday = today ? (/week/i.test(m[3]) ? 'week' : /month/i.test(m[3]) ? 'month' : 'day') : null;
			out.push(offsetAt(scope, m.index, m.index + m[0].length, (ctx) => {
				if (unitOfToday) {
					if (!ctx.reference) return null;
					const back = { ...ctx.reference, year: ctx.reference.year - amount };
					const day = dayValue(back);
					if (startYmd(day).month !== ctx.reference.month) return null;
					const time = unitOfToday === 'week' ? weekValue(startYmd(day)) : unitOfToday === 'month' ? monthValue(back.year, back.month) : day;
					return countedFromReference(ctx.reference, ctx.referenceLabel, text, time, unitOfToday === 'day' ? ['year', 'month', 'day'] : ['year', 'month'], 0.8);
				}
				// In history, "two years ago" in a quotation counts from the story's time ("the occasion corresponding to this four
				// years ago", said in 1865); the writer's own, from the day of writing ("A genetic study published two years ago",
				// "Two years ago, on the strike's centenary"), as it does before any story is told ("Fifty years ago, on 30 April
				// 1975, …" opening the text). (A text with no day of writing counts from the story.)
				// ("Eighty years ago, that broadcast turned a labour dispute into a national cause", after 18 March 1938 in a text
				// written in 2018: the day of writing's, where that lands on the story's year.)
				const quoted = quotedAt(scope.text, m.index, m.index + text.length);
				const told = ctx.historical && (quoted || !ctx.documentDated) ? ctx.narrativeBefore(true) : null;
				const anniversary = !!told && !!ctx.reference && Math.abs(ctx.reference.year - amount - startYmd(told.resolved.time).year) <= 1;
				if (told && !anniversary) return fromAnchor(told, yearValue(startYmd(told.resolved.time).year - amount), text, 'counts back from the story’s time,');
				// (Only "a year ago" compares like with like: "four years ago" after a quarter told is a year.)
				const period = decades || amount !== 1 ? null : periodAnchor(ctx, () => tenseAround(scope.text, m.index, m.index + text.length) === 'future');
				if (!period || period === 'year') {
					if (!ctx.reference) return null;
					return countedFromReference(ctx.reference, ctx.referenceLabel, text, yearValue(ctx.reference.year - amount), ['year'], 0.7);
				}
				return fromAnchor(period, shifted(period.resolved.time, -amount, 'year'), text, 'counts back from the period in question,');
			}, vagueValue(m[1], true)));
			// "(the Paris agreement of) two years ago": a look back, as with "two decades earlier" above.
			// ("Four years ago, the incumbent won. Two years later, …": one that opens its sentence is the story's time.)
			if (amount >= 2 && !opensClause(scope.text, m.index)) out[out.length - 1].background = true;
		}
		for (const m of matchesIn(scope, YEAR_END, YEAR_END_WORDS)) {
			const text = m[0];
			// "since year-end": the year-end before the day of writing.
			const back = /\b(?:since|from)\s+$/i.test(scope.text.slice(Math.max(0, m.index - 7), m.index));
			out.push(offsetAt(scope, m.index, m.index + text.length, (ctx) => {
				const news = ctx.documentDated && !ctx.historical && ctx.reference;
				const told = news ? null : ctx.narrativeBefore(true);
				const year = news ? ctx.reference!.year - (back ? 1 : 0) : told ? startYmd(told.resolved.time).year : null;
				if (year === null) return null;
				const time = dayValue({ year, month: 12, day: 31 });
				return told
					? fromAnchor(told, time, text, 'is the last day of the year of')
					: { time, stated: [], inferred: ['year', 'month', 'day'], derivation: [`“${text}” is the last day of ${back ? 'the year before' : 'the year of'} the reference date ${formatYmd(ctx.reference!)} (${ctx.referenceLabel}) → ${time.value}`], confidence: 0.65, referenceFree: false };
			}));
		}
		for (const m of matchesIn(scope, WEEKDAY_FROM_STORY, WEEKDAY_WORDS)) {
			const forward = /following|next/i.test(m[1]);
			const weekday = WEEKDAY_NAMES.findIndex((n) => n.toLowerCase() === m[2].toLowerCase());
			const text = m[0];
			const candidate = offsetAt(scope, m.index, m.index + text.length, (ctx) => {
				// ("trading opened … at 10 a.m. on Monday. … It had traded at about 33 at the start of the year. The central bank had
				// raised its key rate … only the previous Thursday": the last day told, past a year told since.)
				const told = ctx.narrativeBefore();
				const anchor = told && ['day', 'hour', 'minute'].includes(told.resolved.time.granularity) ? told : lastDayTold(ctx);
				const t = anchor?.resolved.time;
				if (!anchor || !t || !['day', 'hour', 'minute'].includes(t.granularity)) return null;
				return fromAnchor(anchor, dayValue(weekdayBeside(startYmd(t), weekday, forward)), text, forward ? 'is the first such weekday after' : 'is the last such weekday before');
			});
			// With no day told before it, TimeML's value for some such weekday.
			out.push({ ...candidate, value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` });
			// "noticed that a check had gone out the previous Tuesday. She called the bank that afternoon": a look back
			// inside a clause is an aside, as for "two days earlier"; the story stays where it was.
			if (!forward && !opensClause(scope.text, m.index)) out[out.length - 1].background = true;
		}
		for (const m of matchesIn(scope, WEEKEND, WEEKEND_WORD)) {
			// "the same weekend last year", "the same weekend a year ago": the weekend of that week, fifty-two weeks back.
			const yearBack = /^the\s+same$/i.test(m[1]) ? YEAR_BACK_AFTER.exec(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 20)) : null;
			if (yearBack) {
				const text = m[0].replace(/^(?:over|during|on|at)\s+/i, '') + yearBack[0];
				const start = m.index + m[0].length + yearBack[0].length - text.length;
				out.push(offsetAt(scope, start, start + text.length, (ctx) => {
					const told = dayToldBefore(ctx);
					if (told) return fromAnchor(told, weekendFrom(addDays(lastWeekendDay(startYmd(told.resolved.time)), -364), null), text, 'is the weekend of the same week a year before');
					return ctx.reference ? countedFromReference(ctx.reference, ctx.referenceLabel, text, weekendFrom(addDays(lastWeekendDay(ctx.reference), -364), null), ['year', 'month', 'day'], 0.6) : null;
				}));
				continue;
			}
			const text = m[0].replace(/^(?:over|during|on|at)\s+/i, '');
			const start = m.index + m[0].length - text.length;
			// ("Drivers were told to keep this weekend open", "said this weekend would be her first test", "have called for protests
			// this weekend": a weekend looked ahead to from a past clause, by an infinitive, "would" or a noun of what is to come.)
			const toldAhead = /^this$/i.test(m[1]) && (TO_VERB_BEFORE.test(scope.text.slice(Math.max(0, m.index - 24), m.index)) || WOULD_AFTER.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 12)) || CALLED_FOR_BEFORE.test(scope.text.slice(Math.max(0, m.index - 70), m.index)));
			// ("the people we met this weekend will still need a place": a past verb of a pronoun right before it tells the weekend.)
			const metBefore = /^this$/i.test(m[1]) && PRONOUN_PAST_BEFORE.test(scope.text.slice(Math.max(0, m.index - 24), m.index));
			const tense = metBefore ? 'past' : toldAhead ? 'future' : tenseAround(scope.text, start, m.index + m[0].length);
			const counted = /^(?:the\s+\w|that$)/i.test(m[1]);
			const story = /^(?:that|the\s+same)$/i.test(m[1]) ? null : /^the\s+following$/i.test(m[1]);
			// "Over the weekend that followed": the weekend after the day the story is at.
			const followed = /^\s+(?:that|which)\s+followed\b/i.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 16));
			out.push(offsetAt(scope, start, m.index + m[0].length, (ctx) => {
				// In history, "the weekend" is the story's, the weekend of the week of the day it is at.
				if (counted || followed || ctx.historical) {
					// "reaches Manchester the following weekend": counted from the day the story is at, else from the reference date.
					const told = dayToldBefore(ctx);
					const way = followed ? true : counted ? story : null;
					if (told) return fromAnchor(told, weekendFrom(startYmd(told.resolved.time), way), text, way === null ? 'is the weekend of the week of' : way ? 'is the weekend after' : 'is the weekend before');
					if (!ctx.reference || !counted) return null;
					return countedFromReference(ctx.reference, ctx.referenceLabel, text, weekendFrom(ctx.reference, story), ['year', 'month', 'day'], 0.65);
				}
				if (!ctx.reference) return null;
				// "40 percent for a backup opportunity on Friday as a cold front pushes toward Central Florida ahead of the
				// weekend": in news, "the weekend" told in no past tense after a day ahead in its sentence is that day's.
				const ahead = m[1].toLowerCase() === 'the' && tense !== 'past' ? dayAheadBefore(ctx) : null;
				// ("the window closes at 11 p.m. on Monday … late loan deals over the weekend", told on a Friday: a Monday's weekend
				// is the one just before it.)
				if (ahead && weekdayOf(startYmd(ahead.resolved.time)) === 1) return fromAnchor(ahead, weekendFrom(startYmd(ahead.resolved.time), false), text, 'is the weekend before');
				if (ahead) return fromAnchor(ahead, weekendFrom(startYmd(ahead.resolved.time), null), text, 'is the weekend of the week of');
				// "through the holiday weekend", "gather indoors for the long weekend": a weekend of a holiday, told late in the week in no
				// past tense, is the one to come, as "this weekend" is.
				return countedFromReference(ctx.reference, ctx.referenceLabel, text, weekend(ctx.reference, m[2] !== undefined && m[1].toLowerCase() === 'the' ? 'this' : m[1], tense), ['year', 'month', 'day'], 0.7);
			}));
		}
		for (const m of matchesInRuns(scope, FROM_REFERENCE_RUNS, THIS_LAST_NEXT)) {
			const word = m[1];
			const unit = m[2].toLowerCase();
			const text = m[0];
			// "compared with a loss of $3 million last year" in a report on a quarter: that quarter a year back.
			const compares = word.toLowerCase() === 'last' && unit.toLowerCase() === 'year' && COMPARISON_BEFORE.test(scope.text.slice(Math.max(0, m.index - 80), m.index).split(/[.;!?]\s/).pop() ?? '');
			// In history, a sentence of the day of writing: one that tells an anniversary or the present, or whose clause is in the
			// present or the future ("Last month, on the five hundredth anniversary, …", "a new biography published last month
			// takes much the same view", "this year the ceremony will take place in Clones").
			// (Read only in a history.)
			const ofNow = (ctx: ResolveContext) => ctx.historical && !!ctx.documentDated && !!ctx.reference && sentenceOfNow(scope, m.index, m.index + text.length);
			out.push(offsetAt(scope, m.index, m.index + m[0].length, (ctx) => {
				if (compares && !ctx.historical) {
					const period = periodAnchor(ctx, () => tenseAround(scope.text, m.index, m.index + text.length) === 'future');
					if (period && period !== 'year') return fromAnchor(period, shifted(period.resolved.time, -1, 'year'), text, 'compares with the period in question a year back,');
				}
				// In history, "this year", "the next month" count from the story's time, not the day of writing; but not in the
				// frame of an anniversary, which counts from the day of writing ("This year, five centuries after the fall of the
				// city, …", "This year, as every year, the accords are remembered").
				if (ctx.historical && !ofNow(ctx) && !(ctx.documentDated && ctx.reference && ANNIVERSARY_FRAME_AFTER.test(scope.text.slice(m.index + text.length, m.index + text.length + 40)))) {
					const told = ctx.narrativeBefore(true);
					if (!told || (unit === 'week' && told.resolved.time.granularity !== 'day')) return null;
					return fromAnchor(told, fromReference(startYmd(told.resolved.time), word, unit), text, 'counts from the story’s time,');
				}
				if (!ctx.reference) return null;
				return countedFromReference(ctx.reference, ctx.referenceLabel, text, fromReference(ctx.reference, word, unit), ['year', 'month', 'day'], 0.75);
			}));
		}
		// "this season", "last season", "next season": in news, a sports season is named by the year of writing, before or
		// after it, as TimeML has no value for a season that runs across two years.
		for (const m of scope.text.includes('season') ? matchesIn(scope, SEASON_FROM_REFERENCE, THIS_LAST_NEXT) : []) {
			const step = /^last/i.test(m[1]) ? -1 : /^next/i.test(m[1]) ? 1 : 0;
			const text = m[0];
			out.push(offsetAt(scope, m.index, m.index + m[0].length, (ctx) => (ctx.reference && ctx.documentDated && !ctx.historical ? yearFromReference(ctx, step, text) : null)));
		}
		// "the new year": the year that begins after the day of writing (in news) or the day the story is at, unless that
		// day is in its first two months, which are already the new year.
		for (const m of scope.text.includes('new') ? matchesIn(scope, NEW_YEAR, UNITS) : []) {
			const text = m[0];
			out.push(offsetAt(scope, m.index, m.index + m[0].length, (ctx) => {
				// (In news too, a story told years back just before: "occupied Savannah on December 21. In the new year"; not a bare
				// year, "kept many people at home for three years from 2020. … the last at midnight, as the new year begins".)
				const story = ctx.narrativeBefore(true);
				const flashback = !!story && !!ctx.reference && ctx.candidates[ctx.index].start - story.candidate.start < NEWS_STORY_REACH && startYmd(story.resolved.time).year < ctx.reference.year - 2 && story.resolved.time.granularity !== 'year';
				const news = ctx.documentDated && !ctx.historical && ctx.reference && !flashback;
				const told = news ? null : story;
				const from = news ? ctx.reference! : told ? startYmd(told.resolved.time) : null;
				if (!from) return null;
				const fine = news || ['day', 'hour', 'minute', 'week', 'month', 'season'].includes(told!.resolved.time.granularity);
				const time = yearValue(from.year + (!fine || from.month >= 3 ? 1 : 0));
				const label = news ? `the reference date ${formatYmd(from)} (${ctx.referenceLabel})` : `the story’s time (“${told!.candidate.text}” → ${told!.resolved.time.value})`;
				return { time, stated: [], inferred: ['year'], derivation: [`“${text}” is the year that begins after ${label} → ${time.value}`], confidence: 0.65, referenceFree: news ? false : told!.resolved.referenceFree };
			}));
		}
		// "The decisive hunt began on the last day of the year", "the first day of the month": that day of the story's year or
		// month (in dated news, of the year or month of writing).
		for (const m of matchesIn(scope, EDGE_DAY_OF, UNITS)) {
			const last = m[1].toLowerCase() !== 'first';
			const unit = m[2].toLowerCase();
			const text = m[0];
			out.push(offsetAt(scope, m.index, m.index + text.length, (ctx) => {
				const edge = (y: number, mo: number) => dayValue(unit === 'year' ? { year: y, month: last ? 12 : 1, day: last ? 31 : 1 } : { year: y, month: mo, day: last ? daysInMonth(y, mo) : 1 });
				if (ctx.documentDated && !ctx.historical && ctx.reference) return countedFromReference(ctx.reference, ctx.referenceLabel, text, edge(ctx.reference.year, ctx.reference.month), unit === 'year' ? ['year'] : ['year', 'month'], 0.65);
				const anchor = ctx.narrativeBefore(true);
				if (!anchor || (unit === 'month' && !BY_MONTH.has(anchor.resolved.time.granularity))) return null;
				const s0 = startYmd(anchor.resolved.time);
				return fromAnchor(anchor, edge(s0.year, s0.month), text, `is the ${last ? 'last' : 'first'} day of the ${unit} of`);
			}));
		}
		for (const m of matchesInRuns(scope, UNIT_OF_STORY_RUNS)) {
			const unit = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
			// "for the year", "of the year": only the words TimeML tags ("the year").
			const lead = /^(?:for|of)\s+/i.exec(m[0])?.[0].length ?? 0;
			const text = m[0].slice(lead);
			const pointsBack = m[4] !== undefined;
			// "Man of the Year" is a title, not a time.
			if (/[A-Z]/.test(m[1] ?? m[2] ?? m[3] ?? m[4])) continue;
			out.push(offsetAt(scope, m.index + lead, m.index + m[0].length, (ctx) => {
				// ("By the end of the decade", after "In April 1968 Johnson signed …": a decade the story told, even in news.)
				const self = ctx.candidates[ctx.index];
				const told = unit === 'decade' && ctx.reference ? ctx.narrativeBefore(true) : null;
				// (Not in an infinitive, ahead of its verb: "has promised … to bring inflation below 10 percent before the end of the decade".)
				const story = told && told.candidate.passageId === self.passageId && tenseAround(scope.text, m.index + lead, m.index + m[0].length) !== 'future' && !INFINITIVE_BEFORE.test(scope.text.slice(clauseStartBefore(scope.text, m.index + lead), m.index + lead)) ? told : null;
				// (Nor "Cortés spent the rest of the year rebuilding his forces", told in the past after a day told centuries back:
				// that year; not "to put troops in the region by the end of the month", ahead.)
				const pastStory = unit !== 'decade' && !!dayToldYearsBack(ctx) && tenseAround(scope.text, m.index + lead, m.index + m[0].length) === 'past';
				const news = ctx.documentDated && !ctx.historical && ctx.reference && !(story && startYmd(story.resolved.time).year < decadeStart(ctx.reference.year)) && !pastStory;
				if (news && !pointsBack) {
					const ref = ctx.reference!;
					// ("later in the week", "the middle of the week", told on a Sunday, the last day of its week: the week ahead.)
					const weekAhead = unit === 'week' && weekdayOf(ref) === 0 && WEEK_AHEAD.test(text);
					const time = unit === 'year' ? yearValue(ref.year) : unit === 'decade' ? decadeOf(ref.year) : unit === 'week' ? weekValue(addDays(ref, weekAhead ? 1 : 0)) : monthValue(ref.year, ref.month);
					return { time, stated: [], inferred: ['year', 'month'], derivation: [`“${text}” is in the ${unit} of the reference date ${formatYmd(ref)} (${ctx.referenceLabel}) → ${time.value}`], confidence: 0.7, referenceFree: false };
				}
				// (In dated news, "that year" points back to the last time told, even one counted from the day of writing or told as
				// an aside: "He moved to Aston Martin two years ago and … until the last race of that year".)
				const last = pointsBack && ctx.documentDated && !ctx.historical ? ctx.narrativeBefore(false, true) : ctx.narrativeBefore(true);
				// "that month" needs a month: past a year told since ("in August 2004, ruling that … a 1989 bankruptcy. … was
				// released that month"), the month told last.
				const anchor = unit === 'month' && !(last && BY_MONTH.has(last.resolved.time.granularity)) ? monthBefore(ctx) : last;
				if (!anchor) return null;
				// ("later in the week": the week of a day told, or of a week or weekend told ("sealed the breach … that weekend. … the rest
				// of the week"), no coarser time.)
				if (unit === 'week' && !['day', 'hour', 'minute', 'week'].includes(anchor.resolved.time.granularity)) return null;
				const s0 = startYmd(anchor.resolved.time);
				return fromAnchor(anchor, unit === 'year' ? yearValue(s0.year) : unit === 'decade' ? decadeOf(s0.year) : unit === 'week' ? weekValue(s0) : monthValue(s0.year, s0.month), text, `is in the ${unit} of`);
			}));
		}
		for (const m of matchesInRuns(scope, FOLLOWING_RUNS, FOLLOWING_WORDS)) {
			const word = (m[1] ?? m[4]).toLowerCase();
			const unit = (m[2] ?? m[3]).toLowerCase() as Unit;
			const amount = word === 'same' ? 0 : /previous|preceding|before/.test(word) ? -1 : 1;
			// ("came into force early the following year": the extent holds "early", as TimeML draws it; the value is the year.)
			const early = /^the\s/i.test(m[0]) ? EARLY_LATE_BEFORE.exec(scope.text.slice(Math.max(0, m.index - 12), m.index)) : null;
			const from = early ? m.index - early[0].length : m.index;
			const text = early ? early[0] + m[0] : m[0];
			// "researchers warn that next week will be a rough one": a "that" opening a clause, not the story's week ("next week" is
			// read from the day of writing).
			// ("some programs may not recognize that next year is a leap year": a verb right after says so too.)
			if (/^that\s/i.test(text) && (thatOpensClause(scope.text, m.index) || /^\s+(?:is|are|was|were|will|would|could|may|might|should|has|had)\b/i.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 8)))) continue;
			// "five years to the day after Badoglio": "to the day" says a count is exact; "the day after" is no day of its own.
			if (m[4] !== undefined && TO_THE_DAY_BEFORE.test(scope.text.slice(Math.max(0, m.index - 24), m.index))) continue;
			// "On the evening of 28 July, the day after Killiecrankie,": set beside a date, and before a name, the day of that date.
			const beside = m[4] !== undefined && /^\s+[A-Z]/.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 2)) && DATE_BESIDE.test(scope.text.slice(Math.max(0, m.index - 14), m.index));
			// "the agency should aim to have samples on Earth by the end of the next decade": in news, a next decade or year in a
			// clause that looks ahead is counted from the day of writing, not from a year told before.
			// (The clause's tense is read only in news, where it is asked.)
			const aheadOfNow = amount > 0 && (unit === 'decade' || unit === 'year') && /^the\s+next\b/i.test(m[0]) ? () => tenseBefore(scope.text, m.index) === 'future' : null;
			out.push(offsetAt(scope, from, m.index + m[0].length, (ctx) => {
				if (beside) return dayBeside(ctx, text);
				if (aheadOfNow && ctx.reference && ctx.documentDated && !ctx.historical && aheadOfNow()) {
					const time = relativeUnit(dayValue(ctx.reference), amount, unit);
					if (time) return countedFromReference(ctx.reference, ctx.referenceLabel, text, time, ['year'], 0.6);
				}
				// ("Shipton's reconnaissance of 1951 found a route. … The previous year it had belonged to the Swiss": past a date
				// that names which event it was, the year the story is at.)
				// ("17 the week before that", after "29 the previous week": "that" is the time told right before, an aside or not.)
				// ("has been suspended since March 10, when the stock fell … Depositors, rattled by the collapse … the same day": in news,
				// "the same" day is the one told right before, an aside or not. A history's asides are farther from its story: "the
				// same day" there is the story's.)
				const told = yearFlashback(ctx, ctx.narrativeBefore(false, (amount === 0 && !ctx.historical) || THAT_END.test(text), true));
				// (In a history, past a year, season or month told since the day the story is at, a day counted from that day: "12 April
				// … Baisakhi, the spring harvest festival, fell on the following day".)
				const anchor = (unit === 'day' && told && dayInPeriod(ctx, told)) || told;
				const time = anchor && relativeUnit(anchor.resolved.time, amount, unit);
				const how = amount === 0 ? 'is the same ' + unit + ' as' : amount < 0 ? 'is the ' + unit + ' before' : 'is the ' + unit + ' after';
				// "Heavy rain had fallen on Tokyo the day before, but the sky was clear on Saturday, 10 October": with no day told
				// to count from, the day its sentence tells after it.
				if (!time && unit === 'day' && amount !== 0) {
					const next = ctx.nextInSentence(scope.passage.start + m.index + m[0].length, 200);
					if (next && next.resolved.time.granularity === 'day') return fromAnchor(next, relativeUnit(next.resolved.time, amount, unit), text, how);
				}
				return fromAnchor(anchor, time ?? (anchor && storyDayUnknown(ctx, unit, anchor.resolved.time)), text, how);
			}));
			// "(gains) they achieved during the previous year": a look back inside a clause is an aside, as above.
			if (amount < 0 && !opensClause(scope.text, m.index)) out[out.length - 1].background = true;
			// "a regulation … intended to take effect the following day": a plan in an infinitive; the story stays where it was.
			// ("the campaign of 1860 …, opening the way for the proclamation of the Kingdom of Italy the following year": what came of
			// a thing, told ahead in a clause of its own, too.)
			else if (amount > 0 && (INFINITIVE_BEFORE.test(scope.text.slice(clauseStartBefore(scope.text, m.index), m.index)) || ASIDE_CLAUSE_BEFORE.test(scope.text.slice(Math.max(0, m.index - 150), m.index)) || DIED_BEFORE.test(scope.text.slice(Math.max(0, m.index - 30), m.index)))) out[out.length - 1].background = true;
		}
		// "twenty years from now": counted on from the day of writing.
		for (const m of matchesIn(scope, FROM_NOW, UNITS)) {
			const amount = parseCardinal(m[1]);
			if (amount === null) continue;
			const unit = m[2].toLowerCase() as Unit;
			const text = m[0];
			out.push(offsetAt(scope, m.index, m.index + text.length, (ctx) => {
				if (!ctx.reference) return null;
				const ref = ctx.reference;
				return countedFromReference(ref, ctx.referenceLabel, text, countedOn(ref, amount, unit), ['year'], 0.7);
			}, vagueValue(m[1], false)));
		}
		// "later that day", "that same week", "earlier in the day": the day (week) the story is at.
		for (const m of matchesIn(scope, THAT_DAY, UNITS)) {
			const unit = (m[1] ?? m[2]).toLowerCase() as Unit;
			const text = m[0];
			// A bare "that week" inside a clause is mostly any week: only "That week …", "on that week", "later that week",
			// "that same week", or one after a week told (below). A bare "that day" is the day told ("made four flights that day", "and that day the
			// commander crossed"), unless "day" begins a compound ("so that day traders can"), or no day was told before
			// it ("losses on trades made that day": any day).
			const bare = !/^(?:later|earlier)|\bsame\b/i.test(text) && text[0] !== 'T' && !/\b(?:on|from|since|until|till)\s+$/i.test(scope.text.slice(Math.max(0, m.index - 6), m.index));
			if (bare && unit !== 'week' && DAY_COMPOUND_AFTER.test(scope.text.slice(m.index + text.length, m.index + text.length + 16))) continue;
			const inTheDay = m[2] !== undefined;
			const candidate = offsetAt(scope, m.index, m.index + text.length, (ctx) => {
				// ("Earlier in the day, the pantry's director …", after a flashback to Feb. 26, 2021: in news, the day of the story near
				// the day of writing.)
				if (inTheDay && ctx.documentDated && !ctx.historical && ctx.reference) {
					const near = dayNearWriting(ctx);
					if (near) return fromAnchor(near, dayValue(startYmd(near.resolved.time)), text, 'is the day the story is at,');
					return countedFromReference(ctx.reference, ctx.referenceLabel, text, dayValue(ctx.reference), ['year', 'month', 'day'], 0.6);
				}
				// In dated news the story may be at a day counted from the day of writing ("next Monday … later that week").
				const last = ctx.narrativeBefore(!(ctx.documentDated && !ctx.historical));
				// (A bare "that week" is a week told close before: "in the week ending Jan. 11, according to figures released Friday.
				// Nearly 24,000 people were admitted to hospitals with flu that week".)
				if (bare && unit === 'week') {
					const week = weekToldBefore(ctx);
					return week ? fromAnchor(week, week.resolved.time, text, 'is the week told before,') : null;
				}
				// ("Perhaps 70,000 people died that morning; by the end of the year the toll had risen … Later that day": past a
				// year told since, the day told last.)
				const anchor = last && unit === 'day' && !BY_DAY.has(last.resolved.time.granularity) ? dayBefore(ctx) ?? dayInPeriod(ctx, last) ?? last : last;
				return fromAnchor(anchor, anchor && (relativeUnit(anchor.resolved.time, 0, unit) ?? storyDayUnknown(ctx, unit, anchor.resolved.time)), text, `is the ${unit} the story is at,`);
			});
			out.push(bare ? { ...candidate, placedOnly: true } : candidate);
		}
		for (const m of matchesIn(scope, THIS_DAY_IN_YEAR, THIS_LAST_NEXT, UNITS)) {
			const year = Number(m[1]);
			const text = m[0];
			out.push(offsetAt(scope, m.index, m.index + text.length, (ctx) => {
				// In a history, the day the story is at ("On 8 August 1918 … On this day in 1945"); in news, the day of writing.
				const told = ctx.historical ? ctx.narrativeBefore(true) : null;
				if (told && told.resolved.time.granularity === 'day') {
					const at = startYmd(told.resolved.time);
					const day = dayValue({ ...at, year });
					return startYmd(day).month === at.month ? fromAnchor(told, day, text, 'is the day the story is at, in its year:') : null;
				}
				if (!ctx.reference) return null;
				const day = dayValue({ ...ctx.reference, year });
				if (startYmd(day).month !== ctx.reference.month) return null;
				return countedFromReference(ctx.reference, ctx.referenceLabel, text, day, ['year', 'month', 'day'], 0.8);
			}));
		}
		for (const m of matchesIn(scope, THIS_DAY, THIS_LAST_NEXT, UNITS)) {
			const text = m[0];
			out.push(offsetAt(scope, m.index, m.index + text.length, (ctx) => {
				const anchor = ctx.narrativeBefore();
				const day = anchor && relativeUnit(anchor.resolved.time, 0, 'day');
				if (day || !ctx.documentDated || !ctx.reference) return fromAnchor(anchor, day, text, 'is the day the story is at,');
				return countedFromReference(ctx.reference, ctx.referenceLabel, text, dayValue(ctx.reference), ['year', 'month', 'day'], 0.6);
			}));
		}
		return out;
	}
};
