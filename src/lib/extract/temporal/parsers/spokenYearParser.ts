/**
 * Years written as they are spoken, as broadcast transcripts give them: "nineteen ninety-six",
 * "nineteen eighty", "nineteen oh five", "nineteen hundred", "the year two thousand", "two
 * thousand and one", and a month before one: "January nineteen ninety-seven".
 *
 * "Two thousand" alone is mostly a count ("two thousand people"): it is a year only after a
 * cue ("in", "by", "the year") and never before a noun of quantity.
 */
import { monthNumber, monthValue, SEASON_CODES, seasonValue, yearValue } from '../../timex.ts';
import type { Candidate } from '../candidate.ts';
import { candidateAt, modifierBefore, type Parser } from '../scope.ts';
import { parseCardinal } from '../numbers.ts';
import { anyOf, matchesIn } from '../wordFilter.ts';

const TEENS = 'eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TWO_DIGITS = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:${UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[-\\s](?:${UNITS})`;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** Nouns of quantity after a number: "nineteen ninety dollars" is a price. */
const QUANTITY = String.raw`(?:people|persons|men|women|children|soldiers|troops|dollars|euros|pounds|yen|percent|votes|cases|deaths|miles|kilometers|tons|feet|meters|members|workers|jobs|units|shares|points|times|years|days|hours|minutes)\b`;

/** "nineteen ninety-six", "nineteen hundred", "two thousand (and) one"; an optional month before. */
const SPOKEN_YEAR = new RegExp(
	String.raw`\b(?:(${MONTHS})\s+)?(?:(${TEENS})[-\s](${TWO_DIGITS}|hundred)|((?:the\s+year\s+|(?:in|by|until|since|from|of|before|after)\s+)?)two\s+thousand(?:\s+(?:and\s+)?(${UNITS}|${TWO_DIGITS}))?)\b(?![-\s]+(?:(?:${UNITS}|${TWO_DIGITS}|hundred|thousand)\b|${QUANTITY}))`,
	'gi'
);

/** Gate: every match holds one of these (for {@link matchesIn}): a teen or "twenty" for the century, or "thousand". */
const SPOKEN_YEAR_WORDS = anyOf(['eleven', 'twelve', 'teen', 'twenty', 'thousand']);

function twoDigits(words: string): number | null {
	const w = words.toLowerCase().replace(/^(?:oh|o)[-\s]/, '');
	return parseCardinal(w);
}

export const spokenYearParser: Parser = {
	name: 'spokenYear',
	find(scope) {
		const out: Candidate[] = [];
		for (const m of matchesIn(scope, SPOKEN_YEAR, SPOKEN_YEAR_WORDS)) {
			let year: number | null = null;
			if (m[2]) {
				const century = parseCardinal(m[2]);
				const rest = m[3].toLowerCase() === 'hundred' ? 0 : twoDigits(m[3]);
				if (century === null || rest === null) continue;
				year = century * 100 + rest;
			} else {
				// "two thousand" needs a cue, a month, or a following number ("two thousand one").
				if (!m[4] && !m[1] && !m[5]) continue;
				const rest = m[5] ? twoDigits(m[5]) : 0;
				if (rest === null) continue;
				year = 2000 + rest;
			}
			if (year < 1600 || year > 2099) continue;
			const cue = m[4] ?? '';
			const keepCue = /^the\s+year/i.test(cue);
			let start = m.index + (keepCue || !cue ? 0 : cue.length);
			const modifier = modifierBefore(scope.text, start);
			start -= modifier;
			const end = m.index + m[0].length;
			const text = scope.text.slice(start, end);
			const month = m[1] ? monthNumber(m[1]) : 0;
			// "May nineteen ninety" needs the capital: "may" is mostly the verb.
			if (m[1] && !/^[A-Z]/.test(m[1])) continue;
			// "the winter of nineteen ninety-four": the season of that year.
			const season = /\b(spring|summer|autumn|fall|winter)\s+of\s+$/i.exec(scope.text.slice(start, start + modifier));
			const time = month ? monthValue(year, month) : season ? seasonValue(year, SEASON_CODES[season[1].toLowerCase()]) : yearValue(year);
			const y = year;
			out.push(
				candidateAt(scope, start, end, {
					parser: 'spokenYear',
					type: 'DATE',
					priority: 2,
					resolve: () => ({ time, stated: month || season ? ['year', 'month'] : ['year'], inferred: [], derivation: [`“${text}” says the year ${y} in words → ${time.value}`], confidence: 0.85, referenceFree: true })
				})
			);
		}
		return out;
	}
};
