/**
 * chrono-node for the date grammar it knows well: full dates, month-day, month-year, weekdays,
 * times of day, relative phrases ("last year", "two days ago"). Run per passage: chrono is
 * quadratic on one huge string. Its results are re-expressed as candidates that resolve against
 * our context (narrative year, inferred reference), not against chrono's default "now".
 */
import * as chrono from 'chrono-node';
import type { DateField, TimeValue } from '../../types.ts';
import { addDays, addMonths, SEASON_CODES, seasonValue, type SeasonCode, CLOCK_THEN_DAY_SOURCE, daysInMonth, DAY_PARTS, dayPartValue, dayValue, formatYmd, isoToMillis, millisToYmd, MONTH_NAME_SOURCE, monthNumber, monthValue, MONTH_NAMES, parseYmd, startYmd, timeValue, weekValue, yearLabel, yearValue, ymdToMillis, weekdayOf, onWeekday, WEEKDAY_NAMES, type DayPart, type Ymd } from '../../timex.ts';
import type { Candidate, Resolved, ResolveContext, Tense } from '../candidate.ts';
import { openQuote, quotedAt, participleThenModal, IMPERATIVE_OPENS, BARE_NOUN_NEXT, yearBeforeWhen, candidateAt, NIGHT_NOUN_AFTER, dayAheadBefore, dayBeside, placedNowhere, thatOpensClause, TO_THE_DAY_BEFORE, PRESENT_PERFECT, sentenceAt, sinceUpToNow, clauseStartBefore, clauseWithoutDate, LENGTH_BEFORE, SAID_VERBS, modifierBefore, modifiesNoun, namesKnownThing, NEWS_STORY_REACH, tenseAround, tenseBefore, toldRightBefore, yearFlashback, type Parser, type PassageScope } from '../scope.ts';
import { resolveWeekday, storyWeekday } from '../resolveWeekday.ts';
import { indexByStart } from '../../firstAtOrAfter.ts';
import { engineForPiece, gatedChrono, nameCasualParsers, parserName } from './chronoGates.ts';
import { casualDay } from './casualDay.ts';
import { CARDINAL_SOURCE, parseCardinal } from '../numbers.ts';

/** A range that ends at a named month: "today through Nov. 17", "this year through August". */
const NAMED_END = /\s(?:to|through|until|till)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$/i;

/** An arbitrary instant: chrono needs one; we never use the values it implies from it. */
const PROBE = new Date(Date.UTC(2000, 5, 15, 12));
/** chrono's tag for a part of the day or a clock word ("Thursday night" is tagged casualReference/evening). */
const PART_TAG = /^casualReference\/(?:morning|afternoon|evening|night|noon|midnight)$/;
/** The verbs of a thing set to start or end: in the present they tell of what is ahead ("starts on Sunday", "The semifinals follow on Sunday evening"; not the noun, "at both ends of the canal"). */
const STARTS_SOURCE = String.raw`opens|reopens?|(?<!\b(?:the|a|an|its|their|stay|stays|stayed|remain|remains|remained|keep|keeps|kept|be|is|are|was|were|been|wide|fully)\s)(?:open|close)(?=\s+(?:on\s+)?$)|begins?|starts|(?<!\b(?:both|the|two|either|opposite|loose|far|its|their|other)\s)ends|closes|follows?|kicks?\s+off|resumes?|takes?\s+place|leaves\s+office|steps\s+down|takes\s+office|go(?:es)?\s+on\s+(?:general\s+|public\s+)?sale`;
/** A verb in the present (or present perfect) in the clause before a weekday ("opens Thursday", "screens at 7 p.m. Thursday", "has issued a warning for Saturday"): those of STARTS_SOURCE, and others. (STARTS_SOURCE's plural "open", "close" only right before the weekday: "Applications open Monday", "Polls close Tuesday"; not after "stay", "remain", a form of "be", an article.) */
const PRESENT_IN_CLAUSE = new RegExp(String.raw`\b(?:is|are|has|have|covers|runs|remains|stays|screens|plays?|meets?|arrives|visits?|returns|hosts?|faces?|travels?|takes?\s+on|${STARTS_SOURCE})\b`, 'i');
/**
 * A verb in the present progressive ("is meeting", "we're looking at", "are flying to Geneva on"): with a weekday it tells of
 * an arrangement ahead, or of what goes on today, not of a day gone by (not a noun in -ing: "is morning", "are nothing").
 */
const PROGRESSIVE_IN_CLAUSE = /(?:\b(?:is|are|am)|['’](?:re|m))\s+(?:(?:now|still|also|only|already|just|all)\s+)?(?!(?:during|morning|evening|nothing|something|anything|everything|thing|spring|king|string|ceiling)\b)[a-z]{2,}ing\b/i;
/** Of PRESENT_IN_CLAUSE, the verbs of a thing set to start or end. */
const STARTS_IN_CLAUSE = new RegExp(String.raw`\b(?:${STARTS_SOURCE})\b`, 'i');
/** A fixture told in the present ("New Zealand and Argentina meet in the other semifinal on Friday night", "hosts Leeds on Sunday"): ahead. */
const FIXTURE_IN_CLAUSE = /(?<!\b(?:to|did|didn['’]t)\s+)\b(?:meet|meets|play|plays|face|faces|host|hosts|take\s+on|takes\s+on)\s+(?!(?:with|again|for|a|an)\b)/i;
/** With no tense to go by, how much nearer a month ahead must be than the one behind (news mostly reports the past). */
const NO_TENSE_AHEAD = 45 * 86_400_000;
/** Hours, minutes and seconds with no part of the day: a race time ("2:06:11", "The 2:00:35 clocking"). */
const RACE_TIME = /^(?:the\s+)?\d{1,2}:\d\d:\d\d$/i;
/** A bare "h:mm" and the word before it that makes it a time to beat ("under 2:10", "sub-2:10"). */
const SHORT_CLOCK = /^\d{1,2}:\d\d$/, UNDER_BEFORE = /\b(?:under|sub-?)\s*$/i;
/** A year of the common era written with its era at the end of a reading: "AD 64", "A.D. 79". */
const ERA_YEAR_END = /\b(?:AD|A\.D\.)\s?(\d{1,3})$/;
/** Minutes and seconds at the start of a reading ("1:48"), and the words around them that make them a gap in a race. */
const RACE_GAP = /^\d{1,2}:\d\d\b(?!\s*(?:[ap]\.?m\b|o['’]clock))/i;
/** Minutes and seconds ending a reading ("the 3:28"), where a fraction of a second may follow (see chronoParser.find). */
const RACE_CLOCK_END = /\b(\d{1,2}):([0-5]\d)$/;
const GAP_BEFORE = /\b(?:leads?|led|won|wins|lost|trails?|trailed|beat|finished)\s+(?:[\w'’-]+\s+){0,3}?by\s+$|\b(?:margin|deficit|gap|advantage|lead|cushion)\s+of\s+$/i;
const GAP_AFTER = /^\s+(?:down|behind|ahead|clear|back|adrift)\b/i;
/**
 * A possessive weekday and a thing set for a day, a fixture: "Wednesday's cup tie", "Sunday's final", "Saturday's trip to
 * Millbrook", "Tuesday's vote" (a
 * clause that looks ahead to one looks ahead to its day, where "will discuss Monday's crash" looks back to a thing done).
 */
const POSSESSIVE_FIXTURE = /^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:match|game|tie|final|semi-?final|race|stage|vote|ballot|election|primary|runoff|meeting|summit|debate|hearing|session|launch|ceremony|parade|concert|show|premiere|derby|fixture|clash|showdown|round|test|deadline|auction|rally|march|talks|trip|visit|opener|outing|bout|fight|game\s+\d)\b(?!['’-])/;
/**
 * Is a possessive weekday a fixture (`after` its day) that the words since the last comma before it (of `clauseBefore`) look
 * ahead to ("Rhodes will take charge as caretaker for Wednesday's cup tie")? (Not past an aside: "Cavendish, chasing a win in
 * what he has said will be his final season, crashed … from the finish of Saturday's stage".)
 */
function fixtureAhead(clauseBefore: string, after: string): boolean {
	const fixture = POSSESSIVE_FIXTURE.exec(after);
	if (!fixture) return false;
	// "Sunday's vote will decide the seat", "said Friday's session would be crucial": what the fixture will or would do is ahead.
	if (MODAL_AFTER_FIXTURE.test(after.slice(fixture[0].length))) return true;
	const own = clauseBefore.slice(clauseBefore.lastIndexOf(',') + 1);
	return tenseBefore(own, own.length) === 'future';
}
/** A modal after a fixture, past at most three words that finish its noun phrase ("in Paris", "of the series"). */
const MODAL_AFTER_FIXTURE = /^(?:\s+(?:in|at|of|against|between)(?:\s+[\w'’-]+){1,3}?)?\s+(?:will|would|could|should|may|might|(?:is|are)\s+(?:expected|likely|set|due)\s+to)\b(?!\s+have\b)/;
/** A possessive after a date: "Friday's 22-point gain". */
const POSSESSIVE_AFTER = /^['’]s\b/;
/** The plain past verbs and words that tell when ("since Thursday night"), against a present perfect (scope's PRESENT_PERFECT), which tells what stands now. */
const PLAIN_PAST = /\b(?:said|says|was|were|had|did|told|announced|reported|since|ago|last)\b/i;
/** After a weekday, a present verb of a scheduled thing ("Tuesday marks", "Friday and Saturday are"). */
/**
 * A weekday in what someone was urged, asked or advised to do ("urged residents to leave by noon Friday", "advised leaving
 * before 10 a.m. Friday", "warned of flooding through Saturday"): what is called for comes after the call, and is told
 * from either side of the day of writing, so it is the nearest such day (not someone else's clause: "told police he went to …").
 */
const DIRECTED = /\b(?:urged?|urging|asked|asking|told|advised?|advising|ordered|warned|warning|instructed|encouraged|called\s+on|recommended|recommending)\s+(?:(?:(?!(?:he|she|they|it|we|i|you|that)\b)[\w'’-]+\s+){0,4}?to\s+(?!(?:the|a|an|his|her|their|its|be)\b)[a-z]+|[a-z]+ing|of)\b[^.;:!?]*$/i;
/** A count of days of a thing, or a strike of a length, and "from" before a weekday: "three days of national mourning from", "a 48-hour strike from". */
const SPAN_FROM_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|ten)(?:-hour|-day)?\s+(?:days?\s+of\s+(?:national\s+|public\s+|official\s+)?[a-z]+|strike|walkout|ceasefire|truce|shutdown|closure|holiday)\s+from\s+$/i;
/** A noun, then "starting", "beginning" or "effective", and perhaps "in" or "from", right before a month: "a raise for city employees
 * beginning in ". */
const STARTING_MONTH_BEFORE = /\b[a-z]{3,}\s+(?:starting|beginning|effective)\s+(?:in\s+|from\s+)?$/i;
/** A month that a thing starts from, in a clause with no tense ("The budget includes a raise beginning in January"), is ahead. */
function startingAhead(tense: Tense, text: string, from: number): Tense {
	return tense === 'none' && STARTING_MONTH_BEFORE.test(text.slice(Math.max(0, from - 40), from)) ? 'future' : tense;
}
/** A noun, then "starting" or "beginning", and at most a clock time before a weekday: "a truce starting at 8 a.m. local time (0500 GMT) on", "a ban beginning". */
const STARTING_BEFORE = /\b[a-z]{3,}\s+(?:starting|beginning)\s+(?:(?:at|from)\s+[^;:!?]{0,40}?\s+)?(?:on\s+)?$/i;
/** Words in a clause that look ahead from the day of writing: "will", "is due to", "are expected to", "ahead of" (not "until", "by", "to visit", which a story's past may hold). */
/** A verb in the present of what is expected: "Forecasters expect", "the agency predicts". */
const EXPECT_NOW = /\b(?:expects?|forecasts?|predicts?|anticipates?)\b/i;
const AHEAD_NOW = /\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|set|planned|to)\b|ahead\s+of)\b/i;
/** "from" right before a weekday; and what after it makes the weekday the start of a range ("from Friday to Sunday"). */
const FROM_BEFORE = /\bfrom\s+$/i;
const SINCE_BEFORE = /\b(?:since|ever\s+since)\s+(?:(?:late|early|last)\s+)?$/i;
/** A plural noun the weekday modifies: "$13.5 million from Thursday previews, which began at 7 p.m." (no start). */
const NOUN_AFTER_DAY = /^ (?!(?:nights|mornings|afternoons|evenings|onwards|hours)\b)\p{Ll}{3,}s\b(?![-'’])/u;
const RANGE_ON_AFTER = /^\s*(?:[-–—]|to\b|through\b|until\b|till\b|and\b)/i;
/** After a weekday, its thing set to start or end in the present: "'s session begins", "'s final kicks off". */
const POSSESSIVE_SCHEDULED = /^['’]s\s+(?:[a-z-]+\s+){1,2}?(?:begins|starts|opens|ends|closes|kicks\s+off)\b/;
const SCHEDULED_AFTER = /^\s*(?:and\s+[A-Z]\w+\s+)?(?:marks|opens|begins|starts|ends|closes|is|are)\b/;
/** Between a clock time and its day in one chrono result: " on " (with a zone before it: "Baghdad time on"; "ten at night on"). */
const CLOCK_ON_DAY = /(?<=\d|[ap]\.?m\.?|noon|midday|midnight|\b[A-Z]{2,4}|\btime|\bin\s+the\s+(?:morning|afternoon|evening)|\bat\s+night|o['’]clock|\b(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+on\s+(?=\S)/i;

const engine = gatedChrono(nameCasualParsers(chrono.casual.clone()));

const LEADING = /^(?:on|in|at|by|for|from|since|until|till|during|of|as of|to)\s+/i;
/** A clock time with "a.m." or "p.m." or a colon: "7 p.m.", "6:57 p.m. EDT", "19:30". */
const CLOCK_START = /^\d{1,2}(?:(?:[:.]\d{2})?\s*[ap]\.?m\b|:\d{2}\b)/i;
/** A part of the day as chrono reads it alone, and the article before it that TimeML keeps. */
const BARE_PART = /^(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)$/i;
const ARTICLE_BEFORE = /\bthe\s+(?:(?:early|late|same|previous|preceding)\s+)?$/i;

/** Does the clause before `from` look back from the story ("had", "earlier", "compared")? */
function clauseLooksBackAt(text: string, from: number): boolean {
	return LOOKING_BACK.test(text.slice(Math.max(0, from - 80), from).split(/[.;!?]\s/).pop() ?? '');
}

/** "afternoon on 17 April 1521": chrono leaves out the article, as with a bare part of the day. */
const PART_ON_DATE = /^(?:morning|afternoon|evening|night)\s+on\s+/i;
/** After a part of the day, what says which day it is ("hours of 30 April", "the night the plane went down", "the morning after"). */
/** A part of the day alone after "by", "until" ("by evening"). */
const BARE_STORY_PART = /^(?:morning|afternoon|evening)$/i;
const LIMIT_BEFORE_PART = /\b(?:by|until|till|towards?)\s+$/i;
/** "By", "Until" opening a clause before a part of the day: "By the evening the plotters had fled", "and by evening the column was", "but by the evening a strong wind was", "… Gridley.\" By early afternoon the squadron". */
const LIMIT_OPENER = /(?:^|[.;,!?]["”’)]*\s+|\b(?:and|but)\s+)(?:by|until|till|towards?)\s+$/i;
/** "In", "During", "At" or "Through" opening a sentence (or a clause after "and" or "but") before a part of the day: "In the early morning the French cross …", "At dawn the leading brigade was attacked", "Through the night the troops surrounded the camp". */
const IN_OPENER = /(?:^|[.;:!?]["”’)]*\s+|\b(?:and|but)\s+)(?:in|during|at|through|throughout)\s+$/i;
/** "before" or "after" right after a part of the day, with nothing after it to say before what: "the night before, engineers", "the evening before and". */
const PART_BEFORE_AFTER = /^\s+(?:before|after)(?=\s*[,.;:!?)]|\s+(?:and|but|when|as|while)\b)/i;
/** After "morning" or "afternoon": the session of a market ("in afternoon trading", "morning deals"). */
const TRADING_AFTER = /^\s+(?:trading|trade|deals|dealings|session)\b/i;
/** Where a clause opens: the start of the text or a sentence, or "but" or "and" after a comma. */
const CLAUSE_OPENS_BEFORE = /(?:^|[.;:!?]["”’)]*\s+|,\s+(?:but|and)\s+)$/i;
/** A verb of saying and "in" (or "on", "during") right before a part of the day: "said in ", "announced during ". */
const SAID_IN_PART_BEFORE = new RegExp(String.raw`\b(?:${SAID_VERBS}|says|warned|insisted|promised)\s+(?:in|on|during|early\s+in|late\s+in)\s+(?:the\s+)?$`, 'i');
const OF_AFTER = /^\s+(?:(?:hours\s+)?of|the|that|when|before|after|a|an)\b/i;
const RELATIVE_WORDS = /\b(ago|last|next|this|coming|past|yesterday|today|tomorrow|tonight|later|earlier|before|after|now|previous|following|within)\b/i;
const AMBIGUOUS_WORD = /^(may|march|sat|sun|mon|wed|second|mar|jan|jun|aug|dec|sept?|oct|nov|fri|thu|tue|tues)$/i;
const MONTH_CUE = /\b(?:(in|into|of|since|until|till|by|early|late|mid|last|next|this|past|that|following|preceding|previous|from|to|through|between|and|during|before|after|each|every|throughout|covering)\s+|mid-)$/i;
/** A sentence starts right before ("… inevitable. September saw the Germans …"). */
const OPENS_SENTENCE = /(?:^|[.!?]["”’)]*\s+)$/;
/** Month names that are no ordinary word nor a given name ("April", "June" and "August" can be), enough alone to open a sentence. */
const ONLY_A_MONTH = /^(?:january|february|september|october|november|december)$/i;
/**
 * Weaker cues, enough for a month that is no ordinary word: "for October", "the October slaying", "a June agreement", "its
 * April meeting", "as soon as October", "around October" (not "the March to the Sea", nor "such as May").
 */
const MONTH_CUE_WEAK = /\b(?:for|the|a|as|its|their|his|her|our|around|about)\s+$/i;
/** A capitalised word right after a month, no month, weekday or "Day" ("… Crisis", "… Revolution"; not "… Day", "… 4"). */
const NAMED_AFTER_THE = /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Day|Eve)\b)[A-Z][a-z]{2,}/;
/** Another month right after a lone month, joined to it: "spends April and May", "from June to August" (a name has none). */
const MONTH_JOINED_AFTER = /^\s+(?:and|or|to|through|until|into)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

type Components = chrono.ParsedResult['start'];

/** chrono sometimes swallows a stray number or word: "17 August-2", "28 March, 35", "last April, first (tried)", "August of", "January 1 be" (read as the Buddhist era), "8 February, after a day(-long bombardment)". */
/** A bare number chrono took for a time after a date ("February from 4"), and what shows it is a rate or an amount. */
const NUMBER_TAIL = /\s+(?:from|to|at|until|till|by|of|after|before)\s+\d{1,3}$/;
/** ("will retire at the end of the year after 14 years": a count of a unit of time after the number.) */
const RATE_AFTER = /^(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|points?\b|billion\b|million\b|(?:years?|months?|weeks?|days?|decades?|centuries|seasons?)\b)/i;
/** A day of the month right before a month's name: "1 ", "21st ". */
const DAY_NUMBER_BEFORE = /\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+$/;
const BAD_TAIL = /(?:\s*[-–]\s*\d{1,2}|,\s*\d{2}|,\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|\s+of|\s+be|\s+may|,\s+(?:[\w-]+\s+){1,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|later)|,\s+(?:after|before)\s+(?:a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))$/;
/** How many years back a news flashback may lie and still end with its paragraph (an older story told at length goes on: an anniversary piece). */
const RECENT_FLASHBACK_YEARS = 10;
/** A month or a day told with no year of its own written in digits ("October of that year", "in October", "Oct. 26"). */
const MONTH_TOLD_STORY = /^(?!.*\d{4})(?:.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/** A year, then a month's name that is also a first name ("1640 Jan", "1914 May"). */
const NAME_AFTER_YEAR = /(?<=\d{3,4})\s+(?:Jan|May|June|April|August)$/;

/** A month, then two of its days joined by a dash: "March 29-30" (a range, not a stray number after a date). */
const MONTH_DAY_DAY = /^[A-Za-z]{3,9}\.?\s+(\d{1,2})\s*[-–]\s*(\d{1,2})$/;
/** Is `text` a month and two of its days in order ("March 29-30"; not "August-2")? */
function daysOfMonth(text: string): boolean {
	const m = MONTH_DAY_DAY.exec(text);
	return !!m && Number(m[1]) < Number(m[2]) && Number(m[2]) <= 31;
}
const PLURAL_SPAN = /\b(?:past|last|next|coming|previous|first|following)\s+(?:\S+\s+)?(?:second|minute|hour|day|week|month|quarter|year|decade)s\b/i;
const SPAN_AFTER_PREPOSITION = /^(?:after|within|for|over|during|in|about)\s+(?:\S+\s+){0,2}(?:second|minute|hour|day|week|month|quarter|year|decade)s?\b(?!\s+(?:ago|later|earlier|before|after))/i;
const TIME_CUE = /:|\b(?:half|quarter|minutes?)\s+(?:past|to)\s|\b(?:a\.?m\.?|p\.?m\.?|noon|midday|midnight|o['’]clock|morning|afternoon|evening|night|tonight)\b|\d\s*(?:am|pm|h)\b|\d{4}\s+(?:GMT|UTC|local\s+time)\b|^0\d[0-5]\d\b/i;


/** The time a set of chrono components states, at the finest granularity the text gives. */
export function componentsToTime(c: Components, year: number): { time: TimeValue; fields: DateField[] } | null {
	const fields: DateField[] = [];
	const has = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour') => c.isCertain(k);
	if (has('year')) fields.push('year');
	if (has('month')) fields.push('month');
	if (has('day')) fields.push('day');
	if (has('weekday')) fields.push('weekday');
	const month = c.get('month') ?? 1;
	// (Chrono reads "the end of February" in its own year, a leap year: the 29th, which another year has not; its last day is meant.)
	const day = Math.min(c.get('day') ?? 1, daysInMonth(year, month));
	if (has('hour')) {
		fields.push('time');
		const hour = c.get('hour') ?? 0;
		const minute = c.get('minute') ?? 0;
		const start = ymdToMillis({ year, month, day }) + (hour * 60 + minute) * 60_000;
		const value = `${dayValue({ year, month, day }).value}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
		return { time: timeValue(value, start, start + (c.isCertain('minute') ? 60_000 : 3_600_000), c.isCertain('minute') ? 'minute' : 'hour'), fields };
	}
	if (has('day') || has('weekday')) return { time: dayValue({ year, month, day }), fields };
	if (has('month')) return { time: monthValue(year, month), fields };
	if (has('year')) return { time: yearValue(year), fields };
	return null;
}

function refInstant(ref: Ymd): Date {
	return new Date(ymdToMillis(ref) + 12 * 3_600_000);
}

/** Figures, and "for", right before a month: "house price data for", "retail sales figures for", "the jobs report for"; or what they cover: "its next monthly estimate of GDP, covering". */
const FIGURES_FOR_BEFORE = /\b(?:data|figures|statistics|numbers|readings?|report|survey|index)\s+for\s+$|\b(?:data|figures|statistics|numbers|readings?|report|survey|index|estimate)\b[^.;:!?]{0,30},?\s+covering\s+$/i;
/** What figures show, and "in" or "for", right before a month: "will show the size of the list in (April)" (a month gone by). */
const FIGURES_SHOW_BEFORE = /\b(?:figures|data|statistics|numbers)\b[^.;:!?]{0,40}?\bshow(?:s|ed)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:in|for)\s+$/i;
/** Figures right after a month named alone: "September orders for durable goods", "the May figures", "April employment report". */
const FIGURES_AFTER = /^\s+(?:(?:consumer|producer|retail|trade|jobs|employment|payrolls?|inflation|housing|factory|industrial|durable[- ]goods)\s+)?(?:data|figures|statistics|numbers|readings?|report|survey|index|orders|sales|payrolls|output)\b/i;
/** "had" and a verb right after a date, the date in its subject: " had caused dismay" (not "had to"). */
const PLUPERFECT_AFTER = /^\s+had\s+(?:(?:not|never|already|long|also|just)\s+)?(?!to\b)[a-z]{3,}/;
/** A plan told in the past perfect before a day: "Hobson had expected to meet them again on" (a day ahead of the story's). */
const HAD_PLANNED_TO = /\bhad\s+(?:(?:long|also|already|originally|first)\s+)?(?:expected|planned|intended|hoped|meant|wanted|promised|agreed|arranged|proposed|resolved|decided)\s+to\s+[^.;:!?]*$/i;
/** Words of a clause that looks back from the story's time. */
const LOOKING_BACK = /\b(?:earlier|previous|previously|preceding|before|prior|had|since|ago|compared)\b/i;


/** A month's name and "and" or "or" before a month ("November and January"). */
/** After a month, another joined to it: " and January", " to early March", " through February". */
const MONTH_PAIR_AFTER = /^\s+(?:and|to|through|into|until)\s+(?:early\s+|late\s+|mid-)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const MONTH_AND_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*,?\s+(?:and|or)\s+$/i;

/** A day of a month before, in the same clause, and "and" after it: "on Oct. 18 and Denver Metro on ", "on 3 May and ". */
const LISTED_AFTER_DAY = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b[^.;:!?\d]{0,40}\band\b[^.;:!?\d]{0,30}$/i;

/** What a date listed after another may follow: a day; a month or a day (the end of a range of months). */
const BY_DAY_ONLY: ReadonlySet<string> = new Set(['day']);
const BY_MONTH_OR_DAY: ReadonlySet<string> = new Set(['month', 'day']);

/**
 * A date with no year after the one its sentence told right before it (the candidate before it, of one of `granularities`):
 * the first such date on or after that one, in its year or the next. "Central on Oct. 18 and Denver Metro on Nov. 1" (a day
 * listed after a day); "Demand held up from early June until mid-September" (the month a range ends at, after the month or
 * day it starts at). Null when the one before is of none of `granularities`, or the weekday named with the date does not
 * fall on it in that year. `how`: what the date is to the one before, for the derivation.
 */
function onOrAfterPrevious(c: Components, text: string, ctx: ResolveContext, granularities: ReadonlySet<string>, how: string): Resolved | null {
	const k = ctx.index - 1;
	const prev = ctx.candidates[k];
	if (!prev || prev.sentence.start !== ctx.candidates[ctx.index].sentence.start) return null;
	const r = ctx.resolveAt(k);
	if (!r || !granularities.has(r.time.granularity)) return null;
	const from = startYmd(r.time);
	const month = c.get('month') ?? 1;
	// (A month alone compares by its month.)
	const day = c.isCertain('day') ? (c.get('day') ?? 1) : from.day;
	// (A day earlier in the same month is a step back, not a year on: "Kimpo airfield fell on 17 September, and on 16 September
	// the Eighth Army broke out".)
	const year = month < from.month ? from.year + 1 : from.year;
	// ("… from 16 February to 20 February and ends on Thursday 2 April": not where the weekday named does not fall on that day.)
	if (!weekdayFits(c, year)) return null;
	const t = monthly(componentsToTime(c, year), text);
	if (!t) return null;
	return { time: t.time, stated: t.fields, inferred: ['year'], derivation: [`“${text}” ${how} “${prev.text}” (${r.time.value}): the first such ${c.isCertain('day') ? 'day' : 'month'} on or after it → ${t.time.value}`], confidence: r.confidence, referenceFree: r.referenceFree };
}

/** After a month named alone, a noun it qualifies: " increase", " meeting" (not a preposition, verb or conjunction). */
const NOUN_AFTER_MONTH = /^\s+(?!(?:and|or|but|to|of|in|on|at|for|from|with|by|is|was|were|are|has|had|will|would|when|as|that|this|the|a|an|last|next|through|until)\b)[a-z]{4,}\b/;
/** How many candidates back "the October increase" looks for the October told. */
const SAME_MONTH_BACK = 60;

/**
 * "the October increase", after "A second step … will follow on Oct. 1": a month set before a noun, "the" before it, names a
 * thing of the same month told before; its year is that one's. Null if no such month was told.
 */
function sameMonthTold(c: Components, text: string, ctx: ResolveContext): Resolved | null {
	// (In news, of a month near the day of writing: not a year's story told as a comparison, "in 2016, when the onset … was
	// declared on June 8"; a history's "August offensive" is no August told before.)
	if (ctx.historical || !ctx.documentDated || !ctx.reference) return null;
	const month = c.get('month') ?? 0;
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - SAME_MONTH_BACK); k--) {
		const other = ctx.candidates[k];
		if (other.background || other.parser !== 'chrono') continue;
		const r = ctx.resolveAt(k);
		if (!r || !BY_MONTH_OR_DAY.has(r.time.granularity) || /\//.test(r.time.value)) continue;
		const told = startYmd(r.time);
		if (told.month !== month) continue;
		if (told.year < ctx.reference.year - 1) return null;
		const t = monthly(componentsToTime(c, told.year), text);
		if (!t) return null;
		return { time: t.time, stated: t.fields, inferred: ['year'], derivation: [`“${text}” names a thing of the ${text} told before (“${other.text}” → ${r.time.value}) → ${t.time.value}`], confidence: 0.65, referenceFree: r.referenceFree };
	}
	return null;
}

/** Before a day of a month: the weekday a range starts at and its joint ("from Saturday through ", "Friday to "). */
const WEEKDAY_RANGE_FROM_BEFORE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:until|till|to|through|thru)\s+$/i;
/** Before a month: the month a range starts at and its joint ("from early June until ", "from June to "). */
const MONTH_RANGE_FROM_BEFORE = /\bfrom\s+(?:early|late|mid)?[-\s]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:until|till|to|through)\s+$/i;


/** chrono writes 480 BC as the year -480; astronomically (year 0 = 1 BCE) it is -479. */
const astronomical = (year: number) => (year < 0 ? year + 1 : year);

/** A range without a year ("12-14 July", "October to March"): the end follows the start's resolved year. */
function withRangeEnd(r: Resolved | null, c: Components, end: Components | null): Resolved | null {
	if (!r || !end || r.time.value.includes('/')) return r;
	const t = componentsToTime(end, startYmd(r.time).year + (end.get('year') ?? 0) - (c.get('year') ?? 0));
	if (!t || isoToMillis(t.time.end) <= isoToMillis(r.time.start)) return r;
	return { ...r, time: { value: `${r.time.value}/${t.time.value}`, start: r.time.start, end: t.time.end, granularity: r.time.granularity }, stated: [...new Set([...r.stated, ...t.fields])] };
}

/** "six weeks ago" is a week, "three months ago" a month: what is counted in a unit is known to that unit; so is the end of one. */
function inUnitOf(r: Resolved | null, text: string): Resolved | null {
	// "the end of next year", "the end of last month": that year or month, as TimeML writes "the end of 1990" (`1990`).
	const end = END_OF_UNIT.exec(text)?.[1]?.toLowerCase();
	const unit = end ?? /(?<!\bthe\s+)\b(week|month)s?\s+(?:ago|earlier|later|before|after)\b/i.exec(text)?.[1]?.toLowerCase();
	if (!r || !unit || r.time.granularity !== 'day') return r;
	const d = startYmd(r.time);
	return { ...r, time: unit === 'year' ? yearValue(d.year) : unit === 'week' ? weekValue(d) : monthValue(d.year, d.month) };
}

/** A season before "of" at the head of a phrase: "the spring of (next year)". */
const SEASON_OF_HEAD = /^the\s+(spring|summer|autumn|fall|winter)\s+of\s/i;

/** The season `code` of the year `r` names ("the spring of next year" → 2027-SP); any other time as it is. */
function seasonOfYear(r: Resolved | null, code: SeasonCode, text: string): Resolved | null {
	if (!r || r.time.granularity !== 'year') return r;
	const time = seasonValue(startYmd(r.time).year, code);
	return { ...r, time, derivation: [...r.derivation, `“${text}” is that season of that year → ${time.value}`] };
}

/** "the end of next year", "the end of last month" (the end of a unit counted from the day of writing). */
const END_OF_UNIT = /^(?:the\s+)?end\s+of\s+(?:next|last|this|the\s+(?:next|last|current))\s+(year|month)$/i;

/** What chrono reads `text` as, counted from the day `from`: "today", "yesterday", "tomorrow" without chrono ({@link casualDay}). */
function relativeTime(text: string, from: Ymd): { time: TimeValue; fields: DateField[] } | null {
	const instant = refInstant(from);
	const day = casualDay(text, instant);
	if (day) return { time: dayValue(day), fields: ['year', 'month', 'day'] };
	const [r] = engine.parse(readableClocks(text).text, { instant, timezone: 0 });
	if (r) nightHour(r.start, text);
	return r ? componentsToTime(r.start, r.start.get('year') ?? from.year) : null;
}

/** "died on 28 December 1941 at 12.30 in the morning": twelve in the morning is the hour after midnight (chrono reads 12:30). */
function midnightHour(parsed: chrono.ParsedResult): void {
	if (parsed.start.get('hour') !== 12 || !TWELVE_IN_THE_MORNING.test(parsed.text)) return;
	const clock = parsed.start as unknown as { assign(component: 'hour' | 'meridiem', value: number): void };
	clock.assign('hour', 0);
	clock.assign('meridiem', 0);
}
const TWELVE_IN_THE_MORNING = /^(?:at\s+)?12(?:[:.][0-5]\d)?\s+in\s+the\s+morning$/i;

/** "I got here at 11 last night": a bare hour from six to eleven before "last night" or "tonight" is in the evening (chrono reads 11:00). */
function nightHour(c: Components, text: string): void {
	const hour = c.get('hour') ?? 0;
	if (!/\b(?:last\s+night|tonight)$/i.test(text) || !c.isCertain('hour') || c.isCertain('meridiem') || hour < 6 || hour >= 12) return;
	const clock = c as unknown as { assign(component: 'hour' | 'meridiem', value: number): void };
	clock.assign('hour', hour + 12);
	clock.assign('meridiem', 1);
}

/** A day counted from the one a clock time would be on: "noon tomorrow", "midnight yesterday". */
const DAY_SHIFT = /\b(?:tomorrow|yesterday)\b/i;

/** A clock time on the day `days` after (before) the one `r` puts it on ("noon tomorrow", quoted on a day the story told). */
function shiftedDay(r: Resolved, days: number, c: Components, text: string): Resolved | null {
	const day = addDays(ymdOf(r.time.start), days);
	const moved = withClock({ ...r, time: dayValue(day) }, c, text);
	return moved && { ...moved, derivation: [...r.derivation, `“${text}”: the day ${days > 0 ? 'after' : 'before'} it, as the quotation counts → ${moved.time.value}`] };
}

/** Noon, named by a word. */
const NOON = /^(?:noon|midday)$/i;
/** Times of day named by a word: "midnight", "noon". */
const CLOCK_WORD = /\b(?:midnight|noon|midday)\b/i;

/**
 * Re-parse a relative phrase against the reference date. In history ("the day after", "the past
 * year" in a chapter on 1918) the phrase counts from the day the story is at, and "today" is the
 * writer's day, which no event of the story is on: left unplaced.
 */
function resolveRelative(text: string, ctx: ResolveContext): Resolved | null {
	if (!ctx.reference) return null;
	let from = ctx.reference;
	let label = `the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel})`;
	let referenceFree = false;
	// "midnight", "noon" after a day told years before the day of writing are that day's, in any text.
	const told = !ctx.historical && CLOCK_WORD.test(text) ? ctx.narrativeBefore(true) : null;
	const old = told !== null && ['day', 'hour', 'minute'].includes(told.resolved.time.granularity) && startYmd(told.resolved.time).year < ctx.reference.year - 2;
	if (ctx.historical || old) {
		if (/\b(?:today|tonight|now)\b/i.test(text)) return null;
		// (A time of day told before is on its day: "On the evening of 9 November 1989 … shortly before midnight".)
		const narrative = old ? told : ctx.narrativeBefore(true);
		// ("By mid-April … At noon, soldiers fired", after "at noon on Monday, April 22, 1889": see clockAgainIn.)
		const again = narrative && ctx.historical && NOON.test(text) ? clockAgainIn(ctx, text, 12, 0, narrative) : null;
		if (again) return again;
		if (!narrative || !['day', 'hour', 'minute'].includes(narrative.resolved.time.granularity)) return null;
		from = startYmd(narrative.resolved.time);
		label = `the day the story is at (“${narrative.candidate.text}” → ${narrative.resolved.time.value})`;
		referenceFree = narrative.resolved.referenceFree;
	}
	const t = relativeTime(text, from);
	if (!t) return null;
	return {
		time: t.time,
		stated: [],
		inferred: t.fields.length ? t.fields : ['day'],
		derivation: [`“${text}” counted from ${label} → ${t.time.value}`],
		confidence: 0.7,
		referenceFree
	};
}

/** "the end of May", "the beginning of March 1944": the month, not a guessed day (chrono picks the last or first day). */
function monthly(t: { time: TimeValue; fields: DateField[] } | null, text: string): { time: TimeValue; fields: DateField[] } | null {
	if (!t || t.time.granularity !== 'day' || !/\b(?:end|beginning|start|middle|close|turn)\s+of\b/i.test(text) || /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(text.replace(/\d{4}/g, ''))) return t;
	// (From the day's start, not its value: a year BC is written "BC0539-09-30".)
	const { year, month } = startYmd(t.time);
	return { time: monthValue(year, month), fields: t.fields.filter((f) => f !== 'day') };
}

/**
 * The last day told before candidate `ctx.index`, past years told alone since ("By 2 p.m. the palace had fallen; an
 * inquiry confirmed the suicide in 2011. At 6 p.m. …": a time of day cannot be in a year alone, so the story's day is
 * still the one before the year), and months told since that lie before it (look backs). Only where the narrative is
 * coarser than a day; at most four candidates back.
 */
function dayPastYears(ctx: ResolveContext, narrative: { resolved: Resolved; candidate: Candidate } | null): { resolved: Resolved; candidate: Candidate } | null {
	if (!narrative || BY_DAY_OR_FINER.has(narrative.resolved.time.granularity) || !ctx.historical) return null;
	// The latest end of a month or season told since (a year is passed whatever it is).
	let since = -Infinity;
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 5); k--) {
		const cand = ctx.candidates[k];
		if (cand.value !== undefined || cand.background || cand.dayAfter) continue;
		const r = ctx.resolveAt(k);
		if (!r) continue;
		if (r.time.granularity === 'year') continue;
		// "… the coldest previous launch, in January 1985, had shown the worst damage. … at about 11 p.m.": a month told since
		// that lies before the day is a look back, passed too; one after it is where the story went, which holds no clock.
		if (!BY_DAY_OR_FINER.has(r.time.granularity)) {
			since = Math.max(since, isoToMillis(r.time.end));
			continue;
		}
		return r.referenceFree && since <= isoToMillis(r.time.start) ? { resolved: r, candidate: cand } : null;
	}
	return null;
}

/** A time told to the day or finer. */
const BY_DAY_OR_FINER: ReadonlySet<string> = new Set(['day', 'hour', 'minute']);


/**
 * The day a story is at, past a look back in the past perfect: "When the first bombs fell on the morning of Sunday,
 * December 7, 1941, … The strike force had sailed … on November 26 … At 6 a.m. …": the clock time is on the story's
 * day, not on the day of the flashback. The day told before the flashback and later than it, one whose year is stated
 * first; `narrative` itself where the flashback is not one, or the time in question is in the past perfect too.
 */
function pastFlashback(ctx: ResolveContext, narrative: { resolved: Resolved; candidate: Candidate } | null): { resolved: Resolved; candidate: Candidate } | null {
	if (!narrative || !ctx.historical || !narrative.candidate.pastPerfect || ctx.candidates[ctx.index].pastPerfect) return narrative;
	// ("Stray bombs had fallen on London on the night of 24 August; Bomber Command struck at Berlin the following night": in the
	// look back's own sentence, a time counted from it is counted from it.)
	// (A day of it, not a month: "rain had fallen between early July and the beginning of October, and a large fire on the
	// previous night" is the night before the story's day.)
	if (narrative.candidate.sentence.start === ctx.candidates[ctx.index].sentence.start && BY_DAY_OR_FINER.has(narrative.resolved.time.granularity)) return narrative;
	const from = ctx.candidates.indexOf(narrative.candidate);
	const flashback = isoToMillis(narrative.resolved.time.start);
	let nearest: { resolved: Resolved; candidate: Candidate } | null = null;
	for (let k = from - 1; k >= Math.max(0, from - 12); k--) {
		const cand = ctx.candidates[k];
		if (cand.background || cand.dayAfter || cand.pastPerfect) continue;
		const r = ctx.resolveAt(k);
		if (!r || !r.referenceFree || !['day', 'hour', 'minute'].includes(r.time.granularity) || isoToMillis(r.time.start) <= flashback) continue;
		if (HAS_YEAR.test(cand.text)) return { resolved: r, candidate: cand };
		nearest ??= { resolved: r, candidate: cand };
	}
	return nearest ?? narrative;
}

/** "had" and a verb in the past right before: "had won ", "had narrowly lost ". */
const HAD_DONE_BEFORE = /\bhad\s+(?:[a-z]+ly\s+)?[a-z]{2,}\s+$/i;

/**
 * `r`, unless the clause tells a thing done before (`past`: "had won") and `r` lies after the day of writing: "the BBC forecast that
 * Leave had won Thursday's referendum" names no Thursday still to come, whatever Thursday the text told before ("close at noon on
 * Thursday"). (Not a thing said of what is ahead: "said Thursday's classes were also cancelled".)
 */
function notAheadOfPast(r: Resolved | null, ctx: ResolveContext, past: () => boolean): Resolved | null {
	if (!r || !ctx.reference || isoToMillis(r.time.start) < ymdToMillis(ctx.reference) + 86_400_000) return r;
	return past() ? null : r;
}

/** After a weekday (and its part of the day, which chrono may have read with it), a comma and a date: " night, Dec. 9", ", 5 March" (up to the date). */
const PART_THEN_DATE_AFTER = new RegExp(String.raw`^(?:\s+(?:morning|afternoon|evening|night))?,\s+(?=(?:${MONTH_NAME_SOURCE})\.?\s+\d|\d{1,2}\s+(?:${MONTH_NAME_SOURCE})\b)`, 'i');

/** The day of the date that starts at `at` (set after a weekday and its part of the day), where it falls on `weekday`; else null. */
function dateApposedAfter(ctx: ResolveContext, weekday: number, at: number, text: string): Resolved | null {
	const next = ctx.nextInSentence(at, 0);
	if (!next || next.candidate.start !== at || next.resolved.time.granularity !== 'day' || weekdayOf(startYmd(next.resolved.time)) !== weekday) return null;
	const r = next.resolved;
	return { ...r, derivation: [...r.derivation, `“${text}”, with the date set after it (“${next.candidate.text}”), names that day → ${r.time.value}`] };
}

/** "On 28 June 1914, a Sunday,": the day told right before a weekday set after it (", a "), in a news text as in a history. */
function dateOfApposedWeekday(ctx: ResolveContext, text: string): Resolved | null {
	// (", a " between them.)
	const told = toldRightBefore(ctx, 5);
	if (!told || told.resolved.time.granularity !== 'day') return null;
	const r = told.resolved;
	return { ...r, derivation: [...r.derivation, `“${text}”, set after “${told.candidate.text}”, names that day → ${r.time.value}`] };
}

/**
 * The day of a time told (`told`), for a clock time at `hour` told after it. "was due to expire at midnight" is T24:00,
 * the end of its day: a time in the afternoon or evening after it is on that day ("until 11:05 p.m."), one in the small
 * hours on the next ("reached France just after midnight … at 12:16 a.m.").
 */
function dayOfTold(told: TimeValue, hour: number | null | undefined): TimeValue {
	// (A range of days, "fought on 27-28 May 1905", is at its first day: a clock time is on one day.)
	if (told.granularity === 'day' && !told.value.includes('/')) return told;
	const beforeMidnight = told.value.endsWith('T24:00') && (hour ?? 0) >= 12;
	return dayValue(beforeMidnight ? addDays(ymdOf(told.start), -1) : ymdOf(told.start));
}

/** {@link clockToldAgain} within the month or season the story is at (`narrative`), as the resolution of `text`; else null. */
function clockAgainIn(ctx: ResolveContext, text: string, hour: number | null | undefined, minute: number, narrative: { resolved: Resolved; candidate: Candidate }): Resolved | null {
	const period = narrative.resolved.time;
	if (!['month', 'season'].includes(period.granularity)) return null;
	const again = clockToldAgain(ctx, hour, minute, period);
	return again ? { time: again.resolved.time, stated: ['time'], inferred: ['year', 'month', 'day'], derivation: [`“${text}” is the clock time told before with its day (“${again.candidate.text}” → ${again.resolved.time.value}), in the ${period.granularity} the story is at (“${narrative.candidate.text}”)`], confidence: 0.6, referenceFree: true } : null;
}

/** How many candidates back a day or clock time told again is looked for (clockToldAgain, fullDayToldBefore). */
const TOLD_AGAIN_BACK = 200;

/** The last clock time before the candidate at `hour` and `minute`, told with its day, within `period`; else null. */
function clockToldAgain(ctx: ResolveContext, hour: number | null | undefined, minute: number, period: TimeValue): { resolved: Resolved; candidate: Candidate } | null {
	if (hour === null || hour === undefined) return null;
	const from = isoToMillis(period.start);
	const to = isoToMillis(period.end);
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - TOLD_AGAIN_BACK); k--) {
		const r = ctx.resolveAt(k);
		if (!r || !r.referenceFree || (r.time.granularity !== 'minute' && r.time.granularity !== 'hour')) continue;
		const m = /T(\d\d):(\d\d)$/.exec(r.time.value);
		const at = isoToMillis(r.time.start);
		if (m && Number(m[1]) === hour && Number(m[2]) === minute && at >= from && at < to) return { resolved: r, candidate: ctx.candidates[k] };
	}
	return null;
}

/** The clock time told right before a day it waits on ("10:55 p.m. on 24 April"), resolved on that day; else null. */
function clockBeforeItsDay(ctx: ResolveContext, day: Candidate): TimeValue | null {
	const k = indexByStart(ctx.candidates, day) - 1;
	const clock = k >= 0 ? ctx.candidates[k] : undefined;
	if (!clock || !clock.dayAfter || day.start - clock.end > 6) return null;
	const r = ctx.resolveAt(k);
	return r && /T\d\d:\d\d$/.test(r.time.value) ? r.time : null;
}

/**
 * A clock time alone in a story told in the past ("At 10:57 the guns fell silent", after
 * "11 November 1918"): the day the story is at, when that day is years before the reference
 * date or the text has no date of its own. In news, a bare time is on the day of writing.
 */
function storyDayAt(text: string, c: Components, ctx: ResolveContext, afternoon = false): Resolved | null {
	const night = nightAt(text, c, ctx);
	if (night) return night;
	const last = ctx.narrativeBefore(true);
	// ("At about 2 p.m. that afternoon": the day told last, even a look back.)
	const after = ctx.candidates[ctx.index + 1];
	const thatDay = after && after.start - ctx.candidates[ctx.index].end <= 2 && /^that\b/i.test(after.text);
	const narrative = thatDay ? dayPastYears(ctx, last) ?? last : pastFlashback(ctx, dayPastYears(ctx, last) ?? last);
	const told = narrative?.resolved.time;
	// ("… opened at noon on Monday, April 22, 1889. … By mid-April, thousands were camped along the borders. … At noon, soldiers
	// fired pistols": in a history, past a month or season the story is at, the same clock time told before with its day in that
	// month is that day's again.)
	const again = ctx.historical && narrative && told ? clockAgainIn(ctx, text, c.get('hour'), c.get('minute') ?? 0, narrative) : null;
	if (again) return again;
	// (In news, a known event named in passing is no day the story is at: "the relationship with the European Union after
	// Brexit. … Polls closed at 10 p.m.")
	if (!narrative || !told || !['day', 'hour', 'minute'].includes(told.granularity) || (narrative.candidate.parser === 'namedEvent' && !ctx.historical)) return null;
	// A time told before ("10:57 … 10:58") is on the day the story is at; a time in the small hours after one late in
	// the evening ("struck an iceberg at 11:40 p.m. … the first boat was lowered at 12:45 a.m.") on the day after.
	let t = dayOfTold(told, c.get('hour'));
	// (An hour from one to six in words, after a time of the day before the night, is that afternoon's, told out of order: "six
	// o'clock … Meanwhile the Prussians had arrived. Bülow's corps began to attack … at about half past four".)
	const stepBack = afternoon && /T(?:0\d|1[0-8]):\d\d$|T(?:MO|AF)$/.test(told.value);
	// ("At 10:55 p.m. on 24 April, the station played … At 12:20 a.m., Rádio Renascença broadcast": the day told after a clock
	// time, "on 24 April", is the story's day, and that clock time says how late in it the story is.)
	const clock = told.granularity === 'day' ? clockBeforeItsDay(ctx, narrative.candidate) : null;
	const afterMidnight = !stepBack && pastMidnight(clock ?? told, c, text);
	if (afterMidnight) t = dayValue(addDays(ymdOf(told.start), 1));
	// ("In the early hours of 28 April … They burst into Bligh's cabin at half past five": after a night or the small hours told,
	// the hour is no afternoon's; after "the morning of 16 April", "The battle began at about one o'clock" is.)
	if (afternoon && (/TNI$/.test(told.value) || SMALL_HOURS_TOLD.test(narrative.candidate.text))) afternoon = false;
	const year = Number(/^[+-]?\d+/.exec(t.start)?.[0]);
	if (ctx.documentDated && ctx.reference && !(year < ctx.reference.year - 2)) return null;
	// In news, not past a date counted from the day of writing ("This year … on Saturday … Events begin at 10 a.m.").
	if (ctx.documentDated && !ctx.historical && ctx.narrativeBefore()?.candidate !== narrative.candidate) return null;
	const day: Resolved = {
		time: t,
		stated: [],
		inferred: ['year', 'month', 'day'],
		derivation: [`“${text}” is a time of the day ${afterMidnight ? 'after the one ' : ''}the story is at (“${narrative.candidate.text}” → ${told.value})${afternoon && !afterMidnight ? ', in the afternoon (an hour from one to six o’clock, its sentence telling of no night)' : ''}`],
		confidence: 0.7,
		referenceFree: narrative.resolved.referenceFree
	};
	return withClock(day, c, text, told, afternoon && !afterMidnight);
}

/** A time told that is the small hours: "the early hours of 28 April", "the small hours", "dawn on 6 March". */
const SMALL_HOURS_TOLD = /\b(?:early|small|wee)\s+hours\b|\b(?:dawn|daybreak|first\s+light)\b/i;
/** Words of the night and the small hours: "woken", "midnight", "before dawn", "the early hours". */
const SMALL_HOURS_CUE = /\b(?:night|midnight|dawn|daybreak|sunrise|daylight|woke|woken|awoke|awakened|asleep|slept|sleeping|bed|dark|darkness|morning|early\s+hours|small\s+hours|a\.m\.?|am)\b/i;

/**
 * A clock time in the sentence of a night told before it ("On the night of 14–15 April 1912, … the ship struck an
 * iceberg at 11:40 p.m."; "the night of 9 November"): in the evening, the night's first day; in the small hours, the next.
 */
function nightAt(text: string, c: Components, ctx: ResolveContext): Resolved | null {
	const self = ctx.candidates[ctx.index];
	const k = ctx.index - 1;
	const before = ctx.candidates[k];
	if (!before || before.sentence.start !== self.sentence.start || !before.text.includes('night')) return null;
	const r = ctx.resolveAt(k);
	const told = r?.time;
	if (!r || !told || !told.value.endsWith('TNI') || isoToMillis(told.end) - isoToMillis(told.start) > 86_400_000) return null;
	const first = ymdOf(told.start);
	// "On the night of 11 June, at about eleven o'clock": an hour from seven to eleven that names no half of the day is
	// that night's evening; an earlier one, or one in the morning, is in the small hours of the day after.
	const hour = c.get('hour') ?? 0;
	const evening = !c.isCertain('meridiem') && hour >= 7 && hour <= 11;
	const t = dayValue(hour < 12 && !evening ? addDays(first, 1) : first);
	const day: Resolved = {
		time: t,
		stated: [],
		inferred: ['year', 'month', 'day'],
		derivation: [`“${text}” is in the night the sentence tells (“${before.text}” → ${told.value})`],
		confidence: 0.75,
		referenceFree: r.referenceFree
	};
	return withClock(day, c, text, undefined, evening);
}

/** A clause that looks ahead from now: "will", "is to", "is expected to", "expects to" (not "would", nor "until" alone). */
function aheadNow(text: string, start: number): boolean {
	const clause = text.slice(clauseStartBefore(text, start), start);
	return FUTURE_NOW.test(clause) || /\bexpects?\s+to\b/i.test(clause);
}

/**
 * Is a clock time told in the past: its clause before it in the past tense, with no word of the present or to come near it; or,
 * where the words before it tell no tense ("In its 5 a.m. EDT advisory, the center put …"), the verb of its clause after it?
 */
function toldPast(text: string, start: number, end: number): boolean {
	const tense = tenseBefore(text, start);
	if (tense === 'past') return !NOT_PAST_NEAR.test(text.slice(Math.max(0, start - 45), start));
	if (tense !== 'none') return false;
	// (Its own clause: up to a conjunct or a relative clause of its own, "… at 2:30 p.m. local time, and by Sunday night the
	// arguments about who really was sandbagging …".)
	const after = text.slice(end, end + 120);
	const cut = CLAUSE_AFTER_END.exec(after);
	const clause = cut ? after.slice(0, cut.index) : after;
	return PAST_VERB_AFTER.test(clause) && !NOT_PAST_NEAR.test(clause);
}
/**
 * Is the sentence around [start, end), in quotation marks, told as a thing done: a verb in the past or the present perfect, up to the stops or
 * quotation marks around it ("“Tonight it wasn't.”", "“Tonight we made it by the skin of our teeth.”", "“We have waited so
 * long for tonight,” said …"), and nothing that looks ahead ("“After tonight, every bottle costs …”", "will", "expect")?
 */
function toldDone(text: string, start: number, end: number): boolean {
	const from = Math.max(0, start - 120);
	const before = text.slice(from, start);
	const open = Math.max(before.search(/[^.!?"“]*$/), 0);
	const after = text.slice(end, end + 120);
	const close = after.search(/[.!?"”]/);
	const sentence = before.slice(open) + ' ' + (close < 0 ? after : after.slice(0, close));
	// (Said, in quotation marks: "Colder, drier air was moving in tonight" is the writer's own tonight. The scope may begin
	// after the opening mark, a sentence that holds no date before it; so the closing mark after it tells, as the opening
	// one before it does.)
	const line = text.lastIndexOf('\n', start) + 1;
	const nextLine = text.indexOf('\n', end);
	const quoted = quotedAt(text.slice(line, nextLine < 0 ? text.length : nextLine), start - line, end - line);
	return quoted && DONE_VERB.test(sentence) && !AHEAD_WORD.test(sentence);
}
/** A verb of a thing done, in a quotation: a past form, one in -ed after its subject ("this city decided"), or the present perfect. */
const DONE_VERB = /\b(?:was|were|wasn['’]t|weren['’]t|did|didn['’]t|had|made|got|came|won|lost|beat|played|saw|went|took|gave|(?<=\b(?:we|I|you|they|he|she|it|(?:this|the|our|my)\s+[a-z]+)\s+)[a-z]{3,}ed|(?:have|has|'ve)\s+(?:\w+\s+)?(?:[a-z]{2,}ed|spoken|seen|done|won|lost|been|beaten|shown|given|taken|made))\b/i;
const AHEAD_WORD = /\b(?:will|shall|going\s+to|expects?|expected|hopes?|after\s+tonight|until|tomorrow|would)\b|\w['’]ll\b/i;

/**
 * Is the last day told before the current candidate, of the day of writing and the one before it, the day before (a time in
 * the small hours of the day of writing is of the night before it: "led a victory rally shortly after 5am")?
 */
function dayBeforeReferenceTold(ctx: ResolveContext): boolean {
	const before = formatYmd(addDays(ctx.reference!, -1));
	const today = formatYmd(ctx.reference!);
	for (let k = ctx.index - 1; k >= 0; k--) {
		const r = ctx.resolveAt(k);
		if (!r || !BY_DAY_OR_FINER.has(r.time.granularity)) continue;
		if (r.time.value.startsWith(before)) return true;
		if (r.time.value.startsWith(today)) return /T0[0-5]:/.test(r.time.value);
	}
	return false;
}

/** After a clock time, a verb in the past: "In its 5 a.m. EDT advisory, the center put …", "set off … shortly after 14:00 and did not reach". */
const PAST_VERB_AFTER = /^[^.;!?]{0,90}?\b(?:put|was|were|had|did|didn['’]t|said|reported|showed|[a-z]{3,}ed)\b/i;
/** Where the clause after a clock time ends: a full stop that ends a sentence, a conjunct after a comma, a relative pronoun. */
const CLAUSE_AFTER_END = /[.;!?](?:\s|$)|,\s+(?:and|but)\b|\b(?:who|which|that)\b/i;

/** How far back (characters) a news story's day lends itself to a clock time told alone. */
const NEWS_DAY_REACH = 600;

/**
 * A clock time alone in news ("The rover landed at 3:55 p.m. EST", after "touched down on Thursday afternoon"):
 * on the day the story last told, counted from the day of writing or not, when that is close before it and
 * within a week of the day of writing; else (null) the day of writing's. With `lead`, a clock time told in the past that no day close
 * before it lends itself to takes the lead's day (see leadDayAt).
 */
function newsDayAt(text: string, c: Components, ctx: ResolveContext, pastTense?: () => boolean, aheadTense?: () => boolean, untilAfter = false, lead = false): Resolved | null {
	if (!ctx.documentDated || !ctx.reference || ctx.historical) return null;
	// The day the story last told; where that lends itself to no clock time here (a month, a day far off or still to come),
	// for a clock time told in the past, the last day the story told in the week up to the day of writing ("The board voted
	// 5-2 Tuesday night to adopt a budget for the 2025-26 school year … The vote came just after 10:45 p.m."). (It can be an aside: "down 4 percent from Friday".)
	// (Only for a clock time told in the past: "Gates will open at 4 p.m." is on no day the story told before.)
	// (The tense is read once, and only where asked.)
	let past: boolean | undefined;
	const told = () => (past ??= pastTense?.() ?? false);
	// (A clock time looked ahead to, with no day told close before it, is on the day ahead the lead told: see aheadDayAt.)
	return newsDayFrom(text, c, ctx, ctx.narrativeBefore(), told, aheadTense, untilAfter) ?? (told() ? newsDayFrom(text, c, ctx, recentStoryDay(ctx), told, undefined, untilAfter) ?? (lead ? leadDayAt(text, c, ctx) : null) : aheadTense?.() ? aheadDayAt(text, c, ctx) : null);
}

/** How far into a news story (characters) its lead tells the story's day. */
const LEAD_REACH = 700;

/**
 * A clock time told in the past with no day told close before it, in news: on the day the lead told ("Game 3 of the World
 * Series was postponed by rain Monday night … Major League Baseball called off the game at 7:10 p.m."), when that is the first
 * day the story tells, in the week up to the day of writing. An evening after a lead told by its small hours or in the morning of
 * the day of writing ("With all precincts counted early Wednesday … told supporters shortly before 11 p.m.") is the evening before.
 * Not a time a thing had been done by ("Survey teams had confirmed at least 22 tornadoes by 3 p.m."): the report's own, of the day of
 * writing. Null where the lead tells no such day.
 */
function leadDayAt(text: string, c: Components, ctx: ResolveContext): Resolved | null {
	const found = leadDay(ctx);
	if (!found) return null;
	const { resolved: r, candidate: cand } = found;
	const day = ymdOf(r.time.start);
	const at = ymdToMillis(day);
	const reference = ymdToMillis(ctx.reference!);
	const hour = c.get('hour') ?? 12;
	// (Nor after a lead told by its small hours: "With all precincts counted early Wednesday, … told supporters shortly before 11 p.m.")
	const morningOfWriting = hour >= 17 && !/\bmidnight\b/i.test(text) && ((at === reference && r.time.granularity !== 'day' && new Date(isoToMillis(r.time.start)).getUTCHours() < 12) || EARLY_HOURS_OF_DAY.test(cand.text));
	// (And the small hours after a lead told in the afternoon or evening are the next day's: "at 4:17 p.m. Wednesday … about 1 a.m.")
	const smallHoursAfter = hour < 6 && c.get('meridiem') === 0 && !/\bmidnight\b/i.test(text) && r.time.granularity !== 'day' && (new Date(isoToMillis(r.time.start)).getUTCHours() >= 12 || /T(?:EV|NI)$/.test(r.time.value));
	const t = morningOfWriting ? dayValue(addDays(day, -1)) : smallHoursAfter ? dayValue(addDays(day, 1)) : dayOfTold(r.time, hour);
	const lead: Resolved = {
		time: t,
		stated: [],
		inferred: ['year', 'month', 'day'],
		derivation: [`“${text}” is told in the past with no day gone by told close before it: on the day ${morningOfWriting ? 'before the small hours or morning ' : smallHoursAfter ? 'after the afternoon or evening ' : ''}the story's lead told (“${cand.text}” → ${r.time.value})`],
		confidence: 0.6,
		referenceFree: r.referenceFree
	};
	return withClock(lead, c, text, r.time);
}

/** A date that is not where a news story is: an aside, a thing named by its date, a day after another, a look back, a figure
 * compared with, or a count from another time. */
function asideOrCount(cand: Candidate): boolean {
	return !!(cand.background || cand.attributive || cand.dayAfter || cand.pastPerfect || cand.compared) || cand.parser === 'offset';
}

/** The first day a news story tells, within {@link LEAD_REACH} of its first date, where that is in the week up to the day of writing; else null. */
function leadDay(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	const found = leadStoryDay(ctx);
	const reference = ymdToMillis(ctx.reference!);
	return found && found.at <= reference && reference - found.at <= WEEK ? found : null;
}

/** The first day (or time of a day) the story tells, within LEAD_REACH of its start, not an aside or a count, and the start of that day; null if none. */
function leadStoryDay(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate; at: number } | null {
	for (let k = 0; k < ctx.index; k++) {
		const cand = ctx.candidates[k];
		if (cand.start - ctx.candidates[0].start > LEAD_REACH) return null;
		if (asideOrCount(cand) || cand.parser === 'namedEvent') continue;
		const r = ctx.resolveAt(k);
		if (!r || !['day', 'hour', 'minute'].includes(r.time.granularity)) continue;
		return { resolved: r, candidate: cand, at: ymdToMillis(ymdOf(r.time.start)) };
	}
	return null;
}

/** "until about ", "till well after ": what went on up to a clock time. */
const UNTIL_BEFORE_CLOCK = /\b(?:until|till)\s+(?:(?:about|around|nearly|almost|roughly|after|past|(?:shortly|just|well)\s+(?:before|after|past))\s+)?$/i;

/** How many candidates back {@link recentStoryDay} looks. */
const RECENT_DAY_BACK = 12;

/**
 * The last day (or time of a day) told before the candidate, close before it, in the week up to the day of writing; not an aside, a
 * look back, a count, or a day of saying ("Senator Amy Holbrook … said Friday … Service returned gradually from about 11 a.m.").
 */
function recentStoryDay(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	const self = ctx.candidates[ctx.index];
	const reference = ymdToMillis(ctx.reference!);
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - RECENT_DAY_BACK); k--) {
		const cand = ctx.candidates[k];
		if (self.start - cand.start > NEWS_DAY_REACH) break;
		if (asideOrCount(cand) || cand.saidOn || cand.end > self.start) continue;
		const r = ctx.resolveAt(k);
		if (!r || !['day', 'hour', 'minute'].includes(r.time.granularity)) continue;
		const at = ymdToMillis(ymdOf(r.time.start));
		if (at <= reference && reference - at <= WEEK) return { resolved: r, candidate: cand };
	}
	return null;
}

/** How many candidates back {@link eveningOfWritingNamed} looks. */
const EVENING_NAMED_BACK = 30;

/** Has the text, before this candidate, named the evening or night of the day of writing ("Saturday night", "tonight")? */
function eveningOfWritingNamed(ctx: ResolveContext): boolean {
	const day = formatYmd(ctx.reference!);
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - EVENING_NAMED_BACK); k--) {
		const r = ctx.resolveAt(k);
		if (r && (r.time.value === `${day}TEV` || r.time.value === `${day}TNI`)) return true;
	}
	return false;
}

/**
 * Is `told` (the time of `cand`) a day its sentence looks ahead to: one a weekday told ahead in the sentence, up to `cand`, names
 * ("will be played Tuesday"), or, after such a weekday, one not before the day of writing ("will now be decided on Friday, after
 * a rest day on Thursday")?
 */
function dayToldAhead(ctx: ResolveContext, cand: Candidate, told: TimeValue): boolean {
	const notPast = !!ctx.reference && ymdToMillis(ymdOf(told.start)) >= ymdToMillis(ctx.reference);
	for (let k = ctx.index - 1; k >= 0; k--) {
		const other = ctx.candidates[k];
		if (other.sentence.start !== cand.sentence.start) {
			if (other.start < cand.sentence.start) break;
			continue;
		}
		if (other.start > cand.start || other.tense !== 'future') continue;
		const r = ctx.resolveAt(k);
		if (r && (notPast || r.time.value.slice(0, 10) === told.value.slice(0, 10))) return true;
	}
	return false;
}

/** {@link newsDayAt} from one day told (`narrative`); null when it lends itself to no clock time here. */
function newsDayFrom(text: string, c: Components, ctx: ResolveContext, narrative: { resolved: Resolved; candidate: Candidate; saidAt?: Candidate } | null, pastTense?: () => boolean, aheadTense?: () => boolean, untilAfter = false): Resolved | null {
	if (!ctx.reference) return null;
	const told = narrative?.resolved.time;
	// (Nor a known event named in passing: "the relationship with the European Union after Brexit. … Polls closed at 10 p.m.")
	if (!narrative || !told || !['day', 'hour', 'minute'].includes(told.granularity) || narrative.candidate.parser === 'namedEvent' || ctx.candidates[ctx.index].start - (narrative.saidAt ?? narrative.candidate).start > NEWS_DAY_REACH) return null;
	// (Nor a day its sentence looks ahead to, for a clock time told in the past in another: "will be played Tuesday at 8:08 p.m. ET.
	// Major League Baseball called off the game at 7:10 p.m.")
	if (narrative.candidate.sentence.start !== ctx.candidates[ctx.index].sentence.start && dayToldAhead(ctx, narrative.candidate, told) && pastTense?.()) return null;
	// ("The polls closed at 8 p.m. Tuesday … By 2 a.m., Kimball had moved ahead": past midnight, the day after.)
	// ("Polls closed at 6 p.m. on Sunday …, and ballot boxes were kept under guard overnight. Counting began at 8 a.m.": the
	// morning after a night told since that day.)
	// ("in the control room on Wednesday evening broke into applause shortly before 4 a.m.": the small hours after an evening
	// named by its day; not after "the evening", which may be the day of writing's only for want of a day.)
	const afterEvening = told.value.endsWith('TEV') && WEEKDAY_OR_DATE.test(narrative.candidate.text) && (c.get('hour') ?? 12) < 5 && c.get('meridiem') === 0 && !/\bmidnight\b/i.test(text);
	// ("the player spent yesterday training alone … Talks went on until about 2am", "Negotiators worked until about 2 a.m.": a
	// thing that went on until the small hours after a day gone by ran into the next one.)
	const untilSmallHours = untilAfter && told.granularity === 'day' && (c.get('hour') ?? 12) < 6 && c.get('meridiem') === 0 && !/\bmidnight\b/i.test(text) && ymdToMillis(ymdOf(told.start)) < ymdToMillis(ctx.reference);
	const afterMidnight = pastMidnight(told, c, text, true) || morningAfterNight(told, c, ctx, narrative.candidate) || afterEvening || untilSmallHours;
	// ("With all precincts counted early Wednesday, … Harlan told supporters shortly before 11 p.m.", "ran into the early
	// hours of Thursday. … passed the bill at 10:52 p.m.": an evening told in the past after a day's small hours is the
	// evening before them.)
	const beforeEarlyHours = !afterMidnight && EARLY_HOURS_OF_DAY.test(narrative.candidate.text) && (c.get('hour') ?? 0) >= 18 && !/\bmidnight\b/i.test(text) && !!pastTense?.();
	// ("With 98 percent of ballots counted Monday morning …. Polling stations closed at 6 p.m.", dated that Monday: an evening told
	// in the past after the morning of the day of writing is the evening before it.)
	// (In a paragraph of its own: "Trading was suspended for half an hour Thursday morning … but by the close of currency trading at
	// 5 p.m." goes on through that day.)
	const beforeMorningOfWriting = !afterMidnight && !beforeEarlyHours && told.value.endsWith('TMO') && narrative.candidate.passageId !== ctx.candidates[ctx.index].passageId && ymdToMillis(ymdOf(told.start)) === ymdToMillis(ctx.reference) && (c.get('hour') ?? 0) >= 17 && !/\bmidnight\b/i.test(text) && !!pastTense?.();
	const t = afterMidnight ? dayValue(addDays(ymdOf(told.start), 1)) : beforeEarlyHours || beforeMorningOfWriting ? dayValue(addDays(ymdOf(told.start), -1)) : dayOfTold(told, c.get('hour'));
	// A day far from the day of writing lends itself only within its sentence ("On Election Day, polls will be open from 7 a.m."),
	// unless it is a day in the past told with its year ("in the early hours of 14 June 2022. … shortly after 2am").
	// A day still to come lends itself to no clock time told in the past ("disruption expected to last until at least
	// Wednesday. … had forced controllers to limit departures from 6 a.m.": that morning is the day of writing's).
	// (But the small hours after an evening of the day of writing are the next day's, told in the past or not: "a match that began
	// at 7:30 p.m. and ran well past midnight. The last point … was played at 12:47 a.m.", dated that Saturday.)
	// (Only where the text named that evening or night: "the final on Saturday night", not an "11 p.m." placed on the day of writing
	// for want of a day.)
	const nightOfWriting = afterMidnight && ymdToMillis(ymdOf(told.start)) === ymdToMillis(ctx.reference) && eveningOfWritingNamed(ctx);
	if (isoToMillis(t.start) >= ymdToMillis(ctx.reference) + 86_400_000 && !nightOfWriting && narrative.candidate.sentence.start !== ctx.candidates[ctx.index].sentence.start && pastTense?.()) return null;
	// Nor a day gone by to a clock time its clause looks ahead to ("since early Saturday … The utility said it expects to have
	// power back for 75% of affected customers by midnight": tonight's).
	// (But a day still to come that the lead told, the story's day, lends itself: "The awards take over the Crystal Dome on Sunday,
	// February 5 … told reporters at a rehearsal Thursday afternoon. … The red-carpet stream starts at 6 p.m. ET" is Sunday's.)
	if (isoToMillis(t.start) < ymdToMillis(ctx.reference) && narrative.candidate.sentence.start !== ctx.candidates[ctx.index].sentence.start && aheadTense?.()) {
		return aheadDayAt(text, c, ctx);
	}
	const far = Math.abs(isoToMillis(t.start) - ymdToMillis(ctx.reference)) > WEEK;
	// Nor a day told in the sentence right before, not counted nor told as a look back: "… in the early hours of Saturday 8
	// March, … at 00:41. The last words … were spoken at 01:19" (not "The stock had closed at $23.50 on Feb. 19").
	const past = isoToMillis(t.start) < ymdToMillis(ctx.reference);
	const sentence = ctx.candidates[ctx.index].sentence;
	const last = narrative.candidate;
	const justBefore = last.sentence.end <= sentence.start && sentence.start - last.sentence.end <= 3 && last.parser !== 'offset' && !last.pastPerfect;
	// (Nor a clock time of a night told far back, close before, to a clock time after it: "at 11.40pm. … “That was the last
	// time I heard his voice.” Shortly after midnight the three friends queued …", an inquest's account of a night a year before.)
	const clockBefore = past && /T\d/.test(told.value) && ctx.candidates[ctx.index].start - last.start <= CLOCK_CHAIN_REACH;
	const pastWithYear = past && (HAS_YEAR.test(last.text) || justBefore || clockBefore);
	if (far && !pastWithYear && narrative.candidate.sentence.start !== sentence.start) return null;
	const day: Resolved = {
		time: t,
		stated: [],
		inferred: ['year', 'month', 'day'],
		derivation: [`“${text}” is a time of the day ${afterMidnight ? 'after the one ' : beforeEarlyHours ? 'before the one whose small hours ' : beforeMorningOfWriting ? 'before the one whose morning ' : ''}the story is at (“${narrative.candidate.text}” → ${told.value})`],
		confidence: 0.7,
		referenceFree: narrative.resolved.referenceFree
	};
	return withClock(day, c, text, told);
}

/** A clock time looked ahead to, on the day ahead the lead told ({@link dayAheadTold}); null if it told none. */
function aheadDayAt(text: string, c: Components, ctx: ResolveContext): Resolved | null {
	const ahead = dayAheadTold(ctx);
	return ahead ? withClock({ ...ahead.resolved, time: dayValue(ymdOf(ahead.resolved.time.start)), stated: [], inferred: ['year', 'month', 'day'], derivation: [...ahead.resolved.derivation, `“${text}” looks ahead, to the day ahead the lead told (“${ahead.candidate.text}” → ${ahead.resolved.time.value})`] }, c, text) : null;
}

/**
 * The day the lead tells, where it is still to come, within a week of the day of writing: the first day the story tells, within
 * LEAD_REACH of its start ("The 38th Starlight Music Awards take over the Crystal Dome downtown on Sunday, February 5"); null if
 * the lead tells no such day.
 */
function dayAheadTold(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	const found = leadStoryDay(ctx);
	const ahead = found ? found.at - ymdToMillis(ctx.reference!) : 0;
	return found && ahead > 0 && ahead <= WEEK ? found : null;
}

/** How far (characters) a clock time of a day far back lends its day to a clock time after it. */
const CLOCK_CHAIN_REACH = 400;

/** How many candidates back {@link seasonOfMonth} looks. */
const SEASON_OF_MONTH_BACK = 40;
/** The months of each season, and how many years each lies after the season's own (a winter's January and February, one). */
const SEASON_MONTHS: Readonly<Record<string, ReadonlyArray<readonly [number, number]>>> = { WI: [[12, 0], [1, 1], [2, 1]], SP: [[3, 0], [4, 0], [5, 0]], SU: [[6, 0], [7, 0], [8, 0]], FA: [[9, 0], [10, 0], [11, 0]] };

/**
 * In news, the year of `month` in the last season told before `cand` with its own year, in a year before the day of writing,
 * that holds that month ("the winter of 2020-21 … December": 2020; "… February": 2021), in its sentence or the next; null if none.
 */
function seasonOfMonth(ctx: ResolveContext, cand: Candidate, month: number): { year: number; told: { resolved: Resolved; candidate: Candidate } } | null {
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - SEASON_OF_MONTH_BACK); k--) {
		const other = ctx.candidates[k];
		// (Told in the sentence of the season or the next: a season farther back is background.)
		if (other.sentence.start !== cand.sentence.start && cand.sentence.start - other.sentence.end > 3) break;
		if (other.parser !== 'season' || !/\d{4}/.test(other.text)) continue;
		const r = ctx.resolveAt(k);
		const m = r && /^(\d{4})-(WI|SP|SU|FA)$/.exec(r.time.value);
		if (!r || !m || Number(m[1]) >= ctx.reference!.year) continue;
		const within = SEASON_MONTHS[m[2]].find(([mo]) => mo === month);
		if (within) return { year: Number(m[1]) + within[1], told: { resolved: r, candidate: other } };
	}
	return null;
}

/** A reading that ends on a count of units and "after" or "before": "about 10 days after". */
const COUNT_THEN_AFTER = /\b(?:minute|hour|day|week|month|year)s?\s+(?:after|before)$/i;
/** A clock time with no half of the day after "at", "from" or "between", joined to one with it: "1:10" of "at 1:10 and 1:20 p.m.". */
const PAIRED_CLOCK = /(?<=\b(?:at|from|between)\s+)(\d{1,2}(?::[0-5]\d)?)(?=\s*(?:and|to|until|till|-|–)\s*(\d{1,2})(?::[0-5]\d)?\s*([ap])\.?m\b)/gi;
const PAIRED_CLOCK_CUE = /\b(?:at|from|between)\s+\d{1,2}(?::[0-5]\d)?\s*(?:and|to|until|till|-|–)\s*\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m\b/i;

/**
 * The first of two clock times joined ("1:10" of "at 1:10 and 1:20 p.m."): the half of the day of the second, unless that puts it
 * after the second ("between 11 and 1 p.m.": 11 in the morning), on the second's day. Null where the second has no day.
 */
function pairedClock(ctx: ResolveContext, end: number, m: RegExpMatchArray): Resolved | null {
	const next = ctx.nextInSentence(end, 12);
	const v = next?.resolved.time.value;
	const clock = v ? /^(.+)T(\d\d):\d\d$/.exec(v) : null;
	if (!next || !clock) return null;
	const [hour, minute] = m[1].split(':').map(Number);
	if (hour < 1 || hour > 12) return null;
	const pm = /^p$/i.test(m[3]);
	const later = pm && hour < 12 ? hour + 12 : !pm && hour === 12 ? 0 : hour;
	const h = later > Number(clock[2]) ? hour % 12 : later;
	const value = `${clock[1]}T${String(h).padStart(2, '0')}:${String(minute || 0).padStart(2, '0')}`;
	const day = parseYmd(clock[1]);
	const derivation = [`“${m[1]}” is joined to “${next.candidate.text}” (→ ${v}): its half of the day and its day → ${value}`];
	// (A day of every week, "Sundays from 1 to 5 p.m.": that day, no instant.)
	if (!day) return { ...next.resolved, time: { ...next.resolved.time, value }, stated: ['time'], derivation };
	const startMs = ymdToMillis(day) + (h * 60 + (minute || 0)) * 60_000;
	return { time: timeValue(value, startMs, startMs + 60_000, 'minute'), stated: ['time'], inferred: ['year', 'month', 'day'], derivation, confidence: next.resolved.confidence, referenceFree: next.resolved.referenceFree };
}

/** A day named by its small hours: "early Wednesday", "the early hours of Thursday", "the small hours of Sunday". */
const EARLY_HOURS_OF_DAY = /^(?:early|(?:the\s+)?(?:early|small)\s+hours\s+of)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** A weekday or a day of a month in a phrase ("Wednesday evening", "the evening of 3 May"). */
const WEEKDAY_OR_DATE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d/i;

/** Is a clock time before noon told after the night of the day `told` (which candidate `from` told), that night told since `from`? */
function morningAfterNight(told: TimeValue, c: Components, ctx: ResolveContext, from: Candidate): boolean {
	if ((c.get('hour') ?? 12) >= 12 || c.get('meridiem') !== 0) return false;
	const night = `${told.value.slice(0, 10)}TNI`;
	for (let k = ctx.index - 1; k >= 0 && ctx.candidates[k] !== from; k--) if (ctx.resolveAt(k)?.time.value === night) return true;
	return false;
}

/**
 * Is a clock time in the small hours told after one late in the evening (`told`), or early in the morning after a night?
 * Then it is on the day after. With `clockOnly`, only after a clock time told ("8 p.m."), not a part of the day; never
 * "midnight", the end of its day.
 */
function pastMidnight(told: TimeValue, c: Components, text = '', clockOnly = false): boolean {
	// ("on the evening of 30 January … a little after five o'clock": that evening's, see afternoonAfter.)
	if (/T(?:AF|EV)$/.test(told.value) && afternoonAfter(told, c, text)) return false;
	// ("The breakthrough came late Wednesday night … announced the agreement at about 6:15 a.m.": the morning after a night.)
	if (told.value.endsWith('TNI') && (c.get('hour') ?? 12) < 9 && !/\bmidnight\b/i.test(text)) return true;
	if (told.granularity === 'day' || (clockOnly && (!/T\d\d:\d\d$/.test(told.value) || /\bmidnight\b/i.test(text)))) return false;
	return new Date(isoToMillis(told.start)).getUTCHours() >= 18 && (c.get('hour') ?? 12) < 6;
}

/** How many candidates back, and how many minutes apart, a clock time told with its day lends that day (see nearClockDay). */
const NEAR_CLOCK_BACK = 40;
const NEAR_CLOCK_MINUTES = 60;
const CLOCK_WITH_DAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * In news, a time of day within an hour of the last one told before with its day is on that day, and in its half of the day when
 * it names none: "went down at 9:47 p.m. Tuesday … had been cleared to land at 9:41 p.m. and made its last radio call
 * at 9:45" are Tuesday's, the last at 21:45.
 */
function nearClockDay(text: string, c: Components, ctx: ResolveContext, past: () => boolean): Resolved | null {
	if (!ctx.documentDated || ctx.historical) return null;
	const hour = c.get('hour') ?? 0;
	const minute = c.get('minute') ?? 0;
	// Without a.m. or p.m. ("at 9:45"), either half of the day.
	const halfNamed = /[ap]\.?m\b|noon|midnight|midday/i.test(text) || hour >= 13 || hour === 0;
	const choices = halfNamed ? [hour * 60 + minute] : [(hour % 12) * 60 + minute, ((hour % 12) + 12) * 60 + minute];
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - NEAR_CLOCK_BACK); k--) {
		const other = ctx.candidates[k];
		// Only a clock time told with its day ("9:47 p.m. Tuesday", "10:15 a.m. on 3 May").
		if (other.type !== 'TIME' || !/\d/.test(other.text) || !CLOCK_WITH_DAY.test(other.text)) continue;
		const r = ctx.resolveAt(k);
		const m = r && /T(\d\d):(\d\d)$/.exec(r.time.value);
		if (!r || !m) continue;
		const told = Number(m[1]) * 60 + Number(m[2]);
		const at = choices.find((t) => Math.abs(t - told) <= NEAR_CLOCK_MINUTES);
		if (at === undefined) return null;
		const dayOf = r.time.value.slice(0, r.time.value.indexOf('T'));
		const day = parseYmd(dayOf);
		if (!day) return null;
		// ("will remain closed until at least 6 a.m. Friday … she got the automated call at 5:40 a.m.", told on a Wednesday:
		// a time told in the past is on no day after the day of writing.)
		if (ctx.reference && ymdToMillis(day) > ymdToMillis(ctx.reference) && past()) return null;
		const start = ymdToMillis(day) + at * 60_000;
		const value = `${dayOf}T${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
		return {
			time: timeValue(value, start, start + 60_000, 'minute'),
			stated: ['time'],
			inferred: ['year', 'month', 'day'],
			derivation: [`“${text}” is within an hour of “${other.text}” (→ ${r.time.value}), told before: the same day → ${value}`],
			confidence: 0.7,
			referenceFree: r.referenceFree
		};
	}
	return null;
}

/** After a time of day: a zone ("Baghdad time", "local time", "GMT") and "on", before the day it is on (see CLOCK_THEN_DAY_SOURCE). */
const ON_DAY_AFTER = new RegExp(String.raw`^${CLOCK_THEN_DAY_SOURCE}(?=\S)`);
/** After a time of day, the day it is on with no "on": "until noon the next day", "at 6 a.m. the following day", "7:22 a.m. the next morning". */
const NEXT_DAY_AFTER = /^\s+(?=the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b|that\s+(?:morning|afternoon|evening|night)\b)/i;

/**
 * Words that tell what happens as a rule, not once: "open daily", "every Thursday", "each morning", "on weekends", "on
 * Saturdays and Sundays" (a weekday in the plural).
 */
const HABITUAL = /\b(?:daily|nightly|(?:every|each)\s+(?:day|night|morning|afternoon|evening|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:on|at|during)\s+weekends|weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days(?!['’]))\b/i;
/** A modal or a verb in the present close before a clock time, whatever the clause's tense says ("said the crowds should come between 5 and 8 a.m.", "timed so that the first step appears at 9:56 p.m."). */
/** "had" and a participle, then "by" right before a clock time, in one clause: "had fallen at the airport by ". */
const PLUPERFECT_BY_BEFORE = /\bhad\s+(?:already\s+)?[a-z]+(?:ed|en|wn|ne|un)\b[^.;:!?,]*\bby\s+$/i;
const NOT_PAST_NEAR = /\b(?:should|will|would|could|can|may|might|must|shall|is|are|am|appears|begins|starts|opens|closes|ends|runs)\b/i;
/**
 * chrono's reading of a reading's `text` from `cut` on, where it starts right there: the reading, where it starts in the
 * scope (`start` is where `text` does; past a leading "on", "in" …) and its text. Null when chrono reads nothing there.
 */
function readFrom(text: string, cut: number, start: number, scopeText: string): { r: chrono.ParsedResult; start: number; text: string } | null {
	const [again] = engine.parse(text.slice(cut), { instant: PROBE, timezone: 0 });
	if (!again || again.index !== 0) return null;
	const lead = LEADING.exec(again.text)?.[0].length ?? 0;
	const at = start + cut + lead;
	return { r: again, start: at, text: readingEnd(again.text.slice(lead), scopeText, at) };
}
/** A casual word of chrono's ending a sentence inside its reading: "Night. " in "the Sad Night. On 7 July". */
const CASUAL_STOP = /^[^]*?\b(?:[Nn]ight|[Mm]orning|[Ee]vening|[Aa]fternoon|[Nn]oon|[Mm]idnight|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)[.!?]\s+(?=[A-Z])/;
/** "will", "shall" or "'ll" in a clause: it looks ahead. */
const WILL_AHEAD = /\b(?:will|shall)\b|\w['’]ll\b/i;
/** "Good" right before "night": a greeting (not "a good night for Labour"). */
const GOOD_BEFORE = /(?<!\b(?:a|one|the)\s+)\bgood\s*$/i;
/** A relative clause between commas: ", who has given a press conference almost every day since 9 March,". */
const RELATIVE_ASIDE = /,\s*(?:who|which|whose)\b[^,;:]*,/gi;
/** A clock time and nothing else: "10 a.m.", "9:30", "noon", "3 in the morning" (not "midnight", which ends a day). */
const PLAIN_CLOCK = /^(?:\d{1,2}(?:[:.]\d{2})?(?:\s*(?:[ap]\.?m\.?|o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?|noon|midday)$/i;
/** A day in the plural after a clock time: "(to 3 p.m.) on Saturdays and Sundays", "on weekends". */
const PLURAL_DAY = /\b(?:weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b/i;

/**
 * A clock time in a sentence that tells a rule ({@link HABITUAL}: "The galleries will be open daily from 10 a.m. to 6
 * p.m.", "Guided tours start at 11 a.m. on weekends") is on no day in particular: TimeML writes `XXXX-XX-XXT10:00`.
 * Not when a day follows it ("at 7 a.m. on March 3"). Null when it is not such a time.
 */
function ruleClock(scope: PassageScope, start: number, end: number, c: Components, text: string): string | null {
	if (!c.isCertain('hour') || c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month') || !PLAIN_CLOCK.test(text)) return null;
	const s = sentenceAt(scope.passage, scope.passage.start + start);
	const from = s.start - scope.passage.start;
	// "The minister, who has given a press conference almost every day since 9 March, is due to brief reporters again at
	// 5.30pm": a rule told in a relative clause that closes before the clock time is not the clock time's.
	const sentence = scope.text.slice(from, s.end - scope.passage.start);
	const own = sentence.slice(0, start - from).replace(RELATIVE_ASIDE, ' ') + sentence.slice(start - from);
	if (!HABITUAL.test(own)) return null;
	const after = scope.text.slice(end, end + 60);
	const gap = dayAfterClock(after)?.[0].length ?? clockRangeThenDay(after);
	if (gap && !PLURAL_DAY.test(after.slice(0, gap + 12))) return null;
	return `XXXX-XX-XXT${String(c.get('hour') ?? 0).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
}

/** What lies between a time of day and the day after it that it is on (see {@link dayAfter}), if a day follows. */
function dayAfterClock(after: string): RegExpExecArray | null {
	return ON_DAY_AFTER.exec(after) ?? NEXT_DAY_AFTER.exec(after) ?? NOUN_ON_DAY_AFTER.exec(after);
}

/** After a time of day, the noun it names the time of and "on", before the day: "the 11 p.m. deadline on Friday", "the 7:30 p.m. kickoff on Saturday". */
const NOUN_ON_DAY_AFTER = /^\s+(?:deadline|cutoff|cut-off|kickoff|kick-off|tip-off|start|curfew|meeting|session|close|opening|launch|departure|vote|flight|game|match|final)\s+on\s+(?=\S)/i;

/** After the first time of a range of clock times, the joint and the second time: "to 7 p.m.", "-21:00". */
const CLOCK_RANGE_TO = /^\s*(?:to|until|till|through|and|[-–—])\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?/i;

/** After the first time of a range of clock times, how far away the day both are on is ("to 7 p.m. on "): 0 when no day follows. */
function clockRangeThenDay(after: string): number {
	const to = CLOCK_RANGE_TO.exec(after);
	const on = to ? dayAfterClock(after.slice(to[0].length)) : null;
	return to && on ? to[0].length + on[0].length : 0;
}

/** Between the first clock time of a range and the second: " to ", "-". */
const RANGE_TO = /^\s*(?:to|until|till|through|[-–—])\s*(?=\d|noon\b|midday\b|midnight\b)/i;

/** "between" right before the first clock time of a range, and "and" before its second: "between 6pm and 9pm today". */
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const AND_RANGE_TO = /^\s*and\s*(?=\d|noon\b|midday\b|midnight\b)/i;

/** A clock time and the joint of a range right before a second one: "10 a.m. until ", "6:30 to ", "noon - ". */
const CLOCK_JOINT_BEFORE = /(?:\d|[ap]\.?m\.?|\bnoon|\bmidday)\s*(?:to|until|till|through|[-–—])\s*$/i;

/**
 * The second clock time of a range whose first is told right before it ("On Wednesday … from 10 a.m. until 11 p.m."): on the
 * first one's day, or on the day after when it is earlier in the day ("from 10 p.m. to 6 a.m.").
 */
function rangeStartDay(text: string, c: Components, ctx: ResolveContext): Resolved | null {
	const self = ctx.candidates[ctx.index];
	const k = ctx.index - 1;
	const first = ctx.candidates[k];
	if (!first || first.sentence.start !== self.sentence.start || first.end > self.start || self.start - first.end > 9) return null;
	const r = ctx.resolveAt(k);
	const told = r?.time;
	if (!r || !told || !['hour', 'minute'].includes(told.granularity) || told.value.endsWith('T24:00')) return null;
	const from = ymdOf(told.start);
	const firstHour = new Date(isoToMillis(told.start)).getUTCHours();
	const next = (c.get('hour') ?? 0) < firstHour;
	const on = next ? addDays(from, 1) : from;
	const day: Resolved = {
		...r,
		time: dayValue(on),
		stated: [],
		inferred: ['year', 'month', 'day'],
		derivation: [...r.derivation, `“${text}” ends a range of clock times that begins at “${first.text}”${next ? ', earlier in the day, so it is on the day after' : ', on that day'} → ${formatYmd(on)}`]
	};
	return withClock(day, c, text);
}

/**
 * The first clock time of a range whose second names its day ("from 10 a.m. to 4 p.m. Thursday"): on that day, or on the
 * day before when it is later in the day than the second ("from 10 p.m. to 6 a.m. Friday"). `gap`: the joint's length.
 */
function rangeEndDay(text: string, c: Components, ctx: ResolveContext, gap: number): Resolved | null {
	const self = ctx.candidates[ctx.index];
	// (Its words first: the second time is resolved only where it names a day, for it may itself count from the first.)
	const after = ctx.candidates[ctx.index + 1];
	if (!after || after.start !== self.end + gap || !DAY_NAMED.test(after.text)) return null;
	const next = ctx.nextInSentence(self.end + gap, 0);
	if (!next || next.candidate.start !== self.end + gap || !['hour', 'minute'].includes(next.resolved.time.granularity) || !DAY_NAMED.test(next.candidate.text)) return null;
	const end = ymdOf(next.resolved.time.start);
	const later = (c.get('hour') ?? 0) > Number(/T(\d\d)/.exec(next.resolved.time.value)?.[1] ?? 24);
	const on = later ? addDays(end, -1) : end;
	const day: Resolved = {
		...next.resolved,
		time: dayValue(on),
		stated: [],
		inferred: ['year', 'month', 'day'],
		derivation: [...next.resolved.derivation, `“${text}” opens a range of clock times that ends on the day named (“${next.candidate.text}”)${later ? ', so it is on the day before' : ''} → ${formatYmd(on)}`]
	};
	return withClock(day, c, text);
}

/** A weekday, a month or a day counted from now named in a time's text ("4 p.m. Thursday", "7 p.m. on 3 May", "9pm today"). */
const DAY_NAMED = new RegExp(String.raw`\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|${MONTH_NAME_SOURCE})\b`, 'i');

/**
 * A time of day followed by "on" and a day ("5:34 AM Baghdad time on March 20, 2003"): that day,
 * when the candidate right after the "on" (`gap` characters on) resolves to one.
 */
function dayAfter(text: string, c: Components, ctx: ResolveContext, gap: number): Resolved | null {
	const self = ctx.candidates[ctx.index];
	const next = ctx.nextInSentence(self.end + gap, 0);
	if (!next || next.candidate.start !== self.end + gap) return null;
	// "at 7:22 a.m. the next morning", "about 11 o'clock that morning": the day of that part of the day.
	const part = next.resolved.time.granularity === 'day' ? null : /^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI)$/.exec(next.resolved.time.value);
	const partDay = part ? parseYmd(part[1]) : null;
	if (next.resolved.time.granularity !== 'day' && !partDay) return null;
	const day: Resolved = {
		...next.resolved,
		...(partDay ? { time: dayValue(partDay) } : {}),
		stated: [],
		inferred: ['year', 'month', 'day'],
		derivation: [...next.resolved.derivation, `“${text}” is on the day after it (“${next.candidate.text}” → ${next.resolved.time.value})`]
	};
	// "three o'clock on the afternoon of 14 August": an hour that names no half of the day is in that part of it.
	const hour = c.get('hour') ?? 12;
	const evening = !!part && !c.isCertain('meridiem') && hour < 12 && (/T(?:AF|EV)$/.test(next.resolved.time.value) || (/TNI$/.test(next.resolved.time.value) && hour >= 6));
	return withClock(day, c, text, undefined, evening);
}

/** "the day after", "the day before": counted from an event the clause after it tells. */
const DAY_FROM_EVENT = /^the\s+day\s+(?:after|before)$/i;
/** An event named by a noun right after "the day before": " the attack", " their landing" (not a date: " the 14th"). */
const EVENT_NOUN_AFTER = /^\s+(?:the|his|her|its|their)\s+(?!(?:day|night|morning|evening|week|month|year)\b)[a-z]{4,}\b/;

/**
 * "the day before the attack", in a story at no day: the day before the one the event told next is on, in its sentence or the
 * one after ("A division had drilled for weeks, but the day before the attack Meade ordered it replaced … The mine exploded at
 * 4:44 a.m. on 30 July"); null if no day is told there. (An event ahead of the story: "the day after the battle" is of one
 * told already, and is not read here.)
 */
function dayFromEventAfter(text: string, ctx: ResolveContext): Resolved | null {
	const next = ctx.nextInSentence(ctx.candidates[ctx.index].end, 200, true);
	if (!next || !['day', 'hour', 'minute'].includes(next.resolved.time.granularity)) return null;
	const t = relativeTime(text, startYmd(next.resolved.time));
	if (!t) return null;
	return {
		time: t.time,
		stated: [],
		inferred: t.fields.length ? t.fields : ['day'],
		derivation: [`“${text}” is counted from the event named after it, told next on “${next.candidate.text}” (${next.resolved.time.value}) → ${t.time.value}`],
		confidence: 0.6,
		referenceFree: next.resolved.referenceFree
	};
}

/** A date that ends right before a dash or comma: a phrase after it says more of that day. */
const DATE_BEFORE_DASH = /(?:\d{1,2}|\d{4}|[A-Z][a-z]+day)\s*[—–,-]\s*$/;

/** Before a month: "the last week of", "the first week of" (the month named after it, with or without its year). */
const WEEK_OF_MONTH = /\b(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+$/i;
/** A month's name first, with no day after it ("July 1969", "August"), as chrono writes it. */
const MONTH_START = new RegExp(String.raw`^(?:${MONTH_NAME_SOURCE})\.?(?:\s+\d{4})?$`, 'i');
const WEEK_NUMBER: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };

/**
 * "the last week of July 1969": the seven days of the month the phrase names (the first, second …,
 * or its last seven), valued as the ISO week that holds most of them.
 */
function weekOfMonth(r: Resolved | null, which: string, text: string): Resolved | null {
	if (!r || r.time.granularity !== 'month') return r;
	const { year, month } = startYmd(r.time);
	const first = which in WEEK_NUMBER ? 1 + 7 * WEEK_NUMBER[which] : daysInMonth(year, month) - 6;
	const start = ymdToMillis({ year, month, day: first });
	const time = timeValue(weekValue({ year, month, day: first + 3 }).value, start, start + WEEK, 'week');
	return { ...r, time, derivation: [...r.derivation, `“${text}” is days ${first}–${first + 6} of that month → ${time.value}`] };
}

/** Add a stated time of day to a resolved day ("10 p.m. Wednesday"); with `evening`, an hour that names no half of the day is in the evening. */
function withClock(r: Resolved | null, c: Components, text = '', told?: TimeValue, evening = false): Resolved | null {
	if (!r || !c.isCertain('hour')) return r;
	const hour = (c.get('hour') ?? 0) + (evening || (told && afternoonAfter(told, c, text)) ? 12 : 0);
	const minute = c.get('minute') ?? 0;
	// "midnight Friday", "at midnight on 31 May": the midnight that ends the day, which TimeML writes T24:00.
	if (hour === 0 && minute === 0 && /\bmidnight\b/i.test(text)) {
		const end = isoToMillis(r.time.start) + 86_400_000;
		return { ...r, time: timeValue(`${r.time.value}T24:00`, end, end + 3_600_000, 'hour'), stated: [...r.stated, 'time'] };
	}
	// ("took off at 3:24:56 p.m.": the seconds too, where the text states them.)
	const second = c.isCertain('second') && /\d:\d\d:\d\d/.test(text) ? (c.get('second') ?? 0) : 0;
	const start = isoToMillis(r.time.start) + (hour * 60 + minute) * 60_000 + second * 1000;
	const value = `${r.time.value}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${second ? `:${String(second).padStart(2, '0')}` : ''}`;
	return { ...r, time: timeValue(value, start, start + 3_600_000, 'hour'), stated: [...r.stated, 'time'] };
}

/** A clock time of the twelve-hour clock that names no half of the day: "3 o'clock", "five o'clock", "9:45" (not "0915 GMT", "3 p.m."). */
const TWELVE_HOUR = /^(?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)(?:[:.][0-5]\d)?(?:\s*o['’]clock)?$/i;

/**
 * "At about 1 p.m. the guns opened … Shortly after 3 o'clock the infantry stepped out": a clock time that names no half of
 * the day, told after one in the afternoon of the same day, and not before it in the afternoon, is in the afternoon too;
 * so is one told after one at eleven that would be before it in the morning.
 */
function afternoonAfter(told: TimeValue, c: Components, text: string): boolean {
	const hour = c.get('hour') ?? 0;
	if (hour < 1 || hour > 11 || c.isCertain('meridiem') || !TWELVE_HOUR.test(text)) return false;
	// "on the evening of 30 January … a little after five o'clock": in the afternoon or evening told.
	if (/T(?:AF|EV)$/.test(told.value)) return true;
	const m = /T(\d\d):\d\d$/.exec(told.value);
	// ("The first guns fire at about 11.30 … at about 6.30 the farm falls": before the late morning told, the story
	// would go back; in the afternoon it goes on.)
	return !!m && (Number(m[1]) >= 12 || (Number(m[1]) === 11 && hour < 11)) && hour + 12 >= Number(m[1]);
}

const WEEK = 7 * 86_400_000;
/**
 * How far a date before a noun ("the Jan. 14 deadline") may lie on the other side of the day of
 * writing from the tense of its clause: such a date names a thing, and the verb ("gave no reason
 * for") tells little of when it is; one near the day of writing is that one, the tense decides
 * only between dates months apart ("the Oct. 23 slaying", written in May, was last October).
 */
const ATTRIBUTIVE_SLACK = 45 * 86_400_000;

/** A month counted from the story: "the following January", "the next March", "the previous May". */
const ANAPHORIC_LEAD = /^(?:the\s+)?(?:following|preceding|previous)\b|^the\s+next\b/i;

/** A year written in digits. */
const HAS_YEAR = /\d{4}/;
/** What puts a date in its clause into a comparison: "up from 89 seats in …", "compared with …", "higher than in …". */
const COMPARISON_BEFORE = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|than|versus|vs\.)\s/i;

/** The granularities of a story told by day, as a flashback in news is: the day, or a time of it; a week; a month; a season ("That summer, a strike shut the mill"). */
const TOLD_BY_DAY: ReadonlySet<string> = new Set(['season', 'month', 'week', 'day', 'hour', 'minute', 'second']);

/** A length of time up to now: "the past 18 months", "the last two years". */
const SPAN_TO_NOW = /^the\s+(?:past|last)\s+(?:[\w-]+\s+){0,3}(?:days|weeks|months|years|decades)$/i;

/** Is `told` the only date or time of its sentence (lengths aside)? */
function aloneInSentence(ctx: ResolveContext, told: Candidate): boolean {
	return ctx.candidates.every((c) => c === told || c.sentence.start !== told.sentence.start || (c.type !== 'DATE' && c.type !== 'TIME'));
}

/** In news, is a date counted from the day of writing told before `flashback` in its paragraph? */
function presentBefore(ctx: ResolveContext, flashback: Candidate): boolean {
	for (let k = ctx.candidates.indexOf(flashback) - 1; k >= 0 && ctx.candidates[k].passageId === flashback.passageId; k--) {
		if (ctx.candidates[k].type !== 'DATE' && ctx.candidates[k].type !== 'TIME') continue;
		const r = ctx.resolveAt(k);
		if (r && !r.referenceFree) return true;
	}
	return false;
}

/**
 * In news, has the story come back to the day of writing since the flashback `flashback`: is a date between it and
 * candidate `ctx.index` counted from the day of writing ("The first rover landed in July 1997. Last year, China
 * launched a mission; it entered orbit on Feb. 10": Feb. 10 is this year's)? So does a length of time that runs up to
 * now ("A retrial began in late September of that year. … evidence gathered over the past 18 months … referred the case
 * to the court in January": January of this year).
 */
function backToNow(ctx: ResolveContext, flashback: Candidate, flashbackYear: number): boolean {
	for (let k = ctx.index - 1; k >= 0 && ctx.candidates[k] !== flashback; k--) {
		if (ctx.candidates[k].type === 'DURATION' && SPAN_TO_NOW.test(ctx.candidates[k].text)) return true;
		// ("De Gaulle … won new elections the following month. Macron has no such option now. … his surprise decision in June": a
		// "now" of the present, past the flashback.)
		if (ctx.candidates[k].value === 'PRESENT_REF' && ctx.candidates[k].sentence.start > flashback.sentence.start) return true;
		const r = ctx.candidates[k].end <= ctx.candidates[ctx.index].start ? ctx.resolveAt(k) : null;
		// (Not a count back to the flashback's own year set right after it, which says how long ago it was: "in March 2021, three
		// years ago almost to the week. That ship was finally refloated on March 29"; but "in April 2015. Officials said they hope the
		// memory of that effort, only seven years ago, will help" is back to now.)
		const restated = r && r.time.granularity === 'year' && startYmd(r.time).year === flashbackYear && ctx.candidates[k].start - flashback.end <= 3;
		if (r && !r.referenceFree && !restated) return true;
		// "… attacked the palace on Sept. 11, 1973. … killed between 1973 and 1990. … investigating since 1996. The High Court
		// ruled on Oct. 28": a year told since, later than the flashback's, even as an aside, says the story has left it.
		if (r && r.referenceFree && !ctx.candidates[k].dayAfter && millisToYmd(isoToMillis(r.time.end) - 1).year > flashbackYear + 1) return true;
	}
	return false;
}

/** After a day, what makes it a day of every year: "is Mexico's national holiday", "is one of Hungary's national holidays", "is celebrated every year as", "is observed in the South-East as". */
const YEARLY_AFTER = /^,?\s+(?:is|are)\s+(?:now\s+|still\s+)?(?:(?:a|an|the|[A-Z][\w'’]+['’]s)\s+(?:\w+\s+){0,2}?(?:holiday|festival|day\s+of\s+\w+)|one\s+of\s+(?:the|[A-Z][\w'’]+['’]s)\s+(?:\w+\s+){0,2}?(?:holidays|festivals)\b|(?:celebrated|observed|commemorated|marked|remembered|kept)\b)/;
/** A verb of making a day something, right before it: "proclaimed", "made", "declared". */
const MADE_BEFORE = /\b(?:made|makes|proclaimed|proclaims|declared|declares|designated|designates|named|names)\s+$/i;
/**
 * After such a day, what it was made: "the national holiday", "a feast of …" (of every year); not "a national holiday", which
 * may be one day's ("declared 24 March a national holiday" after a victory, 1918's).
 */
const MADE_HOLIDAY_AFTER = /^\s+(?:(?:the|its|their|[A-Z][\w'’]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:holiday|feast|festival|day|observance)|an?\s+(?:[\w'’-]+\s+){0,3}?(?:feast|festival|observance))\b/i;
/** A verb of marking a day, right before it: "has marked 30 June as International Asteroid Day". */
const MARKED_BEFORE = /\b(?:marks?|marked|celebrated?|celebrates|observe[sd]?|commemorated?|commemorates|keeps|kept)\s+$/i;
/** After such a day, what it is marked as: "as International Asteroid Day", "as a national holiday". */
const MARKED_AS_AFTER = /^\s+as\s+(?:(?:the|an?|its|their|[A-Z][\w'’]+['’]s)\s+)?(?:[\w'’-]+\s+){0,4}?(?:Day|holiday|feast|festival|observance)\b/;
/** A verb of keeping a day in the present or the infinitive right before it: "have preferred to commemorate 20 November" (not "will celebrate"). */
const KEEPS_BEFORE = /\b(?:commemorates?|celebrates?|observes)\s+$/i;
/** After a month, perhaps the month that ends its range, then "each year", "every year" or "annually": "(March) to July each year". */
const EACH_YEAR_AFTER = new RegExp(String.raw`^(?:\s+(?:to|through|until|and|or)\s+(?:early\s+|late\s+|mid-)?(?:${MONTH_NAME_SOURCE})\.?)?,?\s+(?:(?:each|every)\s+year|annually|yearly)\b`, 'i');
/** Before a day: "every year on (the night of)", "each year on"; a verb of keeping a day in the present, "North Korea celebrates the alphabet on" (not "will celebrate … on"). */
const EVERY_YEAR_BEFORE = /\b(?:every|each)\s+year\s+on\s+(?:the\s+(?:night|eve|morning|evening)\s+of\s+)?$|\b(?:celebrates|commemorates|observes|(?<!\bwith\s+(?:[\w'’-]+\s+)?)honou?rs)\s+(?:[\w'’-]+\s+){0,4}?on\s+$/i;

/** A day of every year ("16 September is Mexico's national holiday"), placed on no day: TimeML's XXXX-09-16. */
function everyYear(c: Components): string {
	return `XXXX-${String(c.get('month') ?? 1).padStart(2, '0')}-${String(c.get('day') ?? 1).padStart(2, '0')}`;
}

/** A clause (or the stretch after its last comma) that opens with "Last year", "Next year's race" (perhaps after "… that": "Organizers confirmed Monday that next year's race will be held on "), "in 2019" or "by 2030", up to a date with no comma after it: "Last year, it reached the coast on ", "Next year's race is set for ", " while in 2019 the onset was declared on ", "By 2030, it will arrive in ", perhaps with a speaker set between commas ("In 1993, they noted, Iowa planting also lagged badly in "). */
const YEAR_LED = /^[\s.;:"“]*(?:(?:and|but|while|whereas|yet)\s+)?(?:[^,;:.!?]*?\bthat\s+(?=(?:next|last)\s+year['’]s\s))?(?:last\s+year|(?:next|last)\s+year['’]s\s+[a-z]+|that\s+year|(?:in|by)\s+(?:1\d{3}|20\d{2}))\b(?![-–/]\d)\s*,?\s+(?:(?:he|she|they|we|it|officials|analysts|experts|[A-Z][a-z]+)\s+(?:said|says|say|noted|notes|note|recalled|recalls|recall|added|wrote|pointed\s+out),\s+)?[^,;:.!?]*$/i;

/** Is the candidate a year after the reference date's (in dated news)? */
function ahead(c: Candidate, ctx: ResolveContext): boolean {
	return !!ctx.reference && /^\d{4}$/.test(c.text) && Number(c.text) > ctx.reference.year;
}

/**
 * A month or day with no year of its own (`c`, read from `text`), in the year of the time `from` resolved to (`why`: where that
 * time is, for the derivation). Shared by the readers that take the year of a time told right before.
 */
function inYearOf(c: Components, text: string, from: Resolved, why: string): Resolved | null {
	const year = startYmd(from.time).year;
	const t = monthly(componentsToTime(c, year), text);
	return t ? { time: t.time, stated: t.fields, inferred: ['year'], derivation: [`“${text}” has no year: took ${yearLabel(year)} from ${why}`], confidence: 0.75, referenceFree: from.referenceFree } : null;
}

/** A date written in full, day, month and year: "14 March 1895", "March 14, 1895". */
const FULL_DATE_TEXT = new RegExp(String.raw`^(?:(\d{1,2})\s+(${MONTH_NAME_SOURCE})\.?,?\s+(\d{4})|(${MONTH_NAME_SOURCE})\.?\s+(\d{1,2}),?\s+(\d{4}))$`, 'i');
/** How far after a candidate, in characters, a date in full in its sentence is looked for. */
const FULL_DATE_AFTER_REACH = 80;
/** A month and its year, perhaps with a part of the month, opening a sentence's date: "mid-February 1579", "late March 1895". */
const MONTH_YEAR_TEXT = new RegExp(String.raw`^(?:(?:early|mid|late)[\s-]+|the\s+(?:end|middle|beginning|start)\s+of\s+)?(${MONTH_NAME_SOURCE})\.?,?\s+(\d{4})$`, 'i');
/** How far after a candidate, in characters, a sentence that opens with a month and year is looked for. */
const NEXT_SENTENCE_DATE_REACH = 160;

/**
 * The day, month and year of a date written in full after `cand` in its sentence, within reach; or, with `nextSentence`, the
 * month and year (day 0) of the date that opens the next sentence, within reach ("On 5 December Drake surprised Valparaíso … In
 * mid-February 1579 he slipped into Callao"); else null.
 */
function fullDateAfterInSentence(ctx: ResolveContext, cand: Candidate, nextSentence = false): { day: number; month: number; year: number; text: string } | null {
	for (let k = ctx.index + 1; k < ctx.candidates.length; k++) {
		const next = ctx.candidates[k];
		if (next.sentence.start !== cand.sentence.start) {
			// (The sentence right after, the date its first words: "In mid-February 1579".)
			if (!nextSentence || next.sentence.start < cand.sentence.end || next.sentence.start - cand.sentence.end > 3 || next.start - next.sentence.start > 8 || next.start - cand.end > NEXT_SENTENCE_DATE_REACH) return null;
			const m = MONTH_YEAR_TEXT.exec(next.text);
			const d = m ? null : FULL_DATE_TEXT.exec(next.text);
			if (m) return { day: 0, month: monthNumber(m[1]), year: Number(m[2]), text: next.text };
			return d ? { day: Number(d[1] ?? d[5]), month: monthNumber(d[2] ?? d[4]), year: Number(d[3] ?? d[6]), text: next.text } : null;
		}
		if (next.start - cand.end > FULL_DATE_AFTER_REACH) return null;
		const m = FULL_DATE_TEXT.exec(next.text);
		if (m) return { day: Number(m[1] ?? m[5]), month: monthNumber(m[2] ?? m[4]), year: Number(m[3] ?? m[6]), text: next.text };
	}
	return null;
}

/** In news, the year of the year told right before in the clause ("Last year", "in 2019"; see YEAR_LED), for a month or day without one. */
function yearOfClause(c: Components, text: string, ctx: ResolveContext): Resolved | null {
	if (!ctx.documentDated || ctx.historical || ctx.index === 0) return null;
	const self = ctx.candidates[ctx.index];
	// (Past a length of time between: "That year, a standoff stretched three weeks past the July 1 deadline".)
	let k = ctx.index - 1;
	while (k > 0 && ctx.candidates[k].type === 'DURATION' && ctx.candidates[k].sentence.start === self.sentence.start) k--;
	const prev = ctx.candidates[k];
	// (A year looked ahead to, a background for the story, is still the year of its own clause: "By 2030, it will arrive in
	// early February".)
	if (prev.sentence.start !== self.sentence.start || (prev.background && !ahead(prev, ctx)) || prev.compared || !/^(?:last\s+year|next\s+year|that\s+year|\d{4})$/i.test(prev.text)) return null;
	const r = ctx.resolveAt(k);
	if (!r || r.time.granularity !== 'year') return null;
	return inYearOf(c, text, r, `the year its clause tells before it (“${prev.text}”)`);
}

/** A modal and a plan's participle right before a day or month: "a walkout could be called for (the week of) ", "would be held on". */
const MODAL_PLAN_BEFORE = /\b(?:could|would|might|may|will)\s+be\s+(?:called|held|staged|set|scheduled|moved|announced|released|published|launched|heard|decided|made)\s+(?:for|on|in|by)\s+(?:the\s+week\s+of\s+)?$/i;
/** A month a futures contract is for, right after it: "Gold for December delivery", "October futures" (one still to come, or under
 * way: a contract for a month gone by is no longer traded). */
const DELIVERY_AFTER = /^\s+(?:delivery|futures)\b/i;
/** A look ahead in so many words, right before a month: "Ask me again in ", "See you in ", "Check back in " (a month to come). */
const AHEAD_IDIOM_BEFORE = /\b(?:ask\s+(?:me|us)(?:\s+again)?|see\s+you(?:\s+all|\s+again)?|check\s+back|talk\s+to\s+(?:me|us)(?:\s+again)?)\s+in\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/** "since" right before a month or day ("since January", "since early March"). */
const SINCE_RIGHT_BEFORE = /\bsince\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/** A figure compared with, or a low or a high reached, right before a month: "down from 517,000 in ", "above its low in ",
 * "its record high of 4,800 in " (a month gone by, whatever the clause looks ahead to). */
const FIGURE_BEFORE_MONTH = /\b(?:(?:up|down)\s+from\s+[$€£]?[\d.,]+(?:\s+(?:percent|per\s+cent|million|billion|points?))?|(?:its|their|the)\s+(?:[\w-]+\s+)?(?:low|high|peak|trough|bottom)(?:\s+of\s+[$€£]?[\d.,]+(?:\s+[a-z]+)?)?)\s+in\s+(?:(?:early|mid|late)[\s-]+)?$/i;

/** A plan told in the present or present perfect before a day: "has set a status hearing for", "is scheduled for", "are due on". */
const PLAN_NOW_BEFORE = /\b(?:has|have|is|are)\s+(?:(?:now|also|already|since|been)\s+)*(?:set|scheduled|rescheduled|slated|due|booked)\b[^.;:!?]{0,40}?\b(?:for|on|until|by)\s+$/i;

/** A thing set for a day, told in the present right before it: "Diwali falls on", "the window closes on", "The fair opens". */
const SET_IN_PRESENT_BEFORE = /\b(?:falls|begins|starts|ends|opens|closes|expires|runs\s+(?:from|until|through))\s+(?:on\s+)?$/i;

/**
 * "this year" before a month in its clause ("the fourth walkout this year, following stoppages in"); not in a comparison with
 * another year ("next year will be held from March 1, about a week earlier than this year, so that … by the middle of May").
 */
const THIS_YEAR_IN_CLAUSE = /^(?![^]*\b(?:next|last)\s+year\b)[^]*(?<!\bthan\s+)\bthis\s+year\b/i;
/** A comma and "on" right before a day: the day is set after what comes before it (not "Since 1880, 14 July has been …"). */
const APPOSED_BEFORE = /,\s+on\s+$/i;
/** A comma and "from" or "in" right before a month: the month is set after what comes before it. */
const APPOSED_MONTH_BEFORE = /,\s+(?:from|in)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

/**
 * The year of a year or week told right before a day with no year, a comma between (`gap` characters from its end to the day):
 * "in 1998, on June 5" is 5 June 1998, "50 years ago this week, on Oct. 21" 21 October 1975.
 */
function yearApposed(c: Components, text: string, ctx: ResolveContext, gap: number): Resolved | null {
	if (ctx.index === 0) return null;
	const self = ctx.candidates[ctx.index];
	const prev = ctx.candidates[ctx.index - 1];
	if (prev.end !== self.start - gap || prev.sentence.start !== self.sentence.start) return null;
	const r = ctx.resolveAt(ctx.index - 1);
	if (!r || (r.time.granularity !== 'year' && r.time.granularity !== 'week')) return null;
	return inYearOf(c, text, r, `the time it is set after (“${prev.text}” → ${r.time.value})`);
}

/**
 * Pick the year for a month/day stated without one: the narrative's year, else the one nearest the reference.
 * `direction` is what "last", "next" or "this" before it says ("last February", "this September");
 * `tense`, the tense of the clause; `lookingBack`, that the clause looks back ("earlier", "had"), so the
 * story does not go on into the next year. The two are read from the text only when the choice needs
 * them (a year from the narrative mostly does not), hence functions. `slack`, how far past the day of
 * writing a date may lie against its tense. `nearNow`: in news, the date is near the day of writing whatever flashback came
 * before (a time that runs up to now, or one a clause with "will" looks ahead to).
 */
/** Does a range of days ("1944-08-21/1944-10-07") hold a day of the month in the year it starts (or the one it ends)? */
function rangeHoldsDay(t: TimeValue, month: number, day: number): boolean {
	if (!t.value.includes('/') || !BY_DAY_OR_FINER.has(t.granularity)) return false;
	const from = isoToMillis(t.start);
	const to = isoToMillis(t.end);
	return [startYmd(t).year, millisToYmd(to - 1).year].some((year) => {
		const at = ymdToMillis({ year, month, day });
		return at >= from && at < to;
	});
}

/** How far from the day of writing a day told again may be (beyond it, "Jan. 1" or "April 1" may be of another year). */
const DAY_TOLD_AGAIN_REACH = 45 * 86_400_000;
/** A day of a month and nothing else, a weekday before it at most: "Aug. 10", "Wednesday, Aug. 17", "17 August". */
const DAY_OF_MONTH_ONLY = new RegExp(String.raw`^(?:[A-Z][a-z]+day,?\s+)?(?:(?:${MONTH_NAME_SOURCE})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAME_SOURCE})\.?)$`, 'i');
/**
 * The last date before the candidate, with no year stated, that names the same day of the same month (a day of a month, not a
 * weekday alone), resolved by day, where it lies within {@link DAY_TOLD_AGAIN_REACH} of the day of writing; null otherwise.
 */
function dayToldBefore(c: Components, ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	if (!c.isCertain('day') || !c.isCertain('month')) return null;
	const month = c.get('month');
	const day = c.get('day');
	for (let k = ctx.index - 1; k >= 0; k--) {
		const cand = ctx.candidates[k];
		if (cand.parser !== 'chrono' || !DAY_OF_MONTH_ONLY.test(cand.text)) continue;
		const r = ctx.resolveAt(k);
		if (!r || !BY_DAY_OR_FINER.has(r.time.granularity) || r.time.value.includes('/')) continue;
		const at = startYmd(r.time);
		if (at.month === month && at.day === day) return Math.abs(ymdToMillis(at) - ymdToMillis(ctx.reference!)) <= DAY_TOLD_AGAIN_REACH ? { resolved: r, candidate: cand } : null;
	}
	return null;
}

/** The last date before the candidate that states its year and names the same day of the same month, resolved by day; else null. */
function fullDayToldBefore(c: Components, ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	if (!c.isCertain('day') || !c.isCertain('month')) return null;
	const month = c.get('month');
	const day = c.get('day');
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - TOLD_AGAIN_BACK); k--) {
		const cand = ctx.candidates[k];
		if (cand.parser !== 'chrono') continue;
		const r = ctx.resolveAt(k);
		if (!r || !r.stated.includes('year') || !BY_DAY_OR_FINER.has(r.time.granularity) || r.time.value.includes('/')) continue;
		const at = startYmd(r.time);
		if (at.month === month && at.day === day) return { resolved: r, candidate: cand };
	}
	return null;
}

/**
 * {@link resolvePartialInOrder}, then, in a history, a month (and day) the story's year puts after the month and year that
 * open the next sentence, up to two months before that month, in that month's year or the one before: "On 5 December Drake
 * surprised Valparaíso … In mid-February 1579 he slipped into Callao" (1578, not the 1579 of "the following June" told
 * before, an aside); "left only on 24 August. On 21 October 1520 …". (A story's year that keeps the order stands: "on 4 March
 * … In April 1802", told after "the spring of 1801", is 1801.) The date after is read from its words, not resolved.
 */
function resolvePartial(c: Components, text: string, cand: Candidate, ctx: ResolveContext, tense: () => Tense, direction: 'past' | 'future' | 'this' | null, lookingBack: () => boolean, slack = WEEK, nearNow = false): Resolved | null {
	const r = resolvePartialInOrder(c, text, cand, ctx, tense, direction, lookingBack, slack, nearNow);
	if (!r || direction !== null || !ctx.historical || !c.isCertain('month') || c.isCertain('year') || !r.inferred.includes('year')) return r;
	const next = fullDateAfterInSentence(ctx, cand, true);
	const month = c.get('month') ?? 0;
	if (!next || month < 1) return r;
	const year = next.month >= month ? next.year : next.year - 1;
	if ((next.month + 12 - month) % 12 > 2 || isoToMillis(r.time.start) < ymdToMillis({ year: next.year, month: next.month, day: 1 }) || startYmd(r.time).year === year) return r;
	const t = monthly(componentsToTime(c, year), text);
	return t ? { time: t.time, stated: t.fields, inferred: ['year'], derivation: [...r.derivation, `but that is after “${next.text}”, told next: took ${yearLabel(year)}, the year that keeps the order`], confidence: 0.7, referenceFree: true } : r;
}

function resolvePartialInOrder(c: Components, text: string, cand: Candidate, ctx: ResolveContext, tense: () => Tense, direction: 'past' | 'future' | 'this' | null, lookingBack: () => boolean, slack = WEEK, nearNow = false): Resolved | null {
	// "the following January", "the next March", "the previous May": the first such month after (before) the story's time.
	const anaphoric = direction !== null && ANAPHORIC_LEAD.test(text);
	// "since 1914, when the exchange reopened on Dec. 12": a day in a "when" clause after a year is of that year.
	const when = cand.afterYearWhen && direction === null ? ctx.resolveAt(yearBeforeWhen(ctx)) : null;
	if (when && when.time.granularity === 'year') {
		const inYear = inYearOf(c, text, when, `the year its “when” or “where” clause follows (“${ctx.candidates[yearBeforeWhen(ctx)].text}”)`);
		if (inYear) return inYear;
	}
	// "After two false starts in late February, the pair left the ship for good on 14 March 1895": in a history, a month told
	// before a date with its year in its sentence, up to two months before it, is of that year.
	// (The date after is read from its words, not resolved: a candidate resolved out of reading order could see this one as
	// unresolved.)
	if (direction === null && ctx.historical && c.isCertain('month') && !c.isCertain('year')) {
		const full = fullDateAfterInSentence(ctx, cand);
		const month = c.get('month') ?? 0;
		// (Not a later day of the same month: "Quebec surrendered on 18 September, and Montreal capitulated on 8 September 1760".)
		const later = full && (full.month > month || (full.month === month && (!c.isCertain('day') || (c.get('day') ?? 0) <= full.day)));
		if (full && later && month >= 1 && full.month - month <= 2) {
			const t = monthly(componentsToTime(c, full.year), text);
			if (t) return { time: t.time, stated: t.fields, inferred: ['year'], derivation: [`“${text}” has no year: took ${yearLabel(full.year)} from the date told after it in its sentence (“${full.text}”)`], confidence: 0.75, referenceFree: true };
		}
	}
	// "The first day of school is now Wednesday, Aug. 17, instead of Aug. 10. … argued for keeping Aug. 10": in news, a day of a
	// month told again is the one told before.
	// (Not where the weekday it names does not fall on that day in that year: "the Armistice of 11 November … on Monday, 11 November",
	// in a text dated 2018, is 1918's.)
	const again = direction === null && ctx.documentDated && !ctx.historical ? dayToldBefore(c, ctx) : null;
	if (again && weekdayFits(c, startYmd(again.resolved.time).year)) {
		const year = startYmd(again.resolved.time).year;
		const t = monthly(componentsToTime(c, year), text);
		if (t) return { time: t.time, stated: t.fields, inferred: ['year'], derivation: [`“${text}” has no year, and the same day was told before (“${again.candidate.text}” → ${again.resolved.time.value}): took ${year}`], confidence: 0.75, referenceFree: again.resolved.referenceFree };
	}
	// "… began with a police raid … in the early hours of Saturday, June 28, 1969. … since 1967 … The raid of June 28 was different":
	// in a history, a day of a month told before with its year is that day again, where the story's year is before that year.
	// (Not where the story has gone past it: "… on 6 May 1937. … In 1938, on 6 May" is an anniversary.)
	const restated = direction === null && ctx.historical ? fullDayToldBefore(c, ctx) : null;
	if (restated) {
		const year = startYmd(restated.resolved.time).year;
		const story = ctx.narrativeBefore(true);
		const storyYear = story ? startYmd(story.resolved.time).year : year;
		// (A year after the story's may be the same day a year on: "Taft became civil governor on July 4, 1901. … On July 4" of
		// 1901, after the war's end of July 4, 1902, told first. Only a weekday that falls on it then and not in the story's year
		// says which: "the early morning of Wednesday, 9 April", 1952's, after "the elections of May 1951".)
		const t = storyYear < year && weekdayFits(c, year) && (storyYear < year - 1 || (c.isCertain('weekday') && !weekdayFits(c, storyYear))) ? monthly(componentsToTime(c, year), text) : null;
		if (t) return { time: t.time, stated: t.fields, inferred: ['year'], derivation: [`“${text}” has no year; the same day was told before with its year (“${restated.candidate.text}” → ${restated.resolved.time.value}), after the year the story is at (“${story!.candidate.text}” → ${story!.resolved.time.value}): took ${yearLabel(year)}`], confidence: 0.75, referenceFree: true };
	}
	// "last February" in dated news counts from the day of writing, whatever the story told before.
	const deictic = direction !== null && !anaphoric && ctx.documentDated && !!ctx.reference && !ctx.historical;
	// (A history whose only time told before is a range, "fought from October 1899 to May 1902. … In December", is at its
	// start.)
	const month = c.get('month') ?? 1;
	const day = c.get('day') ?? 1;
	const told = deictic ? null : ctx.narrativeBefore(true);
	// (The range is looked for only where it can serve: with no story's time told, or for a day of a month.)
	const range = deictic || !ctx.historical || (told && !c.isCertain('day')) ? null : ctx.narrativeBefore(true, false, 'any');
	// ("delegations met from 21 August to 7 October 1944 … took part until 28 September": a day of a month told after a range of
	// days that holds it, later than the story's time told before, is in the range.)
	const holds = range && range !== told && (!told || range.candidate.start > told.candidate.start) && c.isCertain('day') && rangeHoldsDay(range.resolved.time, month, day) ? range : null;
	const narrative = deictic ? null : yearFlashback(ctx, holds ?? told ?? range);
	const sameYear = direction === 'this';
	const narrativeYear = narrative ? startYmd(narrative.resolved.time).year : null;
	// History tells its own time: a narrative years before the document's date lends its year. In news
	// (a narrative near the document's date, or after it) a date without a year is near the day of writing.
	// A reference inferred from the story itself is no day of writing to count from: follow the story.
	const history = narrativeYear !== null && (!ctx.reference || !ctx.documentDated || ctx.historical || narrativeYear < ctx.reference.year - 2);
	// With a document date, an old year lends itself only to dates close after it (the same story),
	// unless the whole text is history.
	// In news, only a flashback told by day or month ("On October 14, 1962, ... On October 22") lends its
	// year, and only close after it: a bare year ("since 1980") is background, not the story's time.
	const news = ctx.documentDated && !ctx.historical;
	const reach = news ? NEWS_STORY_REACH : 20000;
	// A named event the knowledge base dates ("the North Atlantic Treaty") is background too. A time of day
	// ("that same morning", "7 p.m.") is told by day.
	// In news, a flashback in a comparison ("up from 89 seats in the last election in November 2019") is an aside too.
	// (Nor, in news, a day told in a "when" clause after a year, past its sentence: "pointing out that in 2016, when the onset
	// was also declared on June 8, rainfall still ended up close to normal. The IMD has forecast a normal monsoon for the
	// June-September season"; not "since 1914, when the exchange reopened on Dec. 12 after a shutdown that had begun July 31".)
	const toldByDay = narrative !== null && narrative.candidate.parser !== 'namedEvent' && TOLD_BY_DAY.has(narrative.resolved.time.granularity) && !(news && (narrative.candidate.compared || (narrative.candidate.afterYearWhen && narrative.candidate.sentence.start !== cand.sentence.start)));
	// "August of that year", "July 25 of the following year" name the story's year whatever the text.
	// ("November that year", with no "of": right after the month or day.)
	const ofYear = /(?:\bof|[a-z.\d])\s+(?:that|the\s+same|the\s+(following|next)|the\s+(previous|preceding))\s+year\b/i.exec(text) ?? /^that\s/i.exec(text);
	// (In news, a recent flashback told by its months in a paragraph of its own ends there: "… arrested in October of that
	// year. ¶ The trial began on Feb. 24" is the trial of the day of writing's year.)
	const flashbackDone = news && !!narrative && !ofYear && !anaphoric && narrative.candidate.passageId !== cand.passageId && MONTH_TOLD_STORY.test(narrative.candidate.text) && narrativeYear !== null && !!ctx.reference && narrativeYear < ctx.reference.year && ctx.reference.year - narrativeYear <= RECENT_FLASHBACK_YEARS;
	// (Nor does a flashback lend its year past its paragraph where that paragraph told the present story before it: "The trial
	// began in early October. … a billing clerk who testified that in the spring of 2017 she was told … ¶ Whitcomb testified
	// … in mid-November" is November of the trial.)
	const asideDone = news && !!narrative && !flashbackDone && !ofYear && !anaphoric && narrative.candidate.passageId !== cand.passageId && narrativeYear !== null && !!ctx.reference && narrativeYear < ctx.reference.year && presentBefore(ctx, narrative.candidate);
	// ("The last strike at Kessler, in 2019, lasted 40 days. It began in mid-September": a year told alone in the sentence right
	// before, goes on in a month told in the past; not one beside a day of the story, "rose to 23.4 feet on Sept. 14, breaking the
	// record set in 1953. … until October".)
	const yearGoesOn = news && !!narrative && narrative.resolved.time.granularity === 'year' && !narrative.candidate.background && narrative.candidate.passageId === cand.passageId && narrative.candidate.sentence.end <= cand.sentence.start && cand.sentence.start - narrative.candidate.sentence.end <= 3 && tense() === 'past' && aloneInSentence(ctx, narrative.candidate);
	// (Nor, in news, does a flashback to a year before the day of writing's lend its year to a month looked ahead to: "first imposed
	// … in June 2017. … must lodge an appeal by mid-January" is the coming January.)
	const aheadOfFlashback = news && !ofYear && !anaphoric && narrativeYear !== null && !!ctx.reference && narrativeYear < ctx.reference.year && ctx.reference.year - narrativeYear <= RECENT_FLASHBACK_YEARS && tense() === 'future';
	if (narrative && narrativeYear !== null && !flashbackDone && !asideDone && !aheadOfFlashback && (ofYear || anaphoric || (history && (toldByDay || !news || ctx.pastOnly || yearGoesOn) && cand.start - narrative.candidate.start < reach && !(news && (nearNow || backToNow(ctx, narrative.candidate, narrativeYear)))))) {
		// A story told in order goes on into the next year: "On December 16, 1944 … In January" is January 1945.
		const at = narrative.resolved.time;
		const atMonth = ['day', 'month', 'hour', 'minute'].includes(at.granularity) ? startYmd(at).month : null;
		const wraps = !ofYear && direction === null && atMonth !== null && month < atMonth && month + 12 - atMonth <= 4 && tense() !== 'future' && !lookingBack();
		// And a look back to a later month is to the year before: "(February to April 2005 were) peaceful compared to the
		// carnage of November" is November 2004; "had arrived in November", after March 1942, is November 1941.
		const wrapsBack = !ofYear && direction === null && atMonth !== null && month > atMonth && atMonth + 12 - month <= 4 && lookingBack();
		// ("the summer of 1666 … The following September": after a season told with its year, the first such month after its end.)
		const seasonEnd = at.granularity === 'season' ? ({ SP: 5, SU: 8, FA: 11 } as Record<string, number>)[at.value.slice(-2)] ?? null : null;
		const counted = !anaphoric ? 0 : direction === 'future' ? ((atMonth ?? seasonEnd) === null || month <= (atMonth ?? seasonEnd)! ? 1 : 0) : atMonth === null || month >= atMonth ? -1 : 0;
		// "The winter of 1854–55 … by January": the January of that winter, in the year it runs into.
		// A winter the story came to by itself ("reached Antioch on 20 October 1097 … during the winter"), and then a month of
		// spring or early summer: the story has gone on past that winter into the next year ("3 June" is 1098). (A later
		// month may as well be a look back: "dug in for the winter. … opened its assault in August" is the August before.)
		const winter = !ofYear && direction === null && at.granularity === 'season' && at.value.endsWith('-WI');
		const inWinter = winter && (month <= 2 || (month <= 6 && !/\d/.test(narrative.candidate.text) && !lookingBack())) ? 1 : 0;
		const told = narrativeYear + (ofYear?.[1] ? 1 : ofYear?.[2] ? -1 : 0) + (wraps ? 1 : 0) - (wrapsBack ? 1 : 0) + counted + inWinter;
		// "Sunday, 25 June" after a paragraph on 1949: the weekday says which year (25 June 1950 was a Sunday).
		const statedFit = weekdayFits(c, told) ? null : statedYearFitting(c, ctx);
		const year = statedFit ?? yearOfWeekday(c, told);
		const t = monthly(componentsToTime(c, year), text);
		if (!t) return null;
		return {
			time: t.time,
			stated: t.fields,
			inferred: ['year'],
			derivation: [`“${text}” has no year: took ${yearLabel(year)} from the narrative (“${narrative.candidate.text}” → ${narrative.resolved.time.value}${statedFit !== null ? `; but its ${day} ${MONTH_NAMES[month - 1]} is not on the weekday named, and ${year}'s, a year the text states before, is` : year !== told ? `, the year after or before it whose ${day} ${MONTH_NAMES[month - 1]} falls on the weekday named` : wraps ? ', the story going on into the next year' : inWinter ? ', the winter running into the next year' : wrapsBack ? ', the clause looking back to the year before' : anaphoric ? `, the first such month ${direction === 'future' ? 'after' : 'before'} it` : ''})`],
			confidence: 0.75,
			referenceFree: narrative.resolved.referenceFree
		};
	}
	if (!ctx.reference) return null;
	// In news, a month of a season a flashback told with its year, the clause not looking ahead: "worked back-to-back shifts as
	// Covid-19 spread through the building in the winter of 2020-21, a statutory inquiry heard on Wednesday. The inquiry is
	// examining the deaths … between December and February" (December 2020, February 2021).
	const season = ctx.documentDated && !ctx.historical && direction === null && !c.isCertain('day') ? seasonOfMonth(ctx, cand, month) : null;
	if (season && tense() !== 'future') {
		const t = monthly(componentsToTime(c, season.year), text);
		if (t) return { time: t.time, stated: t.fields, inferred: ['year'], derivation: [`“${text}” has no year: took ${season.year}, its year in the season told before (“${season.told.candidate.text}” → ${season.told.resolved.time.value})`], confidence: 0.7, referenceFree: season.told.resolved.referenceFree };
	}
	const ref = ctx.reference;
	// The year that puts the date nearest the reference date, on the side the tense gives, if any.
	const refMs = ymdToMillis(ref);
	const monthOnly = !c.isCertain('day');
	const at = (y: number) => (monthOnly ? ymdToMillis({ year: y, month, day: 1 }) : ymdToMillis({ year: y, month, day }));
	const side = sameYear ? 'none' : tense();
	// "last November", told on 30 October, "last October", told in October: a month ended before the day of writing, not one a
	// few days ahead or under way.
	const lastMonth = direction === 'past' && monthOnly;
	// "next August", told in August: the one that begins after the day of writing, not the month under way.
	const nextMonth = direction === 'future' && monthOnly;
	// "last July 4", told on 4 July 2025: a day before the day of writing (not that day); "next July 4", told on it, one after.
	const lastDay = direction === 'past' && !monthOnly;
	const nextDay = direction === 'future' && !monthOnly;
	const candidates = sameYear
		? [ref.year]
		: [ref.year - 1, ref.year, ref.year + 1].filter((y) => (nextMonth || nextDay ? at(y) > refMs : lastDay ? at(y) < refMs : side === 'future' ? at(y) >= refMs - slack - (monthOnly ? 31 * 86_400_000 : 0) : side === 'past' ? (lastMonth ? ymdToMillis(addMonths({ year: y, month, day: 1 }, 1)) <= refMs : at(y) <= refMs + slack) : true));
	let best = ref.year;
	let bestDistance = Infinity;
	// "Sunday, March 10": of the year before, this one and the next, at most one puts the date on the weekday named; that
	// one, whatever the tense says.
	const fitting = c.isCertain('weekday') && c.isCertain('day') ? [ref.year - 1, ref.year, ref.year + 1].filter((y) => weekdayOf({ year: y, month, day }) === c.get('weekday')) : [];
	// None of them does: the day is in the story told before, if its weekday fits that year (or the one after or before
	// it), even a story counted from the day of writing: "Twenty-five years ago, the river rose … The rain began on
	// Thursday, Feb. 27" is 1997's Feb. 27.
	const story = !fitting.length && c.isCertain('weekday') && c.isCertain('day') ? ctx.narrativeBefore() : null;
	const storyYear = story ? startYmd(story.resolved.time).year : null;
	if (story && storyYear !== null && storyYear < ref.year - 1 && cand.start - story.candidate.start < NEWS_STORY_REACH) {
		const year = yearOfWeekday(c, storyYear);
		const t = weekdayOf({ year, month, day }) === c.get('weekday') ? monthly(componentsToTime(c, year), text) : null;
		if (t) return { time: t.time, stated: t.fields, inferred: ['year'], derivation: [`“${text}” has no year, and its weekday fits no year near the reference date ${formatYmd(ref)}: took ${year}, the year of the story told before it (“${story.candidate.text}” → ${story.resolved.time.value}), or the one after or before it, whose ${day} ${MONTH_NAMES[month - 1]} falls on that weekday`], confidence: 0.7, referenceFree: true };
	}
	for (const y of fitting.length === 1 ? fitting : candidates.length ? candidates : [ref.year]) {
		// With no tense to go by, news mostly reports the past: a month ahead must be nearer than the one behind by a margin.
		const d = Math.abs(at(y) - refMs) + (side === 'none' && at(y) > refMs + slack ? NO_TENSE_AHEAD : 0);
		if (d < bestDistance) (best = y), (bestDistance = d);
	}
	const t = monthly(componentsToTime(c, best), text);
	if (!t) return null;
	return {
		time: t.time,
		stated: t.fields,
		inferred: ['year'],
		derivation: [`“${text}” has no year: took ${best}, ${fitting.length === 1 ? `the year near the reference date ${formatYmd(ref)} (${ctx.referenceLabel}) whose ${day} ${MONTH_NAMES[month - 1]} falls on the weekday named` : `the year nearest the reference date ${formatYmd(ref)} (${ctx.referenceLabel})${side === 'past' ? ' that puts it before that date, the clause being in the past' : side === 'future' ? ' that puts it after that date, the clause looking ahead' : ''}`}`],
		confidence: 0.7,
		referenceFree: false
	};
}

/** Does the weekday named with a day of the month fall on that day in `year` (or is none named)? */
function weekdayFits(c: Components, year: number): boolean {
	return !c.isCertain('weekday') || !c.isCertain('day') || !c.isCertain('month') || onWeekday({ year, month: c.get('month') ?? 1, day: c.get('day') ?? 1 }, c.get('weekday') ?? 0);
}

/** How far back a year the text states may be the one a weekday with its date points to. */
const STATED_YEAR_REACH = 3000;

/**
 * The nearest year stated before (a year or a date the text gives in full) in which the weekday named with a day of
 * the month falls on that day: "Spanish Armada, 1588 … which Spain adopted in 1582 … Friday, 29 July" is 1588's (29 July
 * 1582 was a Thursday, 1583's a Friday). Null when none fits.
 */
function statedYearFitting(c: Components, ctx: ResolveContext): number | null {
	if (!c.isCertain('weekday') || !c.isCertain('day') || !c.isCertain('month')) return null;
	const self = ctx.candidates[ctx.index];
	for (let k = ctx.index - 1; k >= 0 && self.start - ctx.candidates[k].start <= STATED_YEAR_REACH; k--) {
		if (!/\d{3,4}/.test(ctx.candidates[k].text)) continue;
		// (Not a year the story does not move to: "the territory ceded in 1721 and 1743".)
		if (ctx.candidates[k].background || (ctx.historical && ctx.candidates[k].historyAside)) continue;
		const r = ctx.resolveAt(k);
		if (!r?.referenceFree || !['year', 'month', 'day'].includes(r.time.granularity)) continue;
		const year = startYmd(r.time).year;
		if (weekdayFits(c, year)) return year;
	}
	return null;
}

/**
 * The year a day of the month with its weekday ("Sunday, 25 June") falls in: `year` when the weekday fits it (or no
 * weekday is named), else the year after or before it that fits, else `year`. Two years in a row never both fit.
 */
function yearOfWeekday(c: Components, year: number): number {
	if (!c.isCertain('weekday') || !c.isCertain('day') || !c.isCertain('month')) return year;
	return weekdayFits(c, year) ? year : weekdayFits(c, year + 1) ? year + 1 : weekdayFits(c, year - 1) ? year - 1 : year;
}

/** A weekday alone, in full ("Sunday"). */
const ONLY_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** A capitalised word right before: "Black September", "Red October" (and "Remember September", which opens a sentence). */
const NAME_WORD_BEFORE = /\b[A-Z][a-z]*\s+$/;
/** An article or possessive and a lowercase adjective right before a month: "the wettest ", "a busy ", "its brutal ". */
const ADJECTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|another)\s+[a-z]{3,}\s+$/i;
/** A superlative right before: "the wettest ", "the driest ", "its busiest ". */
const SUPERLATIVE_BEFORE = /\b(?:the|its|their)\s+[a-z]{2,}est\s+$/i;

/**
 * A lone month its own words show, with no preposition before it: a name no ordinary word or given name can be
 * ("releases September figures", "spend September with her sister"; not "Black September", a name), or any month after
 * an article and an adjective ("a busy April for skywatchers", "a brutal October"), and "March" or "May" after a
 * superlative ("the driest March since 1961"). Not before a capitalised word ("the October Revolution").
 */
/** After a month, a noun of figures it names the month of: " figure", " jobs report", " reading". */
const FIGURES_NOUN_AFTER = /^\s+(?:(?:jobs|inflation|sales|trade|retail|payrolls?|housing|consumer|passenger)\s+)?(?:figures?|readings?|data|numbers?|reports?|estimates?|totals?|survey|index|print|traffic|sales|exports|imports|output)\b/i;
function monthByItsWords(word: string, before: string, after: string): boolean {
	if (/^\s+[A-Z]/.test(after) && !MONTH_JOINED_AFTER.test(after)) return false;
	// ("The March figure was revised up", "the May jobs report": a month between "the" and a noun of figures.)
	// ("Meridian Airlines March traffic rises 12%": after a name or at the start of a line, too.)
	if (AMBIGUOUS_WORD.test(word)) return /^[A-Z]/.test(word) && (SUPERLATIVE_BEFORE.test(before) || ((/\bthe\s+$/i.test(before) || /(?:^|\n|\b[A-Z][a-z]+)\s*$/.test(before)) && FIGURES_NOUN_AFTER.test(after)));
	if (ADJECTIVE_BEFORE.test(before)) return true;
	return ONLY_A_MONTH.test(word) && !NAME_WORD_BEFORE.test(before);
}

/** Does chrono's reading name a month alone (no day, year or weekday)? */
function isOnlyMonth(c: Components): boolean {
	return c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year') && !c.isCertain('weekday');
}

/** Is a chrono hit a false positive: a lone month or weekday word used as an ordinary word? */
function isUnlikely(text: string, before: string, c: Components, after = ''): boolean {
	const word = text.trim();
	// "Sun Microsystems", "Sun's profitability": an abbreviated weekday is written "Sun." or "Sun,", before a date.
	if (/^(?:sun|sat|mon|tue|tues|wed|thu|thur|thurs|fri)$/i.test(word) && !/^[.,]/.test(after)) return true;
	if (AMBIGUOUS_WORD.test(word) && !/^[A-Z]/.test(word)) return true;
	const onlyMonth = isOnlyMonth(c);
	// "the July Crisis", "the October Revolution", "The April Theses", "his April Theses": a month between "the" (or a
	// possessive) and a capitalised noun names something.
	if (onlyMonth && NAMED_AFTER_THE.test(after) && /\b(?:the|his|her|its|their|our)\s+$/i.test(before)) return true;
	// "the Sunday Independent", "the Sunday Times": a lone weekday between "the" and a capitalised noun names a paper.
	if (ONLY_WEEKDAY.test(word) && NAMED_AFTER_THE.test(after) && /\bthe\s+$/i.test(before)) return true;
	if (onlyMonth && /^[A-Za-z.]+$/.test(word) && !MONTH_CUE.test(before) && !MONTH_JOINED_AFTER.test(after) && !(MONTH_CUE_WEAK.test(before) && !AMBIGUOUS_WORD.test(word)) && !(OPENS_SENTENCE.test(before) && ONLY_A_MONTH.test(word)) && !monthByItsWords(word, before, after)) return true;
	if (/^(sat|sun|mon|wed|second|may|march)$/i.test(word) && !MONTH_CUE.test(before) && !(onlyMonth && monthByItsWords(word, before, after))) return true;
	// "Moon Night", "Opening Night", "Family Morning": a capitalised part of the day after a capitalised word is a name,
	// unless that word names a day ("Saturday Night", "Christmas Eve Night", "Last Night").
	if (/^(?:Morning|Afternoon|Evening|Night)$/.test(word) && NAME_BEFORE_PART.test(before)) return true;
	// "in a night attack", "the night shift": "night" before such a noun says when a thing is done; it is no night.
	// ("brings back night train", "a direct night train": in lower case, with any word before it.)
	// ("Night temperatures have dropped", opening its sentence; "with night-vision goggles".)
	if (((/^night$/i.test(word) && (/\b(?:a|the)\s+$/i.test(before) || word === 'night' || (word === 'Night' && OPENS_SENTENCE.test(before)))) || /^the\s+night$/i.test(word)) && NIGHT_NOUN_AFTER.test(after)) return true;
	if (/^night$/i.test(word) && /^-(?:vision|sight|scope|club|shift|watch|owl|light)/i.test(after)) return true;
	// "La Noche Triste, “the Night of Sorrows”", "the Night of the Long Knives": a capitalised part of the day after "the",
	// before "of" and a capitalised word, is a name (not "the Night of 14 April").
	if (/^(?:(?:the|The)\s+(?:Morning|Afternoon|Evening|Night)|(?:Morning|Afternoon|Evening|Night))$/.test(word) && (/^the\s/i.test(word) || /\bthe\s+$/.test(before)) && /^\s+of\s+(?:the\s+)?[A-Z][a-z]/.test(after)) return true;
	// "The last day to register", "the last day of the session": the final day of something, not yesterday.
	if (/^(?:the\s+)?last\s+day$/i.test(word) && (/^the\b/i.test(word) || /\bthe\s+$/i.test(before))) return true;
	return false;
}

/** A participle of saying or ruling after a comma, right before a weekday: ", ruling late ", ", saying on ", ", announcing ". */
const SAYING_PARTICIPLE_BEFORE = /,\s+(?:ruling|saying|announcing|adding|noting|warning|declaring|arguing|citing|finding|telling\s+(?:reporters|lawmakers|the\s+\w+))\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/** A verb of saying (and whom to) right before a weekday: "said Friday", "told reporters on Monday". */
/** "said" right before a weekday ("officials said Sunday", "said on Wednesday"): a report, not an announcement, which is an event of its own. */
const SAID_ON_BEFORE = /\bsaid\s+(?:on\s+)?$/i;
const REPORTED_BEFORE = new RegExp(String.raw`\b(?:says|${SAID_VERBS})\s+(?:\w+\s+){0,2}?(?:on\s+|late\s+|early\s+)?$`, 'i');

/** A future told from now, not from a story ("will mark", "is to open"; not "would"). */
const FUTURE_NOW = /\b(?:will|shall|won['’]t)\b|['’]ll\b|\b(?:is|are)\s+(?:to|going\s+to|scheduled|expected|set|due)\b/i;

/** A part of the day, a comma and a date set beside it: "morning, April 19, 1775". */
const PART_THEN_DATE = /^(?:morning|afternoon|evening|night)\s*,\s+(?=[A-Z\d])/i;

/** A part of the day set before a date, a comma between: "The next morning, ", "early the following evening, ". */
const PART_BESIDE_DATE = /\b((?:early|late)\s+)?(?:the\s+(?:next|following|same)|that)\s+(morning|afternoon|evening|night)\s*,\s*$/i;

/** The part of the day of the date told right after it, at `dateAt` ("The next morning, 4 July"). */
function partOfDateBeside(ctx: ResolveContext, dateAt: number, part: DayPart, text: string): Resolved | null {
	const date = ctx.nextInSentence(dateAt, 0);
	if (!date || date.candidate.start !== dateAt || date.resolved.time.granularity !== 'day') return null;
	const time = dayPartValue(date.resolved.time, part);
	return { ...date.resolved, time, stated: [...date.resolved.stated, 'time'], derivation: [...date.resolved.derivation, `“${text}” is that part of the date set beside it (“${date.candidate.text}”) → ${time.value}`] };
}

/** A past participle (not "said") right before a weekday, perhaps with "late", "early" or "on": "unveiled late ". */
const PARTICIPLE_BEFORE = /\b(?!said\b)[a-z]{3,}ed\s+(?:(?:late|early)\s+)?(?:on\s+)?$/;

/** "last" and a count after it ("last about five months", "last two years"), and a word before that makes it the verb. */
const LAST_VERB = /^last\s+(?:about|around|some|nearly|almost|another|more\s+than|at\s+least|\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few)/i;
const LAST_VERB_BEFORE = /\b(?:to|will|would|could|can|may|might|should|must|did|does|not|never|and|'ll)\s+$/i;

/** "would" and at most three words (a verb and its complement), right before a weekday: "would remain closed ", "would meet again on ". */
const WOULD_SHORTLY_BEFORE = /\bwould\s+(?!have\b)(?:[a-z]+\s+){1,3}(?:on\s+)?$/i;
/** A headline's infinitive, that says what will be, before a weekday: "Schools to stay closed " (a short noun phrase, "to" and a verb of what is to happen, and up to two words). */
const HEADLINE_TO = /^\s*([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s+to\s+(?:stay|remain|close|reopen|open|resume|return|meet|vote|strike|begin|start|end|launch|hold|face|visit|leave|arrive|announce|decide|rule|sign|unveil|release|publish)\b(?:\s+[a-z]+){0,2}\s+(?:on\s+)?$/;
/** A finite verb or a preposition, which a headline's subject before its "to" does not hold ("went to court", "In a letter sent to"). */
const NOT_A_HEADLINE_SUBJECT = /\b(?:[a-z]{3,}ed|was|were|is|are|has|have|had|said|says|will|would|could|plans?|wants?|agreed|voted|went|came|took|got|in|on|at|of|for|with|by|from)\b/i;

/** Does `clause` (the text of a clause up to a weekday) open as a headline with an infinitive: "Schools to stay closed "? */
function headlineInfinitive(clause: string): boolean {
	const m = HEADLINE_TO.exec(clause);
	return !!m && !NOT_A_HEADLINE_SUBJECT.test(m[1]);
}

/** After a weekday a sentence opens on, the subject and a "will" (a few words, no stop): "On Thursday, Mr. Higgins will travel". */
// ("On Saturday evening, the Royal Lyceum Opera House will", "On Saturday, for a few hours, it will": a longer subject, or a phrase
// between commas before it.)
const WILL_AFTER_OPENING_DAY = /^,?\s+(?:[^,.;:!?"“”]{1,30},\s+)?(?:[\w'’-]+\.?\s+){1,6}?(?:will|shall|is\s+(?:due|set|scheduled)\s+to|are\s+(?:due|set|scheduled)\s+to)\b/i;
/** Shut for a time up to a weekday: "government offices in the capital were closed until" (the weekday ahead). */
const SHUT_UNTIL_BEFORE = /\b(?:was|were|are|is|remain|remains|remained)\s+(?:(?:also|again|still)\s+)?(?:closed|shut|suspended)\s+until\s+(?:at\s+least\s+)?$/i;
/** "On" opening a sentence right before a weekday. */
const ON_OPENS_BEFORE = /(?:^|[.!?]["”’)]?\s+|["“])(?:On|(?:(?:Then|And|But|Later|Finally),?\s+)?[Aa]t\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}T?)?\s+on)\s+$/;
/** Nothing before a weekday in its sentence but "On" or "By" (or nothing): the weekday opens it. */
const OPENS_BEFORE = /(?:^|[.!?]["”’)]?\s+)(?:(?:On|By)\s+)?$/;
/**
 * After a weekday that opens its sentence (perhaps with another joined to it), a short subject and a modal of what is ahead:
 * "(By Monday) or Tuesday it should be", "(On Saturday), the comet will", "(On Friday) officials are expected to", "(On Sunday
 * afternoon), members of the Hadley Players will".
 */
const SUBJECT_MODAL_AFTER = /^(?:\s+(?:and|or)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?,?\s+(?:it|he|she|they|we|you|I|there|(?:(?:the|a|an|its|their|his|her)\s+)?[a-z]+\s+of\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*|(?:the|a|an|its|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:could|will|may|might|should|is\s+(?:expected|likely|set|due)\s+to|are\s+(?:expected|likely|set|due)\s+to)\b(?!\s+have\b)/;
/**
 * A modal right after a weekday, which is then the subject of what is to come: "Friday could become its busiest day"; or
 * after a second weekday joined to it, which ends the subject: "(Passengers on flights between) Saturday and Sunday will
 * be offered a refund".
 */
const MODAL_AFTER = /^(?:\s+(?:and|or|to|through)\s+(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)?\s+(?:could|would|will|may|might|should|is\s+(?:expected|likely|set|due)\s+to)\b/;
/** Before a weekday, another (with a part of its day) and a word that joins the two: "Friday night into ", "Saturday and ". */
const WEEKDAY_LINK_BEFORE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?:into|to|through|until|till|and|or|then)\s+$/i;

/** Before a weekday, "today" or "tomorrow" and a word that joins the two: "cover today, Thursday and Friday", "tomorrow and ". */
const TODAY_LINK_BEFORE = /\b(?:today|tomorrow)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|until|till|then)\s+)$/i;

/**
 * A weekday joined to the weekday before it ("from Friday night into Saturday", "on Saturday and Sunday"): the first
 * such day on or after that one's day, however its own clause reads (`linksOn`: joined by "into", "to", "through";
 * else by "and", "or"). Joined to "today" or "tomorrow" ("cover today, Thursday and Friday"; "Tomorrow, Friday, is", the same day) too.
 * Null when that one is not a day.
 */
function linkedWeekday(weekday: number, text: string, ctx: ResolveContext, linksOn: boolean): Resolved | null {
	const k = ctx.index - 1;
	const prev = ctx.candidates[k];
	const today = !!prev && /^(?:today|tomorrow)$/i.test(prev.text);
	if (!prev || (prev.weekday === undefined && !today) || ctx.candidates[ctx.index].start - prev.end > 24) return null;
	// ("made Friday and Thursday": a list, not days in order; days in a list follow within three.)
	if (!linksOn && prev.weekday !== undefined && (weekday - prev.weekday + 7) % 7 > 3) return null;
	const r = ctx.resolveAt(k);
	if (!r || !['day', 'hour', 'minute'].includes(r.time.granularity)) return null;
	const from = startYmd(r.time);
	const date = addDays(from, (weekday - weekdayOf(from) + 7) % 7);
	return {
		time: dayValue(date),
		stated: ['weekday'],
		inferred: ['year', 'month', 'day'],
		derivation: [`“${text}” names a ${WEEKDAY_NAMES[weekday]} joined to the day before it (“${prev.text}” → ${r.time.value}): the first ${WEEKDAY_NAMES[weekday]} on or after it → ${formatYmd(date)}`],
		confidence: r.confidence,
		referenceFree: r.referenceFree
	};
}

/** A time stamp: hours and minutes, no part of the day ("17:15", "09.40"). */
const STAMP = /^\d{1,2}[:.]\d{2}$/;

/**
 * A verb of a timetable in the present: "a tour that opens … on May 3 and closes … on Sept. 13", "the window closes on April 30", "Classes begin Aug. 20", "an outbreak that lasts into April" (of the plurals, only verbs that are no nouns: not "its record close of … on July 16").
 * ("The women's final follows on Saturday", but not "The declaration follows the failure of the rains in October": what
 * follows a thing named after it comes after what has been.) (Not an infinitive: "were initially meant to begin in October";
 * nor the noun of "Housing starts rebound in April".)
 */
const TIMETABLE_VERB = /\b(?<!\bto\s+)(?:opens|closes|begins?|(?<!\b(?:housing|home|building)\s+)starts|ends|runs|lasts|follows(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those|last|weeks|months|days|years)\b)|resumes?|reopens?|kicks?\s+off|takes?\s+(?:place|effect)|comes?\s+into\s+force|go(?:es)?\s+on\s+(?:general\s+|public\s+)?sale|expires?)\b/i;

/** A relative clause that tells a timetable in the present, right before its date: ", which runs from ", "that opens on ", "that lasts into ". */
const TIMETABLE_CLAUSE_BEFORE = /\b(?:which|that)\s+(?:opens|closes|begins|starts|ends|runs|lasts|resumes|reopens|takes\s+place)\s+(?:from\s+|on\s+|until\s+|through\s+|between\s+|into\s+)?$/i;
/** A participle that says when a thing begins or ends, right before its date: "a strike beginning on 15 September". */
const BEGINNING_BEFORE = /\b(?:beginning|starting|ending|running|lasting)\s+(?:on\s+|from\s+)?$/i;

/**
 * A month with no tense read, in a clause that tells a timetable in the present: one to come. A date right after a
 * participle that says when a thing begins or ends ("has notified the airline of a further strike beginning on 15
 * September") takes no tense from the verb before: the nearest such date.
 */
function timetabled(tense: Tense, text: string, from: number): Tense {
	// ("Tickets for the grotto, which runs from 29 November to 23 December, went on sale last week": a relative clause that
	// tells a timetable in the present, whatever the main verb's tense.)
	if (tense === 'past' && TIMETABLE_CLAUSE_BEFORE.test(text.slice(Math.max(0, from - 30), from))) return 'future';
	if (tense === 'past' && BEGINNING_BEFORE.test(text.slice(Math.max(0, from - 16), from))) return 'none';
	return tense === 'none' && TIMETABLE_VERB.test(text.slice(clauseStartBefore(text, from), from)) ? 'future' : tense;
}
/** "is" or "are" (and "on") right before a date. */
const COPULA_BEFORE = /\b(?:is|are)\s+(?:on\s+)?$/i;

/** A weekday at the start of a phrase, and the word before one that makes it a day's name ("Black Saturday", "Good Friday"). */
const WEEKDAY_START = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const DAY_NAME_BEFORE = /\b(?:Black|Bloody|Good|Holy|Maundy|Easter|Palm|Ash|Whit|Shrove|Super|Cyber|Low)\s+$/;

/** A capitalised word right before a part of the day that does not name a day (see isUnlikely). */
const NAME_BEFORE_PART = /\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|To|Yester)day\b|Last\b|This\b|Tomorrow\b|Every\b|Each\b|Eve\b|The\b|That\b|Same\b|Next\b|Following\b|Early\b|Late\b|Mid\b)[A-Z][a-z]+\s+$/;

/** A unit chrono counts in ("last week", "two days ago"), and the words after a count of them. */
const UNIT = '(?:day|week|month|year)';
const UNITS_AFTER = String.raw`s?\s+(?:before|after|ago|later|earlier)`;

/**
 * What chrono can read at all: month and weekday names, numeric dates and times, and its
 * casual words. Chrono runs only on short windows around these words (see {@link chronoWindows}),
 * the costliest stage; our own parsers cover years, quarters, durations and offsets.
 * The words are grouped by their first letter: the regex engine tries the alternatives one
 * after another at each word start, so a flat list of some forty words costs more than the
 * text's other scans together. Words of different first letters never match at the same place
 * and each group keeps the words' order, so the groups find exactly what the flat list
 * (`\b(?:jan(?:uary)?|feb(?:ruary)?|…|\d{4}-\d{2})\b`) finds; a unit test compares them.
 */
export const CHRONO_TRIGGER = new RegExp(
	String.raw`\b(?:${[
		'a(?:pr(?:il)?|ug(?:ust)?|go|fternoon)',
		String.raw`beginning\s+of`,
		String.raw`coming\s+${UNIT}`,
		`d(?:ec(?:ember)?|ay${UNITS_AFTER})`,
		String.raw`e(?:vening|nd\s+of)`,
		'f(?:eb(?:ruary)?|ri(?:day)?)',
		'j(?:an(?:uary)?|une?|uly?)',
		String.raw`last\s+${UNIT}`,
		String.raw`m(?:ar(?:ch)?|ay|on(?:day)?|idnight|idday|orning|onth${UNITS_AFTER}|iddle\s+of)`,
		String.raw`n(?:ov(?:ember)?|ow|oon|ight|ext\s+${UNIT})`,
		String.raw`o(?:ct(?:ober)?|['’]clock)`,
		String.raw`past\s+${UNIT}`,
		String.raw`s(?:ep(?:t(?:ember)?)?|at(?:urday)?|un(?:day)?|tart\s+of)`,
		String.raw`t(?:ue(?:s(?:day)?)?|hu(?:r(?:s(?:day)?)?)?|oday|onight|omorrow|his\s+${UNIT})`,
		`w(?:ed(?:nesday)?|eekend|eek${UNITS_AFTER})`,
		`y(?:esterday|ear${UNITS_AFTER})`,
		String.raw`(?:half|quarter|minutes?)\s+(?:past|to)`,
		String.raw`\d{1,2}\s*(?:a\.?m|p\.?m|o['’]clock|h)|\d{1,4}[/:.-]\d{1,2}|\d{4}-\d{2}|\d{4}\s+(?:gmt|utc|local\s+time)|0\d[0-5]\d`
	].join('|')})\b`,
	'gi'
);

/** Characters of context chrono gets on each side of a trigger word. */
const WINDOW = 48;

/**
 * Which of chrono's parsers a trigger word calls for. A window gets an engine with only the
 * parsers its words need (all of chrono's refiners), so a window around "Tuesday" is not
 * scanned by the slash-date, time-unit and month grammars.
 */
const KIND = { month: 1, weekday: 2, numeric: 4, casual: 8 } as const;
const ALL_KINDS = 15;

const PARSER_KIND: Record<string, number> = {
	ENMonthNameLittleEndianParser: KIND.month,
	ENMonthNameMiddleEndianParser: KIND.month,
	ENMonthNameParser: KIND.month,
	ENYearMonthNameParser: KIND.month,
	ENWeekdayParser: KIND.weekday,
	SlashDateFormatParser: KIND.numeric,
	ENSlashMonthFormatParser: KIND.numeric,
	ENTimeExpressionParser: KIND.numeric | KIND.casual,
	ISOFormatParser: KIND.numeric,
	ENYearMonthDayParser: KIND.numeric | KIND.month,
	ENCasualDateParser: KIND.casual,
	ENCasualTimeParser: KIND.casual,
	ENEndOfCurrentMonthParser: KIND.casual,
	ENRelativeDateFormatParser: KIND.casual,
	ENTimeUnitCasualRelativeFormatParser: KIND.casual,
	ENTimeUnitAgoFormatParser: KIND.casual,
	ENTimeUnitLaterFormatParser: KIND.casual,
	ENTimeUnitWithinFormatParser: KIND.casual
};

/** After a month: another, with its year ("… and September 1914", "… to April 12, 1918"). */
// ("on 31 May and 1 June 1916": the day may come before its month.)
const PARTNER_WITH_YEAR = new RegExp(String.raw`^\s*,?\s+(?:and|or|to|through|until|till)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(${MONTH_NAME_SOURCE})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(\d{4})\b`, 'i');

const MONTH_WORD = new RegExp(`^(?:${MONTH_NAME_SOURCE})$`, 'i');
const WEEKDAY_WORD = /^(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|weekend)$/i;

function kindOf(trigger: string): number {
	// ("eleven o'clock": an hour in words, read as digits; see readableClocks.)
	// ("half past five", "twenty minutes to six": read as digits too.)
	if (/^\d|^o['’]clock$|^(?:half|quarter|minutes?)\s/i.test(trigger)) return KIND.numeric;
	if (MONTH_WORD.test(trigger)) return KIND.month;
	if (WEEKDAY_WORD.test(trigger)) return KIND.weekday;
	return KIND.casual;
}

const engines = new Map<number, chrono.Chrono>();

/** An engine with the parsers of the given kinds (any parser we do not know runs always). */
function engineFor(kinds: number): chrono.Chrono {
	let e = engines.get(kinds);
	if (!e) {
		const parsers = engine.parsers.filter((p) => ((PARSER_KIND[parserName(p)] ?? ALL_KINDS) & kinds) !== 0);
		e = new chrono.Chrono({ parsers, refiners: engine.refiners });
		engines.set(kinds, e);
	}
	return e;
}

/**
 * The stretches of `text` chrono needs to see: each trigger word with {@link WINDOW} characters
 * either side, widened to whole words and merged where they touch, with the kinds of grammar
 * their words call for. Chrono's cost grows with the length of what it is given and with the
 * number of its parsers, and most of a news text holds no date it could read.
 */
export function chronoWindows(text: string): Array<{ start: number; end: number; kinds: number }> {
	const out: Array<{ start: number; end: number; kinds: number }> = [];
	CHRONO_TRIGGER.lastIndex = 0;
	for (let m = CHRONO_TRIGGER.exec(text); m; m = CHRONO_TRIGGER.exec(text)) {
		let start = Math.max(0, m.index - WINDOW);
		if (start > 0) start = text.lastIndexOf(' ', start) + 1;
		const after = text.indexOf(' ', m.index + m[0].length + WINDOW);
		const end = after < 0 ? text.length : after;
		const kinds = kindOf(m[0]);
		const last = out[out.length - 1];
		if (last && start <= last.end) (last.end = Math.max(last.end, end)), (last.kinds |= kinds);
		else out.push({ start, end, kinds });
	}
	return out;
}

/**
 * A hyphen between two dates that each name their month: "5 September-12 September",
 * "17 August-2 September" (day first), "March 19-April 30" (month first).
 */
const MONTH_HYPHEN_DAY = /(\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)-(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|(\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)-(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)/gi;

/**
 * Chrono reads "5 September-12 September" as "September-12" (the 12th of September),
 * "17 August-2 September" as "17 August-2" and "March 19-April 30" as "19-April 30" (the year
 * 2030); with an en dash it reads them as the ranges they are. The dash has the hyphen's length,
 * so offsets into the text stay as they were.
 */
export function dashRanges(piece: string): string {
	return piece.includes('-') ? piece.replace(MONTH_HYPHEN_DAY, (_, dayFirst: string | undefined, monthFirst: string | undefined) => `${dayFirst ?? monthFirst}–`).replace(YEAR_HYPHEN_ASIDE, '$1—') : piece;
}

/**
 * A hyphen written for a dash after a year, before an aside: "on 2 October 1950-the day after the
 * ROK Army crossed". Chrono reads "2 October 1950-the day after" as a range ending the day after
 * the reference date; with an em dash (the same length) it reads the date alone.
 */
const YEAR_HYPHEN_ASIDE = /(\b\d{4})-(?=(?:the|a|an|and|but|or|when|which|who|as|after|before|while|just|only|until|since|then)\b)/g;

/**
 * Chrono's results for the windows of `text`, each with the offset of its window in `text`.
 * A window is cut where a sentence starts (`sentenceStarts`, offsets into `text`), so chrono
 * never merges a date with a time of the next sentence ("11 November 1918. At 10:57").
 */
/** Between the two times of a range of clock times: "7 a.m. to 7 p.m.", "06:00-21:00". */
const CLOCK_JOINT = /\s*(?:\b(?:to|until|till|through)\b|[-–—])\s*/i;

/** A time of day that names no day (no day of the month, weekday or month). */
function clockOnly(c: chrono.ParsedComponents): boolean {
	return c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month');
}

/**
 * A wire's clock time, four digits: with its zone ("at 1400 GMT", "by 0915 GMT", "0300 local time"; not a gloss in
 * brackets after the local time, "(0735 GMT)", which wireGlossParser reads, its day from the local time's), or with a leading zero after a preposition
 * of time ("at 0530 on Thursday": no year is written so).
 */
const WIRE_CLOCK = /(?<!\(\s*)\b([01]\d|2[0-3])([0-5]\d)(?=\s+(?:GMT|UTC|local\s+time)\b)|(?<=\b(?:at|from|until|till|by|since|around|about)\s+)(0\d)([0-5]\d)\b(?![.,]?\d)/g;
/** "local time" right after a clock time. */
const LOCAL_TIME_AFTER = /^\s+local\s+time\b/i;
/** Does a piece hold a clock time WIRE_CLOCK reads? */
const WIRE_CLOCK_CUE = /\d{4}\s+(?:GMT|UTC|local\s+time)\b|\b(?:at|from|until|till|by|since|around|about)\s+0\d[0-5]\d\b/;

/**
 * Chrono reads "14:00 GMT" and "9 in the morning" but not "1400 GMT" or "nine in the morning": the piece with a colon
 * written into each wire clock time and each spoken hour in digits (padded to the word's length), and where each colon
 * went (in the new text), so that what chrono finds is placed back on the text as written ({@link unshift}).
 */
function readableClocks(piece: string): { text: string; colons: number[]; spans: Array<[number, number]> } {
	const colons: number[] = [];
	const spans: Array<[number, number]> = [];
	// "half past five", "a quarter to six", "twenty-two minutes past seven": the time in digits, padded to the phrase's length
	// (where it went is kept, so that what chrono reads of it is drawn over the whole phrase).
	const said = SPOKEN_PAST_CUE.test(piece) ? piece.replace(SPOKEN_PAST, (phrase: string, minutes: string, direction: string, hour: string, at: number) => {
		const clock = COUNT_FOLLOWS_HOUR.test(piece.slice(at + phrase.length, at + phrase.length + 24)) ? null : spokenPast(minutes, direction, hour);
		if (!clock || clock.length > phrase.length) return phrase;
		spans.push([at, at + phrase.length]);
		return clock.padEnd(phrase.length, ' ');
	}) : piece;
	// ("six o'clock in the evening": chrono reads a clock time "in the morning" or "in the afternoon", not "in the evening",
	// which is written "p.m." at its end, padded to its length.)
	let spoken = SPOKEN_CLOCK_CUE.test(said) ? said.replace(SPOKEN_CLOCK, spokenHour).replace(OCLOCK_BEFORE_PART, (w) => ' '.repeat(w.length)).replace(EVENING_AFTER_CLOCK, (w) => 'p.m.'.padStart(w.length, ' ')) : said;
	// "6:12 a.m. local time Sunday": chrono knows no zone "local time"; written as a zone it knows (padded to the same length,
	// so that offsets stay as written), the clock and its day are one time.
	if (spoken.includes('local time')) spoken = spoken.replace(LOCAL_TIME_BEFORE_DAY, (zone) => 'UTC'.padEnd(zone.length, ' '));
	// "the morning of September 13 American troops stormed": chrono reads "13 Am" as a clock time, finds it no valid hour
	// and drops the date; a word after a number that only opens like "am" or "pm" is hidden from it (its first letter).
	if (AM_WORD.test(spoken)) spoken = spoken.replace(AM_WORD_GLOBAL, 'Q');
	// "19 August AD 14", "June AD 4": chrono reads the era after the year ("14 AD"); the two swapped keep their length.
	if (spoken.includes('AD') || spoken.includes('A.D.')) spoken = spoken.replace(MONTH_THEN_ERA, (_, era: string, year: string) => `${year} ${era}`);
	// A British clock time with a point, where dottedClock reads one ("at about 11.30, as"): with a colon (the same length),
	// which chrono reads after "about" too.
	if (DOTTED_CLOCK_CUE.test(spoken)) spoken = spoken.replace(DOTTED_CLOCK_IN_TEXT, (clock, hour: string, minute: string, at: number) => (PRICE_BEFORE.test(spoken.slice(Math.max(0, at - 40), at)) ? clock : `${hour}:${minute}`));
	if (!WIRE_CLOCK_CUE.test(spoken)) return { text: spoken, colons, spans };
	const text = spoken.replace(WIRE_CLOCK, (_, hour: string | undefined, minute: string | undefined, hour0: string | undefined, minute0: string | undefined, at: number) => {
		colons.push(at + 2 + colons.length);
		return `${hour ?? hour0}:${minute ?? minute0}`;
	});
	return { text, colons, spans };
}

/** A clock time said in words: "half past five", "a quarter to six", "twenty-two minutes past seven", "28 minutes past midnight". */
// (Not a change of a length, "cut from twenty minutes to ten", nor a count after it, "to ten minutes", "past five years".)
const SPOKEN_PAST = new RegExp(String.raw`(?<!\bfrom\s+)\b((?:a\s+)?quarter|half|(?:${CARDINAL_SOURCE})\s+minutes?)\s+(past|to)\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|(?<=past\s+)\d{1,2})\b(?!\s*(?:[:.,]\d|%|per\s*cent|[a-z]+s\b|minute|hour|day|week|month|year|percent|point|times))`, 'gi');
/** What makes the hour of a clock time said in words a count (case as written): a plural noun after it ("ten minutes to ten
 * people"), "more", "of" (not "At half past five Christian burst in", "at half past twelve did word arrive", "… that night"). */
const COUNT_FOLLOWS_HOUR = /^\s+(?!(?:was|has|this|does|is|its|his|as|us|thus)\b)(?:[a-z]{2,}s|people|men|women|children|staff|police|cattle|sheep|more|less|other|of|to|per|percent)\b/;
const SPOKEN_PAST_CUE = /\b(?:half|quarter|minutes?)\s+(?:past|to)\b/i;
/** The "past" of a clock time said in words, which tells no time gone by ("half past nine"). */
const SPOKEN_PAST_WORDS = new RegExp(SPOKEN_PAST_CUE.source, 'gi');
/** What a clock time said in words reads as in digits, on the twelve-hour clock ("half past five" 5:30, "a quarter to one" 12:45), or null. */
function spokenPast(minutes: string, direction: string, hour: string): string | null {
	const m = /half/i.test(minutes) ? 30 : /quarter/i.test(minutes) ? 15 : parseCardinal(minutes.replace(/\s+minutes?$/i, ''));
	const word = hour.toLowerCase();
	const h = word === 'midnight' ? 0 : word === 'noon' ? 12 : /^\d+$/.test(word) ? Number(word) : HOURS.indexOf(word) + 1;
	if (m === null || m <= 0 || m >= 60 || h < 0 || h > 12) return null;
	const to = direction.toLowerCase() === 'to';
	// ("ten minutes to twelve" is 11:50; "five minutes to midnight", 23:55.)
	const hh = to ? (h === 0 ? 23 : h - 1 === 0 ? 12 : h - 1) : h;
	const mm = to ? 60 - m : m;
	return `${hh}:${String(mm).padStart(2, '0')}`;
}

/**
 * A British clock time with a point ("at about 11.30, as Reille's corps attacks", "At 7.30 the Guard climbs"): after
 * "at", "by", "until" (and "about"), before a comma or a clause; not "at 4.25 per cent", "at 1.42 to the dollar".
 */
function dottedClock(text: string, start: number, found: string): boolean {
	return DOTTED_CLOCK.test(found) && DOTTED_CLOCK_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && DOTTED_CLOCK_AFTER.test(text.slice(start + found.length, start + found.length + 8)) && !PRICE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
/** Words of prices and markets before a number: "the index stood at 11.30, up", "closed at 9.45; the pound". */
const PRICE_BEFORE = /\b(?:stood|closed|traded|trading|fell|rose|ended|opened|finished|priced|valued|dropped|climbed|slipped|gained|eased|index|rates?|shares?|stocks?|yields?|dollars?|pounds?|euros?|yen|cents|pence|per\s+cent|percent)\b/i;
/** What comes before such a clock time ("at about "), the time itself, and what comes after it (", as", " the Guard"). */
const DOTTED_LEAD = String.raw`\b(?:at|by|until|till|from|after|before|around|about)\s+(?:about\s+|around\s+)?`;
const DOTTED_TIME = String.raw`([01]?\d|2[0-3])\.([0-5]\d)`;
const DOTTED_FOLLOW = String.raw`\s*[,;]|\s+(?:the|he|she|they|it|we|as|when|while)\b|\.\s+[A-Z]`;
const DOTTED_CLOCK = new RegExp(`^${DOTTED_TIME}$`);
const DOTTED_CLOCK_BEFORE = new RegExp(`${DOTTED_LEAD}$`, 'i');
const DOTTED_CLOCK_AFTER = new RegExp(`^(?:${DOTTED_FOLLOW})`);
/** Such clock times in a text, as dottedClock reads them. */
const DOTTED_CLOCK_IN_TEXT = new RegExp(`(?<=${DOTTED_LEAD})${DOTTED_TIME}(?=${DOTTED_FOLLOW})`, 'gi');
/** Does a text hold a clock time with a point after a cue? (Asked before DOTTED_CLOCK_IN_TEXT runs.) */
const DOTTED_CLOCK_CUE = new RegExp(`${DOTTED_LEAD}${DOTTED_TIME}\\b`, 'i');
/**
 * Where chrono's reading `text`, at `start` of `whole`, ends as TimeML draws it: without the punctuation after it, nor a
 * closing bracket with no opening one ("(9:34 p.m., March 19 EST)"), but with the full stop of "a.m." ("at 10:35 a.m."),
 * even where it ends the sentence.
 */
function readingEnd(text: string, whole: string, start: number): string {
	let end = text.replace(/[\s,.;:]+$/, '');
	if (end.endsWith(')') && !end.includes('(')) end = end.replace(/[\s,.;:)]+$/, '');
	return /\b[ap]\.m$/i.test(end) && whole[start + end.length] === '.' ? `${end}.` : end;
}

/** A word that is also a short form of a weekday ("sun", "sat", "mon", "wed"), and the space after it, at the head of chrono's reading. */
/** A weekday with its date: "Monday, March 23", "Friday 20 March" (weekday; day and month, or month and day). */
const WEEKDAY_WITH_DATE = new RegExp(String.raw`\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b,?\s+(?:(\d{1,2})\s+(${MONTH_NAME_SOURCE})\b|(${MONTH_NAME_SOURCE})\.?\s+(\d{1,2})\b)`, 'i');

/** How many candidates back {@link weekdayToldBefore} looks. */
const WEEKDAY_BACK = 200;
/**
 * In news, a weekday whose clause gives no tense, named before in the text and put on a day near the day of writing there:
 * that day ("The race … starts at 3 p.m. on Sunday … every grandstand seat for Sunday was sold by June"). Null when none was.
 */
function weekdayToldBefore(weekday: number, text: string, ctx: ResolveContext): Resolved | null {
	if (!ctx.documentDated || ctx.historical || !ctx.reference) return null;
	const reference = ymdToMillis(ctx.reference);
	// (At most WEEKDAY_BACK candidates back: the look-up stays linear in the length of the text.)
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - WEEKDAY_BACK); k--) {
		const before = ctx.candidates[k];
		// (Only a weekday its own clause placed: not one put a week back for want of a tense, "agree truce from Thursday".)
		if (before.weekday !== weekday || before.parser !== 'chrono' || before.weekdayGuessed) continue;
		const r = ctx.resolveAt(k);
		if (!r || !['day', 'hour', 'minute'].includes(r.time.granularity)) continue;
		const day = ymdOf(r.time.start);
		if (Math.abs(ymdToMillis(day) - reference) > WEEK) return null;
		const time = dayValue(day);
		return { time, stated: ['weekday'], inferred: ['year', 'month', 'day'], derivation: [`“${text}” names a ${WEEKDAY_NAMES[weekday]}, with no tense in its clause: the ${WEEKDAY_NAMES[weekday]} the text told before (“${before.text}” → ${r.time.value}) → ${time.value}`], confidence: 0.65, referenceFree: false };
	}
	return null;
}

/**
 * In news, a weekday whose clause gives no tense, after a weekday of its sentence placed ahead of the day of writing and at
 * most three days before it in the week: the first such weekday after that one ("odds of 70 percent for Thursday, falling to 40 percent for a backup opportunity on
 * Friday"). Null where the weekday before is no such day.
 */
function weekdayAfterAhead(weekday: number, text: string, ctx: ResolveContext): Resolved | null {
	const ahead = dayAheadBefore(ctx);
	const before = ahead?.candidate;
	// (Days in order follow within three: not "on Friday, after a rest day on Thursday", nor a thing named by its day,
	// "Tickets for Friday's game go on sale Monday", an aside.)
	const gap = before?.weekday === undefined ? 0 : (weekday - before.weekday + 7) % 7;
	if (!ahead || gap === 0 || gap > 3) return null;
	const r = ahead.resolved;
	const from = ymdOf(r.time.start);
	const time = dayValue(addDays(from, (weekday - weekdayOf(from) + 7) % 7));
	return { time, stated: ['weekday'], inferred: ['year', 'month', 'day'], derivation: [`“${text}” names a ${WEEKDAY_NAMES[weekday]}, with no tense in its clause, after a day ahead in its sentence (“${ahead.candidate.text}” → ${r.time.value}): the first ${WEEKDAY_NAMES[weekday]} after it → ${time.value}`], confidence: 0.65, referenceFree: false };
}

/**
 * In news, a weekday whose clause gives no tense, after a story told by its clock ahead of the day of writing, its last time
 * in the sentence before or this one and within a week of the day of writing: the first such weekday after that day, at most three
 * on ("totality begins at 11:28 p.m. on Sunday … shortly after midnight. At 12:27 a.m. on Monday the umbra begins to take a
 * bite"). Null otherwise.
 */
function weekdayAfterStoryAhead(weekday: number, text: string, ctx: ResolveContext): Resolved | null {
	if (!ctx.documentDated || ctx.historical || !ctx.reference) return null;
	const story = ctx.narrativeBefore();
	const self = ctx.candidates[ctx.index];
	// (A story told by its clock: not "formal talks resume next Tuesday. … settle this before Friday".)
	if (!story || !['hour', 'minute'].includes(story.resolved.time.granularity)) return null;
	if (story.candidate.sentence.start !== self.sentence.start && self.sentence.start - story.candidate.sentence.end > 3) return null;
	const t = story.resolved.time;
	const from = (/T24:00$/.test(t.value) && parseYmd(t.value.slice(0, 10))) || ymdOf(t.start);
	const ahead = ymdToMillis(from) - ymdToMillis(ctx.reference);
	if (ahead <= 0 || ahead > WEEK) return null;
	const gap = (weekday - weekdayOf(from) + 7) % 7;
	if (gap === 0 || gap > 3) return null;
	const time = dayValue(addDays(from, gap));
	return { time, stated: ['weekday'], inferred: ['year', 'month', 'day'], derivation: [`“${text}” names a ${WEEKDAY_NAMES[weekday]}, with no tense in its clause, after a story told ahead of the reference date (“${story.candidate.text}” → ${t.value}): the first ${WEEKDAY_NAMES[weekday]} after it → ${time.value}`], confidence: 0.6, referenceFree: false };
}

/**
 * In news, a weekday in a clause that looks ahead, after a story's day up to two weeks ahead of the day of writing, told in its
 * sentence or the one before, where the next such weekday would come before that day: the day after it, if it is that weekday
 * ("The first coach will leave York at 06:10 on Good Friday … The same pattern will run on Saturday", told nine days before;
 * "on Easter Sunday and bank holiday Monday the service will drop"). Null otherwise. (Further on, or further ahead, the story
 * has moved on too often: "begins Wednesday, Aug. 28. The special meeting will begin at 6 p.m. Thursday" is this week's.)
 */
function weekdayAfterStoryDayAhead(weekday: number, text: string, ctx: ResolveContext): Resolved | null {
	if (!ctx.documentDated || ctx.historical || !ctx.reference) return null;
	const story = ctx.narrativeBefore();
	const self = ctx.candidates[ctx.index];
	if (!story || !['day', 'hour', 'minute'].includes(story.resolved.time.granularity)) return null;
	if (story.candidate.sentence.start !== self.sentence.start && self.sentence.start - story.candidate.sentence.end > 3) return null;
	const t = story.resolved.time;
	const from = (/T24:00$/.test(t.value) && parseYmd(t.value.slice(0, 10))) || ymdOf(t.start);
	const next = addDays(ctx.reference, (weekday - weekdayOf(ctx.reference) + 7) % 7);
	if (ymdToMillis(next) >= ymdToMillis(from) || ymdToMillis(from) - ymdToMillis(ctx.reference) > 2 * WEEK) return null;
	const gap = (weekday - weekdayOf(from) + 7) % 7;
	if (gap !== 1) return null;
	const time = dayValue(addDays(from, gap));
	return { time, stated: ['weekday'], inferred: ['year', 'month', 'day'], derivation: [`“${text}” names a ${WEEKDAY_NAMES[weekday]}, in a clause that looks ahead, after a story’s day ahead of the reference date (“${story.candidate.text}” → ${t.value}): the day after it → ${time.value}`], confidence: 0.7, referenceFree: false };
}

/**
 * An infinitive between two dates of a sentence, running up to the second, not one of "to" before a noun: " to stage a 48-hour
 * walkout from 6 a.m. on " (not " to register, county officials reminded voters ", a clause of its own after the comma).
 */
const INFINITIVE_BETWEEN = /^(?:\s+[a-z]+){0,2}\s+to\s+(?!(?:the|a|an|his|her|their|its|our|be|date)\b)[a-z]{3,}\b(?![^,;]*\b(?:since|after|before)\b)[^,;]*$/i;
/**
 * In news, a weekday in an infinitive clause after a weekday of its sentence that tells a decision or an agreement, its
 * clause read as no future: the first such weekday after that one ("members voted Tuesday to stage a 48-hour walkout from 6 a.m.
 * on Friday"). Null where no weekday placed as a day comes before it in the sentence.
 */
function weekdayAfterDecision(weekday: number, text: string, ctx: ResolveContext, scope: PassageScope): Resolved | null {
	if (!ctx.documentDated || ctx.historical || !ctx.reference) return null;
	const self = ctx.candidates[ctx.index];
	if (self.background) return null;
	// (The weekday before, past a clock time or a length between: "Tuesday to stage a 48-hour walkout from 6 a.m. on Friday".)
	let k = ctx.index - 1;
	while (k >= 0 && ctx.candidates[k].weekday === undefined && ctx.candidates[k].sentence.start === self.sentence.start && ctx.index - k < 4) k--;
	const before = ctx.candidates[k];
	if (!before || before.weekday === undefined || before.sentence.start !== self.sentence.start || before.passageId !== self.passageId) return null;
	if (!INFINITIVE_BETWEEN.test(scope.text.slice(before.end - scope.passage.start, self.start - scope.passage.start))) return null;
	const r = ctx.resolveAt(k);
	if (!r || !BY_DAY_OR_FINER.has(r.time.granularity)) return null;
	const from = ymdOf(r.time.start);
	const time = dayValue(addDays(from, (weekday - weekdayOf(from) + 7) % 7 || 7));
	return { time, stated: ['weekday'], inferred: ['year', 'month', 'day'], derivation: [`“${text}” names a ${WEEKDAY_NAMES[weekday]} in an infinitive after “${before.text}” (${r.time.value}), what was decided then: the first ${WEEKDAY_NAMES[weekday]} after it → ${time.value}`], confidence: 0.65, referenceFree: false };
}

/**
 * In news, a weekday told before a weekday with its date, in the same sentence, within a week of the day of writing: the
 * such weekday nearest that date, before it if as near or if the one after lies past the day of writing ("a holiday from Friday to Sunday, with offices reopening on Monday,
 * March 23": the Friday before the 23rd, whatever the tense of "announced"). The date is read from its words, the year being the one
 * near the day of writing whose date falls on its weekday (its own resolution may lean on this one). Null where no such
 * date follows.
 */
function weekdayBeforeDated(weekday: number, text: string, ctx: ResolveContext): Resolved | null {
	if (!ctx.documentDated || ctx.historical || !ctx.reference) return null;
	const self = ctx.candidates[ctx.index];
	const ref = ctx.reference;
	for (let k = ctx.index + 1; k < ctx.candidates.length && k <= ctx.index + 4; k++) {
		const cand = ctx.candidates[k];
		if (cand.sentence.start !== self.sentence.start) break;
		const m = WEEKDAY_WITH_DATE.exec(cand.text);
		if (!m) continue;
		const named = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === m[1].toLowerCase());
		const month = monthNumber(m[3] ?? m[4]);
		const day = Number(m[2] ?? m[5]);
		const to = [ref.year, ref.year + 1, ref.year - 1].map((year) => ({ year, month, day })).find((d) => d.day <= daysInMonth(d.year, d.month) && weekdayOf(d) === named && Math.abs(ymdToMillis(d) - ymdToMillis(ref)) <= WEEK);
		if (!to) return null;
		// (The nearer of the two, where the one after is no later than the day of writing: "Polling took place on Friday …,
		// although voters on the islands cast their ballots on Thursday, 27 April" is the Friday the day after.)
		// (Not past the day of writing: "said on Tuesday that the walkout would run from Monday 2 March" is the Tuesday before.)
		const back = (weekdayOf(to) - weekday + 7) % 7 || 7;
		const after = back > 4 && ymdToMillis(addDays(to, 7 - back)) <= ymdToMillis(ref);
		const time = dayValue(addDays(to, after ? 7 - back : -back));
		return { time, stated: ['weekday'], inferred: ['year', 'month', 'day'], derivation: [`“${text}” is told before “${cand.text}” (${formatYmd(to)}) in its sentence: the ${WEEKDAY_NAMES[weekday]} nearest it, ${after ? 'after' : 'before'} it → ${time.value}`], confidence: 0.7, referenceFree: false };
	}
	return null;
}

/** Two weekdays joined as a range: "Friday to Sunday", "Thursday until Sunday", "Wednesday through Friday". */
const WEEKDAY_PAIR = /^((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:to|through|until|till|thru)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/**
 * The second weekday of a pair ("from Friday to Sunday"): the first such weekday on or after the day the first one, the
 * candidate right before it, was put on. Null when that one was put on no day.
 */
function weekdayAfterPair(ctx: ResolveContext, text: string): Resolved | null {
	const self = ctx.candidates[ctx.index];
	const prev = ctx.candidates[ctx.index - 1];
	if (!prev || self.start - prev.end > 12 || prev.sentence.start !== self.sentence.start) return null;
	const r = ctx.resolveAt(ctx.index - 1);
	if (!r || r.time.granularity !== 'day') return null;
	const from = startYmd(r.time);
	const weekday = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === text.toLowerCase());
	const time = dayValue(addDays(from, (weekday - weekdayOf(from) + 7) % 7));
	return { time, stated: ['weekday'], inferred: ['year', 'month', 'day'], derivation: [`“${text}” ends the range that “${prev.text}” (${r.time.value}) opens: the first ${WEEKDAY_NAMES[weekday]} on or after it → ${time.value}`], confidence: r.confidence, referenceFree: r.referenceFree };
}

const WEEKDAY_WORD_HEAD = /^(sun|sat|mon|wed)\b\s+(?=\S)/i;
/** A month, then the era before its year: "August AD 14" (the month is left as it is). */
const MONTH_THEN_ERA = new RegExp(String.raw`(?<=\b(?:${MONTH_NAME_SOURCE})\.?,?\s+)(AD|A\.D\.)\s(\d{1,4})\b`, 'gi');
/** The first letter of a word after a number that opens like "am" or "pm" ("13 American", "4 Amsterdam"). */
const AM_WORD = /(?<=\d\s)[AaPp](?=[Mm][a-z])/;
const AM_WORD_GLOBAL = new RegExp(AM_WORD.source, 'g');
/** "local time" between a clock time and a weekday: "6:12 a.m. local time Sunday". */
const LOCAL_TIME_BEFORE_DAY = /(?<=\d(?:\s*[ap]\.?m\.?)?\s+)local time(?=\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi;
/** An hour said in words before the part of the day: "nine in the morning", "ten at night" (chrono reads "9 in the morning"). */
const SPOKEN_CLOCK = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o['’]clock)\b)/gi;
/** An hour said in words, as {@link SPOKEN_CLOCK} reads it: "nine in the morning" names its hour as "9 a.m." does. */
const SPOKEN_HOUR = new RegExp(SPOKEN_CLOCK.source, 'i');
/** "in the evening" right after an hour ("six o'clock in the evening", read "6 … in the evening"; "at 7 in the evening"). */
const EVENING_AFTER_CLOCK = /(?<=\b\d{1,2}\s+)in\s+the\s+evening\b/gi;
/** "o'clock" before the part of the day ("eight o'clock in the morning"): hidden from chrono, which reads "8 in the morning" as one time, not "8 o'clock in the morning". */
const OCLOCK_BEFORE_PART = /\bo['’]clock(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)/gi;
/** What an hour in words is looked for by (SPOKEN_CLOCK, OCLOCK_BEFORE_PART): most pieces hold none of these. */
const SPOKEN_CLOCK_CUE = /\b(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o['’]clock)\b/i;
const HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The hour in digits, padded with spaces to the word's length, so that offsets stay as written. */
function spokenHour(word: string): string {
	return String(HOURS.indexOf(word.toLowerCase()) + 1).padEnd(word.length, ' ');
}

/** A result chrono found in a piece with colons written in ({@link readableClocks}), placed on `original`, the piece as it was. */
function unshift(parsed: chrono.ParsedResult, colons: readonly number[], original: string, spans: ReadonlyArray<[number, number]> = []): chrono.ParsedResult {
	if (spans.length) overSpoken(parsed, colons, spans, original);
	if (!colons.length) return parsed;
	let before = 0;
	let inside = 0;
	for (const c of colons) {
		if (c < parsed.index) before++;
		else if (c < parsed.index + parsed.text.length) inside++;
	}
	const index = parsed.index - before;
	return Object.assign(parsed, { index, text: original.slice(index, index + parsed.text.length - inside) });
}

/**
 * A result that ends inside a clock time said in words (its digits read, its padding not) is drawn over the whole phrase:
 * "5:30" over "half past five". (`spans` are places in the piece as written; colons written in after them come later.)
 */
function overSpoken(parsed: chrono.ParsedResult, colons: readonly number[], spans: ReadonlyArray<[number, number]>, original: string): void {
	const shift = colons.filter((c) => c < parsed.index).length;
	const start = parsed.index - shift;
	const end = start + parsed.text.length;
	for (const [from, to] of spans) {
		if (from >= start && from < end) {
			// (The words as written: "at a quarter past nine on 3 May 1990", not "at 9:15" and its padding.)
			Object.assign(parsed, { text: original.slice(start, Math.max(end, to)) });
			break;
		}
	}
}

/**
 * What chrono reads in `text` (a piece as written; clock times it cannot read as written go through {@link readableClocks},
 * or `readable`, when the caller has made that already).
 */
function parseWritten(e: chrono.Chrono, text: string, readable = readableClocks(text)): chrono.ParsedResult[] {
	return e.parse(readable.text, { instant: PROBE, timezone: 0 }).map((r) => unshift(r, readable.colons, text, readable.spans));
}

/** Between a part of the day (or a weekday) and a clock time in it: "morning at 11:00", "tonight from 6 p.m. (to 8 p.m.)", "Friday from 4 p.m.". */
const PART_THEN_CLOCK = /(?<=^(?:(?:this\s+)?(?:morning|afternoon|evening)|night|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\s*,?\s+(?:at|from)\s+(?=\d|(?:a\s+)?quarter\s+(?:past|to)\b|half\s+past\b|[\w-]+\s+minutes?\s+(?:past|to)\b)/i;
/** Between a day and the clock time after it: "February 15, at 9:40 p.m.", "March 3 at 2:15 p.m.", "March 3 at noon" (two expressions, as TimeML draws them). */
const DAY_THEN_CLOCK = /,\s*(?:at|from)\s+(?=\d|noon\b|midday\b|midnight\b|(?:a\s+)?quarter\s+(?:past|to)\b|half\s+past\b|[\w-]+\s+minutes?\s+(?:past|to)\b)|(?<=\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|day)\s+at\s+(?=\d|noon\b|midday\b|midnight\b|(?:a\s+)?quarter\s+(?:past|to)\b|half\s+past\b|[\w-]+\s+minutes?\s+(?:past|to)\b)/i;
/** "every" or "each" before a weekday. */
const EVERY_BEFORE = /\b(?:every|each)\s+$/i;
/** Between the two ends of a range: "from midday on Friday until 18:00 on Sunday". */
const RANGE_JOINT = /\s*(?:\b(?:to|until|till|through)\b|[-–—])\s*/i;

/**
 * Where chrono's reading of a piece is two expressions in TimeML, the joint between them (null when it is one):
 * a range with a possessive after it ("a revision Friday to December's figures"), a clock time and its day
 * ("11 a.m. on 11 November 1918"), a range of clock times ("from 7 a.m. to 7 p.m."), a range of clock times on days
 * ("from midday on Friday until 18:00 on Sunday": each end is split again).
 */
function jointOf(piece: string, parsed: chrono.ParsedResult): RegExpExecArray | null {
	const after = parsed.index + parsed.text.length;
	// "a revision Friday to December's figures": a possessive after the end says it is no range but two dates.
	if (parsed.end && /^['’]s\b/.test(piece.slice(after))) return /\s+(?:to|through|until)\s+/i.exec(parsed.text);
	// "from Saturday through Jan. 4", "Friday to Jan. 4": a weekday and a day of a month, two dates as TimeML tags them (chrono
	// keeps the range's start alone).
	if (parsed.end && parsed.start.isCertain('weekday') && !parsed.start.isCertain('day') && !parsed.start.isCertain('hour') && parsed.end.isCertain('day') && parsed.end.isCertain('month') && !parsed.end.isCertain('hour')) return RANGE_JOINT.exec(parsed.text);
	// "tonight from 6 p.m. to 8 p.m.", "Friday from 4 p.m. to 7 p.m.": the part of the day (the day), then the range of clock times in it.
	if (parsed.end && PART_THEN_CLOCK.test(parsed.text)) return PART_THEN_CLOCK.exec(parsed.text);
	// "every Thursday until 9 p.m.": the set parser reads "every Thursday"; the time after it is a time of its own.
	if (parsed.end && EVERY_BEFORE.test(piece.slice(Math.max(0, parsed.index - 7), parsed.index))) return RANGE_JOINT.exec(parsed.text);
	// "11 a.m. on 11 November 1918", "10:00 on Thursday 9 May": TimeML tags the time and the day apart (the "on" between is a signal).
	// "the following morning at 11:00": the part of the day and the clock time in it, two expressions.
	// "the night of February 15, at 9:40 p.m.": the day and, after its comma, the time.
	if (!parsed.end) return parsed.start.isCertain('hour') ? (CLOCK_ON_DAY.exec(parsed.text) ?? PART_THEN_CLOCK.exec(parsed.text) ?? DAY_THEN_CLOCK.exec(parsed.text)) : null;
	// "from 7 a.m. to 7 p.m.", "06:00 to 21:00 GMT": a range of clock times is two times, each on its day, as TimeML tags them.
	if (clockOnly(parsed.start) && clockOnly(parsed.end)) return CLOCK_JOINT.exec(parsed.text);
	// "from 8 p.m. Saturday until 6 a.m. Monday": each end a clock time on its day, two times.
	if (CLOCK_ON_DAY.test(parsed.text)) return RANGE_JOINT.exec(parsed.text);
	// "from midnight until 6 p.m. Wednesday": chrono gives the day to the end only (it does to "9 a.m. until 6 p.m. Wednesday").
	const startClockOnly = clockOnly(parsed.start) && parsed.end.isCertain('hour') && onDay(parsed.end);
	if (!startClockOnly && (!parsed.start.isCertain('hour') || !parsed.end.isCertain('hour') || !onDay(parsed.start) || !onDay(parsed.end))) return null;
	// (Not "midnight of 14-15 August 1947": one time, whose days are a range.)
	const joint = RANGE_JOINT.exec(parsed.text);
	return joint && CLOCK_TEXT.test(parsed.text.slice(0, joint.index)) && CLOCK_TEXT.test(parsed.text.slice(joint.index + joint[0].length)) ? joint : null;
}

/** A clock time as written: "8 p.m.", "20:00", "noon". */
const CLOCK_TEXT = /\d\s*(?:[ap]\.?m\b|[:.]\d\d)|\b(?:noon|midday|midnight)\b/i;

/** Does a reading name its day (a weekday or a day of the month), beside its clock time? */
function onDay(c: chrono.ParsedComponents): boolean {
	return c.isCertain('weekday') || c.isCertain('day');
}

/** A count of time after "after" or "before" that ends a reading, after a date: " after a week", " before two days". */
const COUNT_AFTER_DATE = /(?<=\d|[a-z])\s+(?:after|before)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:hours?|days?|nights?|weeks?|months?|years?)$/i;

/** Two digits read as a year right after a day and its month, without an apostrophe or a comma: "6 December 88", "May 3 12". */
const TWO_DIGITS_AFTER_DAY = /(?<=\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s+\d{2}$/;
/** One or two digits read as a day or a year right after a month and a comma or "of": "October, 4", "March of 38". */
const DIGITS_AFTER_MONTH = /(?<=\b[A-Z][a-z]{2,8}\.?)(?:,\s*|\s+of\s+)\d{1,2}$/;
/** What follows a count, not a year: a decimal, a percentage, a word in lower case ("88.5 per cent", "12 people"). */
const COUNT_FOLLOWS = /^(?:\.\d|\s*(?:%|per\s*cent\b|percent\b)|\s+[a-z])/;
/** What follows a count after "of" or a comma: a decimal, a percentage, a word in lower case other than one that starts a
 * clause ("4.75 per cent", "38 counts"; not "March of 38 the legions"). */
const COUNT_FOLLOWS_MONTH = /^(?:\.\d|\s*(?:%|per\s*cent\b|percent\b)|\s+(?!(?:the|a|an|he|she|it|they|we|his|her|its|their|this|that|these|those|when|while|after|before|and|or|but)\b)[a-z])/;
/** The two digits after a day and its month that chrono took for a year, or the digits after a month and a comma or "of"
 * that it took for a day or a year, where a count follows them; else null. */
function countAsYear(piece: string, parsed: chrono.ParsedResult): RegExpExecArray | null {
	// (Most readings end otherwise: their last three characters are looked at first.)
	const t = parsed.text;
	if (t.length < 8 || !/\s\d{1,2}$/.test(t.slice(-3))) return null;
	const after = piece.slice(parsed.index + t.length, parsed.index + t.length + 12);
	const m = /\s\d\d$/.test(t.slice(-3)) ? TWO_DIGITS_AFTER_DAY.exec(t) : null;
	if (m) return COUNT_FOLLOWS.test(after) ? m : null;
	const n = DIGITS_AFTER_MONTH.exec(t);
	return n && COUNT_FOLLOWS_MONTH.test(after) ? n : null;
}
/** A weekday alone, as chrono reads it: "Sunday". */
const WEEKDAY_ALONE = /^(?:sun|mon|tues|wednes|thurs|fri|satur)day$/i;
/** After a weekday, what makes it the first word of a compound: "-school", " school teacher", " best". */
const WEEKDAY_COMPOUND_AFTER = /^(?:-|\s+)(?:school|schools|best)\b/i;
/** A weekday's short form in lower case after a time, a verb ("We boarded at 2:30, sat on the plane"), not "Sat". */
const LOWER_WEEKDAY_AFTER = /(?<=\d|[a-z.])(?:,\s*|\s+)(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/;

/** Chrono's result `parsed` in `piece` (at `offset` in the scope), split where TimeML has two expressions ({@link jointOf}), into `out`. */
function splitJoints(e: chrono.Chrono, piece: string, parsed: chrono.ParsedResult, offset: number, out: Array<{ parsed: chrono.ParsedResult; offset: number }>, depth = 0): void {
	// "on the night of 14 January after a week of heavy rain": chrono joins the date and the count after it into one reading
	// that keeps neither; the date is read alone (the count, a length of time, is the durations' parser's). So is a clock time
	// before a verb that chrono takes for a weekday ("We boarded at 2:30, sat on the plane").
	// (Nor is a count after a day and its month a year: "in the referendum of 6 December 88.5 per cent of voters", "On May 3
	// 12 people were hurt".)
	const counted = depth < 2 ? (COUNT_AFTER_DATE.exec(parsed.text) ?? LOWER_WEEKDAY_AFTER.exec(parsed.text) ?? countAsYear(piece, parsed)) : null;
	if (counted && counted.index > 0) {
		const part = piece.slice(parsed.index, parsed.index + counted.index);
		for (const one of parseWritten(e, part)) splitJoints(e, part, one, offset + parsed.index, out, depth + 1);
		return;
	}
	const joint = depth < 2 ? jointOf(piece, parsed) : null;
	if (!joint) {
		midnightHour(parsed);
		out.push({ parsed, offset });
		return;
	}
	const after = parsed.index + parsed.text.length;
	for (const [from, to] of [[parsed.index, parsed.index + joint.index], [parsed.index + joint.index + joint[0].length, after]]) {
		const part = piece.slice(from, to);
		for (const one of parseWritten(e, part)) splitJoints(e, part, one, offset + from, out, depth + 1);
	}
}

function parseWindows(text: string, sentenceStarts: readonly number[] = []): Array<{ parsed: chrono.ParsedResult; offset: number }> {
	const out: Array<{ parsed: chrono.ParsedResult; offset: number }> = [];
	for (const w of chronoWindows(text)) {
		const cuts = [w.start, ...sentenceStarts.filter((c) => c > w.start && c < w.end), w.end];
		for (let i = 0; i + 1 < cuts.length; i++) {
			const piece = dashRanges(text.slice(cuts[i], cuts[i + 1]));
			if (!piece.trim()) continue;
			const readable = readableClocks(piece);
			const e = engineForPiece(engineFor(w.kinds), readable.text);
			if (!e) continue;
			const results = clockThatPart(piece, parseWritten(e, piece, readable));
			for (const parsed of results) splitJoints(e, piece, parsed, cuts[i], out);
			for (const extra of mayAfterCue(e, piece, results)) out.push({ parsed: extra.parsed, offset: cuts[i] + extra.offset });
			for (const extra of dayBeforeCount(e, piece, results)) out.push({ parsed: extra.parsed, offset: cuts[i] + extra.offset });
		}
	}
	return out;
}

/** The part of the day chrono reads in "that afternoon", "that night" right after a clock time (without "that"). */
const THAT_PART = /^(morning|afternoon|evening|night)$/i;
/** A clock time that names no half of the day: "ten o'clock", "4 o'clock". */
const OCLOCK_END = /o['’]clock$/i;

/**
 * "at ten o'clock that night", "at four o'clock that afternoon", "half past nine that night": chrono reads the clock time and the part of the day
 * apart; they are one time, in that part of the day (22:00, 16:00), on the day the story is at.
 */
function clockThatPart(piece: string, found: chrono.ParsedResult[]): chrono.ParsedResult[] {
	if (found.length < 2 || !(piece.includes('clock') || SPOKEN_PAST_CUE.test(piece))) return found;
	const out: chrono.ParsedResult[] = [];
	for (let k = 0; k < found.length; k++) {
		const clock = found[k];
		const part = found[k + 1];
		const m = part && (OCLOCK_END.test(clock.text) || SPOKEN_PAST_CUE.test(clock.text)) && !clock.start.isCertain('meridiem') && /^\s+that\s+$/i.test(piece.slice(clock.index + clock.text.length, part.index)) ? THAT_PART.exec(part.text) : null;
		const hour = clock.start.get('hour') ?? 0;
		if (!m || hour >= 12) {
			out.push(clock);
			continue;
		}
		const name = m[1].toLowerCase();
		const later = name === 'afternoon' || name === 'evening' || (name === 'night' && hour >= 6);
		const start = clock.start as unknown as { assign(component: 'hour' | 'meridiem', value: number): void };
		start.assign('hour', later ? hour + 12 : hour);
		start.assign('meridiem', later ? 1 : 0);
		out.push(Object.assign(clock, { text: piece.slice(clock.index, part.index + part.text.length) }));
		k++;
	}
	return out;
}

/**
 * Chrono drops a lone "May" unless "in" comes before it ("may" is mostly the verb), so it drops
 * "signed last May" and "since May" too. A capitalised "May" after a word that announces a month
 * is read as chrono reads "in May" (the same engine, on "in " + the rest of the piece); results
 * chrono already has are left alone. (Found by the text, not by chrono's class names, which a
 * minified build renames.)
 */
function mayAfterCue(e: chrono.Chrono, piece: string, found: readonly chrono.ParsedResult[]): Array<{ parsed: chrono.ParsedResult; offset: number }> {
	const out: Array<{ parsed: chrono.ParsedResult; offset: number }> = [];
	if (!piece.includes('May')) return out;
	for (const m of piece.matchAll(/\bMay\b/g)) {
		if (!MONTH_CUE.test(piece.slice(Math.max(0, m.index - 12), m.index)) || /\bin\s+$/i.test(piece.slice(Math.max(0, m.index - 4), m.index))) continue;
		if (found.some((parsed) => parsed.index <= m.index && parsed.index + parsed.text.length > m.index)) continue;
		const [r] = e.parse(`in ${piece.slice(m.index)}`, { instant: PROBE, timezone: 0 });
		if (r && r.index === 3) out.push({ parsed: r, offset: m.index - 3 });
	}
	return out;
}

/** A month and day before a comma, at the end of what precedes a result: "go out Sept. 21, [45 days before]". */
const DAY_BEFORE_COUNT = new RegExp(String.raw`\b(?:${MONTH_NAME_SOURCE})\.?\s+\d{1,2},\s*$`, 'i');

/**
 * "go out Sept. 21, 45 days before Election Day": chrono reads "Sept. 21, 45" as a date of the year 45 and, as that
 * overlaps the longer "45 days before", keeps only the count, dropping the day. A month and day right before a result
 * that opens on a number are read on their own; results chrono already has are left alone.
 */
function dayBeforeCount(e: chrono.Chrono, piece: string, found: readonly chrono.ParsedResult[]): Array<{ parsed: chrono.ParsedResult; offset: number }> {
	const out: Array<{ parsed: chrono.ParsedResult; offset: number }> = [];
	for (const parsed of found) {
		const c = parsed.text.charCodeAt(0);
		if (c < 48 || c > 57 || piece.charCodeAt(parsed.index - 2) !== 44) continue;
		const m = DAY_BEFORE_COUNT.exec(piece.slice(Math.max(0, parsed.index - 20), parsed.index));
		if (!m) continue;
		const from = parsed.index - m[0].length;
		if (found.some((other) => other.index <= from && other.index + other.text.length > from)) continue;
		const [r] = e.parse(m[0].replace(/,\s*$/, ''), { instant: PROBE, timezone: 0 });
		if (r && r.index === 0) out.push({ parsed: r, offset: from });
	}
	return out;
}

/** "the morning of …", "early on the night of …", "late in the afternoon of …", "the late afternoon Monday": a part of a named day. */
const PART_OF_DATE = /^(?:the\s+)?(?:(?:early|late)\s+(?:on\s+|in\s+)?(?:the\s+)?)?(?:morning|afternoon|evening|night|(?:morning\s+)?hours)\s+(?:(?:of|on)\s+|(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))/i;
/** Before a date: "the early hours of", "the small hours of", "the early morning hours of": its morning (TimeML's TMO). */
const EARLY_HOURS_SOURCE = String.raw`the\s+(?:early|small|wee)\s+(?:morning\s+)?hours\s+of\s+`;
const EARLY_HOURS_BEFORE = new RegExp(String.raw`\b${EARLY_HOURS_SOURCE}$`, 'i');
const EARLY_HOURS = new RegExp(`^${EARLY_HOURS_SOURCE}`, 'i');
const PART_WORD = /\b(morning|afternoon|evening|night|tonight|overnight|dawn|daybreak|dusk|nightfall|first light)s?\b/i;
/** The part of the day a word of daylight falls in: dawn in the morning, dusk in the evening. */
const DAYLIGHT_PART: Readonly<Record<string, string>> = { dawn: 'morning', daybreak: 'morning', 'first light': 'morning', dusk: 'evening', nightfall: 'evening' };
/** Words of daylight, alone (DAYLIGHT_CUE: is there one; DAYLIGHT_WORD: is a text one). */
const DAYLIGHT_WORDS = Object.keys(DAYLIGHT_PART).join('|');
const DAYLIGHT = new RegExp(String.raw`\b(?:${DAYLIGHT_WORDS})\b`, 'gi');
const DAYLIGHT_CUE = new RegExp(DAYLIGHT.source, 'i');
const DAYLIGHT_WORD = new RegExp(`^(?:${DAYLIGHT_WORDS})$`, 'i');
/** A word of daylight right before a weekday, perhaps with "on": "dawn ", "dusk on " (before "Friday"). */
const DAYLIGHT_BEFORE_WEEKDAY = new RegExp(String.raw`\b(${DAYLIGHT_WORDS})(?:\s+on)?\s+$`, 'i');
/** Right after a word of daylight, a weekday with no date after it, perhaps after "on": " Monday", " on Sunday" (not " on
 * Monday, 21 October"). */
const WEEKDAY_AFTER_DAYLIGHT = new RegExp(String.raw`^(?:\s+on)?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!,?\s+(?:the\s+)?(?:\d|(?:${MONTH_NAME_SOURCE})\b))`);

/** The day named right after a word of daylight ("dawn on 19 April", "dusk Friday"), as a day; else null (the story's day is found later). */
function dayRightAfter(ctx: ResolveContext, end: number, after: string, text: string): Resolved | null {
	if (!/^(?:\s+on)?\s+\S/.test(after)) return null;
	const next = ctx.nextInSentence(end, 4);
	const t = next?.resolved.time;
	if (!next || !t || t.granularity !== 'day') return null;
	return { ...next.resolved, stated: [...next.resolved.stated], derivation: [...next.resolved.derivation, `“${text}” is on the day named after it`] };
}

/** The part of the day a phrase names without a clock time ("Friday morning", "last night"), if any. */
export function partOfDay(text: string): DayPart | null {
	if (/\d/.test(text) && !PART_OF_DATE.test(text)) return null;
	if (/\d\s*(?::|a\.?m\b|p\.?m\b|o'clock)/i.test(text)) return null;
	if (EARLY_HOURS.test(text)) return DAY_PARTS.hours;
	const m = PART_WORD.exec(text);
	return m ? DAY_PARTS[DAYLIGHT_PART[m[1].toLowerCase()] ?? m[1].toLowerCase()] : null;
}

/** The calendar day of an ISO date or date-time (years may be expanded: `-000480-08-01`). */
function ymdOf(iso: string): Ymd {
	const m = /^([+-]?\d{4,6})-(\d{2})-(\d{2})/.exec(iso);
	return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : { year: 0, month: 1, day: 1 };
}

/** A part of the day the story is at: "that morning", "later that evening", "the same afternoon". */
const STORY_THAT = /^(?:(?:late|later|early|earlier)\s+)?(?:that|the\s+same)\b/i;
/** A part of the day with its article or "mid", and nothing to say which day: "the early afternoon", "mid afternoon", "early in the afternoon". */
const STORY_PART = /^(?:the\s+(?:early\s+|late\s+)?|(?:early|late)\s+(?:in\s+the\s+)?|mid[-\s]?|the\s+middle\s+of\s+the\s+)(?:morning|afternoon|evening|night)$/i;

/**
 * Is `t` (the time of `candidate`) a time in the small hours (before 5 a.m.) that the story came to from the evening or
 * midnight of the day before, the time told before it?
 */
function smallHoursOfNight(ctx: ResolveContext, candidate: Candidate, t: TimeValue): boolean {
	if (t.granularity !== 'hour' && t.granularity !== 'minute') return false;
	const hour = Number(/T(\d{2})/.exec(t.value)?.[1] ?? 24);
	if (hour >= 5) return false;
	const k = ctx.candidates.indexOf(candidate);
	const before = k > 0 ? ctx.resolveAt(k - 1) : null;
	if (!before || !/T(?:24:00|EV|NI|(?:1[89]|2[0-3]):\d{2})$/.test(before.time.value)) return false;
	return ymdToMillis(ymdOf(t.start)) - ymdToMillis(ymdOf(before.time.start)) === 86_400_000 || /T24:00$/.test(before.time.value);
}

/** A morning named bare: "dawn", "daybreak", "the early morning". */
const MORNING_WORD = /\b(?:morning|dawn|daybreak|sunrise|first\s+light)\b/i;

/** A time of day from 9 p.m. to midnight, or a night. */
/** How many candidates before a night {@link smallHoursBefore} looks back. */
const SMALL_HOURS_BACK = 4;

/**
 * Is the night candidate `of` tells (put on the day of `t`) told after a time in that day's small hours ("shortly after
 * midnight on 6 June … many spent the rest of the night searching")? Then it is the night that ends that day, and the dawn
 * after it is that day's.
 */
function smallHoursBefore(ctx: ResolveContext, of: Candidate, t: TimeValue): boolean {
	const at = ctx.candidates.indexOf(of);
	const day = t.value.slice(0, 10);
	for (let k = at - 1; k >= Math.max(0, at - SMALL_HOURS_BACK); k--) {
		const v = ctx.resolveAt(k)?.time.value;
		if (v && v.startsWith(day) && /T0[0-5]:\d\d$/.test(v)) return true;
	}
	return false;
}

function lateAtNight(t: TimeValue): boolean {
	if (t.value.endsWith('TNI')) return true;
	const hour = /T(\d{2}):\d{2}$/.exec(t.value);
	return hour !== null && Number(hour[1]) >= 21;
}

/** A time of day before the evening: a morning or an afternoon, or a clock time before six in the evening. */
const BEFORE_EVENING = /T(?:MO|AF|(?:0\d|1[0-7]):\d\d)$/;

/**
 * "this morning", "tonight", "last night", "yesterday afternoon": a day counted from the reference date; "that morning": the
 * story's day; "the early afternoon": the day the story is at. `ofAfter`: a day is named after the phrase ("the night the
 * plane went down"), which is not the story's.
 */
function partOfToday(text: string, ctx: ResolveContext, ofAfter: boolean, bare = false, pastNight?: () => boolean, pastTold?: () => boolean): Resolved | null {
	// "that morning", "that same night", "late that evening", "the same afternoon": the day the story is at; "the next
	// morning", the day after it.
	const next = /\bthe\s+(?:next|following)\b|\bafter$/i.test(text);
	// "the previous afternoon", "the night before": the day before it.
	const previous = /\bthe\s+(?:previous|preceding)\b|\bbefore$/i.test(text);
	if (STORY_THAT.test(text) || next || previous) {
		// (In news, the day the story is at may be one counted from the day of writing: "Thursday … 3 p.m.".)
		// (In news, the day told last, counted from the day of writing or not, where it is a day: "would open every checkpoint
		// lane from 4 a.m. Wednesday until the last flights depart that night", after a record "set on Nov. 26, 2023".)
		const lastAny = ctx.documentDated && !ctx.historical ? ctx.narrativeBefore() : null;
		const last = (lastAny && BY_DAY_OR_FINER.has(lastAny.resolved.time.granularity) ? lastAny : null) ?? ctx.narrativeBefore(true) ?? lastAny;
		// ("that morning" is the day told last, a look back in the past perfect or not: no pastFlashback.)
		const narrative = next || previous ? pastFlashback(ctx, dayPastYears(ctx, last) ?? last) : dayPastYears(ctx, last) ?? last;
		const t = narrative?.resolved.time;
		if (!narrative || !t || !(t.granularity === 'day' || t.granularity === 'hour' || t.granularity === 'minute')) return null;
		// "By midnight the fighting had spread. At 2 a.m. … The next morning": the small hours belong to the night of the day
		// before, and its next morning is the morning after that night, the same date.
		const night = next && smallHoursOfNight(ctx, narrative.candidate, t);
		// "at about 11 p.m., recommended that the launch proceed. That morning icicles hung": a morning after a time late at
		// night is the next one, unless told in the past perfect (a look back).
		const morningAfterNight = !next && !previous && /^that\s+morning$/i.test(text) && lateAtNight(t) && !ctx.candidates[ctx.index].pastPerfect;
		// ("by midnight the other crossings had opened too. … The next morning": midnight, T24:00, ends the day it is written
		// with, and the day counted from is that one, not the one whose first instant it is.)
		// ("Fawkes was seized shortly after midnight … later that morning": that morning after a midnight is of the day it begins.)
		const day = (/T24:00$/.test(t.value) && !(!next && !previous && MORNING_WORD.test(text)) && parseYmd(t.value.slice(0, 10))) || ymdOf(t.start);
		// ("Aftershocks continued through the afternoon and the following night", "by dawn the next day … The following night": the
		// night that follows a time of day before the evening is that day's.)
		// (So is the night after "that day and": "the fires burned through that day and the following night"; not a date told
		// before, "on 27 June. The following night", the night after it.)
		const joinedToDay = /\bday$/i.test(narrative.candidate.text) && ctx.candidates[ctx.index].start - narrative.candidate.end <= 5;
		const nightOfDay = next && !night && /\bnight$/i.test(text) && (BEFORE_EVENING.test(t.value) || joinedToDay);
		const time = dayValue(addDays(day, (next && !night && !nightOfDay) || morningAfterNight ? 1 : previous ? -1 : 0));
		return {
			time,
			stated: [],
			inferred: ['year', 'month', 'day'],
			derivation: [`“${text}” is a part of ${night || morningAfterNight ? 'the day that follows the night' : next ? 'the day after' : previous ? 'the day before' : 'the day'} the story is at (“${narrative.candidate.text}” → ${t.value})`],
			confidence: 0.7,
			referenceFree: narrative.resolved.referenceFree
		};
	}
	// "The missile struck in the early afternoon", "mid afternoon": the day the story is at (in news, a day close before
	// it and near the day of writing). A bare "night" ("at night") stays any night.
	if ((bare || STORY_PART.test(text)) && !ofAfter) {
		const news = ctx.documentDated && !!ctx.reference && !ctx.historical;
		const narrative = news ? ctx.narrativeBefore() : pastFlashback(ctx, ctx.narrativeBefore(true));
		const t = narrative?.resolved.time;
		const told = !!narrative && !!t && (t.granularity === 'day' || t.granularity === 'hour' || t.granularity === 'minute');
		// (A day its sentence looks ahead to is none a part of the day told in the past in another is of: "The title will now be decided
		// on Friday, after a rest day on Thursday. … Menon pressed for most of the evening": the day the lead told, Wednesday.)
		if (news && told && narrative!.candidate.sentence.start !== ctx.candidates[ctx.index].sentence.start && dayToldAhead(ctx, narrative!.candidate, t!) && pastTold?.()) {
			const lead = leadDay(ctx);
			if (lead) {
				const time = dayValue(ymdOf(lead.resolved.time.start));
				return { time, stated: [], inferred: ['year', 'month', 'day'], derivation: [`“${text}” is told in the past with no day gone by told close before it: a part of the day the story's lead told (“${lead.candidate.text}” → ${lead.resolved.time.value})`], confidence: 0.6, referenceFree: lead.resolved.referenceFree };
			}
		}
		// News that has told no day close before it: the day of writing ("By mid afternoon, official sources were saying").
		// Nor is a day counted from the day of writing more than a week ahead of it where the story is ("a meeting in Vienna on
		// June 25. Gold was fixed in London in the afternoon"), nor one in a year before last (a flashback in passing). A day
		// gone by within the last year is ("did not get through until almost 11:00 … We ran out of sandwiches by mid-morning",
		// of last April, told in March).
		const far = news && told && !(narrative!.resolved.referenceFree && narrative!.candidate.parser !== 'namedEvent') && (ymdToMillis(ymdOf(t!.start)) - ymdToMillis(ctx.reference!) > WEEK || ymdOf(t!.start).year < ctx.reference!.year - 1);
		if (news && (!told || far || ctx.candidates[ctx.index].start - narrative!.candidate.start > NEWS_DAY_REACH)) {
			// ("About 60 people spent the night at the leisure centre": a night told in the past is the one before the day of writing.)
			if (pastNight?.()) {
				const time = dayValue(addDays(ctx.reference!, -1));
				return { time, stated: [], inferred: ['year', 'month', 'day'], derivation: [`“${text}”, told in the past, is the night before the reference date ${formatYmd(ctx.reference!)} (${ctx.referenceLabel}) → ${time.value}`], confidence: 0.55, referenceFree: false };
			}
			const time = dayValue(ctx.reference!);
			return { time, stated: [], inferred: ['year', 'month', 'day'], derivation: [`“${text}” is a part of the day of writing, the reference date ${formatYmd(ctx.reference!)} (${ctx.referenceLabel}) → ${time.value}`], confidence: 0.55, referenceFree: false };
		}
		if (!told) {
			// In a history, the day told last, where every time told since holds it or is a look back: "on 25 November 1120 …
			// Background … the autumn of 1120 … earlier in the year … whose father had captained the ship … in 1066 … sailed early
			// in the evening".
			const held = news ? null : dayStillHeld(ctx);
			if (!held) return null;
			const time = dayValue(ymdOf(held.resolved.time.start));
			return { time, stated: [], inferred: ['year', 'month', 'day'], derivation: [`“${text}” is a part of the day the story is at (“${held.candidate.text}” → ${held.resolved.time.value}); every time told since holds it or looks back`], confidence: 0.6, referenceFree: held.resolved.referenceFree };
		}
		// "captured the bridges at 12:16 a.m. … jumped during the night": a night told in its small hours is the night of
		// the day before (TimeML writes the night of 5–6 June 1944-06-05TNI).
		const smallHours = t!.granularity !== 'day' && /\bnight\b/i.test(text) && new Date(isoToMillis(t!.start)).getUTCHours() < 6;
		// "on the night of 29 February … at dawn it was attacked", "at about 11 p.m. … At daybreak", "On 20 October … withdrew
		// during the night … followed before dawn": a morning after a night told, or after a time late at night, is the next day's (not one told in the past perfect, a look back;
		// a midnight, T24:00, begins that next day already).
		const afterNight = MORNING_WORD.test(text) && lateAtNight(t!) && !t!.value.endsWith('T24:00') && (/T\d\d:\d\d$/.test(t!.value) || /\bnight\s+of\b/i.test(narrative!.candidate.text) || (/\bnight\b/i.test(narrative!.candidate.text) && !smallHoursBefore(ctx, narrative!.candidate, t!))) && !ctx.candidates[ctx.index].pastPerfect;
		const day = dayValue(addDays(ymdOf(t!.start), smallHours ? -1 : afterNight ? 1 : 0));
		return {
			time: day,
			stated: [],
			inferred: ['year', 'month', 'day'],
			derivation: [`“${text}” is ${smallHours ? 'the night whose small hours' : afterNight ? 'a part of the day that follows the night' : 'a part of the day'} the story is at (“${narrative!.candidate.text}” → ${t!.value})`],
			confidence: 0.65,
			referenceFree: narrative!.resolved.referenceFree
		};
	}
	if (!ctx.reference || !/\b(?:this|tonight|today|yesterday|tomorrow|last\s+(?:night|evening))\b/i.test(text)) return null;
	const shift = /\b(?:yesterday|last\s+(?:night|evening))\b/i.test(text) ? -1 : /\btomorrow\b/i.test(text) ? 1 : 0;
	const time = dayValue(addDays(ctx.reference, shift));
	return {
		time,
		stated: [],
		inferred: ['day'],
		derivation: [`“${text}” counted from the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel}) → ${time.value}`],
		confidence: 0.7,
		referenceFree: false
	};
}

/** How many candidates back a day still held by the times told since is looked for. */
const DAY_HELD_REACH = 12;

/**
 * The day told last before the current candidate, where every time told since it holds it ("the autumn of 1120", "earlier in
 * the year" after 25 November 1120) or is a look back (in the past perfect, an aside); else null.
 */
function dayStillHeld(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	const since: Resolved[] = [];
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - DAY_HELD_REACH); k--) {
		const candidate = ctx.candidates[k];
		if (candidate.pastPerfect || candidate.background || candidate.dayAfter || candidate.type === 'DURATION' || candidate.type === 'SET') continue;
		const resolved = ctx.resolveAt(k);
		if (!resolved || !resolved.time.start) continue;
		if (BY_DAY_OR_FINER.has(resolved.time.granularity)) {
			const at = isoToMillis(resolved.time.start);
			return since.every((r) => isoToMillis(r.time.start) <= at && at < isoToMillis(r.time.end)) ? { resolved, candidate } : null;
		}
		since.push(resolved);
	}
	return null;
}

/**
 * "“Tonight there was nothing I could do,” she said", in a report of the night before the day of writing: a tonight told as
 * done, after a time of the day before the reference date, is that day's night (the words were said then).
 */
function saidLastNight(text: string, reference: Ymd, referenceLabel: string): Resolved {
	const time = dayValue(addDays(reference, -1));
	return { time, stated: [], inferred: ['day'], derivation: [`“${text}”, said of a thing done, in a report of the day before the reference date ${formatYmd(reference)} (${referenceLabel}), is that day's night → ${time.value}`], confidence: 0.55, referenceFree: false };
}

/** Narrow a resolved day to a part of it: 2000-01-28 → 2000-01-28TMO (06:00–12:00). */
function withPartOfDay(r: Resolved | null, part: DayPart, text: string, ctx: ResolveContext, ofAfter: boolean, bare = false, pastNight?: () => boolean, pastTold?: () => boolean): Resolved | null {
	if (/^tonight$/i.test(text) && pastNight?.() && ctx.reference && ctx.documentDated && !ctx.historical && dayBeforeReferenceTold(ctx)) r = saidLastNight(text, ctx.reference, ctx.referenceLabel);
	if (!r) r = partOfToday(text, ctx, ofAfter, bare, pastNight, pastTold) ?? partOfStoryPeriod(text, part, ctx);
	if (!r || r.time.granularity !== 'day') return r;
	// "the night of 14–15 August 1947": a night across two days is written on its first (`1947-08-14TNI`).
	const day = r.time.value.includes('/') && part === DAY_PARTS.night ? dayValue(startYmd(r.time)) : r.time;
	return { ...r, time: dayPartValue(day, part), stated: [...r.stated, 'time'] };
}

/**
 * "that afternoon", "The next morning", in a history whose story is at a month or a year, no day: a part of a day of that month
 * or year, which TimeML writes with the day unknown ("BC1274-XX-XXTAF", "1776-08-XXTNI"); placed on the timeline as the
 * month or year. Null elsewhere.
 */
function partOfStoryPeriod(text: string, part: DayPart, ctx: ResolveContext): Resolved | null {
	if (!ctx.historical || !(STORY_THAT.test(text) || /^the\s+(?:next|following)\b/i.test(text))) return null;
	const narrative = ctx.narrativeBefore(true);
	const t = narrative?.resolved.time;
	if (!narrative || !t || !['month', 'season', 'year'].includes(t.granularity) || t.value.includes('/')) return null;
	// (A season's day is written in its year: "the spring of his fifth regnal year … that afternoon", BC1274-XX-XXTAF.)
	const at = startYmd(t);
	const value = t.granularity === 'month' ? `${monthValue(at.year, at.month).value}-XXT${part.code}` : `${yearValue(at.year).value}-XX-XXT${part.code}`;
	return {
		time: timeValue(value, isoToMillis(t.start), isoToMillis(t.end), t.granularity),
		stated: [],
		inferred: t.granularity === 'year' ? ['year'] : ['year', 'month'],
		derivation: [`“${text}” is a part of a day the story does not name, in the ${t.granularity} it is at (“${narrative.candidate.text}” → ${t.value}) → ${value}`],
		confidence: 0.5,
		referenceFree: narrative.resolved.referenceFree
	};
}

const MIDNIGHT = /\bmidnight\b/i;
/** A day named in a text ("midnight Sept. 30", "midnight Friday", "midnight tomorrow"). */
const NAMES_DAY = /\d|day\b|\btomorrow\b|\btonight\b/i;

/**
 * A midnight is the one that ends its day, which TimeML writes T24:00: "midnight Sept. 30" is 09-30T24:00, not the start of
 * that day; a midnight with no day named ("until nearly midnight"), which chrono puts at 00:00 of the next day, is the
 * same instant written as the end of the day before.
 */
function midnightEnding(r: Resolved | null, named: boolean, text: string, since = false): Resolved | null {
	// "had taken 200 calls since midnight": the midnight that began the day the story is at (chrono's 00:00 is the next one's).
	if (r && since && !named && /T(?:24|00):00$/.test(r.time.value)) {
		const day = isoToMillis(r.time.start) - 86_400_000;
		const value = `${formatYmd(millisToYmd(day))}T00:00`;
		return { ...r, time: timeValue(value, day, day + 3_600_000, 'hour'), derivation: [...r.derivation, `“since ${text}” is the midnight that began the day → ${value}`] };
	}
	if (!r || !r.time.value.endsWith('T00:00')) return r;
	const start = isoToMillis(r.time.start);
	const day = named ? start : start - 86_400_000;
	const value = `${formatYmd(millisToYmd(day))}T24:00`;
	return { ...r, time: timeValue(value, day + 86_400_000, day + 86_400_000 + 3_600_000, 'hour'), derivation: [...r.derivation, `“${text}” is the midnight that ends the day → ${value}`] };
}

/** A part of a week counted from the day of writing: "the middle of next week", "the end of this week". */
const PART_OF_WEEK = /^the\s+(?:very\s+)?(?:end|middle|beginning|start|close)\s+of\s+(?:next|this|last)\s+week$/i;

/** The week of a day chrono picked for a part of a week (see PART_OF_WEEK). */
function weekOfDay(r: Resolved | null, text: string): Resolved | null {
	if (!r || r.time.granularity !== 'day') return r;
	const time = weekValue(startYmd(r.time));
	return { ...r, time, stated: r.stated.filter((f) => f !== 'day'), derivation: [...r.derivation, `“${text}” is a part of that week → ${time.value}`] };
}

/** "after" right before a midnight. */
const AFTER_BEFORE = /\bafter\s+$/i;
/** "on" and a day named after a midnight: " on 6 June 1944", " on Monday, 17 April", " on Feb. 9". */
const ON_NAMED_DAY_AFTER = new RegExp(String.raw`^,?\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|(?:${MONTH_NAME_SOURCE})\b)`, 'i');

/**
 * A midnight after which something happens on a day named is the one that begins that day: "Shortly after midnight on 6
 * June 1944" is 1944-06-06T00:00, not the end of the 6th.
 */
function midnightBeginning(r: Resolved | null, named: boolean, text: string): Resolved | null {
	const ended = midnightEnding(r, named, text);
	if (!ended || !ended.time.value.endsWith('T24:00')) return ended;
	const day = ended.time.value.slice(0, 10);
	const start = isoToMillis(ended.time.start) - 86_400_000;
	const value = `${day}T00:00`;
	return { ...ended, time: timeValue(value, start, start + 3_600_000, 'hour'), derivation: [...(r?.derivation ?? []), `“after ${text}” on a day named is the midnight that begins that day → ${value}`] };
}

/** A count from the story, a comma and "on" before a weekday: "Two days later, on (Saturday)", "A week earlier, on". */
const COUNT_THEN_ON = /\b(?:later|earlier|afterwards?|before)\s*,\s+on\s+$/i;

/** A date, a comma and "a" before a weekday set after it: "March 6, 1836, a (Sunday)", "on 2 May, a (Friday)". */
const DATE_THEN_A = /(?:\b\d{1,2}|\b\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}),\s+a\s+$/i;

/** A number word of one digit at the start of a result, and the tens joined to it by a hyphen before it ("forty-six"). */
const UNIT_NUMBER_START = /^(?:one|two|three|four|five|six|seven|eight|nine)\b/i;
const TENS_HYPHEN_BEFORE = /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$/i;

/** The end of a sentence the chrono windows are cut at (see chronoParser.find). */
const SENTENCE_END_BEFORE = /(?:\b\d{4}|\b\d{1,2}:\d{2}|\b[a-z]{3,}|\b[ap]\.m\.?|\d\s*[ap]m|\d\s*[ap]m\s+(?:[A-Z]{2,4}T|GMT|UTC)|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?)[.!?]["”’)]*\s+$/;

export const chronoParser: Parser = {
	name: 'chrono',
	find(scope: PassageScope): Candidate[] {
		const out: Candidate[] = [];
		// Sentence starts after a plain word, a year or a month written in full (and its day) and a full stop: not after "p.m."
		// or "Nov.", where the splitter can be wrong. ("began on the night of 13 July. After two days" is two sentences.)
		const sentenceStarts = scope.passage.sentences
			.map((x) => x.start - scope.passage.start)
			.filter((x) => x > 0 && SENTENCE_END_BEFORE.test(scope.text.slice(Math.max(0, x - 24), x)));
		for (const { parsed, offset } of parseWindows(scope.text, sentenceStarts)) {
			let r = parsed;
			let start = offset + r.index;
			// The text as written (chrono saw a dash where a hyphen may be: see dashRanges).
			let text = scope.text.slice(start, start + r.text.length);
			// Chrono's casual words may take the space before them (" Noon").
			// (And a comma before them: "in Surrey, B.C., on Saturday evening", where chrono's reading starts at the comma.)
			const space = /^[\s,;]+/.exec(text);
			if (space) (start += space[0].length), (text = text.slice(space[0].length));
			const lead = LEADING.exec(text);
			if (lead) (start += lead[0].length), (text = text.slice(lead[0].length));
			// "told journalists last evening": chrono reads "evening"; "last" is part of it (the evening before the day of writing).
			const last = /^evening$/i.test(text) ? /\blast\s+$/i.exec(scope.text.slice(Math.max(0, start - 6), start))?.[0] : undefined;
			if (last) (start -= last.length), (text = last + text);
			// "in the morning": chrono reads "morning"; TimeML keeps the article ("the morning", "the early afternoon").
			if (BARE_PART.test(text) || (PART_ON_DATE.test(text) && !/^the\b/i.test(text))) {
				const article = ARTICLE_BEFORE.exec(scope.text.slice(Math.max(0, start - 20), start));
				if (article) (start -= article[0].length), (text = article[0] + text);
			}
			text = readingEnd(text, scope.text, start);
			// "Symptoms usually appear about 10 days after exposure, she said": a count and "after" before a bare noun is no date
			// (the count is a length: see durationParser).
			if (COUNT_THEN_AFTER.test(text) && BARE_NOUN_NEXT.test(scope.text.slice(start + text.length, start + text.length + 30))) continue;
			nightHour(r.start, text);
			// ("some 80,000 years ago": a number's last digits after its comma are no count of their own.)
			if (/\d[,.]$/.test(scope.text.slice(Math.max(0, start - 2), start)) && /^\d/.test(text)) continue;
			// ("its seventeenth annual Sunday-school picnic", "in their Sunday best": a weekday that begins a compound is no day.)
			if (WEEKDAY_ALONE.test(text) && WEEKDAY_COMPOUND_AFTER.test(scope.text.slice(start + text.length, start + text.length + 12))) continue;
			// "the Sad Night. On 7 July": chrono joins a casual word to a date across a full stop; the date is read alone.
			const stop = CASUAL_STOP.exec(text);
			if (stop) {
				const again = readFrom(text, stop[0].length, start, scope.text);
				if (!again) continue;
				({ r, start, text } = again);
			}
			// chrono sometimes swallows a stray number or word: "17 August-2", "28 March, 35", "August of".
			// "3.4% in February from 4% in January": chrono reads "February from 4" (a time); the number is a rate.
			// ("around 1640 Jan Brueghel the Younger painted": a month's short name after a year, before a capitalised word, is a name.)
			const tail = BAD_TAIL.exec(text) ?? (RATE_AFTER.test(scope.text.slice(start + text.length, start + text.length + 12)) ? NUMBER_TAIL.exec(text) : null) ?? (NAME_AFTER_YEAR.test(text) && /^\s[A-Z][a-z]/.test(scope.text.slice(start + text.length, start + text.length + 3)) ? NAME_AFTER_YEAR.exec(text) : null);
			if (tail && tail.index > 0 && !(r.end && daysOfMonth(text))) {
				const [again] = engine.parse(text.slice(0, tail.index), { instant: PROBE, timezone: 0 });
				if (!again || again.index !== 0) continue;
				r = again;
				text = readingEnd(again.text, scope.text, start);
				// "since 1 November of fresh Soviet divisions": chrono read "November of", leaving out the day before it.
				const day = r.start.isCertain('month') && !r.start.isCertain('day') ? DAY_NUMBER_BEFORE.exec(scope.text.slice(Math.max(0, start - 6), start)) : null;
				const [withDay] = day ? engine.parse(day[0] + text, { instant: PROBE, timezone: 0 }) : [];
				if (day && withDay?.index === 0 && withDay.text === day[0] + text) (r = withDay), (start -= day[0].length), (text = withDay.text);
			}
			// "from Friday to Sunday", "Wednesday through Friday": two weekdays, as TimeML tags them (chrono reads one range); the
			// second is the first such weekday on or after the first.
			const pair = WEEKDAY_PAIR.exec(text);
			if (pair) {
				const [first] = engine.parse(pair[1], { instant: PROBE, timezone: 0 });
				if (!first || first.index !== 0 || first.text.length !== pair[1].length) continue;
				const at = start + pair[0].length - pair[2].length;
				out.push(candidateAt(scope, at, at + pair[2].length, { parser: 'chrono', type: 'DATE', priority: 2, resolve: (ctx) => weekdayAfterPair(ctx, pair[2]) }));
				r = first;
				text = pair[1];
			}
			// "clear of the sun at 4:37 p.m.": a word that is also a weekday's short form, in lower case or with no date after
			// it ("Mon 5 May 2014" is one), is no weekday; the time after it is read alone.
			const head = WEEKDAY_WORD_HEAD.exec(text);
			if (head && (/^[a-z]/.test(text) || !/^\s*\d/.test(text.slice(head[0].length)))) {
				const again = readFrom(text, head[0].length, start, scope.text);
				if (!again) continue;
				({ r, start, text } = again);
			}
			// "August of that year", "July 25 of the same year", "charged in November that year": the phrase names the narrative's year.
			const ofYear = /^\s+(?:of\s+)?(?:that|the\s+same|the\s+following|the\s+previous)\s+year\b/i.exec(scope.text.slice(start + text.length, start + text.length + 30));
			if (ofYear && !r.start.isCertain('year')) text += ofYear[0];
			// "June 20 of 1792": the year chrono does not read after "of".
			const ofNumber = !ofYear && !r.start.isCertain('year') && r.start.isCertain('month') && !r.end ? /^\s+of\s+(1\d{3}|20\d{2})\b/.exec(scope.text.slice(start + text.length, start + text.length + 12)) : null;
			if (ofNumber) {
				const [withYear] = engine.parse(`${text} ${ofNumber[1]}`, { instant: PROBE, timezone: 0 });
				if (withYear?.start.isCertain('year') && withYear.index === 0) (r = withYear), (text += ofNumber[0]);
			}
			// "the 20 September", "the 25th of August" (not a clock time: "for the 7 p.m. start", "the 6:57 p.m. EDT post time", where
			// the article is the noun's).
			const article = /^\d/.test(text) && !CLOCK_START.test(text) ? /\bthe\s+$/i.exec(scope.text.slice(Math.max(0, start - 6), start)) : null;
			if (article) (start -= article[0].length), (text = article[0] + text);
			if (!text) continue;
			// "the early hours of 6 June", "the early hours of Saturday": chrono reads the date; the hours before it are its morning.
			if (/^\d|^[A-Z][a-z]+\.?\s+\d|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(text)) {
				const hours = EARLY_HOURS_BEFORE.exec(scope.text.slice(Math.max(0, start - 36), start));
				if (hours) (start -= hours[0].length), (text = hours[0] + text);
			}
			// "the morning of April 19", "night of April 18, 1775": the date, narrowed to that part of its day below.
			// "weekend" alone ("a weekend of talks", "the first weekend"): chrono reads a Saturday; the offset parser reads the
			// weekends a word before names ("this weekend", "that weekend", "the following weekend").
			if (/^weekend$/i.test(text)) continue;
			// "Good night, Malaysian three seven zero", "bid them good night": a greeting.
			if (/^night$/i.test(text) && GOOD_BEFORE.test(scope.text.slice(Math.max(0, start - 12), start))) continue;
			// "the occasion corresponding to this four years ago": chrono reads "this four years" (four years on); the count is
			// "four years ago", which the offset parser reads.
			if (/^this\s+/i.test(text) && /^\s+ago\b/i.test(scope.text.slice(start + text.length, start + text.length + 5))) continue;
			// "32 years to the day after the 1985 quake": "to the day" says the count is exact; "the day after" is no day of its own.
			if (/^the\s+day\s+(?:after|before)$/i.test(text) && TO_THE_DAY_BEFORE.test(scope.text.slice(Math.max(0, start - 24), start))) continue;
			const partOf = PART_OF_DATE.exec(text);
			if (partOf) {
				const [inner] = engine.parse(text.slice(partOf[0].length), { instant: PROBE, timezone: 0 });
				if (inner && inner.index === 0) r = inner;
			}
			// "early the next morning, April 19, 1775": chrono joins the part of the day to the date set beside it; the date is
			// this reading, and the part of the day one of its own (see PART_BESIDE_DATE, after the readings).
			const apposed = PART_THEN_DATE.exec(text);
			if (apposed) {
				const [inner] = engine.parse(text.slice(apposed[0].length), { instant: PROBE, timezone: 0 });
				if (!inner || inner.index !== 0) continue;
				r = inner;
				start += apposed[0].length;
				text = text.slice(apposed[0].length);
			}
			// "leads by 1:48 before Sunday's final stage", "second on the stage, 1:48 down on Lavergne": a gap in a race, a length
			// in minutes and seconds, no clock time (what chrono read after it is read again on its own).
			// "took down the 3:28.04 set in 1998", "ran 3:28.5 in Birmingham": minutes and seconds with a fraction of a second are
			// a race time, a length, never a clock time.
			const raced = r.start.isCertain('hour') && !r.start.isCertain('meridiem') ? RACE_CLOCK_END.exec(text) : null;
			const fraction = raced ? /^\.(\d{1,3})\b/.exec(scope.text.slice(start + text.length, start + text.length + 5)) : null;
			if (raced && fraction) {
				const from = start + raced.index;
				const [minutes, seconds] = [Number(raced[1]), Number(raced[2])];
				out.push(candidateAt(scope, from, start + text.length + fraction[0].length, { parser: 'duration', type: 'DURATION', priority: 1, value: `PT${minutes ? `${minutes}M` : ''}${seconds}.${fraction[1]}S`, resolve: placedNowhere }));
				continue;
			}
			const gap = r.start.isCertain('hour') && !r.start.isCertain('meridiem') ? RACE_GAP.exec(text) : null;
			if (gap && (GAP_BEFORE.test(scope.text.slice(Math.max(0, start - 24), start)) || GAP_AFTER.test(scope.text.slice(start + gap[0].length, start + gap[0].length + 12)))) {
				const [minutes, seconds] = gap[0].split(':').map(Number);
				out.push(candidateAt(scope, start, start + gap[0].length, { parser: 'duration', type: 'DURATION', priority: 1, value: `PT${minutes ? `${minutes}M` : ''}${seconds}S`, resolve: placedNowhere }));
				const [again] = text.length > gap[0].length ? engine.parse(text.slice(gap[0].length), { instant: PROBE, timezone: 0 }) : [];
				if (!again) continue;
				r = again;
				start += gap[0].length + again.index;
				text = readingEnd(again.text, scope.text, start);
			}
			const c = r.start;
			// "on 2 October 1950—the day after the ROK Army crossed": a day counted from an untold event, set beside
			// a date, is that date.
			if (DAY_FROM_EVENT.test(text) && /^\s+[a-z]/i.test(scope.text.slice(start + text.length, start + text.length + 2)) && DATE_BEFORE_DASH.test(scope.text.slice(Math.max(0, start - 8), start))) {
				const said = text;
				out.push(candidateAt(scope, start, start + text.length, { parser: 'chrono', type: 'DATE', priority: 2, resolve: (ctx) => dayBeside(ctx, said) }));
				continue;
			}
			// "forty-six days before …": chrono reads "six days before"; the count is the duration parser's "forty-six days".
			if (UNIT_NUMBER_START.test(text) && TENS_HYPHEN_BEFORE.test(scope.text.slice(Math.max(0, start - 8), start))) continue;
			// "will begin in April and last about five months", "meant to last two years": "last" is the verb, and the duration
			// parser reads the length (not "and last week").
			if (LAST_VERB.test(text) && LAST_VERB_BEFORE.test(scope.text.slice(Math.max(0, start - 12), start))) continue;
			// "an hour earlier than planned", "two weeks earlier than usual": a comparison; the duration parser reads the length.
			if (/\b(?:earlier|later)$/i.test(text) && /^\s+than\b/i.test(scope.text.slice(start + text.length, start + text.length + 6))) continue;
			// "a month after X", "30 days before X": the offset parser counts from X, or leaves a length of time.
			// So does "for 18 months before the council decides": a length of time (the duration parser's).
			if (/\b(?:after|before)$/i.test(text) && (clauseWithoutDate(scope.text.slice(start + text.length), !/^the\b/i.test(text)) || LENGTH_BEFORE.test(scope.text.slice(Math.max(0, start - 20), start)))) continue;
			// "the past three months" is a duration: the duration parser takes it.
			if (PLURAL_SPAN.test(text) || SPAN_AFTER_PREPOSITION.test(r.text)) continue;
			// "This quarter('s loss)", "this day": the quarter and offset parsers read these (chrono's reading states no field, so it would have no value).
			if (/\bquarter$|^this\s+day$/i.test(text)) continue;
			// "0300 local time", "1800 local time on Saturday": the zone chrono does not know belongs to a wire's clock time (as
			// the annotators draw it; after "11:30 a.m." WikiWars leaves it out).
			const localTime = c.isCertain('hour') && /^\d{4}$/.test(text) ? LOCAL_TIME_AFTER.exec(scope.text.slice(start + text.length, start + text.length + 12)) : null;
			if (localTime) text += localTime[0];
			// Numbers that are not times or dates: "$3.31 a share", "1/4".
			if (c.isCertain('hour') && !TIME_CUE.test(text) && !/^(?:right\s+)?now$/i.test(text) && !dottedClock(scope.text, start, text)) continue;
			if (/^\d{1,2}\/\d{1,2}$/.test(text)) continue;
			// "$300 a night", "£12 an hour": a price is no clock time.
			if (c.isCertain('hour') && /^\d/.test(text) && /[$£€¥]\s?$/.test(scope.text.slice(Math.max(0, start - 2), start))) continue;
			// "a course record of 2:06:11", "get one runner under 2:10": a race time, no clock time.
			if (c.isCertain('hour') && (RACE_TIME.test(text) || (SHORT_CLOCK.test(text) && UNDER_BEFORE.test(scope.text.slice(Math.max(0, start - 7), start))))) continue;
			// Modifiers belong to the expression, as TimeML draws it: "early October", "the end of 1998".
			// "the end of the month", "this coming Sunday", "the past year": the determiner belongs to the phrase.
			const determiner = /^(?:end|beginning|start|middle|past|last|next|coming|following|same|previous|(?:morning|afternoon|evening|night)\s+of)\b/i.test(text) ? /\b(?:the|this)\s+$/i.exec(scope.text.slice(Math.max(0, start - 6), start)) : null;
			if (determiner) (start -= determiner[0].length), (text = determiner[0] + text);
			// "that afternoon", "that same night": the story's day; the determiner belongs to the phrase.
			// "(early) the next morning", "the following night": the day after the story's; the words belong to the phrase.
			const that = /^(?:morning|afternoon|evening|night)$/i.test(text) ? /\b(?:that\s+(?:same\s+)?|(?:(?:early|late)\s+)?the\s+(?:next|following)\s+)$/i.exec(scope.text.slice(Math.max(0, start - 24), start)) : null;
			if (that) (start -= that[0].length), (text = that[0] + text);
			const modifier = modifierBefore(scope.text, start);
			if (modifier) (start -= modifier), (text = scope.text.slice(start, start + modifier) + text);
			// "Black Saturday", "Super Tuesday", "Good Friday": a day with a name. Alone, not a weekday (the holiday parser
			// reads those it knows); before its date ("Good Friday, 12 April 1963") the name belongs to the phrase.
			const dayName = WEEKDAY_START.test(text) ? DAY_NAME_BEFORE.exec(scope.text.slice(Math.max(0, start - 10), start)) : null;
			if (dayName && !c.isCertain('day')) continue;
			if (dayName) (start -= dayName[0].length), (text = dayName[0] + text);
			const before = scope.text.slice(Math.max(0, start - 20), start);
			const after = scope.text.slice(start + text.length, start + text.length + 28);
			if (isUnlikely(text, before, c, after)) continue;
			const end = start + text.length;
			// A month read by its own words ("a busy April for skywatchers", "the May figures"): what it qualifies is set in it;
			// in news, the story does not move to it (a clock time after it is on the day told before).
			const byItsWords = isOnlyMonth(c) && !MONTH_CUE.test(before) && monthByItsWords(text, before, after);
			const tags = [...r.tags()];
			// Anything that names no year, month or weekday ("the end of the month") is counted from the reference date.
			const named = /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thur|thurs|fri|sat|sun)\b/i.test(text) || SPOKEN_HOUR.test(text) || SPOKEN_PAST_CUE.test(text);
			// "Thursday night", "noon Saturday": a weekday with a part of its day or a clock word is a weekday (its tense decides), not a day counted from the reference.
			const partOfWeekday = c.isCertain('weekday') && !c.isCertain('day') && tags.some((t) => PART_TAG.test(t)) && tags.every((t) => !t.startsWith('result/relative') && (!t.startsWith('casualReference') || PART_TAG.test(t))) && !RELATIVE_WORDS.test(text);
			// "midnight Sept. 30", "noon 14 July": a clock word on a named day is that day's, found as the day is.
			const clockOnDay = c.isCertain('month') && c.isCertain('day') && tags.some((t) => PART_TAG.test(t)) && tags.every((t) => !t.startsWith('result/relative') && (!t.startsWith('casualReference') || PART_TAG.test(t)));
			const relative = partOfWeekday || clockOnDay ? false : !named || tags.some((t) => t.startsWith('result/relative') || t.startsWith('casualReference')) || (RELATIVE_WORDS.test((ofYear && !r.start.isCertain('year') ? text.slice(0, -ofYear[0].length) : text).replace(SPOKEN_PAST_WORDS, '')) && !/\b\d{4}\b/.test(text));
			const type = c.isCertain('hour') ? 'TIME' : 'DATE';
			const base = { parser: 'chrono', type, priority: 2 } as const;
			if (/^(now|right now|currently|at present)$/i.test(text)) {
				out.push(candidateAt(scope, start, end, { ...base, type: 'DATE', value: 'PRESENT_REF', resolve: () => null }));
				continue;
			}
			const rule = ruleClock(scope, start, end, c, text);
			if (rule) {
				out.push(candidateAt(scope, start, end, { ...base, type: 'TIME', value: rule, resolve: placedNowhere }));
				continue;
			}
			if (relative) {
				// "the end of the month" in a story is the story's month; in dated news, the day of writing's.
				const storyUnit = /\bthe\s+(month|year)\b/i.exec(text)?.[1]?.toLowerCase();
				// "from today through Nov. 17": a named end after a relative start.
				const namedEnd = r.end?.isCertain('month') && NAMED_END.test(text) ? r.end : null;
				// "at noon on 8 September", "shortly before midnight on 31 May 1902": the day after the "on".
				const on = CLOCK_WORD.test(text) && c.isCertain('hour') ? dayAfterClock(scope.text.slice(end, end + 40)) : null;
				const eventAfter = /^the\s+day\s+before$/i.test(text) && EVENT_NOUN_AFTER.test(scope.text.slice(end, end + 30));
				// ("closed the Acropolis from noon until 5:30 p.m. Wednesday": the day the range's end names, as for "from 10 a.m. to".)
				// (Not midnight, which begins such a range's day: "from midnight until 6 p.m. Wednesday".)
				const rangeTo = !on && /\b(?:noon|midday)\b/i.test(text) && c.isCertain('hour') ? RANGE_TO.exec(scope.text.slice(end, end + 12)) : null;
				out.push(
					candidateAt(scope, start, end, {
						...base,
						...(on ? { dayAfter: true } : {}),
						resolve: (ctx) => {
							// "by midnight", "at noon" in news: on the day the story is at, as a clock time is (see newsDayAt); told in the
							// past only where a clause in the past perfect had reached it ("said 38 cm had fallen at the airport by noon").
							// ("If we don't see real movement by noon tomorrow", quoted after "told strikers … Thursday afternoon": the day
							// after the one the story is at; "tomorrow" outside a quotation counts from the day of writing.)
							const shift = DAY_SHIFT.exec(text)?.[0].toLowerCase();
							const story = !shift || openQuote(scope.text.slice(0, start));
							const day = (on ? dayAfter(text, c, ctx, on[0].length) : null) ?? (rangeTo ? rangeEndDay(text, c, ctx, rangeTo[0].length) : null) ?? (story && c.isCertain('hour') && CLOCK_WORD.test(text) ? newsDayAt(text, c, ctx, () => PLUPERFECT_BY_BEFORE.test(scope.text.slice(Math.max(0, start - 80), start)), () => aheadNow(scope.text, start)) : null);
							if (day) return shift && !on ? shiftedDay(day, shift === 'tomorrow' ? 1 : -1, c, text) : day;
							const narrative = storyUnit && (!ctx.documentDated || !ctx.reference) ? ctx.narrativeBefore(true) : null;
							if (!narrative) return withRangeEnd(inUnitOf(resolveRelative(text, ctx) ?? (eventAfter && ctx.historical ? dayFromEventAfter(text, ctx) : null), text), c, namedEnd);
							const s0 = startYmd(narrative.resolved.time);
							const time = storyUnit === 'month' && narrative.resolved.time.granularity !== 'year' ? monthValue(s0.year, s0.month) : yearValue(s0.year);
							return { time, stated: [], inferred: ['year', 'month'], derivation: [`“${text}” is in the narrative's ${storyUnit} (“${narrative.candidate.text}”) → ${time.value}`], confidence: 0.7, referenceFree: narrative.resolved.referenceFree };
						}
					})
				);
				continue;
			}
			// A range ("12-14 July", "26 June - 4 August 1952", "May-August 1950"): chrono gives the start the end's year.
			const rangeEnd = r.end && r.end.isCertain('month') ? r.end : null;
			// "the night of 18–19 July AD 64": chrono reads the era and leaves its year out; the year is the one written.
			const era = !c.isCertain('year') && c.isCertain('month') ? ERA_YEAR_END.exec(text) : null;
			const eraYear = era ? Number(era[1]) : null;
			if (c.isCertain('year') || rangeEnd?.isCertain('year') || eraYear !== null) {
				const year = eraYear ?? astronomical(c.get('year') ?? 0);
				const t = monthly(componentsToTime(c, year), text);
				const end2 = rangeEnd ? componentsToTime(rangeEnd, eraYear ?? year + astronomical(rangeEnd.get('year') ?? 0) - astronomical(c.get('year') ?? 0)) : null;
				if (!t) continue;
				const time = end2 ? { value: `${t.time.value}/${end2.time.value}`, start: t.time.start, end: end2.time.end, granularity: t.time.granularity } : t.time;
				const stated: DateField[] = eraYear !== null && !t.fields.includes('year') ? [...t.fields, 'year'] : t.fields;
				out.push(
					candidateAt(scope, start, end, {
						...base,
						resolve: () => ({ time, stated, inferred: [], derivation: [`“${text}” states the date in full → ${time.value}`], confidence: 0.95, referenceFree: true })
					})
				);
				continue;
			}
			if (c.isCertain('weekday') && !c.isCertain('day')) {
				const weekday = c.get('weekday') ?? 0;
				// The clause before the weekday, read once for the tests below.
				const clauseBefore = scope.text.slice(clauseStartBefore(scope.text, start), start);
				const named = namesKnownThing(scope.text, end) || modifiesNoun(scope.text, start, end);
				// "said Friday could become its busiest day ever": the day is the subject of what is to come, not the day of saying.
				// ("The measure unveiled late Tuesday would keep …": after a participle, the day is the participle's, not the subject.)
				// ("By Monday or Tuesday it should be easy to spot": a weekday that opens its sentence, a short subject and a modal after
				// it, is ahead too.)
				// (Not after "since": "controllers who had been on console since late Monday would get Wednesday off".)
				const subject = (MODAL_AFTER.test(scope.text.slice(end, end + 40)) && !PARTICIPLE_BEFORE.test(scope.text.slice(Math.max(0, start - 24), start)) && !/\bsince\s+$/i.test(scope.text.slice(Math.max(0, start - 8), start))) || (OPENS_BEFORE.test(scope.text.slice(Math.max(0, start - 12), start)) && SUBJECT_MODAL_AFTER.test(scope.text.slice(end, end + 60)));
				// ("The meeting is Monday", "The vote is on Tuesday": a thing set for a day is ahead.)
				// ("has given lawmakers until Dec. 15 to draw new districts, ruling late Tuesday that …": a participle of saying or
				// ruling set after its clause tells when that was done, in the past, whatever the clause looks ahead to.)
				// ("had warned of a dangerous setup since Tuesday": what runs since a day began on the last such day.)
				const since = SINCE_BEFORE.test(scope.text.slice(Math.max(0, start - 16), start));
				// ("On Thursday afternoon we were told": a weekday that opens its sentence after "On" is in the past where the verb after
				// it is; not "Tuesday marks 1,000 days since Russia launched", its own verb in the present.)
				// "On Thursday, Mr. Higgins will travel to Belfast": a clause that opens on its weekday takes the tense after it.
				// ("On Tuesday, …", "Then, at 8:18 p.m. CDT on Tuesday, McGwire lined …": the date opens its clause.)
				const opensOn = ON_OPENS_BEFORE.test(scope.text.slice(Math.max(0, start - 48), start));
				const told = named || subject ? null : (SAYING_PARTICIPLE_BEFORE.test(scope.text.slice(Math.max(0, start - 30), start)) && !FUTURE_NOW.test(clauseBefore)) || since || (opensOn && tenseAround(scope.text, start, end) === 'past') ? 'past' : (opensOn && WILL_AFTER_OPENING_DAY.test(scope.text.slice(end, end + 50))) || SHUT_UNTIL_BEFORE.test(scope.text.slice(Math.max(0, start - 40), start)) || participleThenModal(scope.text, start, end) ? 'future' : tenseBefore(scope.text, start);
				// ("agreed on Tuesday to a 72-hour truce starting at 8 a.m. local time (0500 GMT) on Thursday": what starts on a day,
				// after a noun, is ahead of whatever verb came before.)
				// ("said buildings would remain closed Tuesday": what "would" reports of a day, a few words on, is ahead.)
				// ("Stay up late for Sunday's blood moon": a thing a bidding is for is ahead, named or not.)
				const tense = named ? (IMPERATIVE_OPENS.test(clauseBefore) || fixtureAhead(clauseBefore, scope.text.slice(end, end + 70)) ? 'future' : 'none') : subject || (told !== 'past' && COPULA_BEFORE.test(scope.text.slice(Math.max(0, start - 10), start))) || STARTING_BEFORE.test(scope.text.slice(Math.max(0, start - 70), start)) || WOULD_SHORTLY_BEFORE.test(scope.text.slice(Math.max(0, start - 40), start)) || headlineInfinitive(clauseBefore) ? 'future' : told!;
				// "The festival opens Thursday", "Tuesday marks 1,000 days": a present verb of a scheduled thing, the nearest such day.
				// So is a day in a clause told in the present ("The Met Office has issued a warning for wind on Saturday", "A yellow
				// warning covers the north from Friday").
				const clause = named || tense === 'future' ? '' : clauseBefore;
				// ("Friday's session begins at 2 p.m.": the thing a weekday names, set to start on it in the present, is too, and
				// ahead.)
				const possessiveStarts = named && POSSESSIVE_SCHEDULED.test(scope.text.slice(end, end + 40));
				// (Read once: a present progressive makes a day set for, and one ahead.)
				const progressive = tense === 'none' && PROGRESSIVE_IN_CLAUSE.test(clause);
				const scheduled = named ? possessiveStarts : (tense === 'none' && (PRESENT_IN_CLAUSE.test(clause) || progressive || SCHEDULED_AFTER.test(scope.text.slice(end, end + 30)))) || (tense === 'past' && PRESENT_PERFECT.test(clause) && !PLAIN_PAST.test(clause)) || (tense !== 'future' && !since && DIRECTED.test(clause)) || (!named && SPAN_FROM_BEFORE.test(scope.text.slice(Math.max(0, start - 60), start)));
				// "that Sunday afternoon", "the same Monday", "that same Sunday": the story's Sunday, "that" inside the extent (not "said Tuesday that
				// Sunday's fair …").
				// ("On the same Monday that the convention opened": the story's Monday too.)
				const that = /\b(?:that(?:\s+same)?|the\s+same)\s+$/i.exec(scope.text.slice(Math.max(0, start - 15), start));
				const storyThat = !!that && (/^the/i.test(that[0]) || !thatOpensClause(scope.text, start - that[0].length));
				const from = storyThat ? start - that![0].length : start;
				const said = scope.text.slice(from, end);
				// "said Friday", "told reporters on Monday": the day of the saying, near the day of writing whatever story came before;
				// so is a day to come ("will mark the anniversary on Sunday") or set in the present ("opens Thursday").
				// ("Forecasters expect much cooler conditions Sunday", after last year's race told by its hours: a forecast made now.)
				const reported = REPORTED_BEFORE.test(scope.text.slice(Math.max(0, from - 40), from));
				const now = scheduled || reported || (tense === 'future' && (FUTURE_NOW.test(clauseBefore) || EXPECT_NOW.test(clauseBefore)));
				const linkedBefore = WEEKDAY_LINK_BEFORE.exec(scope.text.slice(Math.max(0, from - 40), from)) ?? TODAY_LINK_BEFORE.exec(scope.text.slice(Math.max(0, from - 20), from));
				// "The season starts on Sunday", "the final kicks off Sunday": a thing set to start or end, in the present, is ahead.
				// ("agree three-day truce around Taiz from Thursday": what runs from a day, told with no tense, starts ahead.)
				// ("Realistically we're looking at Thursday", "The council is meeting Tuesday": a present progressive of a day is the next
				// such day, or today.)
				const startsAhead = possessiveStarts || (scheduled && tense === 'none' && (STARTS_IN_CLAUSE.test(clause) || progressive || FIXTURE_IN_CLAUSE.test(clause))) || (tense === 'none' && !named && FROM_BEFORE.test(scope.text.slice(Math.max(0, start - 6), start)) && !RANGE_ON_AFTER.test(scope.text.slice(end, end + 16)) && !NOUN_AFTER_DAY.test(scope.text.slice(end, end + 16)));
				let looksBack: boolean | undefined;
				out.push(
					candidateAt(scope, from, end, {
						...base,
						weekday,
						tense,
						...(tense === 'none' && !scheduled && !startsAhead ? { weekdayGuessed: true } : {}),
						...(reported && !c.isCertain('hour') && SAID_ON_BEFORE.test(scope.text.slice(Math.max(0, from - 12), from)) ? { saidOn: true } : {}),
						resolve: (ctx) => {
							// "from Friday night into Saturday", "Saturday and Sunday": the first such day on or after the one before it.
							const linked = linkedBefore ? linkedWeekday(weekday, said, ctx, !/\b(?:and|or)\s+$/i.test(linkedBefore[0])) : null;
							if (linked) return withClock(linked, c, said);
							const beforeDated = weekdayBeforeDated(weekday, said, ctx);
							if (beforeDated) return withClock(beforeDated, c, said);
							const story = storyWeekday(weekday, said, ctx, storyThat, (looksBack ??= clauseLooksBackAt(scope.text, from) && !HAD_PLANNED_TO.test(clauseBefore)), now, scheduled || (tense === 'future' && AHEAD_NOW.test(clauseBefore)));
							// (A weekday named as a thing takes no tense from its clause, but one in a clause in the past is no day told before:
							// "The Dow finished above Tuesday's close".)
							// ("The jobs report is due Friday … needs to see Friday's number before it decides": a thing named by a weekday told before
							// is of that day, whatever its clause looks ahead to.)
							const again = story === undefined && tense === 'none' && !scheduled && tenseAround(scope.text, from, end) === 'none' ? (named && tenseBefore(scope.text, start) !== 'none' ? notAheadOfPast(weekdayToldBefore(weekday, said, ctx), ctx, () => HAD_DONE_BEFORE.test(scope.text.slice(Math.max(0, start - 30), start))) : (weekdayToldBefore(weekday, said, ctx) ?? weekdayAfterAhead(weekday, said, ctx) ?? weekdayAfterStoryAhead(weekday, said, ctx))) : null;
							const decided = story === undefined && !again && tense !== 'future' && !named ? weekdayAfterDecision(weekday, said, ctx, scope) : null;
							const afterStory = story === undefined && !again && !decided && tense === 'future' && !named ? weekdayAfterStoryDayAhead(weekday, said, ctx) : null;
							// ("The quarter-finals are on Tuesday and Wednesday, the women's final on Saturday": a day set in the present after a
							// day of its sentence placed ahead is the first such day after it, not the nearest to the day of writing.)
							const listedAhead = story === undefined && !again && !decided && !afterStory && scheduled && !startsAhead ? weekdayAfterAhead(weekday, said, ctx) : null;
							return withClock(story === undefined ? again ?? decided ?? afterStory ?? listedAhead ?? resolveWeekday(weekday, tense, said, ctx, scheduled, !named, startsAhead) : story, c, said);
						}
					})
				);
				// "Two days later, on Saturday, it was lifted from the river": a weekday set after a count from the story is of the
				// story, no word of the day of writing (see storyKind).
				if (COUNT_THEN_ON.test(scope.text.slice(Math.max(0, from - 24), from))) out[out.length - 1].apposed = true;
				// "on March 6, 1836, a Sunday": the weekday names the date before it.
				if (DATE_THEN_A.test(scope.text.slice(Math.max(0, from - 12), from))) {
					const apposed = out[out.length - 1];
					apposed.apposed = true;
					const own = apposed.resolve;
					apposed.resolve = (ctx) => dateOfApposedWeekday(ctx, text) ?? own(ctx);
				}
				// "at home against Pittsburgh on Thursday night, Dec. 9": a date set after a weekday and its part of the day (which chrono
				// reads apart), on that weekday, names its day.
				const partThen = PART_THEN_DATE_AFTER.exec(scope.text.slice(end, end + 40));
				if (partThen) {
					const apposed = out[out.length - 1];
					const own = apposed.resolve;
					const at = scope.passage.start + end + partThen[0].length;
					apposed.resolve = (ctx) => dateApposedAfter(ctx, weekday, at, said) ?? own(ctx);
				}
				// "Stock prices slipped yesterday, wiping out most of Friday's gain": a thing named by its day is an aside; a clock
				// time after it is not on that day ("down 30 points at 2 p.m."). (But "Friday's session begins at 2 p.m.": a thing set
				// for the day, told in the present, is on it.)
				// (Nor is a fixture looked ahead to: "caretaker for Wednesday's cup tie at Kempton Rovers, which kicks off at 7:45 p.m.".)
				if (!scheduled && !(named && tense === 'future') && POSSESSIVE_AFTER.test(scope.text.slice(end, end + 3))) out[out.length - 1].background = true;
				continue;
			}
			// "June last year", "January this year", "March of last year": the month of the year the phrase counts to.
			const yearAfter = c.isCertain('month') && !rangeEnd ? /^\s+(?:of\s+)?(this|last|next)\s+year\b/i.exec(scope.text.slice(end)) : null;
			if (yearAfter) {
				const step = /last/i.test(yearAfter[1]) ? -1 : /next/i.test(yearAfter[1]) ? 1 : 0;
				const said = text + yearAfter[0];
				out.push(
					candidateAt(scope, start, end + yearAfter[0].length, {
						...base,
						resolve: (ctx) => {
							if (!ctx.reference) return null;
							const t = monthly(componentsToTime(c, ctx.reference.year + step), said);
							if (!t) return null;
							return { time: t.time, stated: t.fields, inferred: ['year'], derivation: [`“${said}” counted from the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel}) → ${t.time.value}`], confidence: 0.75, referenceFree: false };
						}
					})
				);
				continue;
			}
			// "in August and September 1914", "between March and April 1918": the year of the month after.
			const partner = c.isCertain('month') && !rangeEnd ? PARTNER_WITH_YEAR.exec(scope.text.slice(end, end + 40)) : null;
			if (partner) {
				const year = Number(partner[2]) - ((c.get('month') ?? 1) > monthNumber(partner[1]) ? 1 : 0);
				const t = monthly(componentsToTime(c, year), text);
				const told = partner[0].trim();
				if (t) {
					out.push(candidateAt(scope, start, end, { ...base, resolve: () => ({ time: t.time, stated: t.fields, inferred: ['year'], derivation: [`“${text}” takes its year from “${told}” after it → ${t.time.value}`], confidence: 0.85, referenceFree: true }) }));
					continue;
				}
			}
			if (c.isCertain('month')) {
				// "last August", "this September", "next March": the direction is stated. "the following January", "the
				// preceding winter's March": counted from the story (see resolvePartial).
				// "That October": the story's month, "that" inside the extent as TimeML keeps a determiner.
				// ("this past January": both words.)
				let lead = /\b(?:the\s+|this\s+(?=past\s))?(this|last|next|past|coming|following|preceding|previous|that)\s+$/i.exec(scope.text.slice(Math.max(0, start - 16), start));
				// "He said that October sales rose": "that" opens a clause; the month is not "that October".
				if (lead && /^that$/i.test(lead[1]) && thatOpensClause(scope.text, start - lead[0].length)) lead = null;
				const direction = lead && !/^that$/i.test(lead[1]) ? (/last|past|preceding|previous/i.test(lead[1]) ? 'past' : /next|coming|following/i.test(lead[1]) ? 'future' : 'this') : null;
				const from = lead ? start - lead[0].length : start;
				const said = lead ? scope.text.slice(from, end) : text;
				// Read from the text when resolvePartial asks, once: the tense of the clause is a costly read, and most years need none.
				// ("added 215,000 jobs in February, down from 517,000 in January": a figure compared with is of a month gone by.)
				const figureBefore = !c.isCertain('day') && FIGURE_BEFORE_MONTH.test(scope.text.slice(Math.max(0, from - 60), from));
				let tense: Tense | undefined;
				let lookingBack: boolean | undefined;
				// ("The price will be raised twice more during the first half of the year, on March 1 and May 1, before the cap is
				// lifted altogether on June 30": where the words near it give no tense, a "will" in its clause looks ahead.)
				// ("official house price data for October will be published on Dec. 18": the month a figure is for is one gone by,
				// whatever is said of its publishing.)
				// ("a treaty that has been under negotiation since January", after "he will meet": a time since which something has
				// gone on began before now, whatever else the clause looks ahead to.)
				const clauseTense = () => (tense ??= direction === 'past' || direction === 'future' ? direction : !c.isCertain('day') && (DELIVERY_AFTER.test(scope.text.slice(end, end + 12)) || AHEAD_IDIOM_BEFORE.test(scope.text.slice(Math.max(0, from - 40), from))) ? 'future' : SINCE_RIGHT_BEFORE.test(scope.text.slice(Math.max(0, from - 16), from)) || figureBefore ? 'past' : MODAL_PLAN_BEFORE.test(scope.text.slice(Math.max(0, from - 60), from)) ? 'future' : !c.isCertain('day') && (FIGURES_FOR_BEFORE.test(scope.text.slice(Math.max(0, from - 40), from)) || FIGURES_SHOW_BEFORE.test(scope.text.slice(Math.max(0, from - 90), from)) || FIGURES_AFTER.test(scope.text.slice(end, end + 40))) ? 'past' : startingAhead(willAhead(timetabled(tenseAround(scope.text, from, end), scope.text, from)), scope.text, from));
				// A month right after another ("the carnage of November and January") goes on from it in order, whatever the clause.
				const afterMonth = MONTH_AND_BEFORE.test(scope.text.slice(Math.max(0, from - 18), from));
				// "fought through December and January", the story at January 1949: the first month runs into the second, an
				// earlier month of the calendar, so it is of the year before (a look back from the story at that second month).
				const pair = c.isCertain('day') ? null : MONTH_PAIR_AFTER.exec(scope.text.slice(end, end + 24));
				const intoNextYear = !!pair && monthNumber(pair[1]) < (c.get('month') ?? 0);
				// ("where the news of December had caused dismay": a month in the subject of a clause in the past perfect looks back too.)
				const clauseLooksBack = () => (lookingBack ??= intoNextYear || (!afterMonth && (clauseLooksBackAt(scope.text, from) || PLUPERFECT_AFTER.test(scope.text.slice(end, end + 40)))));
				const slack = direction === null && modifiesNoun(scope.text, from, end) ? ATTRIBUTIVE_SLACK : WEEK;
				// "Most shops have been shut since Jan. 6": a time that runs up to now; in news it is near the day of writing,
				// whatever flashback came before.
				// "Some 40 million Nigerians will receive 5,000 naira a month for six months, starting in February", after a flashback
				// to 2012: what a clause with "will" looks ahead to is near the day of writing too.
				// (The clause before it, read once: for "will" here, and for a year it opens with below.)
				const clauseBefore = direction === null ? scope.text.slice(clauseStartBefore(scope.text, from), from) : '';
				const will = WILL_AHEAD.test(clauseBefore);
				const willAhead = (t: Tense): Tense => (t === 'none' && will ? 'future' : t);
				// ("It will be the fourth walkout this year, following stoppages in March, June and August": in news, a month with no
				// day in a clause that names "this year" is of the year of writing, whatever the clause looks ahead to.)
				// (Not a figure compared with, or a low reached: "is still up 3 percent this year and stands 12 percent above its low in
				// mid-October".)
				const thisYear = !c.isCertain('day') && !figureBefore && /\byear\b/i.test(clauseBefore) && THIS_YEAR_IN_CLAUSE.test(clauseBefore);
				// ("a Superior Court judge has set a status hearing for Oct. 2", after a flashback to January 2021: a plan made now.)
				const nearNow = sinceUpToNow(scope.text, from) || will || PLAN_NOW_BEFORE.test(clauseBefore) || SET_IN_PRESENT_BEFORE.test(clauseBefore);
				// "Central on Oct. 18 and Denver Metro on Nov. 1": a day listed after another goes on from it in order.
				const listed = direction === null && c.isCertain('day') && LISTED_AFTER_DAY.test(scope.text.slice(Math.max(0, from - 70), from));
				// "from early June until mid-September": the month a range ends at goes on from the one it starts at.
				// ("from Saturday through Jan. 4": the day a range ends at goes on from the weekday it starts at.)
				const rangeTo = direction === null && ((!c.isCertain('day') && MONTH_RANGE_FROM_BEFORE.test(scope.text.slice(Math.max(0, from - 40), from))) || (c.isCertain('day') && WEEKDAY_RANGE_FROM_BEFORE.test(scope.text.slice(Math.max(0, from - 24), from))));
				// "16 September is Mexico's national holiday", "30 May is observed as a day of remembrance", "re-enacted every year on
				// the night of 15 September": a day of every year, no day in particular (TimeML's XXXX-09-16).
				// ("Pius V proclaimed 7 October a feast of Our Lady of Victory", "made 14 July the national holiday": a day made a
				// holiday, of every year too; so is "has marked 30 June as International Asteroid Day", "declared 11 July its National
				// Maritime Day", "have preferred to commemorate 20 November".)
				const yearly = direction === null && c.isCertain('day') && !c.isCertain('year') && (YEARLY_AFTER.test(scope.text.slice(end, end + 60)) || EVERY_YEAR_BEFORE.test(scope.text.slice(Math.max(0, from - 40), from)) || (MADE_BEFORE.test(scope.text.slice(Math.max(0, from - 14), from)) && MADE_HOLIDAY_AFTER.test(scope.text.slice(end, end + 40))) || (MARKED_BEFORE.test(scope.text.slice(Math.max(0, from - 14), from)) && MARKED_AS_AFTER.test(scope.text.slice(end, end + 60))) || (KEEPS_BEFORE.test(scope.text.slice(Math.max(0, from - 14), from)) && !/\b(?:will|would|shall)\b|['’]ll\b/i.test(clauseBefore)));
				// "which draws visitors from March to July each year": a month of every year, no month in particular (XXXX-03).
				if (direction === null && c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year') && EACH_YEAR_AFTER.test(scope.text.slice(end, end + 50))) {
					// (A range, "March to July", is two such months: TimeML draws one timex for each end.)
					const generic = (m: Components) => `XXXX-${String(m.get('month')).padStart(2, '0')}`;
					out.push(candidateAt(scope, from, end, { ...base, value: rangeEnd ? `${generic(c)}/${generic(rangeEnd)}` : generic(c), resolve: placedNowhere }));
					continue;
				}
				if (yearly) {
					// ("the night of 15 September": that part of the day, XXXX-09-15TNI.)
					const part = /^(?:the\s+)?(night|morning|evening|afternoon)\s+of\b/i.exec(said)?.[1].toLowerCase();
					const code = part ? DAY_PARTS[part].code : '';
					out.push(candidateAt(scope, from, end, { ...base, ...(code ? { type: 'TIME' as const } : {}), value: everyYear(c) + (code ? `T${code}` : ''), resolve: placedNowhere }));
					continue;
				}
				// "Last year, it reached the coast on May 29", "while in 2019 the onset was declared on June 8": in news, a year its
				// clause opens with, right before it, is its year.
				// ("The federation had asked the government to delay the October increase": a thing of the October told before.)
				const ofThing = direction === null && isOnlyMonth(c) && !rangeEnd && /\bthe\s+$/i.test(scope.text.slice(Math.max(0, from - 5), from)) && NOUN_AFTER_MONTH.test(scope.text.slice(end, end + 20));
				const yearLed = direction === null && (YEAR_LED.test(clauseBefore) || YEAR_LED.test(clauseBefore.slice(clauseBefore.lastIndexOf(',') + 1)));
				// "It happened in 1998, on June 5", "released 50 years ago this week, on Oct. 21": a day set after a year told, a comma
				// between, is of that year.
				// ("a pilot that ran for six months last year, from March through August": a month set after a year told, "from" or
				// "in" after the comma.)
				const apposedTo = direction === null ? (c.isCertain('day') ? APPOSED_BEFORE : APPOSED_MONTH_BEFORE).exec(scope.text.slice(Math.max(0, from - 12), from)) : null;
				out.push(candidateAt(scope, from, end, { ...base, ...(byItsWords ? { attributive: true } : {}), resolve: (ctx) => (listed ? onOrAfterPrevious(c, said, ctx, BY_DAY_ONLY, 'is listed after') : null) ?? (ofThing ? sameMonthTold(c, said, ctx) : null) ?? (rangeTo ? onOrAfterPrevious(c, said, ctx, BY_MONTH_OR_DAY, 'ends a range that starts at') : null) ?? (yearLed ? yearOfClause(c, said, ctx) : null) ?? (apposedTo ? withRangeEnd(yearApposed(c, said, ctx, apposedTo[0].length), c, rangeEnd) : null) ?? withRangeEnd(resolvePartial(c, said, ctx.candidates[ctx.index], ctx, clauseTense, thisYear && ctx.documentDated && !ctx.historical ? 'this' : direction, clauseLooksBack, slack, nearNow), c, rangeEnd) }));
				continue;
			}
			if (c.isCertain('hour')) {
				// "At 5:34 AM Baghdad time on March 20, 2003": the day after it, past the zone chrono does not join.
				// "from 7 a.m. to 7 p.m. on Nov. 5": the first time is on the day after the second.
				const gap = dayAfterClock(scope.text.slice(end, end + 40))?.[0].length ?? clockRangeThenDay(scope.text.slice(end, end + 60));
				// A time of day alone ("at 3 p.m."): the day is the narrative's or the reference's.
				// "17:15 Network Rail says …": a time that opens a paragraph of news is the time stamp of a live page, on the day of writing.
				const stamp = start === 0 && STAMP.test(text) && /^\s+[A-Z]/.test(scope.text.slice(end, end + 2));
				// "from 10 a.m. to 4 p.m. Thursday": the day the range's end names.
				// ("between 6pm and 9pm today": "and" after "between" joins the range too.)
				const to = gap ? null : (RANGE_TO.exec(scope.text.slice(end, end + 12)) ?? (BETWEEN_BEFORE.test(scope.text.slice(Math.max(0, start - 9), start)) ? AND_RANGE_TO.exec(scope.text.slice(end, end + 12)) : null));
				// "from 10 a.m. until 11 p.m.": the second time of a range, on the day of the first.
				const rangeEnd = CLOCK_JOINT_BEFORE.test(scope.text.slice(Math.max(0, start - 14), start));
				// "By four o'clock the camp had been overrun": in a story, an hour from one to six o'clock, alone, is in the afternoon,
				// unless its sentence tells of the night ("woken by his maid at three o'clock").
				const hour = c.get('hour') ?? 0;
				const sentence = (OCLOCK_END.test(text) || SPOKEN_PAST_CUE.test(text)) && !c.isCertain('meridiem') && hour >= 1 && hour <= 6 ? sentenceAt(scope.passage, scope.passage.start + start) : null;
				const afternoon = !!sentence && !SMALL_HOURS_CUE.test(scope.text.slice(Math.max(0, sentence.start - scope.passage.start), sentence.end - scope.passage.start));
				out.push(candidateAt(scope, start, end, { ...base, ...(gap ? { dayAfter: true } : {}), resolve: (ctx) => (stamp && ctx.documentDated && !ctx.historical && resolveRelative(text, ctx)) || (gap && dayAfter(text, c, ctx, gap)) || (to && rangeEndDay(text, c, ctx, to[0].length)) || (rangeEnd && rangeStartDay(text, c, ctx)) || storyDayAt(text, c, ctx, afternoon) || nearClockDay(text, c, ctx, () => toldPast(scope.text, start, end)) || newsDayAt(text, c, ctx, () => toldPast(scope.text, start, end), () => aheadNow(scope.text, start), UNTIL_BEFORE_CLOCK.test(scope.text.slice(Math.max(0, start - 30), start)), !PLUPERFECT_BY_BEFORE.test(scope.text.slice(Math.max(0, start - 80), start))) || resolveRelative(text, ctx) }));
			}
		}
		for (const cand of out) {
			const local = cand.start - scope.passage.start;
			if (HAS_YEAR.test(cand.text) && COMPARISON_BEFORE.test(scope.text.slice(clauseStartBefore(scope.text, local), local))) cand.compared = true;
		}
		// "By dawn much of it was ablaze", "attacked at dawn on 19 April", "until dusk": a part of the day chrono has no word for.
		if (DAYLIGHT_CUE.test(scope.text)) {
			for (const m of scope.text.matchAll(DAYLIGHT)) {
				const start = scope.passage.start + m.index;
				const end = start + m[0].length;
				// ("first light" only after a preposition, "at first light": not "The first light ash fell".)
				if (/^first/i.test(m[0]) && !/\b(?:at|by|before|after|until|till|from|since|with|toward|towards)\s+$/i.test(scope.text.slice(Math.max(0, m.index - 9), m.index))) continue;
				// (Not "pre-dawn", "dawn-to-dusk", nor a name: "Operation Red Dawn".)
				if (/-$/.test(scope.text.slice(Math.max(0, m.index - 1), m.index)) || scope.text.charCodeAt(m.index + m[0].length) === 45 || (/^[A-Z]/.test(m[0]) && !OPENS_SENTENCE.test(scope.text.slice(Math.max(0, m.index - 3), m.index)))) continue;
				if (out.some((o) => o.start < end && o.end > start)) continue;
				// ("dawn Monday", "dusk on Friday": one time with the weekday, below.)
				if (!/^first/i.test(m[0]) && WEEKDAY_AFTER_DAYLIGHT.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
				// "at dawn on 19 April": that part of the day named after it (most annotators tag the two apart).
				const after = scope.text.slice(m.index + m[0].length, m.index + m[0].length + 5);
				out.push(candidateAt(scope, m.index, m.index + m[0].length, { parser: 'chrono', type: 'TIME', priority: 1, resolve: (ctx) => dayRightAfter(ctx, end, after, m[0]) }));
			}
			out.sort((a, b) => a.start - b.start);
		}
		// "at 1:10 and 1:20 p.m.", "between 7 and 9 p.m.", "from 8 to 10 p.m.": a clock time with no half of the day, joined to
		// one with it, takes it and that one's day (chrono reads the first in the morning, or not at all).
		if (PAIRED_CLOCK_CUE.test(scope.text)) {
			for (const m of scope.text.matchAll(PAIRED_CLOCK)) {
				const start = scope.passage.start + m.index;
				const end = start + m[1].length;
				if (out.some((o) => o.start < end && o.end > start && !(o.start === start && o.end === end))) continue;
				// (Not the hours of every week, "on Sundays from 1 to 5 p.m.": no day to put them on.)
				if (HABITUAL.test(scope.text.slice(Math.max(0, m.index - 30), m.index))) continue;
				const at = out.findIndex((o) => o.start === start && o.end === end);
				const cand = candidateAt(scope, m.index, m.index + m[1].length, { parser: 'chrono', type: 'TIME', priority: 2, resolve: (ctx) => pairedClock(ctx, end, m) });
				if (at >= 0) out[at] = cand;
				else out.push(cand);
			}
			out.sort((a, b) => a.start - b.start);
		}
		// "Friday morning", "last night": the day, narrowed to the part of it the phrase names.
		// "The next morning, 4 July, the two armies faced each other": a part of the day set before a date is a time of its own, of
		// that date (TimeML tags both; chrono reads the two as one, or the part of the day not at all).
		for (let k = 0, n = out.length; k < n; k++) {
			const date = out[k];
			if (date.type !== 'DATE' || !/^(?:\d|[A-Z])/.test(date.text)) continue;
			const local = date.start - scope.passage.start;
			const lead = PART_BESIDE_DATE.exec(scope.text.slice(Math.max(0, local - 40), local));
			if (!lead || out.some((o) => o.end > date.start - lead[0].length && o.start < date.start)) continue;
			const phrase = lead[0].slice(0, lead[0].search(/\s*,\s*$/));
			const part = DAY_PARTS[lead[2].toLowerCase()];
			const dateAt = date.start;
			out.push(candidateAt(scope, local - lead[0].length, local - lead[0].length + phrase.length, { parser: 'chrono', type: 'TIME', priority: 2, resolve: (ctx) => partOfDateBeside(ctx, dateAt, part, phrase) }));
		}
		return out.map((cand) => {
			// "the spring of next year", "the summer of last year": the season of the year the phrase counts to (chrono reads the year).
			const season = SEASON_OF_HEAD.exec(cand.text);
			if (season) {
				const resolve = cand.resolve;
				const code = SEASON_CODES[season[1].toLowerCase()];
				return { ...cand, resolve: (ctx: ResolveContext) => seasonOfYear(resolve(ctx), code, cand.text) };
			}
			const week = MONTH_START.test(cand.text) ? WEEK_OF_MONTH.exec(scope.text.slice(Math.max(0, cand.start - scope.passage.start - 32), cand.start - scope.passage.start)) : null;
			if (week) {
				const resolve = cand.resolve;
				const text = week[0] + cand.text;
				const which = week[1].toLowerCase();
				return { ...cand, start: cand.start - week[0].length, text, resolve: (ctx: ResolveContext) => weekOfMonth(resolve(ctx), which, text) };
			}
			// "by dawn Monday", "dusk on Friday": the part of that weekday, one time (as the sets write it; not "at dawn on 19 April").
			const daylight = cand.weekday !== undefined && WEEKDAY_START.test(cand.text) ? DAYLIGHT_BEFORE_WEEKDAY.exec(scope.text.slice(Math.max(0, cand.start - scope.passage.start - 20), cand.start - scope.passage.start)) : null;
			if (daylight && !/^first/i.test(daylight[1])) {
				const resolve = cand.resolve;
				const part = DAY_PARTS[DAYLIGHT_PART[daylight[1].toLowerCase()]];
				const text = daylight[0] + cand.text;
				return { ...cand, start: cand.start - daylight[0].length, text, type: 'TIME' as const, resolve: (ctx: ResolveContext) => {
					const r = resolve(ctx);
					return r && r.time.granularity === 'day' ? { ...r, time: dayPartValue(r.time, part), derivation: [...r.derivation, `“${text}” is the ${DAYLIGHT_PART[daylight[1].toLowerCase()]} of that day → ${dayPartValue(r.time, part).value}`] } : r;
				} };
			}
			// "the middle of next week", "the end of this week": that week (chrono picks a day in it), as "the end of May" is May.
			if (PART_OF_WEEK.test(cand.text)) {
				const resolve = cand.resolve;
				return { ...cand, resolve: (ctx: ResolveContext) => weekOfDay(resolve(ctx), cand.text) };
			}
			if (MIDNIGHT.test(cand.text)) {
				const resolve = cand.resolve;
				const named = NAMES_DAY.test(cand.text);
				const since = /\bsince\s+$/i.test(scope.text.slice(Math.max(0, cand.start - scope.passage.start - 6), cand.start - scope.passage.start));
				// "Shortly after midnight on 6 June 1944": the midnight that begins the day named. (Not "from midnight Friday", which
				// the corpora write both ways.)
				const begins = AFTER_BEFORE.test(scope.text.slice(Math.max(0, cand.start - scope.passage.start - 8), cand.start - scope.passage.start)) && (named || ON_NAMED_DAY_AFTER.test(scope.text.slice(cand.end - scope.passage.start, cand.end - scope.passage.start + 24)));
				return { ...cand, resolve: (ctx: ResolveContext) => (begins ? midnightBeginning : midnightEnding)(resolve(ctx), named, cand.text, since) };
			}
			const part = partOfDay(cand.text);
			if (!part || cand.value) return cand;
			// "On the night before, engineers warned", "the evening before and chose": the part of the day before the story's
			// day (after it, with "after"), where nothing follows to say before what.
			const beforeAfter = /^the\s+(?:morning|afternoon|evening|night)$/i.test(cand.text) ? PART_BEFORE_AFTER.exec(scope.text.slice(cand.end - scope.passage.start, cand.end - scope.passage.start + 20)) : null;
			if (beforeAfter) cand = { ...cand, end: cand.end + beforeAfter[0].length, text: cand.text + beforeAfter[0] };
			const resolve = cand.resolve;
			// "this morning" is a time of day; "Friday night" names a day first, and most annotators keep it a DATE.
			const type = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(cand.text) ? 'DATE' : 'TIME';
			// When no day can be found ("at night", "in the afternoon"), TimeML still writes the part: XXXX-XX-XXTNI.
			// "the early morning hours of 30 April", "the afternoon of the Battle of Plataea", "the night the TWA flight went
			// down": the day is the one named after it, not the story's.
			// ("By the evening the plotters had fled": after "by", a subject opens the main clause.)
			const local = cand.start - scope.passage.start;
			// ("In the early morning the French cross the Sambre": after "In" opening the sentence, the subject of the main clause.)
			// ("Early in the afternoon the French battleship Bouvet struck a mine": a phrase that opens its sentence itself.)
			const opener = LIMIT_OPENER.test(scope.text.slice(Math.max(0, local - 14), local)) || IN_OPENER.test(scope.text.slice(Math.max(0, local - 14), local)) || (/^(?:early|late)\s/i.test(cand.text) && CLAUSE_OPENS_BEFORE.test(scope.text.slice(Math.max(0, local - 8), local)));
			// ("It was late in the afternoon when he entered": in a cleft sentence, "when" tells what happened then, not which day.)
			const cleft = /\b(?:it|this)\s+(?:was|is)\s+(?:already\s+|now\s+|still\s+)?$/i.test(scope.text.slice(Math.max(0, local - 18), local)) && /^\s+when\b/i.test(scope.text.slice(cand.end - scope.passage.start, cand.end - scope.passage.start + 6));
			// ("The Finance Ministry said in the morning that it would start selling": a "that" after a verb of saying and the part of
			// the day opens what was said.)
			const saidThat = /^\s+that\b/i.test(scope.text.slice(cand.end - scope.passage.start, cand.end - scope.passage.start + 6)) && SAID_IN_PART_BEFORE.test(scope.text.slice(Math.max(0, local - 24), local));
			const ofAfter = !cleft && !saidThat && OF_AFTER.test(scope.text.slice(cand.end - scope.passage.start, cand.end - scope.passage.start + 14)) && !(opener && /^\s+(?:the|a|an)\b/i.test(scope.text.slice(cand.end - scope.passage.start, cand.end - scope.passage.start + 6)));
			// "by evening", "until morning": the part of the day the story is at, as "the evening" is (not "by night": at night).
			// ("rose 6 percent in afternoon trading": the afternoon of the day the story is at, as "in the afternoon" is.)
			const bare = (BARE_STORY_PART.test(cand.text) && LIMIT_BEFORE_PART.test(scope.text.slice(Math.max(0, local - 8), local))) || DAYLIGHT_WORD.test(cand.text) || (/^(?:morning|afternoon)$/i.test(cand.text) && TRADING_AFTER.test(scope.text.slice(cand.end - scope.passage.start, cand.end - scope.passage.start + 12)));
			// (A night told in the past, for news that tells no day close before it: read only there.)
			const pastNight = /^tonight$/i.test(cand.text) ? () => toldDone(scope.passage.text, local, cand.end - scope.passage.start) : /\bnight$/i.test(cand.text) ? () => toldPast(scope.text, local, cand.end - scope.passage.start) : undefined;
			const pastTold = () => toldPast(scope.text, local, cand.end - scope.passage.start);
			return { ...cand, type, value: `XXXX-XX-XXT${part.code}`, resolve: (ctx: ResolveContext) => withPartOfDay(resolve(ctx), part, cand.text, ctx, ofAfter, bare, pastNight, pastTold) };
		});
	}
};
