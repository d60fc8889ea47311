import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract/index.ts';
import { csvCell, parseCsvRows, readCsv, writeCsv } from '../../../src/lib/export/csv.ts';
import { exportData, fileStem } from '../../../src/lib/export/formats.ts';
import { ImportError, readTimelineFile, writeTimelineFile, type TimelineData } from '../../../src/lib/export/timelineFile.ts';
import { writeTimelineJs } from '../../../src/lib/export/timelinejs.ts';
import { writeTimeMl } from '../../../src/lib/export/timeml.ts';
import { parseTimeML } from '../../../src/lib/eval/timeml.ts';
import { sampleResult } from './fixtures.ts';

const SECOND = 'Rome and its emperors\n\nJulius Caesar was killed on 15 March 44 BC. Augustus ruled from 27 BC to AD 14.\n\nThe Western Empire fell in 476. <script>alert("x")</script> was not there.\n';

/** Two real documents, the second with BCE dates and markup in its text. */
function twoDocs(): TimelineData {
	const a = sampleResult();
	const b = extract(SECOND, { documentId: 'd2', reference: '2025-05-08' });
	return { referenceDate: a.referenceDate, documents: [...a.documents, ...b.documents], events: [...a.events, ...b.events.map((e) => ({ ...e, id: `r-${e.id}` }))] };
}

const refusal = (fn: () => unknown): string => {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(ImportError);
		return (error as Error).message;
	}
	throw new Error('not refused');
};

describe('Timeweave JSON', () => {
	it('export -> import -> export gives the same bytes', () => {
		for (const data of [sampleResult(), twoDocs()]) {
			const first = writeTimelineFile(data);
			const back = readTimelineFile(first);
			expect(writeTimelineFile(back)).toBe(first);
			expect(back.events).toEqual(JSON.parse(first).events);
			expect(back.documents.map((d) => d.text)).toEqual(data.documents.map((d) => d.text));
		}
	});

	it('has the documented head and keeps markup as text', () => {
		const file = JSON.parse(writeTimelineFile(twoDocs()));
		expect(Object.keys(file)).toEqual(['format', 'version', 'referenceDate', 'documents', 'events']);
		expect([file.format, file.version]).toEqual(['timeweave', 1]);
		const back = readTimelineFile(writeTimelineFile(twoDocs()));
		expect(back.documents[1].text).toContain('<script>alert("x")</script>');
	});

	const valid = () => JSON.parse(writeTimelineFile(sampleResult()));
	it.each([
		['not JSON', () => '{"format": "timeweave",', /not valid JSON/],
		['an array', () => '[]', /expected a JSON object/],
		['another format', () => JSON.stringify({ ...valid(), format: 'other' }), /not a Timeweave timeline/],
		['a newer version', () => JSON.stringify({ ...valid(), version: 2 }), /version 2; this Timeweave reads version 1/],
		['__proto__', () => writeTimelineFile(sampleResult()).replace('"format": "timeweave",', '"format": "timeweave", "__proto__": {"polluted": true},'), /key “__proto__”/],
		['constructor deep inside', () => JSON.stringify(valid()).replace('"confidence":', '"constructor":{"prototype":{}},"confidence":'), /key “(constructor|prototype)”/],
		['an unknown key', () => JSON.stringify({ ...valid(), extra: 1 }), /Unrecognized key|extra/],
		['a bad granularity', () => { const v = valid(); v.events[0].time.granularity = 'eon'; return JSON.stringify(v); }, /events\[0\]\.time\.granularity/],
		['a bad date', () => { const v = valid(); v.events[1].time.start = '1945-02-30'; return JSON.stringify(v); }, /events\[1\]\.time\.start: not an ISO 8601 date/],
		['an end before the start', () => { const v = valid(); v.events[0].time.end = '1900-01-01'; return JSON.stringify(v); }, /ends \(1900-01-01\) before it starts/],
		['a mention outside the text', () => { const v = valid(); v.events[0].mentions[0].end = 10_000_000; return JSON.stringify(v); }, /events\[0\]\.mentions\[0\]: its offsets .* are outside the document's text/],
		['a mention quoting other text', () => { const v = valid(); v.events[0].mentions[0].text = 'forged'; return JSON.stringify(v); }, /its text is not the document's text/],
		['a passage outside the text', () => { const v = valid(); v.documents[0].passages[0].end = v.documents[0].text.length + 5; return JSON.stringify(v); }, /passages\[0\]: its offsets/],
		['a mention of an unknown document', () => { const v = valid(); v.events[0].mentions[0].documentId = 'd9'; return JSON.stringify(v); }, /no document has the id “d9”/],
		['a duplicate event id', () => { const v = valid(); v.events[1].id = v.events[0].id; return JSON.stringify(v); }, /is used twice/],
		['a negative offset', () => { const v = valid(); v.events[0].mentions[0].start = -1; return JSON.stringify(v); }, /mentions\[0\]\.start/],
		['a confidence of 7', () => { const v = valid(); v.events[0].confidence = 7; return JSON.stringify(v); }, /events\[0\]\.confidence/]
	])('refuses %s with the reason', (_name, make, reason) => {
		expect(refusal(() => readTimelineFile(make()))).toMatch(reason);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses an oversized file before parsing it', () => {
		expect(refusal(() => readTimelineFile('{}', 21 * 1024 * 1024))).toMatch(/too large \(21\.0 MB\); .* up to 20 MB/);
	});
});

describe('CSV', () => {
	it('has the documented columns, one row per event, CRLF', () => {
		const csv = writeCsv(sampleResult());
		const rows = parseCsvRows(csv);
		expect(rows[0]).toEqual(['id', 'title', 'start', 'end', 'value', 'granularity', 'confidence', 'passages', 'quote', 'document']);
		expect(rows).toHaveLength(sampleResult().events.length + 1);
		expect(csv.split('\r\n').length).toBeGreaterThan(2);
	});

	it('guards formula cells and quotes per RFC 4180', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell("'quoted")).toBe("''quoted");
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('plain')).toBe('plain');
	});

	it('CSV -> import -> CSV gives the same bytes, hostile and BCE cells included', () => {
		const data = twoDocs();
		data.events[0] = { ...data.events[0], title: '=cmd|\' /C calc\'!A0, "quoted", \'tick' };
		const csv = writeCsv(data);
		expect(csv).toContain(`"'=cmd|' /C calc'!A0, ""quoted"", 'tick"`);
		const back = readCsv(csv);
		expect(writeCsv(back)).toBe(csv);
		expect(back.events[0].title).toBe(data.events[0].title);
		expect(back.events.map((e) => [e.id, e.time, e.confidence])).toEqual(data.events.map((e) => [e.id, e.time, e.confidence]));
		expect(back.events.some((e) => e.time.start.startsWith('-0000'))).toBe(true);
		expect(back.documents.map((d) => d.title)).toEqual(data.documents.map((d) => d.title));
		// Every mention quotes its rebuilt passage, so the import is a valid timeline.
		expect(writeTimelineFile(readTimelineFile(writeTimelineFile(back)))).toBe(writeTimelineFile(back));
	});

	it.each([
		['an empty file', '', /it is empty/],
		['a missing column', 'id,title\r\ne1,x\r\n', /lacks the columns start, end, value/],
		['a short row', `${writeCsv(sampleResult()).split('\r\n')[0]}\r\ne1,x\r\n`, /row 2: 2 cells where the header has 10/],
		['an open quote', `${writeCsv(sampleResult())}"e9,oops`, /never closed/],
		['a bad granularity', writeCsv(sampleResult()).replace(',day,', ',eon,'), /column granularity/],
		['a confidence of 2', writeCsv(sampleResult()).replace(',0.85,', ',2,'), /column confidence: is not a number from 0 to 1/],
		['a bad date', writeCsv(sampleResult()).replace('1945-05-09,1945-05-10', '1945-05-32,1945-05-10'), /column start: not an ISO 8601 date/],
		['a duplicate id', writeCsv(sampleResult()).replace(/\r\ne2,/, '\r\ne1,'), /“e1” is used twice/]
	])('refuses %s with the reason', (_name, text, reason) => {
		expect(refusal(() => readCsv(text))).toMatch(reason);
	});
});

describe('TimelineJS', () => {
	it('dates to the known precision, HTML escaped, the passage quoted', () => {
		const data = twoDocs();
		data.events[0] = { ...data.events[0], title: '<img src=x onerror=alert(1)>' };
		const file = JSON.parse(writeTimelineJs(data));
		const first = file.events[0];
		expect(first.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
		expect(first.unique_id).toBe(data.events[0].id);
		expect(first.text.text).toMatch(/^<blockquote>.+<\/blockquote>/);
		expect(JSON.stringify(file)).not.toMatch(/<script|<img/);
		const ww2 = file.events[0]; // World War II, retitled above
		expect(ww2.start_date).toEqual({ year: 1939, month: 9, day: 1 });
		expect(ww2.end_date).toEqual({ year: 1945, month: 9, day: 2 });
		const parade = file.events.find((e: { text: { headline: string } }) => /parade/i.test(e.text.headline));
		expect(parade.start_date).toEqual({ year: 2025, month: 5, day: 9 });
		expect(parade.end_date).toBeUndefined();
		expect(file.events.some((e: { start_date: { year: number } }) => e.start_date.year < 0)).toBe(true);
		expect(file.events.some((e: { group?: string }) => e.group === 'Rome and its emperors')).toBe(true);
		expect(file.title.text.headline).toContain('Putin and Xi');
	});
	it('a year-only event has only a year', () => {
		const data = extract('The wall fell in 1989.\n', { reference: '2025-05-08' });
		const file = JSON.parse(writeTimelineJs(data));
		expect(file.events[0].start_date).toEqual({ year: 1989 });
	});
});

describe('TimeML', () => {
	it('is the document text with TIMEX3 tags and the reference date as DCT', () => {
		const data = twoDocs();
		const tml = writeTimeMl(data);
		const parsed = parseTimeML(tml);
		expect(parsed.plain).toBe(data.documents[0].text);
		expect(parsed.dct).toBe('2025-05-08');
		expect(parsed.timexes.length).toBeGreaterThan(2);
		expect(parsed.timexes.map((t) => t.text)).toContain('Thursday');
		const rome = writeTimeMl(data, 'd2');
		expect(rome).toContain('&lt;script&gt;');
		expect(parseTimeML(rome).plain).toBe(data.documents[1].text);
		expect(() => writeTimeMl(data, 'd7')).toThrow(/no document/);
	});
});

describe('exportData', () => {
	it('names and types each format', async () => {
		const data = sampleResult();
		expect(await exportData(data, 'json')).toMatchObject({ mime: 'application/json', extension: '.timeweave.json' });
		expect((await exportData(data, 'csv')).extension).toBe('.csv');
		expect((await exportData(data, 'timelinejs')).extension).toBe('.timelinejs.json');
		expect((await exportData(data, 'timeml', writeTimeMl)).extension).toBe('.tml');
		await expect(exportData(data, 'timeml')).rejects.toThrow(/event finder/);
		expect(fileStem('Putin and Xi: Moscow, 2025!')).toBe('putin-and-xi-moscow-2025');
		expect(fileStem('习近平')).toBe('习近平');
		expect(fileStem('***')).toBe('timeline');
	});
});
