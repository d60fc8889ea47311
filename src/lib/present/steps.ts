/**
 * The order of a presentation: one step per event, earliest first. Pure.
 */
import type { TimelineEvent } from '../extract/types.ts';

/**
 * The events as presentation steps: by start, then by end (the shorter of two events that
 * start together comes first), ties keeping the given order. A new array; the input is not
 * touched. Expanded years (`-000499-01-01`, `+012000-01-01`) sort by their value.
 */
export function stepOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
	return events
		.map((event, index) => ({ event, index }))
		.sort(
			(a, b) =>
				compareIso(a.event.time.start, b.event.time.start) ||
				compareIso(a.event.time.end, b.event.time.end) ||
				a.index - b.index
		)
		.map(({ event }) => event);
}

/** The 1-based step that shows `id`, or null when no step does. */
export function stepOfEvent(steps: readonly TimelineEvent[], id: string): number | null {
	const index = steps.findIndex((e) => e.id === id);
	return index < 0 ? null : index + 1;
}

const YEAR = /^[+-]?\d+/;

/** Compares ISO dates or date-times, including expanded and negative years. */
export function compareIso(a: string, b: string): number {
	const ya = Number(YEAR.exec(a)?.[0] ?? 0);
	const yb = Number(YEAR.exec(b)?.[0] ?? 0);
	if (ya !== yb) return ya - yb;
	const ra = a.replace(YEAR, '');
	const rb = b.replace(YEAR, '');
	return ra < rb ? -1 : ra > rb ? 1 : 0;
}
