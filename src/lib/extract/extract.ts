/**
 * The extraction pipeline, one line per stage:
 *   input -> text (HTML and Markdown converted, binary and empty refused)
 *   text -> passages (paragraphs with sentences, repeats marked) and a title
 *   passages -> candidates (parsers per passage, overlaps removed)
 *   candidates -> reference date (given, dateline/metadata, or inferred from reference-free dates)
 *   candidates + reference -> temporal expressions (resolved in reading order)
 *   expressions -> events (titles, merged mentions, later references)
 */
import type { ExtractOptions, ExtractStage, ExtractionResult, ReferenceDate, TemporalExpression, TextDocument } from './types.ts';
import { formatYmd, parseYmd, type Ymd } from './timex.ts';
import { htmlToText, looksLikeHtml } from './input/htmlToText.ts';
import { markdownToText } from './input/markdownToText.ts';
import { splitPassages } from './passages/splitPassages.ts';
import { documentTitle } from './passages/documentTitle.ts';
import { markLookBackSections } from './temporal/lookBackSections.ts';
import { runParsers } from './temporal/runParsers.ts';
import { documentCues } from './temporal/scope.ts';
import { resolveAll, storyKind } from './temporal/resolveAll.ts';
import type { Candidate } from './temporal/candidate.ts';
import { defaultConfiguration } from './configuration.ts';
import { findDateline, yearlessDateline } from './reference/findDateline.ts';
import { inferReference } from './reference/inferReference.ts';
import { datelineYear } from './reference/datelineYear.ts';
import { buildEvents, numberEvents } from './events/buildEvents.ts';

/** A problem with the input itself (empty, binary, bad option): `message` is one clear line for the user. */
export class ExtractError extends Error {
	constructor(
		message: string,
		/** Machine-readable reason. */
		readonly code: 'empty' | 'binary' | 'too-large' | 'bad-reference' | 'bad-format'
	) {
		super(message);
		this.name = 'ExtractError';
	}
}

/** Largest text accepted, in characters (the pipeline is linear; this bounds memory in a browser tab). */
export const MAX_TEXT_LENGTH = 50_000_000;

/** The characters {@link looksBinary} counts: U+FFFD and the control characters but tab, line feed, form feed and carriage return. */
const BAD_CHARACTER = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

/** Does the text look like binary data decoded as text (NUL bytes, replacement or control characters)? */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, 65536);
	// Most texts hold none of these characters: one regex scan says so faster than the count below.
	if (!BAD_CHARACTER.test(sample)) return false;
	if (sample.includes('\u0000')) return true;
	let bad = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
	}
	return bad > Math.max(8, sample.length * 0.02);
}

/** Line ends as `\n` (`\r\n` and a lone `\r` too). Most texts have no `\r`: one search for it, not a regex replace over the whole text. */
export function normalizeNewlines(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Validate a `YYYY-MM-DD` reference date; throws ExtractError naming the bad value. */
export function parseReference(value: string): Ymd {
	const ymd = parseYmd(value);
	if (!ymd) throw new ExtractError(`invalid reference date: “${value}” (expected a real date as YYYY-MM-DD)`, 'bad-reference');
	return ymd;
}

/**
 * Extract documents, temporal expressions and events from one text.
 * Throws ExtractError for input that cannot be read (empty, binary, too large, bad reference);
 * a text with no dates is not an error: it yields no events.
 */
export function extract(input: string, options: ExtractOptions = {}): ExtractionResult {
	// Stage timings, when asked for: each call of `lap` closes the stage it names.
	const timings = options.timings;
	let lapStarted = timings ? performance.now() : 0;
	const lap = (stage: ExtractStage) => {
		if (!timings) return;
		const now = performance.now();
		timings[stage] = (timings[stage] ?? 0) + now - lapStarted;
		lapStarted = now;
	};
	if (typeof input !== 'string') throw new ExtractError('the input is not text', 'bad-format');
	if (input.length > MAX_TEXT_LENGTH) throw new ExtractError(`the text is too large (${input.length.toLocaleString('en')} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en')})`, 'too-large');
	if (looksBinary(input)) throw new ExtractError('the input is not text (it looks like a binary file)', 'binary');
	const userReference = options.reference !== undefined ? parseReference(options.reference) : null;
	const today = options.today !== undefined ? parseReference(options.today) : null;

	// Stage 1: input -> text.
	const format = options.format ?? (looksLikeHtml(input) ? 'html' : 'text');
	let text = normalizeNewlines(input);
	let htmlTitle: string | undefined;
	let published: TextDocument['published'];
	if (format === 'html') {
		const html = htmlToText(text);
		text = html.text;
		htmlTitle = html.title;
		published = html.published;
	} else if (format === 'markdown') {
		const md = markdownToText(text);
		text = md.text;
		htmlTitle = md.title;
	}
	if (!text.trim()) throw new ExtractError(format === 'html' ? 'the page has no text' : 'the text is empty', 'empty');
	lap('input');

	// Stage 2: passages and title.
	const documentId = options.documentId ?? 'd1';
	const passages = splitPassages(text);
	published ??= findDateline(text) ?? undefined;
	const document: TextDocument = { id: documentId, title: htmlTitle ?? documentTitle(passages), text, passages };
	if (published) document.published = published;
	lap('passages');

	// Stage 3: candidates, passage by passage (chrono is quadratic on one huge string).
	const config = defaultConfiguration();
	let candidates: Candidate[] = [];
	const cues = documentCues(text);
	passages.forEach((p, i) => {
		candidates.push(...runParsers(p, config.parsers, config.alwaysParsers, cues));
		if (options.onProgress && (i % 50 === 0 || i === passages.length - 1)) options.onProgress((i + 1) / passages.length);
	});
	markLookBackSections(passages, candidates);
	lap('parsers');

	// Stage 4: the reference date.
	const warnings: string[] = [];
	let referenceDate: ReferenceDate | null = null;
	if (userReference) referenceDate = { value: formatYmd(userReference), source: 'user', derivation: ['Set by the user.'] };
	else if (published) referenceDate = { value: published.value, source: 'metadata', derivation: [`The text is dated by its ${published.source}.`] };
	else {
		referenceDate = inferReference(candidates, resolveAll(candidates, null, ''));
		// (A dateline without its year, and no date in the text to infer one from: the latest year up to the day of use that fits.)
		const yearless = !referenceDate && today ? yearlessDateline(text) : null;
		const dated = yearless ? datelineYear(text.slice(yearless.start, yearless.end), candidates, today!) : null;
		if (dated) {
			referenceDate = dated.referenceDate;
			warnings.push(dated.warning);
		}
	}
	lap('reference');
	if (!referenceDate) warnings.push('No reference date found: dates relative to the day of writing (“on Thursday”, “last year”) are left unplaced. Set one to place them.');

	// Stage 5: resolve against it.
	const label = referenceDate ? { metadata: 'from the text’s metadata', inferred: 'inferred from the text', user: 'set by the user' }[referenceDate.source] : '';
	const referenceYmd = referenceDate ? parseYmd(referenceDate.value) : null;
	// A history's conventions ("former" and "future" before a noun, as WikiWars tags them) are dropped from a text that does
	// not read as one. (They hold no year nor word of the day of writing: the text reads the same without them.)
	const kind = storyKind(candidates, referenceYmd);
	if (!kind.historical && candidates.some((c) => c.historyOnly)) candidates = candidates.filter((c) => !c.historyOnly);
	if (kind.historical && candidates.some((c) => c.newsOnly)) candidates = candidates.filter((c) => !c.newsOnly);
	const resolved = resolveAll(candidates, referenceYmd, label, referenceDate !== null && referenceDate.source !== 'inferred', kind);
	const expressions: TemporalExpression[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const c = candidates[i];
		const r = resolved[i];
		if (!r && c.placedOnly) continue;
		// A count from a thing with no date to count from is the length of time it counts.
		const counted = !r && c.orDuration ? c.orDuration : null;
		const expression: TemporalExpression = {
			id: `t${expressions.length + 1}`,
			documentId,
			passageId: c.passageId,
			start: c.start,
			end: counted ? counted.end : c.end,
			text: counted ? c.text.slice(0, counted.end - c.start) : c.text,
			type: counted ? 'DURATION' : c.type,
			parser: c.parser,
			time: r?.time ?? null,
			provenance: { stated: r?.stated ?? [], inferred: r?.inferred ?? [] },
			derivation: r?.derivation ?? [],
			confidence: r?.confidence ?? 0
		};
		// (Set in this order, as the fields are written: no object spread, no object made to be spread.)
		if (counted) expression.value = counted.value;
		else if (c.value && !r?.vagueInMonth) expression.value = c.value;
		if (r?.knowledgeId) expression.knowledgeId = r.knowledgeId;
		if (r && c.countOnly && c.orDuration) expression.countOnly = c.orDuration;
		// (Not where another candidate reads the same length of time: "three years" after "He died".)
		if (counted && candidates.some((o) => o !== c && o.start === expression.start && o.end === expression.end)) continue;
		// Nor twice, where two counts from no date come to one length ("twenty years after Hastings", read as an anniversary and
		// as an offset): the one read by a parser of times, not of events, is kept.
		const twin = counted ? expressions.findIndex((e) => e.start === expression.start && e.end === expression.end && e.type === 'DURATION') : -1;
		if (twin >= 0) {
			if (expressions[twin].parser === 'anniversary') expressions[twin] = { ...expression, id: expressions[twin].id };
			continue;
		}
		expressions.push(expression);
	}
	lap('resolve');

	// Stage 6: events.
	// A dateline dates the article, not an event in it.
	const dateline = published?.start !== undefined ? { start: published.start, end: published.end ?? published.start } : yearlessDateline(text);
	const eventExpressions = dateline ? expressions.filter((e) => e.end <= dateline.start || e.start >= dateline.end) : expressions;
	const events = numberEvents(buildEvents(document, eventExpressions));
	lap('events');
	return { referenceDate, documents: [document], events, expressions, warnings };
}
