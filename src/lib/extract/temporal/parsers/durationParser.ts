/**
 * Durations: "two weeks", "the first nine months", "a 30-year career", "about a decade",
 * "several years". TIMEX3 type DURATION with values P2W, P9M, P30Y, P10Y, PXY. A duration
 * dates nothing by itself, so it never becomes an event; "two weeks later" and "two weeks
 * ago" are dates, found by the offset and chrono parsers, which win at overlaps (longer span).
 */
import type { Candidate } from '../candidate.ts';
import { BARE_NOUN_NEXT, candidateAt, clauseWithoutDate, LENGTH_BEFORE, NIGHT_NOUN_AFTER, placedNowhere, SHIFTED_BEFORE, type Parser, type PassageScope } from '../scope.ts';
import { CARDINAL_SOURCE, parseCardinal } from '../numbers.ts';
import { allMatches, anyOf, holds, matchesIn, matchesInRuns, runPattern } from '../wordFilter.ts';

const UNIT_CODE: Record<string, { code: string; time: boolean; factor: number }> = {
	second: { code: 'S', time: true, factor: 1 },
	minute: { code: 'M', time: true, factor: 1 },
	hour: { code: 'H', time: true, factor: 1 },
	day: { code: 'D', time: false, factor: 1 },
	night: { code: 'D', time: false, factor: 1 },
	week: { code: 'W', time: false, factor: 1 },
	fortnight: { code: 'W', time: false, factor: 2 },
	month: { code: 'M', time: false, factor: 1 },
	quarter: { code: 'Q', time: false, factor: 1 },
	year: { code: 'Y', time: false, factor: 1 },
	decade: { code: 'Y', time: false, factor: 10 },
	century: { code: 'Y', time: false, factor: 100 }
};

const QUANT = String.raw`(?:about|around|nearly|almost|more\s+than|less\s+than|over|under|some|roughly|at\s+least|up\s+to)`;
/**
 * Right before "half a century", "a quarter of a century", "half an hour": a quantifier TimeML draws in, as before a count
 * ("more than half a century", "less than half an hour", "nearly a quarter of a century"; not "about", which it leaves out,
 * nor "little more than", which the annotators of our sets mostly leave out).
 */
const QUANT_INSIDE_BEFORE = /\b(?:(?<!little\s+)more\s+than|less\s+than|nearly|almost)\s+$/i;
const quantBefore = (text: string, at: number) => QUANT_INSIDE_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[0].length ?? 0;
const LEAD = String.raw`(?:(?:another|a\s+further)\s+|(?:the|its|their|his|her|a|an)\s+(?!couple\b|few\b))?(?:(?:first|last|past|next|previous|coming|final|following|remaining|latest|initial|full|entire|whole|same|preceding)\s+)?`;
/**
 * Words TimeML leaves outside a duration: a determiner before a bare count or an adjective ("a five-year plan", "the 23-year"),
 * "only", "just" (not the "a" of "a thousand years"); "another" and "a further" only before an adjective ("another 72-hour
 * ceasefire"): before a count they are inside, as the corpora draw them ("another seven months", "a further six weeks").
 */
const OUTSIDE = /^(?:(?:a|an|its|their|his|her|only|just)\s+(?!(?:hundred|thousand|further)\b))+|^(?:the|another|a\s+further)\s+(?=\d|\S+-(?:second|minute|hour|day|week|month|quarter|year|decade)\b)/i;
/** "another year", "a further month": one more unit (not "another day", as in "to fight another day"). */
const ANOTHER_UNIT = /\b(?:another|a\s+further)\s+(minute|hour|night|fortnight|week|month|quarter|year|decade|century)\b(?!-)/gi;
/**
 * "about five hours", "over three years": TimeML mostly leaves these two quantifiers outside a count (not "about a decade");
 * "almost three years", "roughly 42 seconds": these two too, as most annotators of our sets do ("some", "up to" are split
 * evenly; before "a", as in "almost a year", they are split too, and stay inside).
 */
const QUANT_OUTSIDE = /^(?:about|over)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|several|a\s+few)\b)|^(?:almost|roughly)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)\b)/i;
const UNIT = String.raw`(second|minute|hour|day|night|fortnight|week|month|quarter|year|decade|century|centurie)s?`;
/** One of these is in every match (for {@link matchesIn}); the set parser's rates use it too. */
/** What follows "a quarter" that is a size ("a quarter of", "a quarter point", "a quarter-mile"), not three months ("a quarter-century" is a time). */
const QUARTER_SIZE = /^(?:\s+of\b|[\s-]+(?:points?|percent(?:age)?|miles?|inch(?:es)?|pounds?|acres?|tons?)\b|-(?!(?:century|centuries|hours?)\b)[a-z])/i;
export const UNIT_WORDS = anyOf(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year', 'decade', 'centur']);
/** Every match of VAGUE holds one of the words before its unit. */
const VAGUE_WORDS = anyOf(['past', 'last', 'next', 'coming', 'previous', 'recent', 'several', 'few', 'many', 'following', 'ensuing', 'subsequent', 'preceding', 'intervening']);
/** Every match of AND_A_HALF holds "half", or else "1/2" or "½" (see {@link mayHalve}). */
const HALF = anyOf(['half']);
/** Every match of YEAR_ENDED holds "year" and "end". */
const YEAR = anyOf(['year']);
const END = anyOf(['end']);
/**
 * A count of seasons of play: "the past three seasons", "12 seasons", "five straight seasons" (a season of a sport runs
 * once a year: P3Y, as the annotators write it); not "all four seasons" of the year, nor "the Four Seasons".
 */
const SEASONS = new RegExp(String.raw`\b(?:the\s+(?:past|last|previous|next|first|following)\s+)?(${CARDINAL_SOURCE})(?:\s+(?:straight|consecutive|successive|more|full))?\s+seasons\b`, 'g');
/** A unit made an adjective: "year-long", "decades-long", "day-long" (its count, where one comes before it, is COUNTED's). */
const UNIT_LONG = /\b(second|minute|hour|day|week|month|year|decade|century|centurie)(s)?-long\b/gi;
/** "27 straight months", "five consecutive years": a run of units is a length of time too. */
const COUNTED = new RegExp(String.raw`\b${LEAD}(?:${QUANT}\s+)?(${CARDINAL_SOURCE})(?:\s+(?:more|additional|further|straight|consecutive|successive|single))?(?:\s+|-)${UNIT}(?:-long)?\b`, 'gi');
/** "the past few years", "several more months", "over the following weeks". */
const VAGUE = new RegExp(String.raw`\b(?:(?:the|its)\s+)?(?:(?:past|last|next|coming|previous|recent|several|a\s+few|few|many|the\s+next\s+few|the\s+past\s+few|the\s+last\s+few|following|ensuing|subsequent|preceding|intervening)\s+)(?:more\s+)?(second|minute|hour|day|week|month|quarter|year|decade)s\b`, 'gi');
/**
 * "the years after the storm", "the weeks following the flood", "the years following the First Punic War", "the days after,":
 * "the", a unit in the plural, "after" or "following", and the event (a determiner and a word, or a name) or nothing before a
 * stop. (The event is drawn into the extent, as the corpora draw it.)
 */
const STRETCH_AFTER = /\b[Tt]he\s+(day|week|month|year|decade)s\s+(?:after|following)(?:\s+(?:(?:the|his|her|its|their|this|that)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|[a-z]+\b(?![\w'’-]))|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?=\s*[,.;:!?)]|\s+(?:in|of|on|and|when|as|he|she|it|they|there|was|were|had)\b)|(?=\s*[,.;:!?]))/g;
/** After "one-day": the cricket format ("one-day internationals", "the one-day side"). */
const ONE_DAY_FORMAT = /^\s+(?:internationals?|sides?|series|format|cup|squads?|matches|match|games?|cricket)\b/i;
/** After a count of years, a name: "the Eighty Years' War", "the Hundred Years’ War". */
const NAME_AFTER = /^['’]\s*(?:War|Peace|Truce|Crisis)\b/;
/** Before "last" and a count, a word after which "last" is the verb: "meant to last fifty years", "will begin in April and last about five months". */
const VERB_LAST_BEFORE = /\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not|never|and|'ll)\s+$/i;
/**
 * "over the past decade", "the past fortnight": the ten years (two weeks) up to the time of writing (not "the last decade of the
 * century", a date); "over the coming fortnight", "the next fortnight": two weeks (not "the next decade", a date).
 */
/** "the past year", "the past week", "the past month" (not "the past year's", "the past week of June"). */
const PAST_UNIT_SPAN = /\bthe\s+past\s+(week|month|year)\b(?!s|\s+of\b|['’-])/gi;
const PAST_SPAN = /\bthe\s+(?:(?:past|last)\s+(decade|fortnight)|(?:next|coming|following)\s+(fortnight))\b(?!s|\s+of\b)/gi;
/** "the next day or so", "the coming week or so", "the next month or so": about one unit ahead, a length. */
const NEXT_UNIT_OR_SO = /\bthe\s+(?:next|coming)\s+(day|week|month)\s+or\s+so\b/gi;
/** "over the next decade", "during the coming decade": a span of ten years (the phrase after the preposition). */
// ("over the following decade", "For the next decade John squeezed", "for most of the next decade": ten years too; not "in the
// following decade", "during the following decade", the decade after the story's.)
const NEXT_DECADE_SPAN = /\b(?:(?:over|during|within|throughout)\s+(?=the\s+(?:next|coming)\s)|(?:over|throughout|[Ff]or(?:\s+(?:most|much)\s+of)?)\s+(?=the\s+(?:next|coming|following)\s))(the\s+(?:next|coming|following)\s+decade)\b(?!s|\s+of\b)/gi;
/** "2 1/2 years", "five and a half hours", "a minute and a half": a count and a half of a unit. */
const AND_A_HALF = new RegExp(String.raw`\b${LEAD}(?:${QUANT}\s+)?(?:(${CARDINAL_SOURCE})(?:\s+(?:1\/2|½)|\s+and\s+a\s+half)\s+${UNIT}|(a|an|one|another)\s+${UNIT}\s+and\s+a\s+half)\b`, 'gi');

/** A count and a half in ISO 8601: the half in the next smaller unit (P2Y6M, PT5H30M, PT1M30S). */
function andAHalf(n: number, unit: string): string | null {
	switch (unit.toLowerCase().replace(/ie$/, 'y')) {
		case 'second': return null;
		case 'minute': return `PT${n}M30S`;
		case 'hour': return `PT${n}H30M`;
		case 'day': case 'night': return `P${n}DT12H`;
		case 'week': return `P${n * 7 + 3}DT12H`;
		case 'month': return `P${n}M15D`;
		case 'quarter': return `P${n * 3 + 1}M15D`;
		// ("a year and a half": eighteen months, as every annotator writes it; "2 1/2 years": P2Y6M.)
		case 'year': return n === 1 ? 'P18M' : `P${n}Y6M`;
		case 'decade': return `P${n * 10 + 5}Y`;
		case 'century': return `P${n * 100 + 50}Y`;
		default: return null;
	}
}

/** "half a century", "half an hour": half of one unit (see QUANT_INSIDE_BEFORE for a quantifier before it). */
const HALF_A = /\bhalf\s+(?:a|an)\s+(century|decade|year|day|hour|minute)\b/gi;
const HALF_OF: Record<string, string> = { century: 'P50Y', decade: 'P5Y', year: 'P6M', day: 'PT12H', hour: 'PT30M', minute: 'PT30S' };
/** "a quarter century", "a quarter-century", "a quarter of a century", "another quarter of a century": twenty-five years. */
const QUARTER_CENTURY = /\b(?:a|another)\s+quarter(?:\s+of\s+a\s+|-|\s+)century\b/gi;
/** "a half-century", "the following half-century", "over the next half century": fifty years. */
const HALF_CENTURY = /\b(?:a|another|the\s+(?:following|next|previous|preceding|past|last|first|second))\s+half(?:-|\s+)century\b/gi;
const CENTURY_PARTS: ReadonlyArray<readonly [RegExp, string]> = [[QUARTER_CENTURY, 'P25Y'], [HALF_CENTURY, 'P50Y']];
/** "a quarter of an hour", "three quarters of an hour": fifteen and forty-five minutes. */
const QUARTER_HOUR = /\b(a|one|three)\s+quarters?\s+of\s+an\s+hour\b/gi;
/** (One gate with the centuries' "millenni", shared with the decades' and the offsets' parsers: a text has room for 31 gates.) */
const CENTURY = anyOf(['century', 'millenni']);
/** "two millennia", "a millennium": P2L, P1L, as the annotators write a thousand years. */
const MILLENNIA = new RegExp(String.raw`\b(${CARDINAL_SOURCE})\s+(millennium|millennia)\b`, 'gi');

/** "before" or "after" right after a bare span. */
const SPAN_BEFORE_AFTER = /^\s+(?:before|after)\b/i;
/** A count and its unit, both capitalised and hyphened, at the end: "Five-Year", "Ten-Day". */
const TITLED_COUNT = /\b[A-Z][a-z]+-[A-Z][a-z]+$/;
/** After a bare span, another unit joined to it: " or months", " and years". */
const SPAN_PAIR_AFTER = /^\s+(?:and|or)\s+(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b/i;
/** (And "after weeks of showers", "amid months of talks": a span the thing after "of" filled.) */
const BARE_SPAN = /\b(for|within|(?:take|takes|took|taken|taking|spent|spend|spends|spending|needed|need|needs)(?:\s+(?:only|just|about|nearly|almost|up\s+to))?|(?:after|amid|following|despite)(?=\s+\w+\s+of\s))\s+(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b/gi;

// Runs: every match of these is letters and spaces (with COUNTED, also digits and hyphens) and holds its unit, a
// word of UNIT_WORDS, so each is scanned only in the runs of those characters that hold one (see runPattern).
const COUNTED_RUNS = runPattern(COUNTED, UNIT_WORDS, String.raw`A-Za-z0-9\s,-`);
const VAGUE_RUNS = runPattern(VAGUE, UNIT_WORDS, String.raw`A-Za-z\s`);
const BARE_SPAN_RUNS = runPattern(BARE_SPAN, UNIT_WORDS, String.raw`A-Za-z\s`);
const PAST_SPAN_RUNS = runPattern(PAST_SPAN, UNIT_WORDS, String.raw`A-Za-z\s`);
/** (For a test.) */
export const DURATION_RUNS = [COUNTED_RUNS, VAGUE_RUNS, BARE_SPAN_RUNS];
/** "the months that followed", "the eleven years that followed", "the decade which followed": a length of time told from the story. */
const FOLLOWED_SPAN = new RegExp(String.raw`\bthe\s+(?:(${CARDINAL_SOURCE})\s+)?(days|weeks|months|years|decades|decade)\s+(?:that|which)\s+followed\b`, 'gi');
const FOLLOWED = anyOf(['followed']);
const YEAR_ENDED = /\bthe\s+(?:fiscal\s+)?year(?=\s+(?:that\s+)?end(?:ed|ing|s)\b)/gi;
/** What follows a date, not a duration: "two weeks ago", "a year later", "a 45-year-old", "a year-earlier loss" (not "an hour earlier than planned", a length). */
const NOT_AFTER = /^(?:\s+(?:ago|(?:later|earlier)(?!\s+than\b)|before|after|from\s+now|prior|hence)\b|\s+on\b(?!\s+(?!from\b|since\b)[\p{L}\d])|-olds?\b|\s+old\b|-(?:ago|earlier|before)\b|[\s-]care\b)/iu;

/** Seconds with a fraction, perhaps after minutes: "53.4 seconds", "1 minute 59.4 seconds", "3 minutes and 26.7 seconds". */
const DECIMAL_SECONDS = /\b(?:(\d{1,2})\s+minutes?,?\s+(?:and\s+)?)?(\d{1,3})\.(\d{1,3})\s+seconds?\b/gi;
/** A race time: "2:01:53" (hours up to 9), or minutes and seconds "28:42". */
const RACE_TIME = /\b(?:([0-9]):([0-5]\d):([0-5]\d)|(\d{1,2}):([0-5]\d))\b(?![:.]\d)/g;
/** After a clock time: a.m. or p.m., a zone, "o'clock", "h". */
const CLOCK_AFTER = /^\s*(?:[ap]\.?m\b|[ap]\.m\.|o['’]clock|h\b|hrs\b|(?:GMT|UTC|[ECMP][SD]?T|local)\b)/i;
/** Before a clock time: "at", "by", "from", "until", "since", "to", "before", "after". */
const CLOCK_BEFORE = /\b(?:at|by|from|until|till|since|to|before|after|around|about)\s+$/i;
/** Before a race time of hours: "in", "of", "an unofficial", "the", "winning time". */
const RACE_BEFORE = /\b(?:in|of|(?:an?|the)(?:\s+(?:unofficial|official|winning|record|new|world-record))?)\s+$/i;
/** After a race time of hours: "clocking", "finish", "run", "record". */
const RACE_AFTER = /^\s+(?:clocking|finish|run|record|mark|time)\b/i;

/** Can AND_A_HALF match in the scope: does it hold "half", "1/2" or "½" (which no word gate can tell)? */
function mayHalve(scope: PassageScope): boolean {
	return holds(scope, HALF) || scope.text.includes('1/2') || scope.text.includes('½');
}

/** The fields of ISO 8601's duration, largest first, and the field of each unit a compound may join (not weeks, nights, quarters). */
const FIELDS = ['Y', 'M', 'D', 'TH', 'TM', 'TS'] as const;
const FIELD_OF: Record<string, (typeof FIELDS)[number]> = { year: 'Y', month: 'M', day: 'D', hour: 'TH', minute: 'TM', second: 'TS' };
/** Between the parts of a compound length: "one hour and 48 minutes", "two years, three months". */
const COMPOUND_JOIN = /^(?:\s*,)?\s+and\s+$|^\s*,\s+$|^\s+$/i;

interface Part {
	start: number;
	end: number;
	n: number;
	field: (typeof FIELDS)[number];
}

/**
 * Join counted lengths of falling units told as one ("one hour and 48 minutes" PT1H48M, "two years and three
 * months" P2Y3M); the rest stay as they are. `parts` are in text order.
 */
function compounds(text: string, parts: Part[]): { start: number; end: number; value: string }[] {
	const out: { start: number; end: number; value: string }[] = [];
	for (let i = 0; i < parts.length; i++) {
		const run = [parts[i]];
		while (i + 1 < parts.length) {
			const last = run[run.length - 1];
			const next = parts[i + 1];
			if (FIELDS.indexOf(next.field) <= FIELDS.indexOf(last.field) || !COMPOUND_JOIN.test(text.slice(last.end, next.start))) break;
			run.push(next);
			i++;
		}
		if (run.length < 2) continue;
		let value = 'P';
		for (const f of FIELDS) {
			const part = run.find((p) => p.field === f);
			if (!part) continue;
			if (f.startsWith('T') && !value.includes('T')) value += 'T';
			value += `${part.n}${f.slice(-1)}`;
		}
		out.push({ start: run[0].start, end: run[run.length - 1].end, value });
	}
	return out;
}

/** A length of `n` units (null: some) as TimeML writes it: P3M, PT10M, P20Y for two decades, P3C for three centuries, PXY, PXC for centuries. */
export function durationValue(n: number | null, unit: string): string {
	const u = UNIT_CODE[unit.toLowerCase().replace(/ie$/, 'y')] ?? UNIT_CODE.year;
	// ("for centuries" is PXC, as the annotators write it; "decades" stays PXY, as TBAQ writes it.)
	if (n === null && u.factor === 100) return 'PXC';
	// ("three centuries" is P3C, as most of the annotators write a count of centuries; "a century", P100Y, as most write it.)
	if (u.factor === 100 && n !== null && n >= 2 && Number.isInteger(n)) return `P${n}C`;
	const amount = n === null ? 'X' : String(n * u.factor);
	return u.time ? `PT${amount}${u.code}` : `P${amount}${u.code}`;
}

/**
 * Is the count at `index` (`phrase`, ending at `end`) a length of time before "before", "after" or "afterwards": "for 18
 * months before the council decides", "the two decades after the invasion", "for a few minutes before the explosion", "For
 * over a decade afterwards"?
 */
function lengthBefore(text: string, index: number, phrase: string, end: number): boolean {
	if (!/^\s+(?:after|before|afterwards?)\b/i.test(text.slice(end, end + 12))) return false;
	// The phrase's own first word may say it ("the two decades after", "over 21 years before it closed").
	const lead = LEAD_OF_LENGTH.exec(phrase)?.[0].length ?? 0;
	return LENGTH_BEFORE.test(text.slice(Math.max(0, index - 20), index + lead));
}
/** The first word of a count that may tell a length of time before "before" or "after": "the", "over". */
const LEAD_OF_LENGTH = /^(?:the|over)\s+/i;

/** A unit of distance before "a"/"an" and a unit of time: a speed ("30 miles an hour"), not a length of time nor a rate. */
export const SPEED_BEFORE = /\b(?:miles?|kilomet(?:er|re)s?|km|knots?|feet|foot|yards?|met(?:er|re)s?)\s+$/i;
/** Barrels (of oil) right before "a"/"per" and a unit of time: a flow ("1.45 million barrels a day"), which TimeBank and the annotators leave untagged. */
export const FLOW_BEFORE = /\bbarrels(?:\s+of\s+(?:crude\s+)?oil|\s+of\s+crude)?\s+$/i;

/** A duration candidate (a length of time is placed nowhere). Not a closure per scope: under tsx each named closure costs a `__name` call. */
function durationAt(scope: PassageScope, start: number, end: number, value: string): Candidate {
	return candidateAt(scope, start, end, { parser: 'duration', type: 'DURATION', priority: 1, value, resolve: placedNowhere });
}

export const durationParser: Parser = {
	name: 'duration',
	find(scope) {
		const out: Candidate[] = [];
		const parts: Part[] = [];
		for (const m of matchesInRuns(scope, COUNTED_RUNS)) {
			const end = m.index + m[0].length;
			// "the First Five-Year Plan": a count and its unit in capitals, hyphened, before a capitalised word, is a name.
			if (TITLED_COUNT.test(m[0]) && /^\s+[A-Z]/.test(scope.text.slice(end, end + 3))) continue;
			// "a month after Qantas suspended its flights": a length of time before an undated clause.
			// ("appear about 10 days after exposure, she said": a bare noun after it, no date.)
			const beforeClause = /^\s+(?:after|before)\b/i.test(scope.text.slice(end, end + 8)) && (clauseWithoutDate(scope.text.slice(end).replace(/^\s+(?:after|before)/i, ''), true) || BARE_NOUN_NEXT.test(scope.text.slice(end, end + 40).replace(/^\s+(?:after|before)/i, '')));
			// ("services will start an hour earlier": by how much a time of day moves, a length of time.)
			const shifted = /^(?:minute|hour)/i.test(m[2]) && /^\s+(?:earlier|later)\b/i.test(scope.text.slice(end, end + 10)) && SHIFTED_BEFORE.test(scope.text.slice(Math.max(0, m.index - 24), m.index));
			if (!beforeClause && !shifted && !lengthBefore(scope.text, m.index, m[0], end) && NOT_AFTER.test(scope.text.slice(end, end + 16))) continue;
			// "the Eighty Years' War", "the Seven Years’ War": a name; so is "a Day of Remembrance", a capitalised unit after a count in lower case (not a headline's "Twelve Years of
			// Injustice") before "of" and a capital.
			if (NAME_AFTER.test(scope.text.slice(end, end + 8)) || (/^[A-Z]/.test(m[2]) && /^[a-z]/.test(m[1]) && /^\s+of\s+(?:the\s+)?[A-Z]/.test(scope.text.slice(end, end + 12)))) continue;
			// "the one-day side", "three one-day internationals": a format of cricket, not a length of time.
			if (/^one-day$/i.test(m[0].slice(-7)) && ONE_DAY_FORMAT.test(scope.text.slice(end, end + 16))) continue;
			const n = parseCardinal(m[1]);
			if (m[1].toLowerCase() === 'the') continue;
			// "defeated Narváez in a night attack", "a night shift": "night" before a noun says when a thing is done, not how long.
			if (/^(?:a|one)$/i.test(m[1]) && /^night$/i.test(m[2]) && NIGHT_NOUN_AFTER.test(scope.text.slice(end, end + 16))) continue;
			// "30 miles an hour": a speed; "250,000 barrels a day": a flow.
			if (/^(?:a|an)$/i.test(m[1]) && (SPEED_BEFORE.test(scope.text.slice(Math.max(0, m.index - 16), m.index)) || FLOW_BEFORE.test(scope.text.slice(Math.max(0, m.index - 30), m.index)))) continue;
			// "a second attack", "three quarters of the troops": ordinals and fractions, not durations.
			if (/^(?:a|an)$/i.test(m[1]) && /^second/i.test(m[2])) continue;
			// ("a quarter point", "a quarter-point cut", "a quarter-mile down the road": a size, not a length of time.)
			if (/^quarter/i.test(m[2]) && QUARTER_SIZE.test(scope.text.slice(end, end + 12))) continue;
			// ("a quarter century", "a quarter-century": twenty-five years, below.)
			if (/^quarter$/i.test(m[2]) && /^(?:\s+of\s+a\s+|[\s-])century\b/i.test(scope.text.slice(end, end + 16))) continue;
			// "Turnout has dropped by a quarter": a share.
			if (/^quarter/i.test(m[2]) && /^(?:a|one)$/i.test(m[1]) && /\bby\s+$/i.test(scope.text.slice(Math.max(0, m.index - 4), m.index))) continue;
			// "meant to last fifty years", "would last almost seventy years": the verb "last" stays out, not the adjective.
			const verb = /^last\s+/i.exec(m[0]) && VERB_LAST_BEFORE.test(scope.text.slice(Math.max(0, m.index - 12), m.index)) ? /^last\s+/i.exec(m[0])![0].length : 0;
			const body = m[0].slice(verb);
			const trim = OUTSIDE.exec(body) ?? QUANT_OUTSIDE.exec(body);
			// "a month-long siege", "a months-long standoff": the adjective alone, as the annotators draw it ("a" is the noun's);
			// in the plural, a length not counted.
			const adjective = /-long$/i.test(m[0]) && /^(?:a|an)$/i.test(m[1]) ? m[0].search(/[A-Za-z]+-long$/) : -1;
			if (adjective >= 0) {
				out.push(durationAt(scope, m.index + adjective, end, durationValue(/s-long$/i.test(m[0]) ? null : 1, m[2])));
				continue;
			}
			const cut = trim && !/^(?:a|an)\b/i.test(m[1]) && !/^an?\s+hundred\b/i.test(body) && trim[0].length < body.length - m[1].length ? trim[0].length : 0;
			out.push(durationAt(scope, m.index + verb + cut, end, durationValue(/several|few/i.test(m[1]) ? null : n, m[2])));
			const field = FIELD_OF[m[2].toLowerCase()];
			if (field && n !== null && !/several|few/i.test(m[1])) parts.push({ start: m.index + verb + cut, end, n, field });
		}
		// "The year-long trial", "a decades-long feud", "day-long talks": a unit made an adjective with no count before it.
		for (const m of scope.text.includes('-long') ? allMatches(scope.text, UNIT_LONG) : []) {
			if (/[\w-]$/.test(scope.text.slice(Math.max(0, m.index - 1), m.index)) || /\b(?:a|an)\s+$/i.test(scope.text.slice(Math.max(0, m.index - 4), m.index))) continue;
			out.push(durationAt(scope, m.index, m.index + m[0].length, durationValue(m[2] ? null : 1, m[1])));
		}
		// (Found by a search for the word, not by a gate: the word filter's gates are all taken.)
		for (const m of scope.text.includes('seasons') ? allMatches(scope.text, SEASONS) : []) {
			const end = m.index + m[0].length;
			const n = parseCardinal(m[1]);
			if (n === null || n < 2 || NOT_AFTER.test(scope.text.slice(end, end + 16))) continue;
			if (/^four$/i.test(m[1]) && !/^the\s/i.test(m[0])) continue;
			out.push(durationAt(scope, m.index, end, `P${n}Y`));
		}
		for (const m of matchesIn(scope, ANOTHER_UNIT, UNIT_WORDS)) {
			const end = m.index + m[0].length;
			if (NOT_AFTER.test(scope.text.slice(end, end + 16)) && !lengthBefore(scope.text, m.index, m[0], end)) continue;
			// ("another quarter of a century": twenty-five years, below.)
			if (/^quarter$/i.test(m[1]) && QUARTER_SIZE.test(scope.text.slice(end, end + 12))) continue;
			out.push(durationAt(scope, m.index, end, durationValue(1, m[1])));
		}
		// "one hour and 48 minutes": one length, which wins over its parts (the longer span).
		for (const c of parts.length > 1 ? compounds(scope.text, parts) : []) out.push(durationAt(scope, c.start, c.end, c.value));
		for (const m of matchesInRuns(scope, VAGUE_RUNS, VAGUE_WORDS)) {
			const end = m.index + m[0].length;
			if (!lengthBefore(scope.text, m.index, m[0], end) && NOT_AFTER.test(scope.text.slice(end, end + 16))) continue;
			// "in recent years" is also a past reference; TimeML calls both a vague duration.
			// ("in the coming months": TBAQ's one and most of the sets' are a reference to the future, FUTURE_REF; "the coming weeks"
			// and "the coming days" are mostly lengths, PXW and PXD.)
			if (/^the\s+coming\s+months$/i.test(m[0])) {
				out.push(candidateAt(scope, m.index, end, { parser: 'duration', type: 'DATE', priority: 1, value: 'FUTURE_REF', resolve: placedNowhere }));
				continue;
			}
			out.push(durationAt(scope, m.index, end, durationValue(null, m[1])));
		}
		for (const m of mayHalve(scope) ? matchesIn(scope, AND_A_HALF, UNIT_WORDS) : []) {
			const n = m[1] !== undefined ? parseCardinal(m[1]) : 1;
			const value = n === null ? null : andAHalf(n, m[2] ?? m[4]);
			if (!value) continue;
			// "a minute and a half": TimeML keeps the article; "about" and "over" it leaves out ("about 5 1/2 hours").
			const cut = QUANT_OUTSIDE.exec(m[0])?.[0].length ?? 0;
			out.push(durationAt(scope, m.index + cut, m.index + m[0].length, value));
		}
		for (const m of holds(scope, HALF) ? matchesIn(scope, HALF_A, UNIT_WORDS) : []) {
			const end = m.index + m[0].length;
			// ("half a century later" is a date; "half an hour after the statement", a length of time before a thing with no date.)
			const rest = scope.text.slice(end, end + 16);
			if (NOT_AFTER.test(rest) && !(/^\s+(?:after|before)\b/i.test(rest) && clauseWithoutDate(scope.text.slice(end).replace(/^\s+(?:after|before)/i, ''), true))) continue;
			out.push(durationAt(scope, m.index - quantBefore(scope.text, m.index), end, HALF_OF[m[1].toLowerCase()]));
		}
		for (const m of matchesIn(scope, QUARTER_HOUR, UNIT_WORDS)) {
			const end = m.index + m[0].length;
			// ("a quarter of an hour later" is a time; the offset parser reads it.)
			if (NOT_AFTER.test(scope.text.slice(end, end + 16))) continue;
			out.push(durationAt(scope, m.index - quantBefore(scope.text, m.index), end, /^three$/i.test(m[1]) ? 'PT45M' : 'PT15M'));
		}
		for (const [pattern, value] of CENTURY_PARTS) {
			for (const m of matchesIn(scope, pattern, CENTURY)) {
				const end = m.index + m[0].length;
				// ("a quarter of a century later" is a date; "a quarter century after the flood", a length of time.)
				const rest = scope.text.slice(end, end + 12);
				if (NOT_AFTER.test(rest) && !(/^\s+(?:after|before)\b/i.test(rest) && clauseWithoutDate(scope.text.slice(end).replace(/^\s+(?:after|before)/i, ''), true))) continue;
				out.push(durationAt(scope, m.index - quantBefore(scope.text, m.index), end, value));
			}
		}
		for (const m of matchesIn(scope, MILLENNIA, CENTURY)) {
			const n = parseCardinal(m[1]);
			const end = m.index + m[0].length;
			// ("two millennia later" is a date: the offsets' parser reads it.)
			if (!n || (n === 1) !== /um$/i.test(m[2]) || NOT_AFTER.test(scope.text.slice(end, end + 16))) continue;
			out.push(durationAt(scope, m.index - quantBefore(scope.text, m.index), end, `P${n}L`));
		}
		// "for years", "within weeks", "may take months", "spent months on the road": a length of time without a number;
		// TimeML tags the unit alone.
		for (const m of matchesInRuns(scope, BARE_SPAN_RUNS)) {
			const end = m.index + m[0].length;
			// ("for weeks or months", "for years and years": one span the words make together; "within minutes and fought",
			// "within hours of the announcement" are the unit alone.)
			// ("for decades after his death", "burned for hours before it sank": after "for", a span, not a count from a time.)
			const after = scope.text.slice(end, end + 16);
			if ((NOT_AFTER.test(after) && !(/^for$/i.test(m[1]) && SPAN_BEFORE_AFTER.test(after))) || SPAN_PAIR_AFTER.test(scope.text.slice(end, end + 24))) continue;
			out.push(durationAt(scope, end - m[2].length, end, durationValue(null, m[2].replace(/s$/i, ''))));
		}
		// ("the past fortnight": two weeks.)
		for (const m of matchesInRuns(scope, PAST_SPAN_RUNS)) out.push(durationAt(scope, m.index, m.index + m[0].length, /^d/i.test(m[1] ?? '') ? 'P10Y' : 'P2W'));
		// "Prices rose over the past year", "in the past week": the year (week, month) up to the time of writing, a length, as the
		// sets write it 24 times against 2 (chrono reads a date: the year before, or the day a week back).
		if (scope.text.includes('past')) for (const m of scope.text.matchAll(PAST_UNIT_SPAN)) out.push({ ...durationAt(scope, m.index, m.index + m[0].length, `P1${m[1][0].toUpperCase()}`), priority: 5 });
		// "over the next decade thousands of allotments were made": the ten years from the time told, a length (not "in the next
		// decade", the decade after it).
		if (scope.text.includes('decade')) for (const m of scope.text.matchAll(NEXT_DECADE_SPAN)) out.push({ ...durationAt(scope, m.index + m[0].length - m[1].length, m.index + m[0].length, 'P10Y'), priority: 5 });
		// "Over the next day or so, the storm will be over very warm water": about a day from now, a length.
		if (scope.text.includes(' or so')) for (const m of scope.text.matchAll(NEXT_UNIT_OR_SO)) out.push({ ...durationAt(scope, m.index, m.index + m[0].length, `P1${m[1][0].toUpperCase()}`), priority: 5 });
		for (const m of matchesIn(scope, FOLLOWED_SPAN, FOLLOWED)) {
			const n = m[1] !== undefined ? parseCardinal(m[1]) : null;
			if (m[1] !== undefined && n === null) continue;
			// ("the decade that followed", the one unit the pattern takes in the singular: ten years.)
			const singular = !/s$/i.test(m[2]);
			out.push(durationAt(scope, m.index, m.index + m[0].length, durationValue(singular ? 1 : n, m[2].toLowerCase().replace(/s$/, ''))));
		}
		// "won in 2:01:53", "reached halfway in 1:00:48", "ran the last 10 kilometres in 28:42", "an unofficial 1:59:40": a race
		// time, a length of time (not a clock time: no "at", no a.m. or p.m.; minutes alone only past what an hour can be).
		if (scope.text.includes(':')) {
			for (const m of scope.text.matchAll(RACE_TIME)) {
				const before = scope.text.slice(Math.max(0, m.index - 24), m.index);
				const after = scope.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
				if (CLOCK_AFTER.test(after) || CLOCK_BEFORE.test(before)) continue;
				const [h, mi, se] = m[1] !== undefined ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, Number(m[4]), Number(m[5])];
				// (Minutes and seconds alone, "28:42", only where they cannot be a clock time, or after "in".)
				if (m[1] === undefined && mi < 24 && !/\bin\s+$/i.test(before)) continue;
				if (m[1] !== undefined && !RACE_BEFORE.test(before) && !RACE_AFTER.test(after)) continue;
				const value = `PT${h ? `${h}H` : ''}${mi ? `${mi}M` : ''}${se ? `${se}S` : ''}`;
				if (value !== 'PT') out.push(durationAt(scope, m.index, m.index + m[0].length, value));
			}
		}
		// "ran 3 minutes 26.7 seconds", "covered the final 400 in 53.4 seconds": seconds with a fraction, perhaps after minutes.
		for (const m of matchesIn(scope, DECIMAL_SECONDS, UNIT_WORDS)) out.push(durationAt(scope, m.index, m.index + m[0].length, `PT${m[1] !== undefined ? `${Number(m[1])}M` : ''}${Number(m[2])}.${m[3]}S`));
		// "the year ended Sept. 30", "the fiscal year ending June 30": a reporting year, a year long, told by its end.
		for (const m of matchesIn(scope, YEAR_ENDED, YEAR, END)) out.push(durationAt(scope, m.index, m.index + m[0].length, 'P1Y'));
		// "In the years after the storm", "the weeks following the flood", "the years following the First Punic War", "In the
		// days after,": a stretch of time after an event, not counted, with the event it follows (PXY).
		for (const m of matchesIn(scope, STRETCH_AFTER, UNIT_WORDS)) {
			const unit = m[1].toLowerCase();
			// (Before chrono's reading of "the days after" as a date with no value.)
			out.push({ ...durationAt(scope, m.index, m.index + m[0].length, `PX${unit === 'day' ? 'D' : unit === 'week' ? 'W' : unit === 'month' ? 'M' : 'Y'}`), priority: 4 });
		}
		return out;
	}
};
