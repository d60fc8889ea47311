/**
 * TIMEX3 values <-> calendar intervals. Pure functions over proleptic Gregorian dates in UTC.
 * A value names a unit of time ("1945" is the whole year); `intervalOf` gives its half-open
 * interval so that a year-only date is drawn as a year, never as a fake day.
 */
import type { Granularity, TimeValue } from './types.ts';

/** Calendar date parts. Months and days are 1-based. Year 0 is 1 BCE (astronomical numbering). */
export interface Ymd {
	year: number;
	month: number;
	day: number;
}

const DAY_MS = 86_400_000;

/**
 * Milliseconds since the epoch of a UTC calendar date (any year, BCE included). `Date.UTC` reads
 * the years 0 to 99 as 1900 to 1999, so those (and only those) are set with `setUTCFullYear`;
 * for every other year both give the same instant (a unit test compares them).
 */
export function ymdToMillis({ year, month, day }: Ymd): number {
	if (year >= 100 || year <= -1) return Date.UTC(year, month - 1, day);
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day);
	d.setUTCHours(0, 0, 0, 0);
	return d.getTime();
}

/** UTC calendar date of a millisecond instant. */
export function millisToYmd(ms: number): Ymd {
	const d = new Date(ms);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Zero-padded year as ISO 8601 writes it: `1945`, `0480`, expanded `-000499` or `+012000`. */
export function isoYear(year: number): string {
	if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
	return (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The year as a TIMEX3 value writes it: `1945`, `0480`, and BCE years as TimeML does, `BC0480`
 * (the astronomical year -479). ISO strings (`start`, `end`) keep {@link isoYear}.
 */
export function timexYear(year: number): string {
	return year <= 0 ? `BC${String(1 - year).padStart(4, '0')}` : isoYear(year);
}

/** The year as a reader writes it, for derivations: `1521`, and BCE years `44 BC` (the astronomical year -43). */
export function yearLabel(year: number): string {
	return year <= 0 ? `${1 - year} BC` : String(year);
}

/** ISO date `YYYY-MM-DD` (expanded years outside 0..9999). */
export function formatYmd(d: Ymd): string {
	return `${isoYear(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** Parse `YYYY-MM-DD` (also expanded years). Returns null when it is not a real calendar date. */
export function parseYmd(text: string): Ymd | null {
	const m = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	if (!m) return null;
	const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
	if (ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month)) return null;
	return ymd;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
	return new Date(ymdToMillis({ year, month: month + 1, day: 0 }) + 0).getUTCDate() || 31;
}

/** Add whole days. */
export function addDays(d: Ymd, days: number): Ymd {
	return millisToYmd(ymdToMillis(d) + days * DAY_MS);
}

/** Add calendar months, clamping the day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(d: Ymd, months: number): Ymd {
	const total = d.year * 12 + (d.month - 1) + months;
	const year = Math.floor(total / 12);
	const month = total - year * 12 + 1;
	return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** `date`'s calendar day where the program runs (its local time), as `YYYY-MM-DD`: the day of use (ExtractOptions.today). */
export function calendarDay(date: Date): string {
	return formatYmd({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(d: Ymd): number {
	return new Date(ymdToMillis(d)).getUTCDay();
}

/** The first `weekday` (0 Sunday) after `day`, or the last before it with `after` false; never `day` itself. */
export function weekdayBeside(day: Ymd, weekday: number, after: boolean): Ymd {
	const gap = after ? (weekday - weekdayOf(day) + 7) % 7 || 7 : -((weekdayOf(day) - weekday + 7) % 7 || 7);
	return addDays(day, gap);
}

/**
 * The weekday of a date in the Julian calendar (0 = Sunday): England and its colonies kept it until 1752, Russia until
 * 1918, and histories of them print those dates as written ("Sunday, 2 September 1666").
 */
export function julianWeekdayOf({ year, month, day }: Ymd): number {
	const a = Math.floor((14 - month) / 12);
	const y = year + 4800 - a;
	const m = month + 12 * a - 3;
	const jdn = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
	return (((jdn + 1) % 7) + 7) % 7;
}

/** Until when a date is taken to be possibly written in the Julian calendar: Britain and its colonies changed in 1752. */
export const JULIAN_UNTIL = 1752;

/** Does `weekday` fall on the date in the Gregorian calendar, or (before {@link JULIAN_UNTIL}) in the Julian? */
export function onWeekday(d: Ymd, weekday: number): boolean {
	return weekdayOf(d) === weekday || (d.year <= JULIAN_UNTIL && julianWeekdayOf(d) === weekday);
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
];

/** ISO date-time string of a millisecond instant, date-only when it is midnight UTC. */
function isoOf(ms: number): string {
	const d = new Date(ms);
	const ymd = formatYmd({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
	if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) return ymd;
	return `${ymd}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}Z`;
}

/** Build a TimeValue from a value and its interval in milliseconds. */
export function timeValue(value: string, startMs: number, endMs: number, granularity: Granularity): TimeValue {
	return { value, start: isoOf(startMs), end: isoOf(endMs), granularity };
}

/** A single day as a TimeValue. */
export function dayValue(d: Ymd): TimeValue {
	const start = ymdToMillis(d);
	return timeValue(`${timexYear(d.year)}-${pad2(d.month)}-${pad2(d.day)}`, start, start + DAY_MS, 'day');
}

/** A month as a TimeValue. */
export function monthValue(year: number, month: number): TimeValue {
	const start = ymdToMillis({ year, month, day: 1 });
	return timeValue(`${timexYear(year)}-${pad2(month)}`, start, ymdToMillis(addMonths({ year, month, day: 1 }, 1)), 'month');
}

/** A month's name or abbreviation as chrono reads one (case aside), as a regex source ("jan", "sept", "september"). */
export const MONTH_NAME_SOURCE = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;

/** The number (1-12) of a month's name or its abbreviation ("Sept.", "Dec", "march": three letters or more that begin it); 0 for none ("decade"). */
export function monthNumber(name: string): number {
	const key = name.toLowerCase().replace(/\.$/, '');
	return key.length < 3 ? 0 : MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(key)) + 1;
}

/**
 * A time zone after a clock time, as a regex source: a place's time ("Baghdad time", "New York
 * time"), "local time", or a zone's letters ("EST", "GMT"). The sentence splitter, chrono's reading
 * of a clock time's day and the events' joining of the two read the same zones.
 */
export const ZONE_SOURCE = String.raw`(?:(?:[A-Z][a-z]+\s+){1,2}time\b|local\s+time\b|ship['’]s\s+time\b|(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|HST|AKST|AKDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|NZST|NZDT|HKT|SGT)\b)`;
/** A zone at the start of a text, perhaps after spaces: right after a clock time ("11:40 p.m. ship's time", "9 a.m. EST"). */
export const ZONE_AFTER = new RegExp(String.raw`^\s*${ZONE_SOURCE}`);
/** Between a clock time and the day after it: a zone, if any, an aside in brackets, then "on" ("12:01 a.m. Berlin time on 12 May 1949", "2 p.m. local time (1300 GMT) on Sunday"). */
export const CLOCK_THEN_DAY_SOURCE = String.raw`\s+(?:${ZONE_SOURCE}\s+)?(?:\([^()]{1,24}\)\s+)?on\s+`;

/** Seasons as TimeML codes them, northern-hemisphere meteorological: winter runs from December into the next February. */
export const SEASON_START_MONTH = { SP: 3, SU: 6, FA: 9, WI: 12 } as const;
export type SeasonCode = keyof typeof SEASON_START_MONTH;
/** TimeML's code of each season word. */
export const SEASON_CODES: Readonly<Record<string, SeasonCode>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** A season of a year as a TimeValue: `1989-SU`, `BC0480-SP`; the winter of 1941 runs into 1942. */
export function seasonValue(year: number, code: SeasonCode): TimeValue {
	const month = SEASON_START_MONTH[code];
	const start = ymdToMillis({ year, month, day: 1 });
	return timeValue(`${timexYear(year)}-${code}`, start, ymdToMillis(addMonths({ year, month, day: 1 }, 3)), 'season');
}

/**
 * A year as a TimeValue. BCE years are given astronomically (1 BCE = 0, 500 BCE = -499) and
 * written as TimeML does: `BC0500`.
 */
export function yearValue(year: number): TimeValue {
	return timeValue(timexYear(year), ymdToMillis({ year, month: 1, day: 1 }), ymdToMillis({ year: year + 1, month: 1, day: 1 }), 'year');
}

/** A decade starting at `firstYear` (a multiple of 10): value `199` for the 1990s. */
export function decadeValue(firstYear: number): TimeValue {
	return timeValue(
		// (The 220s are `022`: three digits, as a year has four.)
		firstYear >= 0 ? String(Math.floor(firstYear / 10)).padStart(3, '0') : String(Math.floor(firstYear / 10)),
		ymdToMillis({ year: firstYear, month: 1, day: 1 }),
		ymdToMillis({ year: firstYear + 10, month: 1, day: 1 }),
		'decade'
	);
}

/**
 * A century by its ordinal (20 = the 20th century, 1901-2000 by the calendar, 1900-1999 as
 * TimeML writes it: value `19`). We use TimeML's convention for both value and interval.
 */
export function centuryValue(ordinal: number): TimeValue {
	const first = (ordinal - 1) * 100;
	return timeValue(
		String(ordinal - 1).padStart(2, '0'),
		ymdToMillis({ year: first, month: 1, day: 1 }),
		ymdToMillis({ year: first + 100, month: 1, day: 1 }),
		'century'
	);
}

/** A part of the day as TimeML codes it (`MO`, `AF`, `EV`, `NI`) and the hours it spans (24 and past run into the next day). */
export interface DayPart {
	code: string;
	from: number;
	to: number;
}

/** Parts of the day by the words that name them: "Friday morning" is `…TMO`. */
export const DAY_PARTS: Readonly<Record<string, DayPart>> = {
	morning: { code: 'MO', from: 6, to: 12 },
	afternoon: { code: 'AF', from: 12, to: 18 },
	evening: { code: 'EV', from: 18, to: 22 },
	night: { code: 'NI', from: 20, to: 30 },
	tonight: { code: 'NI', from: 20, to: 30 },
	overnight: { code: 'NI', from: 20, to: 30 },
	// "the early hours of 6 June": before dawn, which TimeML writes as the morning.
	hours: { code: 'MO', from: 0, to: 6 }
};

/** A day narrowed to a part of it: 2000-01-28 → 2000-01-28TMO (06:00–12:00). */
export function dayPartValue(day: TimeValue, part: DayPart): TimeValue {
	const start = isoToMillis(day.start);
	return timeValue(`${day.value}T${part.code}`, start + part.from * 3_600_000, start + part.to * 3_600_000, 'hour');
}

/** A range between two TimeValues (start of the first to end of the last), at the coarser granularity. */
export function rangeValue(from: TimeValue, to: TimeValue): TimeValue {
	const order: Granularity[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'millennium'];
	const g = order.indexOf(from.granularity) >= order.indexOf(to.granularity) ? from.granularity : to.granularity;
	return { value: `${from.value}/${to.value}`, start: from.start, end: to.end, granularity: g };
}

/** The value of the decimal digit at `i` of `s`, or -1 for any other unit. */
function digitAt(s: string, i: number): number {
	const c = s.charCodeAt(i) - 48;
	return c >= 0 && c <= 9 ? c : -1;
}

/**
 * `YYYY-MM-DD` (the most common start and end, thousands of times per document set) read by its
 * digits: the year, month and day the regex below would read, or null for any other text.
 */
function plainYmd(iso: string): Ymd | null {
	if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
	let year = 0;
	for (let i = 0; i < 4; i++) {
		const d = digitAt(iso, i);
		if (d < 0) return null;
		year = year * 10 + d;
	}
	const m1 = digitAt(iso, 5);
	const m2 = digitAt(iso, 6);
	const d1 = digitAt(iso, 8);
	const d2 = digitAt(iso, 9);
	if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return null;
	return { year, month: m1 * 10 + m2, day: d1 * 10 + d2 };
}

/** Parse a TimeValue's ISO start/end (date or date-time, expanded years) to milliseconds. */
export function isoToMillis(iso: string): number {
	const plain = plainYmd(iso);
	if (plain) return ymdToMillis(plain);
	const m = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
	if (!m) return Number.NaN;
	const base = ymdToMillis({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
	return base + (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) * 1000;
}

/** The first day of a TimeValue. */
export function startYmd(time: TimeValue): Ymd {
	return millisToYmd(isoToMillis(time.start));
}

/** Shift a TimeValue by whole years, keeping its granularity ("80th anniversary" arithmetic). */
export function shiftYears(time: TimeValue, years: number): TimeValue {
	const s = startYmd(time);
	switch (time.granularity) {
		case 'day':
			return dayValue(addMonths(s, years * 12));
		case 'month':
			return monthValue(s.year + years, s.month);
		case 'quarter':
		case 'half':
		case 'season':
		case 'week': {
			// "a year earlier" than the third quarter of 1989 is the third quarter of 1988.
			const m = /^(\d{4})(-[QHW]?\w+)$/.exec(time.value);
			if (!m) return yearValue(s.year + years);
			const e = startYmd({ ...time, start: time.end });
			return timeValue(`${isoYear(Number(m[1]) + years)}${m[2]}`, ymdToMillis(addMonths(s, years * 12)), ymdToMillis(addMonths(e, years * 12)), time.granularity);
		}
		default:
			return yearValue(s.year + years);
	}
}

/** Shift a day-granular TimeValue by a number of units. Coarser values shift by their own unit. */
export function shiftBy(time: TimeValue, amount: number, unit: 'day' | 'week' | 'month' | 'year' | 'decade'): TimeValue {
	const s = startYmd(time);
	// (A time of day counted in days, weeks or months is a day: "a few days before", told after "about 12:30 p.m.".)
	const day = time.granularity === 'day' || time.granularity === 'hour' || time.granularity === 'minute';
	switch (unit) {
		case 'day':
			return day ? dayValue(addDays(s, amount)) : time;
		case 'week':
			return day ? dayValue(addDays(s, amount * 7)) : time;
		case 'month':
			if (day) return dayValue(addMonths(s, amount));
			if (time.granularity === 'month') {
				const m = addMonths(s, amount);
				return monthValue(m.year, m.month);
			}
			return time;
		case 'year':
			return shiftYears(time, amount);
		case 'decade':
			return shiftYears(time, amount * 10);
	}
}

/** ISO 8601 week of a date: the week (Monday to Sunday) and the year that week belongs to. */
export function isoWeekOf(d: Ymd): { year: number; week: number } {
	const weekday = (weekdayOf(d) + 6) % 7; // Monday = 0
	const thursday = addDays(d, 3 - weekday);
	const jan1 = ymdToMillis({ year: thursday.year, month: 1, day: 1 });
	return { year: thursday.year, week: Math.floor((ymdToMillis(thursday) - jan1) / DAY_MS / 7) + 1 };
}

/** The weekend that begins on `saturday`, as TimeML writes it: value `2025-W19-WE`, Saturday and Sunday. */
export function weekendValue(saturday: Ymd): TimeValue {
	const start = ymdToMillis(saturday);
	return timeValue(`${weekValue(saturday).value}-WE`, start, start + 2 * DAY_MS, 'week');
}

/** The ISO week holding a date, as a TimeValue: value `2025-W19`, Monday to Monday. */
export function weekValue(d: Ymd): TimeValue {
	const monday = addDays(d, -((weekdayOf(d) + 6) % 7));
	const { year, week } = isoWeekOf(d);
	const start = ymdToMillis(monday);
	return timeValue(`${year}-W${String(week).padStart(2, '0')}`, start, start + 7 * DAY_MS, 'week');
}
