/**
 * Holidays that name a day of the calendar: "Christmas 1963", "on Christmas Eve", "last
 * Thanksgiving", "Easter Sunday 1916", "New Year's Day". Fixed-date holidays, the movable
 * Western Christian feasts (Easter by the Gregorian computus, and by the Julian before 1583) and the United States' holidays
 * set by a weekday rule. The year is the one stated, else the story's (in history), else the
 * one nearest the reference date on the side the phrase or its tense gives. A day named by a
 * weekday rule ("the first Sunday in November") is dated the same way.
 *
 * Holidays whose date depends on a country or a lunar calendar ("Independence Day", "Lunar
 * New Year", "Ramadan") are left out: a wrong day is worse than none. The one exception: where the text itself names
 * the Fourth of July, its "Independence Day" and "the Fourth" are that day.
 */
import { addDays, DAY_PARTS, dayPartValue, dayValue, formatYmd, MONTH_NAME_SOURCE, MONTH_NAMES, monthNumber, startYmd, WEEKDAY_NAMES, weekdayBeside, weekdayOf, weekendValue, weekValue, ymdToMillis, type Ymd } from '../../timex.ts';
import type { TimeValue } from '../../types.ts';
import type { Candidate, Resolved, ResolveContext, Tense } from '../candidate.ts';
import { candidateAt, dayToldYearsBack, placedNowhere, tenseAround, toldRightBefore, yearBeforeWhen, type Parser, type PassageScope } from '../scope.ts';
import { anyOf, matchesIn } from '../wordFilter.ts';

/** Seven days in milliseconds. */
const WEEK_MS = 7 * 86_400_000;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): Ymd {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return { year, month, day };
}

/**
 * Easter Sunday as histories write it: by the Gregorian computus from 1583, and before it by the Julian (Meeus's Julian
 * algorithm), a date of the Julian calendar, the one the texts of those years are dated in ("Good Friday, 22 April 1519").
 */
export function paschalSunday(year: number): Ymd {
	if (year >= 1583) return easterSunday(year);
	const d = (19 * (year % 19) + 15) % 30;
	const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
	return { year, month: Math.floor((d + e + 114) / 31), day: ((d + e + 114) % 31) + 1 };
}

/** The `n`th (1-based; -1 = last) `weekday` (0 = Sunday) of a month. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Ymd {
	if (n > 0) {
		const first = { year, month, day: 1 };
		return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
	}
	const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
	return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

interface Holiday {
	/** Regex source for the name (matched case-insensitively, whole words). */
	name: string;
	day(year: number): Ymd;
	/** The first year the rule holds (US holidays by statute); earlier years are not dated. */
	since?: number;
	/** What the day is, for the derivation, when no holiday ("the first Sunday of November"). */
	rule?: string;
	/** Dated only where the document names the Fourth of July (see DocumentCues.namesFourthOfJuly). */
	needsFourthOfJuly?: boolean;
	/** Kept only in news (see Candidate.newsOnly). */
	newsOnly?: boolean;
}

/** The month and day of each fixed-date holiday's rule (see {@link fixed}): a movable feast has none. */
const FIXED_DAYS = new WeakMap<(year: number) => Ymd, { month: number; day: number }>();
const fixed = (month: number, day: number) => {
	const rule = (year: number): Ymd => ({ year, month, day });
	FIXED_DAYS.set(rule, { month, day });
	return rule;
};
/** The United States' Thanksgiving: the fourth Thursday of November since 1942, the last one before. */
const thanksgiving = (year: number): Ymd => (year >= 1942 ? nthWeekday(year, 11, 4, 4) : nthWeekday(year, 11, 4, -1));

const HOLIDAYS: Holiday[] = [
	{ name: String.raw`christmas\s+eve`, day: fixed(12, 24) },
	{ name: String.raw`May\s+Day`, day: fixed(5, 1) },
	{ name: String.raw`christmas(?:\s+day)?`, day: fixed(12, 25) },
	{ name: String.raw`boxing\s+day|st\.?\s+stephen['’]?s\s+day|saint\s+stephen['’]?s\s+day`, day: fixed(12, 26) },
	{ name: String.raw`new\s+year['’]?s\s+eve`, day: fixed(12, 31) },
	{ name: String.raw`new\s+year['’]?s(?:\s+day)?`, day: fixed(1, 1) },
	{ name: String.raw`valentine['’]?s\s+day`, day: fixed(2, 14) },
	{ name: String.raw`st\.?\s+patrick['’]?s\s+day|saint\s+patrick['’]?s\s+day`, day: fixed(3, 17) },
	{ name: String.raw`halloween`, day: fixed(10, 31) },
	// The Roman calendar's best-known day, the one Caesar was killed on (44 BC).
	{ name: String.raw`(?:the\s+)?ides\s+of\s+march`, day: fixed(3, 15) },
	{ name: String.raw`all\s+saints['’]?\s+day`, day: fixed(11, 1) },
	{ name: String.raw`bastille\s+day`, day: fixed(7, 14), since: 1790 },
	// National days fixed by a date (each since the year its name has been kept for the whole country); in news only: a history
	// names them as institutions ("Anzac Day was first marked in 1916", "Australia Day became a public holiday").
	{ name: String.raw`australia\s+day`, day: fixed(1, 26), since: 1935, newsOnly: true },
	{ name: String.raw`anzac\s+day`, day: fixed(4, 25), since: 1916, newsOnly: true },
	{ name: String.raw`waitangi\s+day`, day: fixed(2, 6), since: 1974, newsOnly: true },
	{ name: String.raw`canada\s+day`, day: fixed(7, 1), since: 1983, newsOnly: true },
	{ name: String.raw`dominion\s+day`, day: fixed(7, 1), since: 1879, newsOnly: true },
	{ name: String.raw`juneteenth`, day: fixed(6, 19), since: 1866, newsOnly: true },
	{ name: String.raw`armistice\s+day|remembrance\s+day|veterans['’]?\s+day`, day: fixed(11, 11), since: 1919 },
	{ name: String.raw`guy\s+fawkes\s+(?:night|day)|bonfire\s+night`, day: fixed(11, 5), since: 1606 },
	{ name: String.raw`easter\s+monday`, day: (y) => addDays(paschalSunday(y), 1), since: 325 },
	// The United Kingdom's bank holidays named by their season or month (since 1978 for the early May one, 1971 for the others),
	// "the" within the name as annotators draw it: "the early May bank holiday", "the spring bank holiday", "the August bank
	// holiday Monday". (An unnamed "bank holiday Monday" is read below, from the story's days.)
	{ name: String.raw`(?:the\s+)?(?:early\s+)?may(?:\s+day)?\s+bank\s+holiday(?:\s+monday)?`, day: (y) => nthWeekday(y, 5, 1, 1), since: 1978 },
	{ name: String.raw`(?:the\s+)?(?:spring|whitsun|late\s+may)\s+bank\s+holiday(?:\s+monday)?`, day: (y) => nthWeekday(y, 5, 1, -1), since: 1971 },
	{ name: String.raw`(?:the\s+)?(?:august|summer|late\s+summer)\s+bank\s+holiday(?:\s+monday)?`, day: (y) => nthWeekday(y, 8, 1, -1), since: 1971 },
	{ name: String.raw`easter(?:\s+sunday)?`, day: paschalSunday, since: 325 },
	{ name: String.raw`good\s+friday`, day: (y) => addDays(paschalSunday(y), -2), since: 325 },
	{ name: String.raw`palm\s+sunday`, day: (y) => addDays(paschalSunday(y), -7), since: 325 },
	{ name: String.raw`ash\s+wednesday`, day: (y) => addDays(paschalSunday(y), -46), since: 325 },
	{ name: String.raw`pentecost|whit\s+sunday`, day: (y) => addDays(paschalSunday(y), 49), since: 325 },
	// United States: fourth Thursday of November since 1942 (the last Thursday before).
	{ name: String.raw`thanksgiving(?:\s+day)?`, day: thanksgiving, since: 1863 },
	// The shopping days after Thanksgiving, named so since the 1980s and 2005 (an older "Black Friday" is another day: a
	// crash, a massacre; left undated).
	{ name: String.raw`black\s+friday`, day: (y) => addDays(thanksgiving(y), 1), since: 1985 },
	{ name: String.raw`cyber\s+monday`, day: (y) => addDays(thanksgiving(y), 4), since: 2005 },
	{ name: String.raw`labor\s+day`, day: (y) => nthWeekday(y, 9, 1, 1), since: 1894 },
	{ name: String.raw`memorial\s+day|decoration\s+day`, day: (y) => (y >= 1971 ? nthWeekday(y, 5, 1, -1) : { year: y, month: 5, day: 30 }), since: 1868 },
	{ name: String.raw`martin\s+luther\s+king(?:\s+jr\.?)?\s+day`, day: (y) => nthWeekday(y, 1, 1, 3), since: 1986 },
	{ name: String.raw`presidents['’]?\s+day`, day: (y) => nthWeekday(y, 2, 1, 3), since: 1971 },
	// The United States' federal Election Day: the Tuesday after the first Monday of November.
	{ name: String.raw`election\s+day`, day: (y) => addDays(nthWeekday(y, 11, 1, 1), 1), since: 1845 },
	// The United States' Independence Day, and its short name, where the text names the Fourth of July: "It just doesn't
	// feel like Independence Day without it", "the fireworks would go ahead on the Fourth as planned" (not "the Fourth
	// Amendment", "the Fourth of July", which chrono reads).
	{ name: String.raw`independence\s+day|the\s+fourth(?=\s*[,.;:!?)"”’]|\s*$|\s+(?:and|as|or|but|was|is|will|would|with|at|in|on|when|weekend|this|last|next)\b)`, day: fixed(7, 4), since: 1777, needsFourthOfJuly: true }
];

/** "every" or "each" right before a holiday's name. */
const EVERY_BEFORE = /\b(?:every|each)\s+$/i;
/** A calendar other than the Gregorian right before "New Year": "Lunar ", "Chinese ", "Jewish ". */
const OTHER_CALENDAR_BEFORE = /\b(?:Lunar|Chinese|Vietnamese|Korean|Jewish|Hebrew|Islamic|Hijri|Persian|Iranian|Tamil|Sinhala|Thai|Ethiopian|Orthodox)\s+$/;

const NAMES = HOLIDAYS.map((h) => `(${h.name})`).join('|');
/**
 * An optional direction before ("last", "next", "this"), the holiday, an optional part of the day, an optional year after
 * ("Christmas 1963", "Christmas Day, 1914", "Easter of 1916"), and an optional "weekend" or "week" ("the Labor Day weekend",
 * "the Easter bank holiday weekend", "the Labor Day long weekend"). Other words after it ("season", "tree", "card" and the
 * like) make it something else. (Exported, with its gate, for a test.)
 */
export const HOLIDAY = new RegExp(
	String.raw`\b(?:(last|next|this|that)\s+)?(?:${NAMES})\b(?:\s+(morning|afternoon|evening|night))?(?:,?\s+(?:of\s+)?(\d{4})\b)?(?:\s+(?:(?:bank\s+)?holiday\s+|long\s+)?(weekend|week)\b)?(?:\s+(last|this|next)\s+year\b)?(?!['’]s\b|\s+(?:week|weekend|season|holidays?|tree|trees|card|cards|lights|present|presents|gifts?|shopping|sales?|party|parties|dinner|lunch|break|vacation|recess|message|address|offensive|rising|uprising|island|islands|bombing|truce|market|carols?|songs?|story|spirit|eve|day)\b)`,
	'gi'
);

/**
 * Gate: every holiday's name holds one of these words (for {@link matchesIn}); of a name of two, the rarer in
 * news ("New Year's" by "years", "year's" or "year’s", not "year"; "Ash Wednesday" by "wednesday", not "ash",
 * which "cash" and "Washington" hold; "Palm Sunday", "Whit Sunday" by "sunday", not "palm", "whit").
 */
export const HOLIDAY_WORDS = anyOf([
	'christmas', 'may', 'boxing', 'years', "year's", 'year’s', 'valentine', 'patrick', 'halloween', 'saints', 'bastille', 'armistice', 'remembrance',
	'veterans', 'fawkes', 'bonfire', 'easter', 'friday', 'sunday', 'wednesday', 'pentecost', 'thanksgiving', 'labor', 'memorial', 'decoration', 'luther',
	'presidents', 'election', 'ides', 'cyber', 'independence', 'fourth', 'stephen', "stephen's", 'stephen’s', 'australia', 'anzac', 'waitangi', 'canada', 'dominion', 'juneteenth',
	'bank'
]);

/**
 * The weekend of a holiday: the Saturday and Sunday it falls on, or those before a Monday or Tuesday holiday ("Memorial
 * Day weekend"), or after one from Wednesday to Friday; TimeML's YYYY-Www-WE.
 */
function holidayWeekend(day: Ymd): TimeValue {
	const weekday = weekdayOf(day);
	return weekendValue(addDays(day, weekday === 0 ? -1 : weekday <= 2 ? -weekday - 1 : 6 - weekday));
}

/** The year nearest the reference date on the side the direction or tense gives. */
function nearestYear(holiday: Holiday, reference: Ymd, direction: string | undefined, tense: Tense): number {
	const ref = ymdToMillis(reference);
	const years = [reference.year - 1, reference.year, reference.year + 1];
	const at = (y: number) => ymdToMillis(holiday.day(y));
	// A holiday within two weeks of the day of writing is that one, whatever the tense ("named a squad for the third Test,
	// starting on Boxing Day", told on December 20): the clause's tense tells of the naming, not of the day.
	const close = years.find((y) => Math.abs(at(y) - ref) <= 14 * 86_400_000);
	if (direction === undefined && close !== undefined) return close;
	const side = direction === 'last' ? 'past' : direction === 'next' ? 'future' : direction === 'this' ? 'none' : tense;
	const allowed = years.filter((y) => (side === 'past' ? at(y) < ref : side === 'future' ? at(y) >= ref : true));
	const pool = direction === 'this' ? [reference.year] : allowed.length ? allowed : years;
	return pool.reduce((best, y) => (Math.abs(at(y) - ref) < Math.abs(at(best) - ref) ? y : best));
}

/** The date right before a holiday, set beside it by a comma ("April 14, Good Friday"): its year. */
function besideDate(ctx: ResolveContext): { year: number; text: string; referenceFree: boolean } | null {
	// ("Decoration Day, Thursday, 30 May 1889, ended with a storm": or a date with its year set right after it.)
	const self = ctx.candidates[ctx.index];
	const after = ctx.candidates[ctx.index + 1];
	const told = toldRightBefore(ctx) ?? (after && after.start - self.end <= 3 && /\d{3,4}/.test(after.text) ? ctx.nextInSentence(self.end, 3) : null);
	if (!told || !/\d/.test(told.candidate.text) || !['day', 'hour', 'minute'].includes(told.resolved.time.granularity)) return null;
	return { year: startYmd(told.resolved.time).year, text: told.candidate.text, referenceFree: told.resolved.referenceFree };
}

/** Which of its weekdays in the month: the first to the fifth, and the last (index 5). */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'last'];
/** The weekdays, Sunday first (as weekdayOf counts them). */
const WEEKDAYS = WEEKDAY_NAMES.map((d) => d.toLowerCase());
/** Gate: every WEEKDAY_OF_MONTH match names a weekday (the same words, so the same gate, as offsetParser's). */
const WEEKDAY_WORDS = anyOf(WEEKDAYS);
/** "the first Sunday in November", "the last Monday of May", "the second Tuesday in March, 2024". */
const WEEKDAY_OF_MONTH = new RegExp(String.raw`\bthe\s+(${ORDINALS.join('|')})\s+(${WEEKDAYS.join('|')})\s+(?:in|of)\s+(${MONTH_NAME_SOURCE})\b(?:,?\s+(\d{4})\b)?`, 'gi');

/** "the first weekend of May", "the last weekend in June, 2024": its Saturday's weekend. */
const WEEKEND_OF_MONTH = new RegExp(String.raw`\bthe\s+(${ORDINALS.join('|')})\s+weekend\s+(?:in|of)\s+(${MONTH_NAME_SOURCE})\b(?:,?\s+(\d{4})\b)?`, 'gi');
const WEEKEND_WORD = anyOf(['weekend']);

/** "still" in the clause before a holiday's name: "still decorated for ", "still hung with greenery from ". */
const STILL_BEFORE = /\bstill\b[^.;:!?]{0,50}$/i;

/** "the week before ", "the week after " right before a holiday's name. */
const WEEK_AROUND_BEFORE = /\bthe\s+week\s+(after|before)\s+$/i;
/** "the day before ", "the day after " right before a holiday's name. */
const DAY_AROUND_BEFORE = /\bthe\s+day\s+(after|before)\s+$/i;
/** "the weekend before ", "the weekend after " right before a holiday's name. */
const WEEKEND_AROUND_BEFORE = /\bthe\s+weekend\s+(after|before)\s+$/i;
/** "the Sunday after ", "the Friday before " right before a holiday's name. */
const WEEKDAY_AROUND_BEFORE = new RegExp(String.raw`\bthe\s+(${WEEKDAY_NAMES.join('|')})\s+(after|before)\s+$`, 'i');

/** An opening quotation mark and capitalised words after it, right before a holiday's name: “White ", "I'll Be Home for ". */
const QUOTED_TITLE_BEFORE = /[“"‘](?:[A-Z][\w'’]*\s+(?:(?:for|of|the|a|in|on|at|and)\s+)?){1,4}$/;

interface HolidayCue {
	direction: string | undefined;
	part: string | undefined;
	statedYear: number | null;
	weekend: boolean;
	/** "Thanksgiving week": the week that holds the holiday. */
	week?: boolean;
	yearWord: string | undefined;
	tense: Tense;
}

/** The candidate for a holiday (or a day a weekday rule names) read at `start`–`end` of the scope, with what the phrase says beside its name. */
function holidayCandidate(scope: PassageScope, start: number, end: number, text: string, holiday: Holiday, cue: HolidayCue): Candidate {
	const { direction, part, statedYear, weekend, week, yearWord, tense } = cue;
	// ("the mission church at Pine Ridge, still decorated for Christmas", after 29 December: the Christmas just gone.)
	const still = STILL_BEFORE.test(scope.text.slice(Math.max(0, start - 60), start));
	return candidateAt(scope, start, end, {
		parser: 'holiday',
		type: 'DATE',
		priority: 3,
		...(holiday.newsOnly ? { newsOnly: true } : {}),
		// (An aside too: "A blizzard swept across the plains the same night" is the night of the story's day.)
		...(still ? { background: true } : {}),
		resolve: (ctx: ResolveContext): Resolved | null => {
			let year = statedYear;
			let from = 'the year stated';
			let referenceFree = statedYear !== null;
			// "On the evening of April 14, Good Friday, …": set beside a date, the holiday is of its year.
			const beside = statedYear === null && direction === undefined ? besideDate(ctx) : null;
			if (beside) {
				year = beside.year;
				from = `the date it is set beside (“${beside.text}”)`;
				referenceFree = beside.referenceFree;
			}
			// "up from 61 in 2021, when the full slate of Independence Day events was last held": in a "when" clause after a
			// year, of that year.
			const whenYear = year === null && direction === undefined && ctx.candidates[ctx.index].afterYearWhen ? ctx.resolveAt(yearBeforeWhen(ctx)) : null;
			if (whenYear) {
				year = startYmd(whenYear.time).year;
				from = `the year its “when” or “where” clause follows (“${ctx.candidates[yearBeforeWhen(ctx)].text}”)`;
				referenceFree = whenYear.referenceFree;
			}
			if (year === null && yearWord !== undefined && ctx.reference) {
				year = ctx.reference.year + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0);
				from = `“${yearWord} year”, counted from the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel})`;
			}
			if (year === null && (direction === undefined || direction === 'that')) {
				// A history, or a story with no date of writing to count from, lends its year; so does a story told
				// years before the day of writing, by a day it told ("… on 12 August. Soldiers expected to be home by Christmas").
				// (In a history whose only time told before is a range, the range's start: "fought from October 1899 to May 1902.
				// Expected in London to be over by Christmas".)
				const narrative = ctx.historical || !ctx.documentDated || direction === 'that' ? ctx.narrativeBefore(true) ?? (ctx.historical ? ctx.narrativeBefore(true, false, 'any') : null) : dayToldYearsBack(ctx);
				if (narrative) {
					year = startYmd(narrative.resolved.time).year;
					from = `the narrative (“${narrative.candidate.text}” → ${narrative.resolved.time.value})`;
					referenceFree = narrative.resolved.referenceFree;
					// In a history, after a time later in its year than the holiday ("came home in October … broke down soon after
					// Easter"), the story has gone on to the next one.
					const told = narrative.resolved.time;
					// (Not a holiday a week or less before that time: "… signed the treaty on Easter Monday. A day earlier, on Easter
					// Sunday, …" is the day before it.)
					const before = ymdToMillis(startYmd(told)) - ymdToMillis(holiday.day(year));
					if (ctx.historical && direction === undefined && !still && told.granularity !== 'year' && before > WEEK_MS) {
						year += 1;
						from += ', the first after it';
					}
				}
			}
			if (year === null && ctx.reference) {
				year = nearestYear(holiday, ctx.reference, direction, tense);
				from = `the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel})`;
			}
			if (year === null || (holiday.since !== undefined && year < holiday.since)) return null;
			const day = dayValue(holiday.day(year));
			// "Christmas night": that part of the day, as TimeML codes it.
			const time = weekend ? holidayWeekend(holiday.day(year)) : week ? weekValue(holiday.day(year)) : part ? dayPartValue(day, DAY_PARTS[part]) : day;
			return {
				time,
				stated: statedYear !== null ? ['year', 'month', 'day'] : ['month', 'day'],
				inferred: statedYear !== null ? [] : ['year'],
				derivation: [`“${text}” is ${holiday.rule ?? 'a holiday'}; ${statedYear !== null ? `its year is stated` : `the year is from ${from}`} → ${time.value}`],
				confidence: statedYear !== null ? 0.9 : 0.7,
				referenceFree
			};
		}
	});
}

/** A year of three digits right after a holiday's name: " 774", ", 800" (not "800,000", "774.5"). */
const EARLY_YEAR_AFTER = /^,?\s+(\d{3})\b(?![,.]?\d|\s*%)/;

export const holidayParser: Parser = {
	name: 'holiday',
	find(scope) {
		const out: Candidate[] = [];
		for (const m of matchesIn(scope, HOLIDAY, HOLIDAY_WORDS)) {
			const index = m.slice(2, 2 + HOLIDAYS.length).findIndex((g) => g !== undefined);
			if (index < 0) continue;
			const name = m[2 + index];
			// A holiday is a proper noun: "easter" in lower case, "labor day" inside a sentence of lower case words is not.
			// (A bank holiday is named by a season in lower case: "the spring bank holiday".)
			if (!/^[A-Z]/.test(name.replace(/^the\s+/i, '')) && !BANK_HOLIDAY_NAME.test(name)) continue;
			// ("a warm May day" is a day in May, not May Day.)
			if (/^may\s/i.test(name) && !/\sDay$/.test(name) && !BANK_HOLIDAY_NAME.test(name)) continue;
			// "a pre-Christmas strike", "the post-Christmas sales": a time before (after) the holiday, not its day.
			if (/\b(?:pre|post)-$/i.test(scope.text.slice(Math.max(0, m.index - 5), m.index))) continue;
			// "the Easter Parade", "the Christmas Truce", "the Easter Rising": a name made with the holiday's, not its day.
			if (/\bthe\s+$/i.test(scope.text.slice(Math.max(0, m.index - 4), m.index)) && /^\s+[A-Z][a-z]/.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
			// "played “White Christmas”": the title of a song, a film or a book, quoted, not the day (a stop or comma perhaps inside the
			// quotation: 'Bing Crosby singing "White Christmas."').
			if (QUOTED_TITLE_BEFORE.test(scope.text.slice(Math.max(0, m.index - 30), m.index)) && /^[.,!?]?[”"’']/.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
			// "Lunar New Year's Eve", "the Jewish New Year": another calendar's new year, not the first of January.
			if (/^new\s+year/i.test(name) && OTHER_CALENDAR_BEFORE.test(scope.text.slice(Math.max(0, m.index - 12), m.index))) continue;
			const holiday = HOLIDAYS[index];
			if (holiday.needsFourthOfJuly && !scope.namesFourthOfJuly) continue;
			// "visited her every Christmas", "Every New Year's Eve": a holiday of a fixed day, every year (TimeML's XXXX-12-25).
			const every = m[1] === undefined && !m.slice(3 + HOLIDAYS.length).some((g) => g !== undefined) ? EVERY_BEFORE.exec(scope.text.slice(Math.max(0, m.index - 6), m.index)) : null;
			if (every) {
				// (A movable feast, "each Easter", has no day to write: none, rather than this year's. Nor does "Independence Day",
				// whose day depends on the country.)
				const day = FIXED_DAYS.get(holiday.day);
				if (!day || holiday.needsFourthOfJuly) continue;
				const value = `XXXX-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
				out.push(candidateAt(scope, m.index - every[0].length, m.index + m[0].length, { parser: 'holiday', type: 'SET', priority: 2, value, resolve: placedNowhere }));
				continue;
			}
			const direction = m[1]?.toLowerCase();
			const part = m[2 + HOLIDAYS.length]?.toLowerCase();
			// ("Easter 774": in a text that dates years of three digits, one of them after the name is its year.)
			const early = m[3 + HOLIDAYS.length] === undefined && !m[4 + HOLIDAYS.length] && !m[5 + HOLIDAYS.length] && scope.earlyYears ? EARLY_YEAR_AFTER.exec(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 12)) : null;
			const statedYear = m[3 + HOLIDAYS.length] !== undefined ? Number(m[3 + HOLIDAYS.length]) : early ? Number(early[1]) : null;
			// "this Memorial Day weekend", "the Labor Day weekend": the weekend the holiday falls on or beside (with its article);
			// "Thanksgiving week": the week that holds it.
			const week = m[4 + HOLIDAYS.length]?.toLowerCase() === 'week';
			const weekend = m[4 + HOLIDAYS.length] !== undefined && !week;
			// "Memorial Day last year", "Christmas this year": the holiday of the year the phrase counts to from the day of writing.
			const yearWord = m[5 + HOLIDAYS.length]?.toLowerCase();
			const article = (weekend || week) && !direction ? /\bthe\s+$/i.exec(scope.text.slice(Math.max(0, m.index - 4), m.index)) : null;
			const start = m.index - (article ? article[0].length : 0);
			// "that Christmas" is the story's: only the year can come from it.
			const text = (article ? article[0] : '') + m[0];
			const tense = tenseAround(scope.text, m.index, m.index + m[0].length);
			// "the Sunday after Thanksgiving", "the Friday before Christmas": the first such weekday after (before) the holiday.
			// (Only the holiday's name alone: not "last Christmas", "Christmas night", "the Labor Day weekend".)
			const nameAlone = !article && !direction && !part && !weekend && !week;
			const around = nameAlone ? WEEKDAY_AROUND_BEFORE.exec(scope.text.slice(Math.max(0, m.index - 24), m.index)) : null;
			if (around) {
				const weekday = WEEKDAYS.indexOf(around[1].toLowerCase());
				const after = around[2].toLowerCase() === 'after';
				const rule: Holiday = { name: '', since: holiday.since, newsOnly: holiday.newsOnly, day: (y) => weekdayBeside(holiday.day(y), weekday, after), rule: `the ${WEEKDAY_NAMES[weekday]} ${after ? 'after' : 'before'} ${m[0].trim()}` };
				out.push(holidayCandidate(scope, m.index - around[0].length, m.index + m[0].length, around[0] + m[0], rule, { direction, part, statedYear, weekend, yearWord, tense }));
				continue;
			}
			// "Nov. 22, 2023, the day before Thanksgiving", "the day after Christmas": the day before (after) the holiday.
			const dayAround = nameAlone ? DAY_AROUND_BEFORE.exec(scope.text.slice(Math.max(0, m.index - 20), m.index)) : null;
			if (dayAround) {
				const after = dayAround[1].toLowerCase() === 'after';
				const rule: Holiday = { name: '', since: holiday.since, newsOnly: holiday.newsOnly, day: (y) => addDays(holiday.day(y), after ? 1 : -1), rule: `the day ${after ? 'after' : 'before'} ${m[0].trim()}` };
				out.push(holidayCandidate(scope, m.index - dayAround[0].length, m.index + m[0].length, dayAround[0] + m[0], rule, { direction, part, statedYear, weekend: false, yearWord, tense }));
				continue;
			}
			// "went gold the week before Christmas", "the week after Easter": the week seven days before (after) the holiday's.
			const weekAround = nameAlone ? WEEK_AROUND_BEFORE.exec(scope.text.slice(Math.max(0, m.index - 24), m.index)) : null;
			if (weekAround) {
				const after = weekAround[1].toLowerCase() === 'after';
				const rule: Holiday = { name: '', since: holiday.since, newsOnly: holiday.newsOnly, day: (y) => addDays(holiday.day(y), after ? 7 : -7), rule: `the week ${after ? 'after' : 'before'} ${m[0].trim()}` };
				out.push(holidayCandidate(scope, m.index - weekAround[0].length, m.index + m[0].length, weekAround[0] + m[0], rule, { direction, part, statedYear, weekend: false, week: true, yearWord, tense }));
				continue;
			}
			// "the weekend before Christmas", "the weekend after Easter": the Saturday and Sunday before (after) the holiday.
			const weekendAround = nameAlone ? WEEKEND_AROUND_BEFORE.exec(scope.text.slice(Math.max(0, m.index - 24), m.index)) : null;
			if (weekendAround) {
				const after = weekendAround[1].toLowerCase() === 'after';
				const rule: Holiday = { name: '', since: holiday.since, newsOnly: holiday.newsOnly, day: (y) => weekdayBeside(holiday.day(y), 6, after), rule: `the weekend ${after ? 'after' : 'before'} ${m[0].trim()}` };
				out.push(holidayCandidate(scope, m.index - weekendAround[0].length, m.index + m[0].length, weekendAround[0] + m[0], rule, { direction, part, statedYear, weekend: true, yearWord, tense }));
				continue;
			}
			out.push(holidayCandidate(scope, start, m.index + m[0].length + (early ? early[0].length : 0), text + (early ? early[0] : ''), holiday, { direction, part, statedYear, weekend, week, yearWord, tense }));
		}
		// "the first Sunday in November", "the last Monday of May 2024": a day named by a weekday rule, dated as a holiday is.
		// "the first weekend of May", "the last weekend in June": the weekend of that Saturday of the month.
		for (const m of matchesIn(scope, WEEKEND_OF_MONTH, WEEKEND_WORD)) {
			const n = ORDINALS.indexOf(m[1].toLowerCase());
			const month = monthNumber(m[2]);
			const rule: Holiday = { name: '', day: (y) => nthWeekday(y, month, 6, n < 5 ? n + 1 : -1), rule: `the ${m[1].toLowerCase()} weekend of ${MONTH_NAMES[month - 1]}` };
			const tense = tenseAround(scope.text, m.index, m.index + m[0].length);
			out.push(holidayCandidate(scope, m.index, m.index + m[0].length, m[0], rule, { direction: undefined, part: undefined, statedYear: m[3] ? Number(m[3]) : null, weekend: true, yearWord: undefined, tense }));
		}
		for (const m of matchesIn(scope, WEEKDAY_OF_MONTH, WEEKDAY_WORDS)) {
			const n = ORDINALS.indexOf(m[1].toLowerCase());
			const weekday = WEEKDAYS.indexOf(m[2].toLowerCase());
			const month = monthNumber(m[3]);
			const rule: Holiday = { name: '', day: (y) => nthWeekday(y, month, weekday, n < 5 ? n + 1 : -1), rule: `the ${m[1].toLowerCase()} ${m[2]} of ${MONTH_NAMES[month - 1]}` };
			const tense = tenseAround(scope.text, m.index, m.index + m[0].length);
			out.push(holidayCandidate(scope, m.index, m.index + m[0].length, m[0], rule, { direction: undefined, part: undefined, statedYear: m[4] ? Number(m[4]) : null, weekend: false, yearWord: undefined, tense }));
		}
		// "on bank holiday Monday", "reopen after the bank holiday": a bank holiday of the United Kingdom named by none of its
		// names (see bankHolidayAfter).
		for (const m of matchesIn(scope, BANK_HOLIDAY, HOLIDAY_WORDS)) {
			// (Not one named before it, "the August bank holiday", which the loop above read; nor "bank holiday weekend".)
			// (Nor "a bank holiday", said of a day named already; nor one dated after it, "for the bank holiday on Monday 4 May"; nor
			// one of banks closed by decree, "the bank holiday" of March 1933 amid the banks' failures.)
			const after = scope.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
			if (!/^the\s/i.test(m[0]) && !/Monday$/.test(m[0])) continue;
			if (NAMED_BEFORE_BANK.test(scope.text.slice(Math.max(0, m.index - 12), m.index)) || /^\s+(?:weekend|week|traffic|getaway)\b/i.test(after) || DATED_AFTER.test(after) || BANKS_NEAR.test(scope.text)) continue;
			const text = m[0];
			const tense = tenseAround(scope.text, m.index, m.index + m[0].length);
			out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'holiday', type: 'DATE', priority: 2, resolve: (ctx) => bankHolidayAfter(ctx, text, tense) }));
		}
		return out;
	}
};

/** "bank holiday Monday", "the bank holiday" (a capital perhaps): the name of none in particular. */
const BANK_HOLIDAY = /\b(?:the\s+)?[Bb]ank\s+[Hh]oliday(?:\s+Monday)?\b(?!['’]s)/g;
/** A day told right after a bank holiday: "on Monday 4 May", "on 26 December". */
const DATED_AFTER = /^,?\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d/i;
/** Banks as businesses in its passage: "banks", "banking", "bankers" (a bank holiday by decree, March 1933). */
const BANKS_NEAR = /\bbank(?:s|ing|ers?)\b|\bbank\s+(?:failures?|runs?|deposits?|closures?|crisis|crises)\b/i;
/** A bank holiday's own name ("the spring bank holiday"): kept as written, in lower case too. */
const BANK_HOLIDAY_NAME = /bank\s+holiday/i;
/** A season or month, "early" or "Easter" right before "bank holiday": a name the holidays above read. */
const NAMED_BEFORE_BANK = /\b(?:may|day|spring|whitsun|august|summer|easter|christmas)\s+$/i;

/** The bank holidays of England and Wales that fall on a Monday in `year`: Easter Monday, early May, spring, summer. */
function bankHolidayMondays(year: number): Ymd[] {
	return [addDays(paschalSunday(year), 1), nthWeekday(year, 5, 1, 1), nthWeekday(year, 5, 1, -1), nthWeekday(year, 8, 1, -1)];
}
/** Every bank holiday of England and Wales in `year`: the Mondays, New Year's Day, Good Friday, Christmas and Boxing Day. */
function bankHolidays(year: number): Ymd[] {
	return [...bankHolidayMondays(year), { year, month: 1, day: 1 }, addDays(paschalSunday(year), -2), { year, month: 12, day: 25 }, { year, month: 12, day: 26 }];
}

/**
 * An unnamed bank holiday: the first on or after a day the story told in the week before it ("close on Friday 2 May …
 * four days off including bank holiday Monday"; "away at Morecambe on Good Friday and at home on bank holiday Monday"),
 * else the first on or after the day of writing (the last before it, in a clause told in the past).
 */
function bankHolidayAfter(ctx: ResolveContext, text: string, tense: Tense): Resolved | null {
	if (!ctx.reference || ctx.historical) return null;
	const mondays = /Monday$/.test(text);
	// (The day told last, close before it, whether gone by or to come: "on Friday 2 May … including bank holiday Monday".)
	const self = ctx.candidates[ctx.index];
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 4) && self.start - ctx.candidates[k].end <= 300; k--) {
		const r = ctx.resolveAt(k);
		// (A day gone by lends itself only to a clause in the past: not "Last Christmas … Paying crews to work the bank holiday".)
		if (!r || r.time.granularity !== 'day' || (tense !== 'past' && ymdToMillis(startYmd(r.time)) < ymdToMillis(ctx.reference))) continue;
		const toldDay = startYmd(r.time);
		const day = nearestBankHoliday(toldDay, false, mondays);
		if (day && ymdToMillis(day) - ymdToMillis(toldDay) <= WEEK_MS) return bankHoliday(day, text, `the first after “${ctx.candidates[k].text}” (${r.time.value})`, 0.6, r.referenceFree);
		break;
	}
	const back = tense === 'past';
	const day = nearestBankHoliday(ctx.reference, back, mondays);
	return day ? bankHoliday(day, text, `the ${back ? 'last before' : 'first on or after'} the reference date ${formatYmd(ctx.reference)}`, 0.55, false) : null;
}

/** The bank holiday nearest `from`: the first on or after it, or (`back`) the last on or before it; Mondays only if asked. */
function nearestBankHoliday(from: Ymd, back: boolean, mondays: boolean): Ymd | undefined {
	const days = [from.year - 1, from.year, from.year + 1].flatMap(mondays ? bankHolidayMondays : bankHolidays).sort((a, b) => ymdToMillis(a) - ymdToMillis(b));
	return back ? days.filter((d) => ymdToMillis(d) <= ymdToMillis(from)).pop() : days.find((d) => ymdToMillis(d) >= ymdToMillis(from));
}

/** A bank holiday's reading: that day, and how it was found. */
function bankHoliday(day: Ymd, text: string, label: string, confidence: number, referenceFree: boolean): Resolved {
	const time = dayValue(day);
	return { time, stated: [], inferred: ['year', 'month', 'day'], derivation: [`“${text}” is a bank holiday of England and Wales: ${label} → ${time.value}`], confidence, referenceFree };
}
