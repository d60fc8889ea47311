import { describe, expect, it } from 'vitest';
import { splitPassages, splitParagraphs } from '../../../src/lib/extract/passages/splitPassages.ts';
import { splitSentences, wordBeforeStop } from '../../../src/lib/extract/passages/splitSentences.ts';
import { documentTitle } from '../../../src/lib/extract/passages/documentTitle.ts';

describe('splitParagraphs', () => {
	const rows: Array<{ name: string; text: string; expected: string[] }> = [
		{ name: 'one paragraph per line', text: 'First line.\nSecond line.', expected: ['First line.', 'Second line.'] },
		{ name: 'blank lines', text: 'A one.\n\n\nB two.', expected: ['A one.', 'B two.'] },
		{ name: 'hard-wrapped prose is joined', text: 'The war began in\nthe summer and ended\nlate.\nNext paragraph.', expected: ['The war began in\nthe summer and ended\nlate.', 'Next paragraph.'] },
		{ name: 'heading then text', text: 'A Heading\nThe text starts here.', expected: ['A Heading', 'The text starts here.'] },
		{ name: 'surrounding whitespace trimmed', text: '   Indented text.  \n', expected: ['Indented text.'] },
		{ name: 'empty text', text: '', expected: [] }
	];
	for (const row of rows) {
		it(row.name, () => {
			expect(splitParagraphs(row.text).map((s) => row.text.slice(s.start, s.end))).toEqual(row.expected);
		});
	}
});

describe('splitPassages', () => {
	it('keeps offsets into the original text and marks word-for-word repeats', () => {
		const text = 'Intro line here.\nThe parade is on Friday in the square.\nOther text.\nThe parade is on Friday in the square.';
		const passages = splitPassages(text);
		expect(passages.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
		for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
		expect(passages[3].repeatOf).toBe('p2');
		expect(passages[1].repeatOf).toBeUndefined();
	});
	it('gives sentences as absolute spans', () => {
		const text = 'Head.\nOne sentence. Two sentence.';
		const [, p] = splitPassages(text);
		expect(p.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['One sentence.', 'Two sentence.']);
	});
});

describe('splitSentences', () => {
	const rows: Array<{ name: string; text: string; expected: number }> = [
		{ name: 'initial in a name', text: 'President Vladimir V. Putin of Russia spoke. Then he left.', expected: 2 },
		{ name: '“v.” in the name of a case', text: 'The Court upheld segregation in Plessy v. Ferguson in 1896. Then it adjourned.', expected: 2 },
		{ name: 'Dr. title', text: 'Dr. Smith arrived. She spoke.', expected: 2 },
		{ name: 'U.S. at a sentence end', text: 'Trade with the U.S. Together, they act.', expected: 2 },
		{ name: 'U.S. before the name of an institution', text: 'In the early morning hours of 30 April, the last U.S. Marines left. The U.N. Security Council met. Then it adjourned.', expected: 3 },
		{ name: 'World War I ends a sentence', text: 'He fought in World War I. Then he farmed.', expected: 2 },
		{ name: 'plain', text: 'One. Two! Three?', expected: 3 },
		{ name: 'a clock time before a capital ends a sentence', text: 'The meeting ended at 5 p.m. Officials said it went well.', expected: 2 },
		{ name: 'nor before its day', text: 'By 3 a.m. Monday, a gust of 94 mph was recorded. The meeting ended at 5 p.m. Friday. Then it rained.', expected: 3 },
		{ name: 'a clock time before its zone does not', text: 'At 12:01 a.m. Berlin time on 12 May 1949, the blockade was lifted. Then crowds cheered.', expected: 2 },
		{ name: 'nor a time phrase that would be a sentence alone', text: 'At about 9 p.m. Napoleon reaches the palace. From 4 p.m. Ney attacks. The vote closed at 8 p.m. Crowds cheered.', expected: 4 },
		{ name: 'nor before a zone abbreviation', text: 'The offer runs until 5 p.m. EST Nov. 9. Then it ends.', expected: 2 },
		{ name: 'nor before a bracket that restates it', text: 'Polls stay open until 8 p.m. (1700 GMT) on Sunday. Then counting begins.', expected: 2 }
	];
	for (const row of rows) {
		it(row.name, () => {
			expect(splitSentences(row.text)).toHaveLength(row.expected);
		});
	}
});

describe('documentTitle', () => {
	it('takes a Markdown heading', () => {
		expect(documentTitle(splitPassages('# The Fall of the Wall\n\nIt fell in 1989.'))).toBe('The Fall of the Wall');
	});
	it('takes the first heading-like line', () => {
		expect(documentTitle(splitPassages('A long first sentence that ends with a full stop.\nLeaders Meet in Moscow\nBody text.'))).toBe('Leaders Meet in Moscow');
	});
	it('falls back to the first sentence', () => {
		expect(documentTitle(splitPassages('Only one sentence here. And another.'))).toBe('Only one sentence here.');
	});
});

describe('wordBeforeStop: the regex it stands for', () => {
	const pattern = /(?:^|[\s(“"'])([A-Za-z][A-Za-z.]*)\.\s*$/;
	it('on random text and on prose', () => {
		const alphabet = ['a', 'Z', '.', '.', ' ', '\n', '\u00a0', '(', '“', '"', "'", '’', '1', 'é', ',', '-'];
		let seed = 11;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 20_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 12); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
			expect(wordBeforeStop(text), JSON.stringify(text)).toBe(pattern.exec(text)?.[1] ?? null);
		}
		for (const text of ['He met Dr.', 'in the U.S. ', 'Vladimir V.', 'at 3 p.m.', 'ended.', '(approx.', '1990s.', 'x.y.', '.', ''])
			expect(wordBeforeStop(text), text).toBe(pattern.exec(text)?.[1] ?? null);
	});
});
