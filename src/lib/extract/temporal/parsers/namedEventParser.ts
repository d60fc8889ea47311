/**
 * Named historical events from the knowledge base ("World War II", "the fall of the Berlin
 * Wall"): their dates come from the knowledge base, with the article it cites.
 */
import type { TimeValue } from '../../types.ts';
import { dayValue, monthValue, rangeValue, yearValue } from '../../timex.ts';
import { findKnownEvents, knownDateParts, type KnownEvent } from '../../knowledge/knowledgeBase.ts';
import type { Candidate } from '../candidate.ts';
import { candidateAt, type Parser } from '../scope.ts';
import { allMatches } from '../wordFilter.ts';

function valueOf(date: string): TimeValue {
	const { year, month, day } = knownDateParts(date);
	if (month && day) return dayValue({ year, month, day });
	if (month) return monthValue(year, month);
	return yearValue(year);
}

/** The time a known event covers: one day, month or year, or a range from its start to its (inclusive) end. */
export function knownEventTime(entry: KnownEvent): TimeValue {
	const start = valueOf(entry.start);
	return entry.end ? rangeValue(start, valueOf(entry.end)) : start;
}

/** Counts of days, weeks, months or years, each also capitalised (a sentence may open with one). */
const COUNTS = ['an?', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'a\\s+few', 'several', 'the'];
/**
 * "eight days after Fort Sumter", "three months after Pearl Harbor": a place counted from stands
 * for the battle fought there. Only right after a count and "after" or "before", and only where
 * the name (in capitals) ends the clause, so that "after Britain declared war" is never the
 * Battle of Britain.
 */
const COUNTED_FROM_PLACE = new RegExp(
	String.raw`\b(?:\d+|${COUNTS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\s+(?:day|week|month|year)s?\s+(?:after|before)\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2})(?=\s*(?:[,.;:)]|$))`,
	'g'
);
const BATTLE_NAMES = ['Battle of ', 'Siege of ', 'attack on '];

const AFTER_OR_BEFORE = / (?:after|before) /;

/**
 * `text.includes(' after ') || text.includes(' before ')`, which every match of COUNTED_FROM_PLACE
 * needs before it is looked for: one regex scan, several times faster here than the two searches.
 * (Exported for a test.)
 */
export function holdsAfterOrBefore(text: string): boolean {
	return AFTER_OR_BEFORE.test(text);
}

/** The known battle a place counted from stands for, placed on the place's name (see COUNTED_FROM_PLACE). */
function placesCountedFrom(text: string): Array<{ start: number; end: number; text: string; entry: KnownEvent }> {
	const out: Array<{ start: number; end: number; text: string; entry: KnownEvent }> = [];
	if (!holdsAfterOrBefore(text)) return out;
	for (const m of allMatches(text, COUNTED_FROM_PLACE)) {
		const place = m[1];
		for (const prefix of BATTLE_NAMES) {
			const [hit] = findKnownEvents(prefix + place);
			if (!hit || hit.start !== 0 || hit.end !== prefix.length + place.length) continue;
			const start = m.index + m[0].length - place.length;
			out.push({ start, end: start + place.length, text: place, entry: hit.entry });
			break;
		}
	}
	return out;
}

/**
 * The `resolve` of a known event named: made here and returned, not written in the candidate's object
 * literal, where under tsx the closure (named by its property) costs a `__name` call per candidate.
 */
function knownEventResolve(time: TimeValue, text: string, entry: KnownEvent): Candidate['resolve'] {
	return () => ({
		time,
		stated: [],
		inferred: ['year', 'month', 'day'],
		derivation: [`“${text}” is ${entry.name} (knowledge base, source: Wikipedia “${entry.source}”) → ${time.value}`],
		confidence: 0.85,
		referenceFree: true,
		knowledgeId: entry.id
	});
}

/** A year in brackets ending a name: " (410)", " (1781)". */
const BRACKET_YEAR_END = /\s*\(\d{3,4}\)$/;

/** A year told right after a name: "march on Rome in 211 BC", "the invasion of Kuwait in 1990". */
const YEAR_AFTER = /^\s+(?:in|of|during)\s+(\d{1,4})(\s*(?:BCE?|B\.C\.))?(?![\d/:.-]\d)/;

/**
 * Is the year told right after the name outside the known event's years? Then the text names
 * another event of the same words: "Hannibal's sudden march on Rome in 211 BC" is not the March on
 * Rome of 1922.
 */
function otherYearAfter(text: string, start: number, end: number, entry: KnownEvent): boolean {
	const m = YEAR_AFTER.exec(text.slice(end, end + 24));
	// ("the anniversary of the fall of the Bastille in 1790": the year is the anniversary's.)
	if (!m || /\b(?:anniversary|commemorat\w*|memory|memorial)\s+(?:of\s+)?(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 40), start))) return false;
	const year = m[2] ? 1 - Number(m[1]) : Number(m[1]);
	if (!m[2] && m[1].length < 3) return false;
	const first = knownDateParts(entry.start).year;
	const last = entry.end ? knownDateParts(entry.end).year : first;
	return year < first || year > last;
}

export const namedEventParser: Parser = {
	name: 'namedEvent',
	find(scope) {
		const out: Candidate[] = [];
		for (const match of [...findKnownEvents(scope.text), ...placesCountedFrom(scope.text)]) {
			const entry = match.entry;
			if (otherYearAfter(scope.text, match.start, match.end, entry)) continue;
			const time = knownEventTime(entry);
			// "The Sack of Rome (410)": the year in brackets that tells one event of the name from another (as Wikipedia writes
			// it) is a year the text states; the name is the words before it.
			const bracket = BRACKET_YEAR_END.exec(match.text);
			const end = bracket ? match.end - bracket[0].length : match.end;
			out.push(
				candidateAt(scope, match.start, end, {
					parser: 'namedEvent',
					type: 'DATE',
					priority: 3,
					resolve: knownEventResolve(time, match.text, entry)
				})
			);
		}
		return out;
	}
};
