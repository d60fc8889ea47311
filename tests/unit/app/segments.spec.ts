import { describe, expect, it } from 'vitest';
import type { TextDocument, TimelineEvent } from '../../../src/lib/extract/index.ts';
import { passageKey, rangesByPassage, segmentText, type Segment } from '../../../src/lib/app/segments.ts';

/** Compact view: text with the events that cover it. */
const view = (segments: Segment[]) => segments.map((s) => [s.text, s.eventIds.join('+')]);

describe('segmentText', () => {
	it('returns the whole text as one plain segment when nothing is mentioned', () => {
		expect(segmentText('No dates here.', 10, [])).toEqual([{ start: 10, end: 24, text: 'No dates here.', eventIds: [] }]);
	});

	it('returns nothing for empty text', () => {
		expect(segmentText('', 0, [{ start: 0, end: 3, eventId: 'e1' }])).toEqual([]);
	});

	it('cuts around a mention, using absolute offsets', () => {
		const segments = segmentText('They met on Thursday in Moscow.', 100, [{ start: 112, end: 120, eventId: 'e1' }]);
		expect(view(segments)).toEqual([
			['They met on ', ''],
			['Thursday', 'e1'],
			[' in Moscow.', '']
		]);
		expect(segments[1]).toMatchObject({ start: 112, end: 120 });
	});

	it('handles mentions at both edges of the text', () => {
		expect(view(segmentText('Friday parade Friday', 0, [
			{ start: 0, end: 6, eventId: 'e1' },
			{ start: 14, end: 20, eventId: 'e1' }
		]))).toEqual([
			['Friday', 'e1'],
			[' parade ', ''],
			['Friday', 'e1']
		]);
		expect(view(segmentText('Friday', 0, [{ start: 0, end: 6, eventId: 'e1' }]))).toEqual([['Friday', 'e1']]);
	});

	it('splits overlapping mentions into pieces covered by each set of events, most specific first', () => {
		// "a day before the 80th anniversary" (e1, 33 chars) overlaps "the 80th anniversary of victory" (e2, 31 chars).
		const text = 'a day before the 80th anniversary of victory';
		const segments = segmentText(text, 0, [
			{ start: 0, end: 33, eventId: 'e1' },
			{ start: 13, end: 44, eventId: 'e2' }
		]);
		expect(view(segments)).toEqual([
			['a day before ', 'e1'],
			['the 80th anniversary', 'e2+e1'],
			[' of victory', 'e2']
		]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});

	it('puts the narrower of two nested mentions first', () => {
		const segments = segmentText('on Thursday, a day before', 0, [
			{ start: 0, end: 25, eventId: 'wide' },
			{ start: 3, end: 11, eventId: 'narrow' }
		]);
		expect(view(segments)).toEqual([
			['on ', 'wide'],
			['Thursday', 'narrow+wide'],
			[', a day before', 'wide']
		]);
	});

	it('lists an event once even when two of its mentions overlap', () => {
		expect(view(segmentText('9 May 1945', 0, [
			{ start: 0, end: 5, eventId: 'e1' },
			{ start: 0, end: 10, eventId: 'e1' }
		]))).toEqual([['9 May 1945', 'e1']]);
	});

	it('clips ranges that stick out of the passage and ignores empty or outside ones', () => {
		expect(view(segmentText('in 1945.', 50, [
			{ start: 40, end: 52, eventId: 'e1' },
			{ start: 56, end: 70, eventId: 'e2' },
			{ start: 53, end: 53, eventId: 'e3' },
			{ start: 0, end: 10, eventId: 'e4' }
		]))).toEqual([
			['in', 'e1'],
			[' 194', ''],
			['5.', 'e2']
		]);
	});

	it('merges touching mentions of the same event into one mark', () => {
		expect(view(segmentText('8 May 2025', 0, [
			{ start: 0, end: 5, eventId: 'e1' },
			{ start: 5, end: 10, eventId: 'e1' }
		]))).toEqual([['8 May 2025', 'e1']]);
	});
});

describe('rangesByPassage', () => {
	const text = 'Parade on Friday.\nParade on Friday.\nNothing.';
	const doc: TextDocument = {
		id: 'd1',
		title: 'T',
		text,
		passages: [
			{ id: 'p1', start: 0, end: 17, text: 'Parade on Friday.', sentences: [{ start: 0, end: 17 }] },
			{ id: 'p2', start: 18, end: 35, text: 'Parade on Friday.', sentences: [{ start: 18, end: 35 }], repeatOf: 'p1' },
			{ id: 'p3', start: 36, end: 44, text: 'Nothing.', sentences: [{ start: 36, end: 44 }] }
		]
	};
	const event = (mentions: TimelineEvent['mentions']): TimelineEvent => ({
		id: 'e1',
		title: 'Parade',
		time: { value: '2025-05-09', start: '2025-05-09', end: '2025-05-10', granularity: 'day' },
		mentions,
		confidence: 0.9,
		derivation: [],
		provenance: { stated: ['weekday'], inferred: ['year', 'month', 'day'] }
	});
	const inP1 = { documentId: 'd1', passageId: 'p1', start: 10, end: 16, text: 'Friday' };
	const inP2 = { documentId: 'd1', passageId: 'p2', start: 28, end: 34, text: 'Friday' };

	it('groups mentions by passage', () => {
		const map = rangesByPassage([doc], [event([inP1, inP2])]);
		expect(map.get(passageKey('d1', 'p1'))).toEqual([{ start: 10, end: 16, eventId: 'e1' }]);
		expect(map.get(passageKey('d1', 'p2'))).toEqual([{ start: 28, end: 34, eventId: 'e1' }]);
		expect(map.has(passageKey('d1', 'p3'))).toBe(false);
	});

	it('mirrors a mention into a word-for-word repeat the extractor left out', () => {
		const map = rangesByPassage([doc], [event([inP1])]);
		expect(map.get(passageKey('d1', 'p2'))).toEqual([{ start: 28, end: 34, eventId: 'e1' }]);
		expect(text.slice(28, 34)).toBe('Friday');
	});

	it('returns an empty map when there are no events', () => {
		expect(rangesByPassage([doc], []).size).toBe(0);
	});
});
