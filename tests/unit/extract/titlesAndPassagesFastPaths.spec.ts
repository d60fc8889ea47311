/** The shortcuts taken for speed in titles, passages and events find exactly what the plain code finds. */
import { describe, expect, it } from 'vitest';
import type { Passage, Span } from '../../../src/lib/extract/types.ts';
import { EVALUATIVE, HAS_EVALUATIVE, hasVerb, HAS_SPACE_BEFORE_PUNCTUATION, PREPOSITION_END, shorten, SPACE_BEFORE_PUNCTUATION, titleFaults, withoutPrepositionEnd } from '../../../src/lib/extract/events/eventTitle.ts';
import { splitParagraphs, splitPassages } from '../../../src/lib/extract/passages/splitPassages.ts';
import { splitSentences } from '../../../src/lib/extract/passages/splitSentences.ts';
import { isWhiteSpace } from '../../../src/lib/extract/text/collapseSpaces.ts';
import { referencePattern, referencesIn } from '../../../src/lib/extract/events/triggers.ts';
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
		expect(texts.filter((t) => (HAS_EVALUATIVE.test(t) ? t.replace(EVALUATIVE, '') : t) !== t.replace(EVALUATIVE, ''))).toEqual([]);
	});
	it('a preposition at the end', () => {
		const words = ['on', 'On', 'ON', 'in', 'at', 'during', 'since', 'x', 'son', 'on,', 'the', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', ',', 'é', '\u017f'];
		expect(randomTexts(words, 20000, 29, 8).filter((t) => withoutPrepositionEnd(t) !== t.replace(PREPOSITION_END, ''))).toEqual([]);
	});
	it('spaces before punctuation', () => {
		expect(texts.filter((t) => (HAS_SPACE_BEFORE_PUNCTUATION.test(t) ? t.replace(SPACE_BEFORE_PUNCTUATION, '$1') : t) !== t.replace(SPACE_BEFORE_PUNCTUATION, '$1'))).toEqual([]);
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
		const wrong: number[] = [];
		for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
		expect(wrong).toEqual([]);
	});
	it('on random text over letters, line ends, spaces and the characters that end a line', () => {
		const parts = ['a', 'B', '1', 'word ', '.', '!', '?', ':', ';', '"', '”', '’', "'", ')', ']', '(', ',', '-', ' ', '  ', '\t', '\n', '\n', '\n\n', '\r', '\r\n', '\u00a0', '\u2028', '\ufeff', '\u180e', '\u200b', 'é', 'É'];
		const wrong = ['', '\n', '\n\n', ' ', 'a', 'a\n', '\na', ' a \n b ', ...randomTexts(parts, 20000, 5, 16)].filter((t) => JSON.stringify(splitParagraphs(t)) !== JSON.stringify(plain(t)));
		expect(wrong).toEqual([]);
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
		expect(randomTexts(parts, 5000, 9, 20).filter((t) => documentTitle(splitPassages(t)) !== plain(splitPassages(t)))).toEqual([]);
	});
});

describe('splitSentences: the sentences the plain code finds (segments of Intl.Segmenter, each trimmed)', () => {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'pres', 'hon', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'vol', 'ed', 'eds', 'cf', 'al', 'ca', 'c', 'e.g', 'i.e', 'a.m', 'p.m']);
	const endsWithAbbreviation = (text: string, next: string): boolean => {
		const word = /(?:^|[\s(“"'])([A-Za-z][A-Za-z.]*)\.\s*$/.exec(text)?.[1];
		if (word === undefined) return false;
		if (/^[A-HJ-Z]$/.test(word)) return /[A-Z][a-z]+\s+[A-Z]\.\s*$/.test(text) && /^[A-Z][a-z]/.test(next);
		if (ABBREVIATIONS.has(word.toLowerCase())) return !/^(a|p)\.m$/i.test(word) || /^[a-z]/.test(next) || (text.length < 40 && /^\s*(?:(?:at|from|by|until|till|before|after|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:(?:about|around|roughly|nearly)\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.\s*$/i.test(text));
		return false;
	};
	// The plain code: windows of about 2000 characters cut after a full stop (or a space, the sentence then joined), each segmented.
	const plain = (text: string): Span[] => {
		const windows: Array<{ start: number; end: number; joined: boolean }> = [];
		for (let start = 0; start < text.length; ) {
			let end = start + 2000;
			let joined = false;
			if (end >= text.length) end = text.length;
			else {
				const slice = text.slice(start, end);
				const stop = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('? '), slice.lastIndexOf('! '));
				if (stop > 500) end = start + stop + 2;
				else {
					const space = slice.lastIndexOf(' ');
					end = space > 500 ? start + space + 1 : end;
					joined = true;
				}
			}
			windows.push({ start, end, joined });
			start = end;
		}
		const out: Span[] = [];
		let pending: Span | null = null;
		let forceJoin = false;
		for (const w of windows) {
			for (const seg of segmenter.segment(text.slice(w.start, w.end))) {
				const start = w.start + seg.index;
				const end = start + seg.segment.trimEnd().length;
				if (end <= start) continue;
				if (pending) {
					if (forceJoin || endsWithAbbreviation(text.slice(Math.max(pending.start, pending.end - 80), pending.end), seg.segment)) {
						pending = { start: pending.start, end };
						forceJoin = false;
						continue;
					}
					out.push(pending);
				}
				pending = { start, end };
				forceJoin = false;
			}
			forceJoin = w.joined;
		}
		if (pending) out.push(pending);
		return out;
	};
	const parts = ['Dr. ', 'Mr. Smith ', 'V. Putin ', 'John F. Kennedy ', 'at 9 a.m. ', 'at 9 a.m. The ', 'U.S. ', 'No. 5 ', 'etc. and ', 'It rained. ', 'Why? ', 'Yes! ', 'word ', 'words ', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '“Quoted.” ', '(Aside.) ', 'é ', '战争 ', '.', 'x'];
	it('on random text, with windows of every kind', () => {
		const texts = randomTexts(parts, 4000, 13, 24);
		// Long texts, cut into windows after a full stop, after a space, or inside a word.
		texts.push(...randomTexts(parts, 40, 17, 600), 'x'.repeat(4500), ('word '.repeat(700) + 'Dr. Smith came. ').repeat(2));
		const wrong = texts.filter((t) => {
			const expected = plain(t);
			return JSON.stringify(splitSentences(t)) !== JSON.stringify(expected) || JSON.stringify(splitSentences(t, 7)) !== JSON.stringify(expected.map((s) => ({ start: s.start + 7, end: s.end + 7 })));
		});
		expect(wrong).toEqual([]);
	});
});

describe('referencesIn: the matches of referencePattern (random text)', () => {
	it('on random text over determiners, modifiers, stop words, nouns and the characters between them', () => {
		const parts = ['the ', 'The ', 'this ', 'a ', 'an ', 'their ', 'Moscow ', 'big ', 'held ', 'for ', 'of ', 'and ', 'meeting', 'meetings', 'talks', 'summit', 'Meeting', 'MEETING', 're-', 'é', 'Élysée ', '’', "'", '-', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', ',', '.', '1', '_', 'x', '\u212A', '\u017f'];
		const wrong: string[] = [];
		const found = (matches: Iterable<RegExpExecArray>) => JSON.stringify([...matches].map((m) => [m.index, m[0]]));
		for (const text of randomTexts(parts, 20000, 21, 14))
			for (const noun of ['meeting', 'talks', 'summit']) if (found(referencesIn(text, text.toLowerCase(), noun)) !== found(text.matchAll(referencePattern(noun)))) wrong.push(`${noun}: ${text}`);
		expect(wrong).toEqual([]);
	});
});

describe('titleFaults: the plain count of every test, or the smaller of it and the limit', () => {
	const FUNCTION_START = /^(?:who|whom|whose|which|that|what|when|where|while|whether|in|on|at|of|for|to|by|with|from|as|after|before|since|until|during|into|than|and|but|or|nor|if|because|although|though|so|about|over|under|against|between|among|through|without|within|upon|amid|despite|including|however|also|was|were|is|are|had|has|have)\b/i;
	const DANGLING_END = /\b(?:the|a|an|its|his|her|their|our|this|these|those|which|who|whose|for|of|in|on|at|to|by|with|from|and|or|but|as|than|into|is|was|were|are|be|been|has|had|have|will|would|could|should|may|might|can|not|very|more|most|such|shortly|a mere|early|late|both|either)$/i;
	const HOLE = /\b(?:its|their|his|the)\s+(?:ended|ending|and|of|to|was|were|is|are)\b|\b(?:in|on|at|by|from|since|until|till|of|during|between)\s+(?:and|or|but|to|with|nights?|mornings?|evenings?)\b|\(\s*\)|\bon\s+(?:the\s+)?(?:and|,)|\b(?:and|or)\s+(?:nights?|mornings?|evenings?)\b/i;
	const BYLINE = /\((?:AP|AFP|Reuters|UPI)\)|(?:^|\s)_(?:\s|$)|^[A-Z]{2,}(?:\s+[A-Z]{2,})*,/;
	const EVENT_NOUN = /\b(?:meeting|summit|talks|parade|visit|election|vote|referendum|attack|invasion|ceremony|commemoration|celebration|conference|agreement|treaty|battle|strike|protest|trial|funeral|wedding|coronation|inauguration|launch|crash|earthquake|explosion|bombing|assassination|coup|uprising|revolution|siege|ceasefire|armistice|surrender|speech|debate|hearing|verdict|merger|acquisition|offensive|occupation|liberation|war|campaign|raid|massacre|rally|march)\b/i;
	const plain = (title: string, hasItsVerb: boolean): number => {
		const t = title.trim();
		let n = 0;
		if (FUNCTION_START.test(t)) n++;
		const bare = t.replace(/[…,;:]+$/, '');
		// (Of the honorifics, the two the random titles hold.)
		if (DANGLING_END.test(bare) || /\b(?:runs?|lasts?|continues?|stays?|remains?|opens?|extends?)\s+through$/i.test(bare) || /(?<!\b(?:the|a|an|its|his|her|their|as))\s(?:Secretary|President)$/.test(bare) || /['’]s$/.test(t)) n++;
		if (HOLE.test(t) || /\bspen(?:ds?|t|ding)\s+[a-z]{2,}ing\b/i.test(t)) n++;
		if (/^[A-Z][a-z]{2,}ed\s+(?:there|here|to|the|a|an|for|between|despite|by|in|on|at|with|from|into|his|her|its|their|up|out|off|back|down|over|as|that|it|them|him)\s/.test(t) && !hasVerb(t.split(' ')[1])) n++;
		if (t.endsWith('…')) n++;
		if (BYLINE.test(t)) n++;
		if (/^(?:he|she|it|they|him|them)\b/i.test(t) || /^[^A-Z0-9]/.test(t)) n++;
		if (!/\s/.test(t)) n++;
		if (/\b(?:said|says|told|announced|reported|added|stated|declared)$/i.test(t)) n++;
		if (!hasItsVerb && !hasVerb(t) && !EVENT_NOUN.test(t)) n++;
		return n;
	};
	it('on random titles over the words and marks the tests read', () => {
		const parts = ['Who ', 'In ', 'he ', 'They ', 'the ', 'its ', 'ended ', 'and ', 'nights ', 'on ', ',', '()', '(AP)', ' _ ', 'UN, ', 'said', 'told', 'a mere', 'for', 'Bush’s', "Bush's", '…', 'met ', 'summit ', 'rally', 'Moscow ', 'troops ', 'x', ' ', '  ', '\t', '1', 'é', 'Ended ', 'there ', 'Invited ', 'runs ', 'through', 'spent ', 'hunting', ';', ':', ' Secretary', ' President', 'as'];
		const wrong: string[] = [];
		for (const t of randomTexts(parts, 10000, 23, 10))
			for (const verb of [false, true]) {
				const n = plain(t, verb);
				if (titleFaults(t, verb) !== n) wrong.push(t);
				for (let limit = 1; limit <= 6; limit++) if (titleFaults(t, verb, limit) !== Math.min(n, limit)) wrong.push(`${t} (limit ${limit})`);
			}
		expect(wrong).toEqual([]);
	});
});
