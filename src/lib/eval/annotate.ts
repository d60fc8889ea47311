/**
 * TIMEX3 tagging of plain text and of TimeML documents, in memory. Pure (no file system), so
 * `timeweave annotate`, `npm run eval` and the app's TimeML export share one implementation.
 */
import { extract, timexesOf } from '../extract/index.ts';
import type { TemporalExpression } from '../extract/index.ts';
import { dctDate, insertTimexReport, parseTimeML, type InsertReport, type TimeMLDocument, type TimexAnnotation } from './timeml.ts';
import { scoringValue } from './score.ts';

/** One annotated document, in memory. */
export interface AnnotatedDocument {
	/** The input, parsed (its `timexes` are the TIMEX3s that were in `<TEXT>`, now replaced). */
	source: TimeMLDocument;
	/** The reference date used (`YYYY-MM-DD`), or null when the DCT gave none. */
	reference: string | null;
	/** The output file's text. */
	document: string;
	/** TIMEX3s written (plain-text offsets into `<TEXT>`) and the expressions they came from. */
	inserted: InsertReport['inserted'];
	skipped: InsertReport['skipped'];
	/** What the extractor found, with offsets into `source.plain`. */
	expressions: TemporalExpression[];
	warnings: string[];
}

/**
 * Temporal expressions of a plain text as TIMEX3 annotations (offsets into `text`): type, and
 * value `time.value ?? value` with a range `A/B` written as `A`. Whitespace is trimmed off
 * the extents. Extraction errors (binary text ...) are thrown; an empty text yields none.
 */
export function timexesFromText(text: string, reference: string | null): { annotations: TimexAnnotation[]; expressions: TemporalExpression[]; warnings: string[] } {
	if (!text.trim()) return { annotations: [], expressions: [], warnings: [] };
	// extract() turns \r\n and \r into \n: map its offsets back to ours.
	let normalized = text;
	let toOriginal: Int32Array | null = null;
	if (text.includes('\r')) {
		toOriginal = new Int32Array(text.length + 1);
		const parts: string[] = [];
		let k = 0;
		for (let i = 0; i < text.length; i++) {
			const c = text[i];
			if (c === '\r' && text[i + 1] === '\n') continue; // the \n that follows stands for both
			toOriginal[k++] = i;
			parts.push(c === '\r' ? '\n' : c);
		}
		toOriginal[k] = text.length;
		normalized = parts.join('');
	}
	const result = extract(normalized, { format: 'text', ...(reference ? { reference } : {}) });
	const warnings = [...result.warnings];
	const documentText = result.documents[0]?.text;
	if (documentText !== normalized) throw new Error('the extractor changed the text, so its offsets cannot be mapped back');
	const map = (offset: number) => (toOriginal ? toOriginal[offset] : offset);
	const annotations: TimexAnnotation[] = [];
	const expressions: TemporalExpression[] = [];
	for (const e of timexesOf(result.expressions)) {
		let start = map(e.start);
		let end = e.end > 0 && toOriginal ? toOriginal[e.end - 1] + 1 : map(e.end);
		while (start < end && /\s/.test(text[start])) start++;
		while (end > start && /\s/.test(text[end - 1])) end--;
		if (start >= end) continue;
		const source = result.expressions.find((x) => x.start <= e.start && x.end >= e.end);
		if (source) expressions.push({ ...source, start, end, text: text.slice(start, end) });
		annotations.push({ start, end, type: e.type, value: scoringValue(e.value) });
	}
	return { annotations, expressions, warnings };
}

/**
 * Annotate one TimeML document in memory: the plain text of `<TEXT>` extracted against the
 * DCT's date, TIMEX3s written in. Throws TimeMLError for a file that is not usable TimeML
 * and ExtractError for text the extractor refuses.
 */
export function annotateTimeML(raw: string): AnnotatedDocument {
	const source = parseTimeML(raw);
	const reference = dctDate(source.dct);
	const warnings: string[] = [];
	if (!reference) warnings.push(source.dct === null ? 'no <DCT> with a TIMEX3: the reference date is inferred from the text' : `the DCT value “${source.dct}” is not a date: the reference date is inferred from the text`);
	const found = timexesFromText(source.plain, reference);
	const report = insertTimexReport(source, found.annotations);
	return { source, reference, document: report.document, inserted: report.inserted, skipped: report.skipped, expressions: found.expressions, warnings: [...warnings, ...found.warnings] };
}
