/**
 * What `timeweave extract` prints: a table for people, or JSON for programs.
 * Pure functions from an `ExtractionResult` to a string.
 */
import type {
	ExtractionResult,
	Granularity,
	ReferenceDate,
	TimelineEvent,
	TimeValue
} from '../lib/extract/index.ts';
import { isoToMillis, isoYear, MONTH_NAMES } from '../lib/extract/timex.ts';

/** The JSON written by `--json`: a stable subset of the extraction result. */
export interface CliJson {
	referenceDate: ReferenceDate | null;
	documents: {
		id: string;
		title: string;
		passages: { id: string; start: number; end: number; text: string }[];
	}[];
	events: TimelineEvent[];
}

/** The table never grows wider than this. */
export const TABLE_WIDTH = 100;

// ---------------------------------------------------------------------------------------
// Ordering

/** `-000499-01-01` / `1945-05-09T10:00:00Z` -> [signed year, rest] so BCE years sort right. */
function isoKey(iso: string): [number, string] {
	const match = /^([+-]?\d{4,6})(.*)$/.exec(iso);
	return match ? [Number(match[1]), match[2]] : [Number.NaN, iso];
}

/** Compare two ISO 8601 dates or date-times, expanded years included. */
export function compareIso(a: string, b: string): number {
	const [ya, ra] = isoKey(a);
	const [yb, rb] = isoKey(b);
	if (ya !== yb) return ya < yb ? -1 : 1;
	return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/** Events in time order: start, then the shorter span first, then title. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
	return [...events].sort(
		(a, b) =>
			compareIso(a.time.start, b.time.start) ||
			compareIso(a.time.end, b.time.end) ||
			a.title.localeCompare(b.title) ||
			a.id.localeCompare(b.id)
	);
}

// ---------------------------------------------------------------------------------------
// JSON

/** The `--json` object, keys picked one by one so that internal fields never leak out. */
export function toJson(result: ExtractionResult): CliJson {
	return {
		referenceDate: result.referenceDate
			? {
					value: result.referenceDate.value,
					source: result.referenceDate.source,
					derivation: [...result.referenceDate.derivation]
				}
			: null,
		documents: result.documents.map((doc) => ({
			id: doc.id,
			title: doc.title,
			passages: doc.passages.map((p) => ({ id: p.id, start: p.start, end: p.end, text: p.text }))
		})),
		events: sortEvents(result.events).map((event) => {
			const out: TimelineEvent = {
				id: event.id,
				title: event.title,
				time: {
					value: event.time.value,
					start: event.time.start,
					end: event.time.end,
					granularity: event.time.granularity
				},
				mentions: event.mentions.map((m) => ({
					documentId: m.documentId,
					passageId: m.passageId,
					start: m.start,
					end: m.end,
					text: m.text
				})),
				confidence: event.confidence,
				derivation: [...event.derivation],
				provenance: { stated: [...event.provenance.stated], inferred: [...event.provenance.inferred] }
			};
			if (event.knowledgeId !== undefined) out.knowledgeId = event.knowledgeId;
			return out;
		})
	};
}

/** Pretty-printed JSON with a final newline. */
export function renderJson(result: ExtractionResult): string {
	return JSON.stringify(toJson(result), null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------
// Dates

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** A year for people: `1945`, `44 BCE` (ISO years are astronomical: 0 is 1 BCE). */
function yearLabel(year: number): string {
	return year <= 0 ? `${1 - year} BCE` : String(year);
}

function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** A time, written as precisely as it is known: `2025-05-08`, `1945`, `1990s`, `20th century`; a range as `1939-09-01 – 1945-09-02`. */
export function formatTime(time: TimeValue): string {
	if (time.value.includes('/')) {
		const lastDay = new Date(isoToMillis(time.end) - 86_400_000);
		const endIso = `${lastDay.getUTCFullYear()}-${String(lastDay.getUTCMonth() + 1).padStart(2, '0')}-${String(lastDay.getUTCDate()).padStart(2, '0')}`;
		const from = formatPoint({ ...time, end: time.start });
		// The last unit before the exclusive end: the day before it, or (for years and coarser) the year before it.
		const [endYear, endRest] = isoKey(time.end);
		const to = formatPoint({ ...time, start: time.granularity === 'day' ? endIso : `${isoYear(endYear - 1)}${endRest}`, end: time.end });
		return from === to ? from : `${from} – ${to}`;
	}
	return formatPoint(time);
}

function formatPoint(time: TimeValue): string {
	const [year, rest] = isoKey(time.start);
	if (Number.isNaN(year)) return time.value;
	const month = rest.slice(1, 3);
	const day = rest.slice(4, 6);
	const clock = /T(\d{2}):(\d{2}):(\d{2})/.exec(rest);
	// BCE dates in words ("15 March 44 BCE"): a signed ISO year would read as a range.
	const monthName = MONTH_NAMES[Number(month) - 1] ?? month;
	const date = year > 0 ? `${year}-${month}-${day}` : `${Number(day)} ${monthName} ${yearLabel(year)}`;
	const granularity: Granularity = time.granularity;
	switch (granularity) {
		case 'millennium': {
			const n = year > 0 ? Math.floor((year - 1) / 1000) + 1 : Math.floor(-year / 1000) + 1;
			return `${ordinal(n)} millennium${year > 0 ? '' : ' BCE'}`;
		}
		case 'century': {
			const n = year > 0 ? Math.floor(year / 100) + 1 : Math.floor((1 - year) / 100) + 1;
			return `${ordinal(n)} century${year > 0 ? '' : ' BCE'}`;
		}
		case 'decade':
			return year > 0 ? `${year}s` : `${1 - year - 9}s BCE`;
		case 'year':
			return yearLabel(year);
		case 'half':
			return `${yearLabel(year)} H${Number(month) <= 6 ? 1 : 2}`;
		case 'quarter':
			return `${yearLabel(year)} Q${Math.floor((Number(month) - 1) / 3) + 1}`;
		case 'season': {
			const code = /-(SP|SU|FA|WI)$/.exec(time.value)?.[1];
			const season = code ? SEASONS[code] : seasonOfMonth(Number(month));
			return `${season} ${yearLabel(year)}`;
		}
		case 'month':
			return year > 0 ? `${year}-${month}` : `${monthName} ${yearLabel(year)}`;
		case 'week': {
			const week = /^\d{4}-W\d{2}$/.test(time.value) ? time.value : `week of ${date}`;
			return week;
		}
		case 'day':
			return date;
		case 'hour':
			return clock ? `${date} ${clock[1]}h` : date;
		case 'minute':
			return clock ? `${date} ${clock[1]}:${clock[2]}` : date;
		case 'second':
			return clock ? `${date} ${clock[1]}:${clock[2]}:${clock[3]}` : date;
		default:
			return time.value;
	}
}

function seasonOfMonth(month: number): string {
	if (month >= 3 && month <= 5) return 'spring';
	if (month >= 6 && month <= 8) return 'summer';
	if (month >= 9 && month <= 11) return 'autumn';
	return 'winter';
}

// ---------------------------------------------------------------------------------------
// Table

/** Code points, so that an emoji or an accented letter is never cut in half. */
function chars(text: string): string[] {
	return Array.from(text);
}

/** Shorten to `width` characters, ending with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
	const cps = chars(text);
	if (cps.length <= width) return text;
	if (width <= 1) return '…'.slice(0, width);
	return cps.slice(0, width - 1).join('').trimEnd() + '…';
}

function pad(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - chars(text).length));
}

/** Wrap words to `width`, continuation lines indented by `indent` spaces. */
function wrap(text: string, width: number, indent: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : lines.length ? `${' '.repeat(indent)}${word}` : word;
		if (chars(candidate).length > width && line.trim()) {
			lines.push(line);
			line = `${' '.repeat(indent)}${word}`;
		} else {
			line = candidate;
		}
	}
	if (line.trim()) lines.push(line);
	return lines.map((l) => truncate(l, width));
}

/** `p1`, `p10`, `p2` -> passage ids in reading order, once each. */
function passageIds(event: TimelineEvent): string[] {
	const ids = [...new Set(event.mentions.map((m) => m.passageId))];
	const num = (id: string) => Number(/\d+/.exec(id)?.[0] ?? Number.MAX_SAFE_INTEGER);
	return ids.sort((a, b) => num(a) - num(b) || a.localeCompare(b));
}

/** As many passage ids as fit in `width`, then `… +N`. */
function passageList(ids: string[], width: number): string {
	const full = ids.join(', ');
	if (chars(full).length <= width) return full;
	for (let n = ids.length - 1; n >= 1; n--) {
		const text = `${ids.slice(0, n).join(', ')}, … +${ids.length - n}`;
		if (chars(text).length <= width) return text;
	}
	return truncate(full, width);
}

/** How the reference date was found, in words. */
export function describeReference(reference: ReferenceDate | null): string {
	if (!reference) return 'Reference date: (none found; relative dates left unresolved)';
	switch (reference.source) {
		case 'user':
			return `Reference date: ${reference.value} (given with --ref)`;
		case 'metadata':
			return `Reference date: ${reference.value} (from the document: ${reference.derivation.join(' ')})`;
		case 'inferred':
			return `Reference date: ${reference.value} (inferred from the text; --ref overrides it)`;
		default:
			return `Reference date: ${reference.value}`;
	}
}

export interface TableOptions {
	/** Shown when the document has no title of its own (the file name). */
	fallbackTitle?: string;
	/** Total width; at most TABLE_WIDTH. */
	width?: number;
	/** ANSI colours (only on a terminal). */
	color?: boolean;
}

/**
 * The readable table: title, reference date and how it was found, then one row per event
 * in time order with its date, title and passages.
 */
export function renderTable(result: ExtractionResult, options: TableOptions = {}): string {
	const width = Math.max(40, Math.min(TABLE_WIDTH, options.width ?? TABLE_WIDTH));
	const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[22m` : s);
	const dim = (s: string) => (options.color ? `\x1b[2m${s}\x1b[22m` : s);

	const titles = result.documents.map((d) => d.title.trim()).filter(Boolean);
	const title = titles.length ? titles.join(' + ') : options.fallbackTitle || '(untitled)';
	const lines: string[] = [bold(truncate(title, width))];
	lines.push(...wrap(describeReference(result.referenceDate), width, 2).map(dim));
	if (result.referenceDate?.source === 'inferred')
		for (const step of result.referenceDate.derivation) lines.push(...wrap(`- ${step}`, width - 2, 2).map((l) => dim(`  ${l}`)));
	lines.push('');

	const events = sortEvents(result.events);
	if (!events.length) {
		lines.push('No events found.');
		return lines.join('\n') + '\n';
	}

	const gap = '  ';
	const rows = events.map((e) => ({ date: formatTime(e.time), title: e.title.replace(/\s+/g, ' ').trim(), ids: passageIds(e) }));
	const dateWidth = Math.max(4, ...rows.map((r) => chars(r.date).length));
	const passagesWidth = Math.min(
		Math.max(8, ...rows.map((r) => chars(r.ids.join(', ')).length)),
		Math.floor(width / 4)
	);
	const titleWidth = Math.max(10, width - dateWidth - passagesWidth - 2 * gap.length);

	const row = (date: string, name: string, passages: string) =>
		`${pad(date, dateWidth)}${gap}${pad(name, titleWidth)}${gap}${passages}`.trimEnd();

	lines.push(bold(row('DATE', 'EVENT', 'PASSAGES')));
	for (const r of rows) {
		lines.push(row(truncate(r.date, dateWidth), truncate(r.title, titleWidth), passageList(r.ids, passagesWidth)));
	}
	return lines.join('\n') + '\n';
}
