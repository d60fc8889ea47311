/**
 * Sentence splitting with Intl.Segmenter, mending the breaks it makes after initials
 * ("Vladimir V. Putin"), titles ("Dr. Smith") and other abbreviations.
 */
import type { Span } from '../types.ts';

const ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
	'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'pres', 'hon', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc',
	'ltd', 'co', 'corp', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
	'nov', 'dec', 'fig', 'vol', 'ed', 'eds', 'cf', 'al', 'ca', 'c', 'e.g', 'i.e', 'a.m', 'p.m'
]);

let segmenter: Intl.Segmenter | null = null;

/** Does a sentence that ends with `text` end on an abbreviation rather than a full stop? */
function endsWithAbbreviation(text: string, next: string): boolean {
	const m = /(?:^|[\s(“"'])([A-Za-z][A-Za-z.]*)\.\s*$/.exec(text);
	if (!m) return false;
	const word = m[1];
	// A single capital letter after a capitalised word is an initial: "Vladimir V. Putin".
	// "I" is left out: "World War I." usually does end a sentence.
	if (/^[A-HJ-Z]$/.test(word)) return /[A-Z][a-z]+\s+[A-Z]\.\s*$/.test(text) && /^[A-Z][a-z]/.test(next);
	if (ABBREVIATIONS.has(word.toLowerCase())) return !/^(a|p)\.m$/i.test(word) || /^[a-z]/.test(next);
	return false;
}

/** Sentences of `text` as spans relative to it, trailing whitespace excluded. */
export function splitSentences(text: string): Span[] {
	segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
	const out: Span[] = [];
	let pending: Span | null = null;
	for (const seg of segmenter.segment(text)) {
		const start = seg.index;
		const end = start + seg.segment.trimEnd().length;
		if (end <= start) continue;
		if (pending) {
			const before = text.slice(pending.start, pending.end);
			if (endsWithAbbreviation(before, seg.segment)) {
				pending = { start: pending.start, end };
				continue;
			}
			out.push(pending);
		}
		pending = { start, end };
	}
	if (pending) out.push(pending);
	return out;
}
