/**
 * Vague references to the present, past and future: "now", "currently", "recently", "the
 * past", "in the future", "soon". TIMEX3 values PRESENT_REF, PAST_REF, FUTURE_REF: they place
 * nothing on a timeline and never become events.
 */
import type { Candidate } from '../candidate.ts';
import { candidateAt, placedNowhere, type Parser } from '../scope.ts';
import { anyOf, matchesIn, type Gate } from '../wordFilter.ts';

/** Each pattern, its value, and a gate: the words one of which is in each of its matches (for {@link matchesIn}). */
const WORDS: Array<[RegExp, string, Gate]> = [
	[/\b(?:right\s+now|currently|at\s+present|presently|these\s+days|nowadays)\b/gi, 'PRESENT_REF', anyOf(['now', 'currently', 'present', 'these'])],
	[/\ba\s+generation\s+ago\b|\b(?:recently|recent|the\s+past|in\s+the\s+past)\b(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|quarter|century|centuries|fortnight)s?\b)/gi, 'PAST_REF', anyOf(['recent', 'past', 'former', 'generation'])],
	[/\b(?:the\s+(?:near\s+|distant\s+)?future|the\s+(?:short|near|long)\s+term)\b/gi, 'FUTURE_REF', anyOf(['future', 'term'])]
];

/** "former" before the noun it qualifies (a word, not a verb or the end of the clause). */
const FORMER = /\bformer\b(?=\s+(?!(?:is|was|were|are|had|has|have|did|does|could|would|will|can|may|might|and|or|but|a|an|the)\b)[\p{L}"“])/giu;

/** "future" before a noun in lower case ("future wars"; not "the future of", "in future,"; "the future" alone is read above). */
const FUTURE_BEFORE_NOUN = /(?<!\bthe\s+(?:near\s+|distant\s+)?)\bfuture(?=\s+(?!(?:of|is|was|were|are|will|would|could|and|or|but)\b)[a-z])/g;

/** After "the future": a name, or what a person becomes. (Case-sensitive: a capital starts the name.) */
const PERSON_AFTER = /^\s+(?:\p{Lu}|(?:king|queen|emperor|empress|pope|president|prime|wife|husband|bride|leader|tsar|czar|saint|prince|princess)\b)/u;

/** "recent years", "recent decades" (see referenceWordParser.find). */
const RECENT_YEARS = /\brecent\s+(?:years|decades)\b/gi;

/** "as" around a word: "as recently as". */
const AS_BEFORE = /\bas\s+$/i, AS_AFTER = /^\s+as\b/i;

export const referenceWordParser: Parser = {
	name: 'referenceWord',
	find(scope) {
		const out: Candidate[] = [];
		for (const [re, value, words] of WORDS)
			for (const m of matchesIn(scope, re, words)) {
				// "the future Genghis Khan", "the future king": a person named by what they became.
				if (value === 'FUTURE_REF' && PERSON_AFTER.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
				// "as recently as last spring": the date after it is the time; "recently" only says how near it is.
				if (value === 'PAST_REF' && AS_AFTER.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 4)) && AS_BEFORE.test(scope.text.slice(Math.max(0, m.index - 4), m.index))) continue;
				const text = m[0].replace(/^in\s+/i, '');
				const start = m.index + (m[0].length - text.length);
				out.push(candidateAt(scope, start, m.index + m[0].length, { parser: 'referenceWord', type: 'DATE', priority: 1, value, resolve: placedNowhere }));
			}
		// "in recent years", "in recent decades": TBAQ-cleaned writes most of these as a time gone by, PAST_REF, not a length of
		// time (its "recent months" and "recent weeks" as lengths: those stay the duration parser's).
		for (const m of matchesIn(scope, RECENT_YEARS, WORDS[1][2])) out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'referenceWord', type: 'DATE', priority: 2, value: 'PAST_REF', resolve: placedNowhere }));
		// "former president Theodore Roosevelt", "the former French Province": WikiWars (TIMEX2's practice) tags the adjective
		// as PAST_REF, TBAQ-cleaned (TimeML's) never; so only where the text reads as history (see Candidate.historyOnly).
		// Not the pronoun: "the former was rejected".
		for (const m of matchesIn(scope, FORMER, WORDS[1][2])) out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'referenceWord', type: 'DATE', priority: 1, value: 'PAST_REF', resolve: placedNowhere, historyOnly: true }));
		// So is "future" before its noun ("any future campaign", "Iraq's future oil revenues") as FUTURE_REF: WikiWars tags all
		// six, TBAQ-cleaned four of some fifteen. (Not a person: "the future Genghis Khan", "the future king".)
		for (const m of matchesIn(scope, FUTURE_BEFORE_NOUN, WORDS[2][2])) {
			if (PERSON_AFTER.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
			out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'referenceWord', type: 'DATE', priority: 1, value: 'FUTURE_REF', resolve: placedNowhere, historyOnly: true }));
		}
		return out;
	}
};
