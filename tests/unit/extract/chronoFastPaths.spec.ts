/** The shortcuts taken for speed in the chrono parser and extract() find exactly what the plain versions find. */
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { CHRONO_TRIGGER } from '../../../src/lib/extract/temporal/parsers/chronoParser.ts';
import { CASUAL_REFINER_COUNT, gatedChrono, gateZoneNames, ZONE_NAME_REFINER } from '../../../src/lib/extract/temporal/parsers/chronoGates.ts';
import { extract, looksBinary, normalizeNewlines } from '../../../src/lib/extract/extract.ts';
import { timeValue, ymdToMillis } from '../../../src/lib/extract/timex.ts';

/** A seeded random generator, so a failure can be replayed. */
function random(seed: number): () => number {
	return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A random text of `parts`, up to `most` of them. */
function randomText(next: () => number, parts: readonly string[], most: number): string {
	let text = '';
	for (let i = Math.floor(next() * (most + 1)); i > 0; i--) text += parts[Math.floor(next() * parts.length)];
	return text;
}

describe('CHRONO_TRIGGER: the flat list of trigger words, grouped by first letter', () => {
	// The words as they were first written, one after another (and "o'clock" alone, for an hour in words).
	const FLAT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|tonight|tomorrow|yesterday|now|ago|noon|midnight|midday|morning|afternoon|evening|night|weekend|(?:last|next|this|past|coming)\s+(?:day|week|month|year)|(?:day|week|month|year)s?\s+(?:before|after|ago|later|earlier)|(?:end|beginning|start|middle)\s+of|o['’]clock|\d{1,2}\s*(?:a\.?m|p\.?m|o'clock|h)|\d{1,4}[/:.-]\d{1,2}|\d{4}-\d{2}|\d{4}\s+(?:gmt|utc|local\s+time)|0\d[0-5]\d)\b/gi;
	const view = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
	const words = [
		'jan', 'January', 'feb', 'FEBRUARY', 'mar', 'March', 'marches', 'apr', 'april', 'may', 'May', 'june', 'jun', 'july', 'jul', 'aug', 'august', 'sep', 'sept', 'september',
		'oct', 'october', 'nov', 'november', 'dec', 'december', 'mon', 'monday', 'month', 'months', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs',
		'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday', 'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'ago', 'noon', 'midnight', 'midday', 'morning', 'afternoon',
		'evening', 'night', 'weekend', 'week', 'weeks', 'day', 'days', 'year', 'years', 'last', 'next', 'this', 'past', 'coming', 'before', 'after', 'later', 'earlier',
		'end', 'beginning', 'start', 'middle', 'of', 'am', 'a.m', 'p.m', 'pm', "o'clock", 'h', 'the', 'market', 'mid', 'money', 'x', 'é', 'İ', '\u212A', 'ſ',
		'1', '12', '123', '2001', '19', '0', '5', 'GMT', 'utc', 'local', 'time', '0530', '0960'
	];
	const joints = [' ', '  ', '\t', '\n', '\u00a0', '', '-', '/', ':', '.', ',', "'", '_', '’'];
	it('on texts of trigger words, their pieces and look-alikes', () => {
		const next = random(17);
		for (let n = 0; n < 20_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 8); i > 0; i--) text += words[Math.floor(next() * words.length)] + joints[Math.floor(next() * joints.length)];
			expect(view(CHRONO_TRIGGER, text), JSON.stringify(text)).toEqual(view(FLAT, text));
		}
	});
	it('on random letters, digits and marks', () => {
		const next = random(5);
		const alphabet = ['a', 'g', 'o', 'm', 'n', 'd', 'y', 's', 't', 'h', 'e', 'r', 'w', 'k', 'A', 'M', 'O', '1', '2', '0', ' ', ':', '-', '.', '/', "'", 'c', 'l', 'i', 'p'];
		for (let n = 0; n < 20_000; n++) {
			const text = randomText(next, alphabet, 14);
			expect(view(CHRONO_TRIGGER, text), JSON.stringify(text)).toEqual(view(FLAT, text));
		}
	});
	it('on prose', () => {
		const text = 'On Monday, March 5, 1998, at 3 p.m., two days ago, the end of the month, last week; the money market decided in May 2001-05 and 12/03 at 10:30 or 5h, this year.';
		expect(view(CHRONO_TRIGGER, text)).toEqual(view(FLAT, text));
		expect(view(CHRONO_TRIGGER, text).length).toBeGreaterThan(10);
		expect(view(CHRONO_TRIGGER, '')).toEqual([]);
	});
});

describe('looksBinary: the plain count of bad characters', () => {
	// The function as it was: a count over the first 64 Ki characters, without the scan before it.
	const plain = (text: string) => {
		const sample = text.slice(0, 65536);
		if (sample.includes('\u0000')) return true;
		let bad = 0;
		for (let i = 0; i < sample.length; i++) {
			const c = sample.charCodeAt(i);
			if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
		}
		return bad > Math.max(8, sample.length * 0.02);
	};
	// Every control character, the ones allowed and their neighbours, U+FFFD and its neighbours, a lone surrogate, letters.
	const alphabet = [...Array(33).keys()].map((c) => String.fromCharCode(c)).concat(['\ufffc', '\ufffd', '\ufffe', '\ud800', '\u007f', 'a', 'é', ' ', 'a', 'b', 'c', 'd']);
	it('on random texts', () => {
		const next = random(23);
		let binary = 0;
		for (let n = 0; n < 20_000; n++) {
			const text = randomText(next, alphabet, 40);
			if (plain(text)) binary++;
			expect(looksBinary(text), JSON.stringify(text)).toBe(plain(text));
		}
		expect(binary).toBeGreaterThan(100);
	});
	it('on nine of one character, for every UTF-16 code unit', () => {
		const differ: string[] = [];
		for (let c = 0; c <= 0xffff; c++) {
			const text = String.fromCharCode(c).repeat(9);
			if (looksBinary(text) !== plain(text)) differ.push(`U+${c.toString(16)}`);
		}
		expect(differ).toEqual([]);
	});
	it('on long texts, with bad characters only past the sample or few of them', () => {
		const long = 'word '.repeat(14_000);
		for (const text of [long, `${long}\u0000`, `\u0001${long}`, '\u0001'.repeat(9) + long.slice(0, 400), '\u0001'.repeat(9), '\u0001'.repeat(8), '\ufffd'.repeat(20) + long, '', '\t\n\f\r'])
			expect(looksBinary(text), JSON.stringify(text.slice(0, 12))).toBe(plain(text));
	});
});

describe('timex: Date.UTC where it reads the year as given, one Date per ISO string', () => {
	// The plain versions: setUTCFullYear for every year, and a second Date for the calendar day.
	const plainMillis = (year: number, month: number, day: number) => {
		const d = new Date(0);
		d.setUTCFullYear(year, month - 1, day);
		d.setUTCHours(0, 0, 0, 0);
		return d.getTime();
	};
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	const plainIso = (ms: number) => {
		const d = new Date(ms);
		const day = new Date(ms);
		const year = day.getUTCFullYear();
		const y = year >= 0 && year <= 9999 ? pad(year, 4) : (year < 0 ? '-' : '+') + pad(Math.abs(year), 6);
		const ymd = `${y}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
		if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) return ymd;
		return `${ymd}T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}Z`;
	};
	it('ymdToMillis on years around 0, 100 and the ends of the Date range, months and days past their ends', () => {
		const years = [-275761, -275760, -271821, -100000, -1000, -480, -101, -100, -99, -2, -1, -0.5, -0, 0, 0.5, 1, 50, 98, 99, 99.5, 99.9, 100, 100.5, 101, 1582, 1899, 1900, 1970, 1999, 2000, 2024, 9999, 10000, 275759, 275760, 275761, NaN, Infinity, -Infinity];
		const months = [-13, -1, 0, 1, 2, 6.5, 12, 13, 25, NaN];
		const days = [-400, -1, 0, 1, 15, 28, 29, 30, 31, 32, 366, 1.5, NaN];
		for (const year of years) for (const month of months) for (const day of days) {
			const got = ymdToMillis({ year, month, day });
			const want = plainMillis(year, month, day);
			if (!Object.is(got, want)) expect(got, `${year}-${month}-${day}`).toBe(want);
		}
		expect(ymdToMillis({ year: 50, month: 1, day: 1 })).toBe(plainMillis(50, 1, 1));
		expect(ymdToMillis({ year: 2000, month: 1, day: 1 })).toBe(Date.UTC(2000, 0, 1));
	});
	it('ymdToMillis on random days', () => {
		const next = random(31);
		for (let n = 0; n < 20_000; n++) {
			const year = Math.floor(next() * 6000) - 3000;
			const month = Math.floor(next() * 16) - 1;
			const day = Math.floor(next() * 34) - 1;
			expect(ymdToMillis({ year, month, day }), `${year}-${month}-${day}`).toBe(plainMillis(year, month, day));
		}
	});
	it('timeValue writes the instants it is given as the plain ISO strings', () => {
		const next = random(37);
		const instants = [0, -1, 1, 86_400_000, -62_198_755_200_000, -62_167_219_200_000, 253_402_300_799_999, 253_402_300_800_000, 8.64e15, -8.64e15, 8.64e15 + 1, NaN];
		for (let n = 0; n < 20_000; n++) instants.push(Math.round((next() - 0.5) * 2e14 / 3_600_000) * 3_600_000 * (next() < 0.5 ? 1 : 1 + next() / 1e9));
		for (const ms of instants) {
			const t = timeValue('x', ms, ms, 'day');
			expect([t.start, t.end], String(ms)).toEqual([plainIso(ms), plainIso(ms)]);
		}
	});
});

describe('chrono month dates: the clause is read only when the year needs it, and then as before', () => {
	// Values as the parser gave them when it read every clause's tense up front (commit 0cb772e).
	const cases: Array<[string, string, string]> = [
		// The story goes on into the next year, unless the clause is in the future or looks back.
		['On December 16, 1944, the offensive began. In January the Allies advanced to the Rhine.', '2020-01-01', 'December 16, 1944=1944-12-16 | January=1945-01'],
		// (Since 'will' in a dated text not read as a history looks ahead from the day of writing: January 2020, no longer 1944.)
		['On December 16, 1944, the offensive began. The Allies will advance in January.', '2020-01-01', 'December 16, 1944=1944-12-16 | January=2020-01'],
		['On December 16, 1944, the offensive began. Earlier, in January, the Allies had advanced.', '2020-01-01', 'December 16, 1944=1944-12-16 | January=1944-01'],
		['On December 16, 1944, the offensive began. In February they crossed the river, and in last March more came.', '2020-01-01', 'December 16, 1944=1944-12-16 | February=1945-02 | last March=2019-03'],
		['On October 30, 1917, the attack began. On Jan. 3 the line broke.', '2020-01-01', 'October 30, 1917=1917-10-30 | Jan. 3=1918-01-03'],
		// Near the day of writing, on the side the tense gives.
		['Sales fell in December, the company said.', '1998-01-08', 'December=1997-12'],
		['The plant will open in December, the company said.', '1998-01-08', 'December=1997-12'],
		['The plant will open in November.', '1998-01-08', 'November=1998-11'],
		['Sales fell in February.', '1998-01-08', 'February=1997-02'],
		['Sales in February were flat.', '1998-01-08', 'February=1997-02'],
		['The plant opens in March.', '1998-01-08', 'March=1998-03'],
		['He met her last August and will see her this September and next March.', '1998-01-08', 'last August=1997-08 | this September=1998-09 | next March=1998-03'],
		['The talks were held on Jan. 5 and will resume Feb. 10.', '1998-01-08', 'Jan. 5=1998-01-05 | Feb. 10=1998-02-10'],
		['Earlier, on Dec. 28, the talks had stalled.', '1998-01-08', 'Dec. 28=1997-12-28']
	];
	for (const [text, reference, want] of cases)
		it(text, () => {
			const got = extract(text, { reference }).expressions.map((e) => `${e.text}=${e.time?.value}`).join(' | ');
			expect(got).toBe(want);
		});
});

describe('gateZoneNames: chrono asks about a zone name only after a zone it knows, and finds what it found before', () => {
	const instant = new Date(Date.UTC(2000, 5, 15, 12));
	const view = (rs: chrono.ParsedResult[]) => rs.map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString(), tags: [...r.tags()].sort(), zone: r.start.get('timezoneOffset'), certain: r.start.isCertain('timezoneOffset') }));
	const casual = chrono.casual.clone();
	// The same parsers with the plain refiners, and with the zone refiner gated.
	const plain = new chrono.Chrono({ parsers: casual.parsers, refiners: casual.refiners });
	const gated = new chrono.Chrono({ parsers: casual.parsers, refiners: gateZoneNames(casual.refiners) });
	it('the refiner gated is chrono’s zone name refiner', () => {
		expect(casual.refiners).toHaveLength(CASUAL_REFINER_COUNT);
		expect(casual.refiners[ZONE_NAME_REFINER].constructor.name).toBe('ExtractTimezoneAbbrRefiner');
		expect(gateZoneNames(casual.refiners)[ZONE_NAME_REFINER]).not.toBe(casual.refiners[ZONE_NAME_REFINER]);
		expect(gateZoneNames([casual.refiners[0]])).toEqual([casual.refiners[0]]);
	});
	const pieces = [
		'at 3 p.m. EST on Friday', '5 pm (PST)', 'at 10:30, GMT', 'at 10:30 gmt', '3 p.m. et al', 'on Friday ET', 'March 5 CST', 'March 5 cst', 'March 5, 1998 EDT and March 6 PDT',
		'noon BST', 'at 10 am JST in Tokyo', '9:00 IST', '8 a.m. XYZ', 'on Monday the talks', 'at 3 pm, the', 'Tuesday in March', '3 pm UTC+2', '3 pm (UTC)', '3pm CET.',
		'June 1 and 3 pm EST', 'yesterday at 5 PM ET', 'Jan. 2 to Dec. 15 EST', 'today', '', 'EST', 'at 3 p.m. Est', '3 p.m. ACDT', '3 p.m. AEST, 4 p.m. NZST', '11 h MSK'
	];
	for (const piece of pieces)
		it(JSON.stringify(piece), () => {
			expect(view(gated.parse(piece, { instant, timezone: 0 }))).toEqual(view(plain.parse(piece, { instant, timezone: 0 })));
			expect(view(gated.parse(piece, instant))).toEqual(view(plain.parse(piece, instant)));
			expect(view(gatedChrono(casual).parse(piece, { instant, timezone: 0 }))).toEqual(view(plain.parse(piece, { instant, timezone: 0 })));
		});
	it('on random texts of dates, times and zone-like words', () => {
		const parts = ['3 pm', '10:30', 'Friday', 'March 5', 'today', ' ', ', ', '(', ')', 'EST', 'est', 'PST', 'GMT', 'ET', 'BST', 'IST', 'CEST', 'XYZ', 'the', 'in', 'and', 'A', 'ABCDE', '.', '-', '+2', 'at'];
		const next = random(41);
		let zoned = 0;
		for (let n = 0; n < 3_000; n++) {
			const piece = randomText(next, parts, 8);
			const want = view(plain.parse(piece, { instant, timezone: 0 }));
			if (want.some((r) => r.certain)) zoned++;
			expect(view(gated.parse(piece, { instant, timezone: 0 })), JSON.stringify(piece)).toEqual(want);
		}
		expect(zoned).toBeGreaterThan(50);
	});
	it('leaves zones of the caller’s own to the refiner', () => {
		const option = { timezones: { XYZ: 120 } };
		expect(view(gated.parse('at 3 pm XYZ', { instant, timezone: 0 }, option))).toEqual(view(plain.parse('at 3 pm XYZ', { instant, timezone: 0 }, option)));
		expect(plain.parse('at 3 pm XYZ', { instant, timezone: 0 }, option)[0].text).toBe('at 3 pm XYZ');
	});
});

describe('normalizeNewlines: the plain replace of \\r\\n and \\r', () => {
	it('on random texts of line ends and letters', () => {
		const next = random(43);
		for (let n = 0; n < 5_000; n++) {
			const text = randomText(next, ['\r', '\n', '\r\n', '\n\r', 'a', ' ', '\u2028', '\u0085', 'é'], 10);
			expect(normalizeNewlines(text), JSON.stringify(text)).toBe(text.replace(/\r\n?/g, '\n'));
		}
		expect(normalizeNewlines('')).toBe('');
		expect(normalizeNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n');
	});
});
