/**
 * Keep a person's edits when the same text is extracted again (another reference date): the
 * extractor numbers events by time (`e1`, `e2`, …), so a re-dated text may give an event a new
 * id. Events are matched by the passages of text that mention them, which do not move; the
 * edits are rewritten to the new ids, and edits whose event is gone are dropped. Pure.
 */
import type { TimelineEvent } from '../../extract/types.ts';
import type { Edit } from './operations.ts';

const key = (m: TimelineEvent['mentions'][number]): string => `${m.documentId}\u0000${m.start}\u0000${m.end}`;

/**
 * Old event id -> new event id. Each old event goes to the new event sharing most of its
 * mentions (at least one); without shared mentions, to a new event with the same id and
 * title, or else the only new event with the same title. One-to-one.
 */
export function matchEvents(before: readonly TimelineEvent[], after: readonly TimelineEvent[]): Map<string, string> {
	const owners = new Map<string, string[]>();
	for (const e of after) for (const m of e.mentions) owners.set(key(m), [...(owners.get(key(m)) ?? []), e.id]);
	const byTitle = new Map<string, TimelineEvent[]>();
	for (const e of after) byTitle.set(e.title, [...(byTitle.get(e.title) ?? []), e]);
	const taken = new Set<string>();
	const map = new Map<string, string>();
	for (const old of before) {
		const votes = new Map<string, number>();
		for (const m of old.mentions) for (const id of owners.get(key(m)) ?? []) if (!taken.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
		let best: string | null = null;
		for (const [id, n] of votes) if (best === null || n > (votes.get(best) ?? 0)) best = id;
		if (best === null) {
			const same = byTitle.get(old.title)?.filter((e) => !taken.has(e.id)) ?? [];
			best = same.find((e) => e.id === old.id)?.id ?? (same.length === 1 ? same[0].id : null);
		}
		if (best !== null) {
			map.set(old.id, best);
			taken.add(best);
		}
	}
	return map;
}

/** The edits rewritten for the new events, and how many were dropped because their event is gone. */
export interface Rebased {
	edits: Edit[];
	/** Indexes (into the old edits) of the edits that were dropped. */
	dropped: number[];
	/** Old event id -> new event id, for carrying a selection over. */
	ids: Map<string, string>;
}

/**
 * Rewrite `edits`, made on `before`, to apply to `after`. Events added by the user keep their
 * ids (unless the new extraction took one); every other id goes through {@link matchEvents}.
 */
export function rebaseEdits(before: readonly TimelineEvent[], after: readonly TimelineEvent[], edits: readonly Edit[]): Rebased {
	const ids = matchEvents(before, after);
	const extracted = new Set(after.map((e) => e.id));
	const added = new Set<string>();
	const to = (id: string): string | null => (added.has(id) ? id : (ids.get(id) ?? null));
	const out: Edit[] = [];
	const dropped: number[] = [];
	edits.forEach((edit, index) => {
		let next: Edit | null = null;
		switch (edit.kind) {
			case 'add':
				if (!extracted.has(edit.event.id)) {
					added.add(edit.event.id);
					next = edit;
				}
				break;
			case 'merge': {
				const survivorId = to(edit.survivorId);
				const otherId = to(edit.otherId);
				next = survivorId && otherId ? { ...edit, survivorId, otherId } : null;
				break;
			}
			default: {
				const id = to(edit.id);
				next = id ? { ...edit, id } : null;
			}
		}
		if (next) out.push(next);
		else dropped.push(index);
	});
	return { edits: out, dropped, ids };
}
