/** The shortcuts taken for speed in titles, passages and events find exactly what the plain code finds. */
import { describe, expect, it } from 'vitest';
import type { Passage, Span } from '../../../src/lib/extract/types.ts';
import { EVALUATIVE, HAS_EVALUATIVE, HAS_SPACE_BEFORE_PUNCTUATION, shorten, SPACE_BEFORE_PUNCTUATION } from '../../../src/lib/extract/events/eventTitle.ts';
import { isWhiteSpace, splitParagraphs, splitPassages } from '../../../src/lib/extract/passages/splitPassages.ts';
import { documentTitle } from '../../../src/lib/extract/passages/documentTitle.ts';

/** A random generator (a fixed sequence per seed) and random texts made of `parts`. */
function randomTexts(parts: readonly string[], count: number, seed: number, longest = 12): string[] {
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const out: string[] = [];
	for (let n = 0; n < count; n++) {
		let t = '';
		for (let k = Math.floor(next() * longest); k > 0; k--) t += parts[Math.floor(next() * parts.length)];
		out.push(t);
	}
	return out;
}

describe('clauseTitle: a replace runs only where the test before it finds its regex', () => {
	const parts = ['major', 'Major', 'MAJOR', 'key', 'so-called', 'long-awaited', 'much-anticipated', 'historical', 'big', 'x', 'the', ' ', '  ', '\t', '\n', '\u00a0', ',', '.', ';', ':', '!', '-', 'é', 'keys', 'bigger'];
	const texts = randomTexts(parts, 20000, 11);
	it('EVALUATIVE', () => {
		for (const t of texts) expect(HAS_EVALUATIVE.test(t) ? t.replace(EVALUATIVE, '') : t, JSON.stringify(t)).toBe(t.replace(EVALUATIVE, ''));
	});
	it('spaces before punctuation', () => {
		for (const t of texts) expect(HAS_SPACE_BEFORE_PUNCTUATION.test(t) ? t.replace(SPACE_BEFORE_PUNCTUATION, '$1') : t, JSON.stringify(t)).toBe(t.replace(SPACE_BEFORE_PUNCTUATION, '$1'));
	});
});

describe('splitParagraphs: the paragraphs the plain line-by-line regex and trim code finds', () => {
	// The plain code: lines by a regex, each trimmed.
	const plain = (text: string): Span[] => {
		const spans: Span[] = [];
		const lines: Span[] = [];
		const lineRe = /[^\n]*(\n|$)/g;
		for (let m = lineRe.exec(text); m && m.index < text.length; m = lineRe.exec(text)) {
			lines.push({ start: m.index, end: m.index + m[0].length - (m[1] ? 1 : 0) });
			if (m[0].length === 0) break;
		}
		let current: Span | null = null;
		let previousLine = '';
		for (const line of lines) {
			const raw = text.slice(line.start, line.end);
			const trimmed = raw.trim();
			if (!trimmed) {
				if (current) spans.push(current);
				current = null;
				continue;
			}
			const start = line.start + raw.length - raw.trimStart().length;
			const end = line.start + raw.trimEnd().length;
			const continues = current && !/[.!?:;"”’')\]]$/.test(previousLine) && /^[a-z0-9(,]/.test(trimmed);
			if (current && continues) current = { start: current.start, end };
			else {
				if (current) spans.push(current);
				current = { start, end };
			}
			previousLine = trimmed;
		}
		if (current) spans.push(current);
		return spans;
	};
	it('isWhiteSpace is \\s for every UTF-16 unit', () => {
		for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
	});
	it('on random text over letters, line ends, spaces and the characters that end a line', () => {
		const parts = ['a', 'B', '1', 'word ', '.', '!', '?', ':', ';', '"', '”', '’', "'", ')', ']', '(', ',', '-', ' ', '  ', '\t', '\n', '\n', '\n\n', '\r', '\r\n', '\u00a0', '\u2028', '\ufeff', '\u180e', '\u200b', 'é', 'É'];
		for (const t of ['', '\n', '\n\n', ' ', 'a', 'a\n', '\na', ' a \n b ', ...randomTexts(parts, 20000, 5, 16)]) expect(splitParagraphs(t), JSON.stringify(t)).toEqual(plain(t));
	});
});

describe('documentTitle: the title the plain code finds (the heading regex run on every passage)', () => {
	const plain = (passages: readonly Passage[]): string => {
		for (const p of passages.slice(0, 6)) {
			const md = /^#{1,3}\s+(.+)$/m.exec(p.text);
			if (md) return shorten(md[1].trim(), 120);
		}
		for (const p of passages.slice(0, 4)) {
			const t = p.text.trim();
			if (t.length >= 8 && t.length <= 140 && !/[.!?:;,]$/.test(t) && t.split(/\s+/).length >= 2 && !t.includes('\n')) return t;
		}
		const first = passages[0];
		if (!first) return 'Untitled';
		const s = first.sentences[0];
		return shorten(s ? first.text.slice(s.start - first.start, s.end - first.start) : first.text, 80);
	};
	it('on random texts with and without headings', () => {
		const parts = ['#', '##', '#### ', '# ', 'Title ', 'of the war', 'word', '.', ' ', '\n', '\n\n', 'a', '\t'];
		for (const t of randomTexts(parts, 5000, 9, 20)) expect(documentTitle(splitPassages(t)), JSON.stringify(t)).toBe(plain(splitPassages(t)));
	});
});
