import { describe, expect, it } from 'vitest';
import type { ExtractionResult, TimelineEvent } from '../../../src/lib/extract/index.ts';
import type { Extractor, WorkerExtractOptions } from '../../../src/lib/app/extractClient.ts';
import { parseDateInput } from '../../../src/lib/app/edit/parseDateInput.ts';
import { MemoryBackend } from '../../../src/lib/app/store/backend.ts';
import { SavedTimelines } from '../../../src/lib/app/store/SavedTimelines.svelte.ts';
import { TimelineDoc } from '../../../src/lib/app/TimelineDoc.svelte.ts';

const TEXT = 'They met on Thursday.\n\nThe parade is on Friday.\n\nVictory came in 1945.';

function date(text: string) {
	const r = parseDateInput(text);
	if (!r.ok) throw new Error(r.error);
	return r.time;
}

/**
 * Events like the extractor's: numbered by time, so a new reference renumbers them; mentions
 * at fixed places in the text. With reference year 1900 the parade is not found.
 */
class StubExtractor implements Extractor {
	async run(text: string, options: WorkerExtractOptions): Promise<ExtractionResult> {
		const year = Number(options.reference?.slice(0, 4) ?? '2025');
		const at = (phrase: string) => {
			const start = text.indexOf(phrase);
			const passage = text.slice(0, start).split('\n\n').length;
			return { documentId: 'd1', passageId: `p${passage}`, start, end: start + phrase.length, text: phrase };
		};
		const drafts: Array<Omit<TimelineEvent, 'id'>> = [
			{ title: 'Meeting', time: date(`8 May ${year}`), mentions: [at('on Thursday')], confidence: 0.8, derivation: ['weekday'], provenance: { stated: ['weekday'], inferred: ['year'] } },
			{ title: 'Victory', time: date('1945'), mentions: [at('in 1945')], confidence: 0.9, derivation: ['year'], provenance: { stated: ['year'], inferred: [] } }
		];
		if (year !== 1900) drafts.push({ title: 'Parade', time: date(`9 May ${year}`), mentions: [at('on Friday')], confidence: 0.8, derivation: ['weekday'], provenance: { stated: ['weekday'], inferred: ['year'] } });
		const events = drafts
			.sort((a, b) => (a.time.start < b.time.start ? -1 : 1))
			.map((d, i) => ({ ...d, id: `e${i + 1}` }));
		return {
			referenceDate: { value: options.reference ?? '2025-05-08', source: options.reference ? 'user' : 'inferred', derivation: [] },
			documents: [{ id: 'd1', title: 'Stub story', text, passages: [] }],
			events,
			expressions: [],
			warnings: []
		};
	}
}

const idOf = (doc: TimelineDoc, title: string): string => {
	const id = doc.events.find((e) => e.title === title)?.id;
	if (!id) throw new Error(`no event “${title}”`);
	return id;
};

describe('TimelineDoc edits', () => {
	it('rename, redate, delete, undo and redo, with labels', async () => {
		const doc = new TimelineDoc(new StubExtractor());
		let changes = 0;
		doc.onchange = () => changes++;
		await doc.load(TEXT);
		expect(doc.timelineId).toMatch(/^t-/);
		expect(doc.displayName).toBe('Stub story');
		expect(doc.canUndo).toBe(false);
		const meeting = idOf(doc, 'Meeting');

		expect(doc.rename(meeting, 'Putin meets Xi')).toBe(true);
		expect(doc.undoLabel).toBe('Undo rename “Meeting”');
		expect(doc.redate(meeting, date('9 May 1945'))).toBe(true);
		// The list is in time order: the meeting now comes before 1945's year-long span ends.
		expect(doc.events.find((e) => e.id === meeting)).toMatchObject({ title: 'Putin meets Xi', time: { value: '1945-05-09' }, edited: true });
		expect(doc.result?.events.find((e) => e.id === meeting)?.title).toBe('Meeting'); // the extraction stays as it was
		doc.select(meeting);
		expect(doc.remove(meeting)).toBe(true);
		expect(doc.selectedId).toBeNull();
		expect(doc.events.map((e) => e.title)).toEqual(['Victory', 'Parade']);

		expect(doc.undo()).toBe(true);
		expect(doc.events.find((e) => e.id === meeting)?.title).toBe('Putin meets Xi');
		expect(doc.undo()).toBe(true);
		expect(doc.events.find((e) => e.id === meeting)?.time.value).toBe('2025-05-08');
		expect(doc.redoLabel).toBe('Redo date of “Putin meets Xi”');
		expect(doc.redo()).toBe(true);
		expect(doc.events.find((e) => e.id === meeting)?.time.value).toBe('1945-05-09');
		expect(changes).toBe(1 + 6); // the load, then every edit, undo and redo

		expect(doc.rename('nope', 'x')).toBe(false);
		expect(doc.rename(meeting, '   ')).toBe(false);
		expect(changes).toBe(7);
	});

	it('adds an event from a phrase and merges two', async () => {
		const doc = new TimelineDoc(new StubExtractor());
		await doc.load(TEXT);
		const start = TEXT.indexOf('Victory came');
		const id = doc.addFromRange({ title: 'Victory', time: date('9 May 1945'), mention: { documentId: 'd1', passageId: 'p3', start, end: start + 12, text: 'Victory came' } });
		expect(id).toMatch(/^u-/);
		expect(doc.selectedId).toBe(id);
		expect(doc.events).toHaveLength(4);
		const victory = doc.events.find((e) => e.title === 'Victory' && !e.edited)?.id ?? '';
		expect(doc.merge(victory, id ?? '')).toBe(true);
		expect(doc.selectedId).toBe(victory);
		const merged = doc.events.find((e) => e.id === victory);
		expect(merged?.time.value).toBe('1945-05-09');
		expect(merged?.mentions).toHaveLength(2);
		expect(doc.undoLabel).toBe('Undo merge “Victory” and “Victory”');
	});

	it('a new reference date keeps the edits whose events are still found, and says which are not', async () => {
		const doc = new TimelineDoc(new StubExtractor());
		await doc.load(TEXT);
		const id = doc.timelineId;
		doc.rename(idOf(doc, 'Meeting'), 'Summit');
		doc.rename(idOf(doc, 'Parade'), 'March');
		doc.select(idOf(doc, 'Summit'));
		// 1800: the meeting (e2 before) comes first and becomes e1.
		expect(await doc.setReference('1800-01-01')).toBe(true);
		expect(doc.timelineId).toBe(id);
		expect(doc.events.map((e) => e.title)).toEqual(['Summit', 'March', 'Victory']);
		expect(doc.selectedEvent?.title).toBe('Summit');
		expect(doc.notice).toBeNull();
		expect(doc.canUndo).toBe(false); // a new history starts
		// 1900: no parade, so its rename cannot apply.
		expect(await doc.setReference('1900-01-01')).toBe(true);
		expect(doc.events.map((e) => e.title)).toEqual(['Summit', 'Victory']);
		expect(doc.notice).toBe('1 of your 2 edits no longer applies: its event is not found with this reference date.');
		// A new text is a new timeline with no edits.
		await doc.load(TEXT);
		expect(doc.timelineId).not.toBe(id);
		expect(doc.events.map((e) => e.title)).toEqual(['Victory', 'Meeting', 'Parade']);
	});

	it('is saved and restored whole: text, reference, edits and their history', async () => {
		const backend = new MemoryBackend();
		const doc = new TimelineDoc(new StubExtractor());
		const saved = new SavedTimelines(doc, backend, 0);
		await saved.start(() => doc.load(TEXT, { fileName: 'story.txt', format: 'text' }));
		await doc.setReference('2021-01-01');
		doc.rename(idOf(doc, 'Meeting'), 'Summit');
		doc.remove(idOf(doc, 'Parade'));
		doc.undo();
		await saved.flush();
		expect(saved.saveState).toBe('saved');

		// A new visit: a new document, the same storage.
		const again = new TimelineDoc(new StubExtractor());
		const reopened = new SavedTimelines(again, backend, 0);
		let firstVisit = false;
		await reopened.start(async () => (firstVisit = true));
		expect(firstVisit).toBe(false);
		expect(again.status).toBe('ready');
		expect(again.timelineId).toBe(doc.timelineId);
		expect(again.text).toBe(TEXT);
		expect(again.fileName).toBe('story.txt');
		expect(again.referenceOverride).toBe('2021-01-01');
		expect(again.events).toEqual(doc.events);
		expect(again.redoLabel).toBe('Redo delete “Parade”');
		expect(again.redo()).toBe(true);
		expect(again.events.map((e) => e.title)).toEqual(['Victory', 'Summit']);

		// The list, a rename, a second timeline, and deleting the open one.
		await reopened.rename(again.timelineId ?? '', 'Class notes');
		expect(again.displayName).toBe('Class notes');
		// The list is ordered by the millisecond of the last change: let the clock move on, or the two may tie.
		await new Promise((resolve) => setTimeout(resolve, 5));
		await again.load(`Again: ${TEXT}`);
		await reopened.refresh();
		expect(reopened.timelines.map((t) => t.name)).toEqual(['Stub story', 'Class notes']);
		expect(reopened.problems).toEqual([]);
		await reopened.remove(again.timelineId ?? '', async () => {});
		expect(again.displayName).toBe('Class notes');
		expect(reopened.timelines.map((t) => t.name)).toEqual(['Class notes']);
	});

	it('a first visit opens what `firstVisit` gives', async () => {
		const doc = new TimelineDoc(new StubExtractor());
		const saved = new SavedTimelines(doc, new MemoryBackend(), 0);
		await saved.start(() => doc.load(TEXT));
		expect(doc.status).toBe('ready');
		expect(saved.started).toBe(true);
	});
});

describe('TimelineDoc.update', () => {
	it('a title and a date changed together are one step', async () => {
		const doc = new TimelineDoc(new StubExtractor());
		await doc.load(TEXT);
		const id = idOf(doc, 'Meeting');
		expect(doc.update(id, { title: 'Meeting', time: doc.events.find((e) => e.id === id)?.time })).toBe(false); // nothing changes
		expect(doc.update(id, { title: 'Summit', time: date('May 1945') })).toBe(true);
		expect(doc.undoLabel).toBe('Undo edit “Meeting”');
		expect(doc.events.find((e) => e.id === id)).toMatchObject({ title: 'Summit', time: { value: '1945-05' } });
		doc.undo();
		expect(doc.events.find((e) => e.id === id)).toMatchObject({ title: 'Meeting', time: { value: '2025-05-08' } });
		expect(doc.canUndo).toBe(false);
		// Over a new reference, the step keeps what still applies.
		doc.redo();
		await doc.setReference('1800-01-01');
		expect(doc.events.find((e) => e.title === 'Summit')?.time.value).toBe('1945-05');
	});
});
