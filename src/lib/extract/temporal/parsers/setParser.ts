/**
 * Sets (recurring times): "every week", "each Thursday", "daily", "twice a year".
 * TIMEX3 type SET: P1W, XXXX-WXX-4, P1D, P1Y.
 */
import type { Candidate } from '../candidate.ts';
import { candidateAt, type Parser } from '../scope.ts';
import { anyOf, matchesIn, type Gate } from '../wordFilter.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const UNIT_VALUE: Record<string, string> = { second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', weekend: 'P1W', month: 'P1M', quarter: 'P1Q', year: 'P1Y', decade: 'P10Y' };
const ADVERB_VALUE: Record<string, string> = { hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P1Q', annually: 'P1Y', yearly: 'P1Y' };

const EVERY = /\b(?:every|each)\s+(?:other\s+)?(second|minute|hour|day|night|morning|evening|week|weekend|month|quarter|year|decade|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
const PER = /(?<=\b(?:once|twice|thrice|times)\s)(?:a|an|per|each)\s+(second|minute|hour|day|night|week|month|quarter|year)\b/gi;
const ADVERB = /\b(hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly)\b/gi;

/** Each pattern with a gate: the words one of which is in each of its matches (for {@link matchesIn}). */
const PATTERNS: Array<[RegExp, Gate]> = [
	[EVERY, anyOf(['every', 'each'])],
	[PER, anyOf(['once', 'twice', 'thrice', 'times'])],
	[ADVERB, anyOf(['hourly', 'daily', 'nightly', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly'])]
];

function valueOf(word: string): string {
	const w = word.toLowerCase();
	const day = WEEKDAYS.indexOf(w);
	if (day >= 0) return `XXXX-WXX-${day === 0 ? 7 : day}`;
	return UNIT_VALUE[w] ?? ADVERB_VALUE[w] ?? 'P1D';
}

export const setParser: Parser = {
	name: 'set',
	find(scope) {
		const out: Candidate[] = [];
		for (const [re, words] of PATTERNS)
			for (const m of matchesIn(scope, re, words))
				out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'set', type: 'SET', priority: 2, value: valueOf(m[1]), resolve: () => null }));
		return out;
	}
};
