/**
 * Timeweave's own file format: a saved timeline, versioned, with its documents (full text and
 * passages), events and mentions: enough to reopen the timeline exactly. Pure.
 *
 * ```jsonc
 * { "format": "timeweave", "version": 1,
 *   "referenceDate": { "value": "2025-05-08", "source": "inferred", "derivation": [] } | null,
 *   "documents": [{ "id", "title", "text", "passages": [{ "id", "start", "end", "text", "sentences": [{ "start", "end" }] }] }],
 *   "events": [{ "id", "title", "time": { "value", "start", "end", "granularity" },
 *                "mentions": [{ "documentId", "passageId", "start", "end", "text" }],
 *                "confidence", "derivation", "provenance": { "stated", "inferred" } }] }
 * ```
 *
 * Writing is canonical (keys in a fixed order, two-space indent, final newline), so
 * export -> import -> export gives the same bytes. Reading refuses, with a reason in words,
 * anything malformed (not JSON, wrong shape, unknown keys), oversized, or hostile: keys such
 * as `__proto__`, offsets outside the document's text, quotes that are not the text at their
 * offsets, ids that point nowhere. Strings are only ever data: markup in them stays text.
 */
import { z } from 'zod';
import type { ExtractionResult, Mention, Passage, TextDocument, TimelineEvent } from '../extract/types.ts';
import { toMillis } from '../timeline/time.ts';

export const TIMELINE_FORMAT = 'timeweave';
export const TIMELINE_VERSION = 1;
/** Largest saved timeline read, in bytes (20 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Most events and documents in one file. */
export const MAX_EVENTS = 100_000;
export const MAX_DOCUMENTS = 1_000;

/** A file Timeweave will not open; `message` is one line for the user. */
export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportError';
	}
}

const GRANULARITIES = ['millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
const DATE_FIELDS = ['year', 'month', 'day', 'weekday', 'time'] as const;

const id = z.string().min(1).max(200);
const offset = z.number().int().min(0);
const isoDate = z.string().max(40).refine((s) => {
	try {
		toMillis(s);
		return true;
	} catch {
		return false;
	}
}, 'not an ISO 8601 date');
const shortText = z.string().max(10_000);

const Span = z.strictObject({ start: offset, end: offset });
const PassageSchema = z.strictObject({ id, start: offset, end: offset, text: z.string(), sentences: z.array(Span).max(100_000), repeatOf: id.optional() });
const DocumentSchema = z.strictObject({
	id,
	title: shortText,
	text: z.string(),
	passages: z.array(PassageSchema).max(1_000_000),
	published: z.strictObject({ value: shortText, source: shortText, start: offset.optional(), end: offset.optional() }).optional()
});
const MentionSchema = z.strictObject({ documentId: id, passageId: id, start: offset, end: offset, text: z.string() });
const EventSchema = z.strictObject({
	id,
	title: shortText,
	time: z.strictObject({ value: z.string().max(100), start: isoDate, end: isoDate, granularity: z.enum(GRANULARITIES) }),
	mentions: z.array(MentionSchema).max(100_000),
	confidence: z.number().min(0).max(1),
	derivation: z.array(shortText).max(1000),
	provenance: z.strictObject({ stated: z.array(z.enum(DATE_FIELDS)).max(5), inferred: z.array(z.enum(DATE_FIELDS)).max(5) }),
	knowledgeId: id.optional()
});
const FileSchema = z.strictObject({
	format: z.literal(TIMELINE_FORMAT),
	version: z.literal(TIMELINE_VERSION),
	referenceDate: z.strictObject({ value: isoDate, source: z.enum(['metadata', 'inferred', 'user']), derivation: z.array(shortText).max(1000) }).nullable(),
	documents: z.array(DocumentSchema).max(MAX_DOCUMENTS),
	events: z.array(EventSchema).max(MAX_EVENTS)
});

/** A saved timeline: what the app and the command line show, without the debugging extras. */
export type TimelineData = Pick<ExtractionResult, 'referenceDate' | 'documents' | 'events'>;

// ---- writing --------------------------------------------------------------------------

const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });

function passageOut(p: Passage): Passage {
	const out: Passage = { id: p.id, start: p.start, end: p.end, text: p.text, sentences: p.sentences.map(span) };
	if (p.repeatOf !== undefined) out.repeatOf = p.repeatOf;
	return out;
}

function documentOut(d: TextDocument): TextDocument {
	const out: TextDocument = { id: d.id, title: d.title, text: d.text, passages: d.passages.map(passageOut) };
	if (d.published) {
		const p: NonNullable<TextDocument['published']> = { value: d.published.value, source: d.published.source };
		if (d.published.start !== undefined) p.start = d.published.start;
		if (d.published.end !== undefined) p.end = d.published.end;
		out.published = p;
	}
	return out;
}

const mentionOut = (m: Mention): Mention => ({ documentId: m.documentId, passageId: m.passageId, start: m.start, end: m.end, text: m.text });

function eventOut(e: TimelineEvent): TimelineEvent {
	const out: TimelineEvent = {
		id: e.id,
		title: e.title,
		time: { value: e.time.value, start: e.time.start, end: e.time.end, granularity: e.time.granularity },
		mentions: e.mentions.map(mentionOut),
		confidence: e.confidence,
		derivation: [...e.derivation],
		provenance: { stated: [...e.provenance.stated], inferred: [...e.provenance.inferred] }
	};
	if (e.knowledgeId !== undefined) out.knowledgeId = e.knowledgeId;
	return out;
}

/** The timeline as a Timeweave file (canonical JSON text, final newline). */
export function writeTimelineFile(data: TimelineData): string {
	const file = {
		format: TIMELINE_FORMAT,
		version: TIMELINE_VERSION,
		referenceDate: data.referenceDate ? { value: data.referenceDate.value, source: data.referenceDate.source, derivation: [...data.referenceDate.derivation] } : null,
		documents: data.documents.map(documentOut),
		events: data.events.map(eventOut)
	};
	return JSON.stringify(file, null, 2) + '\n';
}

// ---- reading --------------------------------------------------------------------------

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `events[3].mentions[0].start` */
function pathOf(path: readonly PropertyKey[]): string {
	let out = '';
	for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
	return out || 'the file';
}

/** Parse JSON text, refusing prototype-pollution keys. Throws ImportError. */
export function parseJsonSafely(text: string): unknown {
	try {
		return JSON.parse(text, (key, value) => {
			if (FORBIDDEN_KEYS.has(key)) throw new ImportError(`it contains the key “${key}”, which Timeweave refuses (it could tamper with the app)`);
			return value;
		});
	} catch (error) {
		if (error instanceof ImportError) throw error;
		throw new ImportError(`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
	}
}

/** Check what a schema cannot: ids are unique and point somewhere, offsets lie in the text and quote it. */
function checkConsistency(data: TimelineData): void {
	const docs = new Map<string, { doc: TextDocument; passages: Map<string, Passage> }>();
	data.documents.forEach((d, i) => {
		if (docs.has(d.id)) throw new ImportError(`documents[${i}]: the id “${d.id}” is used twice`);
		const passages = new Map<string, Passage>();
		d.passages.forEach((p, j) => {
			const where = `documents[${i}].passages[${j}]`;
			if (passages.has(p.id)) throw new ImportError(`${where}: the id “${p.id}” is used twice`);
			if (p.start > p.end || p.end > d.text.length) throw new ImportError(`${where}: its offsets ${p.start}–${p.end} are outside the document's text (${d.text.length} characters)`);
			if (d.text.slice(p.start, p.end) !== p.text) throw new ImportError(`${where}: its text is not the document's text at ${p.start}–${p.end}`);
			p.sentences.forEach((s, k) => {
				if (s.start > s.end || s.start < p.start || s.end > p.end) throw new ImportError(`${where}.sentences[${k}]: its offsets are outside the passage`);
			});
			passages.set(p.id, p);
		});
		const pub = d.published;
		if (pub && (pub.start !== undefined || pub.end !== undefined)) {
			const s = pub.start ?? 0;
			const e = pub.end ?? s;
			if (s > e || e > d.text.length) throw new ImportError(`documents[${i}].published: its offsets are outside the document's text`);
		}
		docs.set(d.id, { doc: d, passages });
	});
	const eventIds = new Set<string>();
	data.events.forEach((e, i) => {
		if (eventIds.has(e.id)) throw new ImportError(`events[${i}]: the id “${e.id}” is used twice`);
		eventIds.add(e.id);
		if (toMillis(e.time.end) < toMillis(e.time.start)) throw new ImportError(`events[${i}].time: it ends (${e.time.end}) before it starts (${e.time.start})`);
		e.mentions.forEach((m, j) => {
			const where = `events[${i}].mentions[${j}]`;
			const doc = docs.get(m.documentId);
			if (!doc) throw new ImportError(`${where}: no document has the id “${m.documentId}”`);
			const passage = doc.passages.get(m.passageId);
			if (!passage) throw new ImportError(`${where}: document “${m.documentId}” has no passage “${m.passageId}”`);
			if (m.start > m.end || m.end > doc.doc.text.length) throw new ImportError(`${where}: its offsets ${m.start}–${m.end} are outside the document's text (${doc.doc.text.length} characters)`);
			if (doc.doc.text.slice(m.start, m.end) !== m.text) throw new ImportError(`${where}: its text is not the document's text at ${m.start}–${m.end}`);
		});
	});
}

/**
 * Read a Timeweave file. `size` is the file's size in bytes when known (checked before anything else).
 * @throws ImportError with the reason, in words, when the file is refused
 */
export function readTimelineFile(text: string, size = text.length): TimelineData {
	if (size > MAX_IMPORT_BYTES) throw new ImportError(`it is too large (${(size / (1024 * 1024)).toFixed(1)} MB); Timeweave opens saved timelines up to 20 MB`);
	const raw = parseJsonSafely(text.replace(/^\uFEFF/, ''));
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ImportError('it is not a Timeweave timeline (expected a JSON object)');
	const head = raw as Record<string, unknown>;
	if (head.format !== TIMELINE_FORMAT) throw new ImportError(`it is not a Timeweave timeline (its "format" should be "${TIMELINE_FORMAT}")`);
	if (head.version !== TIMELINE_VERSION) throw new ImportError(`it is a Timeweave timeline of version ${JSON.stringify(head.version)}; this Timeweave reads version ${TIMELINE_VERSION}`);
	const parsed = FileSchema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ImportError(`${pathOf(issue.path)}: ${issue.message}`);
	}
	const data = parsed.data as TimelineData;
	checkConsistency(data);
	return data;
}

/** A saved timeline as an extraction result, ready to show. */
export function toExtractionResult(data: TimelineData): ExtractionResult {
	return { referenceDate: data.referenceDate, documents: data.documents, events: data.events, expressions: [], warnings: [] };
}
