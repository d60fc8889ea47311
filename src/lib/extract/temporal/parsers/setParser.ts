/**
 * Sets (recurring times): "every week", "each Thursday", "each July", "every summer", "daily",
 * "twice a year", "on Sundays", "Tuesday nights", "every second Tuesday", "on weekends".
 * TIMEX3 type SET: P1W, XXXX-WXX-4, XXXX-07, XXXX-SU, P1D, P1Y, XXXX-WXX-7, XXXX-WXX-2TNI.
 */
import type { Candidate } from '../candidate.ts';
import { MONTH_NAMES, monthNumber } from '../../timex.ts';
import { candidateAt, placedNowhere, type Parser } from '../scope.ts';
import { anyOf, matchesIn, type Gate } from '../wordFilter.ts';
import { CARDINAL_SOURCE, parseCardinal } from '../numbers.ts';
import { durationValue, SPEED_BEFORE, FLOW_BEFORE, UNIT_WORDS } from './durationParser.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const UNIT_VALUE: Record<string, string> = { second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', weekend: 'XXXX-WXX-WE', month: 'P1M', quarter: 'P1Q', year: 'P1Y', decade: 'P10Y' };
const ADVERB_VALUE: Record<string, string> = { hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P1Q', annually: 'P1Y', yearly: 'P1Y' };

const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const PART_CODES: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

const EVERY = /\b(?:every|each)\s+(?:(other|second|third|fourth)\s+(?=(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|day|week|weekend|month|year)\b))?(second|minute|hour|day|night|morning|afternoon|evening|week|weekend|month|quarter|year|decade|sunday|monday|tuesday|wednesday|thursday|friday|saturday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b(?:(?<=(?:sun|mon|tues|wednes|thurs|fri|satur)day)\s+(morning|afternoon|evening|night)\b)?/gi;
/** "every three months", "every 10 minutes": a count of units, each time. */
const EVERY_COUNT = new RegExp(String.raw`\b(?:every|each)\s+(${CARDINAL_SOURCE})\s+(second|minute|hour|day|week|month|quarter|year|decade)s\b`, 'gi');
/** "every 2 September", "each July 4": a day of the year, each year. */
const MONTHS = MONTH_NAMES.join('|');
const EVERY_DAY_OF_YEAR = new RegExp(String.raw`\b(?:every|each)\s+(?:(\d{1,2})\s+(${MONTHS})|(${MONTHS})\s+(\d{1,2}))\b(?![\d:])`, 'gi');
/** Weekdays in the plural: "on Sundays", "Tuesday nights" (a weekday in the singular is one day). */
const WEEKDAYS_PLURAL = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:s\b|\s+(morning|afternoon|evening|night)s\b)/gi;
/** "on weekends", "during weekends": every weekend (`XXXX-WXX-WE`), as the weekend of a week is written. */
const WEEKENDS = /(?<=\b(?:on|at|during|over)\s)weekends\b(?!\s+(?:ago|later|earlier|before|after|of)\b)/gi;
/** "twice a week", "three times a year", "a once-a-week pill": TimeML's extent holds the count (its value is the period, P1W). */
const PER = /\b(?:once|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+times)(?:\s+|-)(?:a|an|per|each)(?:\s+|-)(second|minute|hour|day|night|week|month|quarter|year)\b/gi;
const ADVERB = /\b(hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly)\b/gi;
/** A rate: "$11 million a year", "several hundred sheets a day", "one train a day" (not "a year earlier"). */
const RATE = /\b(?:a|an|per)\s+(hour|day|night|week|month|quarter|year)\b(?!\s+(?:earlier|later|ago|before|after|from|since|on|or)\b|['’-])/gi;
/** An amount: a number, or a word that counts ("half a pint of water a day"). */
const AMOUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|several|many|half|few)\b/gi;
/** Words that cannot stand between an amount and its rate: "500,000 barrels per day within a week" holds no rate "a week". */
const NOT_OF_AMOUNT = /[.;:,()]|\b(?:within|for|in|after|before|over|during|by|than|to|from|at|on|per|every|each|until|since|and|or|is|was|were|are|be|been|had|has|have)\b/i;

/** Is there an amount, with at most what it counts after it, right before a rate ("half a million people a year", "$11 million a year")? */
function amountBefore(before: string): boolean {
	let last = -1;
	AMOUNT.lastIndex = 0;
	for (let m = AMOUNT.exec(before); m; m = AMOUNT.exec(before)) last = m.index + m[0].length;
	return last >= 0 && before.length - last <= 28 && !NOT_OF_AMOUNT.test(before.slice(last));
}
/** Before a rate, "times" or "once" is the set parser's own "three times a week". */
const TIMES_BEFORE = /\b(?:times|once|twice|thrice)\s$/i;

/** Each pattern with a gate: the words one of which is in each of its matches (for {@link matchesIn}). (Exported for a test.) */
export const PATTERNS: Array<[RegExp, Gate]> = [
	[EVERY, anyOf(['every', 'each'])],
	[PER, anyOf(['once', 'twice', 'thrice', 'times'])],
	[ADVERB, anyOf(['hourly', 'daily', 'nightly', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly'])],
	// A weekday or a part of the day in the plural: "Sundays", "Tuesday nights".
	[WEEKDAYS_PLURAL, anyOf([...WEEKDAYS.map((d) => `${d}s`), 'mornings', 'afternoons', 'evenings', 'nights'])]
];

/** A determiner or a word of a company's quarters right before "quarterly": "its", "the", "first", "initial", "regular". */
const QUARTERLY_THING_BEFORE = /\b(?:its|the|a|an|their|his|her|our|first|initial|regular|next|latest|own|weakest|strongest|best|worst)\s+$/i;
/** A noun right after "quarterly" (a word of lower case that joins no clause: not "and", "while", "until" …). */
const NOUN_AFTER = /^\s+(?!(?:and|or|but|while|as|to|in|on|at|from|since|until|after|before|by|with|through|instead|rather|than|for|if|when|beginning|starting|thereafter)\b)[a-z]+/;
/** A capitalised word right after (" Mail", " Telegraph"). */
const NAME_AFTER = /^\s[A-Z]/;

/** Every how many: "every other week", "every second month", "every fourth year". */
const NTH: Record<string, number> = { other: 2, second: 2, third: 3, fourth: 4 };

/**
 * The SET value of "every" or "each" and what recurs: a part of the day is that part of every day ("each evening":
 * `XXXX-XX-XXTEV`), and of a weekday that part of it ("every Wednesday afternoon": `XXXX-WXX-3TAF`); every n-th unit recurs at n of it ("every fourth year": P4Y); a weekday keeps its day ("every second
 * Tuesday": `XXXX-WXX-2`, the frequency being no part of the value).
 */
function everyValue(word: string, nth?: string, dayPart?: string): string {
	if (dayPart) return valueOf(word, dayPart);
	const part = PART_CODES[word.toLowerCase()];
	if (part) return `XXXX-XX-XX${part}`;
	const n = nth ? NTH[nth.toLowerCase()] : 1;
	return n > 1 && /^(?:day|week|month|year)$/i.test(word) ? durationValue(n, word.toLowerCase()) : valueOf(word);
}

/** The SET value of a recurring unit, weekday (with the part of its day, if any), month or season. */
function valueOf(word: string, part?: string): string {
	const w = word.toLowerCase();
	const day = WEEKDAYS.indexOf(w);
	if (day >= 0) return `XXXX-WXX-${day === 0 ? 7 : day}${part ? PART_CODES[part.toLowerCase()] : ''}`;
	const month = monthNumber(w);
	if (month) return `XXXX-${String(month).padStart(2, '0')}`;
	if (SEASON_CODES[w]) return `XXXX-${SEASON_CODES[w]}`;
	return UNIT_VALUE[w] ?? ADVERB_VALUE[w] ?? 'P1D';
}

/** A capitalised word, or a name's possessive, right before a word: "People's ", "Sunday ". */
const NAME_BEFORE_ADVERB = /(?:[A-Z][a-z]*['’]s|\b[A-Z][a-z]+)\s$/;

export const setParser: Parser = {
	name: 'set',
	find(scope) {
		const out: Candidate[] = [];
		for (const [re, words] of PATTERNS)
			for (const m of matchesIn(scope, re, words)) {
				// "the Daily Mail", "the Weekly Standard": a capitalised adverb before a capitalised word is a name.
				// (So is one after a possessive name or a capitalised word: "the People's Daily", "the Sunday Daily".)
				if (re === ADVERB && /^[A-Z]/.test(m[0]) && (NAME_AFTER.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || NAME_BEFORE_ADVERB.test(scope.text.slice(Math.max(0, m.index - 12), m.index)))) continue;
				// "its quarterly dividend", "the quarterly results", "declared its initial quarterly of five cents": a company's quarter,
				// not a time that recurs (TBAQ tags none of them); "will be adjusted quarterly and" is.
				if (re === ADVERB && /^quarterly$/i.test(m[0]) && (QUARTERLY_THING_BEFORE.test(scope.text.slice(Math.max(0, m.index - 12), m.index)) || NOUN_AFTER.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 16)))) continue;
				out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'set', type: 'SET', priority: 2, value: re === EVERY ? everyValue(m[2], m[1], m[3]) : valueOf(m[1], m[2]), resolve: placedNowhere }));
			}
		for (const m of matchesIn(scope, WEEKENDS, anyOf(['weekend']))) out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'set', type: 'SET', priority: 2, value: 'XXXX-WXX-WE', resolve: placedNowhere }));
		for (const m of matchesIn(scope, RATE, UNIT_WORDS)) {
			const before = scope.text.slice(Math.max(0, m.index - 40), m.index);
			// ("30 miles an hour" is a speed; "covered no more than 20 kilometres a day" is a rate.)
			// (Nor an output of oil, "1.45 million barrels a day", "250,000 barrels of crude per day": a measure of flow that TimeBank and
			// the annotators leave untagged.)
			if (!amountBefore(before) || TIMES_BEFORE.test(before) || (/^hour$/i.test(m[1]) && SPEED_BEFORE.test(before)) || FLOW_BEFORE.test(before)) continue;
			out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'set', type: 'SET', priority: 2, value: valueOf(m[1]), resolve: placedNowhere }));
		}
		for (const m of matchesIn(scope, EVERY_DAY_OF_YEAR, anyOf(['every', 'each']))) {
			const day = Number(m[1] ?? m[4]);
			const month = monthNumber(m[2] ?? m[3]);
			if (day < 1 || day > 31) continue;
			out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'set', type: 'SET', priority: 2, value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, resolve: placedNowhere }));
		}
		for (const m of matchesIn(scope, EVERY_COUNT, anyOf(['every', 'each']))) {
			const n = parseCardinal(m[1]);
			if (n === null || n < 2) continue;
			out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'set', type: 'SET', priority: 2, value: durationValue(n, m[2]), resolve: placedNowhere }));
		}
		return out;
	}
};
