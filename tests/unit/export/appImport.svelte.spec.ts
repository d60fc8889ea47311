import { describe, expect, it } from 'vitest';
import { FileReadError, readSavedTimeline, savedTimelineKind, ACCEPTED_FILES } from '../../../src/lib/app/readFile.ts';
import { TimelineDoc } from '../../../src/lib/app/TimelineDoc.svelte.ts';
import type { Extractor } from '../../../src/lib/app/extractClient.ts';
import { writeCsv } from '../../../src/lib/export/csv.ts';
import { writeTimelineFile } from '../../../src/lib/export/timelineFile.ts';
import { sampleResult } from './fixtures.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const never: Extractor = {
	run: () => Promise.reject(new Error('a saved timeline is never extracted'))
};

describe('opening saved timelines in the app', () => {
	it('recognises .json and .csv, and accepts them in the file picker', () => {
		expect([savedTimelineKind('a.JSON'), savedTimelineKind('b.csv'), savedTimelineKind('c.txt')]).toEqual(['json', 'csv', null]);
		expect(ACCEPTED_FILES).toContain('.json');
		expect(ACCEPTED_FILES).toContain('.csv');
	});

	it('reads JSON and CSV exports back into the same events', () => {
		const sample = sampleResult();
		const fromJson = readSavedTimeline('t.json', 0, bytes(writeTimelineFile(sample)));
		expect(fromJson.events).toEqual(JSON.parse(writeTimelineFile(sample)).events);
		const fromCsv = readSavedTimeline('t.csv', 0, bytes(writeCsv(sample)));
		expect(fromCsv.events.map((e) => [e.id, e.title, e.time])).toEqual(sample.events.map((e) => [e.id, e.title, e.time]));
	});

	it('refuses with the reason: malformed, oversized, binary', () => {
		const reason = (name: string, size: number, data: Uint8Array) => {
			try {
				readSavedTimeline(name, size, data);
			} catch (error) {
				expect(error).toBeInstanceOf(FileReadError);
				return (error as FileReadError).message;
			}
			return 'accepted';
		};
		expect(reason('t.json', 5, bytes('{"a":'))).toMatch(/^This timeline could not be opened: it is not valid JSON/);
		expect(reason('t.json', 30 * 1024 * 1024, bytes('{}'))).toMatch(/too large \(30\.0 MB\).*up to 20 MB/);
		expect(reason('t.json', 4, new Uint8Array([0, 1, 2, 0]))).toMatch(/not text/);
		expect(reason('t.csv', 3, bytes('a,b'))).toMatch(/not a Timeweave CSV/);
	});

	it('TimelineDoc.openTimeline shows it as it is, without extracting', () => {
		const doc = new TimelineDoc(never);
		const sample = sampleResult();
		doc.openTimeline(sample, 'saved.json');
		expect(doc.status).toBe('ready');
		expect(doc.fileName).toBe('saved.json');
		expect(doc.text).toBe(sample.documents[0].text);
		expect(doc.events.map((e) => e.id).sort()).toEqual(sample.events.map((e) => e.id).sort());
		expect(doc.error).toBeNull();
	});
});
