/**
 * text -> passages (paragraphs) with sentences, all offsets into the original text.
 */
import type { Passage, Span } from '../types.ts';
import { splitSentences } from './splitSentences.ts';
import { collapseSpaces, isWhiteSpace } from '../text/collapseSpaces.ts';

/** Characters that end a sentence or a quotation at the end of a line (`/[.!?:;"”’')\]]$/`). */
const TERMINAL = new Set(['.', '!', '?', ':', ';', '"', '”', '’', "'", ')', ']'].map((c) => c.charCodeAt(0)));

/** Can a line open with this character and still continue the line before it (`/^[a-z0-9(,]/`)? */
function continuesLine(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 40 || c === 44;
}

/**
 * Split text into paragraphs. A blank line always ends a paragraph. A single line break ends
 * one too (articles pasted from the web put one paragraph per line), except inside hard-wrapped
 * prose: when the line does not end a sentence and the next line starts in lower case.
 * (Each line is read in place, its ends found by a walk over its whitespace: no line, trimmed
 * copy or match object is made.)
 */
export function splitParagraphs(text: string): Span[] {
	const spans: Span[] = [];
	let current: Span | null = null;
	/** The last character of the line before, trimmed (when `current` is set, that line was not blank). */
	let previousLast = 0;
	for (let lineStart = 0; lineStart < text.length; ) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd < 0) lineEnd = text.length;
		let start = lineStart;
		while (start < lineEnd && isWhiteSpace(text.charCodeAt(start))) start++;
		if (start === lineEnd) {
			if (current) spans.push(current);
			current = null;
		} else {
			let end = lineEnd;
			while (isWhiteSpace(text.charCodeAt(end - 1))) end--;
			const continues = current && !TERMINAL.has(previousLast) && continuesLine(text.charCodeAt(start));
			if (current && continues) current = { start: current.start, end };
			else {
				if (current) spans.push(current);
				current = { start, end };
			}
			previousLast = text.charCodeAt(end - 1);
		}
		lineStart = lineEnd + 1;
	}
	if (current) spans.push(current);
	return spans;
}

/** Whitespace-insensitive key for recognising paragraphs repeated word for word. */
function repeatKey(text: string): string {
	return collapseSpaces(text).trim().toLowerCase();
}

/** Split a document's text into passages with sentences; mark word-for-word repeats. */
export function splitPassages(text: string): Passage[] {
	const seen = new Map<string, string>();
	return splitParagraphs(text).map((span, i) => {
		const id = `p${i + 1}`;
		const passageText = text.slice(span.start, span.end);
		const key = repeatKey(passageText);
		const repeatOf = key.length >= 20 ? seen.get(key) : undefined;
		if (!repeatOf && key.length >= 20) seen.set(key, id);
		const passage: Passage = {
			id,
			start: span.start,
			end: span.end,
			text: passageText,
			sentences: splitSentences(passageText, span.start)
		};
		if (repeatOf) passage.repeatOf = repeatOf;
		return passage;
	});
}
