import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, looksLikeHtml } from '../../../src/lib/extract/input/htmlToText.ts';
import { extract, ExtractError } from '../../../src/lib/extract/index.ts';
import { findDateline } from '../../../src/lib/extract/reference/findDateline.ts';
import { markdownToText } from '../../../src/lib/extract/input/markdownToText.ts';
import { EXTRACT_STAGES } from '../../../src/lib/extract/types.ts';

describe('htmlToText', () => {
	it('drops scripts, styles and comments and keeps paragraphs', () => {
		const r = htmlToText('<html><head><title>T &amp; U</title><style>p{}</style></head><body><p>One <b>bold</b>.</p><script>alert(1)</script><!-- c --><p>Two</p></body></html>');
		expect(r.text).toBe('One bold.\n\nTwo');
		expect(r.title).toBe('T & U');
	});
	it('prefers the article heading to a <title> carrying the site name', () => {
		expect(htmlToText('<html><head><title>Storm | Daily News</title></head><body><h1>Storm hits <em>coast</em></h1><p>x</p></body></html>').title).toBe('Storm hits coast');
	});
	it('reads the published date from metadata', () => {
		const r = htmlToText('<html><head><meta property="article:published_time" content="2025-05-08T10:00:00Z"></head><body><p>Text</p></body></html>');
		expect(r.published).toEqual({ value: '2025-05-08', source: 'HTML metadata article:published_time' });
	});
	it('reads a <time datetime>', () => {
		expect(htmlToText('<body><time datetime="2024-01-02">2 Jan</time><p>x</p></body>').published?.value).toBe('2024-01-02');
	});
	it('decodes entities', () => {
		expect(decodeEntities('&lt;b&gt; &#8212; &#x2019; &unknown;')).toBe('<b> — ’ &unknown;');
	});
	it('tells HTML documents from prose that mentions a tag', () => {
		expect(looksLikeHtml('<!doctype html><html></html>')).toBe(true);
		expect(looksLikeHtml('Use the <b> tag for bold.')).toBe(false);
	});
});

describe('findDateline', () => {
	const rows: Array<[string, string | null]> = [
		['MOSCOW, May 8, 2025 — Leaders met.', '2025-05-08'],
		['Published: 8 May 2025\nText.', '2025-05-08'],
		['Thursday, May 8, 2025\nLeaders met on Thursday.', '2025-05-08'],
		['On 1 September 1939, Germany invaded Poland, starting a war that lasted six years.', null],
		['No date here at all.', null]
	];
	for (const [text, expected] of rows) {
		it(JSON.stringify(text.slice(0, 30)), () => {
			expect(findDateline(text)?.value ?? null).toBe(expected);
		});
	}
});

describe('bad input', () => {
	it('refuses empty text', () => {
		expect(() => extract('   \n ')).toThrow(ExtractError);
	});
	it('refuses binary', () => {
		expect(() => extract('PK\u0003\u0004\u0000\u0000binary')).toThrow(/binary/);
	});
	it('refuses a bad reference date', () => {
		expect(() => extract('Text on Friday.', { reference: '2025-02-30' })).toThrow(/invalid reference date/);
	});
	it('keeps hostile markup in plain text as text', () => {
		const text = 'On 9 May 1945 <script>alert(1)</script> the war in Europe ended.';
		const r = extract(text);
		expect(r.documents[0].text).toBe(text);
	});
	it('an HTML page with no text is refused', () => {
		expect(() => extract('<html><body><script>x()</script></body></html>')).toThrow(/no text/);
	});
});

describe('markdownToText', () => {
	const rows: Array<{ name: string; md: string; text: string }> = [
		{ name: 'a heading loses its hashes', md: '# The Fall of the Wall\n\nIt fell.', text: 'The Fall of the Wall\n\nIt fell.' },
		{ name: 'emphasis and code', md: 'It fell on **9 November** in *1989*, `really`.', text: 'It fell on 9 November in 1989, really.' },
		{ name: 'links and images keep their words', md: 'See [the report](https://x.org/a) and ![a map](m.png).', text: 'See the report and a map.' },
		{ name: 'lists and quotes', md: '- one\n2. two\n> quoted', text: 'one\ntwo\nquoted' },
		{ name: 'code fences are kept as text without the fences', md: '```\n<b>x</b>\n```', text: '<b>x</b>' },
		{ name: 'snake_case words are not emphasis', md: 'a snake_case_word here', text: 'a snake_case_word here' }
	];
	for (const row of rows) it(row.name, () => expect(markdownToText(row.md).text).toBe(row.text));
	it('the first heading is the title', () => {
		expect(markdownToText('Intro\n## The Title ##\nText').title).toBe('The Title');
	});
	it('extract reads .md through it', () => {
		const r = extract('# Berlin\n\nThe wall fell on **9 November 1989**.', { format: 'markdown' });
		expect(r.documents[0].title).toBe('Berlin');
		expect(r.events[0].mentions[0].text).toBe('9 November 1989');
	});
});

describe('stage timings', () => {
	it('adds the milliseconds of every stage, in order, to the record given, and changes nothing else', () => {
		const text = 'Leaders met in Geneva on 16 June 2021.\nThe meeting was tense.';
		const timings: Record<string, number> = { parsers: 1000 };
		const timed = extract(text, { reference: '2021-06-20', timings });
		expect(Object.keys(timings).sort()).toEqual([...EXTRACT_STAGES].sort());
		for (const stage of EXTRACT_STAGES) expect(timings[stage]).toBeGreaterThanOrEqual(0);
		expect(timings.parsers).toBeGreaterThanOrEqual(1000);
		expect(timed).toEqual(extract(text, { reference: '2021-06-20' }));
	});
});
