/**
 * Infer the reference date (the day the text was written) when it has no dateline or metadata.
 *
 * 1. Anchor: a date the text fixes without a reference. An anniversary being marked is the
 *    strongest sign of "now" ("the 80th anniversary of X" = X + 80 years); otherwise the latest
 *    full date the text states.
 * 2. Consistency: every day within a week of the anchor is scored against the weekdays the text
 *    names with their tense ("convened on Thursday" lies on or before the day of writing,
 *    "scheduled for Friday" after it), and against weekday-and-offset pairs that pin a day
 *    ("on Thursday, a day before the occasion"). The best-scoring day wins; ties go to the
 *    earliest, the first day on which everything the text reports had happened.
 */
import type { ReferenceDate } from '../types.ts';
import { addDays, formatYmd, isoToMillis, millisToYmd, weekdayOf, ymdToMillis, WEEKDAY_NAMES, type Ymd } from '../timex.ts';
import type { Candidate, Resolved } from '../temporal/candidate.ts';
import { weekdayNear } from '../temporal/resolveWeekday.ts';

interface WeekdayMention {
	candidate: Candidate;
	weekday: number;
	tense: 'past' | 'future' | 'none';
	/** A day fixed independently of the reference (by an apposed offset), if any. */
	pinned: Ymd | null;
	pinnedBy?: Candidate;
}

function dayOf(r: Resolved): Ymd | null {
	return r.time.granularity === 'day' ? millisToYmd(isoToMillis(r.time.start)) : null;
}

/** Infer a reference date from candidates resolved without one. Null when the text gives no anchor. */
export function inferReference(candidates: readonly Candidate[], resolved: readonly (Resolved | null)[]): ReferenceDate | null {
	// 1. The anchor.
	let anchor: { day: Ymd; why: string } | null = null;
	for (let i = 0; i < candidates.length; i++) {
		const r = resolved[i];
		const day = r && r.referenceFree ? dayOf(r) : null;
		if (!day || candidates[i].parser !== 'anniversary') continue;
		if (!anchor || ymdToMillis(day) > ymdToMillis(anchor.day))
			anchor = { day, why: `The text marks an anniversary: ${r!.derivation.at(-1)}.` };
	}
	if (!anchor) {
		for (let i = 0; i < candidates.length; i++) {
			const r = resolved[i];
			const day = r && r.referenceFree && candidates[i].parser !== 'namedEvent' && !r.time.value.includes('/') ? dayOf(r) : null;
			if (day && (!anchor || ymdToMillis(day) > ymdToMillis(anchor.day)))
				anchor = { day, why: `The latest full date the text states is “${candidates[i].text}” (${formatYmd(day)}).` };
		}
	}
	if (!anchor) return null;

	// 2. Weekdays, with any day an apposed offset pins them to.
	const weekdays: WeekdayMention[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const c = candidates[i];
		if (c.weekday === undefined) continue;
		const mention: WeekdayMention = { candidate: c, weekday: c.weekday, tense: c.tense ?? 'none', pinned: null };
		const next = candidates[i + 1];
		const r = resolved[i + 1];
		if (next && r?.referenceFree && next.start >= c.end && next.start - c.end <= 3) {
			const day = dayOf(r);
			if (day && weekdayOf(day) === c.weekday) (mention.pinned = day), (mention.pinnedBy = next);
		}
		weekdays.push(mention);
	}
	const derivation = [anchor.why];
	if (!weekdays.length) {
		derivation.push(`No weekday or tense contradicts it: the text is taken to be written on ${formatYmd(anchor.day)}.`);
		return { value: formatYmd(anchor.day), source: 'inferred', derivation };
	}
	const anchorMs = ymdToMillis(anchor.day);
	let best: { day: Ymd; score: number } | null = null;
	for (let offset = -7; offset <= 7; offset++) {
		const day = addDays(anchor.day, offset);
		const dayMs = ymdToMillis(day);
		let score = 0;
		for (const w of weekdays) {
			const date = weekdayNear(day, w.weekday, w.tense);
			const ms = ymdToMillis(date);
			if (w.pinned && ms === ymdToMillis(w.pinned)) score += 3;
			if (Math.abs(ms - anchorMs) <= 6 * 86_400_000) score += 1;
			// News tells of the day's own events in the past tense ("convened on Thursday", written that Thursday).
			if (w.tense === 'past') score += ms <= dayMs ? 1 : 0;
			if (w.tense === 'future') score += ms > dayMs ? 1 : ms === dayMs ? 0.5 : 0;
		}
		if (!best || score > best.score) best = { day, score };
	}
	const day = best!.day;
	for (const w of weekdays) {
		const date = weekdayNear(day, w.weekday, w.tense);
		const tense = w.tense === 'none' ? '' : ` (${w.tense} tense)`;
		const pin = w.pinned
			? ymdToMillis(w.pinned) === ymdToMillis(date)
				? `; “${w.pinnedBy!.text}” puts it on ${formatYmd(w.pinned)}, which is indeed a ${WEEKDAY_NAMES[w.weekday]}`
				: `; but “${w.pinnedBy!.text}” puts it on ${formatYmd(w.pinned)}`
			: '';
		const line = `“${w.candidate.text}”${tense} → ${formatYmd(date)}${pin}.`;
		if (!derivation.includes(line)) derivation.push(line);
	}
	derivation.push(`The earliest day consistent with all of these is ${formatYmd(day)} (a ${WEEKDAY_NAMES[weekdayOf(day)]}): the text is taken to be written then.`);
	return { value: formatYmd(day), source: 'inferred', derivation };
}
