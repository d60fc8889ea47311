/**
 * Sentence splitting by the Unicode rules (a hand scanner, or Intl.Segmenter for text in other
 * scripts: the same boundaries either way), mending the breaks it makes after initials
 * ("Vladimir V. Putin"), titles ("Dr. Smith") and other abbreviations.
 */
import type { Span } from '../types.ts';
import { ZONE_AFTER } from '../timex.ts';
import { sentenceStarts } from './sentenceBreaks.ts';
import { isWhiteSpace, trimEndOf } from '../text/collapseSpaces.ts';

const ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
	'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'pres', 'hon', 'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'inc',
	'ltd', 'co', 'corp', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
	'nov', 'dec', 'fig', 'vol', 'ed', 'eds', 'cf', 'al', 'ca', 'c', 'e.g', 'i.e', 'a.m', 'p.m'
]);

/** A weekday or a month and day right after a clock time ("3 a.m. Monday,", "5 p.m. Nov. 6"). */
const DAY_AFTER_CLOCK = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d/;

/** A sentence that would be a time phrase alone: "At about 9 p.m.", "From 4 p.m.", "Shortly before 6 a.m.". */
const CLOCK_PHRASE_ALONE = /^\s*(?:(?:at|from|by|until|till|before|after|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:(?:about|around|roughly|nearly)\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.\s*$/i;

/** Names that follow "U.S." and the like inside a sentence ("U.S. Marines", "U.N. Security Council"). */
const INSTITUTION_AFTER = /^(?:Army|Navy|Marines?|Air\s+Force|Coast\s+Guard|Embassy|Embassies|Senate|Congress|House|President|Vice\s+President|Secretary|Ambassador|Forces?|Troops|Department|State\s+Department|Treasury|Supreme\s+Court|District|Attorney|Special|Central|Federal|Defense|Justice|Security\s+Council|General\s+Assembly|Commission|Command|Central\s+Command|Census|Geological|Postal|Open|Olympic|Government|Administration|Ambassadors?|Envoy|Special\s+Forces)\b/;

let segmenter: Intl.Segmenter | null = null;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The word before the final full stop of `text`, as `/(?:^|[\s(“"'])([A-Za-z][A-Za-z.]*)\.\s*$/`
 * captures it ("Dr" in "… Dr.", "U.S" in "the U.S. "), or null: a walk back from the end
 * instead of a regex tried at every position (it runs once per sentence).
 */
export function wordBeforeStop(text: string): string | null {
	const end = trimEndOf(text, /\s/).length;
	if (end < 2 || text.charCodeAt(end - 1) !== 46) return null;
	// The run of letters and stops that ends with it: the word is all of it, and must open with a letter after a space, bracket or quote.
	let start = end - 1;
	while (start > 0) {
		const c = text.charCodeAt(start - 1);
		if (!isAsciiLetter(c) && c !== 46) break;
		start--;
	}
	if (start === end - 1 || !isAsciiLetter(text.charCodeAt(start))) return null;
	if (start > 0 && !/[\s(“"']/.test(text[start - 1])) return null;
	return text.slice(start, end - 1);
}

/**
 * Does a sentence that ends with `text` end on an abbreviation rather than a full stop? The next
 * sentence is `source` from `nextStart` to `nextEnd` (sliced out only when it is read).
 */
function endsWithAbbreviation(text: string, source: string, nextStart: number, nextEnd: number): boolean {
	const word = wordBeforeStop(text);
	if (word === null) return false;
	const next = source.slice(nextStart, nextEnd);
	// A single capital letter after a capitalised word is an initial: "Vladimir V. Putin".
	// "I" is left out: "World War I." usually does end a sentence.
	if (/^[A-HJ-Z]$/.test(word)) return /[A-Z][a-z]+\s+[A-Z]\.\s*$/.test(text) && /^[A-Z][a-z]/.test(next);
	// "the last U.S. Marines", "the U.N. Security Council": a country's initials before a name of its institutions.
	if (/^(?:U\.S|U\.K|U\.N|E\.U)$/.test(word)) return INSTITUTION_AFTER.test(next);
	// "a.m." ends a sentence before a capital, unless a zone follows ("12:01 a.m. Berlin time on 12 May").
	// ("10 p.m. Wednesday", "3 a.m. Monday": its day after it goes on.)
	// ("At about 9 p.m. Napoleon's carriage reaches the palace": a time phrase alone is no sentence; `text` is all of a
	// sentence so short.)
	// ("until 8 p.m. (1700 GMT) on Sunday": a bracket of numbers or words in lower case after it goes on.)
	if (ABBREVIATIONS.has(word.toLowerCase())) return !/^(a|p)\.m$/i.test(word) || /^[a-z]/.test(next) || /^\([\da-z]/.test(next) || ZONE_AFTER.test(next) || DAY_AFTER_CLOCK.test(next) || (text.length < 40 && CLOCK_PHRASE_ALONE.test(text));
	return false;
}


/** Intl.Segmenter slows down quadratically on long strings: it is fed windows of about this size. */
const WINDOW = 2000;

/** Windows of `text`, cut after a full stop where possible; `joined` marks a cut inside a sentence. */
function windows(text: string): Array<{ start: number; end: number; joined: boolean }> {
	const out: Array<{ start: number; end: number; joined: boolean }> = [];
	let start = 0;
	while (start < text.length) {
		let end = start + WINDOW;
		let joined = false;
		if (end >= text.length) end = text.length;
		else {
			// Search only this window (lastIndexOf on the whole text would rescan it from every window).
			const slice = text.slice(start, end);
			const stop = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('? '), slice.lastIndexOf('! '));
			if (stop > WINDOW / 4) end = start + stop + 2;
			else {
				const space = slice.lastIndexOf(' ');
				end = space > WINDOW / 4 ? start + space + 1 : end;
				joined = true;
			}
		}
		out.push({ start, end, joined });
		start = end;
	}
	return out;
}

/**
 * Where the sentence segments of `chunk` start, as Intl.Segmenter gives them (each runs to the next,
 * the last to the end of the chunk): by the scanner where it knows every character.
 */
function segmentStarts(chunk: string): number[] {
	const starts = sentenceStarts(chunk);
	if (starts) return starts;
	segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
	return Array.from(segmenter.segment(chunk), (s) => s.index);
}

/**
 * Sentences of `text` as spans relative to it, trailing whitespace excluded (each shifted by
 * `offset`, for a text that is a part of a longer one). Segments are read as offsets, not as
 * objects holding their text: only the sentences found are made.
 */
export function splitSentences(text: string, offset = 0): Span[] {
	const out: Span[] = [];
	/** The sentence found last, not yet known to be whole (-1 when none). */
	let pendingStart = -1;
	let pendingEnd = -1;
	let forceJoin = false;
	for (const w of windows(text)) {
		const starts = segmentStarts(text.slice(w.start, w.end));
		for (let k = 0; k < starts.length; k++) {
			const start = w.start + starts[k];
			const segmentEnd = k + 1 < starts.length ? w.start + starts[k + 1] : w.end;
			// The segment without its trailing whitespace (as `trimEnd`).
			let end = segmentEnd;
			while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
			if (end <= start) continue;
			if (pendingStart >= 0) {
				const before = text.slice(Math.max(pendingStart, pendingEnd - 80), pendingEnd);
				if (forceJoin || endsWithAbbreviation(before, text, start, segmentEnd)) {
					pendingEnd = end;
					forceJoin = false;
					continue;
				}
				out.push({ start: pendingStart + offset, end: pendingEnd + offset });
			}
			pendingStart = start;
			pendingEnd = end;
			forceJoin = false;
		}
		forceJoin = w.joined;
	}
	if (pendingStart >= 0) out.push({ start: pendingStart + offset, end: pendingEnd + offset });
	return out;
}
