/**
 * A dateline or publication line at the top of an article ("MOSCOW, May 8, 2025 —",
 * "Published: 8 May 2025", a line that is just "Thursday, May 8, 2025"): the document's own date.
 * A date inside an ordinary first sentence ("On 1 September 1939, Germany invaded") is not one.
 */
import * as chrono from 'chrono-node';
import { formatYmd } from '../timex.ts';

const CITY_LEAD = /^[A-Z][A-Z .'’-]{2,40},\s/;
const PUBLISHED_LEAD = /^(?:published|updated|posted|dated?|first published)\b\s*(?:on)?\s*:?\s*/i;

/** The date stated by a dateline in the first lines of `text`, with year, month and day, or null. */
export function findDateline(text: string): { value: string; source: string; start: number; end: number } | null {
	const lines: Array<{ line: string; offset: number }> = [];
	for (const m of text.slice(0, 600).matchAll(/[^\n]+/g)) {
		const lead = m[0].length - m[0].trimStart().length;
		if (m[0].trim()) lines.push({ line: m[0].trim(), offset: m.index + lead });
		if (lines.length === 3) break;
	}
	for (const { line, offset } of lines) {
		const lead = CITY_LEAD.test(line) || PUBLISHED_LEAD.test(line);
		if ((!lead && line.length > 50) || !/\d/.test(line)) continue;
		const [r] = chrono.strict.parse(line.slice(0, 120), new Date(Date.UTC(2000, 0, 1)));
		if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
		// A line of its own must be nothing but the date (and perhaps its weekday).
		const rest = line.replace(r.text, '').replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[\W_]/gi, '');
		if (lead ? r.index > 60 : rest.length > 0) continue;
		const value = formatYmd({ year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! });
		const start = offset + r.index;
		return { value, source: `dateline “${r.text.trim()}”`, start, end: start + r.text.trimEnd().length };
	}
	return null;
}
