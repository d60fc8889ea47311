import { describe, expect, it } from 'vitest';
import type { ExtractionResult, TimelineEvent } from '../../../src/lib/extract/index.ts';
import { ExtractFailedError, SupersededError, type Extractor, type WorkerExtractOptions } from '../../../src/lib/app/extractClient.ts';
import { TimelineDoc } from '../../../src/lib/app/TimelineDoc.svelte.ts';

function event(id: string, start: string): TimelineEvent {
	return {
		id,
		title: id,
		time: { value: start, start, end: start, granularity: 'day' },
		mentions: [],
		confidence: 1,
		derivation: [],
		provenance: { stated: [], inferred: [] }
	};
}

function result(text: string, events: TimelineEvent[], reference: string | null = null): ExtractionResult {
	return {
		referenceDate: reference ? { value: reference, source: 'user', derivation: [] } : null,
		documents: [{ id: 'd1', title: text.slice(0, 10), text, passages: [] }],
		events,
		expressions: [],
		warnings: []
	};
}

/** A stub extractor: refuses blank text; events depend on the text and the reference. */
class StubExtractor implements Extractor {
	calls: Array<{ text: string; options: WorkerExtractOptions }> = [];
	/** Pending runs, resolved by hand when `manual` is set. */
	manual = false;
	waiting: Array<() => void> = [];
	#latest = 0;

	async run(text: string, options: WorkerExtractOptions, onProgress?: (f: number) => void): Promise<ExtractionResult> {
		this.calls.push({ text, options });
		const id = ++this.#latest;
		if (this.manual) await new Promise<void>((resolve) => this.waiting.push(resolve));
		if (id !== this.#latest) throw new SupersededError();
		onProgress?.(0.5);
		if (!text.trim()) throw new ExtractFailedError('the text is empty');
		const year = options.reference?.slice(0, 4) ?? '2025';
		return result(text, [event('b', `${year}-05-09`), event('a', '1945-05-09')], options.reference ?? null);
	}
}

describe('TimelineDoc', () => {
	it('loads a text: result, derived events (earliest first), status', async () => {
		const doc = new TimelineDoc(new StubExtractor());
		expect(doc.status).toBe('idle');
		expect(await doc.load('On Friday.', { fileName: 'a.txt', format: 'text' })).toBe(true);
		expect(doc.status).toBe('ready');
		expect(doc.text).toBe('On Friday.');
		expect(doc.fileName).toBe('a.txt');
		expect(doc.events.map((e) => e.id)).toEqual(['a', 'b']);
		expect(doc.document?.text).toBe('On Friday.');
		expect(doc.progress).toBe(1);
	});

	it('keeps the previous text and timeline when a load is refused', async () => {
		const doc = new TimelineDoc(new StubExtractor());
		await doc.load('First text.');
		doc.select('a');
		const before = doc.result;
		expect(await doc.load('   ')).toBe(false);
		expect(doc.error).toBe('the text is empty');
		expect(doc.status).toBe('error');
		expect(doc.text).toBe('First text.');
		expect(doc.result).toBe(before);
		expect(doc.selectedId).toBe('a');
		doc.dismissError();
		expect(doc.error).toBeNull();
		expect(doc.status).toBe('ready');
	});

	it('re-dates with a reference, keeps the selection, and resets', async () => {
		const stub = new StubExtractor();
		const doc = new TimelineDoc(stub);
		await doc.load('Text.', { format: 'markdown' });
		doc.select('b');
		expect(await doc.setReference('2030-01-01')).toBe(true);
		expect(stub.calls.at(-1)).toEqual({ text: 'Text.', options: { reference: '2030-01-01', format: 'markdown' } });
		expect(doc.referenceOverride).toBe('2030-01-01');
		expect(doc.referenceDate?.value).toBe('2030-01-01');
		expect(doc.events.find((e) => e.id === 'b')?.time.start).toBe('2030-05-09');
		expect(doc.selectedId).toBe('b');
		await doc.setReference(null);
		expect(stub.calls.at(-1)?.options).toEqual({ format: 'markdown' });
		expect(doc.referenceOverride).toBeNull();
	});

	it('refuses a malformed reference without running', async () => {
		const stub = new StubExtractor();
		const doc = new TimelineDoc(stub);
		await doc.load('Text.');
		expect(await doc.setReference('2030-1-1')).toBe(false);
		expect(doc.error).toMatch(/not a full date/);
		expect(stub.calls).toHaveLength(1);
	});

	it('a new text starts without the previous reference and selection', async () => {
		const doc = new TimelineDoc(new StubExtractor());
		await doc.load('One.');
		await doc.setReference('2030-01-01');
		doc.select('a');
		await doc.load('Two.');
		expect(doc.referenceOverride).toBeNull();
		expect(doc.selectedId).toBeNull();
	});

	it('the latest request wins: a superseded load changes nothing', async () => {
		const stub = new StubExtractor();
		stub.manual = true;
		const doc = new TimelineDoc(stub);
		const first = doc.load('Slow text.');
		const second = doc.load('Fast text.');
		stub.waiting.forEach((go) => go());
		expect(await first).toBe(false);
		expect(await second).toBe(true);
		expect(doc.text).toBe('Fast text.');
		expect(doc.error).toBeNull();
	});

	it('a reference set while a new text extracts applies to that text', async () => {
		const stub = new StubExtractor();
		const doc = new TimelineDoc(stub);
		await doc.load('Old.');
		doc.select('a');
		stub.manual = true;
		const loading = doc.load('New.');
		const dating = doc.setReference('2030-01-01');
		stub.waiting.forEach((go) => go());
		expect(await loading).toBe(false);
		expect(await dating).toBe(true);
		expect(doc.text).toBe('New.');
		expect(doc.referenceOverride).toBe('2030-01-01');
		expect(doc.selectedId).toBeNull(); // a selection in the old text means nothing in the new one
	});

	it('select ignores unknown ids', async () => {
		const doc = new TimelineDoc(new StubExtractor());
		await doc.load('Text.');
		doc.select('a');
		expect(doc.selectedEvent?.id).toBe('a');
		doc.select('nope');
		expect(doc.selectedId).toBeNull();
		expect(doc.selectedEvent).toBeNull();
	});
});
