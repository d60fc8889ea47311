/**
 * A wire's gloss of a local clock time in Greenwich time, in brackets after it: "struck at 1:14 p.m. local time (1814 GMT)",
 * "hit at 4:47 a.m. (2147 GMT Monday)", "at 10:32 p.m. EDT (0232 GMT Thursday)". A TIME of its own, as annotators of news
 * tag it. Its day is the local time's, moved by the offset between the two clocks (a zone is at most fourteen hours from
 * Greenwich: 6:20 a.m. glossed 2320 GMT is 23:20 the day before); a weekday in the gloss says which day where no local time
 * comes right before it. It is no time the story moves to: the story goes on in local time.
 */
import { addDays, dayValue, weekdayOf, ymdToMillis, startYmd, timeValue, WEEKDAY_NAMES, type Ymd } from '../../timex.ts';
import type { Candidate, Resolved, ResolveContext } from '../candidate.ts';
import { candidateAt, type Parser } from '../scope.ts';
import { allMatches, hasDigit } from '../wordFilter.ts';

/** "(1814 GMT)", "(2147 GMT Monday)", "( 0232 UTC Thursday )": the gloss, its hour, minute and weekday. */
const GLOSS = /\(\s*(([01]\d|2[0-3])([0-5]\d)\s+(?:GMT|UTC)(?:\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day))?)\s*\)/gi;
const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

/** The hour and minute of a resolved clock time ("2009-03-17T06:20" → 380), or null when it has none. */
function minutesOf(value: string): number | null {
	const m = /T(\d\d):(\d\d)$/.exec(value) ?? /T(\d\d)$/.exec(value);
	return m ? Number(m[1]) * 60 + Number(m[2] ?? 0) : null;
}

function glossAt(ctx: ResolveContext, hour: number, minute: number, weekday: number | null, text: string): Resolved | null {
	const self = ctx.candidates[ctx.index];
	const gmt = hour * 60 + minute;
	// The local clock time right before it, or before the day told with it ("4:17 a.m. on Monday (2117 GMT Sunday)").
	let before: Candidate | undefined;
	let local: Resolved | null = null;
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 2); k--) {
		const c = ctx.candidates[k];
		if (c.sentence.start !== self.sentence.start || self.start - c.end > 40) break;
		const r = ctx.resolveAt(k);
		if (r && minutesOf(r.time.value) !== null) {
			before = c;
			local = r;
			break;
		}
	}
	const localMinutes = local ? minutesOf(local.time.value) : null;
	let day: Ymd | null = null;
	let derivation = '';
	let referenceFree = false;
	if (local && localMinutes !== null) {
		// The offset between the two clocks, within a zone's reach of Greenwich (−12 to +14 hours): the day moves with it.
		let offset = gmt - localMinutes;
		if (offset > 14 * 60) offset -= DAY_MINUTES;
		else if (offset < -12 * 60) offset += DAY_MINUTES;
		const shift = Math.round((localMinutes + offset - gmt) / DAY_MINUTES);
		day = addDays(startYmd(local.time), shift);
		derivation = `“${text}” glosses “${before!.text}” (${local.time.value}) in Greenwich time${shift ? `, the day ${shift > 0 ? 'after' : 'before'}` : ''}`;
		referenceFree = local.referenceFree;
	} else {
		const told = ctx.narrativeBefore(true);
		if (!told || !['day', 'hour', 'minute'].includes(told.resolved.time.granularity)) return null;
		day = startYmd(told.resolved.time);
		derivation = `“${text}” is a Greenwich time of the day the story is at (“${told.candidate.text}” → ${told.resolved.time.value})`;
		referenceFree = told.resolved.referenceFree;
	}
	// The weekday named is the one of the day found, or a day either side of it.
	if (weekday !== null && weekdayOf(day) !== weekday) {
		const near = [-1, 1].map((d) => addDays(day!, d)).find((d) => weekdayOf(d) === weekday);
		if (!near) return null;
		day = near;
		derivation += `, on the ${WEEKDAY_NAMES[weekday]} it names`;
	}
	const start = ymdToMillis(day) + gmt * MINUTE_MS;
	const value = `${dayValue(day).value}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
	const time = timeValue(value, start, start + MINUTE_MS, 'minute');
	return { time, stated: weekday !== null ? ['time', 'weekday'] : ['time'], inferred: ['year', 'month', 'day'], derivation: [`${derivation} → ${value}`], confidence: 0.7, referenceFree };
}

export const wireGlossParser: Parser = {
	name: 'wireGloss',
	find(scope) {
		const out: Candidate[] = [];
		if (!hasDigit(scope) || !scope.text.includes('(')) return out;
		for (const m of allMatches(scope.text, GLOSS)) {
			const start = m.index + m[0].indexOf(m[1]);
			const end = start + m[1].length;
			// After a clock time or a zone, not after other words ("the Fed (1800 GMT)" is no gloss of a time).
			if (!/(?:\d|[ap]\.?m\.?|[A-Z]{2,4}T?|local\s+time|noon|midnight)\s*$/i.test(scope.text.slice(Math.max(0, m.index - 16), m.index))) continue;
			const hour = Number(m[2]);
			const minute = Number(m[3]);
			const weekday = m[4] ? WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === m[4].toLowerCase()) : null;
			const text = m[1];
			out.push(candidateAt(scope, start, end, { parser: 'wireGloss', type: 'TIME', priority: 2, background: true, gloss: true, resolve: (ctx) => glossAt(ctx, hour, minute, weekday, text) }));
		}
		return out;
	}
};
