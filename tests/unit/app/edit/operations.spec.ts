import { describe, expect, it } from 'vitest';
import {
	addEvent,
	applyEdits,
	cleanTitle,
	deleteEvent,
	describeEdit,
	mentionFromRange,
	mergeEvents,
	redateEvent,
	renameEvent,
	type Edit
} from '../../../../src/lib/app/edit/operations.ts';
import { rebaseEdits } from '../../../../src/lib/app/edit/rebase.ts';
import { parseDateInput } from '../../../../src/lib/app/edit/parseDateInput.ts';
import type { Mention, TextDocument, TimelineEvent, TimeValue } from '../../../../src/lib/extract/types.ts';

function date(text: string): TimeValue {
	const r = parseDateInput(text);
	if (!r.ok) throw new Error(r.error);
	return r.time;
}

const mention = (passageId: string, start: number, end: number): Mention => ({ documentId: 'd1', passageId, start, end, text: 'x'.repeat(end - start) });

function event(id: string, title: string, when: string, mentions: Mention[] = []): TimelineEvent {
	return {
		id,
		title,
		time: date(when),
		mentions,
		confidence: 0.7,
		derivation: [`found ${when}`],
		provenance: { stated: ['weekday'], inferred: ['year', 'month', 'day'] }
	};
}

const base = (): TimelineEvent[] => [
	event('e1', 'Victory in Europe', '9 May 1945', [mention('p5', 100, 120)]),
	event('e2', 'Putin and Xi meet', '8 May 2025', [mention('p1', 10, 20), mention('p4', 50, 60)]),
	event('e3', 'Parade', '2025', [mention('p2', 30, 40), mention('p4', 50, 60)])
];

describe('operations', () => {
	it('rename: a new array and a new event, the input untouched', () => {
		const events = base();
		const frozen = JSON.stringify(events);
		const next = renameEvent(events, 'e2', '  Putin   meets Xi ');
		expect(next).not.toBeNull();
		expect(next?.find((e) => e.id === 'e2')?.title).toBe('Putin meets Xi');
		expect(next?.find((e) => e.id === 'e2')?.edited).toBe(true);
		expect(next?.[0]).toBe(events[0]); // untouched events are shared
		expect(JSON.stringify(events)).toBe(frozen);
		expect(renameEvent(events, 'e2', '   ')).toBeNull();
		expect(renameEvent(events, 'nope', 'x')).toBeNull();
	});

	it('redate: the user states the date, certain, and the derivation says so', () => {
		const events = base();
		const next = redateEvent(events, 'e2', date('9 May 1945'));
		const e = next?.find((x) => x.id === 'e2');
		expect(e?.time).toEqual({ value: '1945-05-09', start: '1945-05-09', end: '1945-05-10', granularity: 'day' });
		expect(e?.provenance).toEqual({ stated: ['year', 'month', 'day'], inferred: [] });
		expect(e?.confidence).toBe(1);
		expect(e?.derivation).toEqual(['found 8 May 2025', 'Date set by the user: 9 May 1945']);
		expect(e?.edited).toBe(true);
		expect(redateEvent(events, 'e2', date('the 1990s'))?.find((x) => x.id === 'e2')?.provenance.stated).toEqual(['year']);
		expect(events[1].time.value).toBe('2025-05-08');
	});

	it('delete', () => {
		const events = base();
		expect(deleteEvent(events, 'e1')?.map((e) => e.id)).toEqual(['e2', 'e3']);
		expect(deleteEvent(events, 'e9')).toBeNull();
		expect(events).toHaveLength(3);
	});

	it('add from a phrase: mentioned by the phrase, dated by the user', () => {
		const events = base();
		const m = { documentId: 'd1', passageId: 'p3', start: 5, end: 25, text: 'the treaty of 1648' };
		const next = addEvent(events, { id: 'u-1', title: 'Treaty', time: date('1648'), mention: m });
		const added = next?.at(-1);
		expect(added).toMatchObject({ id: 'u-1', title: 'Treaty', mentions: [m], confidence: 1, edited: true, provenance: { stated: ['year'], inferred: [] } });
		expect(added?.derivation).toEqual(['Added by the user from “the treaty of 1648”', 'Date set by the user: 1648']);
		expect(addEvent(events, { id: 'e1', title: 'Taken', time: date('1648'), mention: m })).toBeNull();
		expect(addEvent(events, { id: 'u-2', title: ' ', time: date('1648'), mention: m })).toBeNull();
	});

	it('merge: mentions of both once, the survivor’s id and title, the more precise date', () => {
		const events = base();
		const next = mergeEvents(events, 'e3', 'e2');
		expect(next?.map((e) => e.id)).toEqual(['e1', 'e3']);
		const merged = next?.find((e) => e.id === 'e3');
		expect(merged?.title).toBe('Parade');
		expect(merged?.time.value).toBe('2025-05-08'); // a day beats a year
		expect(merged?.confidence).toBe(0.7);
		expect(merged?.mentions.map((m) => `${m.passageId}:${m.start}`)).toEqual(['p1:10', 'p2:30', 'p4:50']);
		expect(merged?.derivation.at(-1)).toBe('Merged by the user with “Putin and Xi meet”, whose date is the more precise');
		// The other way round, the survivor already has the more precise date.
		expect(mergeEvents(events, 'e2', 'e3')?.find((e) => e.id === 'e2')?.time.value).toBe('2025-05-08');
		expect(mergeEvents(events, 'e2', 'e2')).toBeNull();
		expect(mergeEvents(events, 'e2', 'e9')).toBeNull();
	});

	it('applyEdits replays in order and reports the edits that no longer apply', () => {
		const edits: Edit[] = [
			{ kind: 'rename', id: 'e1', title: 'VE Day' },
			{ kind: 'delete', id: 'e3' },
			{ kind: 'rename', id: 'e3', title: 'gone' },
			{ kind: 'merge', survivorId: 'e1', otherId: 'e2' },
			{ kind: 'redate', id: 'e2', time: date('1990s') }
		];
		const { events, skipped } = applyEdits(base(), edits);
		expect(events.map((e) => [e.id, e.title])).toEqual([['e1', 'VE Day']]);
		expect(skipped).toEqual([2, 4]);
	});

	it('names edits for Undo and Redo', () => {
		const events = base();
		expect(describeEdit({ kind: 'rename', id: 'e1', title: 'x' }, events)).toBe('rename “Victory in Europe”');
		expect(describeEdit({ kind: 'redate', id: 'e2', time: date('1945') }, events)).toBe('date of “Putin and Xi meet”');
		expect(describeEdit({ kind: 'merge', survivorId: 'e3', otherId: 'e2' }, events)).toBe('merge “Parade” and “Putin and Xi meet”');
		expect(cleanTitle('a'.repeat(500))).toHaveLength(200);
	});
});

describe('mentionFromRange', () => {
	const text = 'First paragraph here.\n\nSecond one, in 1648.';
	const doc: TextDocument = {
		id: 'd1',
		title: 't',
		text,
		passages: [
			{ id: 'p1', start: 0, end: 21, text: text.slice(0, 21), sentences: [] },
			{ id: 'p2', start: 23, end: text.length, text: text.slice(23), sentences: [] }
		]
	};

	it('trims spaces and finds the passage', () => {
		const start = text.indexOf(' in 1648');
		expect(mentionFromRange(doc, start, text.length - 1)).toEqual({ documentId: 'd1', passageId: 'p2', start: start + 1, end: text.length - 1, text: 'in 1648' });
	});

	it('refuses empty ranges and ranges across passages', () => {
		expect(mentionFromRange(doc, 5, 5)).toBeNull();
		expect(mentionFromRange(doc, 21, 23)).toBeNull();
		expect(mentionFromRange(doc, 10, 30)).toBeNull();
	});
});

describe('rebaseEdits', () => {
	it('follows events to their new ids through their mentions and drops edits of vanished events', () => {
		const before = base();
		// Re-extracted: ids renumbered by the new dates, the parade no longer found.
		const after = [
			event('e1', 'Putin and Xi meet', '8 May 2021', [mention('p1', 10, 20), mention('p4', 50, 60)]),
			event('e2', 'Victory in Europe', '9 May 1945', [mention('p5', 100, 120)])
		];
		const added = addEvent([], { id: 'u-1', title: 'Treaty', time: date('1648'), mention: mention('p3', 0, 5) })?.[0];
		if (!added) throw new Error('no event');
		const edits: Edit[] = [
			{ kind: 'rename', id: 'e2', title: 'Meeting' },
			{ kind: 'redate', id: 'e3', time: date('1990') },
			{ kind: 'add', event: added },
			{ kind: 'rename', id: 'u-1', title: 'Peace of Westphalia' },
			{ kind: 'merge', survivorId: 'e1', otherId: 'u-1' }
		];
		const { edits: rebased, dropped, ids } = rebaseEdits(before, after, edits);
		expect(dropped).toEqual([1]);
		expect(ids.get('e2')).toBe('e1');
		expect(ids.get('e1')).toBe('e2');
		expect(rebased).toEqual([{ kind: 'rename', id: 'e1', title: 'Meeting' }, edits[2], edits[3], { kind: 'merge', survivorId: 'e2', otherId: 'u-1' }]);
		const result = applyEdits(after, rebased);
		expect(result.skipped).toEqual([]);
		expect(result.events.map((e) => e.title)).toEqual(['Meeting', 'Victory in Europe']);
	});
});
