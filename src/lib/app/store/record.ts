/**
 * A saved timeline, as it is written to the browser's storage: the source text, the
 * extraction result it gave, the user's edits (with their undo history) and the edited
 * events. Records are checked with zod when read back: storage outlives versions of the app,
 * and a record a newer app wrote, or one damaged, is skipped with a message, never trusted.
 */
import { z } from 'zod';
import type { HistoryEntry } from '../edit/history.ts';
import type { Edit } from '../edit/operations.ts';
import type { ReferenceDate, TextDocument, TimelineEvent } from '../../extract/types.ts';

/** The version this app writes; records with a higher one are left alone. */
export const RECORD_VERSION = 1;

/** One source text of a timeline, with how it was brought in. */
export interface SavedSource {
	text: string;
	fileName: string | null;
	format: 'text' | 'markdown' | 'html' | null;
	/** The reference date the user set (`YYYY-MM-DD`), or null for the one found in the text. */
	referenceOverride: string | null;
	/** For a text added to the timeline after the first: the reference date its events were dated against. */
	referenceDate?: ReferenceDate | null;
}

export interface TimelineRecord {
	version: 1;
	id: string;
	/** The user's name for it; '' for the document's title. */
	name: string;
	/** Milliseconds since the epoch. */
	createdAt: number;
	updatedAt: number;
	sources: SavedSource[];
	/** What extraction gave (without the debugging parts). */
	result: { referenceDate: ReferenceDate | null; documents: TextDocument[]; events: TimelineEvent[] };
	/** The events as the user left them. */
	events: TimelineEvent[];
	/** The edits and their undo history (each step one or more edits); without it, `events` are taken as they are. */
	history?: { entries: HistoryEntry<Edit[]>[]; cursor: number; floor: number };
}

/** What the list of saved timelines shows. */
export interface TimelineSummary {
	id: string;
	/** The user's name, else the document's title, else the file name. */
	name: string;
	createdAt: number;
	updatedAt: number;
	eventCount: number;
}

const int = z.number().int().nonnegative();
const granularity = z.enum(['millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'hour', 'minute', 'second']);
const timeValue = z.object({ value: z.string(), start: z.string(), end: z.string(), granularity });
const dateField = z.enum(['year', 'month', 'day', 'weekday', 'time']);
const mention = z.object({ documentId: z.string(), passageId: z.string(), start: int, end: int, text: z.string() });
const event = z.object({
	id: z.string().min(1),
	title: z.string(),
	time: timeValue,
	mentions: z.array(mention),
	confidence: z.number(),
	derivation: z.array(z.string()),
	provenance: z.object({ stated: z.array(dateField), inferred: z.array(dateField) }),
	knowledgeId: z.string().optional(),
	edited: z.boolean().optional()
});
const span = z.object({ start: int, end: int });
const passage = z.object({ id: z.string(), start: int, end: int, text: z.string(), sentences: z.array(span), repeatOf: z.string().optional() });
const document = z.object({
	id: z.string(),
	title: z.string(),
	text: z.string(),
	passages: z.array(passage),
	published: z.object({ value: z.string(), source: z.string(), start: int.optional(), end: int.optional() }).optional()
});
const referenceDate = z.object({ value: z.string(), source: z.enum(['metadata', 'inferred', 'user']), derivation: z.array(z.string()) });
const edit = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('rename'), id: z.string(), title: z.string() }),
	z.object({ kind: z.literal('redate'), id: z.string(), time: timeValue }),
	z.object({ kind: z.literal('delete'), id: z.string() }),
	z.object({ kind: z.literal('add'), event }),
	z.object({ kind: z.literal('merge'), survivorId: z.string(), otherId: z.string() })
]);
const history = z
	.object({ entries: z.array(z.object({ command: z.array(edit).min(1), label: z.string() })), cursor: int, floor: int })
	.refine((h) => h.floor <= h.cursor && h.cursor <= h.entries.length, 'the undo history points outside its steps');

const recordSchema: z.ZodType<TimelineRecord> = z.object({
	version: z.literal(1),
	id: z.string().min(1),
	name: z.string(),
	createdAt: z.number(),
	updatedAt: z.number(),
	sources: z
		.array(
			z.object({
				text: z.string(),
				fileName: z.string().nullable(),
				format: z.enum(['text', 'markdown', 'html']).nullable(),
				referenceOverride: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
				referenceDate: referenceDate.nullable().optional()
			})
		)
		.min(1),
	result: z.object({ referenceDate: referenceDate.nullable(), documents: z.array(document), events: z.array(event) }),
	events: z.array(event),
	history: history.optional()
});

/** A record read back, or why it cannot be used. */
export type ReadRecord = { ok: true; record: TimelineRecord } | { ok: false; error: string };

/** The name a stored value goes by in messages, as far as it can be told. */
function nameOf(raw: unknown): string {
	if (typeof raw !== 'object' || raw === null) return 'A saved timeline';
	const r = raw as { name?: unknown; result?: { documents?: Array<{ title?: unknown }> } };
	const name = typeof r.name === 'string' && r.name ? r.name : r.result?.documents?.[0]?.title;
	return typeof name === 'string' && name ? `The saved timeline “${name.slice(0, 60)}”` : 'A saved timeline';
}

/** Check a value read from storage. */
export function readRecord(raw: unknown): ReadRecord {
	const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
	if (typeof version === 'number' && version > RECORD_VERSION) {
		return { ok: false, error: `${nameOf(raw)} was saved by a newer version of Timeweave and cannot be opened here.` };
	}
	const parsed = recordSchema.safeParse(raw);
	if (parsed.success) return { ok: true, record: parsed.data };
	const issue = parsed.error.issues[0];
	const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
	return { ok: false, error: `${nameOf(raw)} is damaged and was skipped: ${issue?.message ?? 'unreadable'}${where}.` };
}

/** The list entry for a record. */
export function summaryOf(record: TimelineRecord): TimelineSummary {
	const first = record.sources[0];
	return {
		id: record.id,
		name: record.name || record.result.documents[0]?.title || first?.fileName || 'Untitled timeline',
		createdAt: record.createdAt,
		updatedAt: record.updatedAt,
		eventCount: record.events.length
	};
}
