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
	const found = scanDateline(text, true);
	return found && 'value' in found ? found : null;
}

/**
 * Where a dateline without its year states its month and day ("LONDON, May 20 (AP) —"): it dates the article
 * (to a reader who knows the year), not an event in it. Null when there is none, or the dateline has its year.
 */
export function yearlessDateline(text: string): { start: number; end: number } | null {
	const found = scanDateline(text, false);
	return found && !('value' in found) ? found : null;
}

function scanDateline(text: string, needYear: boolean): { value: string; source: string; start: number; end: number } | { start: number; end: number } | null {
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
		if (!r || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
		if (!r.start.isCertain('year')) {
			// Without its year, only a city's dateline, with the date right after the city.
			const city = CITY_LEAD.exec(line);
			if (needYear || !city || r.index !== city[0].length) continue;
			const start = offset + r.index;
			return { start, end: start + r.text.trimEnd().length };
		}
		// A line of its own must be nothing but the date (and perhaps its weekday).
		const rest = line.replace(r.text, '').replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[\W_]/gi, '');
		if (lead ? r.index > 60 : rest.length > 0) continue;
		const value = formatYmd({ year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! });
		const start = offset + r.index;
		return { value, source: `dateline “${r.text.trim()}”`, start, end: start + r.text.trimEnd().length };
	}
	return null;
}
