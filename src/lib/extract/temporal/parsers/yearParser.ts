/**
 * Bare years chrono does not read: "in 1945", "since 2014", "by 1999", ranges "from 1939 to
 * 1945", "1939–1945", "1939-45", and BCE/CE years "44 BC", "500 BCE", "AD 79".
 * A bare number is a year only with a cue (a preposition, an era, a range partner), and never
 * when a unit follows ("1945 troops"): most four-digit numbers in news are not years.
 */
import { DAY_PARTS, dayPartValue, daysInMonth, dayValue, monthValue, rangeValue, yearValue } from '../../timex.ts';
import type { TimeValue } from '../../types.ts';
import type { Candidate } from '../candidate.ts';
import { candidateAt, modifierBefore, sentenceAt, tenseBefore, THREE_DIGITS, type Parser, type PassageScope } from '../scope.ts';
import { allMatches, hasDigit } from '../wordFilter.ts';

const CUE = String.raw`(?:in|since|by|until|till|from|during|of|after|before|around|circa|c\.|early|late|mid-?|between|through|throughout|year|the year|summer|winter|spring|autumn|fall|fiscal|as of)`;
const UNIT_AFTER = /^\s*(%|percent|per\b|GMT\b|UTC\b|hours?\b|hrs\b|people|persons|men|women|soldiers|troops|km|kilomet|miles?\b|meters|metres|feet|tons|tonnes|dollars|euros|pounds|yen|\$|members|votes|cases|deaths|units|pages|words|hours|minutes|seconds|points|times)/i;
const ERA = String.raw`(?:BCE|BC|B\.C\.?(?:E\.?)?|CE|AD|A\.D\.?)`;

/** "149 B.C. - 146 B.C.": an era written after both years of a range (the second one's counts). */
const FIRST_ERA = String.raw`(?:\s*(?:BCE|BC|B\.C\.?(?:E\.?)?)(?=\s*(?:–|—|-|to\b|and\b|until\b|through\b)\s*\d+\s*(?:BCE?|B\.C)))?`;
/** "from about 3100 to about 2890 BC": a hedge before the second year (TimeML leaves it out of the timex, as before the first). */
const SECOND_HEDGE = String.raw`(?:(?:about|around|c\.|ca\.|circa)\s*)?`;
export const RANGE = new RegExp(String.raw`\b(?:([Ff]rom|[Bb]etween)\s+)?(\d{3,4})${FIRST_ERA}\s*(?:(–|—|-|\/|to|and|until|through)\s*)${SECOND_HEDGE}(\d{2,4})\b(\s*${ERA})?`, 'g');
const ERA_YEAR = new RegExp(String.raw`\b(?:(AD|A\.D\.)\s+(\d{1,4})\b|(\d{1,4})\s*(${ERA})(?![A-Za-z]))`, 'g');
const BARE_YEAR = /(?<![\d,.$£€#/:-])\b(1[0-9]{3}|20[0-9]{2})\b(?![\d,]\d|%|\.\d|:\d|\/)/g;
/** Words before a number that make it a name or a quantity: "Flight 1549", "Room 1812", "House Bill 1182", "Union Local 1290", "call 1999", "about 1945 people" (not "in about 1438"). */
const NOT_YEAR_BEFORE = /(?:\b(?:flight|room|route|suite|local|precinct|gate|pier|platform|apartment|apt\.?|highway|interstate|model|no\.?|number|page|pp?\.|call|dial|code|article|section|chapter|rule|resolution|bill|amendment|proposition|prop\.?|measure|ordinance|docket|case|file|form|item|exhibit|(?<!\b(?:in|by|until|till|since|from|after|before|around)\s+)(?:some|nearly|almost|over|only)|score\s+was|at)\s+|[$£€#]|\d\s*(?:to|and|-|–)\s*)$/i;
/** A bill's or an order's code before its number, in capitals: "the wartime order PC 1003", "HR 3590", "SB 1047", "EO 9066". */
const LAW_CODE_BEFORE = /\b(?:PC|P\.C\.|HR|H\.R\.|SB|AB|HB|LB|SF|HF|EO|E\.O\.)\s+$/;
/** What follows a number that is not a year: a street, a plural noun ("2014 workers"), "to 1500", a unit, the rest of a telephone number ("1800 666 111"). */
const NOT_YEAR_AFTER = /^(?:\s+(?:[A-Z][a-z]+\s+){0,2}(?:street|avenue|road|ave|st|blvd|boulevard|lane|drive|place|square)\b|\s+(?:to|and|-|–)\s+\d{3,4}\b|\s*(?:[-–]\s*)?(?:year|month|day|week|hour|minute)s?[- ]old|[ -]\d{3}[ -]\d{3,4}\b)/i;
/**
 * A plural noun after a number counts it ("2014 workers"); a capitalised one names an event of that year ("the 2000 Olympics").
 * (Not a verb in -s: "A pledge for 2030 means little".)
 */
/** A plural subject and a verb in the past right after a year: " members began", " voters rejected", " troops were". */
const SUBJECT_VERB_AFTER = /^\s+[a-z]+s\s+(?:began|had|were|won|lost|got|gave|took|came|went|made|held|rose|fell|voted|[a-z]{3,}ed)\b/;
const PLURAL_AFTER = /^\s+(?!(?:was|has|is|as|this|its|us|his|gas|news|ss|means|seems|brings|begins|promises|matters|comes|goes|sees|takes|makes|gives|follows|becomes)\b)[a-z]+s\b/;
/** A capitalised word after a year, which with a determiner before it names a thing of that year ("the 1839 Treaty of London"). */
const NAMED_AFTER = /^\s+[A-Z][a-z]/;
/** A determiner right before a number: "the 1777 campaigns". */
const DETERMINER_BEFORE = /(?:\b(?:the|its|their|his|her|our|this|that|these|those)|\w['’]s)\s+$/i;
/** A range's lead word and a hedge before its first year ("from about 1870 to 1914"); the hedge stays outside the range, as the lead does. */
const HEDGED_LEAD = /\b(from|between|in)\s+(?:about|around|circa|c\.|roughly|approximately|some)\s+$/i;
/** Years listed after a cue: "in both 1990 and 1991", "in 1994, 1995 and 1997", "the 2020 and 2021 finals". Each is a year of its own. */
export const YEAR_LIST = /\b(?:in|of|during|for|by|the|after|before|since)\s+(?:both\s+)?((?:1\d{3}|20\d{2})(?:\s*,\s*(?:1\d{3}|20\d{2}))*\s*,?\s+(?:and|or)\s+(?:1\d{3}|20\d{2}))\b/gi;
const CUED_YEAR = new RegExp(String.raw`(?:\bmid-|\b${CUE}\s+)(?:the\s+year\s+)?(\d{4})\b`, 'gi');

// Gates: what every match of a pattern holds (the patterns scan only text that passes). RANGE and YEAR_LIST, and their gates, are exported for a test.
/** In every RANGE: the first number's last three digits, an era perhaps, the connector, the second's first two ("1939–45", "1939 to 1945", "149 B.C. - 146"). */
export const RANGE_GATE = /\d{3}\s*(?:(?:BCE|BC|B\.C\.?(?:E\.?)?)\s*)?(?:–|—|-|\/|to|and|until|through)\s*(?:(?:about|around|c\.|ca\.|circa)\s*)?\d{2}/;
/** In every YEAR_LIST: its last two years and the "and"/"or" between them ("1990 and 1991", "1995, and 1997"). */
export const YEAR_LIST_GATE = /\d{4}\s*,?\s+(?:and|or)\s+\d{4}/i;
const FOUR_DIGITS = /\d\d\d\d/;
const YEAR_DIGITS = /1\d\d\d|20\d\d/;
/** ERA_YEAR is case-sensitive: "AD", "A.D.", "BC", "B.C.", "BCE", "CE". */
const ERA_LETTERS = /AD|A\.D|BC|B\.C|CE/;

function isBce(era: string | undefined): boolean {
	return !!era && /^B/i.test(era.trim());
}

/** Astronomical year of a year written with an era: 44 BC -> -43. */
function astronomical(year: number, era: string | undefined): number {
	return isBce(era) ? 1 - year : year;
}

/** A year written with four digits, or with three where the text dates such years (see PassageScope.earlyYears). */
function plausible(year: number, early = false): boolean {
	return year >= (early ? 100 : 1000) && year <= 2100;
}

/** Month names in full (English). */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month (with its day perhaps) and a year of three digits: "March 235", "1 May 305", "May 1, 305" (chrono reads none of them). */
const MONTH_EARLY_YEAR = new RegExp(String.raw`\b(?:(\d{1,2})\s+)?(${MONTHS.join('|')})\s+(?:(\d{1,2}),\s+)?(\d{3})\b(?![\d,.]\d|\s*%)`, 'gi');
/** A financial year written short: "FY24", "FY 2024", "FY'24" (case-sensitive). */
const FINANCIAL_YEAR = /\bFY\s?['’]?(\d{2}|\d{4})\b(?![-–/]\d)/g;
/** After a span of two years, the period it names: " season", " school year", " fiscal year". */
const PERIOD_AFTER = /^\s+(?:(?:school|academic|fiscal|financial|tax|budget|football|hockey|basketball|baseball|soccer|cricket|rugby|regular|sporting|racing)\s+)?(?:season|year|term|session|campaign)\b/i;
/** Before it: "the financial year ", "fiscal ", "FY". */
const FISCAL_BEFORE = /\b(?:(?:the\s+)?(?:fiscal|financial|tax|budget)\s+(?:year\s+)?|FY\s?)$/i;
/** Words of a sentence that counts in financial years: "the financial year", "fiscal", "budget". */
const FISCAL_WORDS = /\b(?:financial\s+year|fiscal|budget)\b/i;
/** Is the sentence at `at` (an offset into the scope's text) one that counts in financial years? */
function inFiscalSentence(scope: PassageScope, at: number): boolean {
	const s = sentenceAt(scope.passage, scope.passage.start + at);
	return FISCAL_WORDS.test(scope.passage.text.slice(s.start - scope.passage.start, s.end - scope.passage.start));
}
/** The era before a range's first year: "AD 250 to 900". */
const ERA_BEFORE = /\b(?:AD|A\.D\.)\s?$/;
/** Before a range of years of three digits with no "from" or "between": a bracket, "in", a reign ("r. 649–683"), an event's "of" ("the Diaspora revolt of 115-117"). */
const EARLY_RANGE_LEAD = /(?:\(|\b(?:in|r\.|reigned|ruled|c\.)\s+|\b(?:war|revolt|rebellion|uprising|siege|campaigns?|reign|crisis|schism|plague|famine|persecution)\s+of\s+)$/i;
/** A year of three digits after a cue: "in 260", "around 249", "the events of 410", "Sack of Rome (410)"; "c. 1258" has four. (Not after "of" or "by" alone: "a force of 300", "by 150".) */
const CUED_EARLY_YEAR = /(?:\bmid-|(?<=[A-Za-z]\s)\((?=\d{3}\))|\b(?:(?:end|beginning|start|middle|close|turn|events|crisis|sack|council|edict|plague|famine|revolt|rebellion|uprising|synod)\s+of|in|into|by|since|until|till|from|during|after|before|around|circa|c\.|early|late|between|through|the\s+year|summer|winter|spring|autumn|about|dated\s+(?:to|from))\s+)(?:(?:about|around|circa|c\.)\s*)?(\d{3})\b(?![\d,.]\d|\s*%|-|\s+(?:of|more|fewer|others?|in\s+all)\b)/gi;

/**
 * The `resolve` of a stated year or range: made here and returned, not written in the candidate's
 * object literal, where under tsx the closure (named by its property) costs a `__name` call per candidate.
 */
function statedYears(time: TimeValue, text: string, range: boolean): Candidate['resolve'] {
	return () => ({ time, stated: ['year'], inferred: [], derivation: [`“${text}” states the year${range ? 's' : ''} → ${time.value}`], confidence: 0.9, referenceFree: true });
}

function fixed(scope: PassageScope, rawStart: number, rawEnd: number, years: [number, number?], rawText: string): Candidate {
	// "the 2017 season", "The 2021 season": a season of play named by its year is one phrase, as the annotators draw it.
	const season = years[1] === undefined ? SEASON_AROUND.exec(scope.text.slice(Math.max(0, rawStart - 4), rawEnd + 8)) : null;
	// ("the net collections of the year 1771": "the year" and its year are one phrase.)
	const theYear = season || years[1] !== undefined ? null : /\bthe\s+year\s+$/i.exec(scope.text.slice(Math.max(0, rawStart - 10), rawStart));
	const modifier = season ? 4 : theYear ? theYear[0].length : modifierBefore(scope.text, rawStart);
	const start = rawStart - modifier;
	const end = season ? rawEnd + season[1].length : rawEnd;
	const text = scope.text.slice(start, rawStart) + rawText + (season ? season[1] : '');
	const from = yearValue(years[0]);
	const time = years[1] !== undefined ? rangeValue(from, yearValue(years[1])) : from;
	const candidate = candidateAt(scope, start, end, {
		parser: 'year',
		type: 'DATE',
		priority: 1,
		resolve: statedYears(time, text, years[1] !== undefined)
	});
	// "the road would be exposed for a planned campaign in 1976": a year looked ahead to is a plan, not the story's time;
	// "the 1839 Treaty of London", "the 1921 Nobel Prize": a year in a name is the named thing's.
	if (tenseBefore(scope.text, start) === 'future' || (years[1] === undefined && NAMED_AFTER.test(scope.text.slice(end, end + 30)) && DETERMINER_BEFORE.test(scope.text.slice(Math.max(0, start - 8), start)))) candidate.background = true;
	return candidate;
}

/** "the " before a year and " season" after it (in the text from four characters before the year to eight after it). */
const SEASON_AROUND = /^[Tt]he \d{4}(\s+season)\b/;

/** Does [s, e) overlap none of the spans taken? (Not a closure per scope: under tsx each named closure costs a `__name` call.) */
function isFree(taken: ReadonlyArray<[number, number]>, s: number, e: number): boolean {
	return taken.every(([a, b]) => e <= a || s >= b);
}

/**
 * Years of three digits, in a text that dates them (see PassageScope.earlyYears): "March 235", "1 May 305", "in 260",
 * "around 249". A number a unit or a plural noun follows is a count ("in 300 ships").
 */
function earlyYears(scope: PassageScope, taken: Array<[number, number]>, out: Candidate[]): void {
	const text = scope.text;
	monthYears(scope, MONTH_EARLY_YEAR, taken, out);
	for (const m of allMatches(text, CUED_EARLY_YEAR)) {
		const year = Number(m[1]);
		const end = m.index + m[0].length;
		const start = end - 3;
		const after = text.slice(end, end + 30);
		if (!plausible(year, true) || !isFree(taken, start, end) || UNIT_AFTER.test(after) || PLURAL_AFTER.test(after) || /^\s*(BC|BCE|B\.C|AD|CE)\b/.test(after)) continue;
		// "By 871 only Wessex remained", "by 900, the Danes": after "by", only where a clause goes on (not "cut by 300 men").
		if (/^by\b/i.test(m[0]) && !BY_YEAR_AFTER.test(after)) continue;
		out.push(fixed(scope, start, end, [year], m[1]));
		taken.push([start, end]);
		// "in 795 and again in 802 and 806": the years listed after one read.
		for (let next = EARLY_YEAR_AFTER.exec(text.slice(end)), at = end; next; next = EARLY_YEAR_AFTER.exec(text.slice(at))) {
			const s0 = at + next[0].length - next[1].length;
			const e0 = at + next[0].length;
			const after2 = text.slice(e0, e0 + 30);
			if (!plausible(Number(next[1]), true) || Number(next[1]) <= year || !isFree(taken, s0, e0) || UNIT_AFTER.test(after2) || PLURAL_AFTER.test(after2) || /^\s*(BC|BCE|B\.C|AD|CE)\b/.test(after2)) break;
			out.push(fixed(scope, s0, e0, [Number(next[1])], next[1]));
			taken.push([s0, e0]);
			at = e0;
		}
	}
}

/**
 * A year of two digits after "in", "since", "until" …, before a comma, a full stop or a word that goes on the clause: "a small
 * child in 64, reported", "opened by his son Titus in 80 with games"; or before a name and its verb, the clause's subject ("In 68
 * Vespasian moved south", and so of one digit: "In 7 Augustus gave him command"); and a second such year after "or" or "and" ("the
 * fall of Masada in 73 or 74", "between 14 and 16").
 */
const CUED_TWO_DIGIT_YEAR = /\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Aa]fter|[Bb]efore|[Aa]round|[Bb]etween|circa|c\.|(?<=\b(?:in|since|until|from|between)\s\d{2}\s)(?:or|and))\s+(\d{2}|\d(?=\s+[A-Z][a-z]+\s+[a-z]+))\b(?=\s*[,.;)]|\s+(?:with|and|or|when|as|after|before|under|at|on|in|to|the|a|an|he|she|it|they|his|her|its|their)\b|\s+[A-Z][a-z]+\s+[a-z]+)/g;

/** After a year, the other of a pair and an era before the Christian one: " and 31 BCE", "–31 BC". */
const PAIR_BEFORE_ERA = /^\s*(?:and|or|to|–|-)\s*\d{1,4}\s*(?:BCE?|B\.C)/;
/** "the year" and a year of two digits: "Most of what is known about the year 69 comes from …". */
const THE_YEAR_TWO_DIGITS = /\b[Tt]he\s+year\s+(\d{2})\b(?![\d,.:]\d|\s*%)/g;

/**
 * Years of two digits, in a text that writes "AD 64" (see PassageScope.twoDigitEra): "in 64,", "in 80 with games", "the year
 * 69". A number a unit or a plural noun follows is a count ("in 30 days").
 */
function twoDigitYears(scope: PassageScope, taken: Array<[number, number]>, out: Candidate[]): void {
	const text = scope.text;
	for (const m of allMatches(text, CUED_TWO_DIGIT_YEAR)) {
		const year = Number(m[1]);
		const end = m.index + m[0].length;
		const start = end - m[1].length;
		const after = text.slice(end, end + 30);
		// (A year of one digit only before a name and its verb: "In 7 Augustus gave him command".)
		// (Nor the first year of a pair before the era: "between 37 and 31 BCE".)
		if (year < 1 || (m[1].length === 2 && year < 10) || !isFree(taken, start, end) || UNIT_AFTER.test(after) || PLURAL_AFTER.test(after) || PAIR_BEFORE_ERA.test(after)) continue;
		out.push(fixed(scope, start, end, [year], m[1]));
		taken.push([start, end]);
	}
	for (const m of allMatches(text, THE_YEAR_TWO_DIGITS)) {
		const year = Number(m[1]);
		const end = m.index + m[0].length;
		// ("the year" is drawn with it by fixed.)
		if (year < 10 || !isFree(taken, end - 2, end)) continue;
		out.push(fixed(scope, end - 2, end, [year], m[1]));
		taken.push([end - 2, end]);
	}
}

/** A month (with its day perhaps) and a year of two digits, perhaps after "AD": "April 65", "24 October 79", "July AD 64". */
const MONTH_TWO_DIGIT_YEAR = new RegExp(String.raw`\b(?:(\d{1,2})\s+)?(${MONTHS.join('|')})\s+(?:(\d{1,2}),\s+)?(?:AD\s+|A\.D\.\s+)?(\d{2})\b(?![\d,.:]\d|\s*%)`, 'gi');

/**
 * A month (its day perhaps) and a short year `pattern` reads ("March 235" in a text that dates years of three digits;
 * "April 65", "24 October 79" in one that writes "AD 64": see PassageScope.twoDigitEra), read before chrono, which would
 * read 1965. Not a count ("(in) May 250 people"), nor a year before the era.
 */
function monthYears(scope: PassageScope, pattern: RegExp, taken: Array<[number, number]>, out: Candidate[]): void {
	const text = scope.text;
	for (const m of allMatches(text, pattern)) {
		const year = Number(m[4]);
		const end = m.index + m[0].length;
		const after = text.slice(end, end + 30);
		if (year < 1 || year > 2100 || !isFree(taken, m.index, end) || UNIT_AFTER.test(after) || PLURAL_AFTER.test(after) || /^\s*(BC|BCE|B\.C)/.test(after)) continue;
		const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
		const day = Number(m[1] ?? m[3] ?? 0);
		if (day > daysInMonth(year, month)) continue;
		// ("On Tuesday, 13 January 532", "on the night of 14 November 565": the weekday, or the part of the day, before the day goes
		// with it, as chrono would draw it with a year of four digits.)
		const before = day ? text.slice(Math.max(0, m.index - 40), m.index) : '';
		const lead = day ? (WEEKDAY_LEAD.exec(before) ?? PART_LEAD.exec(before)) : null;
		const start = lead ? m.index - lead[0].length : m.index;
		if (!isFree(taken, start, end)) continue;
		const part = lead?.[1] ? DAY_PARTS[lead[1].toLowerCase()] : undefined;
		const time = day ? (part ? dayPartValue(dayValue({ year, month, day }), part) : dayValue({ year, month, day })) : monthValue(year, month);
		out.push(candidateAt(scope, start, end, { parser: 'year', type: part ? 'TIME' : 'DATE', priority: 3, resolve: statedDate(time, text.slice(start, end)) }));
		taken.push([start, end]);
	}
}

/** A weekday right before a day of the month: "Tuesday, ", "Sunday ". */
const WEEKDAY_LEAD = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+$/i;
/** A part of the day before a day of the month: "the night of ", "the early morning of ". */
const PART_LEAD = /\bthe\s+(?:(?:early|late)\s+)?(morning|afternoon|evening|night)\s+of\s+$/i;

/** What may follow a year of three digits after "by": a comma or a full stop, or a word that opens a clause or its subject. */
const BY_YEAR_AFTER = /^(?:\s*[,.;:]|\s+or\s+\d{3}\b|\s+(?:only|the|he|she|it|they|we|his|her|its|their|most|all|much|many|both|even|then|when|there|this|that)\b)/;
/** A year of three digits listed after one: ", 802", " and 806", " and again in 802" (a cue word again is read by the loop itself). */
const EARLY_YEAR_AFTER = /^(?:,\s*|\s*,?\s+(?:and|or)\s+)(\d{3})\b(?![\d,.]\d|\s*%|-)/i;

/** The `resolve` of a month or day stated with its year (see statedYears). */
function statedDate(time: TimeValue, text: string): Candidate['resolve'] {
	return () => ({ time, stated: time.granularity === 'hour' ? ['year', 'month', 'day', 'time'] : time.granularity === 'day' ? ['year', 'month', 'day'] : ['year', 'month'], inferred: [], derivation: [`“${text}” states the date in full → ${time.value}`], confidence: 0.9, referenceFree: true });
}

export const yearParser: Parser = {
	name: 'year',
	find(scope) {
		const out: Candidate[] = [];
		// Every pattern below needs a digit.
		if (!hasDigit(scope)) return out;
		const taken: Array<[number, number]> = [];
		const text = scope.text;
		const early = scope.earlyYears === true;
		for (const m of RANGE_GATE.test(text) ? allMatches(text, RANGE) : []) {
			const a = Number(m[2]);
			let b = Number(m[4]);
			const era = m[5];
			// "1939-45" is 1939 to 1945; "between 107 and 86 BC" counts down to 86 BC.
			if (m[4].length === 2 && !isBce(era)) b = Math.floor(a / 100) * 100 + b;
			else if (m[4].length === 3 && m[2].length !== 3) continue;
			const connector = m[3];
			// "from about 1870 to 1914", "between roughly 1500 and 1520": the lead word before the hedge.
			const hedged = m[1] ? null : HEDGED_LEAD.exec(text.slice(Math.max(0, m.index - 30), m.index));
			if (/and/i.test(connector) && !/between/i.test(m[1] ?? hedged?.[1] ?? '')) continue;
			// "from AD 250 to 900": the era before the first year belongs to the range, and is its cue.
			const eraBefore = ERA_BEFORE.exec(text.slice(Math.max(0, m.index - 5), m.index));
			if (/to|until|through/i.test(connector) && !m[1] && !era && !hedged && !eraBefore) {
				const before = text.slice(Math.max(0, m.index - 12), m.index);
				if (!/\b(in|from|between|years?)\s*$/i.test(before)) continue;
			}
			const bce = isBce(era);
			if (!bce && (!plausible(a, early) || !plausible(b, early) || b < a)) continue;
			// "Sparta sent 700-800", "pages 120-130": years of three digits make a range only after a cue ("from 270 to 275",
			// "(626–649)", "r. 649–683", "between 690 and 705").
			if (!bce && a < 1000 && !m[1] && !hedged && !eraBefore && !EARLY_RANGE_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
			if (bce && b > a) continue;
			if (UNIT_AFTER.test(text.slice(m.index + m[0].length))) continue;
			// "the 2022-23 season", "the 2024-25 school year", "the financial year 2023-24": one period across two years,
			// named by its first year, TimeML having no value for it (most annotators write the first; "FY24", a
			// fiscal year named by one year, is that year). In a sentence that counts in financial years, a bare
			// "2023-24" is such a year too ("up from $9.1 billion in 2023-24", "the council's 2025-26 budget").
			// ("the 2025/26 tax year": with a slash, only such a period.)
			if (connector === '/' && !(!m[1] && !era && m[4].length === 2 && b === a + 1)) continue;
			if (!m[1] && !era && m[4].length === 2 && b === a + 1 && /^[-–/]$/.test(connector)) {
				const end0 = m.index + m[0].length;
				const after = PERIOD_AFTER.exec(text.slice(end0, end0 + 30));
				const before = after ? null : FISCAL_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
				if (after || before || inFiscalSentence(scope, m.index)) {
					const start = after ? m.index - (/\bthe\s+$/i.exec(text.slice(Math.max(0, m.index - 4), m.index))?.[0].length ?? 0) : m.index - (before?.[0].length ?? 0);
					const end = after ? end0 + after[0].length : end0;
					out.push(fixed(scope, start, end, [a], text.slice(start, end)));
					taken.push([start, end]);
					continue;
				}
			}
			const start = m.index + (m[1] ? m[1].length + 1 : 0) - (eraBefore && !m[1] ? eraBefore[0].length : 0);
			const end = m.index + m[0].length;
			out.push(fixed(scope, start, end, [astronomical(a, era), astronomical(b, era)], text.slice(start, end)));
			taken.push([start, end]);
		}
		for (const m of ERA_LETTERS.test(text) ? allMatches(text, ERA_YEAR) : []) {
			const year = Number(m[2] ?? m[3]);
			const era = m[1] ?? m[4];
			const start = m.index;
			const end = m.index + m[0].length;
			if (!isFree(taken, start, end) || year === 0) continue;
			out.push(fixed(scope, start, end, [astronomical(year, era)], m[0]));
			taken.push([start, end]);
		}
		for (const m of YEAR_LIST_GATE.test(text) ? allMatches(text, YEAR_LIST) : []) {
			const listStart = m.index + m[0].length - m[1].length;
			const years = [...m[1].matchAll(/\d{4}/g)].map((y) => ({ year: Number(y[0]), start: listStart + y.index }));
			// In order and not a count ("in 1500 and 2000 cases"): a list of years. (After "the", a plural noun is what the years
			// name: "the 2020 and 2021 finals".)
			const end = m.index + m[0].length;
			if (years.some((y, i) => !plausible(y.year) || (i > 0 && y.year <= years[i - 1].year)) || UNIT_AFTER.test(text.slice(end)) || (!/^the\b/i.test(m[0]) && PLURAL_AFTER.test(text.slice(end)))) continue;
			for (const y of years) {
				if (!isFree(taken, y.start, y.start + 4)) continue;
				out.push(fixed(scope, y.start, y.start + 4, [y.year], String(y.year)));
				taken.push([y.start, y.start + 4]);
			}
		}
		// A year with no cue word ("1941 saw...", "in 1915 and 1916"): only where nothing says it is another number.
		for (const m of YEAR_DIGITS.test(text) ? allMatches(text, BARE_YEAR) : []) {
			const year = Number(m[1]);
			const start = m.index + m[0].length - 4;
			const end = start + 4;
			if (!plausible(year) || !isFree(taken, start, end)) continue;
			const before = text.slice(Math.max(0, start - 24), start);
			const after = text.slice(end, end + 40);
			// "the 1777 campaigns", "its 2006 highs": after a determiner a plural noun is what the year qualifies (a count
			// of a thousand or more is written with a comma, "the 1,500 men").
			const counted = PLURAL_AFTER.test(after) && !DETERMINER_BEFORE.test(before);
			if (NOT_YEAR_BEFORE.test(before) || LAW_CODE_BEFORE.test(before) || NOT_YEAR_AFTER.test(after) || counted || UNIT_AFTER.test(after) || /^[,.]?\d/.test(after) || /^\s*(BC|BCE|AD|CE)\b/.test(after)) continue;
			out.push(fixed(scope, start, end, [year], m[1]));
			taken.push([start, end]);
		}
		for (const m of FOUR_DIGITS.test(text) ? allMatches(text, CUED_YEAR) : []) {
			const year = Number(m[1]);
			const end = m.index + m[0].length;
			const start = end - 4;
			if (!plausible(year) || !isFree(taken, start, end)) continue;
			const after = text.slice(end);
			// ("and in 1911 members began to receive a salary": a plural and a verb in the past after the year are the clause's
			// subject and verb, no count.)
			if ((UNIT_AFTER.test(after) && !SUBJECT_VERB_AFTER.test(after)) || /^[,.]?\d/.test(after) || /^\s*(BC|BCE|AD|CE)\b/.test(after)) continue;
			out.push(fixed(scope, start, end, [year], m[1]));
			taken.push([start, end]);
		}
		if (early && THREE_DIGITS.test(text)) earlyYears(scope, taken, out);
		if (scope.twoDigitEra) {
			monthYears(scope, MONTH_TWO_DIGIT_YEAR, taken, out);
			twoDigitYears(scope, taken, out);
		}
		// "FY24", "FY 2024": a financial year, valued by its year as "fiscal 1989" is.
		for (const m of text.includes('FY') ? allMatches(text, FINANCIAL_YEAR) : []) {
			const digits = m[1];
			const year = digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) < 50 ? 2000 : 1900);
			if (!plausible(year) || !isFree(taken, m.index, m.index + m[0].length)) continue;
			out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'year', type: 'DATE', priority: 1, resolve: statedYears(yearValue(year), m[0], false) }));
			taken.push([m.index, m.index + m[0].length]);
		}
		return out;
	}
};
