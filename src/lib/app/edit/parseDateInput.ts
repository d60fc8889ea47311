/**
 * The date field of the event editor: what a person types ("9 May 1945", "May 1945",
 * "1945-05-09", "the 1990s", "44 BC", "1939 to 1945") -> a TimeValue with its interval, or a
 * message saying what is wrong. Only absolute dates: the field sets a date, so "next week"
 * is refused rather than guessed. Pure: builds on the TIMEX helpers of the extractor.
 */
import {
	addDays,
	centuryValue,
	daysInMonth,
	dayValue,
	decadeValue,
	isoToMillis,
	isoYear,
	monthValue,
	rangeValue,
	timeValue,
	weekdayOf,
	weekendValue,
	weekValue,
	yearValue,
	ymdToMillis
} from '../../extract/timex.ts';
import type { TimeValue } from '../../extract/types.ts';
import { formatEventDate } from '../../timeline/format.ts';

/** The field read as a date, or why it cannot be. */
export type DateInputResult = { ok: true; time: TimeValue } | { ok: false; error: string };

const MONTHS: Record<string, number> = {
	jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
	jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12
};
const MONTH_NAMES = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
];
const ORDINAL_WORDS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
	eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
	eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21
};
const SEASONS: Record<string, { code: string; month: number }> = {
	spring: { code: 'SP', month: 3 },
	summer: { code: 'SU', month: 6 },
	autumn: { code: 'FA', month: 9 },
	fall: { code: 'FA', month: 9 },
	winter: { code: 'WI', month: 12 }
};

const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
/** A year with an optional era after it (eras are normalised to bc/bce/ad/ce first). */
const YEAR = '(\\d{1,4})(?:\\s*(bce|bc|ce|ad))?';
const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';
const ORDINAL = `(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})`;

const EXAMPLES = '9 May 1945, May 1945, 1945-05-09, 1945, the 1990s, 19th century, 44 BC or 1939 to 1945';

/** A recognised shape with a bad value: the message stops the search. */
class Invalid extends Error {}

/**
 * Read the date field. Accepts days ("1945-05-09", "9 May 1945", "May 9, 1945", "the 9th of
 * May 1945"), months ("May 1945", "1945-05"), years ("1945", "44 BC", "AD 476"), decades
 * ("the 1990s", "the 490s BC"), centuries and millennia ("19th century", "5th century BCE",
 * "2nd millennium"), seasons, quarters and halves ("spring 1968", "Q3 2001", "first half of
 * 2001"), weeks and weekends ("week of 5 May 2025", "weekend of 10 May 2025") and ranges of any of these ("1939-1945", "1939 to 1945",
 * "from May to June 1945", "9–10 May 1945"): a range runs from the start of the first to the
 * end of the last.
 * @example parseDateInput('May 1945') // { ok: true, time: { value: '1945-05', start: '1945-05-01', end: '1945-06-01', granularity: 'month' } }
 */
export function parseDateInput(input: string): DateInputResult {
	const text = normalise(input);
	if (text === '') return { ok: false, error: `Enter a date, such as ${EXAMPLES}.` };
	try {
		const time = parseOne(text) ?? parseRange(text);
		if (time) return { ok: true, time };
		if (/^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+\.?$|^[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?$/.test(text) && monthIn(text)) {
			return { ok: false, error: `Add a year: “${input.trim()}” could be in any year.` };
		}
		return { ok: false, error: `“${input.trim()}” is not a date this field can read. Try ${EXAMPLES}.` };
	} catch (error) {
		if (error instanceof Invalid) return { ok: false, error: error.message };
		throw error;
	}
}

/** How the field is read, for the live preview: "9 May 1945 · day", "1939 – 1945 · range of years". */
export function describeTime(time: TimeValue): string {
	const range = time.value.includes('/');
	return `${formatEventDate(time)} · ${range ? `range of ${time.granularity === 'century' ? 'centuries' : `${time.granularity}s`}` : time.granularity}`;
}

/**
 * The first date written in a phrase (a selection in the text), or null: the longest run of
 * words that reads as a date. Bare numbers count only with three or four digits, so "80th"
 * or "two" never become a year.
 * @example findDateIn('the parade on 9 May 1945 in Moscow') // 9 May 1945
 */
export function findDateIn(phrase: string): TimeValue | null {
	const words = phrase.replace(/[,;:()"“”]/g, ' ').split(/\s+/).filter(Boolean).slice(0, 60);
	const MAX = 7;
	for (let length = Math.min(MAX, words.length); length >= 1; length--) {
		for (let i = 0; i + length <= words.length; i++) {
			const candidate = words.slice(i, i + length).join(' ').replace(/[.!?]+$/, '');
			if (/^\d{1,2}$/.test(candidate)) continue;
			const read = parseDateInput(candidate);
			if (read.ok) return read.time;
		}
	}
	return null;
}

/** Lower case, single spaces, dashes as "-", eras without dots and after their year. */
function normalise(input: string): string {
	return input
		.toLowerCase()
		.replace(/[\u2012-\u2015\u2212]/g, ' – ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/\bb\.\s?c\.\s?e\.?|\bb\.\s?c\.?|\bbce\b/g, 'bce')
		.replace(/\ba\.\s?d\.?|\bc\.\s?e\.?(?=\s|$)/g, (m) => (m.startsWith('a') ? 'ad' : 'ce'))
		.replace(/\bad (\d{1,4})\b/g, '$1 ad')
		.replace(/[.]$/, '')
		.replace(/^(?:in|on|during) /, '')
		.replace(/\s*–\s*/g, ' – ');
}

function monthIn(text: string): boolean {
	return text.split(/[\s,.]+/).some((w) => w in MONTHS);
}

/** Astronomical year (1 BC = 0) of a written year and era. */
function astronomical(digits: string, era: string | undefined): number {
	const n = Number(digits);
	if (n === 0) throw new Invalid('There is no year 0: 1 BC is followed by AD 1.');
	return era === 'bc' || era === 'bce' ? 1 - n : n;
}

function checkedDay(year: number, month: number, day: number): TimeValue {
	if (month < 1 || month > 12) throw new Invalid(`There is no month ${month}.`);
	if (day < 1 || day > daysInMonth(year, month)) {
		throw new Invalid(`${MONTH_NAMES[month - 1]} ${yearText(year)} has no day ${day}.`);
	}
	return dayValue({ year, month, day });
}

function yearText(year: number): string {
	return year <= 0 ? `${1 - year} BC` : String(year);
}

function ordinalNumber(text: string): number {
	return ORDINAL_WORDS[text] ?? Number.parseInt(text, 10);
}

type Reader = (m: RegExpExecArray) => TimeValue;

/** One shape per row, tried in order; the first that matches decides. */
const SHAPES: Array<[RegExp, Reader]> = [
	// 1945-05-09, -0043-03-15 (ISO, astronomical years)
	[/^([+-]?\d{4,6})-(\d{1,2})-(\d{1,2})$/, (m) => checkedDay(Number(m[1]), Number(m[2]), Number(m[3]))],
	// 1945-05
	[
		/^(\d{4})-(\d{1,2})$/,
		(m) => {
			const month = Number(m[2]);
			if (month < 1 || month > 12) throw new Invalid(`There is no month ${month}.`);
			return monthValue(Number(m[1]), month);
		}
	],
	// 9 May 1945, the 9th of May 1945
	[new RegExp(`^(?:the )?${ORD} (?:of )?${MONTH},? ${YEAR}$`), (m) => checkedDay(astronomical(m[3], m[4]), MONTHS[m[2]], Number(m[1]))],
	// May 9, 1945; May the 9th 1945
	[new RegExp(`^${MONTH} (?:the )?${ORD},? ${YEAR}$`), (m) => checkedDay(astronomical(m[3], m[4]), MONTHS[m[1]], Number(m[2]))],
	// May 1945, May of 1945
	[new RegExp(`^${MONTH},? (?:of )?${YEAR}$`), (m) => monthValue(astronomical(m[2], m[3]), MONTHS[m[1]])],
	// week of 5 May 2025
	[
		new RegExp(`^(?:the )?week of ${ORD} ${MONTH},? ${YEAR}$`),
		(m) => {
			const ymd = { year: astronomical(m[3], m[4]), month: MONTHS[m[2]], day: Number(m[1]) };
			checkedDay(ymd.year, ymd.month, ymd.day);
			return weekValue(ymd);
		}
	],
	// weekend of 18 April 2026: the Saturday and Sunday of that day's week (from its Saturday; a Sunday's is the day before)
	[
		new RegExp(`^(?:the )?weekend of ${ORD} ${MONTH},? ${YEAR}$`),
		(m) => {
			const ymd = { year: astronomical(m[3], m[4]), month: MONTHS[m[2]], day: Number(m[1]) };
			checkedDay(ymd.year, ymd.month, ymd.day);
			const weekday = weekdayOf(ymd);
			return weekendValue(addDays(ymd, weekday === 0 ? -1 : 6 - weekday));
		}
	],
	// spring 1968, the summer of 1968
	[new RegExp(`^(?:the )?(spring|summer|autumn|fall|winter),? (?:of )?${YEAR}$`), (m) => season(m[1], astronomical(m[2], m[3]))],
	// Q3 2001, 2001-Q3, the third quarter of 2001
	[new RegExp(`^q([1-4]),? ${YEAR}$`), (m) => partOfYear(astronomical(m[2], m[3]), Number(m[1]), false)],
	[/^(\d{4})-?q([1-4])$/, (m) => partOfYear(Number(m[1]), Number(m[2]), false)],
	[new RegExp(`^h([12]),? ${YEAR}$`), (m) => partOfYear(astronomical(m[2], m[3]), Number(m[1]), true)],
	[/^(\d{4})-?h([12])$/, (m) => partOfYear(Number(m[1]), Number(m[2]), true)],
	[
		new RegExp(`^(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half) (?:of )?${YEAR}$`),
		(m) => {
			const n = ordinalNumber(m[1]);
			const half = m[2] === 'half';
			if (half && n > 2) throw new Invalid('A year has two halves.');
			return partOfYear(astronomical(m[3], m[4]), n, half);
		}
	],
	// the 1990s, 1990's, the 490s BC
	[/^(?:the )?(\d{1,3}0)'?s(?: (bce|bc|ce|ad))?$/, (m) => decade(Number(m[1]), m[2])],
	// 19th century, the nineteenth century, 5th century BC
	[new RegExp(`^(?:the )?${ORDINAL} (?:century|cent\\.?|c\\.?)(?: (bce|bc|ce|ad))?$`), (m) => century(ordinalNumber(m[1]), m[2])],
	// 2nd millennium
	[new RegExp(`^(?:the )?${ORDINAL} millennium(?: (bce|bc|ce|ad))?$`), (m) => millennium(ordinalNumber(m[1]), m[2])],
	// 1945, 44 BC, 476 AD
	[new RegExp(`^${YEAR}$`), (m) => yearValue(astronomical(m[1], m[2]))]
];

function season(name: string, year: number): TimeValue {
	const { code, month } = SEASONS[name];
	const start = ymdToMillis({ year, month, day: 1 });
	// Winter runs from December into the next year's February, as the extractor reads it.
	const end = ymdToMillis({ year: month === 12 ? year + 1 : year, month: month === 12 ? 3 : month + 3, day: 1 });
	return timeValue(`${isoYear(year)}-${code}`, start, end, 'season');
}

function partOfYear(year: number, n: number, half: boolean): TimeValue {
	const months = half ? 6 : 3;
	const first = (n - 1) * months + 1;
	const start = ymdToMillis({ year, month: first, day: 1 });
	const end = ymdToMillis({ year: first + months > 12 ? year + 1 : year, month: ((first + months - 1) % 12) + 1, day: 1 });
	return timeValue(`${isoYear(year)}-${half ? 'H' : 'Q'}${n}`, start, end, half ? 'half' : 'quarter');
}

function decade(first: number, era: string | undefined): TimeValue {
	if (era !== 'bc' && era !== 'bce') return decadeValue(first);
	if (first === 0) throw new Invalid('There is no decade “0s BC”; try 9 BC to 1 BC.');
	// The 490s BC are 499 BC to 490 BC: astronomical -498 up to (not including) -488.
	const start = 1 - (first + 9);
	return timeValue(`BC${String(first / 10).padStart(3, '0')}`, ymdToMillis({ year: start, month: 1, day: 1 }), ymdToMillis({ year: start + 10, month: 1, day: 1 }), 'decade');
}

function century(n: number, era: string | undefined): TimeValue {
	if (!(n >= 1 && n <= 100)) throw new Invalid(`There is no ${n}th century.`);
	if (era !== 'bc' && era !== 'bce') return centuryValue(n);
	// The 5th century BC runs from 500 BC to 401 BC.
	const start = 1 - n * 100;
	return timeValue(`BC${String(n - 1).padStart(2, '0')}`, ymdToMillis({ year: start, month: 1, day: 1 }), ymdToMillis({ year: start + 100, month: 1, day: 1 }), 'century');
}

function millennium(n: number, era: string | undefined): TimeValue {
	if (!(n >= 1 && n <= 10)) throw new Invalid(`There is no ${n}th millennium to draw.`);
	const bc = era === 'bc' || era === 'bce';
	const start = bc ? 1 - n * 1000 : (n - 1) * 1000;
	return timeValue(bc ? `BC${n - 1}` : String(n - 1), ymdToMillis({ year: start, month: 1, day: 1 }), ymdToMillis({ year: start + 1000, month: 1, day: 1 }), 'millennium');
}

/** One date (no range), or null when no shape matches. */
function parseOne(text: string): TimeValue | null {
	for (const [pattern, read] of SHAPES) {
		const m = pattern.exec(text);
		if (m) return read(m);
	}
	return null;
}

const SEPARATORS = [' – ', ' to ', ' until ', ' till ', ' and ', ' - ', '-', '/'];

/**
 * Two dates joined by a dash, "to", "until" or "between … and …". A side written without its
 * year or era borrows it from the other ("9–10 May 1945", "May to June 1945", "500–400 BC").
 */
function parseRange(text: string): TimeValue | null {
	const between = /^between /.test(text);
	const body = text.replace(/^(?:from|between) /, '');
	for (const separator of SEPARATORS) {
		if (separator === ' and ' && !between) continue;
		for (let at = body.indexOf(separator); at > 0; at = body.indexOf(separator, at + 1)) {
			const left = body.slice(0, at).trim();
			const right = body.slice(at + separator.length).trim();
			const to = parseOne(right);
			if (!to) continue;
			const from = parseLeft(left, right);
			if (!from) continue;
			if (isoToMillis(from.start) >= isoToMillis(to.end)) throw new Invalid('The range ends before it starts: put the earlier date first.');
			if (from.value === to.value) return from;
			return rangeValue(from, to);
		}
	}
	return null;
}

/** The left side of a range, completed from the right side when it lacks a year or era. */
function parseLeft(left: string, right: string): TimeValue | null {
	const era = /\b(bce|bc)$/.exec(right)?.[1];
	if (era && /^\d{1,4}$/.test(left)) return parseOne(`${left} ${era}`);
	if (/\d{3,4}|\b(?:bce|bc|ad|ce)\b/.test(left)) return parseOne(left);
	const words = right.split(' ');
	for (let i = 1; i < words.length; i++) {
		const completed = parseOneQuietly(`${left} ${words.slice(i).join(' ')}`);
		if (completed) return completed;
	}
	return /^\d{1,2}$/.test(left) ? null : parseOneQuietly(left);
}

/** parseOne, with a bad value counting as no match (a completion that does not fit). */
function parseOneQuietly(text: string): TimeValue | null {
	try {
		return parseOne(text);
	} catch (error) {
		if (error instanceof Invalid) return null;
		throw error;
	}
}
