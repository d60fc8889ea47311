/**
 * Dates that bound an export: what `--from` / `--to` and the app's date fields accept, as UTC
 * milliseconds, and milliseconds back to ISO 8601. Pure.
 */
import { toMillis } from '../timeline/time.ts';

/** A date the user typed: `1945`, `1945-05`, `1945-05-09`, a date-time, or a year with a sign (`-499` is 500 BCE). */
const PLAIN = /^(-?)(\d{1,6})(?:-(\d{2})(?:-(\d{2}))?)?$/;


function expand(raw: string): { iso: string; unit: 'year' | 'month' | 'day' | 'exact' } {
	const s = raw.trim();
	const m = PLAIN.exec(s);
	if (!m) return { iso: s, unit: 'exact' };
	const [, sign, y, mo, d] = m;
	const year = Number(sign + y);
	const yy = year < 0 || year > 9999 ? `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}` : String(year).padStart(4, '0');
	return { iso: [yy, mo, d].filter(Boolean).join('-'), unit: d ? 'day' : mo ? 'month' : 'year' };
}

/**
 * The instant a range starts (`edge` 'from') or ends (`edge` 'to', exclusive): a `to` of
 * `1945` ends at the start of 1946, `1945-05` at June, `1945-05-09` at the next day, so the
 * named period is included.
 * @throws Error `not a date: …` when `value` is not such a date.
 */
export function rangeEdge(value: string, edge: 'from' | 'to'): number {
	const { iso, unit } = expand(value);
	let t: number;
	try {
		t = toMillis(iso);
	} catch {
		throw new Error(`not a date: “${value}” (write a year, YYYY-MM or YYYY-MM-DD)`);
	}
	if (edge === 'from' || unit === 'exact') return t;
	const d = new Date(t);
	if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
	else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
	else d.setUTCDate(d.getUTCDate() + 1);
	return d.getTime();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * ISO 8601 for UTC milliseconds: `1945-05-09` at midnight, else `1945-05-09T12:30:00.000Z`;
 * years before 1 or after 9999 in the expanded form (`-000499-01-01`), which `toMillis` reads back.
 */
export function isoFromMillis(ms: number): string {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	const year = y < 0 || y > 9999 ? `${y < 0 ? '-' : '+'}${pad(Math.abs(y), 6)}` : pad(y, 4);
	const day = `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0) return day;
	return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}Z`;
}
