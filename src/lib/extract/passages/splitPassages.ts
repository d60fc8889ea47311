/**
 * text -> passages (paragraphs) with sentences, all offsets into the original text.
 */
import type { Passage, Span } from '../types.ts';
import { splitSentences } from './splitSentences.ts';
import { collapseSpaces } from '../text/collapseSpaces.ts';

const TERMINAL = /[.!?:;"”’')\]]$/;

/**
 * Split text into paragraphs. A blank line always ends a paragraph. A single line break ends
 * one too (articles pasted from the web put one paragraph per line), except inside hard-wrapped
 * prose: when the line does not end a sentence and the next line starts in lower case.
 */
export function splitParagraphs(text: string): Span[] {
	const spans: Span[] = [];
	const lines: Span[] = [];
	const lineRe = /[^\n]*(\n|$)/g;
	for (let m = lineRe.exec(text); m && m.index < text.length; m = lineRe.exec(text)) {
		lines.push({ start: m.index, end: m.index + m[0].length - (m[1] ? 1 : 0) });
		if (m[0].length === 0) break;
	}
	let current: Span | null = null;
	let previousLine = '';
	for (const line of lines) {
		const raw = text.slice(line.start, line.end);
		const trimmed = raw.trim();
		if (!trimmed) {
			if (current) spans.push(current);
			current = null;
			continue;
		}
		const lead = raw.length - raw.trimStart().length;
		const start = line.start + lead;
		const end = line.start + raw.trimEnd().length;
		const continues = current && !TERMINAL.test(previousLine) && /^[a-z0-9(,]/.test(trimmed);
		if (current && continues) current = { start: current.start, end };
		else {
			if (current) spans.push(current);
			current = { start, end };
		}
		previousLine = trimmed;
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
			sentences: splitSentences(passageText).map((s) => ({ start: s.start + span.start, end: s.end + span.start }))
		};
		if (repeatOf) passage.repeatOf = repeatOf;
		return passage;
	});
}
