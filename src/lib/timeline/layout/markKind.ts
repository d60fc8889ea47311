/** Which mark an event gets: its granularity and length, never a guess at a day. */
import type { Granularity, TimelineEvent } from '../../extract/types.ts';
import type { MarkKind } from '../types.ts';
import { DAY_MS, eventInterval } from '../time.ts';

const FINE: ReadonlySet<Granularity> = new Set(['day', 'hour', 'minute', 'second']);

/**
 * `'point'` for an event known to the day or finer that lasts at most a day; `'span'`
 * (a bar over the whole interval) for years, months, decades, seasons … and for ranges,
 * so "1945" is never drawn as if it were one exact day.
 */
export function markKind(e: TimelineEvent): MarkKind {
	const { start, end } = eventInterval(e);
	return FINE.has(e.time.granularity) && end - start <= DAY_MS ? 'point' : 'span';
}
