/**
 * Events made ready for fast layout: sorted once by time, with their intervals, labels,
 * mark kinds, document colours and approximateness in flat arrays. Built once per set of
 * events, never per frame. Pure.
 */
import type { TimelineEvent } from '../../extract/types.ts';
import { eventInterval } from '../time.ts';
import { CHAR_WIDTH, MAX_LABEL_WIDTH, estimateTextWidth, truncateLabel } from './labelText.ts';
import { markKind } from './markKind.ts';

/** Below this confidence an event's date is drawn as approximate (soft edges). */
export const APPROXIMATE_CONFIDENCE = 0.6;
/** Below this confidence, a date none of whose fields the text states is approximate too. */
export const INFERRED_CONFIDENCE = 0.8;

/**
 * Whether an event's date is drawn as approximate (a soft edge, never a crisp day):
 * its confidence is below {@link APPROXIMATE_CONFIDENCE}, or the text states none of its
 * fields (`provenance.stated` is empty: everything was worked out from context, e.g.
 * "two weeks later") and its confidence is below {@link INFERRED_CONFIDENCE}. Dates taken
 * from the knowledge base with high confidence stay crisp.
 */
export function isApproximate(e: TimelineEvent): boolean {
	if (e.confidence < APPROXIMATE_CONFIDENCE) return true;
	return e.provenance.stated.length === 0 && e.confidence < INFERRED_CONFIDENCE;
}

/** The document an event belongs to, for colouring: its first mention's, or '' when it has none. */
export function documentOf(e: TimelineEvent): string {
	return e.mentions[0]?.documentId ?? '';
}

/** Events in time order, as flat arrays indexed by position in that order. */
export interface PreparedEvents {
	count: number;
	/** The events themselves, sorted by start, then id. */
	events: TimelineEvent[];
	ids: string[];
	/** Labels as drawn (titles truncated with "…"). */
	labels: string[];
	labelWidths: Float64Array;
	/** Interval `[start, end)` in UTC milliseconds. */
	start: Float64Array;
	end: Float64Array;
	/** 1 for a span (bar), 0 for a point (dot). */
	span: Uint8Array;
	/** 1 when the date is approximate ({@link isApproximate}). */
	approx: Uint8Array;
	/** Colour index of the event's document in {@link PreparedEvents.documents}. */
	doc: Uint16Array;
	/** Document ids by colour index. */
	documents: string[];
	/** Sorted position by event id. */
	indexOf: Map<string, number>;
	/** Earliest start and latest end (0, 0 when empty). */
	lo: number;
	hi: number;
}

/** Options for {@link prepareEvents}. */
export interface PrepareOptions {
	/** Document ids in legend order; documents not listed follow in the order of their ids. */
	documentOrder?: readonly string[];
	charWidth?: number;
	maxLabelWidth?: number;
}

/** Sorts and flattens `events` for {@link layoutAtScale}. Does not mutate `events`. */
export function prepareEvents(events: readonly TimelineEvent[], options: PrepareOptions = {}): PreparedEvents {
	const charWidth = options.charWidth ?? CHAR_WIDTH;
	const maxLabel = options.maxLabelWidth ?? MAX_LABEL_WIDTH;
	const items = events.map((e) => ({ e, ...eventInterval(e) }));
	items.sort((a, b) => a.start - b.start || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
	const n = items.length;
	const out: PreparedEvents = {
		count: n,
		events: items.map((it) => it.e),
		ids: items.map((it) => it.e.id),
		labels: new Array<string>(n),
		labelWidths: new Float64Array(n),
		start: new Float64Array(n),
		end: new Float64Array(n),
		span: new Uint8Array(n),
		approx: new Uint8Array(n),
		doc: new Uint16Array(n),
		documents: [...(options.documentOrder ?? [])],
		indexOf: new Map(),
		lo: 0,
		hi: 0
	};
	// Documents not named by the caller get colours in the order of their ids ("d2" before "d10").
	const known = new Set(out.documents);
	const rest = [...new Set(items.map((it) => documentOf(it.e)))].filter((d) => !known.has(d));
	rest.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	out.documents.push(...rest);
	const docIndex = new Map(out.documents.map((d, i) => [d, i]));
	let lo = Infinity;
	let hi = -Infinity;
	items.forEach((it, i) => {
		const label = truncateLabel(it.e.title, maxLabel, charWidth);
		out.labels[i] = label;
		out.labelWidths[i] = estimateTextWidth(label, charWidth);
		out.start[i] = it.start;
		out.end[i] = it.end;
		out.span[i] = markKind(it.e) === 'span' ? 1 : 0;
		out.approx[i] = isApproximate(it.e) ? 1 : 0;
		const d = documentOf(it.e);
		let di = docIndex.get(d);
		if (di === undefined) {
			di = out.documents.length;
			out.documents.push(d);
			docIndex.set(d, di);
		}
		out.doc[i] = di;
		out.indexOf.set(it.e.id, i);
		lo = Math.min(lo, it.start);
		hi = Math.max(hi, it.end);
	});
	if (n > 0) {
		out.lo = lo;
		out.hi = hi;
	}
	return out;
}

/** How many distinct documents the events actually come from. */
export function documentsInUse(p: PreparedEvents): number {
	const seen = new Set<number>();
	for (let i = 0; i < p.count; i++) seen.add(p.doc[i]);
	return seen.size;
}
