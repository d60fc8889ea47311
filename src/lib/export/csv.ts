/**
 * Events as CSV (RFC 4180: commas, double quotes doubled, CRLF line ends), one row per event,
 * for spreadsheets, and CSV read back into a timeline. Pure.
 *
 * Columns, in order:
 * - `id`: the event's id;
 * - `title`: its title;
 * - `start`, `end`: the interval it covers, ISO 8601, `end` exclusive (`1945` is 1945-01-01 to 1946-01-01);
 *   years before 1 CE in the expanded form (`-000499-01-01` is 500 BCE);
 * - `value`: the TIMEX3 value (`1945`, `2025-05-08`, `1939-09-01/1945-09-02`);
 * - `granularity`: day, month, year, decade, century ...;
 * - `confidence`: 0 to 1;
 * - `passages`: the ids of the passages that mention it, space-separated (`p1 p4`);
 * - `quote`: the text of the first of those passages;
 * - `document`: the title of the document it comes from.
 *
 * Cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) get a leading `'`, as OWASP advises; so do cells that start with `'`, so reading
 * removes exactly one and gets the original back.
 *
 * Reading rebuilds each document from the quotes (passages in order, a blank line between),
 * so the events link back to their passages; CSV -> timeline -> CSV gives the same bytes.
 */
import { z } from 'zod';
import type { Granularity, Passage, TextDocument, TimelineEvent } from '../extract/types.ts';
import { toMillis } from '../timeline/time.ts';
import { ImportError, MAX_EVENTS, MAX_IMPORT_BYTES, type TimelineData } from './timelineFile.ts';

export const CSV_COLUMNS = ['id', 'title', 'start', 'end', 'value', 'granularity', 'confidence', 'passages', 'quote', 'document'] as const;

const RISKY = /^[=+\-@\t\r']/;

/** One cell, neutralised against formula injection and quoted when needed. */
export function csvCell(value: string): string {
	const safe = RISKY.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The events of a timeline as CSV text, a header row first, CRLF line ends. */
export function writeCsv(data: TimelineData): string {
	const docs = new Map(data.documents.map((d) => [d.id, d]));
	const rows: string[][] = [[...CSV_COLUMNS]];
	for (const e of data.events) {
		const first = e.mentions[0];
		const doc = first ? docs.get(first.documentId) : undefined;
		const passageIds = [...new Set(e.mentions.filter((m) => m.documentId === first?.documentId).map((m) => m.passageId))];
		const quote = doc?.passages.find((p) => p.id === first?.passageId)?.text ?? '';
		rows.push([e.id, e.title, e.time.start, e.time.end, e.time.value, e.time.granularity, String(e.confidence), passageIds.join(' '), quote, doc?.title ?? '']);
	}
	return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Split CSV text into rows of cells (RFC 4180; LF or CRLF line ends). Throws ImportError for
 * a quote left open or stray characters after a closing quote.
 */
export function parseCsvRows(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	const n = text.length;
	let line = 1;
	while (i < n) {
		let cell = '';
		if (text[i] === '"') {
			i++;
			const startLine = line;
			for (;;) {
				if (i >= n) throw new ImportError(`line ${startLine}: a quoted cell is never closed`);
				const c = text[i];
				if (c === '"') {
					if (text[i + 1] === '"') {
						cell += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (c === '\n') line++;
				cell += c;
				i++;
			}
			if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') throw new ImportError(`line ${line}: characters after a closing quote`);
		} else {
			while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
				if (text[i] === '"') throw new ImportError(`line ${line}: a quote inside an unquoted cell`);
				cell += text[i++];
			}
		}
		row.push(cell);
		if (text[i] === ',') {
			i++;
			if (i >= n) row.push('');
			continue;
		}
		if (text[i] === '\r') i++;
		if (text[i] === '\n') i++;
		line++;
		rows.push(row);
		row = [];
	}
	return rows;
}

/** A cell as written, without the `'` that guarded it against formula injection. */
const unguard = (cell: string) => (cell.length > 1 && cell[0] === "'" && RISKY.test(cell.slice(1)) ? cell.slice(1) : cell);

const GRANULARITIES = ['millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
const isoDate = z.string().refine((s) => {
	try {
		toMillis(s);
		return true;
	} catch {
		return false;
	}
}, 'not an ISO 8601 date');
const RowSchema = z.object({
	id: z.string().min(1, 'is empty').max(200),
	title: z.string().max(10_000),
	start: isoDate,
	end: isoDate,
	value: z.string().max(100),
	granularity: z.enum(GRANULARITIES),
	confidence: z
		.string()
		.regex(/^(\d+(\.\d*)?|\.\d+)(e-?\d+)?$/i, 'is not a number from 0 to 1')
		.transform(Number)
		.refine((n) => n >= 0 && n <= 1, 'is not a number from 0 to 1'),
	passages: z.string().regex(/^(|[A-Za-z0-9_.:-]+( [A-Za-z0-9_.:-]+)*)$/, 'should be passage ids separated by spaces'),
	quote: z.string().max(1_000_000),
	document: z.string().max(10_000)
});

/** Passage ids in reading order: `p2` before `p10`. */
function comparePassageIds(a: string, b: string): number {
	const na = Number(/\d+$/.exec(a)?.[0] ?? NaN);
	const nb = Number(/\d+$/.exec(b)?.[0] ?? NaN);
	if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Read CSV written by {@link writeCsv} (or by a spreadsheet from it) back into a timeline.
 * @throws ImportError with the reason when the file is refused
 */
export function readCsv(text: string, size = text.length): TimelineData {
	if (size > MAX_IMPORT_BYTES) throw new ImportError(`it is too large (${(size / (1024 * 1024)).toFixed(1)} MB); Timeweave opens files up to 20 MB`);
	const rows = parseCsvRows(text.replace(/^\uFEFF/, '')).filter((r) => !(r.length === 1 && r[0] === ''));
	if (rows.length === 0) throw new ImportError('it is empty');
	const header = rows[0].map((h) => h.trim().toLowerCase());
	const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
	if (missing.length) throw new ImportError(`it is not a Timeweave CSV: the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
	if (rows.length - 1 > MAX_EVENTS) throw new ImportError(`it has ${rows.length - 1} events; Timeweave opens at most ${MAX_EVENTS.toLocaleString('en-US')}`);
	const index = Object.fromEntries(CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof CSV_COLUMNS)[number], number>;

	// Documents by title, in order of first appearance; passages by id, with the quote when one is given.
	const docs = new Map<string, { id: string; passages: Map<string, string> }>();
	const parsed: { row: z.infer<typeof RowSchema>; docTitle: string; ids: string[] }[] = [];
	const seen = new Set<string>();
	rows.slice(1).forEach((cells, r) => {
		const line = `row ${r + 2}`;
		if (cells.length !== header.length) throw new ImportError(`${line}: ${cells.length} cells where the header has ${header.length}`);
		const record = Object.fromEntries(CSV_COLUMNS.map((c) => [c, unguard(cells[index[c]])]));
		const result = RowSchema.safeParse(record);
		if (!result.success) {
			const issue = result.error.issues[0];
			throw new ImportError(`${line}, column ${String(issue.path[0])}: ${issue.message}`);
		}
		const row = result.data;
		if (seen.has(row.id)) throw new ImportError(`${line}: the id “${row.id}” is used twice`);
		seen.add(row.id);
		if (toMillis(row.end) < toMillis(row.start)) throw new ImportError(`${line}: it ends (${row.end}) before it starts (${row.start})`);
		const ids = row.passages ? row.passages.split(' ') : [];
		if (ids.length === 0 && row.document === '') {
			parsed.push({ row, docTitle: row.document, ids });
			return; // mentioned nowhere: no document to rebuild
		}
		let doc = docs.get(row.document);
		if (!doc) docs.set(row.document, (doc = { id: `d${docs.size + 1}`, passages: new Map() }));
		ids.forEach((pid, k) => {
			const known = doc.passages.get(pid);
			const quote = k === 0 ? row.quote : undefined;
			if (quote !== undefined && known !== undefined && known !== '' && known !== quote) throw new ImportError(`${line}: passage “${pid}” is quoted differently in an earlier row`);
			if (known === undefined || (known === '' && quote)) doc.passages.set(pid, quote ?? '');
		});
		parsed.push({ row, docTitle: row.document, ids });
	});

	// Rebuild each document's text from its passages, a blank line between them.
	const documents: TextDocument[] = [];
	const passageOf = new Map<string, Map<string, Passage>>();
	for (const [title, d] of docs) {
		const passages: Passage[] = [];
		let text = '';
		for (const pid of [...d.passages.keys()].sort(comparePassageIds)) {
			if (text) text += '\n\n';
			const quote = d.passages.get(pid) ?? '';
			const start = text.length;
			text += quote;
			passages.push({ id: pid, start, end: text.length, text: quote, sentences: quote ? [{ start, end: text.length }] : [] });
		}
		documents.push({ id: d.id, title, text, passages });
		passageOf.set(title, new Map(passages.map((p) => [p.id, p])));
	}
	const events: TimelineEvent[] = parsed.map(({ row, docTitle, ids }) => {
		const doc = documents.find((d) => d.title === docTitle);
		const passages = passageOf.get(docTitle);
		return {
			id: row.id,
			title: row.title,
			time: { value: row.value, start: row.start, end: row.end, granularity: row.granularity as Granularity },
			mentions: ids.map((pid) => {
				const p = passages?.get(pid) as Passage;
				return { documentId: doc?.id ?? '', passageId: pid, start: p.start, end: p.end, text: p.text };
			}),
			confidence: row.confidence,
			derivation: [],
			provenance: { stated: [], inferred: [] }
		};
	});
	return { referenceDate: null, documents, events };
}
