import { describe, expect, it } from 'vitest';
import { collapseSpaces, trimEndOf } from '../../../src/lib/extract/text/collapseSpaces.ts';
import { lastWord } from '../../../src/lib/extract/events/eventTitle.ts';
import { ADJ, AUX, BRACKET, COLON, COMMA, DASH, FINITE, HYPHEN, STOP, GERUND, INFINITIVE, NEG, NOUN, ORG, PERSON, POSS, PROPER, VALUE, VERB, afterNumber, beforeNumber, clearTagCache, clitic, isWh, lowerCase, pluralForm, tagSentence, taggedVerb, wordlike } from '../../../src/lib/extract/events/tagger.ts';
import { datedTokens, FUNCTION_END, FUNCTION_LAST, prefixTexts, textOf, tidy, type Token } from '../../../src/lib/extract/events/taggedTitle.ts';

const find = (sentence: string, word: string) => {
	const t = tagSentence(sentence).find((x) => x.word === word);
	if (!t) throw new Error(`no token “${word}” in “${sentence}”`);
	return t;
};

describe('tagSentence: word tokens with exact offsets and the punctuation after each', () => {
	it('offsets point into the sentence; punctuation before a word leads it, after a word is its post', () => {
		const s = 'THE HAGUE, Netherlands (AP)_ The World Court "rejected" it -- again.';
		const toks = tagSentence(s);
		for (const t of toks) expect(s.slice(t.start, t.end)).toBe(t.word);
		expect(toks.map((t) => t.word)).toEqual(['THE', 'HAGUE', 'Netherlands', 'AP', 'The', 'World', 'Court', 'rejected', 'it', 'again']);
		expect(find(s, 'HAGUE').post).toBe(', ');
		expect(find(s, 'Netherlands').post).toBe(' ');
		expect(find(s, 'AP').post).toBe(')_ ');
		expect(find(s, 'it').post).toBe(' -- ');
	});

	it('one word for "Israeli-built", "$46.9", "61%"; a possessive stays with its noun; clitics are words of their own', () => {
		const s = "Israel's Israeli-built embassy didn't pay $46.9 million, 61% of it.";
		const words = tagSentence(s).map((t) => t.word);
		expect(words).toEqual(["Israel's", 'Israeli-built', 'embassy', 'did', "n't", 'pay', '$46.9', 'million', '61%', 'of', 'it']);
		expect(find(s, "Israel's").tags & POSS).toBeTruthy();
		expect(find(s, 'Israeli-built').tags & ADJ).toBeTruthy();
		expect(find(s, "n't").tags & NEG).toBeTruthy();
		expect(find(s, '$46.9').tags & VALUE).toBeTruthy();
	});

	it('places each of wink\'s tokens in the sentence across double spaces, contractions and curly quotes', () => {
		const cases: [string, [string, string][]][] = [
			["They're sure it's what we'd've done;  I'm not gonna go — cannot.", [['They', ''], ["'re", ' '], ['sure', ' '], ['it', ''], ["'s", ' '], ['what', ' '], ['we', ''], ["'d", ''], ["'ve", ' '], ['done', ';  '], ["I'm", ' '], ['not', ' '], ['gonna', ' '], ['go', ' — '], ['cannot', '.']]],
			['He said:  “Co-founded in Zürich, Müller’s firm didn’t…”', [['He', ' '], ['said', ':  '], ['Co-founded', ' '], ['in', ' '], ['Zürich', ', '], ['Müller’s', ' '], ['firm', ' '], ['did', ''], ['n’t', '…”']]],
			['Sales hit $600 million ,  up 61%-owned (ab/dc).', [['Sales', ' '], ['hit', ' '], ['$600', ' '], ['million', ' ,  '], ['up', ' '], ['61%-owned', ' '], ['ab/dc', ').']]],
			['the  attack  ended', [['the', '  '], ['attack', '  '], ['ended', '']]]
		];
		for (const [s, expected] of cases) {
			const toks = tagSentence(s);
			for (const t of toks) expect(s.slice(t.start, t.end)).toBe(t.word);
			expect(toks.map((t) => [t.word, t.post])).toEqual(expected);
		}
	});

	it('punct says what punctuation follows a word (the title rules\' clause edges)', () => {
		const s = 'The army - backed by allies -- attacked (again) Paris; Rome, Bonn: Oslo — Riga.';
		const punct = (w: string) => find(s, w).punct;
		expect([punct('The'), punct('army'), punct('allies'), punct('again'), punct('Paris'), punct('Rome'), punct('Bonn'), punct('Oslo'), punct('Riga')]).toEqual([0, HYPHEN, DASH, BRACKET, COLON, COMMA, COLON, DASH, STOP]);
		expect(find('a -b c', 'a').punct & HYPHEN).toBe(0);
	});

	it('an abbreviation leaves its dot to what follows ("Gen." -> "Gen"), "U.S." keeps its dots', () => {
		const s = 'Gen. Lee met U.S. officials.';
		expect(find(s, 'Gen').post).toBe('. ');
		expect(find(s, 'U.S.').end - find(s, 'U.S.').start).toBe(4);
	});
});

describe('tagSentence: verb forms, names', () => {
	it('finite, gerund and infinitive verbs; auxiliaries', () => {
		const s = 'The company said it would stop selling shares.';
		expect(find(s, 'said').tags & FINITE).toBeTruthy();
		expect(find(s, 'would').tags & AUX).toBeTruthy();
		expect(find(s, 'stop').tags & INFINITIVE).toBeTruthy();
		expect(find(s, 'selling').tags & GERUND).toBeTruthy();
		// A form that is not its lemma is finite (the lemma is read only for verbs).
		expect(find('The war began in Europe.', 'began').tags & FINITE).toBeTruthy();
	});

	it('a capitalised word inside the sentence is a name, not a verb ("Pan Am")', () => {
		const t = find('Libyans blew up a Pan Am jet.', 'Am');
		expect(t.tags & VERB).toBe(0);
		expect(t.tags & (NOUN | PROPER)).toBe(NOUN | PROPER);
	});

	it('persons after a title or a given name; organisations by their last word', () => {
		const s = 'Prime Minister Hun Sen and John Smith met Murphy Oil Corp. officials.';
		expect(find(s, 'Hun').tags & PERSON).toBeTruthy();
		expect(find(s, 'Smith').tags & PERSON).toBeTruthy();
		expect(find(s, 'Murphy').tags & ORG).toBeTruthy();
		expect(find(s, 'Murphy').tags & PERSON).toBe(0);
	});

	it('taggedVerb: does a title say what happened', () => {
		expect(taggedVerb('Italy invaded Greece')).toBe(true);
		expect(taggedVerb('Military parade in Red Square')).toBe(false);
	});

	it('each sentence is tagged once; clearTagCache forgets them', () => {
		const s = 'Germany invaded Poland.';
		expect(tagSentence(s)).toBe(tagSentence(s));
		expect(clearTagCache()).toBeGreaterThan(0);
		expect(clearTagCache()).toBe(0);
	});
});

describe('prefixTexts: textOf of each prefix, read once', () => {
	const sentences = [
		'Gen. Nhek Bunchhay, who had been closely involved in the search, was arrested on Monday by Mr. Smith: "Hi," (AP) said.',
		'Procter & Gamble Co. said its 1989 profit rose 12%, to $46.9 million; Inc. and Corp. shares, U.S. dollars - all fell.',
		'It’s been a year since the U.N. met; Lt. Col. Oliver North, Jr., testified , ; : then left.',
		'a b , c ; d : e'
	];
	it('equals textOf on every prefix of runs and gaps', () => {
		let seed = 11;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (const sentence of sentences) {
			const toks = tagSentence(sentence);
			for (let n = 0; n < 300; n++) {
				const idx: number[] = [];
				for (let i = Math.floor(next() * 3); i < toks.length; i += next() < 0.7 ? 1 : 2 + Math.floor(next() * 2)) idx.push(i);
				const texts = prefixTexts(sentence, toks, idx);
				for (let k = 1; k <= idx.length; k++) expect(texts(k), `${sentence} ${idx}`).toBe(textOf(sentence, toks, idx.slice(0, k)));
			}
		}
	});
});

describe('datedTokens: which tokens the date phrases overlap, read once', () => {
	it('equals the plain test of each token against the expression and the other phrases', () => {
		const sentence = 'On December 7 (December 8 in Asian time zones), 1941, Japan attacked Pearl Harbor and, on Monday and Tuesday nights, Malaya.';
		const toks = tagSentence(sentence);
		let seed = 5;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const span = () => { const start = Math.floor(next() * (sentence.length + 1)); return { start, end: start + Math.floor(next() * 20) }; };
		for (let n = 0; n < 2000; n++) {
			const expr = span();
			const others = Array.from({ length: Math.floor(next() * 4) }, span);
			const plain = toks.map((t) => (t.end > expr.start && t.start < expr.end ? 1 : others.some((o) => t.end > o.start && t.start < o.end) ? 2 : 0));
			expect([...datedTokens(toks, expr, others)]).toEqual(plain);
		}
	});
});

describe('isWh: the question words, by first letter then lookup', () => {
	it('is membership of the list', () => {
		const wh = ['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how'];
		const others = ['', 'w', 'h', 'wh', 'whoever', 'howl', 'that', 'Who', 'WHY', ' who', 'who ', 'ẁho', 'hoW', 'whe', 'whi', 'wherein', 'whence', 'however'];
		for (const w of [...wh, ...others, ...wh.map((x) => x.slice(1)), ...wh.map((x) => x + 's')]) expect(isWh(w), w).toBe(wh.includes(w));
	});
});

describe('the character tests of the tagger: what the plain patterns say', () => {
	// Pieces as wink gives them, and words as the rules see them: ASCII and not, one character and more, cases and edges.
	const texts = [
		'', 'a', 'Z', '0', '9', ',', '.', '(', ')', '-', '--', '—', '–', '…', '"', '“', '”', "'", '’', '$', '€', '£', '¥', '#', '@', '%', '°', '&', '_', '/', ' ', '\u00a0',
		'é', 'É', 'ß', 'Ж', '中', '٣', '²', '½', 'Ⅻ', '\u{1d400}', '\u{1f600}', '$46.9', '61%', '%%', '$$', '°C', '#1', '@x', '.5', ',000', '-5', '(AP', 'AP)', '"Hi', '’90s', '!?',
		"'s", "'S", '’s', '’S', "'re", "'RE", "'ve", "'ll", "'d", "'m", "'M", "n't", "N'T", 'n’t', 'not', 'NOT', 'Not', 'nott', 'no', "'", "'t", "'st", 'n', 'N', 'nt', "n'", 'ſ', "'ſ",
		's', 'ss', 'as', 'is', 'was', 'press', 'talks', 'results', 'Sales', 'sales', 'bus', 'boss', 'ſs', 'éss', 'és', 'ts', 's s', 'S', 'ST', 'tS'
	];
	it('wordlike: a letter or digit somewhere (/[\\p{L}\\p{N}]/u)', () => {
		for (const t of texts) expect(wordlike(t), t).toBe(/[\p{L}\p{N}]/u.test(t));
	});
	it('beforeNumber and afterNumber: /^[$€£¥#@]$/ and /^[%°]$/', () => {
		for (const t of texts) {
			expect(beforeNumber(t), t).toBe(/^[$€£¥#@]$/.test(t));
			expect(afterNumber(t), t).toBe(/^[%°]$/.test(t));
		}
	});
	it('clitic: /^(?:[\'’](?:s|re|ve|ll|d|m)|n[\'’]t|not)$/i', () => {
		for (const t of texts) expect(clitic(t), t).toBe(/^(?:['’](?:s|re|ve|ll|d|m)|n['’]t|not)$/i.test(t));
	});
	it('pluralForm: /[^s]s$/', () => {
		for (const t of texts) expect(pluralForm(t), t).toBe(/[^s]s$/.test(t));
	});
	it('lowerCase: toLowerCase', () => {
		for (const t of [...texts, 'ABC', 'aBc', 'abC', 'Éclair', 'éclair', 'straße', 'STRASSE', 'İstanbul', 'ΣΟΦΟΣ', 'Ⅻ', '\u212Aelvin', '@[`{', 'az09-_.', 'MindSpring', 'U.S.']) expect(lowerCase(t), t).toBe(t.toLowerCase());
	});
});

describe('tidy and textOf: the shortcuts give what the plain patterns give', () => {
	/** tidy as it was written with a match array per count and the leading class always run. */
	const plainTidy = (title: string) => {
		let t = collapseSpaces(title).trim();
		for (;;) {
			const trimmed = trimEndOf(t, /[\s,;:(\-–—]/);
			const next = FUNCTION_LAST.has(lastWord(trimmed)) ? trimmed.replace(FUNCTION_END, '') : trimmed;
			if (next === t) break;
			t = next;
		}
		if ((t.match(/["“”]/g) ?? []).length % 2) t = t.replace(/["“”]/g, '');
		if ((t.match(/\(/g) ?? []).length !== (t.match(/\)/g) ?? []).length) t = t.replace(/\s*\([^)]*$/, '').replace(/[()]/g, '');
		t = t.replace(/^[\s"“”'‘’,_-]+/, '').replace(/\s+([,.;:])/g, '$1').trim();
		return t.endsWith('.') ? t.replace(/(\p{Ll}{3,})\.$/u, '$1') : t;
	};
	const titles = [
		'', ' ', 'Japan attacked Pearl Harbor', 'japan attacked.', 'He said "we will win', '“We will” win', '"a" "b"', 'a (b', 'a (b) c)', '(a) b (c', '((a', 'a)',
		', Sales rose', '- the offer', '_ x', '‘Hi’ he said', '’90s boom', '\u00a0 Hi', '\u2003Hi', '\tHi , there ;', 'He said , then : left .', 'Gen. Smith arrived on.',
		'The army of', 'They voted for the', 'Sales rose to $5 million,', 'U.S. troops left.', 'the end of the war in', '5 men died', 'Émile left.', 'Ça va', '"', '“', '”', '(', ')',
		'He retired. (ab/dc)', 'a  b   c', 'x,\ny', 'It rose 61%-owned —', 'The Younger fled and'
	];
	it('tidy equals the plain version', () => {
		for (const t of titles) expect(tidy(t), JSON.stringify(t)).toBe(plainTidy(t));
	});
	it('textOf equals the plain version (a run ending in , ; or : loses it)', () => {
		const plainRun = (sentence: string, toks: Token[], a: number, b: number) => {
			let end = toks[b].end;
			if (toks[b].post.charCodeAt(0) === 46 && /^\.(?!\s*$)/.test(toks[b].post) && /^[A-Z][a-z]{0,3}$/.test(toks[b].word)) end++;
			const part = sentence.slice(toks[a].start, end);
			return /[,;:]/.test(part[part.length - 1] ?? '') ? part.replace(/\s*[,;:]$/, '') : part;
		};
		const sentences = ['Gen. Smith, the commander; the army: 5,000 men (ab, cd) left — again, a.k.a. Mr. X, 1:30.', 'Sales rose 5% , to $46.9 million ; profit: up.', 'A,B;C:D e:f, g'];
		// Tokens the tagger does not make (a word ending in its punctuation), for the runs that end in , ; or :.
		const odd = 'a, b ; c: d. e,  f';
		const made = [[0, 2], [3, 4], [5, 6], [7, 9], [10, 12], [13, 15], [17, 18]].map(([start, end], k, all) => {
			const word = odd.slice(start, end);
			return { start, end, word, lower: word.toLowerCase(), tags: 0, post: odd.slice(end, all[k + 1]?.[0] ?? odd.length), punct: 0 };
		});
		for (const [sentence, toks] of [...sentences.map((s) => [s, tagSentence(s)] as const), [odd, made] as const]) {
			for (let a = 0; a < toks.length; a++)
				for (let b = a; b < toks.length; b++) {
					const idx = Array.from({ length: b - a + 1 }, (_, k) => a + k);
					expect(textOf(sentence, toks, idx), `${a}..${b}`).toBe(plainRun(sentence, toks, a, b));
				}
		}
	});
});
