import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract/index.ts';
import type { Extractor } from '../../../src/lib/app/extractClient.ts';
import { MAX_TEXTS, TimelineDoc } from '../../../src/lib/app/TimelineDoc.svelte.ts';

/** The real extractor, in process. */
const real: Extractor = { run: async (text, options) => extract(text, options) };

const first = `Berlin Wall

The Berlin Wall fell on 9 November 1989. Germany was reunified on 3 October 1990.`;
const second = `Velvet Revolution

Students marched in Prague on 17 November 1989. Václav Havel became president on 29 December 1989.`;

describe('TimelineDoc with several texts', () => {
	it('adds a text as its own document, with ids that do not collide', async () => {
		const doc = new TimelineDoc(real);
		await doc.load(first);
		const before = doc.events.map((e) => e.id);
		expect(await doc.addText(second, { fileName: 'velvet.txt' })).toBe(true);
		expect(doc.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
		expect(doc.documents[1].title).toBe('Velvet Revolution');
		const ids = doc.events.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of before) expect(ids).toContain(id);
		const fromSecond = doc.events.filter((e) => e.mentions[0]?.documentId === 'd2');
		expect(fromSecond.length).toBeGreaterThan(0);
		for (const e of fromSecond) {
			expect(e.id.startsWith('d2-')).toBe(true);
			for (const m of e.mentions) expect(doc.documents[1].text.slice(m.start, m.end)).toBe(m.text);
		}
		// The added text is shown; selecting an event of the first shows the first again.
		expect(doc.document?.id).toBe('d2');
		doc.select(before[0]);
		expect(doc.document?.id).toBe('d1');
	});

	it('keeps edits when a text is added, and takes a text out with its events', async () => {
		const doc = new TimelineDoc(real);
		await doc.load(first);
		const wall = doc.events[0];
		expect(doc.rename(wall.id, 'The Wall falls')).toBe(true);
		await doc.addText(second);
		expect(doc.events.find((e) => e.id === wall.id)?.title).toBe('The Wall falls');
		expect(doc.canUndo).toBe(true);
		expect(doc.removeText('d1')).toBe(false); // the first text stays
		expect(doc.removeText('d2')).toBe(true);
		expect(doc.documents.map((d) => d.id)).toEqual(['d1']);
		expect(doc.events.every((e) => e.mentions[0]?.documentId === 'd1')).toBe(true);
	});

	it('a new text replaces them all; a reference change re-dates the first text and keeps the others', async () => {
		const doc = new TimelineDoc(real);
		await doc.load(first);
		await doc.addText(second);
		const count = doc.events.length;
		expect(await doc.setReference('1990-01-01')).toBe(true);
		expect(doc.documents).toHaveLength(2);
		expect(doc.events).toHaveLength(count);
		await doc.load(second);
		expect(doc.documents).toHaveLength(1);
	});

	it('saves and restores every text', async () => {
		const doc = new TimelineDoc(real);
		await doc.load(first);
		await doc.addText(second, { fileName: 'velvet.txt' });
		const record = doc.toRecord(1);
		expect(record?.sources).toHaveLength(2);
		expect(record?.sources[1].fileName).toBe('velvet.txt');
		const again = new TimelineDoc(real);
		again.restore(record!);
		expect(again.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
		expect(again.events.map((e) => [e.id, e.title])).toEqual(doc.events.map((e) => [e.id, e.title]));
		expect(again.added[0].input.fileName).toBe('velvet.txt');
		expect(again.removeText('d2')).toBe(true);
		expect(again.events.every((e) => e.mentions[0]?.documentId === 'd1')).toBe(true);
	});

	it('refuses more texts than a timeline holds, and a bad text, keeping what is there', async () => {
		const doc = new TimelineDoc(real);
		await doc.load(first);
		expect(await doc.addText('   ')).toBe(false);
		expect(doc.error).toMatch(/empty/);
		expect(doc.documents).toHaveLength(1);
		for (let i = 1; i < MAX_TEXTS; i++) expect(await doc.addText(`Note ${i}\n\nIt happened on ${i} March 1990.`)).toBe(true);
		expect(await doc.addText(second)).toBe(false);
		expect(doc.error).toMatch(/at most/);
		expect(doc.documents).toHaveLength(MAX_TEXTS);
	});
});

describe('TimelineDoc.openTimeline', () => {
	it('opens a saved file with several documents as a new timeline of several texts', async () => {
		const doc = new TimelineDoc(real);
		await doc.load(first);
		await doc.addText(second);
		const oldId = doc.timelineId;
		const file = { ...doc.result!, events: doc.events };
		const other = new TimelineDoc(real);
		other.openTimeline(file, 'saved.json');
		expect(other.timelineId).not.toBe(oldId);
		expect(other.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
		expect(other.added).toHaveLength(1);
		expect(other.events.map((e) => e.id).sort()).toEqual(doc.events.map((e) => e.id).sort());
		expect(other.fileName).toBe('saved.json');
		expect(other.canUndo).toBe(false);
		expect(other.rename(other.events[0].id, 'Renamed')).toBe(true);
		expect(other.toRecord(1)?.sources).toHaveLength(2);
	});
});
