import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../../../src/lib/app/store/backend.ts';
import { readRecord, type TimelineRecord } from '../../../../src/lib/app/store/record.ts';
import { TimelineStore } from '../../../../src/lib/app/store/TimelineStore.ts';
import type { TimelineEvent } from '../../../../src/lib/extract/types.ts';

const event: TimelineEvent = {
	id: 'e1',
	title: 'Victory in Europe',
	time: { value: '1945-05-09', start: '1945-05-09', end: '1945-05-10', granularity: 'day' },
	mentions: [{ documentId: 'd1', passageId: 'p1', start: 0, end: 10, text: 'Victory Da' }],
	confidence: 0.9,
	derivation: ['known'],
	provenance: { stated: [], inferred: ['year', 'month', 'day'] },
	knowledgeId: 've-day'
};

function record(id: string, updatedAt: number, name = ''): TimelineRecord {
	const text = 'Victory Day is on 9 May.';
	return {
		version: 1,
		id,
		name,
		createdAt: 1,
		updatedAt,
		sources: [{ text, fileName: 'a.txt', format: 'text', referenceOverride: null }],
		result: {
			referenceDate: { value: '2025-05-08', source: 'inferred', derivation: ['x'] },
			documents: [{ id: 'd1', title: `Doc ${id}`, text, passages: [{ id: 'p1', start: 0, end: text.length, text, sentences: [{ start: 0, end: text.length }] }] }],
			events: [event]
		},
		events: [{ ...event, title: 'VE Day', edited: true }],
		history: { entries: [{ command: [{ kind: 'rename', id: 'e1', title: 'VE Day' }], label: 'rename “Victory in Europe”' }], cursor: 1, floor: 0 }
	};
}

describe('readRecord', () => {
	it('accepts what the app writes, unchanged', () => {
		const r = record('t1', 5);
		const read = readRecord(structuredClone(r));
		expect(read).toEqual({ ok: true, record: r });
	});

	it('refuses a damaged record with a message naming it', () => {
		const bad = { ...record('t1', 5, 'My notes'), events: [{ id: 'e1' }] };
		const read = readRecord(bad);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.error).toMatch(/^The saved timeline “My notes” is damaged and was skipped: .* \(at events\.0\.title\)\.$/);
		expect(readRecord(null)).toMatchObject({ ok: false, error: expect.stringMatching(/^A saved timeline is damaged/) });
		const history = { ...record('t1', 5), history: { entries: [], cursor: 3, floor: 0 } };
		expect(readRecord(history)).toMatchObject({ ok: false, error: expect.stringContaining('undo history points outside') });
	});

	it('leaves a record from a newer version alone, saying why', () => {
		expect(readRecord({ ...record('t1', 5, 'Future'), version: 2 })).toEqual({
			ok: false,
			error: 'The saved timeline “Future” was saved by a newer version of Timeweave and cannot be opened here.'
		});
	});
});

describe('TimelineStore', () => {
	it('lists usable timelines, newest first, and reports the skipped ones', async () => {
		const backend = new MemoryBackend();
		const store = new TimelineStore(backend);
		await store.save(record('t1', 10));
		await store.save(record('t2', 30, 'Named'));
		backend.records.set('bad', { id: 'bad', version: 1 });
		backend.records.set('new', { ...record('new', 99), version: 7 });
		const { timelines, problems } = await store.list();
		expect(timelines).toEqual([
			{ id: 't2', name: 'Named', createdAt: 1, updatedAt: 30, eventCount: 1 },
			{ id: 't1', name: 'Doc t1', createdAt: 1, updatedAt: 10, eventCount: 1 }
		]);
		expect(problems).toHaveLength(2);
		expect(problems.some((p) => p.includes('newer version'))).toBe(true);
	});

	it('reopens the last saved timeline, else the newest usable one, else none', async () => {
		const backend = new MemoryBackend();
		const store = new TimelineStore(backend);
		expect(await store.last()).toEqual({ record: null, problems: [] });
		await store.save(record('t2', 30));
		await store.save(record('t1', 10)); // saved last: it is the open one
		expect((await store.last()).record?.id).toBe('t1');
		await store.remove('t1');
		expect((await store.last()).record?.id).toBe('t2');
		backend.records.set('t2', { broken: true });
		backend.meta.set('lastOpen', 't2');
		const none = await store.last();
		expect(none.record).toBeNull();
		expect(none.problems).toHaveLength(1);
	});

	it('opens, renames and deletes', async () => {
		const store = new TimelineStore(new MemoryBackend());
		await store.save(record('t1', 10));
		expect(await store.rename('t1', '  Class   notes ', 50)).toBe(true);
		const opened = await store.open('t1');
		expect('record' in opened && opened.record.name).toBe('Class notes');
		expect('record' in opened && opened.record.updatedAt).toBe(50);
		await store.remove('t1');
		expect(await store.open('t1')).toEqual({ error: expect.stringContaining('no longer saved') });
		expect(await store.rename('t1', 'x')).toBe(false);
	});
});
