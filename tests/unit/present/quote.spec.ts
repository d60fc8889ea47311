import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract/index.ts';
import type { Mention, Passage, Span, TextDocument, TimelineEvent } from '../../../src/lib/extract/types.ts';
import { buildQuote, ELLIPSIS, quoteSource, sourceLine } from '../../../src/lib/present/quote.ts';

/** A document from paragraphs separated by blank lines; sentences end at ". ". */
function documentOf(text: string, id = 'd1', title = 'A test article'): TextDocument {
	const passages: Passage[] = [];
	const re = /[^\n]+(?:\n[^\n]+)*/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const start = m.index;
		const end = start + m[0].length;
		const sentences: Span[] = [];
		const sre = /[^.!?]+[.!?]*\s*/g;
		for (let s = sre.exec(m[0]); s && s[0].length > 0; s = sre.exec(m[0])) {
			const trimmed = s[0].replace(/\s+$/, '');
			sentences.push({ start: start + s.index, end: start + s.index + trimmed.length });
		}
		passages.push({ id: `p${passages.length + 1}`, text: m[0], start, end, sentences });
	}
	return { id, title, text, passages };
}

function mentionOf(doc: TextDocument, phrase: string, occurrence = 0): Mention {
	let start = -1;
	for (let i = 0; i <= occurrence; i++) start = doc.text.indexOf(phrase, start + 1);
	if (start < 0) throw new Error(`no ${phrase}`);
	const passage = doc.passages.find((p) => p.start <= start && start < p.end);
	if (!passage) throw new Error('no passage');
	return { documentId: doc.id, passageId: passage.id, start, end: start + phrase.length, text: phrase };
}

function eventWith(mentions: Mention[]): TimelineEvent {
	return {
		id: 'e1',
		title: 'An event',
		time: { value: '1945-05-09', start: '1945-05-09', end: '1945-05-10', granularity: 'day' },
		mentions,
		confidence: 1,
		derivation: [],
		provenance: { stated: [], inferred: [] }
	};
}

const text = [
	'The war in Europe ended in May. Germany surrendered on 8 May 1945. Crowds filled the streets the next day.',
	'',
	'A short paragraph on 9 May 1945.'
].join('\n');
const doc = documentOf(text);

describe('buildQuote(text, passage, mention)', () => {
	it('quotes the sentence of the mention, with ellipses where the passage goes on', () => {
		const mention = mentionOf(doc, '8 May 1945');
		const quote = buildQuote(text, doc.passages[0], mention);
		expect(quote).toEqual({ before: `${ELLIPSIS} Germany surrendered on `, mention: '8 May 1945', after: `. ${ELLIPSIS}` });
	});

	it('has no ellipsis when the sentence is the whole passage', () => {
		const mention = mentionOf(doc, '9 May 1945');
		expect(buildQuote(text, doc.passages[1], mention)).toEqual({ before: 'A short paragraph on ', mention: '9 May 1945', after: '.' });
	});

	it('has an ellipsis on one side only when the sentence opens or closes the passage', () => {
		const first = buildQuote(text, doc.passages[0], mentionOf(doc, 'May.'));
		expect(first.before).toBe('The war in Europe ended in ');
		expect(first.after).toBe(` ${ELLIPSIS}`);
		const last = buildQuote(text, doc.passages[0], mentionOf(doc, 'the next day'));
		expect(last.before).toBe(`${ELLIPSIS} Crowds filled the streets `);
		expect(last.after).toBe('.');
	});

	it('takes every sentence a mention runs across', () => {
		const t = 'One. From May 1945. To June 1946 it went on. Three.';
		const d = documentOf(t);
		const quote = buildQuote(t, d.passages[0], mentionOf(d, 'May 1945. To June 1946'));
		expect(quote).toEqual({ before: `${ELLIPSIS} From `, mention: 'May 1945. To June 1946', after: ` it went on. ${ELLIPSIS}` });
	});

	it('cuts a long sentence around the mention at word boundaries, keeping the mention whole', () => {
		const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
		const t = `${words.slice(0, 40).join(' ')} on 9 May 1945 ${words.slice(40).join(' ')}.`;
		const d = documentOf(t);
		const quote = buildQuote(t, d.passages[0], mentionOf(d, '9 May 1945'), 80);
		expect(quote.mention).toBe('9 May 1945');
		expect(quote.before.startsWith(`${ELLIPSIS} word`)).toBe(true);
		expect(quote.after.endsWith(` ${ELLIPSIS}`)).toBe(true);
		// Whole words only, and about the allowed length.
		expect(quote.before).toMatch(/^… (word\d+ )+on $/);
		expect(quote.after).toMatch(/^ (word\d+ )*word\d+ …$/);
		const body = `${quote.before}${quote.mention}${quote.after}`.replaceAll(ELLIPSIS, '').trim();
		expect(body.length).toBeLessThanOrEqual(80);
		expect(body.length).toBeGreaterThan(60);
	});

	it('reads line breaks inside a paragraph as spaces', () => {
		const t = 'It ended\non 9 May\n1945 in Berlin.';
		const d = documentOf(t);
		const quote = buildQuote(t, d.passages[0], mentionOf(d, '9 May\n1945'));
		expect(quote).toEqual({ before: 'It ended on ', mention: '9 May 1945', after: ' in Berlin.' });
	});

	it('keeps text that looks like markup as characters', () => {
		const t = 'Before <script>alert(1)</script> on 9 May 1945.';
		const d = documentOf(t);
		const quote = buildQuote(t, d.passages[0], mentionOf(d, '9 May 1945'));
		expect(quote.before).toBe('Before <script>alert(1)</script> on ');
	});
});

describe('quoteSource(event, documents)', () => {
	it('quotes the first mention in reading order', () => {
		const event = eventWith([mentionOf(doc, '9 May 1945'), mentionOf(doc, '8 May 1945')]);
		const source = quoteSource(event, [doc]);
		expect(source?.passage.id).toBe('p1');
		expect(source?.passageNumber).toBe(1);
	});

	it('prefers a passage that is not a repeat of an earlier one', () => {
		const repeated: TextDocument = { ...doc, passages: [{ ...doc.passages[0], repeatOf: 'p0' }, doc.passages[1]] };
		const event = eventWith([mentionOf(doc, '8 May 1945'), mentionOf(doc, '9 May 1945')]);
		expect(quoteSource(event, [repeated])?.passage.id).toBe('p2');
	});

	it('prefers a mention that is a dated phrase of the text, in reading order', () => {
		const meeting = mentionOf(doc, 'the next day');
		const event = eventWith([mentionOf(doc, 'The war'), meeting, mentionOf(doc, '9 May 1945')]);
		const dated = [{ documentId: 'd1', start: meeting.start, end: meeting.end }, { documentId: 'd1', start: 0, end: 1 }];
		expect(quoteSource(event, [doc], dated)?.mention).toEqual(meeting);
		// A dated phrase in another document with the same offsets does not count.
		expect(quoteSource(event, [doc], [{ ...dated[0], documentId: 'd2' }])?.mention.text).toBe('The war');
	});

	it('finds the mention in the document it names', () => {
		const other = documentOf('Nothing here. Then 9 May 1945 came.', 'd2', 'Another');
		const event = eventWith([mentionOf(other, '9 May 1945')]);
		const source = quoteSource(event, [doc, other]);
		expect(source?.document.id).toBe('d2');
	});

	it('is null when no mention points into a known passage', () => {
		const event = eventWith([{ documentId: 'd9', passageId: 'p1', start: 0, end: 3, text: 'abc' }]);
		expect(quoteSource(event, [doc])).toBeNull();
	});
});

describe('sourceLine(source, event)', () => {
	it('names the document and the passage', () => {
		const event = eventWith([mentionOf(doc, '8 May 1945')]);
		const source = quoteSource(event, [doc]);
		if (!source) throw new Error('no source');
		expect(sourceLine(source, event)).toBe('A test article · passage 1');
	});

	it('says how many other passages mention the event', () => {
		const event = eventWith([mentionOf(doc, '8 May 1945'), mentionOf(doc, 'May.'), mentionOf(doc, '9 May 1945')]);
		const source = quoteSource(event, [doc]);
		if (!source) throw new Error('no source');
		expect(sourceLine(source, event)).toBe('A test article · passage 1 (also in 1 other passage)');
	});

	it('names an untitled document as such', () => {
		const untitled = { ...doc, title: '  ' };
		const event = eventWith([mentionOf(untitled, '9 May 1945')]);
		const source = quoteSource(event, [untitled]);
		if (!source) throw new Error('no source');
		expect(sourceLine(source, event)).toBe('Untitled document · passage 2');
	});
});

describe('quotes of the sample article', () => {
	const sample = readFileSync(new URL('../../../src/lib/app/sample/putin-xi-moscow.txt', import.meta.url), 'utf8');
	const result = extract(sample);

	it('quote every event from a passage that holds its mention, highlighted exactly', () => {
		expect(result.events.length).toBeGreaterThanOrEqual(3);
		for (const event of result.events) {
			const source = quoteSource(event, result.documents, result.expressions);
			if (!source) throw new Error(`no source for ${event.title}`);
			const quote = buildQuote(source.document.text, source.passage, source.mention);
			expect(quote.mention).toBe(source.mention.text.replace(/\s+/g, ' '));
			const plain = `${quote.before}${quote.mention}${quote.after}`.replaceAll(ELLIPSIS, '').trim();
			expect(source.passage.text.replace(/\s+/g, ' ')).toContain(plain);
		}
	});

	it('quotes the meeting from the sentence that says "on Thursday", not from a later "the meeting"', () => {
		const meeting = result.events.find((e) => e.time.start === '2025-05-08');
		if (!meeting) throw new Error('no meeting event');
		const source = quoteSource(meeting, result.documents, result.expressions);
		if (!source) throw new Error('no source');
		const quote = buildQuote(source.document.text, source.passage, source.mention);
		expect(`${quote.before}${quote.mention}${quote.after}`).toContain('convened in Moscow on Thursday');
	});
});
