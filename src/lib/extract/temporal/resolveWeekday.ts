/**
 * A weekday named without a date ("on Thursday") is the nearest such day to the reference date
 * in the direction the clause's tense gives: the last one for the past ("convened on Thursday"),
 * the next one for the future ("scheduled for Friday"); the same day counts for both.
 */
import { addDays, dayValue, formatYmd, isoToMillis, JULIAN_UNTIL, julianWeekdayOf, startYmd, weekdayOf, WEEKDAY_NAMES, ymdToMillis, type Ymd } from '../timex.ts';
import { NEWS_STORY_REACH } from './scope.ts';
import type { Candidate, Resolved, ResolveContext, Tense } from './candidate.ts';

/** The date of `weekday` (0 = Sunday) nearest `reference` in the direction of `tense`. */
export function weekdayNear(reference: Ymd, weekday: number, tense: Tense, nearest = false, soon = false): Ymd {
	const diff = (weekday - weekdayOf(reference) + 7) % 7; // days forward to the next one (0 = today)
	// `soon`: with no tense, the day after the reference date is that one, not the one six days back ("On Tuesday, the
	// group will …" written on a Monday; a report of six days back says "last Tuesday").
	if (tense === 'future' || (nearest && diff <= 3) || (soon && tense === 'none' && diff === 1)) return addDays(reference, diff);
	// Past, and also when the clause gives no tense: news mostly reports what has happened.
	return addDays(reference, diff === 0 ? 0 : diff - 7);
}

/**
 * `scheduled`: the clause tells of a thing set for a day in the present tense ("is Thursday"): the nearest such day, either
 * side; `starts`: of a thing set to start or end ("starts on Sunday"), which is ahead: the next such day.
 */
export function resolveWeekday(weekday: number, tense: Tense, text: string, ctx: ResolveContext, scheduled = false, soon = false, starts = false): Resolved | null {
	if (!ctx.reference) return null;
	const date = weekdayNear(ctx.reference, weekday, starts ? 'future' : tense, scheduled && !starts, soon);
	if (scheduled) {
		return {
			time: dayValue(date),
			stated: ['weekday'],
			inferred: ['year', 'month', 'day'],
			derivation: [
				starts
					? `“${text}” names a ${WEEKDAY_NAMES[weekday]}; the clause tells in the present of a thing set to start or end that day, so it is the next ${WEEKDAY_NAMES[weekday]} on or after the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel}) → ${formatYmd(date)}`
					: `“${text}” names a ${WEEKDAY_NAMES[weekday]}; the clause tells of a thing set for that day (in the present, or a span that runs from it), so it is the nearest ${WEEKDAY_NAMES[weekday]} to the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel}) → ${formatYmd(date)}`
			],
			confidence: 0.65,
			referenceFree: false
		};
	}
	const direction = tense === 'future' ? 'the next' : 'the last';
	const tomorrow = tense === 'none' && ymdToMillis(date) > ymdToMillis(ctx.reference);
	return {
		time: dayValue(date),
		stated: ['weekday'],
		inferred: ['year', 'month', 'day'],
		derivation: [
			tomorrow
				? `“${text}” names a ${WEEKDAY_NAMES[weekday]}; the clause gives no tense, and the day after the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel}) is one → ${formatYmd(date)}`
				: `“${text}” names a ${WEEKDAY_NAMES[weekday]}; ${tense === 'none' ? 'the clause gives no tense (news mostly reports the past)' : `the clause is in the ${tense} tense`}, so it is ${direction} ${WEEKDAY_NAMES[weekday]} on or ${tense === 'future' ? 'after' : 'before'} the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel}) → ${formatYmd(date)}`
		],
		confidence: 0.7,
		referenceFree: false
	};
}

/**
 * A weekday the story tells, not the day of writing: "that Sunday afternoon" (in any text) is the one nearest the day
 * the story is at, within three days either side; "On Monday", in a history, the first one on or after it (the story
 * goes forward), or on or before it when the clause looks back ("had met on Monday"). `undefined`: neither applies,
 * count from the reference date; `null`: a history with no day told to count from (a weekday alone is then no date).
 * `ahead`: the clause tells of the day ahead, or sets a thing for it in the present.
 */
export function storyWeekday(weekday: number, text: string, ctx: ResolveContext, that: boolean, looksBack: boolean, now = false, ahead = false): Resolved | null | undefined {
	const told = ctx.narrativeBefore(true);
	const t = told?.resolved.time;
	// ("The fog thickened over the weekend. On Saturday and Sunday …", "Even at midday on Monday": a week or a weekend told is
	// the story's time too, from its first day.)
	const weekTold = !!t && t.granularity === 'week' && /-W\d{2}(?:-WE)?$/.test(t.value);
	const dayTold = !!t && (['day', 'hour', 'minute'].includes(t.granularity) || weekTold);
	// In news, a story told by its weekdays long before the day of writing.
	const oldStory = !ctx.historical && dayTold && !now && inOldStory(told!.candidate, startYmd(t!), ctx);
	if (!that && !ctx.historical && !oldStory) return undefined;
	// A history's last words on the day of writing: "an anniversary ceremony is due to be held at Runnymede on Monday", "are
	// expected to gather there on Wednesday" (told ahead, or set for the day in the present, in a dated text).
	if (!that && ctx.historical && ahead && ctx.documentDated) return undefined;
	if (!told || !t || !dayTold) return (that && ctx.historical ? sameWeekdayTold(weekday, text, ctx) : null) ?? (that && !ctx.historical ? undefined : null);
	const day = startYmd(t);
	const forward = (weekday - storyWeekdayOf(day, ctx) + 7) % 7;
	// (Going on, not six days on: a weekday named the day before the story's is that day, "in the early hours of Saturday …
	// Friday night's rain"; a story six days on says "the following Friday".)
	// (A week told runs from its Monday: its Sunday is six days on.)
	const shift = that || oldStory ? (forward <= 3 ? forward : forward - 7) : looksBack ? (forward === 0 ? 0 : forward - 7) : forward === 6 && !(weekTold && !t!.value.endsWith('-WE')) ? -1 : forward;
	const date = addDays(day, shift);
	return {
		time: dayValue(date),
		stated: ['weekday'],
		inferred: ['year', 'month', 'day'],
		derivation: [`“${text}” names a ${WEEKDAY_NAMES[weekday]} of the story: the ${that || oldStory ? 'nearest' : looksBack ? 'last' : 'first'} ${WEEKDAY_NAMES[weekday]} ${that || oldStory ? 'to' : looksBack ? 'on or before' : 'on or after'} the day it is at (“${told.candidate.text}” → ${t.value}) → ${formatYmd(date)}`],
		confidence: 0.65,
		referenceFree: told.resolved.referenceFree
	};
}

/** How many candidates back "that Wednesday" looks for the day it names. */
const THAT_WEEKDAY_BACK = 100;

/**
 * In a history whose last time told is no day, "that Wednesday" is the last day told before that fell on a Wednesday ("took
 * place on Wednesday, 15 January 1919 … It was built in 1915 … that Wednesday was unusually mild"); null if none did.
 */
function sameWeekdayTold(weekday: number, text: string, ctx: ResolveContext): Resolved | null {
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - THAT_WEEKDAY_BACK); k--) {
		const r = ctx.resolveAt(k);
		if (!r || !['day', 'hour', 'minute'].includes(r.time.granularity)) continue;
		const day = startYmd(r.time);
		if (storyWeekdayOf(day, ctx) !== weekday) continue;
		return {
			time: dayValue(day),
			stated: ['weekday'],
			inferred: ['year', 'month', 'day'],
			derivation: [`“${text}” names the ${WEEKDAY_NAMES[weekday]} the story told before (“${ctx.candidates[k].text}” → ${r.time.value}) → ${formatYmd(day)}`],
			confidence: 0.6,
			referenceFree: r.referenceFree
		};
	}
	return null;
}

/** A weekday's name. */
const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** How long before the day of writing, and how close before, a day told in news holds the story: a month, and a few paragraphs. */
const OLD_STORY = 31 * 86_400_000;
const OLD_STORY_REACH = 600;

/**
 * In news, is the story at a day told long before the day of writing, just before this candidate, with nothing counted
 * from the day of writing between? "Twenty-five years ago … The rain began on Thursday, Feb. 27 … By Friday afternoon":
 * that Friday is the story's (the caller leaves out a day told from now: "said Friday", "will mark the anniversary on
 * Sunday"). The story must be one told by its weekdays ("Thursday, Feb. 27", "by Monday", then "through the night") or
 * by three of its days or times, not a date in the background ("April 4, 1949").
 */
function inOldStory(told: Candidate, day: Ymd, ctx: ResolveContext): boolean {
	const reference = ctx.reference;
	if (!ctx.documentDated || !reference || ymdToMillis(reference) - ymdToMillis(day) < OLD_STORY) return false;
	const self = ctx.candidates[ctx.index];
	if (self.start - told.start > OLD_STORY_REACH || ctx.narrativeBefore()?.candidate !== told) return false;
	// A weekday named with a day of the story close before, or three days or times of it in a row ("the morning of Sunday,
	// 26 December 2004 … 7:58 a.m. … 8:20 a.m. … the evening of 26 December. On Monday"), nothing counted from now between.
	let toldDays = 0;
	for (let k = ctx.index - 1; k >= 0 && self.start - ctx.candidates[k].start <= NEWS_STORY_REACH; k--) {
		const other = ctx.candidates[k];
		// (Not past a year told in its own paragraph, the story told in the one before: "In 2008, Game 5 … was suspended on
		// Oct. 27 … finished two days later. ¶ The Yankees, who have not won a World Series since 2009, spent part of Monday
		// afternoon": the anecdotes are done.)
		if (other.parser === 'year' && other.passageId === self.passageId && told.passageId !== self.passageId) return false;
		if (other.end > self.start || other.background) continue;
		const r = ctx.resolveAt(k);
		if (!r) continue;
		if (!r.referenceFree) return false;
		const old = ymdToMillis(reference) - isoToMillis(r.time.start) >= OLD_STORY && ['day', 'hour', 'minute'].includes(r.time.granularity);
		if (old && WEEKDAY_NAME.test(other.text) && self.start - other.start <= OLD_STORY_REACH) return true;
		if (old && ++toldDays >= 3) return true;
	}
	return false;
}

/** How far back a weekday named beside its date tells which calendar the story's days are written in. */
const CALENDAR_REACH = 4000;

/**
 * The weekday of a day of the story in the calendar the text writes it in: before 1753 a history of England names
 * "Sunday, 2 September 1666" by the Julian calendar (a Thursday in the Gregorian). The last weekday the text sets
 * beside a date of that age tells which; without one, the Gregorian.
 */
function storyWeekdayOf(day: Ymd, ctx: ResolveContext): number {
	if (day.year > JULIAN_UNTIL) return weekdayOf(day);
	const self = ctx.candidates[ctx.index];
	for (let k = ctx.index - 1; k >= 0 && self.start - ctx.candidates[k].start <= CALENDAR_REACH; k--) {
		const named = WEEKDAY_AND_DAY.exec(ctx.candidates[k].text);
		if (!named) continue;
		const r = ctx.resolveAt(k);
		if (!r || !['day', 'hour', 'minute'].includes(r.time.granularity)) continue;
		const d = startYmd(r.time);
		const weekday = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === named[1].toLowerCase());
		if (d.year > JULIAN_UNTIL || weekdayOf(d) === weekday) return weekdayOf(day);
		if (julianWeekdayOf(d) === weekday) return julianWeekdayOf(day);
	}
	return weekdayOf(day);
}

/** A weekday set beside a day of the month: "Sunday, 2 September", "Tuesday 30 January 1649". */
const WEEKDAY_AND_DAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday),?\s+(?:the\s+)?\d/i;
