/**
 * Human-readable dates for event names, lists and axis context ("9 May 1945", "1990s",
 * "500 BCE", "1939 – 1945"). English, UTC, pure.
 */
import type { Granularity, TimeValue } from '../extract/types.ts';
import { toMillis } from './time.ts';

/** Full English month names, January first. */
export const MONTH_NAMES = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
] as const;

/** Three-letter English month names, for the axis. */
export const MONTH_SHORT = MONTH_NAMES.map((m) => m.slice(0, 3));

/** The spaced en dash used between the two ends of a range. */
export const RANGE_DASH = ' – ';

/**
 * A year for people. `year` is astronomical (0 = 1 BCE, −499 = 500 BCE), as in ISO 8601.
 * @param era `'auto'` (default): only BCE years carry an era; `'always'`: CE years get " CE" too.
 * @example formatYear(-499) // "500 BCE"
 */
export function formatYear(year: number, era: 'auto' | 'always' = 'auto'): string {
	if (year <= 0) return `${1 - year} BCE`;
	return era === 'always' ? `${year} CE` : String(year);
}

/** `1` → "1st", `2` → "2nd", `11` → "11th", `23` → "23rd". */
export function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
	return `${n}${suffix}`;
}

interface Parts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

function parts(ms: number): Parts {
	const d = new Date(ms);
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth(),
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes(),
		second: d.getUTCSeconds()
	};
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "1939 – 1945", "500 – 400 BCE", "44 BCE – 14 CE". */
function yearRange(a: number, b: number): string {
	if (a === b) return formatYear(a);
	if (a <= 0 && b <= 0) return `${1 - a}${RANGE_DASH}${formatYear(b)}`;
	if (a <= 0) return `${formatYear(a)}${RANGE_DASH}${formatYear(b, 'always')}`;
	return `${a}${RANGE_DASH}${b}`;
}

/** Puts an era after a counted unit: "20th century", "5th century BCE". */
function countedUnit(year: number, size: number, unit: string): { n: number; bce: boolean; text: string } {
	const bce = year <= 0;
	// CE: the TIMEX convention (century `19` = 1900–1999). BCE: 500–401 BCE is the 5th century BCE.
	const n = bce ? Math.ceil((1 - year) / size) : Math.floor(year / size) + 1;
	return { n, bce, text: `${ordinal(n)} ${unit}${bce ? ' BCE' : ''}` };
}

function countedRange(a: number, b: number, size: number, unit: string): string {
	// (The first century, TIMEX `00`, runs from the year 0 to 99: its first year, the astronomical 0, is no BCE century's.)
	const x = countedUnit(a === 0 && b > 0 ? 1 : a, size, unit);
	const y = countedUnit(b, size, unit);
	if (x.n === y.n && x.bce === y.bce) return x.text;
	if (x.bce === y.bce) return `${ordinal(x.n)}${RANGE_DASH}${y.text}`;
	return `${x.text}${RANGE_DASH}${y.text}`;
}

function decade(year: number): string {
	if (year <= 0) return `${Math.floor((1 - year) / 10) * 10}s BCE`;
	return `${Math.floor(year / 10) * 10}s`;
}

function monthYear(p: Parts): string {
	return `${MONTH_NAMES[p.month]} ${formatYear(p.year)}`;
}

function monthRange(a: Parts, b: Parts): string {
	if (a.year === b.year && a.month === b.month) return monthYear(a);
	if (a.year === b.year) return `${MONTH_NAMES[a.month]}${RANGE_DASH}${monthYear(b)}`;
	return `${monthYear(a)}${RANGE_DASH}${monthYear(b)}`;
}

function dayMonthYear(p: Parts): string {
	return `${p.day} ${monthYear(p)}`;
}

function dayRange(a: Parts, b: Parts): string {
	if (a.year !== b.year) return `${dayMonthYear(a)}${RANGE_DASH}${dayMonthYear(b)}`;
	if (a.month !== b.month) return `${a.day} ${MONTH_NAMES[a.month]}${RANGE_DASH}${dayMonthYear(b)}`;
	if (a.day !== b.day) return `${a.day}${RANGE_DASH}${dayMonthYear(b)}`;
	return dayMonthYear(a);
}

function clock(p: Parts, seconds: boolean): string {
	return `${pad2(p.hour)}:${pad2(p.minute)}${seconds ? `:${pad2(p.second)}` : ''}`;
}

function timeRange(a: Parts, b: Parts, seconds: boolean): string {
	const first = `${dayMonthYear(a)}, ${clock(a, seconds)}`;
	if (clock(a, seconds) === clock(b, seconds) && dayMonthYear(a) === dayMonthYear(b)) return first;
	if (dayMonthYear(a) === dayMonthYear(b)) return `${first}${RANGE_DASH}${clock(b, seconds)}`;
	return `${first}${RANGE_DASH}${dayMonthYear(b)}, ${clock(b, seconds)}`;
}

const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', AU: 'Autumn', WI: 'Winter' };

/** "Q2 1945", "First half of 1945", "Summer 1945" from a TIMEX value, or null. */
function partOfYear(value: string): string | null {
	const m = /^(BC\d{4}|[+-]?\d{4,6})-(H[12]|Q[1-4]|SP|SU|FA|AU|WI)$/.exec(value);
	if (!m) return null;
	// TimeML writes 480 BCE as BC0480 (the astronomical year -479).
	const year = formatYear(m[1].startsWith('BC') ? 1 - Number(m[1].slice(2)) : Number(m[1]));
	const part = m[2];
	if (part === 'H1') return `First half of ${year}`;
	if (part === 'H2') return `Second half of ${year}`;
	if (part.startsWith('Q')) return `${part} ${year}`;
	return `${SEASONS[part]} ${year}`;
}

/** TIMEX3 parts of the day. */
const PART_NAMES: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

/**
 * A human date for an event's time, at its granularity, in UTC.
 *
 * Examples: "9 May 1945" (day), "May 1945" (month), "1945" (year), "1990s" (decade),
 * "20th century", "2nd millennium", "500 BCE", "Q2 1945", "Summer 1945",
 * "9 May 1945, 14:30" (hour/minute). When the interval covers several units of its
 * granularity (a war given in years), both ends are shown: "1939 – 1945",
 * "1 September 1939 – 2 September 1945". The end of the interval is exclusive.
 *
 * @throws Error `invalid iso date: …` when `start` or `end` is not an ISO date.
 */
export function formatEventDate(time: TimeValue): string {
	// A part of a day not named, in a month, season or year (TIMEX3 `1776-08-XXTNI`, `BC1274-XX-XXTAF`): "August 1776, night".
	const part = PART_NAMES[/-XXT(MO|AF|EV|NI|DT)$/.exec(time.value)?.[1] ?? ''];
	const label = formatInterval(toMillis(time.start), toMillis(time.end), time.granularity, time.value);
	return part && time.granularity !== 'hour' ? `${label}, ${part}` : label;
}

/**
 * The same as {@link formatEventDate}, for a half-open interval `[startMs, endMs)` in UTC
 * milliseconds. `value` (a TIMEX3 value such as `1945-Q2`) names halves, quarters and
 * seasons; without it they are shown as month ranges.
 * @example formatInterval(Date.UTC(2025, 4, 1), Date.UTC(2025, 6, 1), 'month') // "May – June 2025"
 */
export function formatInterval(startMs: number, endMs: number, granularity: Granularity, value = ''): string {
	// The last instant inside the half-open interval (at least the start itself).
	const lastMs = Math.max(startMs, endMs - 1);
	const a = parts(startMs);
	const b = parts(lastMs);
	switch (granularity) {
		case 'millennium':
			return countedRange(a.year, b.year, 1000, 'millennium');
		case 'century':
			return countedRange(a.year, b.year, 100, 'century');
		case 'decade': {
			const x = decade(a.year);
			const y = decade(b.year);
			return x === y ? x : `${x}${RANGE_DASH}${y}`;
		}
		case 'year':
			return yearRange(a.year, b.year);
		case 'half':
		case 'quarter':
		case 'season':
			return partOfYear(value) ?? monthRange(a, b);
		case 'month':
			return monthRange(a, b);
		case 'week':
			// A weekend (TIMEX3 `…-WE`) is named as one, from its Saturday.
			if (value.endsWith('-WE')) return `Weekend of ${dayMonthYear(a)}`;
			return lastMs - startMs < 7 * 86_400_000 ? `Week of ${dayMonthYear(a)}` : dayRange(a, b);
		case 'day':
			return dayRange(a, b);
		// Clock times read as "from … to …": one unit shows its start, longer spans the exclusive end.
		case 'hour': {
			// A part of the day (TIMEX3 `…TMO`): "7 January 2000, morning", not a clock range.
			const part = PART_NAMES[/T(MO|AF|EV|NI|DT)$/.exec(value)?.[1] ?? ''];
			if (part) return `${dayRange(a, a)}, ${part}`;
			// The midnight that ends a day (TIMEX3 `…T24:00`, "midnight Friday"): that day's, not the next one's 00:00.
			if (/T24:00$/.test(value)) return `${dayRange(parts(startMs - 1), parts(startMs - 1))}, midnight`;
			return timeRange(a, parts(endMs - startMs > 3_600_000 ? endMs : startMs), false);
		}
		case 'minute':
			return timeRange(a, parts(endMs - startMs > 60_000 ? endMs : startMs), false);
		case 'second':
			return timeRange(a, parts(endMs - startMs > 1000 ? endMs : startMs), true);
		default:
			return dayRange(a, b);
	}
}
