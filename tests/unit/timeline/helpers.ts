import type { Granularity, TimelineEvent } from '../../../src/lib/extract/types.ts';

/** A minimal TimelineEvent for layout tests. */
export function makeEvent(
	id: string,
	start: string,
	end: string,
	granularity: Granularity = 'day',
	title = `Event ${id}`
): TimelineEvent {
	return {
		id,
		title,
		time: { value: start.slice(0, 10), start, end, granularity },
		mentions: [],
		confidence: 1,
		derivation: [],
		provenance: { stated: ['year', 'month', 'day'], inferred: [] }
	};
}

/** `count` day events, one every `stepDays` days from 2025-01-01, with titles of varying length. */
export function denseDays(count: number, stepDays = 1): TimelineEvent[] {
	const out: TimelineEvent[] = [];
	for (let i = 0; i < count; i++) {
		const d = new Date(Date.UTC(2025, 0, 1 + i * stepDays));
		const e = new Date(d.getTime() + 86_400_000);
		const iso = (x: Date) => x.toISOString().slice(0, 10);
		out.push(makeEvent(`e${String(i).padStart(3, '0')}`, iso(d), iso(e), 'day', `Event number ${i} ${'x'.repeat(i % 17)}`));
	}
	return out;
}
