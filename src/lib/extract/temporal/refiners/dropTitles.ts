/**
 * A deictic time phrase or a length of time written in title case inside a sentence is a name,
 * not a time: a programme ("This Week With David Brinkley", "Next Week Tonight", "60 Minutes"),
 * a film ("High Noon"). "This Week" mid-sentence is
 * a title; "this week" or "This week" at the start of a sentence is a time. Named periods such as
 * "the Hundred Days" or holidays are not touched: TimeML dates them. A text written all in
 * capitals or title case (a headline) says nothing by its capitals and keeps its expressions.
 */
import type { Passage } from '../../types.ts';
import type { Candidate } from '../candidate.ts';

const TITLE = /^(?:This|Next|Last)\s+(?:Week|Weekend|Month|Year|Morning|Evening|Night)$/;
/** A length of time in title case: a programme or a book ("60 Minutes", "Seven Years in Tibet"). */
const TITLE_LENGTH = /^(?:\d+|[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+)*)\s+(?:Seconds|Minutes|Hours|Weeks|Months|Years|Decades|Centuries)$/;

export function isTitle(c: Candidate, passage: Passage): boolean {
	// "High Noon" (a film): "Noon" in capitals, not where a sentence starts.
	const named = TITLE.test(c.text) || TITLE_LENGTH.test(c.text) || (c.text === 'Noon' && c.start > c.sentence.start && !/^[\s"“'‘`(]*$/.test(passage.text.slice(c.sentence.start - passage.start, c.start - passage.start)));
	if (!named) return false;
	const sentence = passage.text.slice(c.sentence.start - passage.start, c.sentence.end - passage.start);
	// A headline in capitals or title case: no lower-case word of four letters or more.
	return /\b[a-z]{4,}\b/.test(sentence);
}

/** The candidates that are not names. */
export function dropTitles(candidates: readonly Candidate[], passage: Passage): Candidate[] {
	return candidates.filter((c) => !isTitle(c, passage));
}
