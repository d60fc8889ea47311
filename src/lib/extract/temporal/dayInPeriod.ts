/**
 * In a history, the day a count in days goes on from when the time told last is coarser than a day: "The bomb fell at
 * 8:15 a.m. on 6 August … by the end of the year the toll had risen … three days later, a second bomb fell" counts from
 * 6 August, not from the year; "Baisakhi, the spring harvest festival, fell on the following day", after "12 April" and
 * "the spring", is 13 April.
 */
import { isoToMillis } from '../timex.ts';
import type { Candidate, ResolveContext, Resolved } from './candidate.ts';
import { indexByStart } from '../firstAtOrAfter.ts';
import { BY_DAY } from './scope.ts';

/** How many candidates before the coarse time the search reaches. */
const REACH = 40;

/**
 * The last day (or time of a day) the text told itself before `period` (a year, season or month the story is at, not a
 * range), where it lies within that period; else null. Only in a history: news counts such days from the day of writing.
 * Asides, looks back in the past perfect, times waiting on a day after them and glosses are passed.
 */
export function dayInPeriod(ctx: ResolveContext, period: { resolved: Resolved; candidate: Candidate }): { resolved: Resolved; candidate: Candidate } | null {
	const t = period.resolved.time;
	if (!ctx.historical || !['month', 'season', 'year'].includes(t.granularity) || t.value.includes('/')) return null;
	const from = indexByStart(ctx.candidates, period.candidate);
	if (from < 0) return null;
	const start = isoToMillis(t.start);
	const end = isoToMillis(t.end);
	for (let k = from - 1; k >= Math.max(0, from - REACH); k--) {
		const c = ctx.candidates[k];
		if (c.background || c.historyAside || c.pastPerfect || c.dayAfter || c.gloss || c.value !== undefined) continue;
		const r = ctx.resolveAt(k);
		if (!r || !r.referenceFree || r.time.value.includes('/')) continue;
		if (!BY_DAY.has(r.time.granularity)) continue;
		const at = isoToMillis(r.time.start);
		return at >= start && at < end ? { resolved: r, candidate: c } : null;
	}
	return null;
}
