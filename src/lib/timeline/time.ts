/**
 * Time values as numbers: ISO 8601 strings (including expanded years) to UTC milliseconds.
 * Pure: no DOM, no Svelte, no time zone other than UTC.
 */
import type { TimelineEvent } from '../extract/types.ts';

/** One hour in milliseconds. */
export const HOUR_MS = 3_600_000;
/** One day in milliseconds. */
export const DAY_MS = 86_400_000;
/** One mean Gregorian year (365.2425 days) in milliseconds. */
export const YEAR_MS = 365.2425 * DAY_MS;

// Year: four digits, or the expanded form with a sign and six digits (`-000499`, `+012000`).
// Then optional month, day, time (minutes, seconds and fractions optional) and zone.
const ISO =
	/^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Milliseconds since 1970-01-01T00:00Z for an ISO 8601 date or date-time.
 *
 * Accepts `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, date-times with an optional `Z` or `±hh:mm`
 * offset (no offset means UTC), and expanded years such as `-000499-01-01` (astronomical
 * year −499, i.e. 500 BCE) or `+012000-01-01`. Years 0–99 are taken literally, unlike
 * `Date.UTC`.
 *
 * @throws Error `invalid iso date: …` when the string is not such a date.
 * @example toMillis('1945-05-09') // -777081600000
 */
export function toMillis(iso: string): number {
	const m = ISO.exec(iso.trim());
	if (!m) throw new Error(`invalid iso date: ${iso}`);
	const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
	const year = Number(y);
	const month = Number(mo);
	const day = Number(d);
	const hour = Number(h);
	const minute = Number(mi);
	const second = Number(s);
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) {
		throw new Error(`invalid iso date: ${iso}`);
	}
	const date = new Date(0);
	// setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
	date.setUTCFullYear(year, month - 1, day);
	if (date.getUTCDate() !== day) throw new Error(`invalid iso date: ${iso}`);
	const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
	let t = date.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
	if (zone !== 'Z') {
		const sign = zone[0] === '-' ? -1 : 1;
		const digits = zone.slice(1).replace(':', '');
		const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
		t -= sign * offset * 60_000;
	}
	if (!Number.isFinite(t)) throw new Error(`invalid iso date: ${iso}`);
	return t;
}

/**
 * The half-open interval `[start, end)` an event covers, in UTC milliseconds.
 * A year-only event covers the whole year; an `end` at or before `start` is treated as
 * an instant (`end === start`).
 */
export function eventInterval(e: TimelineEvent): { start: number; end: number } {
	const start = toMillis(e.time.start);
	const end = toMillis(e.time.end);
	return { start, end: Math.max(start, end) };
}
