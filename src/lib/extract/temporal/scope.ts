/**
 * What a parser sees: one passage, with helpers to build candidates at absolute offsets.
 */
import type { Passage } from '../types.ts';
import type { Candidate, Resolved, ResolveContext, Tense } from './candidate.ts';
import { firstAtOrAfter } from '../firstAtOrAfter.ts';
import { dayValue, isoToMillis, MONTH_NAME_SOURCE, monthNumber, startYmd, ymdToMillis } from '../timex.ts';

/** What the whole document shows, for the parsers of each of its passages to read (see {@link documentCues}). */
export interface DocumentCues {
	/**
	 * The document dates years of three digits ("AD 235", "March 235", "the 220s", "the third century"): a bare
	 * "in 260" or "from 618 to 907" is then a year, which elsewhere it is mostly not (see {@link datesEarlyYears}).
	 */
	earlyYears?: boolean;
	/**
	 * The document names the United States' Fourth of July ("the Fourth of July fireworks", "July 4"): its "Independence
	 * Day" and "the Fourth" are that day (see holidayParser), where elsewhere a country's independence day is unknown.
	 */
	namesFourthOfJuly?: boolean;
	/**
	 * The document writes a year of the common era with one or two digits ("AD 64", "79 CE"): a year of two digits after a
	 * month ("April 65", "24 October 79") is then that year, not 1965 (see yearParser).
	 */
	twoDigitEra?: boolean;
	/**
	 * The document reports a game ("halftime", "innings", "the 88th minute", "quarterback"): its "the third quarter" and "the
	 * second half" with no year are parts of the game, not of a year (see quarterParser).
	 */
	gameReport?: boolean;
}

export interface PassageScope extends DocumentCues {
	passage: Passage;
	/** The passage text (offsets in parsers are relative to it). */
	text: string;
}

/** A year of the common era of one or two digits, with its era: "AD 64", "A.D. 9", "79 CE" (not "AD 640"). */
const TWO_DIGIT_ERA = /\b(?:AD|A\.D\.)\s?\d{1,2}\b(?![\d,.]\d)|\b\d{1,2}\s?(?:AD|CE|C\.E\.)(?![A-Za-z])/;
/** The Fourth of July named in full: "Fourth of July", "July 4", "July 4th", "July Fourth". */
const FOURTH_OF_JULY = /\b(?:Fourth\s+of\s+July|July\s+(?:4(?:th)?(?!\d)|Fourth))\b/;

/** What the whole text shows for its passages' parsers (see {@link DocumentCues}). */
export function documentCues(text: string): DocumentCues {
	return { earlyYears: datesEarlyYears(text), namesFourthOfJuly: FOURTH_OF_JULY.test(text), twoDigitEra: TWO_DIGIT_ERA.test(text), gameReport: GAME_CUE.test(text) };
}

/** Words only a report of a game uses (see {@link DocumentCues.gameReport}). */
const GAME_CUE = /\b(?:half-?time|tip-?off|touchdowns?|innings|free\s+throws?|stoppage\s+time|injury\s+time|penalty\s+(?:kick|shootout|spot)|the\s+\d{1,3}(?:st|nd|rd|th)\s+minute|field\s+goals?|three-pointers?|quarterback|goalkeeper|scored\s+(?:a|the|his|her|two|three)\s+(?:goal|try|touchdown|basket)s?)\b/i;

/** Month names in full, for EARLY_YEAR_CUE. */
const MONTHS_IN_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
/**
 * What shows a text dates years before 1000 of the common era: an era with a year of up to three digits ("AD 235",
 * "79 CE"), a month before a year of three digits ("March 235", not "May 250 people"), a decade of three digits
 * ("the 220s") or a century of the first millennium not before the common era ("the third century").
 */
const EARLY_YEAR_CUE = new RegExp(
	String.raw`\b(?:AD|A\.D\.)\s?\d{1,3}\b|\b\d{1,3}\s?(?:AD|A\.D\.|CE|C\.E\.)(?![A-Za-z])|\b(?:${MONTHS_IN_FULL})\s+\d{3}\b(?![\d,.]\d|\s*%|\s+(?:percent|people|men|women|children|troops|soldiers|[a-z]+s)\b)|\bthe\s+(?:early\s+|late\s+|mid-?)?[1-9]\d0s\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)\s+century\b(?!\s+(?:BC|B\.C|BCE))`
);

/** Does the text date years before 1000 of the common era? (See {@link PassageScope.earlyYears}.) */
export function datesEarlyYears(text: string): boolean {
	if (!EARLY_YEAR_CUE.test(text)) return false;
	// A text that dates years before the common era ("218 BC") leaves a bare "since 218" to its story (a year BC), not to
	// the common era; unless it dates more years of the common era so ("a creation date in 3114 BC" in a history of AD
	// 250 to 900).
	return !BCE_YEAR.test(text) || count(text, EARLY_YEAR_CUE_ALL) > count(text, BCE_YEAR_ALL);
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** A number of three digits standing alone ("in 260"; not "1,250", "3.125" or "2500"): what a year of three digits needs. */
export const THREE_DIGITS = /(?<![\d,.])\b\d{3}\b(?![,.]?\d)/;

/**
 * A verb that takes a clause, or "so"/"such", before "that" (a few words between): the "that" opens the clause ("said that
 * October sales rose", "said Tuesday that Sunday's fair"); or a verb of being and at most one word that is no participle
 * ("The trouble was that", "is simply that"; not "was stormed that October", "was crowned in Prague that November").
 */
const THAT_CLAUSE_BEFORE = /\b(?:(?:said|says|say|told|tells|reported|announced|noted|added|argued|believes?|believed|thinks?|thought|knows?|knew|expects?|expected|hopes?|hoped|shows?|showed|means?|meant|so|such|warn|warned|warns|fear|fears|argue|insist|claim|note|predicts?|predicted|forecasts?|projects|projected|insists|insisted|claims|notes|reports|announces|adds|argues|estimates|claimed|confirmed|suggested|indicated|stated|estimated|agreed|decided|ruled|found|learned|feared|wrote|explained|acknowledged|admitted|recalled|revealed)(?:\s+[\w,]+){0,3}?|(?:is|was|are|were)(?:\s+(?![a-z]+(?:ed|en|wn)\b)[a-z]+)?)\s+$/i;
/** Does the "that" at `thatStart` open a clause ("said Tuesday that Sunday's fair") rather than point to a time of the story? */
export function thatOpensClause(text: string, thatStart: number): boolean {
	return THAT_CLAUSE_BEFORE.test(text.slice(Math.max(0, thatStart - 40), thatStart));
}

/** A year before the common era: "218 BC", "480 B.C.", "500 BCE". */
const BCE_YEAR = /\b\d{1,4}\s?(?:BC|B\.C|BCE)(?![A-Za-z])/;
const BCE_YEAR_ALL = new RegExp(BCE_YEAR.source, 'g');
const EARLY_YEAR_CUE_ALL = new RegExp(EARLY_YEAR_CUE.source, 'g');

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

/**
 * The `resolve` of a candidate placed nowhere (a duration, a set, a vague reference): one function
 * of the module, not `resolve: () => null` in each candidate, which under tsx costs a `__name` call
 * per candidate (a closure named by its property).
 */
export function placedNowhere(): null {
	return null;
}

/**
 * The expression right before candidate `ctx.index`, set beside it (at most `maxGap` characters between: a comma and a
 * space, "April 14, Good Friday", "on 4 May, twenty days later"; ", a " with 5, "28 June 1914, a Sunday"), and its time;
 * null if there is none or it has no time.
 */
export function toldRightBefore(ctx: ResolveContext, maxGap = 2): { resolved: Resolved; candidate: Candidate } | null {
	const candidate = ctx.candidates[ctx.index - 1];
	if (!candidate || ctx.candidates[ctx.index].start - candidate.end > maxGap) return null;
	const resolved = ctx.resolveAt(ctx.index - 1);
	return resolved ? { resolved, candidate } : null;
}

/**
 * The day told last, when it lies years before the day of writing (more than two years, stated by the text or counted
 * from what it stated): a story told in the past, whose year a phrase with none takes ("… on 12 August. Soldiers expected
 * to be home by Christmas"; "Cortés spent the rest of the year rebuilding his forces"), even in a text read as news.
 */
export function dayToldYearsBack(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	const told = ctx.narrativeBefore(true);
	if (!told || !ctx.reference || !['day', 'hour', 'minute'].includes(told.resolved.time.granularity)) return null;
	return Number(/^[+-]?\d+/.exec(told.resolved.time.start)?.[0]) < ctx.reference.year - 2 ? told : null;
}

/** How far back (in characters) a story told years before the day of writing lends its year in news, to a month or a season. */
export const NEWS_STORY_REACH = 1500;

/**
 * A relative clause in the past perfect, with the date its verb's: "that had broken out in", "which had gained 21.48 points";
 * not a plan, which the story may go on to ("a test that had been scheduled for Friday, 25 April. At about 2 p.m. that afternoon").
 */
const RELATIVE_PERFECT_BEFORE = /\b(?:that|which|who)\s+had\s+(?!(?:been\s+)?(?:scheduled|planned|set|slated|timed|due|fixed)\b)(?:been\s+)?[a-z]+(?:\s+[\w.$%-]+){0,3}?(?:\s+(?:in|on|during|at|by))?\s+$/i;

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
	// "… to the War on Terror (2003), Bevin Alexander reports": a year alone in brackets is an aside (a book's, a
	// law's), not the time the story has come to.
	else if (scope.text.charCodeAt(localStart - 1) === 40 && scope.text.charCodeAt(localEnd) === 41 && /^\d{4}$/.test(candidate.text)) candidate.background = true;
	// "the revolution that had broken out in the summer of 1936": a relative clause in the past perfect looks back from the
	// story; the story stays where it was.
	else if (RELATIVE_PERFECT_BEFORE.test(scope.text.slice(Math.max(0, localStart - 60), localStart))) candidate.background = true;
	return candidate;
}

/** Verbs of hoping and promising, a cue ahead only before "to". */
const HOPING = /^(?:hoped?|hopes|hoping|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|vow(?:s|ed)?|pledged?|promised?)$/i;
const FUTURE_CUES = /^(will|shall|expects?|record|hoped?|hopes|hoping|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|vow(?:s|ed)?|pledged?|promised?|\w+'ll|scheduled|slated|set|due|planned|planning|plans?|expected|forecast|upcoming|next|tomorrow|payable|effective|expires?|until|might|should|soon|ready|likely)$/i;
const PAST_CUES = /^(\w{3,}ed|died|was|were|had|did|said|says|met|took|held|made|came|went|saw|told|gave|began|spoke|won|lost|fell|left|sent|ran|got|brought|bought|fought|thought|caught|taught|sold|paid|found|rose|grew|knew|led|struck|became|built|broke|chose|drew|drove|fled|flew|kept|laid|meant|sank|sought|spent|stood|shot|threw|wrote|wore|froze|rode|woke|swore|tore|strove|arose|forgot|forgave|ate|shook|mistook|overtook|undertook|retook|dug|clung|flung|hung|swung|sprang|sang|rang|shrank|drank|swam|sat|slept|wept|swept|crept|felt|dealt|knelt|lent|bent|heard|slid|withdrew|blew|overcame|understood|withstood|withheld|upheld|shone|stuck|forbade|stole|hid|bled|sped|overthrew|foresaw|oversaw|rebuilt|last|ago|yesterday|since)$/i;
/**
 * Looks ahead only as the nearest cue: "said it would close in December", "they want to push this through on Monday night",
 * but not "hoped she would …, where the Aug. 7 blasts", "wants the court to suspend the injunction issued Thursday".
 */
const WEAK_FUTURE = /^(would|wants?|hopes?|intends?)$/i;
/** A verb of going before "to" and a place: "went to bed", "came to Paris", "headed to the polls". */
const GOING = /^(?:went|go|goes|gone|going|came|come|headed|drove|flew|walked|ran|rushed|travell?ed)$/i;
/** Modals of possibility: ahead when a plain verb follows ("could bring"), not before "not", "be" or "have" ("could not be located", "may have been"). */
const MODAL = /^(could|may|might|can|cannot)$/i;
const OBLIGATION = /^(?:must|should)$/i;
const NOT_AHEAD_AFTER_MODAL = /^(not|never|be|have|been|also|still|well)$/i;
/** Passive participle after these: the auxiliary before them says the tense ("would be held on April 24", "was held", "when the case is heard in May"). */
const PASSIVE = /^(be|been|being|is|are|am)$/i;
/** Words that open a clause of their own: cues before them belong to another verb ("…, where the Aug. 7 blasts killed"). */
const CLAUSE_OPENER = /^(where|which|who|whom|whose|when|while|because|although|though|if|unless|whereas)$/i;
/** A verb in the present ("it is calling for the redemption on Dec. 7"): the clause is not in the past, whatever verb governs it. */
const PRESENT_CUES = /^(is|are|am|has|have)$/i;
/** A present tense denied: "doesn't", "don't". */
const DENIED_PRESENT = /^(?:doesn['’]t|don['’]t)$/i;
/** Verbs in the present that tell a timetable ("the fiscal year that begins July 1", "the session opens"): the date is the nearest such, not the past. */
const TIMETABLED = /^(begins|starts|opens|ends|runs|resumes|closes|reopens|convenes|concludes|arrives|departs|returns|kicks)$/i;
/** Verbs that move a thing to a later day: "until" after them looks ahead. */
const MOVED_ON = /^(postponed|delayed|extended|adjourned|deferred|suspended|prolonged|rescheduled|recessed|put|pushed|held|kept|set|scheduled)$/i;
/** Before "until", past forms that tell no thing done up to then: auxiliaries, and granting or shutting for a time ("released him on bail until", "closed all schools until"). */
const UNTIL_NOT_DONE = /^(?:was|were|had|did|released|granted|allowed|gave|given|ordered|remanded|bailed|sentenced|jailed|suspended|banned|barred|closed|shut|locked|sealed|frozen|froze|paused|halted|stopped|lasted)$/i;
/** Before a participle, a word that makes it an adjective: "behind closed doors", "the closed road". */
const ADJECTIVE_BEFORE = /^(?:behind|the|a|an|its|their|his|her|our)$/i;
/** Verbs of saying in the past: right before a date, the date is the saying's ("transit officials said Monday"); a regex source, which the chrono parser's "said Friday" reads too. */
export const SAID_VERBS = 'said|told|announced|reported|added|stated|confirmed|disclosed|testified|wrote|acknowledged';
/** Saying, and ruling or deciding, right before the date: "a federal judge ruled Thursday", after the clause it reports. */
const SAID = new RegExp(`^(?:${SAID_VERBS}|ruled|ordered|decided|declared)$`, 'i');
/** An article or possessive before an -ed word makes it an adjective: "its preferred shares", "the revised figures". */
const ARTICLE = /^(the|a|an|its|his|her|their|our|my|your|these|those)$/i;
/** Verbs that take an object and a participle after it: "wants the work done", "get the bill passed". */
const VERB_BEFORE_OBJECT = /^(?:want|wants|get|gets|have|has|see|sees|need|needs|make|makes|keep|keeps|like|likes|found|leave|leaves|saw)$|ing$/i;
/** Words after an article that are no subject of a verb after them: auxiliaries, prepositions ("the were", "the to"). */
const NOT_A_SUBJECT = /^(?:be|been|being|is|are|was|were|has|have|had|will|would|not|to|and|or|but|of|for|with|by|from|on|in|at|first|last|next|same|most|more|less|only)$/i;
const PREPOSITION_BEFORE_ADJECTIVE = /^(?:on|in|at|over|across|into|onto|with|from|under)$/i;
/** Words before which a cue is a noun or an adjective, not a verb: "the plan", "its record high". */
const DETERMINER = /^(the|a|an|its|his|her|their|our|my|your|this|that|these|those)$/i;
/** "set" looks ahead only as "set to" / "set for"; "the record high set on Aug. 6" is past. */
const SET_AHEAD = /^(to|for)$/i;

/** Words that end in -ed but are not verbs in the past (adjectives in un-: "unvaccinated children"). */
const NOT_PAST_SOURCE = 'need|speed|feed|seed|bed|red|shed|hundred|united|based|related|limited|advanced|un(?:vaccinated|armed|named|identified|employed|expected|specified|disclosed|paid|insured|documented|married|opposed|funded|treated|tested|protected|affected|dated|signed|scheduled)';
const NOT_PAST = new RegExp(`^(?:${NOT_PAST_SOURCE})$`, 'i');
const NOT_PAST_AFTER = new RegExp(`^(?:${NOT_PAST_SOURCE}|last|ago|yesterday)$`, 'i');

/** Marks around a word: what {@link bare} strips. */
const BARE_ENDS = /^[^\w']+|[^\w']+$/g;

/** Is the UTF-16 unit `c` one of `[\w']` (ASCII letters, digits, `_`, `'`)? */
function isBareEnd(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39;
}

/**
 * A word without the marks around it ("said," → "said", "“will" → "will"). Most words have none:
 * a word that starts and ends with one of `[\w']` is its own bare form, without the replace.
 * (Exported for a test.)
 */
export function bare(w: string | undefined): string {
	if (w === undefined || w === '') return '';
	if (isBareEnd(w.charCodeAt(0)) && isBareEnd(w.charCodeAt(w.length - 1))) return w;
	return w.replace(BARE_ENDS, '');
}

/** The words of `words` made bare, in place: the tense functions below read only bare words. */
function bareAll(words: string[]): string[] {
	for (let i = 0; i < words.length; i++) words[i] = bare(words[i]);
	return words;
}

/** A modal that looks ahead from the time told: "would", "will", "could". */
const AHEAD_MODAL = /^(?:would|will|could|might|shall|\w+'ll)$/i;

/**
 * Is `words[i]` a word that looks ahead? Not after a determiner ("the plan", "its record"),
 * "set" only as "set to/for", and "forecast" only after a form of "be" ("are forecast to climb"). `backward`: the words are in reverse text order (`words[i + 1]`
 * comes before `words[i]` in the text), as when reading back from a date. The words are bare ({@link bareAll}).
 */
function looksAhead(words: readonly string[], i: number, backward = true): boolean {
	const word = words[i];
	if (!FUTURE_CUES.test(word)) return false;
	const before = words[backward ? i + 1 : i - 1] ?? '';
	const after = words[backward ? i - 1 : i + 1] ?? '';
	if (DETERMINER.test(before)) return false;
	// "prices had risen faster than expected in the first quarter", "as expected": a comparison, no look ahead.
	if (/^expected$/i.test(word) && /^(?:than|as)$/i.test(before)) return false;
	if (/^set$/i.test(word) && !SET_AHEAD.test(after)) return false;
	// "The forecast for next year was cut from 1.9% in March": "next" and a unit name a time, and a past auxiliary nearer the
	// date than it is the clause's verb.
	if (backward && /^next$/i.test(word) && /^(?:year|week|month|quarter|season|decade)$/i.test(after) && words.slice(0, i).some((w) => /^(?:was|were|had|did)$/i.test(w))) return false;
	// "The shipment should have arrived on Monday", "might have left": a modal of the perfect looks back.
	if (/^(?:should|might)$/i.test(word) && /^have$/i.test(after)) return false;
	// "crews hoped to reach full containment by Friday", "she hopes to have a lane open by September": what one hopes,
	// aims, intends, vows or promises to do is ahead (not "the hope of", "a promise").
	if (HOPING.test(word) && !/^to$/i.test(after)) return false;
	// "holders of record Dec. 7" looks ahead; "the largest advance on record" and "at record levels" do not.
	if (/^record$/i.test(word) && !/^of$/i.test(before)) return false;
	// "are forecast to climb", not "raised its full-year forecast on Tuesday" (a noun).
	if (/^forecast$/i.test(word) && !/^(?:is|are|was|were|been|be)$/i.test(before)) return false;
	// "The bridge will be ready by June", not "declared its computers ready in June" (a state a thing was declared in).
	if (/^ready$/i.test(word) && !/^(?:be|is|are|was|were|been|being|get|gets|getting|got)$/i.test(before)) return false;
	// "similar conditions were likely on Tuesday night", not "shoppers likely completed their purchases" (an adverb).
	if (/^likely$/i.test(word) && !/^(?:is|are|was|were|been|be|seems?|seemed|looks?|looked)$/i.test(before)) return false;
	if (backward && /^(?:until|till)$/i.test(word)) {
		// "until her son Güyük was elected in 1246": a clause in the past after "until" looks back.
		for (let k = 0; k < i; k++) if (PAST_CUES.test(words[k]) && !NOT_PAST.test(words[k])) return false;
		// "The strike lasted until Monday": the end of a thing past ("was postponed until Friday", "extended until" look ahead).
		// ("services would remain badly affected until at least Thursday": a verb group looking ahead, though its participle ends in -ed.)
		if (PAST_CUES.test(before) && !NOT_PAST.test(before) && !MOVED_ON.test(before) && !words.slice(i + 2, i + 6).some((w) => AHEAD_MODAL.test(w))) return false;
		// ("We were at the table until 11 p.m. Sunday", "was open until": "was" or "were" a few words back, where nothing in
		// between puts it off, looks ahead or is a participle: not "were given until March 24 to wind down".)
		const group = words.slice(i + 1, i + 6);
		const be = group.findIndex((w) => /^(?:was|were)$/i.test(w));
		if (be >= 0 && !group.slice(0, be).some((w) => MOVED_ON.test(w) || AHEAD_MODAL.test(w) || FUTURE_CUES.test(w) || /(?:ed|en)$/i.test(w))) return false;
		// ("police officers directed traffic with flashlights until about 1 a.m.": a verb in the past with its object between, no
		// look ahead or auxiliary before it; not "will be closed to traffic until Friday".)
		// (Not a verb of granting or shutting for a time, "released him on bail until", "closed all schools until"; nor one of
		// saying, "said many families travel until"; nor an auxiliary, "were given until".)
		// ("a frost that … held on until after sunrise on May 18": "held on", "held out" last; they put nothing off; so does "held" and
		// its object, "She held the spot until late April".)
		const done = group.findIndex((w, j) => PAST_CUES.test(w) && !NOT_PAST.test(w) && (!MOVED_ON.test(w) || (/^held$/i.test(w) && (/^(?:on|out|power|office)$/i.test(group[j - 1] ?? '') || DETERMINER.test(group[j - 1] ?? '')))) && !UNTIL_NOT_DONE.test(w) && !SAID.test(w));
		// (A cue word that is a noun after its article puts nothing off: "had heard nothing of the plan until Wednesday night"; nor
		// does a participle that is an adjective, "met behind closed doors until about 3 a.m. Monday".)
		if (done >= 1 && !group.slice(0, done).some((w, j) => MOVED_ON.test(w) || AHEAD_MODAL.test(w) || (FUTURE_CUES.test(w) && !DETERMINER.test(group[j + 1] ?? '')) || (UNTIL_NOT_DONE.test(w) && !ADJECTIVE_BEFORE.test(group[j + 1] ?? '')) || SAID.test(w)) && !words.slice(i + 2 + done, i + 6 + done).some((w) => AHEAD_MODAL.test(w) || FUTURE_CUES.test(w) || /^(?:to|be|been|being|is|are|am|has|have|remain|remains|stay|stays)$/i.test(w))) return false;
		// "Talks did not resume until Monday night": a verb group in the past, negated, up to a day now past.
		// ("the state did not set up the first trailers until October": the negation a few words back, its object between.)
		if (!MOVED_ON.test(before) && words.slice(i + 2, i + 8).some((w, j) => /^(?:not|never)$/i.test(w) && /^(?:did|was|were|had)$/i.test(words[i + 3 + j] ?? '') && !words.slice(i + 1, i + 2 + j).some((x, k) => (MOVED_ON.test(x) && !(/^set$/i.test(x) && /^up$/i.test(words[i + k] ?? ''))) || AHEAD_MODAL.test(x)))) return false;
	}
	return true;
}

/** A warning or a threat made now, of a thing, up to a date in its clause: "has warned of another walkout in ", "is threatening
 * a strike on ", "warns of more snow by " (not "warned of a downturn in", told of a past warning). */
const WARNS_OF_BEFORE = /\b(?:(?:has|have|is|are)\s+(?:also\s+|already\s+)?(?:warned|threatened|warning|threatening)|warns|threatens)\s+(?:of\s+|with\s+)?[^.;:!?]{0,60}$/i;
/** A verb in the past, perhaps a passive, right before "as early as": "were notified as early as ", "began as soon as " (not
 * "could be released as early as", a passive to come). */
const DONE_AS_EARLY_AS = /\b(?:(?:was|were|had\s+been)\s+[a-z]+|(?<!\b(?:be|being)\s+)(?!need|speed|feed)[a-z]{3,}ed|began|came|went|left|got)\s+as\s+(?:early|soon)\s+as\s+$/i;
/** Odds or a forecast, and "for" or "over" right before a date, in one clause: "the odds of rain at 80 percent for". */
// ("issued an amber warning for extreme heat covering Thursday to Sunday": a warning, for the days it covers.)
// ("is forecasting more snow for the weekend": the forecast being made.)
const FORECAST_FOR = /\b(?:odds|chances?|probability|forecasts?|forecasting|predicting|outlook|warnings?|alerts?|watch(?:es)?)\b[^.;:!?]{0,80}\b(?:for|over|through|into|covering)\s+$/i;
/** A date set for a thing to come, right before a date: "the backup date of", "a new target date of". */
const PLANNED_DATE_OF = /\b(?:backup|back-up|new|target|tentative|planned|rescheduled|alternate|reserve)\s+(?:launch\s+|target\s+)?date\s+(?:of|is)\s+$/i;
/** "retroactive to", "backdated to" right before a date. */
const RETROACTIVE_TO = /\b(?:retroactive(?:ly)?|back-?dated)\s+to\s+$/i;
/**
 * Reading back from a date, is "plans" at `words[i]` the object of a verb in the past, at most three words before it ("submitted
 * updated compensation plans on Sunday", "questioned NASA's spending plans Wednesday"): a noun, no look ahead?
 */
function planObject(words: readonly string[], i: number): boolean {
	for (let k = i + 1; k <= i + 3 && k < words.length; k++) if (PAST_CUES.test(words[k]) && !NOT_PAST.test(words[k]) && !ARTICLE.test(words[k + 1] ?? '')) return true;
	return false;
}

/**
 * Reading back from a date, is "plans" at `words[i]` a verb: "to" after it and no determiner or possessive before it ("NASA plans
 * to release the first processed pictures … on April 24"; not "the plans to expand were approved", "the company's plans to")?
 */
function planVerb(words: readonly string[], i: number): boolean {
	const before = words[i + 1] ?? '';
	return /^to$/i.test(words[i - 1] ?? '') && !DETERMINER.test(before) && !/['’]s$/.test(before);
}

/** A relative pronoun, and a word that may stand between it and its verb ("that now will"). */
const RELATIVE = /^(?:that|which|who)$/i;
const RELATIVE_ADVERB = /^(?:now|also|soon|still|then|later)$/i;
/** A word before a verb in -ed that makes it no finite verb of its own ("will be paid", "to be named", "has signed"). */
const VERB_GROUP_BEFORE = /^(?:will|would|shall|should|to|be|been|being|is|are|am|have|has|had)$/i;

/**
 * Reading back from a date, is the look ahead at `words[i]` a relative clause's, told before the main verb in the past?
 * "Imports of the watches that now will be eligible … totaled about $37.3 million in 1988": 1988 is the totalling's. (Not
 * "the bonds that will be paid Dec. 7": "paid" is in the relative clause's own verb group.)
 */
function relativeAhead(words: readonly string[], i: number): boolean {
	if (!RELATIVE.test(words[i + 1] ?? '') && !(RELATIVE_ADVERB.test(words[i + 1] ?? '') && RELATIVE.test(words[i + 2] ?? ''))) return false;
	for (let k = 0; k < i; k++) {
		const before = words[k + 1] ?? '';
		if (PAST_CUES.test(words[k]) && !NOT_PAST.test(words[k]) && !VERB_GROUP_BEFORE.test(before) && !ARTICLE.test(before)) return true;
	}
	return false;
}

/** After "could not" (`words[k]`, reading back): a verb done, or "be" and a participle ("be located"), not "be worse". */
function couldNotDo(words: readonly string[], k: number): boolean {
	if (k < 0 || (k + 1 < words.length && !/^(?:could|not|never|couldn['’]t)$/i.test(words[k + 1]))) return false;
	const verb = words[k];
	if (!/^be$/i.test(verb)) return /^[a-z]+$/.test(verb) && !/^(?:have|be|help)$/i.test(verb);
	return k > 0 && /^(?:[a-z]+ed|found|seen|reached|met|held|made|done|given|taken|told|heard|caught|shown)$/i.test(words[k - 1]);
}

/** A word that may be a plain verb after a modal and an adverb ("could still put"): no auxiliary, no participle. */
function plainVerb(word: string): boolean {
	return /^[a-z]{3,}$/.test(word) && !NOT_AHEAD_AFTER_MODAL.test(word) && !/(?:ed|en)$/i.test(word);
}

/**
 * The first tense cue among `words` (bare, {@link bareAll}; reverse text order when `backward`): a
 * future marker, a present verb (no tense) or a past verb. `noneAhead`: the caller has found that
 * no word looks ahead ({@link looksAhead}), so that is not asked again word by word.
 */
/** A verb in the past that made a thing happen, before its object and "to": "forced", "caused", "compelled", "prompted". */
const CAUSED = /^(?:forced|caused|compelled|prompted)$/i;

function tenseOfWords(words: readonly string[], notPast: RegExp, backward = true, noneAhead = false, count = words.length): Tense {
	for (let i = 0; i < count; i++) {
		const word = words[i];
		const before = words[backward ? i + 1 : i - 1] ?? '';
		const after = words[backward ? i - 1 : i + 1] ?? '';
		if ((!noneAhead && looksAhead(words, i, backward)) || WEAK_FUTURE.test(word)) return 'future';
		// "could bring rain Thursday night", "may resume talks Friday": a possibility ahead (not "could not be located Wednesday").
		// (A capital "May" after another word is the month: "We saw more finished work in May and June".)
		// ("could still put forward an emergency law before Dec. 31": an adverb, then a plain verb, is ahead; not "could still be".)
		if (MODAL.test(word) && after && (!NOT_AHEAD_AFTER_MODAL.test(after) || (/^(?:still|also)$/i.test(after) && plainVerb(words[backward ? i - 2 : i + 2] ?? ''))) && !(word === 'May' && before)) return 'future';
		// "The boy could not be located Wednesday", "could not attend": what could not be done is past (not "could not be
		// worse", a state now).
		if (backward && /^(?:could|couldn['’]t)$/i.test(word) && couldNotDo(words, /^could$/i.test(word) ? i - 2 : i - 1)) return 'past';
		// "Results must be certified by Monday": what must (or should) be done is ahead (not "must have been"); only in
		// the date's own clause, up to ten words back with no other cue nearer ("mailed forms must be postmarked no later than
		// Tuesday", "ballots must reach the elections office by 8 p.m. on Election Day"; "ruled that Elian must be returned …, and
		// set Friday as the deadline" is past).
		if (i < 10 && OBLIGATION.test(word) && after && after.toLowerCase() !== 'have') return 'future';
		// "What we did last March doesn't get us a single point Thursday": a verb in the present, denied, before a date is ahead.
		if (backward && DENIED_PRESENT.test(word)) return 'future';
		// "the minister is to visit Paris on Friday": what is to be done is ahead.
		if (PRESENT_CUES.test(word)) return /^(?:is|are)$/i.test(word) && after.toLowerCase() === 'to' ? 'future' : 'none';
		// "the fiscal year that begins July 1": what is timetabled is told in the present.
		if (TIMETABLED.test(word)) return 'none';
		if (PAST_CUES.test(word) && !notPast.test(word)) {
			// "was held" takes its auxiliary's tense; "its preferred shares", "the revised figures" are adjectives.
			// So is one after a preposition: "could fall on saturated hillsides by early Thursday".
			// ("spend the last five weeks before Election Day": "the last" is an adjective, no past.)
			// ("they host New Zealand for two tests starting on Dec. 26, followed by three one-day internationals in January": a
			// participle before "by" tells no time of its own.)
			// ("Tickets dated for any day from 29 March to 1 April will also be accepted": "dated for" says for which days a thing
			// holds.)
			if ((backward && PASSIVE.test(before)) || ((/ed$/i.test(word) || /^last$/i.test(word)) && (ARTICLE.test(before) || (backward && PREPOSITION_BEFORE_ADJECTIVE.test(before)))) || (backward && /^(?:followed|preceded|accompanied)$/i.test(word) && /^by$/i.test(after)) || (/^dated$/i.test(word) && /^for$/i.test(after))) continue;
			// Reading back from a date: "decided to admit Poland … in early March", "an agreement to acquire the bank in
			// January": what is to be done is ahead of the past verb, not at it ("to" before a verb: not "to a calendar
			// year", "to Nov. 20", "to $5").
			// (Not "to" after a verb of going: "he went to bed Friday", "headed to the polls on Monday".)
			// ("The crisis has upended the campaign for the presidential election on Dec. 18": a verb in the present perfect tells
			// of a thing done by now, not of a day; the date after it is of what the verb acts on.)
			if (backward && /^(?:has|have)$/i.test(before)) return 'none';
			// (Not after a verb that made a thing happen: "had forced controllers to limit arrivals and departures from 6 a.m.", "caused
			// the airline to cancel 300 flights on Monday": the thing was done.)
			if (backward && !CAUSED.test(word) && words.slice(0, i).some((w, k) => w.toLowerCase() === 'to' && k > 0 && /^[a-z]+$/.test(words[k - 1]) && !DETERMINER.test(words[k - 1]) && !GOING.test(words[k + 1] ?? ''))) return 'none';
			return 'past';
		}
	}
	return 'none';
}

/**
 * Tense of the clause before a position: the nearest cue word before it within the clause
 * decides ("convened in Moscow on Thursday" is past; "the parade scheduled for Friday" is future).
 */
/** "since" right before a date, or a "since" clause up to it: "since ", "since the plane vanished on " (a few words, no punctuation). */
const SINCE_BEFORE = /\bsince\s+(?:(?:[\w'’-]+\s+){1,5}?(?:on|in)\s+)?$/i;
/** The candidate a "when" clause follows (see Candidate.afterYearWhen): the one before this, past any length of time between. */
export function yearBeforeWhen(ctx: ResolveContext): number {
	let k = ctx.index - 1;
	while (k > 0 && ctx.candidates[k].type === 'DURATION' && ctx.candidates[k].sentence.start === ctx.candidates[ctx.index].sentence.start) k--;
	return k;
}

/** A bare noun in lower case, no date word, ending its phrase, right at the start: " exposure,", " sunset and" (after "10 days after", "an hour before"). */
export const BARE_NOUN_NEXT = /^\s+(?!(?:today|tomorrow|yesterday|tonight|midnight|noon|midday|dawn|dusk|daybreak|nightfall|that|this|then|which|they)\b)[a-z]{4,}(?=\s*[,.;:]|\s+(?:and|or|but|to|in|of|for|is|was|were|are|she|he|they|it)\b)/;

/** A verb in the present perfect: "have gathered", "has already left" (it tells what stands now, not when). */
export const PRESENT_PERFECT = /\b(?:has|have)\s+(?:already\s+|just\s+|now\s+)?[a-z]+/i;

/**
 * Does the date at `localPos` start a time that runs up to now: after "since", or in a "since" clause, in a clause in the
 * present perfect ("Most shops have been shut since Jan. 6", "relatives have gathered daily … since the plane vanished on
 * 8 March", "have kept a common front since the summer")? In news such a date is near the day of writing.
 */
export function sinceUpToNow(text: string, localPos: number): boolean {
	return SINCE_BEFORE.test(text.slice(Math.max(0, localPos - 60), localPos)) && PRESENT_PERFECT.test(text.slice(clauseStartBefore(text, localPos), localPos));
}

/**
 * After "a.m." or "p.m.", a capitalised word that is no day, month or zone of the clock time: the next sentence ("until 11
 * p.m. On Tuesday the crews …"; not "at 10 p.m. Wednesday", "6 a.m. EST", "9 p.m. Eastern time").
 */
const SENTENCE_AFTER_CLOCK = /^\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|[A-Z]{2,5}\b|(?:Eastern|Central|Pacific|Mountain|Atlantic|Moscow|Beijing|Baghdad|Berlin|London|Paris|Tokyo|Houston|Local|Greenwich)\b|[A-Z][a-z]+\s+time\b)[A-Z][a-z]/;

/** Is the full stop at `dot`, after "a.m." or "p.m.", the end of its sentence (see SENTENCE_AFTER_CLOCK)? */
function clockEndsSentence(text: string, dot: number): boolean {
	const c = text.charCodeAt(dot - 1);
	return (c === 109 || c === 77) && /\b[ap]\.m$/i.test(text.slice(Math.max(0, dot - 4), dot)) && SENTENCE_AFTER_CLOCK.test(text.slice(dot + 1, dot + 40));
}

/** A noun right after "night" that makes "night" its modifier: "a night attack", "the night shift", "a night flight". */
export const NIGHT_NOUN_AFTER = /^\s+(?:attack|assault|raid|march|crossing|shift|flight|train|bus|club|watch|sky|session|game|match|patrol|landing|operation|bombing|battle|sortie|offensive|curfew|vigil|market|school|signalman|signalmen|watchman|watchmen|porter|nurse|guard|staff|crew|worker|clerk|editor|manager|temperature|frost)s?\b/i;

/** A wish with "'d" (would): "I'd rather", "we'd like to", "they'd prefer to". */
const WISH_BEFORE = /\b\w+['’]d\s+(?:rather|sooner|like\s+to|love\s+to|prefer\s+to)\b/i;
/** A plan told in the past that was not kept: "was to have", "were due to have", "was supposed to have". */
const WAS_TO_HAVE = /\b(?:was|were)\s+(?:(?:due|supposed|scheduled|set|meant)\s+)?to\s+have\b/i;

/**
 * A verb of a time of day moved, right before a count of minutes or hours and "earlier" or "later": "will start an hour earlier",
 * "going to bed 20 minutes earlier", "leaves ten minutes later". The count is a length of time, by how much; no time is told.
 */
export const SHIFTED_BEFORE = /\b(?:start|starts|started|begin|begins|open|opens|opened|close|closes|closed|leave|leaves|arrive|arrives|depart|departs|finish|finishes|end|ends|wake|wakes|bed|rise|rises|sets|run|runs|come|comes|get\s+up|gets\s+up)\s+(?:(?:about|around|nearly|roughly|some|almost)\s+)?$/i;

/** A full stop that ends an abbreviation ("Jan.", "Mr.", "U.S.", "Corp."), not a sentence. */
const ABBREVIATION_BEFORE = /(?:\b[A-Z][A-Za-z]{0,3}|\b[a-z]|\.[A-Za-z]|\bCorp|\bSept)$/;

/** Is the character code a digit 0-9? */
function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Where the clause holding `localPos` starts: after the last ";" or sentence-ending "." before it. */
export function clauseStartBefore(text: string, localPos: number): number {
	const floor = Math.max(0, localPos - 300);
	let dot = text.lastIndexOf('.', localPos - 1);
	// (Nor is the point of a number a full stop: "225 naira ($0.54) a litre from Tuesday".)
	while (dot > floor && ((ABBREVIATION_BEFORE.test(text.slice(Math.max(0, dot - 6), dot)) && !clockEndsSentence(text, dot)) || (isDigit(text.charCodeAt(dot - 1)) && isDigit(text.charCodeAt(dot + 1))))) dot = text.lastIndexOf('.', dot - 1);
	// A quotation is a clause of its own: '"… will concentrate on our brands," Mr. Gerstner said Friday'.
	// The last quotation mark (", ”, “, '') or ";" before the position, looked for only after the full stop: one
	// before it would not be the start. (The same as the largest of their lastIndexOf, without a walk back
	// through the whole passage for marks it does not hold.)
	for (let i = Math.min(localPos - 1, text.length - 1); i > dot && i >= 0; i--) {
		const c = text.charCodeAt(i);
		if (c === 34 || c === 0x201d || c === 0x201c || c === 59 || (c === 39 && text.charCodeAt(i + 1) === 39)) return i;
	}
	return Math.max(dot, 0);
}

/**
 * Before a count and "before" or "after": the count is a length of time ("for 18 months before …", "the two decades after
 * …", "reigned for only forty-six days before surrendering", "The fighting lasted nine days before …", "over 21 years
 * before it closed").
 */
export const LENGTH_BEFORE = /\b(?:for|the|over|lasted|lasting|lasts?|took|takes?|spent|spends?)\s+(?:(?:only|just|another|a\s+further|almost|nearly|about|some|roughly|more\s+than|less\s+than|at\s+least|over|under)\s+)?$/i;

/**
 * A preposition right before a date that points to it as a limit, not a time something happened: "by Jan. 14", "through January",
 * "extended to Nov. 20"; so does a deadline moved, with its object or not ("had extended its review to Jan. 12", "pushed the vote
 * back to", "was pushed back to").
 */
/** A time moved, right before the day it is moved to: "extended to ", "postponed until ", "pushed back to ". */
const MOVED_TO_BEFORE = /\b(?:extended|postponed|delayed|deferred|pushed\s+back|rescheduled|moved\s+back)\s+(?:to|until|till)\s+$/i;
const LIMIT_BEFORE = /(?:\bby|\bthrough|\b\w{3,}ed\s+to|\b(?:extended|postponed|delayed|deferred|pushed|moved|put|rescheduled|adjourned|shifted|brought)\s+(?:(?:its|their|the|his|her|a|an)\s+(?:[\w-]+\s+){1,3})?(?:(?:back|forward|off)\s+)?(?:to|until|till))\s+(?:(?:early|mid|late|the\s+end\s+of)\s+)?$/i;

/** A limit a thing lasts up to ("through Monday", "until Sunday"), and a present verb of what stands now before it. */
const ONGOING_UNTIL = /\b(?:through|until|till)\s+$/i;
const ONGOING_NOW = /\b(?:is|are|remains?|stays?|runs?|continues?|lasts?)\b/i;

/**
 * A relative clause between commas, before the verb of reporting it interrupts (", whose contract runs until next
 * season, said"), before a verb in -ed (", who turns 29 next month, lifted the trophy … Sunday evening") or right before
 * the date ("will close its plant in Hamilton, Ohio, which has operated since 1948, by March 31"), or before an infinitive
 * ("expects annual inflation, which reached 8.5% last month, to peak in the second quarter"; a number's point is no stop); not
 * one that holds the date ("Taylor, who stepped down as chairman, president and chief executive in March").
 */
const RELATIVE_ASIDE = /,\s+(?:who|whom|whose|which)\b(?:[^,.;]|\.(?=\d))*,(?=\s+(?:\w+\s+)?(?:said|told|announced|added|declared|stated|wrote|reported)\b|\s+[a-z]{3,}ed\b|\s+to\s+[a-z]{3,}\b|\s+(?:by|on|in|before|until|till|through|from|at|after)?\s*$)/g;

/** A noun phrase set beside another between commas, right before the date (and its preposition): ", the only one presented in Oslo, on ". */
const APPOSITIVE_ASIDE = /,\s+(?:the|a|an)\s+[^,.;:!?"“”]*,(?=\s+(?:on|in|at|by|from|until|till|through)?\s*$)/;

/** "plan" or "plans", which may be a noun. */
const PLAN_NOUN = /^plans?$/i;
/** A past participle in -ed ("approved"). */
const PARTICIPLE = /^[a-z]{3,}ed$/i;

/**
 * Reading back from a date, is there a past verb after a noun, "the" and a noun before `words[limit]` ("legislation the province
 * passed": a relative clause of its own)? Not a participle after its object ("wanted the legislation passed").
 */
function ownPastBefore(words: readonly string[], limit: number): boolean {
	for (let k = 0; k < limit; k++) {
		const w = words[k];
		if (!PAST_CUES.test(w) || NOT_PAST.test(w)) continue;
		const subject = words[k + 1] ?? '';
		const noun = words[k + 3] ?? '';
		if (/^[a-z]{3,}$/.test(subject) && !NOT_A_SUBJECT.test(subject) && /^the$/i.test(words[k + 2] ?? '') && /^[a-z]{3,}$/.test(noun) && !PAST_CUES.test(noun) && !NOT_A_SUBJECT.test(noun) && !VERB_BEFORE_OBJECT.test(noun)) return true;
	}
	return false;
}

/** Past forms the same as the present ("a main burst early Tuesday"), past after a subject that is no plural. */
const SAME_FORM_PAST = /^(?:burst|hit|cut|put|shut|split|spread|cast|hurt|quit|struck)$/i;
/** Words before such a form that make it no past: modals, "to", "did", "not". */
const NOT_SUBJECT_OF_PAST = /^(?:will|would|could|can|may|might|must|should|shall|to|did|does|do|not|never|and|or)$/i;

/**
 * Reading back from a date, between it and the look ahead at `words[limit]`, is there a clause opened by "after" whose verb is
 * in the past ("will have to keep boiling their water … after a main burst early Tuesday", "after talks broke down last
 * Thursday")? The date is that clause's, a day gone by. A past verb right after "after", or an -ed word after an article
 * ("after the delayed vote"), is none.
 */
function pastAfterClause(words: readonly string[], limit: number): boolean {
	const after = words.findIndex((w, j) => j < limit && /^after$/i.test(w));
	if (after < 2) return false;
	for (let k = 0; k < after - 1; k++) {
		const w = words[k];
		const before = words[k + 1];
		if (ARTICLE.test(before) || NOT_SUBJECT_OF_PAST.test(before)) continue;
		if (SAME_FORM_PAST.test(w) ? !/s$/i.test(before) : PAST_CUES.test(w) && !NOT_PAST.test(w) && !/^(?:last|ago|yesterday|since)$/i.test(w)) return true;
	}
	return false;
}

/** ", and" or ", but" and a preposition right before a date: a clause of its own opens there ("…, and by January"). */
const AND_PREPOSITION_OPENS = /,\s+(?:and|but)\s+(?:by|in|on|at|during|from|until|till|after|before)\s+(?:(?:early|late|mid)[\s-]+)?$/i;

/**
 * Reading back from a date, is "this year" between it and the look ahead at `words[limit]` ("It will be the fourth walkout
 * this year, following stoppages in March, June and August")? The date is placed by that year, not by the look ahead.
 */
function thisYearBetween(words: readonly string[], limit: number): boolean {
	for (let k = 1; k < limit; k++) if (/^year$/i.test(words[k]) && /^this$/i.test(words[k + 1] ?? '')) return true;
	return false;
}

export function tenseBefore(text: string, localPos: number): Tense {
	const clauseStart = clauseStartBefore(text, localPos);
	// "next to the embassy" is a place, not a time to come.
	// A relative clause set off by commas tells of something else: "Guardiola, whose contract runs until the end of next
	// season, said on Friday" is past.
	let clause = text.slice(clauseStart, localPos);
	// "could change hands several times in a single day, and by January a pound … cost": a clause of its own opens at ", and"
	// and a preposition right before the date; the verb before the comma is another clause's.
	if (clause.includes(', ') && AND_PREPOSITION_OPENS.test(clause)) return 'none';
	if (clause.includes(', wh')) clause = clause.replace(RELATIVE_ASIDE, ',');
	// ("and the peace prize, the only one presented in Oslo, on Friday": an appositive between commas, right before the date.)
	if (clause.includes(', the ') || clause.includes(', a ')) clause = clause.replace(APPOSITIVE_ASIDE, ',');
	// Fourteen words are read; a fifteenth is kept as the word before the last ("the plan": no plan ahead).
	const words = bareAll(clause.replace(/\bnext\s+to\b/gi, ' ').split(/\s+/).filter(Boolean).reverse().slice(0, 15));
	// Not past a word that opens another clause: "…, where the Aug. 7 blasts killed".
	const opener = words.findIndex((w) => CLAUSE_OPENER.test(w));
	if (opener >= 0) words.length = opener;
	// "will be added to a 10 percent baseline tariff that began on Saturday": "that" and a verb in the past after a noun open a
	// relative clause of their own, which gives the date its tense (not "said that", "announced that").
	const that = words.indexOf('that');
	if (that >= 1 && that <= 4 && PAST_CUES.test(words[that - 1]) && !NOT_PAST.test(words[that - 1]) && !SAID.test(words[that - 1]) && /^[a-z]+$/.test(words[that + 1] ?? '') && !SAID.test(words[that + 1] ?? '') && !/^(?:so|now|such|given|provided|except|but)$/i.test(words[that + 1] ?? '')) words.length = that;
	const count = Math.min(words.length, 14);
	// "A rally that began as soon as the Nov. 2 election was settled", "would buy its stock as soon as trading opened
	// Monday": the clause before "as soon as" says when.
	const soon = clause.includes('soon') ? words.findIndex((w, i) => i < count && /^soon$/i.test(w) && /^as$/i.test(words[i - 1] ?? '') && /^as$/i.test(words[i + 1] ?? '')) : -1;
	if (soon > 0) {
		const at = clause.search(AS_SOON_AS_END);
		if (at >= 0) {
			const main = tenseBefore(text, clauseStart + at);
			if (main !== 'none') return main;
		}
	}
	// "… is now expected to open by late 2026, transit officials said Monday": the day of the saying, whatever the report
	// looks ahead to (not "will be announced Friday").
	const saying = words[0] === 'on' ? 1 : 0;
	// (Not a saying in the present passive: "when the decision is announced on Oct. 6".)
	if (SAID.test(words[saying] ?? '') && !/^(?:be|being|to|is|are|am)$/i.test(words[saying + 1] ?? '')) return 'past';
	// "The tour was to have opened on 21 March and closed on 12 April": a plan that will not be kept, for days past or to come.
	// (Each of these two is tried only where its clause holds the words it needs: tenseBefore runs for nearly every date.)
	if (clause.includes('have') && WAS_TO_HAVE.test(clause)) return 'none';
	// "I'd rather come back in the autumn", "We'd like to see a few more months": a wish, for a time to come.
	// (Not the alternative after "than": "We'd rather fly on Wednesday … than on Monday with a question mark", a day gone by.)
	const wish = /['’]d\s/.test(clause) ? clause.search(WISH_BEFORE) : -1;
	if (wish >= 0 && !/\bthan\b/i.test(clause.slice(wish))) return 'future';
	// "Workers would receive raises …, retroactive to July 1": what is made to apply back from a day looks back to it.
	if (RETROACTIVE_TO.test(text.slice(Math.max(0, localPos - 20), localPos))) return 'past';
	// "The RMT union has called 48-hour strikes at Network Rail … on 13, 14, 16 and 17 December", "called a snap election for":
	// what is called for a day is ahead of the calling.
	// "a half-point rate increase when policymakers meet on March 21 and 22": "when" and a verb in the present tell a time ahead.
	if (clause.includes('when') && WHEN_PRESENT_BEFORE.test(text.slice(Math.max(0, localPos - 50), localPos))) return 'future';
	// ("The walkout, called for Monday and Tuesday, would be the first …": the thing, then its calling.)
	if (text.includes('call') && (CALLED_FOR.test(text.slice(Math.max(0, localPos - 120), localPos)) || THING_CALLED_FOR.test(text.slice(Math.max(0, localPos - 60), localPos)))) return 'future';
	// "If the numbers don't move by the fall", "If the talks fail by Friday": an open condition, in the present, is on a time ahead.
	if ((clause.includes('if ') || clause.includes('If ') || clause.includes('unless ') || clause.includes('Unless ')) && openCondition(text.slice(Math.max(0, localPos - 100), localPos))) return 'future';
	// "declared an interim dividend … to be paid on March 28": what is yet to be done to a thing, right before its day, is ahead.
	// (Not a plan told in the past: "bills that were supposed to be done by Oct. 1".)
	if (clause.includes('to be ') && TO_BE_DONE_BEFORE.test(text.slice(Math.max(0, localPos - 40), localPos)) && !PAST_BEFORE_TO_BE.test(text.slice(Math.max(0, localPos - 70), localPos))) return 'future';
	// A future marker anywhere in the verb group wins: "will be paid Dec. 7" is future though "paid" ends in -ed.
	// ("It had been due to expire Friday", "as previously planned Saturday night": a plan told in the past, for a day now past;
	// "was originally set for Aug. 22 but slipped to Sept. 30": a plan since changed, for a day past or to come.)
	// ("the revised capital plan approved Tuesday": a plan, a noun, with the verb of its making after it, is no future cue.)
	// ("will follow on Oct. 1, under legislation the province passed in the spring": a past verb after a noun, "the" and a noun, nearer
	// the date than the look ahead, is a relative clause of its own, in the past; not "wanted the legislation passed", "have his
	// conviction reviewed", a participle.)
	for (let i = 0; i < count; i++) if (looksAhead(words, i) && !(PLAN_NOUN.test(words[i]) && !planVerb(words, i) && (words.slice(0, i).some((w) => PARTICIPLE.test(w)) || planObject(words, i))) && !relativeAhead(words, i)) return (PAST_PLAN.test(clause) && !joinedAfterPastPlan(words, i)) || ownPastBefore(words, i) || pastAfterClause(words, i) ? 'past' : thisYearBetween(words, i) ? 'none' : ORIGINALLY.test(clause) ? 'none' : 'future';
	// "set a further hearing for 18 April", "scheduled the vote for Friday": what is set for a day is ahead of the setting.
	// ("The flight was originally set for Aug. 22 but slipped": a plan that was changed, for a day that may be past.)
	if (SET_FOR.test(text.slice(Math.max(0, localPos - 60), localPos))) return ORIGINALLY.test(clause) ? 'none' : 'future';
	// "put the odds of acceptable weather at 80 percent for Thursday, falling to 60 percent over the weekend": what odds or a
	// forecast are given for is ahead of the giving.
	if (FORECAST_FOR.test(text.slice(Math.max(0, localPos - 100), localPos))) return 'future';
	// "it has warned of another walkout in late January": what is threatened now is ahead.
	if (WARNS_OF_BEFORE.test(text.slice(Math.max(0, localPos - 90), localPos))) return 'future';
	// "has reserved the backup date of Saturday", "set a new target date of Friday": a date set for a thing to come.
	if (PLANNED_DATE_OF.test(text.slice(Math.max(0, localPos - 40), localPos))) return 'future';
	// "could come as early as Tuesday", "as soon as Friday": the earliest a thing to come may happen.
	// (Not what was done as early as a day: "Some workers were notified as early as Wednesday afternoon".)
	if (/\bas\s+(?:early|soon)\s+as\s+$/i.test(text.slice(Math.max(0, localPos - 16), localPos)) && !DONE_AS_EARLY_AS.test(text.slice(Math.max(0, localPos - 60), localPos))) return 'future';
	// A limit ("by Jan. 14", "extended to Nov. 20") is not when the past verb happened; "would reopen by Saturday" still looks ahead.
	if (LIMIT_BEFORE.test(text.slice(Math.max(0, localPos - 40), localPos))) {
		const limited = tenseOfWords(words, NOT_PAST, true, true, count);
		// "Heat alert extended to Sunday", "the talks were postponed until Friday": a time a thing is moved to is ahead.
		if (MOVED_TO_BEFORE.test(text.slice(Math.max(0, localPos - 40), localPos))) return 'future';
		// "Parents must return the forms by 5pm on Friday": what must be done by a day is ahead of it; so is what "By Friday
		// many places will be" doing.
		// (So is what a headline says is to be done by a day: "Brakewell to shut Dunmore plant by end of March".)
		if (limited === 'none' && (OBLIGED.test(clause) || IMPERATIVE_OPENS.test(clause) || FUTURE_AFTER.test(text.slice(localPos, localPos + 80)) || (text.length < 160 && !/[.!?]["”’)]?\s*$/.test(text) && HEADLINE_TO.test(clause)))) return 'future';
		// "Heat advisories are likely through Monday", "The show runs until Sunday": what stands now lasts up to a day ahead.
		return limited === 'future' || (limited === 'none' && ONGOING_UNTIL.test(text.slice(Math.max(0, localPos - 12), localPos)) && ONGOING_NOW.test(clause)) ? 'future' : 'none';
	}
	const cue = tenseOfWords(words, NOT_PAST, true, true, count);
	if (cue !== 'none') return cue;
	// "Parents must return the forms by 5pm on Friday": what must be done, with no other tense in the clause, is ahead.
	if (OBLIGED.test(clause)) return 'future';
	// "Friday, they will …", "On Sunday, the Indonesian leader will fly": the clause the date opens looks ahead.
	const after = text.slice(localPos, localPos + 80);
	if (FUTURE_AFTER.test(after)) return 'future';
	// 'could stay high "well into Thursday morning"': a quotation opened within the clause goes on from the words before it.
	if (clauseStart > 0 && clauseStart < localPos && OPENING_QUOTE.test(text.slice(clauseStart - 1, clauseStart + 2))) return tenseBefore(text, clauseStart);
	// A headline ("Search for missing hiker to resume Sunday"): "to" and a verb tell what is to come.
	if (text.length < 160 && !/[.!?]["”’)]?\s*$/.test(text) && HEADLINE_TO.test(clause)) return 'future';
	// "free rebooking for travelers who change their plans before Sunday": a limit told in no past tense is ahead.
	if (/\bbefore\s+$/i.test(text.slice(Math.max(0, localPos - 8), localPos))) return 'future';
	// "Send it to the newsroom by Thursday", "Stay up late for Sunday's blood moon": a clause that opens with a bidding looks ahead.
	if (IMPERATIVE_OPENS.test(clause)) return 'future';
	// "The laureates will receive their medals and diplomas from King Carl XVI Gustaf at a ceremony in Stockholm on": a clause
	// that opens on its subject and "will", longer than the words read, with no verb in the past after it, looks ahead.
	if (words.length > 14 && clause.includes('will')) {
		const will = WILL_OPENS.exec(clause);
		const rest = will ? clause.slice(will[0].length) : '';
		// (Not past a clause of its own between: "will vote next Thursday … after more than a dozen parents at Tuesday night's".)
		if (will && !SUBORDINATE.test(rest) && !rest.split(/\s+/).some((w) => PAST_CUES.test(bare(w)) && !NOT_PAST.test(bare(w)))) return 'future';
	}
	return 'none';
}

/** A word that opens a clause of its own inside another. */
const SUBORDINATE = /\b(?:after|before|when|since|because|while|until|as|where|who|whom|whose|which|that|if|though|although)\b/i;
/** A clause's subject (at most five words) and "will" at its opening: "The laureates will receive". */
const WILL_OPENS = /^[\s"“]*(?:[\w'’-]+\s+){1,5}?(?:will|shall)\s+(?!have\b)[a-z]+/;

/** A clause that opens with a verb of bidding, in the imperative: "Send it …", "Stay up late …", "Register by …". */
export const IMPERATIVE_OPENS = /^[\s.;:"“]*(?:Send|Email|E-mail|Call|Visit|Register|Submit|Apply|Bring|Join|Contact|Sign\s+up|Drop\s+off|Vote|Stay|Book|RSVP|Remember|Don['’]t\s+forget|Mark\s+your)\b/;

/** The last "as soon as" of a clause. */
const AS_SOON_AS_END = /\bas\s+soon\s+as\b(?!.*\bas\s+soon\s+as\b)/is;

/** "to" and a verb in a headline's clause, before the date: "… to resume ", "… to face trial on ". */
const HEADLINE_TO = /\bto\s+(?!(?:the|a|an|his|her|their|its|be)\b)[a-z]{3,}\b[^,;:]*$/;

/** A quotation mark that opens a quotation (a space before it, a word after): the clause before it goes on. */
const OPENING_QUOTE = /^\s["“]\w/;

/** A future verb group after a date, its subject between (no punctuation): "Sunday, the Indonesian leader will fly", "On Tuesday, two astronauts are to step outside". */
const FUTURE_AFTER = /^\S*\s*,?\s*(?:[\w'’-]+\s+){0,7}?(?:(?:will|shall)\b|(?:is|are)\s+(?:(?:scheduled|expected|due|set)\s+)?to\s+(?!be\s+(?:found|seen)\b)[a-z])/i;

/** A thing set or called for a day: "set a further hearing for", "scheduled the vote for 10:00 on"; a limit moved to a day: "extended a red flag warning through 11 p.m. Monday". */
const SET_FOR = /\b(?:set(?!\s+(?:up|out|off|about)\b)|scheduled|rescheduled|slated|fixed|booked|bookings|reservations|adjourned|postponed|delayed|pushed\s+back)\b[^.;:!?]{0,40}?\b(?:for|until)\s+(?:\S+\s+on\s+)?$|\b(?:extended|extends|prolonged|renewed)\b[^.;:!?]{0,40}?\b(?:until|till|through)\s+(?:\S+\s+(?:[ap]\.?m\.?\s+)?(?:on\s+)?)?$|\bextensions?\s+(?:to|until|till|through)\s+$/i;

/** A strike, an election or a meeting called, and the day it is called for: "has called 48-hour strikes at Network Rail … on". */
/** "when", a subject of at most three words, and a verb of meeting or starting in the present, right before a date: "when
 * policymakers meet on ", "when the largest banks report in ", "when parliament returns on ". */
const WHEN_PRESENT_BEFORE = /\bwhen\s+(?:[\w'’-]+\s+){1,3}?(?:meet|meets|vote|votes|open|opens|report|reports|decide|decides|gather|gather|convene|convenes|return|returns|resume|resumes|begin|begins|start|starts|arrive|arrives)\s+(?:again\s+)?(?:on|in)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/** A strike, a vote or a meeting, then its calling "for", right before a date: "The walkout, called for ", "a ballot called for ". */
const THING_CALLED_FOR = /\b(?:strikes?|walkouts?|stoppages?|elections?|votes?|referendums?|referenda|meetings?|summit|protests?|rall(?:y|ies)|ballots?)\s*,?\s+(?:(?:which|that)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+)?called\s+for\s+$/i;
const CALLED_FOR = /\bcall(?:s|ed|ing)?\s+(?:(?!(?:off|for)\b)[\w'’-]+\s+){0,3}?(?:strikes?|walkouts?|stoppages?|elections?|votes?|referendums?|referenda|meetings?|summit|protests?|rall(?:y|ies)|ballots?|general\s+strike)\s+(?:[\w'’-]+\s+){0,8}?(?:on|for|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|&)\s+))*$/i;
/** What must be done: "must", "should", "have to", "are asked to" (not "must have"). */
const OBLIGED = /\b(?:must|should|(?:has|have|need|needs)\s+to|(?:is|are)\s+(?:asked|required)\s+to)\s+(?!have\b)[a-z]/i;

/** A plan told in the past perfect or as made before: "had been scheduled to", "had originally been scheduled to", "previously planned". */
/** A plan told as the first one, since changed: "originally", "initially". */
const ORIGINALLY = /\b(?:originally|initially)\b|\b(?:was|were)\s+first\s+(?:scheduled|set|planned|slated|due|expected)\b/i;
/** A past auxiliary at most two words before "to be" and a participle that ends at the date: "were supposed to be done by". */
const PAST_BEFORE_TO_BE = /\b(?:was|were|had|been)\s+(?:[a-z]+\s+){0,2}to\s+be\s+[^.;:!?]*$/i;
/** "if" or "unless" and the words of its clause up to a date: "If the numbers don't move by ". */
const IF_CLAUSE = /\b(?:if|unless)\s+([^,;:.!?()"“”]{3,80})$/i;
/** A condition told in the present, up to its date: no past verb in its clause ("If the talks fail by", not "if he won on"). */
function openCondition(before: string): boolean {
	const m = IF_CLAUSE.exec(before);
	if (!m) return false;
	const words = m[1].split(/\s+/).filter(Boolean);
	return words.length >= 2 && !words.some((w) => PAST_CUES.test(bare(w)) || /^(?:would|could|might|should)$/i.test(w));
}
/** A passive infinitive right before a date: "to be paid on", "to be held", "to be completed by". */
const TO_BE_DONE_BEFORE = /\bto\s+be\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|paid|held|made|given|sent|sold|built|shown|taken|run|done|seen|laid|met|cut|set|put|chosen|drawn|begun)\s+(?:(?:on|by|from|in|at|before|until|over)\s+)?$/i;
const PAST_PLAN = /\bhad\s+(?:[a-z]+ly\s+)?been\b|\bpreviously\b/i;
/**
 * Is the look ahead at `i` (of the clause's words, last first) joined by "and" to a verb phrase before it that holds the past
 * plan's "been" ("said it had been running its lines since mid-December and expected to double its shipments by April")? Then
 * the "had been" is another verb's, and tells no plan told in the past.
 */
function joinedAfterPastPlan(words: readonly string[], i: number): boolean {
	for (let j = i + 1; j < words.length; j++) {
		if (/^and$/i.test(words[j])) return true;
		if (/^(?:been|previously)$/i.test(words[j])) return false;
	}
	return false;
}

const REPORTING_AFTER = /^\s*,\s*(?:(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|reported|announced|added|stated)|saying)\b/i;

/**
 * The tense of the clause around a date: the words before it, and when they say nothing, the
 * verb group that follows it in the same clause ("In January, the company brought suit").
 * `localEnd` is where the date ends.
 */
export function tenseAround(text: string, localStart: number, localEnd: number): Tense {
	if (namesKnownThing(text, localEnd)) return 'none';
	const before = tenseBefore(text, localStart);
	// "Agreements reached on Sunday night will leak within minutes", "Ballots postmarked by Tuesday will count": a subject
	// with a participle of its own before the date, a modal verb after it; the clause is the modal's, not the participle's.
	if (before === 'past' && participleThenModal(text, localStart, localEnd)) return 'future';
	if (before !== 'none') return before;
	const rest = text.slice(localEnd, localEnd + 80);
	// ", the company said": the report's tense, not the date's.
	if (REPORTING_AFTER.test(rest)) return 'none';
	// "ordered him to surrender on Feb. 20 and rejected his request": a date in an infinitive takes no tense from the
	// verb of the main clause after it.
	if (INFINITIVE_BEFORE.test(text.slice(clauseStartBefore(text, localStart), localStart))) return 'none';
	// Up to the end of the clause: "by Oct. 1, but he acknowledged …" takes no tense from the clause after "but".
	const stop = rest.search(CLAUSE_END_AFTER_DATE);
	const words = bareAll((stop < 0 ? rest : rest.slice(0, stop)).split(/\s+/).filter(Boolean).slice(0, 6));
	// After the date, "last" and "ago" belong to other phrases ("in January, last year's ...").
	return tenseOfWords(words, NOT_PAST_AFTER, false);
}

/** A subject with a participle of its own before the date and a modal verb after it ("Agreements reached on Sunday night will leak"). */
export function participleThenModal(text: string, localStart: number, localEnd: number): boolean {
	return MODAL_AFTER.test(text.slice(localEnd, localEnd + 12)) && PARTICIPLE_SUBJECT_BEFORE.test(text.slice(clauseStartBefore(text, localStart), localStart));
}

/** A modal verb right after a date: " will leak", " would count". */
const MODAL_AFTER = /^\s+(?:will|would|can|could|must|should|may|might)\b/;
/** A clause that opens on a plural or bare noun and its participle, with no auxiliary: "Agreements reached on ", "Ballots postmarked by ". */
const PARTICIPLE_SUBJECT_BEFORE = /^\s*(?:(?:the|all|any)\s+)?[A-Za-z]+s\s+(?:[a-z]{3,}ed|made|sent|held|signed|bought|sold|taken|given)\s+(?:on|by|at|before|after)\s+$/;

/** "to" and a verb before a date in its clause, nothing closing the infinitive between: "to surrender to the Bureau on ". */
export const INFINITIVE_BEFORE = /\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|these|those|be|date|which|whom|what)\b)[a-z]{3,}\b[^.;:!?,"“”]*$/;

/** Where the clause after a date ends: a stop (not a title's, "On Thursday, Mr. Higgins will travel"), a quotation mark (what follows a closing one is the attribution: "… in October,” said an economist"), or a comma before a conjunction that opens another clause. */
const CLAUSE_END_AFTER_DATE = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Rev|Jr|Sr|Inc|Co|Corp|Ltd))[.;:!?"”]|,\s+(?:but|and|or|while|although|though|whereas|because)\b/;

/** Words after a date that show it is no modifier of a noun ("the Friday before", "a Tuesday when"). */
const NOT_A_NOUN = new Set(['of', 'to', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'that', 'which', 'who', 'when', 'where', 'as', 'than', 'through', 'until', 'till', 'after', 'before', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'has', 'had', 'have', 'could', 'should', 'may', 'might', 'can', 'did', 'does', 'do', 'this', 'last', 'next', 'night', 'morning', 'afternoon', 'evening']);

/**
 * "get around Wednesday's ruling", "last month's discovery": a date that names a thing by its day
 * (a possessive) takes no tense from the verb of its clause.
 */
export function namesKnownThing(text: string, localEnd: number): boolean {
	return /^['’]s\s+\p{Ll}/u.test(text.slice(localEnd, localEnd + 4));
}

/**
 * "the Jan. 14 deadline", "a Jan. 14 return date", "the Tuesday meeting": a date between an
 * article and its noun names a thing by its day, and the verb of the clause tells little of when
 * that is ("Meissner gave no reason for the Jan. 14 deadline" is a deadline to come).
 */
export function modifiesNoun(text: string, localStart: number, localEnd: number): boolean {
	if (!/\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(text.slice(Math.max(0, localStart - 7), localStart))) return false;
	const noun = /^ (\p{Ll}+)\b(?![-'’])/u.exec(text.slice(localEnd, localEnd + 24))?.[1];
	return noun !== undefined && !NOT_A_NOUN.has(noun);
}

/**
 * A name of one to three capitalised words, then the subject of a clause ("Hastings the Domesday survey", "Waterloo he"):
 * what "twenty years after" names ends with the name.
 */
export const NAME_THEN_SUBJECT = /^((?:[A-Z][\w'’.-]*\s+){1,3})(?=(?:the|a|an|his|her|its|their|he|she|they|it|we)\s)/;

/** Modifiers that TimeML keeps inside a date's extent: "early", "mid-", "late", "the end of", "early in". */
const MODIFIER_BEFORE = /\b(?:(?:the\s+)?(?:early|mid|late)(?:\s+in)?\s*-?\s*|mid-|earlier\s+|later\s+|fiscal\s+|the\s+(?:very\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|close|turn|spring|summer|autumn|fall|winter)\s+of\s+)$/i;

/** How many characters before `localStart` belong to the expression as a modifier (0 if none). */
export function modifierBefore(text: string, localStart: number): number {
	const m = MODIFIER_BEFORE.exec(text.slice(Math.max(0, localStart - 40), localStart));
	if (!m) return 0;
	// "The mid-December change", "the early-January sales": before a month, "the" is the noun's (TimeML keeps it before a
	// decade, "the mid-1990s", not before a month: "mid-December").
	const the = /^the\s+/i.exec(m[0]);
	return the && /-$/.test(m[0]) && MONTH_START.test(text.slice(localStart, localStart + 4)) ? m[0].length - the[0].length : m[0].length;
}
/** The first letters of a month's name. */
const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** What follows "after"/"before" when it is a clause (a subject and its verb, or a verb in -ing), not a named time. */
const CLAUSE_AFTER = /^\s+(?:(?:he|she|they|it|we|I|you|his|her|their|its|our|my|this|these|those)\b|[a-z]+ing\b|(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w.'’-]*\s+){0,3}?(?:was|were|is|are|had|has|have|did|[a-z]{2,}ed|won|lost|led|fled|met|fell|took|made|began|came|went|left|sent|struck|sank|ran|rose|broke|said|held|fought|brought|sought|kept|paid|sold|found|built|wrote|flew|grew|knew|threw|became|withdrew|beat|begins|starts|ends|opens|closes|arrives|returns|finishes|expires|launches)\b)/;
/**
 * A thing named by a common noun after "after"/"before" ("18 days after the explosion", "90 days after their issue date", "48
 * hours before an abortion"), or a moment of a flight or a game named alone ("108 minutes after launch", "31 seconds before
 * liftoff"): no date unless one follows.
 */
const THING_AFTER = /^\s+(?:the|an?|his|her|its|their|our|each|every|any)\s+(?!(?:war|battle|siege|treaty|invasion|revolution|armistice|election|summit|coup|war's)\b)[a-z]+|^\s+(?:launch|lift-?off|take-?off|touchdown|landing|impact|kick-?off|tip-?off|ignition|detonation)\b/;
/** A number written with thousands: "5,000", "1,300,000". */
const THOUSANDS = /\b\d{1,3}(?:,\d{3})+\b/g;
/** Where a thing's noun phrase ends: a stop, a comma, or the subject of a clause after it. */
const THING_END = /[.;!?,]|\s(?:it|he|she|they|we|I|you)\s/;
/** A thing of something named: "the celebrations of the fall of the Berlin Wall". */
const NAMED_OF = /\bof\s+(?:the\s+)?(?:[a-z]+\s+){0,4}?[A-Z]/;
/** A date or a time a clause could still be counted from. */
const DATE_WORD = /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b/i;

/**
 * True when `rest`, the text right after "… after" / "… before", is a clause with no date in it
 * ("a month after Qantas suspended its flights", "30 days before closing the purchase"): there
 * is nothing to count from, and what the text gives is a length of time ("a month"). With `things`, a thing named by a
 * common noun as well ("18 days after the explosion"), as TBAQ-cleaned tags "90 days after their issue date".
 */
export function clauseWithoutDate(rest: string, things = false): boolean {
	const clause = CLAUSE_AFTER.test(rest);
	if (!clause && !(things && THING_AFTER.test(rest))) return false;
	// A verb in -ing ("before withdrawing, and … in November") is a phrase that ends at its comma.
	// A clause ends at its stop, or at a comma before the next ("a week after the tour begins, and will arrive … next fall").
	// A thing is a noun phrase: it ends at a comma or where a clause begins with its subject ("seven hours after the
	// earthquake it reached the coast of Somalia", "two hours after the earthquake, at around 8:45 a.m.").
	const stop = rest.search(/^\s+[a-z]+ing\b/.test(rest) || !clause ? THING_END : /[.;!?]|,\s+(?:and|but|or|while|which|who)\b/);
	// (A count written with thousands, "about 5,000 kilometres", is no date.)
	const said = rest.slice(0, stop < 0 ? 100 : Math.min(stop, 100)).replace(THOUSANDS, '');
	// A thing of a named event ("a day before the celebrations of the fall of the Berlin Wall") has the event's date.
	return !DATE_WORD.test(said) && (clause || !NAMED_OF.test(said));
}

/** A count of years or the like and "to" right before "the day": "32 years to" (the day after): an exact count, no day. */
export const TO_THE_DAY_BEFORE = /\b(?:years?|months?|weeks?|decades?|centur(?:y|ies))\s+to\s+$/i;

/** Granularities that name a day (a day, or a time in one). */
export const BY_DAY: ReadonlySet<string> = new Set(['day', 'hour', 'minute']);

/**
 * In dated news, the candidate right before this one in its sentence, where it is no aside and names a day ahead of the
 * day of writing by at most a week ("odds of 70 percent for Thursday, falling to 40 percent … on Friday … ahead of the
 * weekend"); null otherwise.
 */
export function dayAheadBefore(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	if (!ctx.documentDated || ctx.historical || !ctx.reference) return null;
	const k = ctx.index - 1;
	const before = ctx.candidates[k];
	if (!before || before.sentence.start !== ctx.candidates[ctx.index].sentence.start || before.background) return null;
	const r = ctx.resolveAt(k);
	if (!r || !BY_DAY.has(r.time.granularity)) return null;
	const ahead = ymdToMillis(startYmd(r.time)) - ymdToMillis(ctx.reference);
	return ahead > 0 && ahead <= 7 * 86_400_000 ? { resolved: r, candidate: before } : null;
}

/**
 * The day of the date right before a phrase set beside it (at most three characters away): "2 October 1950—the day after
 * the ROK Army crossed", "On the evening of 28 July, the day after Killiecrankie,". Null where that is no day.
 */
export function dayBeside(ctx: ResolveContext, text: string): Resolved | null {
	const k = ctx.index - 1;
	const r = k >= 0 ? ctx.resolveAt(k) : null;
	if (!r || !BY_DAY.has(r.time.granularity) || ctx.candidates[ctx.index].start - ctx.candidates[k].end > 3) return null;
	const time = r.time.granularity === 'day' ? r.time : dayValue(startYmd(r.time));
	return { ...r, time, stated: [], inferred: ['year', 'month', 'day'], derivation: [...r.derivation, `“${text}” is set beside “${ctx.candidates[k].text}”: the same day → ${time.value}`], confidence: Math.min(r.confidence, 0.8) };
}

/** A day and its month's name in a text ("the night of 21 October", "Oct. 21"): the month's number; 0 if none. */
function dayOfMonthNamed(text: string): number {
	const m = DAY_AND_MONTH.exec(text);
	return m ? monthNumber(m[1] ?? m[2]) : 0;
}
const DAY_AND_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME_SOURCE})\b|\b(${MONTH_NAME_SOURCE})\.?\s+\d{1,2}\b(?!\d)`, 'i');

/** How many years ahead of the story a bare year must lie to be a look ahead, when it ends its paragraph. */
const FLASH_FORWARD_YEARS = 25;

/**
 * In a history, a bare year decades ahead of the story, the last time its paragraph tells, is a look ahead; a date of a later
 * paragraph goes on from the story ("On 5 April more than 100,000 marched … The last six victims were identified only in
 * 2011. ¶ The trial ¶ Blanck and Harris were indicted for manslaughter in April": April 1911). The time told before it in
 * its paragraph, or null where it is no look ahead.
 */
function yearFlashForward(ctx: ResolveContext, narrative: { resolved: Resolved; candidate: Candidate }, self: Candidate): { resolved: Resolved; candidate: Candidate } | null {
	const year = narrative.candidate;
	if (!ctx.historical || year.parser !== 'year' || !/^\d{3,4}$/.test(year.text) || self.passageId === year.passageId) return null;
	const from = ctx.candidates.indexOf(year);
	const next = ctx.candidates[from + 1];
	if (from < 1 || (next && next.passageId === year.passageId)) return null;
	const told = timeToldBefore(ctx, from, year.passageId, false);
	return told && startYmd(narrative.resolved.time).year - startYmd(told.resolved.time).year >= FLASH_FORWARD_YEARS ? told : null;
}

/**
 * The story's time told last before the candidate at `from` (at most six candidates back; not an aside, a look back in the past
 * perfect, a length or a rule), stated by the text: in the paragraph `passageId`, or in those before it with `crossPassages`.
 */
function timeToldBefore(ctx: ResolveContext, from: number, passageId: string, crossPassages: boolean): { resolved: Resolved; candidate: Candidate } | null {
	for (let k = from - 1; k >= Math.max(0, from - 6); k--) {
		const cand = ctx.candidates[k];
		if (cand.passageId !== passageId && !crossPassages) return null;
		if (cand.background || cand.pastPerfect || cand.type === 'DURATION' || cand.type === 'SET') continue;
		const r = ctx.resolveAt(k);
		if (r && r.referenceFree) return { resolved: r, candidate: cand };
	}
	return null;
}

/** How many years behind a day of the story a bare year must lie to be a look back, for a day of a month told after it. */
const LOOK_BACK_YEARS = 50;

/**
 * In a history, a bare year generations behind the day the story is at, told after it in its paragraph, is a look back; a day
 * of a month told after the year goes on from the story ("Seventeen runners set off … on 10 April 1896" after "the messenger
 * who … ran from Marathon to Athens with news of the victory over the Persians in 490 BC": 10 April 1896, not 490 BC). The
 * day told before the year, or null where the year is no such look back.
 */
function yearLookBack(ctx: ResolveContext, narrative: { resolved: Resolved; candidate: Candidate }, self: Candidate): { resolved: Resolved; candidate: Candidate } | null {
	const year = narrative.candidate;
	if (!ctx.historical || year.parser !== 'year' || narrative.resolved.time.granularity !== 'year' || self.passageId !== year.passageId || dayOfMonthNamed(self.text) === 0) return null;
	const from = ctx.candidates.indexOf(year);
	// (The story's day may be told in the paragraph before, where the year is told in a relative clause: "the messenger who …
	// ran … in 490 BC", not "In 490 BC the Persians landed", which may open a section that goes back.)
	const told = timeToldBefore(ctx, from, year.passageId, year.inRelative === true);
	return told && BY_DAY.has(told.resolved.time.granularity) && startYmd(told.resolved.time).year - startYmd(narrative.resolved.time).year >= LOOK_BACK_YEARS ? told : null;
}

/**
 * The year a story is at, past a look back in the past perfect or to an event named by its date: "By the autumn of 1989 the
 * regime looked immovable. Its men had been installed after the invasion of August 1968 … Yet Poland had a non-communist
 * prime minister since August": August of 1989, the story's year, not of the flashback's ("signed with a pen from the
 * Pope's visit of June 1979. … founded on 17 September": of 1980). The date told before the flashback, where it is later than
 * it; `narrative` itself where it is not, or the date in question is in the past perfect too, or in the flashback's
 * sentence ("had seized power on 10 March 1952, …, cancelling the elections due that June"), unless in a clause of its own
 * in the simple past there ("had rejected it in 1490, and a second panel turned it down again in January"), or the look back
 * names an event in the phrase that opens the sentence ("Working from … the census of 1941, he finished his work on 12 August").
 */
export function yearFlashback(ctx: ResolveContext, narrative: { resolved: Resolved; candidate: Candidate } | null): { resolved: Resolved; candidate: Candidate } | null {
	const self = ctx.candidates[ctx.index];
	const forward = narrative && (yearFlashForward(ctx, narrative, self) ?? yearLookBack(ctx, narrative, self));
	if (forward) return forward;
	if (!narrative || !ctx.historical || !(narrative.candidate.pastPerfect || narrative.candidate.eventOf) || self.pastPerfect || (self.sentence.start === narrative.candidate.sentence.start && !self.leavesFlashback && !narrative.candidate.endsOpening)) return narrative;
	// "had left Libau in October 1904 … On the night of 21 October, in the North Sea": a day of the month the look back told
	// goes on with it (not "since August", after "the invasion of August 1968", the month alone).
	if (narrative.candidate.pastPerfect && narrative.resolved.time.granularity === 'month' && dayOfMonthNamed(self.text) === startYmd(narrative.resolved.time).month) return narrative;
	const from = ctx.candidates.indexOf(narrative.candidate);
	const flashback = isoToMillis(narrative.resolved.time.end);
	for (let k = from - 1; k >= Math.max(0, from - 6); k--) {
		const cand = ctx.candidates[k];
		// ("In the six months after the attack on Pearl Harbor on 7 December 1941, Japan had overrun": the known event a look back
		// names in its own sentence is the look back, not the story before it.)
		if (cand.background || cand.dayAfter || cand.pastPerfect || cand.eventOf || (cand.parser === 'namedEvent' && cand.sentence.start === narrative.candidate.sentence.start)) continue;
		const r = ctx.resolveAt(k);
		if (!r || !r.referenceFree) continue;
		// ("It began on 8 September 1941 … and ended on 27 January 1944. ¶ Army Group North had crossed the Soviet border on 22
		// June 1941 … By mid-August it had taken Novgorod": a look back to a day that opens a paragraph starts the story told
		// there; not one to a year or a month, "had entered service in 1983. On 25 April".)
		// (Unless the date is in a clause of its own in the simple past, after the look back in its sentence: "Mongke had died
		// in China on 11 August 1259, and when the news reached Hulagu in the spring he withdrew", after March 1260.)
		// (Nor an event named by its year as the first time of its paragraph, past a summary told before: "… was dissolved in
		// 1820. ¶ Background ¶ The movement toward independence began with the May Revolution of 1810. In mid-May news reached".)
		if (cand.passageId !== narrative.candidate.passageId && (narrative.resolved.time.granularity === 'day' || (narrative.candidate.eventOf && !narrative.candidate.pastPerfect && ctx.candidates[from - 1].passageId !== narrative.candidate.passageId)) && !(self.leavesFlashback && self.sentence.start === narrative.candidate.sentence.start)) return narrative;
		return isoToMillis(r.time.start) >= flashback ? { resolved: r, candidate: cand } : narrative;
	}
	return narrative;
}

/** Is a quotation open at the end of `before` (the text from the start of its paragraph)? */
export function openQuote(before: string): boolean {
	return before.lastIndexOf('“') > before.lastIndexOf('”') || (before.split('"').length - 1) % 2 === 1 || before.split('``').length > before.split("''").length;
}
/** Does `after` (the text to the end of its paragraph) close a quotation it did not open? */
export function closeQuote(after: string): boolean {
	const close = after.indexOf('”');
	return (close >= 0 && (after.indexOf('“') < 0 || close < after.indexOf('“'))) || (after.split('"').length - 1) % 2 === 1 || after.split("''").length > after.split('``').length;
}
/** Is [start, end) of `text` (a passage, or one line of it) inside a quotation: one opened before it, or one closed after it that it did not open? */
export function quotedAt(text: string, start: number, end: number): boolean {
	return openQuote(text.slice(0, start)) || closeQuote(text.slice(end));
}
