/** The shortcuts taken for speed find exactly what the plain scans find. */
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { CASUAL_PARSER_NAMES, engineForPiece, gatedChrono, nameCasualParsers, parserName } from '../../../src/lib/extract/temporal/parsers/chronoGates.ts';
import { allMatches, anyOf, classOf, holds, matchesIn, matchesInRuns, scanClassOf } from '../../../src/lib/extract/temporal/wordFilter.ts';
import { DURATION_RUNS, durationParser } from '../../../src/lib/extract/temporal/parsers/durationParser.ts';
import { OFFSET_RUNS } from '../../../src/lib/extract/temporal/parsers/offsetParser.ts';
import { HOLIDAY, HOLIDAY_WORDS } from '../../../src/lib/extract/temporal/parsers/holidayParser.ts';
import { PATTERNS as SET_PATTERNS } from '../../../src/lib/extract/temporal/parsers/setParser.ts';
import { DATE_WORD_STARTS, mayHoldDate } from '../../../src/lib/extract/temporal/mayHoldDate.ts';
import { EVENT_NOUNS, kindOf, referencePattern, referencesIn, triggersOf, VERB_TO_NOUN } from '../../../src/lib/extract/events/triggers.ts';
import { sentenceStarts } from '../../../src/lib/extract/passages/sentenceBreaks.ts';
import * as knowledgeBase from '../../../src/lib/extract/knowledge/knowledgeBase.ts';
import { foldedWordEnd, foldUnit, isWordUnit, wordFoldOf } from '../../../src/lib/extract/knowledge/knowledgeBase.ts';
import { holdsAfterOrBefore } from '../../../src/lib/extract/temporal/parsers/namedEventParser.ts';
import { RANGE, RANGE_GATE, YEAR_LIST, YEAR_LIST_GATE } from '../../../src/lib/extract/temporal/parsers/yearParser.ts';
import { collapseSpaces, trimEndOf, trimTrailingPunctuation } from '../../../src/lib/extract/text/collapseSpaces.ts';
import { boundaryEnds, CLAUSE_BOUNDARY, lastWord, MIDDLE_INITIAL, shorten, shortenCollapsed, simplifyNames, TITLED_NAME, TRAILING_LAST, TRAILING_PREPOSITION, trailingPrepositionAt } from '../../../src/lib/extract/events/eventTitle.ts';
import { FUNCTION_END, FUNCTION_LAST } from '../../../src/lib/extract/events/taggedTitle.ts';
import { casualDay } from '../../../src/lib/extract/temporal/parsers/casualDay.ts';
import { bare, clauseStartBefore } from '../../../src/lib/extract/temporal/scope.ts';
import { componentsToTime } from '../../../src/lib/extract/temporal/parsers/chronoParser.ts';
import { dayValue, isoToMillis, ymdToMillis } from '../../../src/lib/extract/timex.ts';
import { openingPattern, opensWithTh, synonymsOf } from '../../../src/lib/extract/events/buildEvents.ts';

const plain = (text: string, noun: string) => [...text.matchAll(referencePattern(noun))].map((m) => [m.index, m[0]]);
const fast = (text: string, noun: string) => [...referencesIn(text, text.toLowerCase(), noun)].map((m) => [m.index, m[0]]);

describe('referencesIn: the matches of referencePattern, run only near the noun', () => {
	const texts = [
		'The meeting was held. A pivotal meeting followed; the Moscow meeting, then meetings and a meeting-room.',
		'THE MEETING, the  first   meeting and their meeting’s end; the re-meeting; ill-timed meeting.',
		'Parade, parade. The victory parade, the Victory Day parade and paraded crowds.',
		'In March they march; the March march, the long march. Marches.',
		'Crème brûlée visit, the Élysée visit, their visit. São Paulo visit.',
		'A \u212Aelvin-sign strike (\u212A) and the long-\u017f \u017fpeech, speech, the speech.',
		'İstanbul summit, the summit, a summit.',
		'', 'meeting', 'the', 'a meeting', '—meeting—', "o'meeting a'meeting"
	];
	for (const text of texts)
		it(JSON.stringify(text.slice(0, 40)), () => {
			for (const noun of new Set(EVENT_NOUNS)) expect(fast(text, noun), noun).toEqual(plain(text, noun));
		});
});

describe('sentenceStarts: the boundaries Intl.Segmenter finds', () => {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	const reference = (text: string) => [...segmenter.segment(text)].map((s) => s.index);
	it('on random text over the characters it knows (and null for others)', () => {
		const alphabet = ['a', 'A', '1', '.', '!', '?', ' ', '\n', '\r', '\t', '"', "'", '(', ')', ',', ';', ':', '-', '#', '\u00a0', '‘', '’', '“', '”', '–', '—', '…', 'é', 'É', 'ǅ', 'ƻ', 'ß'];
		let seed = 42;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		let compared = 0;
		for (let n = 0; n < 20_000; n++) {
			let text = '';
			for (let i = 1 + Math.floor(next() * 16); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
			const starts = sentenceStarts(text);
			if (starts === null) continue;
			compared++;
			expect(starts, JSON.stringify(text)).toEqual(reference(text));
		}
		expect(compared).toBeGreaterThan(19_000);
		expect(sentenceStarts('In 战争 times.')).toBeNull();
		expect(sentenceStarts('Soft\u00adhyphen.')).toBeNull();
	});
	it('on prose', () => {
		const text = 'Mr. Smith went to Washington. He arrived on Jan. 5, 1998, at 3 p.m. "Why?" he asked! The U.S. economy grew 2.5% (est.) in Q3. e.g. this one.\nNew line… then more.  Done';
		expect(sentenceStarts(text)).toEqual(reference(text));
	});
});

describe('collapseSpaces and trimTrailingPunctuation: the regex replacements they stand for', () => {
	it('on random text', () => {
		const alphabet = ['a', 'B', ' ', ' ', '\n', '\t', '\u00a0', '\u2028', ',', ';', ':', '–', '—', '-', '.', '\u3000'];
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 5_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 12); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
			expect(collapseSpaces(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' '));
			expect(trimTrailingPunctuation(collapseSpaces(text)), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').replace(/[\s,;:–—-]+$/, ''));
		}
	});
});

describe('engineForPiece: chrono with only the parsers that may match finds what chrono finds', () => {
	const engine = chrono.casual.clone();
	const instant = new Date(Date.UTC(2000, 5, 15, 12));
	const view = (rs: chrono.ParsedResult[]) => rs.map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString(), tags: [...r.tags()].sort() }));
	const pieces = [
		'He said on Friday, March 5, 1998, at 3 p.m. EST that', 'in 5 minutes', 'two days ago', 'a week later', 'this morning', 'last night',
		'tonight and tomorrow', 'the end of the month', 'next week', '+2 hours', '1998-03-05', '12/03/1998', '3/1998', 'Jan. 2 to Dec. 15',
		'within a few days', 'for the weekend', 'the 5th of May 2001', '2001 March', 'noon Saturday', 'Nothing here.', 'Australia', 'may well',
		'in March and last May', 'the fifth of March', 'March fifth', 'on the twenty-first of June', 'June twenty first to thirtieth',
		'the thirteenth of October', 'October Nineteenth, 1998', 'the second of Sept.', 'the FIRST of may', 'December third', 'Jan. eleventh',
		'the twelfth of Feb', 'Aug tenth', 'the ninth of nov',
		'about 1.9 million', 'a 6-3 vote', '12.03.1998', '12-03-98', '3/4 of them', '4/5/06', '(3/4)', '10.10.10', '31.12.99 and 1-2', 'on 5-3-2001',
		'1.2.3', '13/25', '1/2.5', 'x12/03y'
	];
	for (const piece of pieces)
		it(piece, () => {
			const gated = engineForPiece(engine, piece);
			expect(gated ? view(gated.parse(piece, { instant, timezone: 0 })) : []).toEqual(view(engine.parse(piece, { instant, timezone: 0 })));
			expect(view(gatedChrono(engine).parse(piece, { instant, timezone: 0 }))).toEqual(view(engine.parse(piece, { instant, timezone: 0 })));
		});
});

describe('casualDay: the day chrono reads "today", "yesterday", "tomorrow" as, without chrono', () => {
	const engine = chrono.casual.clone();
	// What resolveRelative did: chrono's parse at noon UTC of the day, its components as a time.
	const viaChrono = (text: string, instant: Date, year: number) => {
		const [r] = engine.parse(text, { instant, timezone: 0 });
		return r ? componentsToTime(r.start, r.start.get('year') ?? year) : null;
	};
	// Month and year ends, leap days, the Gregorian switch, years chrono's Date reads as 19xx if misbuilt, BC years.
	const days = [
		[2000, 1, 1], [1999, 12, 31], [2000, 2, 28], [2000, 2, 29], [2000, 3, 1], [1900, 2, 28], [1900, 3, 1], [2024, 2, 29], [2023, 2, 28],
		[1998, 10, 31], [1998, 11, 30], [1582, 10, 4], [1582, 10, 15], [1066, 10, 14], [50, 1, 1], [99, 12, 31], [100, 2, 28], [0, 1, 1], [-479, 8, 1], [-1, 12, 31], [9999, 12, 31]
	];
	for (const text of ['today', 'yesterday', 'tomorrow', 'Today', 'YESTERDAY', 'ToMorrow'])
		it(text, () => {
			for (const [year, month, day] of days) {
				const instant = new Date(ymdToMillis({ year, month, day }) + 12 * 3_600_000);
				const fast = casualDay(text, instant);
				expect(fast && { time: dayValue(fast), fields: ['year', 'month', 'day'] }, `${text} at ${year}-${month}-${day}`).toEqual(viaChrono(text, instant, year));
			}
		});
	it('leaves every other text to chrono', () => {
		const instant = new Date(Date.UTC(2000, 5, 15, 12));
		for (const text of ['today.', ' today', 'today morning', 'tonight', 'now', 'the day before yesterday', 'tmr', 'constructor', 'toString', '']) expect(casualDay(text, instant), text).toBeNull();
	});
});

describe('engineForPiece: a piece only chrono’s time parser may match, and whose times chrono drops, is not parsed', () => {
	// The engine a window of numbers gets (chronoParser's engineFor(numeric)): no parser without a gate.
	const casual = chrono.casual.clone();
	const numeric = new chrono.Chrono({ parsers: casual.parsers.filter((p) => ['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser'].includes(p.constructor.name)), refiners: casual.refiners });
	const timeOnly = new chrono.Chrono({ parsers: casual.parsers.filter((p) => p.constructor.name === 'ENTimeExpressionParser'), refiners: casual.refiners });
	const instant = new Date(Date.UTC(2000, 5, 15, 12));
	const view = (rs: chrono.ParsedResult[]) => rs.map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString(), tags: [...r.tags()].sort() }));
	// Numbers chrono reads and drops, and each thing that makes it keep one: a prefix, a colon, a meridiem, a suffix, a range, a zone.
	const skipped = ['Iraq has 17 million residents, and Kuwait about 1.9 million.', '7.25%', '3,000 marchers', '24', '25 000', '1.95 million', 'T17 million', '11.15 h', 'x12345y', '1.2.3', '12.5 cents', '17 million', '(pvs/vi/ji) 12'];
	const kept = [
		'$8.625 a share', 'at 17 million', 'from 11.5 cents', 'that 17', '12.30 pm', '12.30pm', '5 p.m. on', '5 A.M.', "5 o'clock", '5 oclock', '10 at night', '7 in the morning', '6 - 3', '6-3 vote', '6 to 8', '10.30 – 11.30', '9 until 11', '9 till 11', '9 through 11',
		'9~11', '9 ? 11', '10:30', '10：30', '17 EST', '17 (PST)', '17, GMT', '17 +0530', '17 GMT+5', '17 UTC -3', '17 km', '4 a', '22.5 in', '11.15 pst', '1.9 Mn', '3 ET.', '3 et al', 'T17 is', '3,000 men', '3,000 Americans', 'to 5.92 percent from 5.93 percent.', 'the 1.9 billion (USD 2.1 bn)'
	];
	for (const piece of [...skipped, ...kept])
		it(piece, () => {
			for (const engine of [numeric, timeOnly]) {
				const gated = engineForPiece(engine, piece);
				expect(gated ? view(gated.parse(piece, { instant, timezone: 0 })) : []).toEqual(view(engine.parse(piece, { instant, timezone: 0 })));
			}
		});
	it('on random text over digits and what follows them', () => {
		const alphabet = ['1', '2', '7', '0', '5', '.', '.', ' ', ' ', ',', ':', '-', '+', '(', ')', '%', '$', 'a', 'p', 'm', 'o', 'i', 't', 'x', 'E', 'S', 'T', 'Z', 'GMT', 'at', 'to', 'n', 'h', "o'clock", 'oclock', ' at night', 'in the morning', 'until', '–'];
		let seed = 11;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		let skippedCount = 0;
		for (let n = 0; n < 4_000; n++) {
			let piece = '';
			for (let i = 1 + Math.floor(next() * 10); i > 0; i--) piece += alphabet[Math.floor(next() * alphabet.length)];
			const gated = engineForPiece(timeOnly, piece);
			if (!gated) skippedCount++;
			expect(gated ? view(gated.parse(piece, { instant, timezone: 0 })) : [], JSON.stringify(piece)).toEqual(view(timeOnly.parse(piece, { instant, timezone: 0 })));
		}
		expect(skippedCount).toBeGreaterThan(500);
	});
	it('the numbers are skipped, the rest parsed', () => {
		for (const piece of skipped) expect(engineForPiece(timeOnly, piece), piece).toBeNull();
		for (const piece of kept) expect(engineForPiece(timeOnly, piece), piece).not.toBeNull();
	});
});

describe('engineForPiece: the gates of one piece do not carry over to the next', () => {
	const engine = chrono.casual.clone();
	const names = (e: chrono.Chrono | null) => (e ? e.parsers.map((p) => p.constructor.name) : []);
	it('a month piece, then a weekday piece, then a month piece again', () => {
		const month = names(engineForPiece(engine, 'March 5'));
		const weekday = names(engineForPiece(engine, 'Tuesday'));
		expect(month).toContain('ENMonthNameMiddleEndianParser');
		expect(month).not.toContain('ENWeekdayParser');
		expect(weekday).toContain('ENWeekdayParser');
		expect(weekday).not.toContain('ENMonthNameParser');
		expect(names(engineForPiece(engine, 'March 5'))).toEqual(month);
	});
	it('keeps chrono’s order of the parsers it keeps', () => {
		const all = names(engine);
		const kept = names(engineForPiece(engine, 'on Friday, March 5, 1998, at 3 p.m.'));
		expect(kept).toEqual(all.filter((n) => kept.includes(n)));
	});
});

describe('engineForPiece: the gates read in one pass are the regexes they stand for', () => {
	// The gates as regexes, each tested on the whole piece.
	const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
	const DIGIT = /\d/;
	const ORDINAL = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;
	const PLAIN: Record<string, readonly RegExp[]> = {
		ENYearMonthDayParser: [/\d\d\d\d/],
		ISOFormatParser: [/\d\d\d\d-\d/],
		SlashDateFormatParser: [/\d\/\d|\d[/.-]\d\d?[/.-]\d\d/],
		ENMonthNameLittleEndianParser: [MONTH, ORDINAL],
		ENMonthNameMiddleEndianParser: [MONTH, ORDINAL],
		ENMonthNameParser: [MONTH],
		ENYearMonthNameParser: [MONTH, DIGIT],
		ENWeekdayParser: [/sun|mon|tue|wed|thu|fri|sat|week/i],
		ENSlashMonthFormatParser: [/\d\/\d/],
		ENTimeExpressionParser: [DIGIT],
		ENTimeUnitAgoFormatParser: [/ago|before|earlier/i],
		ENTimeUnitLaterFormatParser: [/later|after|from now|henceforth|forward|out/i],
		ENCasualDateParser: [/now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i],
		ENCasualTimeParser: [/morning|afternoon|evening|night|midday|noon/i],
		ENEndOfCurrentMonthParser: [/month/i],
		ENRelativeDateFormatParser: [/this|last|past|next|after/i],
		ENTimeUnitCasualRelativeFormatParser: [/this|last|past|next|after|\+|-/i]
	};
	const engine = chrono.casual.clone();
	const all = engine.parsers.map((p) => p.constructor.name);
	it('on random pieces of gate words, their pieces, digits and marks', () => {
		const alphabet = [
			'jan', 'Ma', 'y', 'DEC', 'se', 'p', 'fir', 'st', 'teen', 'th', 'TWENTIETH', 'sun', 'mo', 'n', 'WEEK', 'ago', 'bef', 'ore', 'earlier', 'later', 'aft', 'er',
			'from', ' ', 'now', 'henceforth', 'forward', 'ou', 't', 'today', 'tonight', 'tmr', 'yesterday', 'nig', 'ht', 'morning', 'noon', 'mid', 'day', 'month',
			'this', 'la', 'st', 'past', 'nex', '+', '-', '/', '.', '0', '1', '9', '1998', '12', 'é', 'ſ', 'K', 'x', 'q', ',', 'o', 'w'
		];
		let seed = 13;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const seen = new Set<number>();
		for (let n = 0; n < 6_000; n++) {
			let piece = '';
			for (let i = Math.floor(next() * 8); i > 0; i--) piece += alphabet[Math.floor(next() * alphabet.length)];
			const expected = all.filter((name) => (PLAIN[name] ?? []).every((re) => re.test(piece)));
			seen.add(expected.length);
			expect(engineForPiece(engine, piece)?.parsers.map((p) => p.constructor.name) ?? [], JSON.stringify(piece)).toEqual(expected);
		}
		expect(seen.size).toBeGreaterThan(8);
	});
});

describe('chrono parsers are named by position, so a minified build (renamed classes) still gates them', () => {
	it('the list matches chrono’s class names, in order', () => {
		expect(chrono.casual.clone().parsers.map((p) => p.constructor.name)).toEqual([...CASUAL_PARSER_NAMES]);
	});
	it('parsers whose classes lost their names keep their gates', () => {
		const engine = nameCasualParsers(chrono.casual.clone());
		// What a minifier does: the class names are gone.
		for (const p of engine.parsers) Object.defineProperty(p, 'constructor', { value: class {} });
		expect(engine.parsers.map(parserName)).toEqual([...CASUAL_PARSER_NAMES]);
		const kept = engineForPiece(engine, 'Tuesday')?.parsers.map(parserName) ?? [];
		expect(kept).toContain('ENWeekdayParser');
		expect(kept).not.toContain('ENMonthNameParser');
	});
});

describe('word gates: a scope passes a gate exactly when it holds one of its words, in any case', () => {
	it('on random text', () => {
		const gate = anyOf(['day', 'ays', 'a', "0's", '0’s', 'tie', 'ties', 'week']);
		const other = anyOf(['zz9']);
		const alphabet = ['d', 'a', 'y', 'D', 'A', 'Y', 's', 'S', '0', "'", '’', 't', 'i', 'e', 'w', 'k', 'z', '9', ' ', '-', 'é'];
		let seed = 3;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 5_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 10); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
			const lower = text.toLowerCase();
			for (const [g, words] of [[gate, gate.words], [other, other.words]] as const) {
				const scope = { passage: null as never, text };
				const passes = holds(scope, g);
				// A scope that fails a gate is not scanned.
				if (!passes) expect(matchesIn(scope, /./g, g)).toEqual([]);
				expect(passes, `${JSON.stringify(text)} ${words.join(',')}`).toBe(words.some((w) => lower.includes(w)));
			}
		}
	});
});

describe('word gates: the scan reads the classes of the automaton, OTHER for a unit no gate word holds', () => {
	it('for every UTF-16 unit', () => {
		const wrong: string[] = [];
		for (let c = 0; c < 0x10000; c++) {
			const k = classOf(c);
			if (scanClassOf(c) !== (k < 0 ? 38 : k)) wrong.push(`U+${c.toString(16)}`);
		}
		expect(wrong).toEqual([]);
	});
	it('on random text over letters, digits, apostrophes, look-alikes and separators', () => {
		// The gates already made in this file (no room for more): each word is found in ASCII letters of either case only.
		const gates = [anyOf(['day', 'ays', 'a', "0's", '0’s', 'tie', 'ties', 'week']), anyOf(['zz9'])];
		const alphabet = ['d', 'D', 'a', 'A', 'y', 'Y', 's', 'S', 't', 'T', 'i', 'I', 'e', 'E', 'w', 'W', 'k', 'K', 'z', 'Z', '0', '9', "'", '’', '‘', '`', '_', ' ', '\t', '\n', '-', '.', 'é', 'İ', '\u212a', 'ı', '\u017f', 'ａ', '\ud83d', '\ude00', '\u0000'];
		const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
		let seed = 5;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 20_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 12); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
			const lower = asciiLower(text);
			const scope = { passage: null as never, text };
			for (const g of gates) expect(holds(scope, g), `${JSON.stringify(text)} ${g.words.join(',')}`).toBe(g.words.some((w) => lower.includes(w)));
		}
	});
});

describe('mayHoldDate: the one regex it stands for', () => {
	const MAY_HOLD_DATE = new RegExp(String.raw`\b(?:(?:AD|A\.D\.)\s*\d|1\d{3}|20\d{2}|\d{1,4}\s*(?:BC|AD|CE|a\.?m|p\.?m|h\b|hrs|s\b|'?s\b|st\b|nd\b|rd\b|th\b)|\d{1,2}[/:.-]\d{1,2}|'\d0s|\d{4}\s+(?:GMT|UTC)\b|[QH][1-4]\b|${DATE_WORD_STARTS.join('|')})`, 'i');
	it('on random text and on slices of it', () => {
		const alphabet = ['a', 'y', 'M', 'A', 'Y', 'd', 'D', 'n', 'o', 'w', 'E', 'r', 'e', '1', '9', '0', '2', ' ', '.', "'", '_', '/', 'é', 's', 'h', 'jan', 'Now', 'era', 'AD', 'B', 'C', '0915', ' GMT', 'utc', 'midday', 'Q', 'h', '4'];
		let seed = 11;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 20_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 10); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
			const start = Math.floor(next() * (text.length + 1));
			const end = start + Math.floor(next() * (text.length - start + 1));
			expect(mayHoldDate(text, start, end), `${JSON.stringify(text)} ${start}-${end}`).toBe(MAY_HOLD_DATE.test(text.slice(start, end)));
		}
	});
});

describe('anyOf: the same words make the same gate', () => {
	it('returns the gate already made for a word list', () => {
		const a = anyOf(['year']);
		expect(anyOf(['year'])).toBe(a);
		expect(holds({ passage: null as never, text: 'Last YEAR' }, a)).toBe(true);
		expect(holds({ passage: null as never, text: 'Last yea r' }, a)).toBe(false);
	});
});

describe('durationParser: its gated patterns still find every form they match', () => {
	const scope = (text: string) => ({ passage: { id: 'p', start: 0, end: text.length, text, sentences: [{ start: 0, end: text.length }] } as never, text });
	it.each([
		['2 1/2 years', 'They lived in camps for 2 1/2 years.', [['2 1/2 years', 'P2Y6M']]],
		['½', 'They lived there for 2 ½ years.', [['2 ½ years', 'P2Y6M']]],
		['and a half, any case', 'She spent FIVE AND A HALF HOURS there.', [['FIVE AND A HALF HOURS', 'PT5H30M']]],
		['a minute and a half', 'It took a minute and a half.', [['a minute and a half', 'PT1M30S']]],
		['several', 'Prices have risen for Several Years.', [['Several Years', 'PXY']]],
		['a few', 'Prices have risen in the past few months.', [['the past few months', 'PXM']]],
		['many', 'It took many weeks.', [['many weeks', 'PXW']]],
		['recent', 'In RECENT decades it grew.', [['RECENT decades', 'PXY']]],
		['the year ended', 'For THE YEAR ENDED Aug. 31, net rose.', [['THE YEAR', 'P1Y']]],
		['the fiscal year ending', 'In the fiscal year ending June 30 it may fall.', [['the fiscal year', 'P1Y']]],
		['no half, no vague word', 'The strike lasted two weeks.', [['two weeks', 'P2W']]]
	] as const)('%s', (_, text, expected) => {
		const found = durationParser.find(scope(text)).map((c) => [c.text, c.value]);
		for (const e of expected) expect(found).toContainEqual(e);
	});
});

describe('allMatches: what matchAll finds', () => {
	const patterns = [/a+/g, /\b\w+\b/gi, /(?:)/g, /y*/g, /(?:)/gu, /\p{L}?/gu, /(\d)(s)?/g, /ay|y/gi];
	it('on random text', () => {
		const alphabet = ['a', 'A', 'y', 'Y', ' ', '1', 's', 'é', '😀', '-'];
		let seed = 5;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 3_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 10); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
			for (const re of patterns) {
				const view = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);
				expect(view(allMatches(text, re)), `${JSON.stringify(text)} ${re}`).toEqual(view([...text.matchAll(re)]));
				expect(re.lastIndex).toBe(0);
			}
		}
	});
	it('refuses a regex without the g flag, as matchAll does', () => {
		expect(() => allMatches('a', /a/)).toThrow(TypeError);
	});
});

describe('title shortcuts: a look at the last word or the characters needed before a regex', () => {
	const texts = [
		'The army attacked on', 'talks began,and ', 'prices AS OF  ', 'held in\u00a0', 'on', ' on', 'the', 'a  ', 'x ,', 'foo ,the', 'its\tthe\n',
		'President John F. Kennedy met Gen. Lee', 'Prime  Minister Hun Sen', 'Vice-President Al Gore of Tennessee', "Russia's President Vladimir V. Putin",
		'Mr.Smith', 'Mr. smith', 'John F.Kennedy', 'talks — ', 'end -', 'İstanbul summit in', 'ſince', 'the\u212Aing of', '', ' ', '—'
	];
	const slices = texts.flatMap((t) => [...Array(t.length + 1).keys()].flatMap((i) => [t.slice(i), t.slice(0, i)]));
	it('lastWord is the last run of non-space characters, lower case', () => {
		for (const t of slices) expect(lastWord(t)).toBe((/(\S*)\s*$/.exec(t)?.[1] ?? '').toLowerCase());
	});
	it('trimEndOf is the replace of a trailing run', () => {
		for (const t of slices) for (const one of [/[\s,(—–-]/, /[\s,;:.]/, /[\s,;:(\-–—]/]) expect(trimEndOf(t, one)).toBe(t.replace(new RegExp(`${one.source}+$`), ''));
	});
	it('a text the end regexes match ends on a word of theirs', () => {
		for (const t of slices) {
			if (TRAILING_PREPOSITION.test(t)) expect(TRAILING_LAST.has(lastWord(t)), t).toBe(true);
			if (FUNCTION_END.test(t)) expect(FUNCTION_LAST.has(lastWord(t)), t).toBe(true);
		}
	});
	it('trailingPrepositionAt: where TRAILING_PREPOSITION matches, from the tail of the text', () => {
		const plain = (t: string) => TRAILING_PREPOSITION.exec(t)?.index ?? -1;
		for (const t of [...slices, 'rates as of', 'rates  as   of \t', 'as of', ' as of', 'x as\u00a0of', 'held as  of on', 'fell in in', 'a as of the', 'up to as  in ,'])
			expect(trailingPrepositionAt(t), JSON.stringify(t)).toBe(plain(t));
		// Random texts of words the regex knows, spaces and commas.
		const parts = ['as', 'of', 'on', 'in', 'the', 'x', ',', ' ', '  ', '\t', '\u00a0', 'AS', 'Of', 'mid', 'late'];
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 20000; n++) {
			let t = '';
			for (let k = Math.floor(next() * 9); k > 0; k--) t += parts[Math.floor(next() * parts.length)];
			expect(trailingPrepositionAt(t), JSON.stringify(t)).toBe(plain(t));
		}
	});
	it('shortenCollapsed: shorten of a title whose spaces are collapsed and trimmed', () => {
		const long = 'The Allied armies, which had landed in Normandy, advanced while the Germans – as expected – withdrew where they could';
		const titles = [...slices, ...[...Array(long.length + 1).keys()].flatMap((i) => [long.slice(0, i), long.slice(i)]), 'ßtraße as of –', 'x —', 'a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, and so on -'];
		for (const t of titles) {
			const c = trimEndOf(collapseSpaces(t).trim(), /[\s,;:.]/);
			if (!c) continue;
			const title = c.charAt(0).toUpperCase() + c.slice(1);
			expect(shortenCollapsed(title), JSON.stringify(title)).toBe(shorten(title));
		}
	});
	it('boundaryEnds: where the matches of CLAUSE_BOUNDARY end', () => {
		for (const t of [...texts, 'Troops left, as that which, when ; the war: — ended while  as  he said but then', ', as as , ,'])
			expect(boundaryEnds(t)).toEqual([...t.matchAll(CLAUSE_BOUNDARY)].map((m) => m.index + m[0].length));
	});
	it('simplifyNames is the plain two replaces', () => {
		for (const t of slices) expect(simplifyNames(t)).toBe(t.replace(TITLED_NAME, '$1').replace(MIDDLE_INITIAL, '$1 $2'));
	});
});

describe('opensWithTh: a title an opening pattern matches opens with "th"', () => {
	it('on titles in every case and with look-alike letters', () => {
		const heads = ['the', 'The', 'THE', 'tHiS', 'thiſ', 'ThAt', 'ṭhe', 'ｔhe', ' the', '\u0442he', 'þe', 'th', 't', '', 'Tha', 'this', 'These'];
		const tails = [' meeting', ' Moscow  meeting', ' first big summit', ' talks', '\u00a0vote', ' Crème-brûlée ſpeech', ' re-election', ' election'];
		for (const noun of new Set(EVENT_NOUNS))
			for (const head of heads)
				for (const tail of [...tails, ` ${noun}`, ` big ${noun}`, ` ${noun.toUpperCase()}`])
					if (openingPattern(noun).test(head + tail)) expect(opensWithTh(head + tail), head + tail).toBe(true);
		expect(opensWithTh('The meeting')).toBe(true);
		expect(opensWithTh('A meeting')).toBe(false);
	});
});

describe('triggersOf: the nouns the plain split of the title finds', () => {
	// The plain code: every run of [a-z-] of the lower-cased title looked up.
	const nounSet = new Set<string>(EVENT_NOUNS);
	const verbs = new Map(Object.entries(VERB_TO_NOUN));
	const plain = (title: string, anniversary: boolean) => {
		const out = new Set<string>();
		for (const raw of title.toLowerCase().split(/[^a-z-]+/)) {
			if (nounSet.has(raw)) out.add(raw);
			const fromVerb = verbs.get(raw);
			if (fromVerb) out.add(fromVerb);
		}
		if (anniversary) for (const n of ['anniversary', 'commemoration', 'celebration', 'celebrations', 'occasion', 'commemorations']) out.add(n);
		if (out.has('meeting') && /\bheld\b/i.test(title) && !/\b(convened|met|meeting|talks|summit)\b/i.test(title)) out.delete('meeting');
		return [...out];
	};
	it('on tricky titles and random ones', () => {
		const titles = ['Leaders met in Moscow', 'MET-MEETING talks', 'the re-election vote', 'A visit—and a summit, then talks.', 'Held talks', 'held', 'The summit was held',
			'İnvasion of \u212Aorea', 'ﬁnal coup-d’état', 'war-time strike', 'constructor toString', '', '-', 'a-met-b met', 'Signed; signed… SIGNED', 'met', ' met ', 'co-op'];
		const words = [...nounSet, ...verbs.keys(), 'war', 'a', 'of', 'the', 'Meeting', 'TALKS', 'constructor', 'me', 'et'];
		const seps = [' ', '-', '', ', ', '—', '’s ', '\u212A', 'İ', '1'];
		let seed = 3;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 5000; n++) {
			let t = '';
			for (let k = Math.floor(next() * 6); k > 0; k--) t += words[Math.floor(next() * words.length)] + seps[Math.floor(next() * seps.length)];
			titles.push(t);
		}
		for (const t of titles) for (const anniversary of [false, true]) expect(triggersOf(t, anniversary), t).toEqual(plain(t, anniversary));
	});
});

describe('synonymsOf: the plain flatMap and filter', () => {
	it('on lists of meeting nouns and others', () => {
		const nouns = ['meeting', 'talks', 'summit', 'visit', 'vote'];
		const lists: string[][] = [[]];
		for (let n = 0; n < 4; n++) for (const l of lists.slice()) for (const x of nouns) lists.push([...l, x]);
		for (const own of lists) expect([...synonymsOf(own)], own.join()).toEqual([...new Set(own.flatMap(kindOf).filter((n) => !own.includes(n)))]);
	});
});

describe('knowledge base: the table the first-word scan reads is isWordUnit and foldUnit', () => {
	it('for every UTF-16 unit (ASCII, Latin, other scripts, surrogates), in a scrambled order', () => {
		// Scrambled, so that units above ASCII are not all learnt in order.
		for (let n = 0; n < 0x10000; n++) {
			const c = (n * 40503) & 0xffff;
			expect(wordFoldOf(c), `U+${c.toString(16)}`).toBe(isWordUnit(c) ? foldUnit(c) : 1);
		}
		// Asked again, from what it kept.
		for (const c of [0, 32, 48, 65, 90, 95, 97, 122, 0xc9, 0xe9, 0x130, 0x212a, 0x3000, 0xd800, 0xffff]) expect(wordFoldOf(c)).toBe(isWordUnit(c) ? foldUnit(c) : 1);
		expect(wordFoldOf('É'.charCodeAt(0))).toBe('é'.charCodeAt(0));
		expect(wordFoldOf('-'.charCodeAt(0))).toBe(1);
	});
});

describe('knowledge base: foldedWordEnd is the plain walk to the word end and the FNV-1a hash of its folded units', () => {
	const plain = (text: string, start: number) => {
		let end = start;
		while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
		let hash = 0x811c9dc5;
		for (let i = start; i < end; i++) hash = Math.imul(hash ^ foldUnit(text.charCodeAt(i)), 0x01000193);
		return [end, hash & 0x3fffffff];
	};
	it('on random text over letters of either case, digits, non-ASCII letters and separators, from every position', () => {
		const alphabet = ['w', 'W', 'a', 'R', '2', '_', ' ', '-', '’', "'", '.', 'é', 'É', 'İ', 'ß', '\u212a', 'Σ', 'ς', '\ud83d', '\ude00', '\u00a0', '\n'];
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 5_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 10); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
			for (let start = 0; start <= text.length; start++) {
				const end = foldedWordEnd(text, start);
				expect([end, knowledgeBase.foldedHash], `${JSON.stringify(text)} from ${start}`).toEqual(plain(text, start));
			}
		}
	});
});

describe('holdsAfterOrBefore: the two includes it stands for', () => {
	it('on random text over the letters of "after" and "before", their capitals, and other spaces', () => {
		const plain = (text: string) => text.includes(' after ') || text.includes(' before ');
		const alphabet = [' ', ' ', 'a', 'f', 't', 'e', 'r', 'b', 'o', 'A', 'E', '\n', '\t', '\u00a0', 'after', 'before', 'AFTER', ' after', 'before ', 'é'];
		let seed = 13;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		let found = 0;
		for (let n = 0; n < 20_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 8); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
			expect(holdsAfterOrBefore(text), JSON.stringify(text)).toBe(plain(text));
			if (plain(text)) found++;
		}
		// Both answers come up.
		expect(found).toBeGreaterThan(500);
		for (const text of ['', ' after ', ' before ', 'after ', ' after', ' After ', ' before\n', 'x before y', ' afterbefore ']) expect(holdsAfterOrBefore(text), JSON.stringify(text)).toBe(plain(text));
	});
});

describe('yearParser: a text its gates turn away holds no match of RANGE or YEAR_LIST', () => {
	it('on random text over years, short numbers, connectors and cues in either case', () => {
		const alphabet = ['1939', '1945', '45', '123', '2001', '20', '9', ' ', ' ', '  ', '\n', '–', '—', '-', 'to', 'TO', 'and', 'AND', 'or', 'Or', 'until', 'through', ',', ', ', 'in ', 'IN ', 'of ', 'between ', 'from ', 'both ', ' BC', 'AD', 'x', 'é', 'in 1939', ' and 1945', ' AND 2001', ', 1945', ' or 2001', 'during 1990, 1991', ', and 1997', ' , or 2010'];
		const plain = (text: string, re: RegExp) => allMatches(text, re).map((m) => [m.index, ...m]);
		let seed = 17;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const seen = { range: 0, list: 0 };
		for (let n = 0; n < 20_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 9); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
			for (const [re, gate, key] of [[RANGE, RANGE_GATE, 'range'], [YEAR_LIST, YEAR_LIST_GATE, 'list']] as const) {
				const all = plain(text, re);
				if (all.length) seen[key]++;
				expect(gate.test(text) ? plain(text, re) : [], `${JSON.stringify(text)} ${key}`).toEqual(all);
			}
		}
		// The patterns do match, often.
		expect(seen.range).toBeGreaterThan(50);
		expect(seen.list).toBeGreaterThan(50);
	});
});

describe('clauseStartBefore: the largest of the lastIndexOf it stands for', () => {
	const ABBREVIATION = /(?:\b[A-Z][A-Za-z]{0,3}|\b[a-z]|\.[A-Za-z]|\bCorp|\bSept)$/;
	/** The plain version: every mark looked for back through the whole text. */
	function plainClauseStart(text: string, localPos: number): number {
		const floor = Math.max(0, localPos - 300);
		let dot = text.lastIndexOf('.', localPos - 1);
		while (dot > floor && ABBREVIATION.test(text.slice(Math.max(0, dot - 6), dot))) dot = text.lastIndexOf('.', dot - 1);
		const quote = Math.max(text.lastIndexOf('"', localPos - 1), text.lastIndexOf('”', localPos - 1), text.lastIndexOf("''", localPos - 1), text.lastIndexOf('“', localPos - 1));
		return Math.max(dot, quote, text.lastIndexOf(';', localPos - 1), 0);
	}
	const texts = [
		'"We will win," Mr. Gerstner said Friday. The U.S. Corp. met; it agreed on Jan. 14. “Yes,” he said in ‘quotes’ and ``this\'\' too.',
		"''Now'' he said; then. Then ''",
		'No marks at all in this one but words',
		'"', "''", ';', '.', '', 'a.b.c; "d" e. F. g'
	];
	// Random texts of the marks and letters.
	let seed = 7;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const pieces = ['.', ';', '"', '”', '“', "'", "''", ' ', 'a', 'Jan', 'Corp', 'U.S.', 'word', '\n'];
	for (let t = 0; t < 200; t++) texts.push(Array.from({ length: 1 + Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
	it('at every position of every text', () => {
		for (const text of texts) for (let pos = 0; pos <= text.length + 1; pos++) expect(clauseStartBefore(text, pos), `${JSON.stringify(text)} @${pos}`).toBe(plainClauseStart(text, pos));
	});
});

describe('bare: the replace of the marks around a word it stands for', () => {
	const plainBare = (w: string | undefined) => (w ?? '').replace(/^[^\w']+|[^\w']+$/g, '');
	it('on random words of letters, digits, apostrophes and marks', () => {
		const alphabet = ['a', 'Z', '0', '9', '_', "'", '’', '"', '“', '”', ',', '.', '(', ')', '-', '$', 'é', 'ſ', ':', '—', 'x'];
		let seed = 5;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const words: Array<string | undefined> = [undefined, '', 'said', 'said,', '“will', "'90s", "o'clock", '...', '—'];
		for (let n = 0; n < 5_000; n++) words.push(Array.from({ length: Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
		for (const w of words) expect(bare(w), JSON.stringify(w)).toBe(plainBare(w));
	});
});

describe('matchesInRuns: what allMatches finds, the pattern run only in the runs that hold a key word', () => {
	const view = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);
	const pieces = [
		'two', 'twenty', '-', 'five', 'a', 'an', 'the', 'its', 'few', 'several', 'couple', 'of', 'hundred', '3', '12', '1998', 'about', 'more than', 'first', 'next', 'past', 'last',
		'following', 'previous', 'same', 'this', 'coming', 'earlier', 'later', 'early', 'day', 'days', 'Day', 'today', 'week', 'WEEKS', 'month', 'months', 'year', 'years', 'Year',
		'decade', 'century', 'centuries', 'quarter', 'hour', 'night', 'second', 'minute', '-long', 'ago', 'before', 'after', 'ahead of', 'prior to', 'on', 'for', 'within', 'in',
		'end', 'of the', 'that', "'s", '’s', 'rest', 'full', 'fiscal', 'current', ' ', ' ', ' ', '  ', '\u00a0', '\u2009', '\n', ',', '.', ';', '(', ')', '"', '“', '”', "'", '’',
		'é', 'ſ', 'x', 'q'
	];
	let seed = 17;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const texts: string[] = ['two weeks ago, a day later; the rest of the year’s end', 'five years earlier (three days after)', 'the following year.', ''];
	const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)];
	for (let n = 0; n < 3_000; n++) texts.push(Array.from({ length: Math.floor(next() * 16) }, () => pick(pieces)).join(next() < 0.7 ? ' ' : ''));
	// Phrases of the patterns' shape (a count, a unit, what follows), cut and joined by spaces and marks.
	const counts = ['two', 'twenty-five', 'a', 'an', 'several', 'a few', '3', 'the', 'nearly two', 'the first nine', 'one hundred', 'the following', 'last', 'this', 'for the', 'of the'];
	const units = ['days', 'week', 'months', 'year', 'years', 'decade', 'hours', 'centuries', 'quarter'];
	const tails = ['ago', 'later', 'earlier', 'before', 'after the war', 'on', 'of', '', "'s end", 'in 1990', 'ended'];
	for (let n = 0; n < 2_000; n++) {
		const phrase = `${pick(counts)}${next() < 0.2 ? '-' : ' '}${pick(units)} ${pick(tails)}`;
		texts.push(`${pick(pieces)}${pick([' ', ', ', '(', '“', '\u00a0'])}${phrase}${pick(['.', ' ', ';', '’', ''])}${pick(pieces)}`);
	}
	it('on random text of counts, units, their words, spaces and marks', () => {
		for (const p of [...DURATION_RUNS, ...OFFSET_RUNS]) {
			let found = 0;
			for (const text of texts) {
				const plain = view(matchesIn({ passage: null as never, text }, p.re, p.key));
				found += plain.length;
				expect(view(matchesInRuns({ passage: null as never, text }, p)), `${p.re.source.slice(0, 40)} ${JSON.stringify(text)}`).toEqual(plain);
			}
			expect(found, p.re.source.slice(0, 40)).toBeGreaterThan(5);
		}
	});
});

describe('holiday and set gates: every match of the pattern holds a word of its gate', () => {
	const holidays = [
		'Christmas Eve', 'Christmas Day', 'Christmas', 'Boxing Day', "New Year's Eve", 'New Years Day', 'New Year’s', "New Year's Day", "Valentine's Day", 'Valentines Day',
		"St. Patrick's Day", 'St Patricks Day', "Saint Patrick's Day", 'Halloween', "All Saints' Day", 'All Saints Day', 'Bastille Day', 'Armistice Day', 'Remembrance Day',
		"Veterans' Day", 'Guy Fawkes Night', 'Guy Fawkes Day', 'Bonfire Night', 'Easter Monday', 'Easter Sunday', 'Easter', 'Good Friday', 'Palm Sunday', 'Ash Wednesday',
		'Pentecost', 'Whit Sunday', 'Thanksgiving Day', 'Thanksgiving', 'Labor Day', 'Memorial Day', 'Martin Luther King Jr. Day', 'Martin Luther King Day', "Presidents' Day", 'Election Day'
	];
	const sets = ['Sundays', 'mondays', 'Tuesday nights', 'Wednesday mornings', 'THURSDAY AFTERNOONS', 'Friday evenings', 'Saturdays', 'every week', 'twice a year', 'each July', 'daily'];
	const around = ['', 'last ', 'next ', 'this ', 'on ', 'the ', ', 1963', ' of 1916', ' morning', '’s', ' week', '.', ' sale'];
	let seed = 19;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)];
	const vary = (w: string) => (next() < 0.2 ? w.toLowerCase() : next() < 0.1 ? w.toUpperCase() : w).replace(/ /g, () => pick([' ', '  ', '\n', '\u00a0']));
	const texts: string[] = [];
	for (let n = 0; n < 3_000; n++) texts.push(`${pick(around)}${vary(pick([...holidays, ...sets]))}${pick(around)} ${vary(pick([...holidays, ...sets]))}${pick(around)}`);
	it('on text of holidays, weekdays in the plural and sets, in varied case and spacing', () => {
		const view = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);
		for (const [re, gate] of [[HOLIDAY, HOLIDAY_WORDS], ...SET_PATTERNS] as const) {
			let found = 0;
			for (const text of texts) {
				const plain = view(allMatches(text, re));
				found += plain.length;
				expect(view(matchesIn({ passage: null as never, text }, re, gate)), `${re.source.slice(0, 30)} ${JSON.stringify(text)}`).toEqual(plain);
			}
			expect(found, re.source.slice(0, 30)).toBeGreaterThan(20);
		}
	});
});

describe('isoToMillis: YYYY-MM-DD read by its digits, as the regex reads it', () => {
	/** The plain version: the regex for every text. */
	function plainIsoToMillis(iso: string): number {
		const m = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
		if (!m) return Number.NaN;
		const base = ymdToMillis({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
		return base + (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) * 1000;
	}
	it('on dates, date-times, expanded years and near misses', () => {
		const texts = ['1998-03-05', '0000-01-01', '0099-12-31', '9999-12-31', '1998-13-40', '1998-00-00', '1998-03-05T12:30', '1998-03-05T12:30:15Z', '-000499-01-01', '+012000-01-01', '1998-3-05', '98-03-05', '1998/03/05', ' 1998-03-05', '1998-03-05 ', '１９９８-03-05', ''];
		const alphabet = ['0', '1', '2', '9', '5', '-', '-', '-', 'T', ':', '+', 'Z', ' ', '/', 'x', '٣'];
		let seed = 29;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)];
		for (let n = 0; n < 20_000; n++) texts.push(Array.from({ length: 8 + Math.floor(next() * 5) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
		for (let n = 0; n < 2_000; n++) texts.push(`${String(Math.floor(next() * 10000)).padStart(4, '0')}-${String(Math.floor(next() * 14)).padStart(2, '0')}-${String(Math.floor(next() * 33)).padStart(2, '0')}`);
		// Dates with one unit changed: a mark, a letter or a digit of another script where a digit or a dash was.
		for (let n = 0; n < 5_000; n++) {
			const date = texts[texts.length - 1 - Math.floor(next() * 2_000)];
			const at = Math.floor(next() * date.length);
			texts.push(date.slice(0, at) + pick([':', '/', '.', ' ', 'x', '٣', '０', '-', '5']) + date.slice(at + 1));
		}
		for (const text of texts) expect(isoToMillis(text), JSON.stringify(text)).toBe(plainIsoToMillis(text));
	});
});
