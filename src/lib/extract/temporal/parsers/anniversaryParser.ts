/**
 * Anniversaries: "the 80th anniversary of X", "the centenary of X", "marking 80 years since X".
 * The date is X's date plus N years, where X is the next dated expression (a known event, a
 * full date or a year) inside the phrase. A day stays a day: the 80th anniversary of
 * 1945-05-09 is 2025-05-09.
 */
import type { TimeValue } from '../../types.ts';
import { dayValue, isoToMillis, millisToYmd, shiftYears } from '../../timex.ts';
import type { Candidate } from '../candidate.ts';
import { candidateAt, NAME_THEN_SUBJECT, type Parser, type PassageScope } from '../scope.ts';
import { CARDINAL_SOURCE, ORDINAL_SOURCE, parseCardinal, parseOrdinal } from '../numbers.ts';
import { anyOf, matchesIn } from '../wordFilter.ts';
import { durationValue } from './durationParser.ts';

const ANNIVERSARY = new RegExp(
	String.raw`\b(?:(${ORDINAL_SOURCE})\s+anniversary|(centenary|centennial|bicentenary|bicentennial|tercentenary|sesquicentennial|(?:silver|golden|diamond|platinum)\s+jubilee))\s+of\s+`,
	'gi'
);
const YEARS_SINCE = new RegExp(String.raw`\b(${CARDINAL_SOURCE})\s+years\s+(?:since|after|from)\s+`, 'gi');

/** Gates: words every match of a pattern holds (for {@link matchesIn}). */
const ANNIVERSARY_WORDS = anyOf(['anniversary', 'centenary', 'centennial', 'tercentenary', 'jubilee']);
const OF = anyOf(['of']);
const YEARS = anyOf(['years']);
const SINCE = anyOf(['since', 'after', 'from']);

/** What opens a clause or a gerund after "years since/after", or "now" ("twenty years from now", "six years after the war began"): no named event to count from. */
const NO_NAMED_ANCHOR = /^(?:[a-z]+ing\b|(?:he|she|they|it|we|i|you)\s|now\b|(?:the|a|an|his|her|its|their)\s+(?:[a-z]+\s+){1,2}?(?:[a-z]{2,}ed|began|broke|fell|came|went|won|lost|rose|began|took|ended)\b)/i;

/** How far after the phrase the anchored expression may start (the object of "of"/"since"). */
const MAX_GAP = 80;

/**
 * The anniversary, `years` on from what follows the phrase `matchText` at `index`. A function of
 * the module, not a closure per scope (under tsx each named closure costs a `__name` call).
 */
function anniversaryAt(scope: PassageScope, index: number, matchText: string, years: number, count?: number): Candidate {
	const localStart = index;
	const phraseEnd = index + matchText.length;
	// The extent runs to the end of the anchor; until it is known, to the end of the clause.
	// ("twenty years after Hastings the Domesday survey of 1086 recorded": a name, then the subject of the main clause; the
	// phrase ends with the name.)
	const name = NAME_THEN_SUBJECT.exec(scope.text.slice(phraseEnd, phraseEnd + 80));
	const clauseEnd = name ? name[1].trimEnd().length : scope.text.slice(phraseEnd).search(/[,;.:!?(]|\s(?:where|which|while|when|as|and the|but)\s/);
	const localEnd = clauseEnd < 0 ? scope.text.length : phraseEnd + clauseEnd;
	const absPhraseEnd = scope.passage.start + phraseEnd;
	const absEnd = scope.passage.start + localEnd;
	const candidate = candidateAt(scope, localStart, localEnd, {
		parser: 'anniversary',
		type: 'DATE',
		priority: 5,
		allowsNested: true,
		resolve: (ctx) => {
			const anchor = ctx.nextInSentence(absPhraseEnd, MAX_GAP);
			// (Inside the phrase: not "Seventeen years after Challenger, on 1 February 2003", a date set beside it.)
			if (!anchor || !anchor.resolved.referenceFree || anchor.candidate.start >= absEnd) return null;
			const base = anchor.resolved.time;
			// A range anchor (a war) has its anniversaries counted from its end ("the 80th anniversary of World War II").
			const fromValue = base.value.includes('/') ? anchorEnd(base) : base;
			const time = shiftYears(fromValue, years);
			return {
				time,
				stated: [],
				inferred: ['year', 'month', 'day'],
				derivation: [
					...anchor.resolved.derivation,
					`“${matchText.trim()} ${anchor.candidate.text}” is ${years} years after ${fromValue.value} → ${time.value}`
				],
				confidence: Math.min(0.85, anchor.resolved.confidence),
				referenceFree: true
			};
		}
	});
	// "Seventeen years after Challenger": with no date to count from, the length of time ("Seventeen years", P17Y).
	if (count !== undefined) candidate.orDuration = { end: scope.passage.start + index + count, value: durationValue(years, 'year') };
	return candidate;
}

export const anniversaryParser: Parser = {
	name: 'anniversary',
	find(scope) {
		const out: Candidate[] = [];
		for (const m of matchesIn(scope, ANNIVERSARY, ANNIVERSARY_WORDS, OF)) {
			const years = parseOrdinal(m[1] ?? m[2] ?? '');
			if (years && years > 0 && years <= 1000) out.push(anniversaryAt(scope, m.index, m[0], years));
		}
		for (const m of matchesIn(scope, YEARS_SINCE, YEARS, SINCE)) {
			const years = parseCardinal(m[1]);
			// "two years after crossing the Niemen", "two years after he was elected": counted from a thing done, not from a
			// dated event named after it; the count is a length of time.
			if (NO_NAMED_ANCHOR.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 32))) continue;
			if (years && years > 0 && years <= 1000) out.push(anniversaryAt(scope, m.index, m[0], years, m[0].search(/\s+(?:since|after|from)\s+$/i)));
		}
		return out;
	}
};

/** The last day of a range value (its exclusive end minus a day). */
function anchorEnd(range: TimeValue): TimeValue {
	return dayValue(millisToYmd(isoToMillis(range.end) - 86_400_000));
}
