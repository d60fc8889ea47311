/**
 * What a parser sees: one passage, with helpers to build candidates at absolute offsets.
 */
import type { Passage } from '../types.ts';
import type { Candidate, Tense } from './candidate.ts';
import { firstAtOrAfter } from '../firstAtOrAfter.ts';

export interface PassageScope {
	passage: Passage;
	/** The passage text (offsets in parsers are relative to it). */
	text: string;
}

/** A parser finds candidates in one passage. Returning [] means nothing found, never an exception. */
export interface Parser {
	name: string;
	find(scope: PassageScope): Candidate[];
}

/** The absolute sentence span holding absolute offset `at`. */
export function sentenceAt(passage: Passage, at: number): { start: number; end: number } {
	// Sentences are sorted: a binary search, since this runs for every candidate.
	const s = passage.sentences[firstAtOrAfter(passage.sentences, at + 1) - 1];
	return s && at < s.end ? s : { start: passage.start, end: passage.end };
}

type CandidateFields = Omit<Candidate, 'start' | 'end' | 'text' | 'passageId' | 'sentence'>;

/** Build a candidate from offsets relative to the passage. */
export function candidateAt(scope: PassageScope, localStart: number, localEnd: number, fields: CandidateFields): Candidate {
	const start = scope.passage.start + localStart;
	const candidate: Candidate = {
		start,
		end: scope.passage.start + localEnd,
		text: scope.text.slice(localStart, localEnd),
		passageId: scope.passage.id,
		sentence: sentenceAt(scope.passage, start),
		...fields
	};
	// "(part of the empire) since 513 BC": where a state began, not where the story is.
	if (/\bsince\s+$/i.test(scope.text.slice(Math.max(0, localStart - 8), localStart))) candidate.background = true;
	return candidate;
}

const FUTURE_CUES = /^(will|shall|expects?|record|\w+'ll|scheduled|slated|set|due|planned|planning|plans?|expected|upcoming|next|tomorrow|payable|effective|expires?|until|could|might|soon|postponed|ready)$/i;
const PAST_CUES = /^(\w{3,}ed|was|were|had|did|said|says|met|took|held|made|came|went|saw|told|gave|began|spoke|won|lost|fell|left|sent|ran|got|brought|bought|fought|thought|caught|taught|sold|paid|found|rose|grew|knew|led|struck|became|built|broke|chose|drew|drove|fled|flew|kept|laid|meant|sank|sought|spent|stood|shot|threw|wrote|wore|last|ago|yesterday)$/i;

/** Words that end in -ed but are not verbs in the past. */
const NOT_PAST = /^(need|speed|feed|seed|bed|red|shed|hundred|united|based|related|limited|advanced)$/i;
const NOT_PAST_AFTER = /^(need|speed|feed|seed|bed|red|shed|hundred|united|based|related|limited|advanced|last|ago|yesterday)$/i;

/** The first tense cue among `words`, in the order given: a future marker or a past verb. */
function tenseOfWords(words: readonly string[], notPast: RegExp): Tense {
	for (const w of words) {
		const word = w.replace(/^[^\w']+|[^\w']+$/g, '');
		if (FUTURE_CUES.test(word)) return 'future';
		if (PAST_CUES.test(word) && !notPast.test(word)) return 'past';
	}
	return 'none';
}

/**
 * Tense of the clause before a position: the nearest cue word before it within the clause
 * decides ("convened in Moscow on Thursday" is past; "the parade scheduled for Friday" is future).
 */
/** A full stop that ends an abbreviation ("Jan.", "Mr.", "U.S.", "Corp."), not a sentence. */
const ABBREVIATION_BEFORE = /(?:\b[A-Z][A-Za-z]{0,3}|\b[a-z]|\.[A-Za-z]|\bCorp|\bSept)$/;

/** Where the clause holding `localPos` starts: after the last ";" or sentence-ending "." before it. */
function clauseStartBefore(text: string, localPos: number): number {
	const floor = Math.max(0, localPos - 300);
	let dot = text.lastIndexOf('.', localPos - 1);
	while (dot > floor && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, dot - 6), dot))) dot = text.lastIndexOf('.', dot - 1);
	// A quotation is a clause of its own: '"… will concentrate on our brands," Mr. Gerstner said Friday'.
	const quote = Math.max(text.lastIndexOf('"', localPos - 1), text.lastIndexOf('”', localPos - 1), text.lastIndexOf("''", localPos - 1), text.lastIndexOf('“', localPos - 1));
	return Math.max(dot, quote, text.lastIndexOf(';', localPos - 1), 0);
}

export function tenseBefore(text: string, localPos: number): Tense {
	const clauseStart = clauseStartBefore(text, localPos);
	// "next to the embassy" is a place, not a time to come.
	const words = text.slice(clauseStart, localPos).replace(/\bnext\s+to\b/gi, ' ').split(/\s+/).filter(Boolean).reverse().slice(0, 12);
	// A future marker anywhere in the verb group wins: "will be paid Dec. 7" is future though "paid" ends in -ed.
	if (words.some((w) => FUTURE_CUES.test(w.replace(/^[^\w']+|[^\w']+$/g, '')))) return 'future';
	const cue = tenseOfWords(words, NOT_PAST);
	if (cue !== 'none') return cue;
	const after = text.slice(localPos, localPos + 60);
	if (/^\S*\s*,?\s*(will|is scheduled|are scheduled|is expected)/i.test(after)) return 'future';
	return 'none';
}

const REPORTING_AFTER = /^\s*,\s*(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|reported|announced|added|stated)\b/i;

/**
 * The tense of the clause around a date: the words before it, and when they say nothing, the
 * verb group that follows it in the same clause ("In January, the company brought suit").
 * `localEnd` is where the date ends.
 */
export function tenseAround(text: string, localStart: number, localEnd: number): Tense {
	const before = tenseBefore(text, localStart);
	if (before !== 'none') return before;
	const rest = text.slice(localEnd, localEnd + 80);
	// ", the company said": the report's tense, not the date's.
	if (REPORTING_AFTER.test(rest)) return 'none';
	const stop = rest.search(/[.;:!?]/);
	const words = (stop < 0 ? rest : rest.slice(0, stop)).split(/\s+/).filter(Boolean).slice(0, 6);
	// After the date, "last" and "ago" belong to other phrases ("in January, last year's ...").
	return tenseOfWords(words, NOT_PAST_AFTER);
}

/** Modifiers that TimeML keeps inside a date's extent: "early", "mid-", "late", "the end of", "early in". */
const MODIFIER_BEFORE = /\b(?:(?:the\s+)?(?:early|mid|late)(?:\s+in)?\s*-?\s*|mid-|earlier\s+|later\s+|fiscal\s+|the\s+(?:very\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|close|turn|spring|summer|autumn|fall|winter)\s+of\s+)$/i;

/** How many characters before `localStart` belong to the expression as a modifier (0 if none). */
export function modifierBefore(text: string, localStart: number): number {
	const m = MODIFIER_BEFORE.exec(text.slice(Math.max(0, localStart - 40), localStart));
	return m ? m[0].length : 0;
}

/** What follows "after"/"before" when it is a clause (a subject and its verb, or a verb in -ing), not a named time. */
const CLAUSE_AFTER = /^\s+(?:(?:he|she|they|it|we|I|you|his|her|their|its|our|my|this|these|those)\b|[a-z]+ing\b|(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w.'’-]*\s+){0,3}?(?:was|were|is|are|had|has|have|did|[a-z]{3,}ed)\b)/;
/** A date or a time a clause could still be counted from. */
const DATE_WORD = /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b/i;

/**
 * True when `rest`, the text right after "… after" / "… before", is a clause with no date in it
 * ("a month after Qantas suspended its flights", "30 days before closing the purchase"): there
 * is nothing to count from, and what the text gives is a length of time ("a month").
 */
export function clauseWithoutDate(rest: string): boolean {
	if (!CLAUSE_AFTER.test(rest)) return false;
	const stop = rest.search(/[.;!?]/);
	return !DATE_WORD.test(rest.slice(0, stop < 0 ? 100 : Math.min(stop, 100)));
}
