/**
 * The year of a dateline that gives only its month and day ("LONDON, 12 March (Reuters) -"), where the text gives no other
 * way to date it: a reader who knows when the paper came out knows the year; Timeweave takes the latest year, up to the day
 * of use, in which every day the text names with its weekday ("on Thursday, 7 May") falls on that weekday. With no such day
 * the year is the latest in which the dateline's day is not after the day of use, and the derivation says it was assumed.
 */
import * as chrono from 'chrono-node';
import type { ReferenceDate } from '../types.ts';
import { formatYmd, weekdayOf, WEEKDAY_NAMES, ymdToMillis, type Ymd } from '../timex.ts';
import type { Candidate } from '../temporal/candidate.ts';
import { WEEKDAY_WORD } from '../temporal/resolveAll.ts';

/** How many years back from the day of use the search goes. */
const YEARS_BACK = 40;
/** A day of the year 2000, for chrono to read month and day against (its year is never used). */
const ANY_YEAR = new Date(Date.UTC(2000, 0, 1));

/** A day of a month, with the weekday the text gives it, if any. */
interface MonthDay {
	text: string;
	month: number;
	day: number;
	weekday: number | null;
}

/** Month, day and weekday of a date that states no year ("Thursday, 7 May"), or null. */
function monthDayOf(text: string): MonthDay | null {
	const [r] = chrono.strict.parse(text, ANY_YEAR);
	if (!r || r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
	return { text: r.text.trim(), month: r.start.get('month')!, day: r.start.get('day')!, weekday: r.start.isCertain('weekday') ? r.start.get('weekday')! : null };
}

/** `md`'s day nearest the dateline's day `at` (the year before, the same, or the next), so "2 January" in a December article is next year's. */
function nearestTo(md: MonthDay, at: Ymd): Ymd {
	const options = [at.year - 1, at.year, at.year + 1].map((year) => ({ year, month: md.month, day: md.day }));
	const atMs = ymdToMillis(at);
	return options.reduce((a, b) => (Math.abs(ymdToMillis(b) - atMs) < Math.abs(ymdToMillis(a) - atMs) ? b : a));
}

/** Is the day real in that year (not 29 February of a common year) and on the weekday named, if one is? */
function fits(md: MonthDay, day: Ymd): boolean {
	const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
	if (date.getUTCMonth() !== day.month - 1) return false;
	return md.weekday === null || weekdayOf(day) === md.weekday;
}

/**
 * The reference date of a text whose dateline (`dateline`, its text) gives month and day but no year, taken on `today`
 * (the day of use), and a warning that says the year was taken; null when the dateline cannot be read or no year within
 * YEARS_BACK fits.
 */
export function datelineYear(dateline: string, candidates: readonly Candidate[], today: Ymd): { referenceDate: ReferenceDate; warning: string } | null {
	const own = monthDayOf(dateline);
	if (!own) return null;
	const named: MonthDay[] = [];
	if (own.weekday !== null) named.push(own);
	for (const c of candidates) {
		if (!WEEKDAY_WORD.test(c.text)) continue;
		const md = monthDayOf(c.text);
		if (md && md.weekday !== null) named.push(md);
	}
	const todayMs = ymdToMillis(today);
	for (let year = today.year; year >= today.year - YEARS_BACK; year--) {
		const at = { year, month: own.month, day: own.day };
		if (ymdToMillis(at) > todayMs || !fits({ ...own, weekday: null }, at)) continue;
		if (!named.every((md) => fits(md, md === own ? at : nearestTo(md, at)))) continue;
		const value = formatYmd(at);
		const derivation = [`The dateline gives “${own.text}” without its year.`];
		if (named.length) {
			const days = named.map((md) => `“${md.text}”`).join(', ');
			derivation.push(`${year} is the latest year up to the day of use (${formatYmd(today)}) in which ${days} ${named.length > 1 ? 'fall' : 'falls'} on the weekday${named.length > 1 ? 's' : ''} named (${named.map((md) => WEEKDAY_NAMES[md.weekday!]).join(', ')}): the text is taken to be written on ${value}.`);
		} else derivation.push(`No day in the text names its weekday, so the year is assumed: the latest in which ${own.text} is not after the day of use (${formatYmd(today)}), ${year}. Set the date if it is wrong.`);
		const warning = `The dateline gives no year: ${year} was taken (${named.length ? 'from the weekdays the text names' : 'assumed'}). Set the date if it is wrong.`;
		return { referenceDate: { value, source: 'inferred', derivation }, warning };
	}
	return null;
}
