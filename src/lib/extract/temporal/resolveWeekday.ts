/**
 * A weekday named without a date ("on Thursday") is the nearest such day to the reference date
 * in the direction the clause's tense gives: the last one for the past ("convened on Thursday"),
 * the next one for the future ("scheduled for Friday"); the same day counts for both.
 */
import { addDays, dayValue, formatYmd, startYmd, weekdayOf, WEEKDAY_NAMES, type Ymd } from '../timex.ts';
import type { Resolved, ResolveContext, Tense } from './candidate.ts';

/** The date of `weekday` (0 = Sunday) nearest `reference` in the direction of `tense`. */
export function weekdayNear(reference: Ymd, weekday: number, tense: Tense, nearest = false): Ymd {
	const diff = (weekday - weekdayOf(reference) + 7) % 7; // days forward to the next one (0 = today)
	if (tense === 'future' || (nearest && diff <= 3)) return addDays(reference, diff);
	// Past, and also when the clause gives no tense: news mostly reports what has happened.
	return addDays(reference, diff === 0 ? 0 : diff - 7);
}

/** `scheduled`: the clause tells of a thing set for a day in the present tense ("opens Thursday"): the nearest such day, either side. */
export function resolveWeekday(weekday: number, tense: Tense, text: string, ctx: ResolveContext, scheduled = false): Resolved | null {
	if (!ctx.reference) return null;
	const date = weekdayNear(ctx.reference, weekday, tense, scheduled);
	if (scheduled) {
		return {
			time: dayValue(date),
			stated: ['weekday'],
			inferred: ['year', 'month', 'day'],
			derivation: [`“${text}” names a ${WEEKDAY_NAMES[weekday]}; the clause tells in the present of a thing set for that day, so it is the nearest ${WEEKDAY_NAMES[weekday]} to the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel}) → ${formatYmd(date)}`],
			confidence: 0.65,
			referenceFree: false
		};
	}
	const direction = tense === 'future' ? 'the next' : 'the last';
	return {
		time: dayValue(date),
		stated: ['weekday'],
		inferred: ['year', 'month', 'day'],
		derivation: [
			`“${text}” names a ${WEEKDAY_NAMES[weekday]}; ${tense === 'none' ? 'the clause gives no tense (news mostly reports the past)' : `the clause is in the ${tense} tense`}, so it is ${direction} ${WEEKDAY_NAMES[weekday]} on or ${tense === 'future' ? 'after' : 'before'} the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel}) → ${formatYmd(date)}`
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
 */
export function storyWeekday(weekday: number, text: string, ctx: ResolveContext, that: boolean, looksBack: boolean): Resolved | null | undefined {
	if (!that && !ctx.historical) return undefined;
	const told = ctx.narrativeBefore(true);
	const t = told?.resolved.time;
	if (!told || !t || !['day', 'hour', 'minute'].includes(t.granularity)) return that && !ctx.historical ? undefined : null;
	const day = startYmd(t);
	const forward = (weekday - weekdayOf(day) + 7) % 7;
	const shift = that ? (forward <= 3 ? forward : forward - 7) : looksBack ? (forward === 0 ? 0 : forward - 7) : forward;
	const date = addDays(day, shift);
	return {
		time: dayValue(date),
		stated: ['weekday'],
		inferred: ['year', 'month', 'day'],
		derivation: [`“${text}” names a ${WEEKDAY_NAMES[weekday]} of the story: the ${that ? 'nearest' : looksBack ? 'last' : 'first'} ${WEEKDAY_NAMES[weekday]} ${that ? 'to' : looksBack ? 'on or before' : 'on or after'} the day it is at (“${told.candidate.text}” → ${t.value}) → ${formatYmd(date)}`],
		confidence: 0.65,
		referenceFree: told.resolved.referenceFree
	};
}
