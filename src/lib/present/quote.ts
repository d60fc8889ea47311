/**
 * The quote shown with an event in present mode: the sentence(s) of its passage around the
 * mention, split so the mention can be highlighted, plus the line that names its source. Pure.
 * The parts are plain strings, drawn as text (never as HTML).
 */
import type { Mention, Passage, Span, TextDocument, TimelineEvent } from '../extract/types.ts';

/** A passage quote split around the mention. `before` and `after` carry the ellipses where text was cut. */
export interface Quote {
	before: string;
	mention: string;
	after: string;
}

/** Where a quote comes from. */
export interface QuoteSource {
	document: TextDocument;
	passage: Passage;
	mention: Mention;
	/** 1-based position of the passage in its document. */
	passageNumber: number;
}

/** The ellipsis put where a quote was cut. */
export const ELLIPSIS = '…';

/** Longest quote, in characters, before it is cut around the mention (about four lines on a projector). */
export const MAX_QUOTE_CHARS = 300;

/** A dated phrase of the text (a temporal expression), as far as choosing a quote needs it. */
export interface DatedSpan extends Span {
	documentId: string;
}

/**
 * The mention to quote for an event, first in reading order among the best kind:
 * a mention that is itself a dated phrase of the text (one of `dated`, such as "on Thursday":
 * the sentence says when), in a passage that is not a repeat of an earlier one (a repeated
 * paragraph says the same thing again); else any mention outside a repeat; else the first.
 * Null when none of its mentions points into a passage of `documents`.
 */
export function quoteSource(
	event: TimelineEvent,
	documents: readonly TextDocument[],
	dated: readonly DatedSpan[] = []
): QuoteSource | null {
	const candidates: QuoteSource[] = [];
	for (const mention of event.mentions) {
		const document = documents.find((d) => d.id === mention.documentId);
		const index = document?.passages.findIndex((p) => p.id === mention.passageId) ?? -1;
		if (!document || index < 0) continue;
		candidates.push({ document, passage: document.passages[index], mention, passageNumber: index + 1 });
	}
	if (candidates.length === 0) return null;
	const docOrder = (s: QuoteSource): number => documents.indexOf(s.document);
	candidates.sort((a, b) => docOrder(a) - docOrder(b) || a.mention.start - b.mention.start);
	const isDated = (c: QuoteSource): boolean =>
		dated.some((d) => d.documentId === c.document.id && d.start === c.mention.start && d.end === c.mention.end);
	const original = (c: QuoteSource): boolean => c.passage.repeatOf === undefined;
	return candidates.find((c) => isDated(c) && original(c)) ?? candidates.find(original) ?? candidates[0];
}

/**
 * The quote of `mention` in `passage` of a document whose text is `text`: the passage's
 * sentences that the mention touches, cut around the mention at word boundaries when longer
 * than `maxChars`, with an ellipsis on each side where passage text was left out. Runs of
 * whitespace (line breaks inside a paragraph) read as one space.
 */
export function buildQuote(text: string, passage: Passage, mention: Mention, maxChars = MAX_QUOTE_CHARS): Quote {
	// The mention, kept inside its passage.
	const ms = clamp(mention.start, passage.start, passage.end);
	const me = clamp(mention.end, ms, passage.end);

	// The sentences the mention touches (a mention across a sentence break takes both).
	const touched = passage.sentences.filter((s) => s.start < Math.max(me, ms + 1) && s.end > ms);
	let from = touched.length > 0 ? Math.min(touched[0].start, ms) : passage.start;
	let to = touched.length > 0 ? Math.max(touched[touched.length - 1].end, me) : passage.end;
	from = clamp(from, passage.start, ms);
	to = clamp(to, me, passage.end);

	// Too long: keep the mention whole and share what is left between both sides, at word breaks.
	if (to - from > maxChars) {
		const room = Math.max(0, maxChars - (me - ms));
		let left = Math.min(ms - from, Math.ceil(room / 2));
		const right = Math.min(to - me, room - left);
		left = Math.min(ms - from, room - right); // give the right side's spare room to the left
		if (ms - left > from) from = wordStartAtOrAfter(text, ms - left, ms);
		if (me + right < to) to = wordEndAtOrBefore(text, me + right, me);
	}

	const before = squash(text.slice(from, ms)).replace(/^ /, '');
	const after = squash(text.slice(me, to)).replace(/ $/, '');
	const cutBefore = text.slice(passage.start, from).trim() !== '';
	const cutAfter = text.slice(to, passage.end).trim() !== '';
	return {
		before: cutBefore ? `${ELLIPSIS} ${before}` : before,
		mention: squash(text.slice(ms, me)),
		after: cutAfter ? `${after} ${ELLIPSIS}` : after
	};
}

/** The source line under a quote: document title and passage number, and how many other passages mention the event. */
export function sourceLine(source: QuoteSource, event: TimelineEvent): string {
	const title = source.document.title.trim() || 'Untitled document';
	const others = new Set(
		event.mentions.map((m) => `${m.documentId}\u0000${m.passageId}`).filter((key) => key !== `${source.document.id}\u0000${source.passage.id}`)
	).size;
	const also = others === 0 ? '' : ` (also in ${others} other ${others === 1 ? 'passage' : 'passages'})`;
	return `${title} · passage ${source.passageNumber}${also}`;
}

function clamp(n: number, lo: number, hi: number): number {
	return Math.min(Math.max(n, lo), hi);
}

/** Runs of whitespace as one space. */
function squash(s: string): string {
	return s.replace(/\s+/g, ' ');
}

/** The first word start at or after `i` (not past `limit`). */
function wordStartAtOrAfter(text: string, i: number, limit: number): number {
	if (i > 0 && /\s/.test(text[i - 1] ?? ' ')) return i;
	let j = i;
	while (j < limit && !/\s/.test(text[j])) j++;
	while (j < limit && /\s/.test(text[j])) j++;
	return j;
}

/** The last word end at or before `i` (not before `limit`). */
function wordEndAtOrBefore(text: string, i: number, limit: number): number {
	if (i >= text.length || /\s/.test(text[i])) return i;
	let j = i;
	while (j > limit && !/\s/.test(text[j - 1])) j--;
	while (j > limit && /\s/.test(text[j - 1])) j--;
	return j;
}
