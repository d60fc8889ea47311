/**
 * Chrono runs every parser of an engine over the text it is given, and most of them cannot match
 * a given piece: a weekday parser needs a weekday name, a month parser a month name, a numeric
 * parser a digit. Each of chrono's English parsers here has a gate: words or characters every
 * one of its matches holds (read off its pattern; every pattern is case-insensitive, without the
 * `u` flag, so an ASCII letter matches only an ASCII letter). A piece is parsed by an engine
 * with only the parsers whose gates it passes, or not at all when none does. A parser that
 * cannot match finds nothing, and chrono's refiners only see what the parsers found, so the
 * results are the same; only the scans are saved.
 */
import * as chrono from 'chrono-node';
import { buildAutomaton } from '../../text/ahoCorasick.ts';

/**
 * A gate: a piece passes when it holds one of some words (in any case: a pattern without the `u`
 * flag matches an ASCII letter only with an ASCII letter, in either case), or with `digit`, any
 * digit; and, with `re`, only when `re` matches it too (every such pattern needs a digit, so the
 * test is asked only of pieces with one). Each stands for the regex in its comment: all the gates'
 * words are found in one pass over a piece ({@link scanPiece}), not by a regex scan per gate.
 */
interface Gate {
	readonly words: readonly string[];
	readonly digit?: boolean;
	readonly re?: RegExp;
}

/** /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i */
const MONTH: Gate = { words: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] };
/** /\d/ */
const DIGIT: Gate = { words: [], digit: true };
/**
 * chrono's ORDINAL_NUMBER_PATTERN: a number, or an ordinal word ("first" … "thirty-first"; "thirteenth" … "nineteenth" end in "teenth"):
 * /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i
 */
const ORDINAL: Gate = { words: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'teenth', 'twentieth', 'thirtieth'], digit: true };
/** A digit and `re` (which needs one). */
const digits = (re: RegExp): Gate => ({ words: [], digit: true, re });

/** Per parser (by class name): the gates a piece must pass, all of them. A parser not listed always runs. */
const GATES: Record<string, readonly Gate[]> = {
	ENYearMonthDayParser: [digits(/\d\d\d\d/)],
	ISOFormatParser: [digits(/\d\d\d\d-\d/)],
	// Its results have a year ("12.03.98") or a slash ("3/4"): "1.9 million" and "6-3" are matched and dropped.
	SlashDateFormatParser: [digits(/\d\/\d|\d[/.-]\d\d?[/.-]\d\d/)],
	// "5 March", "the fifth of March"; "March 5", "March fifth": a day of the month is always there.
	ENMonthNameLittleEndianParser: [MONTH, ORDINAL],
	ENMonthNameMiddleEndianParser: [MONTH, ORDINAL],
	ENMonthNameParser: [MONTH],
	ENYearMonthNameParser: [MONTH, DIGIT],
	// /sun|mon|tue|wed|thu|fri|sat|week/i
	ENWeekdayParser: [{ words: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'] }],
	ENSlashMonthFormatParser: [digits(/\d\/\d/)],
	ENTimeExpressionParser: [DIGIT],
	// /ago|before|earlier/i
	ENTimeUnitAgoFormatParser: [{ words: ['ago', 'before', 'earlier'] }],
	// /later|after|from now|henceforth|forward|out/i
	ENTimeUnitLaterFormatParser: [{ words: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'] }],
	// /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i
	ENCasualDateParser: [{ words: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night'] }],
	// /morning|afternoon|evening|night|midday|noon/i
	ENCasualTimeParser: [{ words: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'] }],
	// /month/i
	ENEndOfCurrentMonthParser: [{ words: ['month'] }],
	// /this|last|past|next|after/i
	ENRelativeDateFormatParser: [{ words: ['this', 'last', 'past', 'next', 'after'] }],
	// /this|last|past|next|after|\+|-/i
	ENTimeUnitCasualRelativeFormatParser: [{ words: ['this', 'last', 'past', 'next', 'after', '+', '-'] }]
	// ENTimeUnitWithinFormatParser: "in" and a count ("the", "a") and a unit (one letter will do): no useful gate.
};

/** Every distinct gate, once: a piece is tested against each at most once, however many parsers share it. */
const DISTINCT_GATES = [...new Set(Object.values(GATES).flat())];

/** The bit of a piece's scan that says it holds a digit; the gates' words have the bits below it, one per gate. */
const DIGIT_BIT = 1 << DISTINCT_GATES.length;
/** Per distinct gate: the bits of the scan that pass it (its words', and DIGIT_BIT for `digit`). */
const GATE_BITS = DISTINCT_GATES.map((g, k) => (g.words.length ? 1 << k : 0) | (g.digit ? DIGIT_BIT : 0));

/**
 * All the gates' words in one automaton (Aho–Corasick) over ASCII folded to lower case: its
 * classes are the characters the words hold; any other character (every unit above ASCII among
 * them) holds in no word, and goes back to the start state.
 */
const WORD_CHARS: number[] = [];
for (const g of DISTINCT_GATES) for (const w of g.words) for (let i = 0; i < w.length; i++) if (!WORD_CHARS.includes(w.charCodeAt(i))) WORD_CHARS.push(w.charCodeAt(i));
/** The class of each ASCII unit: 1 + the index in WORD_CHARS of it (a letter: of its lower case), 0 for one no word holds. */
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
	const lower = c >= 65 && c <= 90 ? c + 32 : c;
	FOLD[c] = WORD_CHARS.indexOf(lower) + 1;
}
const WIDTH = WORD_CHARS.length + 1;

/** The automaton: next state per state and class (states × WIDTH), and the gates' bits each state completes a word of. */
const { next: NEXT, output: OUTPUT } = buildAutomaton(
	DISTINCT_GATES.flatMap((g, bit) => g.words.map((w) => [w, 1 << bit] as const)),
	(unit) => FOLD[unit],
	Array.from({ length: WIDTH - 1 }, (_, k) => k + 1),
	WIDTH
);


/** The bits of the gates whose words `piece` holds, and DIGIT_BIT when it holds a digit: one pass. */
function scanPiece(piece: string): number {
	let state = 0;
	let found = 0;
	for (let i = 0; i < piece.length; i++) {
		const c = piece.charCodeAt(i);
		if (c >= 48 && c <= 57) found |= DIGIT_BIT;
		state = NEXT[state * WIDTH + (c < 128 ? FOLD[c] : 0)];
		found |= OUTPUT[state];
	}
	return found;
}

/** Does the piece (whose scan found `found`) pass the gate of index `k`? (The regex, if any, last.) */
function passes(k: number, found: number, piece: string): boolean {
	if ((found & GATE_BITS[k]) === 0) return false;
	const re = DISTINCT_GATES[k].re;
	return re === undefined || re.test(piece);
}

/**
 * chrono-node's casual English parsers, in the order `chrono.casual.clone()` lists them: their class
 * names. A minified build (the app's worker) renames the classes, so the parsers of the engine are
 * named by position instead; a unit test checks this list against the real class names.
 */
export const CASUAL_PARSER_NAMES = [
	'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENTimeUnitWithinFormatParser', 'ENMonthNameLittleEndianParser',
	'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser', 'ENTimeUnitAgoFormatParser',
	'ENTimeUnitLaterFormatParser', 'ENYearMonthNameParser', 'ENCasualDateParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser',
	'ENMonthNameParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser'
] as const;

const parserNames = new WeakMap<object, string>();

/** Name the parsers of an engine made by `chrono.casual.clone()`, by position (see CASUAL_PARSER_NAMES). */
export function nameCasualParsers(engine: chrono.Chrono): chrono.Chrono {
	if (engine.parsers.length === CASUAL_PARSER_NAMES.length) engine.parsers.forEach((p, i) => parserNames.set(p, CASUAL_PARSER_NAMES[i]));
	return engine;
}

/** A parser's name: the one given by position, else its class name. */
export function parserName(parser: object): string {
	return parserNames.get(parser) ?? parser.constructor.name;
}

/**
 * What chrono's time parser needs to keep a result, when it is the only parser that may match a
 * piece ("1.9 million", "5.92 percent", "3,000 Americans": numbers, no time). Its pattern
 * (AbstractTimeExpressionParser's primary pattern with ENTimeExpressionParser's prefix and suffix)
 * matches `(at|from)? h{1,4}([.:：]mm(:ss(.ms)?)?)? (am|pm)? (o'clock|at night|in the morning|…)?`,
 * followed by a range's end (`- 5`, `to 5`). Without a prefix, a colon, a meridiem, a suffix or a
 * range, what it matches is digits with at most one dot ("17", "1.9"), and chrono's
 * UnlikelyFormatFilter drops exactly such text. Between the parser and that filter only two of
 * chrono's refiners can lengthen a time's text, each by what follows it: a zone offset
 * (ExtractTimezoneOffsetRefiner, "+05:00") and a zone name (ExtractTimezoneAbbrRefiner, two to four
 * letters); the others merge a time only with a date, a weekday or a relative phrase, which this
 * parser never gives, or act on month and relative results. So a piece that holds none of these
 * after a digit gets nothing from chrono, and is not parsed. (Read off chrono-node 2.10's source;
 * a unit test compares the shortcut with chrono on such pieces.)
 */
const TIME_KEEPS = new RegExp(
	[
		'[:：]', // hour:minute, and the seconds after it
		'(?:at|from)\\s*\\d', // the primary prefix
		'\\d\\s*[apoi]', // a.m., p.m., am, pm; o'clock, at night, in the morning
		'\\d\\s*(?:[-–~〜?]|to|until|through|till)\\s*\\d', // a range's following time
		'\\d\\s*(?:\\(?(?:GMT|UTC)\\s?)?[+-]\\d', // ExtractTimezoneOffsetRefiner's TIMEZONE_OFFSET_PATTERN
		'\\d\\s*,?\\s*\\(?[A-Z]{2,4}\\)?(?=\\W|$)' // ExtractTimezoneAbbrRefiner's TIMEZONE_NAME_PATTERN
	].join('|'),
	'i'
);

/** The parser that {@link TIME_KEEPS} is about. */
const TIME_PARSER = 'ENTimeExpressionParser';

/** Per engine: for each of its parsers, the indices (in DISTINCT_GATES) of its gates; read once, not per piece. */
interface EngineGates {
	parserGates: number[][];
	byMask: Map<number, chrono.Chrono | null>;
	/** The mask of an engine with only the time parser (0 when the engine has none). */
	timeAlone: number;
}

const engineGates = new Map<chrono.Chrono, EngineGates>();

function gatesOf(engine: chrono.Chrono): EngineGates {
	let g = engineGates.get(engine);
	if (!g) {
		const parserGates = engine.parsers.map((p) => (GATES[parserName(p)] ?? []).map((gate) => DISTINCT_GATES.indexOf(gate)));
		const time = engine.parsers.findIndex((p) => parserName(p) === TIME_PARSER);
		engineGates.set(engine, (g = { parserGates, byMask: new Map(), timeAlone: time < 0 ? 0 : 1 << time }));
	}
	return g;
}

/** Per distinct gate: 0 not yet tested on the current piece, 1 passed, 2 failed. */
const verdicts = new Uint8Array(DISTINCT_GATES.length);

/**
 * The engine with the parsers of `engine` (at most 31) that may match `piece`, in the same order
 * and with the same refiners, or null when none may (or the time parser alone may, and chrono
 * would drop all it finds: {@link TIME_KEEPS}).
 */
export function engineForPiece(engine: chrono.Chrono, piece: string): chrono.Chrono | null {
	const parsers = engine.parsers;
	if (parsers.length > 31) return engine;
	const { parserGates, byMask, timeAlone } = gatesOf(engine);
	verdicts.fill(0);
	const found = scanPiece(piece);
	let mask = 0;
	for (let i = 0; i < parserGates.length; i++) {
		let pass = true;
		for (const k of parserGates[i]) {
			if (verdicts[k] === 0) verdicts[k] = passes(k, found, piece) ? 1 : 2;
			if (verdicts[k] === 2) {
				pass = false;
				break;
			}
		}
		if (pass) mask |= 1 << i;
	}
	if (mask === timeAlone && !TIME_KEEPS.test(piece)) return null;
	let gated = byMask.get(mask);
	if (gated === undefined) {
		gated = mask === 0 ? null : new chrono.Chrono({ parsers: parsers.filter((_, i) => mask & (1 << i)), refiners: engine.refiners });
		byMask.set(mask, gated);
	}
	return gated;
}

/**
 * The position of ExtractTimezoneAbbrRefiner among the refiners of `chrono.casual.clone()`, which
 * lists sixteen (a unit test checks both). By position, as the parsers are named: a minified build
 * renames the classes.
 */
export const CASUAL_REFINER_COUNT = 16;
export const ZONE_NAME_REFINER = 8;

/** chrono's TIMEZONE_NAME_PATTERN (ExtractTimezoneAbbrRefiner): what it reads as a zone name after a result. */
const ZONE_NAME_AFTER = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;

/** An instant to ask chrono about a zone name with (a zone with summer time needs one; any will do). */
const ZONE_PROBE = new Date(Date.UTC(2000, 0, 1));

/** chrono's answers so far, by word: a few hundred words of two to four letters follow dates in a text ("THE", "IN"). */
const zoneAnswers = new Map<string, boolean>();

/** Does chrono know the zone `abbr` (its abbreviation map is not exported: asked as a reference's zone)? */
function knownZone(abbr: string): boolean {
	let known = zoneAnswers.get(abbr);
	if (known === undefined) {
		known = chrono.ReferenceWithTimezone.fromInput({ instant: ZONE_PROBE, timezone: abbr }).timezoneOffset != null;
		// Bounded, whatever the text: past this many words, ask chrono each time.
		if (zoneAnswers.size < 4096) zoneAnswers.set(abbr, known);
	}
	return known;
}

/** Is a zone chrono knows written right after `result` in `text` (what ExtractTimezoneAbbrRefiner looks for)? */
function zoneAfter(text: string, result: chrono.ParsingResult): boolean {
	const m = ZONE_NAME_AFTER.exec(text.substring(result.index + result.text.length));
	return m !== null && knownZone(m[1].toUpperCase());
}

/**
 * ExtractTimezoneAbbrRefiner, run only on results that a zone chrono knows follows. For every result
 * followed by a word of two to four letters ("in", "the", "and": most results) the refiner computes the
 * result's date and looks the word up as a zone; when it is none, the refiner leaves the result as it
 * was. So when no result is followed by a known zone the results are returned as they came, without
 * the refiner (a unit test compares the two on text with and without zone names).
 */
class ZoneNameGate implements chrono.Refiner {
	constructor(private readonly refiner: chrono.Refiner) {}

	refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
		// Zones of the caller's own (option.timezones, or the refiner's) are not chrono's: leave those to the refiner.
		const ownZones = context.option.timezones !== undefined || (this.refiner as { timezoneOverrides?: object }).timezoneOverrides !== undefined;
		if (ownZones) return this.refiner.refine(context, results);
		for (const r of results) if (zoneAfter(context.text, r)) return this.refiner.refine(context, results);
		return results;
	}
}

/** `refiners` of `chrono.casual.clone()` with the zone name refiner gated ({@link ZoneNameGate}); any other list as it is. */
export function gateZoneNames(refiners: readonly chrono.Refiner[]): chrono.Refiner[] {
	if (refiners.length !== CASUAL_REFINER_COUNT || refiners[ZONE_NAME_REFINER] instanceof ZoneNameGate) return [...refiners];
	return refiners.map((r, i) => (i === ZONE_NAME_REFINER ? new ZoneNameGate(r) : r));
}

/** A chrono engine that parses every text with only the parsers that may match it ({@link engineForPiece}). */
class GatedChrono extends chrono.Chrono {
	override parse(text: string, referenceDate?: chrono.ParsingReference | Date, option?: chrono.ParsingOption): chrono.ParsedResult[] {
		const gated = engineForPiece(this, text);
		return gated ? gated.parse(text, referenceDate, option) : [];
	}
}

/**
 * `engine` (its parsers and refiners), parsing with only the parsers that may match each text, and
 * (for chrono's casual engine) asking about zone names only after a known zone ({@link gateZoneNames}).
 */
export function gatedChrono(engine: chrono.Chrono): chrono.Chrono {
	return new GatedChrono({ parsers: engine.parsers, refiners: gateZoneNames(engine.refiners) });
}
