/**
 * The base (unzoomed) time scale: the whole extent of the events across the width.
 * Zoomed scales derive from it with `transform.rescaleX(base)`; it is never mutated.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimelineEvent } from '../extract/types.ts';
import { DAY_MS, YEAR_MS, eventInterval, toMillis } from './time.ts';

/** Domain shown when there are no events: the year 2000 (deterministic, never "today"). */
export const EMPTY_DOMAIN: readonly [number, number] = [toMillis('2000-01-01'), toMillis('2001-01-01')];

/**
 * A `scaleUtc` whose domain is the extent of `events` (earliest start to latest end) and
 * whose range is `[padding, width - padding]`, so the outermost events sit `padding` pixels
 * inside the view.
 *
 * - No events: the year 2000 ({@link EMPTY_DOMAIN}).
 * - One event: a year centred on it, or the event plus 10 % on each side when it is longer.
 * - Several events spanning less than a day: a day centred on them.
 *
 * A width of 0 (not measured yet, or server rendering) still gives a usable scale.
 * @throws Error `invalid padding: …` when `padding` is negative or not finite.
 */
export function createBaseScale(
	events: readonly TimelineEvent[],
	width: number,
	padding: number
): ScaleTime<number, number> {
	if (!(padding >= 0) || !Number.isFinite(padding)) throw new Error(`invalid padding: ${padding}`);
	const w = Number.isFinite(width) && width > 0 ? width : 0;
	const left = Math.min(padding, w / 2);
	const right = Math.max(left + 1, w - padding);
	return scaleUtc()
		.domain(paddedExtent(events).map((t) => new Date(t)))
		.range([left, right]);
}

function paddedExtent(events: readonly TimelineEvent[]): [number, number] {
	if (events.length === 0) return [EMPTY_DOMAIN[0], EMPTY_DOMAIN[1]];
	let lo = Infinity;
	let hi = -Infinity;
	for (const e of events) {
		const { start, end } = eventInterval(e);
		lo = Math.min(lo, start);
		hi = Math.max(hi, end);
	}
	const span = hi - lo;
	if (events.length === 1) {
		const mid = lo + span / 2;
		const half = Math.max(YEAR_MS / 2, span * 0.6);
		return [mid - half, mid + half];
	}
	if (span < DAY_MS) {
		const mid = lo + span / 2;
		return [mid - DAY_MS / 2, mid + DAY_MS / 2];
	}
	return [lo, hi];
}
