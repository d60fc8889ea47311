/**
 * Expressions -> events. Each dated expression dates the event its clause tells of; the same
 * event found again (a repeated paragraph, the same known event, the same day in one text, a
 * later "the meeting") becomes one event with all its mentions.
 */
import type { Mention, TemporalExpression, TextDocument, TimelineEvent, TimeValue } from '../types.ts';
import { getKnownEvent } from '../knowledge/knowledgeBase.ts';
import { CLOCK_THEN_DAY_SOURCE, isoToMillis, MONTH_NAMES, ZONE_AFTER, ZONE_SOURCE } from '../timex.ts';
import { clauseTitle, hasVerb, isSubject, resolvePronoun, shorten, titleFaults } from './eventTitle.ts';
import { taggedTitle, titleVerbTagged } from './taggedTitle.ts';
import { taggedVerb } from './tagger.ts';
import { kindOf, referencesIn, triggersOf } from './triggers.ts';
import { firstAtOrAfter } from '../firstAtOrAfter.ts';
import { namesDate, onlyTellsDate } from '../temporal/toldDates.ts';
import { ANNIVERSARY_NOUN_SOURCE } from '../temporal/numbers.ts';

/** A clock time in brackets that restates the one before it: " (1700 GMT)", " (0700 GMT)", " (8 p.m. ET)". */
const RESTATED_CLOCK = new RegExp(String.raw`^\s*\(\s*(?:\d{1,2}[:.]\d{2}|\d{4}|\d{1,2}\s*[ap]\.?m\.?)\s*(?:${ZONE_SOURCE})?\s*\)`);

/** An event being built: the event without its id (given once all are found), and what merging needs. */
interface Draft extends Omit<TimelineEvent, 'id'> {
	triggers: Set<string>;
	/** Nouns of the same kind as a trigger ("talks" for a meeting): they name the event only after it is told. */
	synonyms: Set<string>;
	/**
	 * `documentId:start:end` of each mention, to add each once: made at the first mention added
	 * (most events never get a second one), from the mentions then (until later references are
	 * added, at the end, the keys of `mentions` exactly).
	 */
	seen: Set<string> | null;
	anniversary: boolean;
	/** Title priority: a clause that says what happened beats an anniversary phrase, which beats a known event's name. */
	rank: number;
}

/** A year alone, and a word in lower case after it: "2022 apartment", "2025 revenue". */
const YEAR_BEFORE_NOUN = /^(?:1\d{3}|20\d{2})\s+[a-z]/;
/** The end of a clause: a comma, a semicolon, a colon, a dash, a full stop (not an abbreviation's, "Jan.", nor a decimal point). */
const CLAUSE_END = /[,;:!?—–]|\s-\s|(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|U\.S|[A-Z]))\.(?:\s|$)/;

/**
 * Where the title stops right before its date and the date is a year before a noun ("… in deadly | 2022 apartment fire"),
 * the title with that noun phrase, to the end of its clause; null where it is not.
 */
function attributiveYearTitle(sentence: string, span: { start: number; end: number }, title: string): string | null {
	const rest = sentence.slice(span.start);
	if (!title || !YEAR_BEFORE_NOUN.test(rest)) return null;
	const plain = title.replace(/…$/, '');
	// (Where the title starts in the sentence: written in lower case there, or as it is, right before the year.)
	const at = sentence.lastIndexOf(plain.charAt(0).toLowerCase() + plain.slice(1), span.start);
	const from = at >= 0 && sentence.slice(at + plain.length, span.start).trim() === '' ? at : sentence.lastIndexOf(plain, span.start);
	if (from < 0 || sentence.slice(from + plain.length, span.start).trim() !== '') return null;
	const end = rest.search(CLAUSE_END);
	const clause = sentence.slice(from, span.start) + (end < 0 ? rest : rest.slice(0, end));
	return clause.charAt(0).toUpperCase() + clause.slice(1).trimEnd();
}

/** A comma, a relative pronoun and its verb ending a title: ", which lasted", ", who died". */
const RELATIVE_VERB_END = /,\s+(?:which|who)\s+([a-z]+)$/;

/** What may open a sentence before a date that is its subject: "Then", "But", "And", "Yet". */
const SUBJECT_LEAD = /^(?:(?:then|but|and|yet|so)\s+)?$/i;
/** A verb a date as subject takes: "was", "brought", "came", "saw", "belonged". */
const DATE_SUBJECT_VERB = /^(?:was|were|is|are|has\s+been|had\s+been|became|remained|brought|came|saw|marked|belonged|proved|found|began|ended|opened|closed|passed|decided)\b/i;

/**
 * Where the date is the subject of its clause and `title` is the rest of that clause ("The winter | was the real test",
 * "Ten days later | came the heaviest assault"), the clause with its subject: "The winter was the real test". Null where
 * it is not.
 */
function dateSubject(sentence: string, span: { start: number; end: number }, title: string): string | null {
	if (!title) return null;
	const lead = sentence.slice(0, span.start);
	const rest = sentence.slice(span.end).replace(/^\s+/, '');
	const lowered = title.charAt(0).toLowerCase() + title.slice(1);
	if (!SUBJECT_LEAD.test(lead.trim()) || !DATE_SUBJECT_VERB.test(rest) || !rest.startsWith(lowered.replace(/…$/, ''))) return null;
	const clause = sentence.slice(span.start, span.end) + ' ' + lowered;
	return clause.charAt(0).toUpperCase() + clause.slice(1);
}

function mentionOf(e: TemporalExpression): Mention {
	return { documentId: e.documentId, passageId: e.passageId, start: e.start, end: e.end, text: e.text };
}

/** How much of a sentence around an expression its title may draw on: titles are short, and run-on "sentences" can be megabytes. */
const TITLE_WINDOW = 400;

/** The sentence holding an expression, clipped to a window around it. */
function sentenceOf(passages: ReadonlyMap<string, TextDocument['passages'][number]>, e: TemporalExpression): { start: number; end: number } {
	const p = passages.get(e.passageId);
	const sentences = p?.sentences ?? [];
	const k = firstAtOrAfter(sentences, e.start + 1) - 1;
	const found = sentences[k] && e.start < sentences[k].end ? sentences[k] : undefined;
	const s = found ?? { start: p?.start ?? e.start, end: p?.end ?? e.end };
	return { start: Math.max(s.start, e.start - TITLE_WINDOW), end: Math.min(s.end, e.end + TITLE_WINDOW) };
}

/** A conjunct cut to one word at the end of a tagged title ("Bukhara fell and Samarkand", "Epidemics returned and again"). */
const CUT_CONJUNCT_END = /\s(?:and|or)\s+\S+$/;
/** A title that is a preposition alone, left of a date phrase cut out: "On", "In", "At", "From". */
const LONE_PREPOSITION = /^(?:On|In|At|From|By|During|Until|After|Before|Since)$/;
/** What may open a sentence before its date: a preposition, perhaps with "about" ("At about"). */
const OPENS_SENTENCE = /^\s*(?:on|in|at|from|by|during|until|after|before|since)(?:\s+(?:about|around|roughly))?\s*$/i;

/** A passage that holds only the date `e` (and punctuation): a heading of a chronicle, "Sunday 5 March". */
function headingAlone(passages: ReadonlyMap<string, TextDocument['passages'][number]>, e: TemporalExpression): TextDocument['passages'][number] | undefined {
	const p = passages.get(e.passageId);
	if (!p || p.end - p.start > e.end - e.start + 4) return undefined;
	return HEADING_REST.test(p.text.slice(0, e.start - p.start)) && HEADING_REST.test(p.text.slice(e.end - p.start)) ? p : undefined;
}
/** What may stand beside a date in a heading of its own: spaces and punctuation. */
const HEADING_REST = /^[\s.,:;–—-]*$/;

/** The sentence that holds a mention: its passage and the sentence's index there. */
function sentenceKey(passages: ReadonlyMap<string, TextDocument['passages'][number]>, m: Mention): string {
	const sentences = passages.get(m.passageId)?.sentences ?? [];
	return `${m.passageId}:${firstAtOrAfter(sentences, m.start + 1) - 1}`;
}

/** The events each sentence tells (by {@link sentenceKey}): those with a mention in it. */
function draftsBySentence(passages: ReadonlyMap<string, TextDocument['passages'][number]>, drafts: readonly Draft[]): Map<string, Set<Draft>> {
	const out = new Map<string, Set<Draft>>();
	for (const d of drafts) {
		for (const m of d.mentions) {
			const key = sentenceKey(passages, m);
			const set = out.get(key);
			if (set) set.add(d);
			else out.set(key, new Set([d]));
		}
	}
	return out;
}

/** Does a sentence (the events it tells) tell an event other than `draft`? */
function tellsAnother(told: ReadonlySet<Draft> | undefined, draft: Draft): boolean {
	if (told) for (const d of told) if (d !== draft) return true;
	return false;
}

/**
 * Does `phrase` open the subject of another event its sentence tells by a date of its own, a subject that names a
 * thing of its own ("The battle for Ammunition Hill began at 02:30 on 6 June", after "an air battle over the Golan" on
 * 7 April)? Then it is no later reference to `draft`. ("The uprising was crushed at the end of March" still refers back.)
 */
function subjectOfAnother(told: ReadonlySet<Draft> | undefined, draft: Draft, phrase: string): boolean {
	if (!told) return false;
	const lower = phrase.toLowerCase();
	for (const d of told) if (d !== draft && d.title.toLowerCase().startsWith(lower) && NAMED_BY_AFTER.test(d.title.slice(lower.length))) return true;
	return false;
}
/** After a noun, a phrase that says which one: " for Ammunition Hill", " of Sedan", " at Gettysburg". */
const NAMED_BY_AFTER = /^\s+(?:for|of|at|near|on|in|over)\s+(?:the\s+)?[A-Z]/;

/** The first instant of the day or month that holds `ms`. */
function floorTo(ms: number, unit: 'day' | 'month'): number {
	const d = new Date(ms);
	const out = new Date(0);
	out.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth(), unit === 'day' ? d.getUTCDate() : 1);
	return out.getTime();
}

/** The first instant after the day or month that ends at `ms` (exclusive); `ms` itself when it is on such a bound. */
function ceilTo(ms: number, unit: 'day' | 'month'): number {
	const floor = floorTo(ms, unit);
	if (floor === ms) return ms;
	const d = new Date(floor);
	if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
	else d.setUTCDate(d.getUTCDate() + 1);
	return d.getTime();
}

/**
 * Does a told time say the same as a known event's, as precisely as it is told: the known span, widened to the
 * told time's days or months, is the told time ("May to October 1851" and 1 May to 15 October 1851).
 */
function agrees(known: TimeValue, told: TimeValue): boolean {
	// (Not a year: "In 1914 the war began, and the Marne halted the Germans" tells two events.)
	const unit = told.granularity;
	if (unit !== 'day' && unit !== 'month') return false;
	return floorTo(isoToMillis(known.start), unit) === isoToMillis(told.start) && ceilTo(isoToMillis(known.end), unit) === isoToMillis(told.end);
}

/** A month's name in lower case; "the" right before a word; a capitalised word right after one. */
const MONTH_ALONE = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));
const THE_BEFORE = /\bthe\s$/i;
const NAME_AFTER = /^\s[A-Z][a-z]/;

/** A month alone between "the" and a capitalised word: in a name ("The July Crisis", "the October Revolution"). */
function monthInName(text: string, e: TemporalExpression): boolean {
	return e.time?.granularity === 'month' && MONTH_ALONE.has(e.text.toLowerCase()) && THE_BEFORE.test(text.slice(Math.max(0, e.start - 4), e.start)) && NAME_AFTER.test(text.slice(e.end, e.end + 3));
}

/**
 * Is `e` a date the text names ("the president called December 7, 1941, “a date which will live in infamy”") or only
 * tells, with nothing done on it ("In Japan, … it was already December 8.")? Neither is an event of its own.
 */
function dateNamedOrTold(text: string, e: TemporalExpression, previous: TemporalExpression | undefined): boolean {
	const before = text.slice(Math.max(0, e.start - 24), e.start);
	if (namesDate(before)) return true;
	// (Where a time told before it in its sentence dates what happened, the date joins that event as its mention: "Twenty-five
	// days later the two armies met at Towton; it was Palm Sunday, 29 March 1461.")
	const toldBefore = !!previous && previous.end <= e.start && !STOP_BETWEEN.test(text.slice(previous.end, e.start));
	return onlyTellsDate(before, text.slice(e.end, e.end + 4)) && !toldBefore;
}
/** A sentence's end between two expressions. */
const STOP_BETWEEN = /[.!?]["”’)]*\s/;

function isEventExpression(e: TemporalExpression): e is TemporalExpression & { time: TimeValue } {
	return !!e.time && (e.type === 'DATE' || e.type === 'TIME') && !/^(now|today|currently)$/i.test(e.text);
}

function mentionKey(m: Mention): string {
	return `${m.documentId}:${m.start}:${m.end}`;
}

function addMention(d: Draft, m: Mention) {
	const key = mentionKey(m);
	d.seen ??= new Set(d.mentions.map(mentionKey));
	if (d.seen.has(key)) return;
	d.seen.add(key);
	d.mentions.push(m);
}

/** `e` joins the event of `first` as one event over both, to `end` when that is later ("May 4 and 5", "7 a.m. to 7 p.m."). */
function joinSpan(draft: Draft, first: TemporalExpression, e: TemporalExpression & { time: TimeValue }, end: string, joint: string, how: string) {
	addMention(draft, mentionOf(e));
	if (isoToMillis(end) <= isoToMillis(draft.time.end)) return;
	draft.time = { ...draft.time, value: `${draft.time.value.split('/')[0]}/${e.time.value}`, end };
	draft.derivation.push(`“${first.text}” ${joint} “${e.text}” ${how} → ${draft.time.value}`);
}

function merge(into: Draft, from: Draft) {
	for (const m of from.mentions) addMention(into, m);
	for (const t of from.triggers) into.triggers.add(t);
	for (const t of from.synonyms) if (!into.triggers.has(t)) into.synonyms.add(t);
	if (from.rank > into.rank) {
		const anniversaryTitle = into.anniversary ? into.title : null;
		into.title = from.title;
		into.rank = from.rank;
		into.derivation = [...from.derivation, ...into.derivation.filter((x) => !from.derivation.includes(x))];
		into.provenance = from.provenance;
		if (anniversaryTitle) into.title = joinAnniversary(into.title, anniversaryTitle);
	} else {
		if (from.anniversary && !into.anniversary) into.title = joinAnniversary(into.title, from.title);
		for (const x of from.derivation) if (!into.derivation.includes(x)) into.derivation.push(x);
	}
	into.anniversary ||= from.anniversary;
	into.confidence = Math.max(into.confidence, from.confidence);
	into.knowledgeId ??= from.knowledgeId;
}

/** "Military parade in Red Square" + "80th anniversary of X" -> "Military parade in Red Square for the 80th anniversary". */
function joinAnniversary(title: string, anniversaryTitle: string): string {
	const ordinal = /^(.*?anniversary)\b/i.exec(anniversaryTitle)?.[1];
	if (!ordinal || title === anniversaryTitle) return title;
	const joined = `${title} for the ${ordinal.replace(/^the\s+/i, '')}`;
	return joined.length <= 64 ? joined : title;
}

/**
 * "The Geneva summit is the first since 2018": a title that opens with a definite reference to an
 * event noun an earlier event already owns speaks of that event; the noun does not make this one
 * a second owner (which would leave later references to either unattached).
 */
function refersBack(title: string, noun: string, named: ReadonlySet<string>): boolean {
	return named.has(noun) && openingPattern(noun).test(title);
}

const openings = new Map<string, RegExp>();

/**
 * Does the title open with "th" in any case? Only such a title can match an {@link openingPattern}
 * ("the", "this", "that"): no letter but "T" and "H" folds to "t" or "h" in a case-insensitive Unicode regex.
 */
export function opensWithTh(title: string): boolean {
	return (title.charCodeAt(0) | 32) === 116 && (title.charCodeAt(1) | 32) === 104;
}

/** "The … meeting" at the start of a title, compiled once per noun (a Unicode regex costs more to compile than to run on a title). */
export function openingPattern(noun: string): RegExp {
	let re = openings.get(noun);
	if (!re) openings.set(noun, (re = new RegExp(String.raw`^(?:the|this|that)\s+(?:[\p{L}’'-]+\s+){0,2}${noun}\b`, 'iu')));
	return re;
}

/**
 * The event nouns a new event owns: those of its title, less those its title uses to refer back (with their synonyms).
 * `named` holds every noun an earlier event owns or has as a synonym (merging moves nouns between events, never drops one).
 */
function ownTriggers(title: string, anniversary: boolean, named: ReadonlySet<string>): string[] {
	const nouns = triggersOf(title, anniversary);
	if (!opensWithTh(title)) return nouns;
	const back = new Set(nouns.filter((n) => refersBack(title, n, named)).flatMap(kindOf));
	return nouns.filter((n) => !back.has(n));
}

/** The nouns of the same kind as an event's own nouns that are not its own ("talks" for a meeting), in order, each once. */
export function synonymsOf(own: readonly string[]): Set<string> {
	const out = new Set<string>();
	for (const noun of own) for (const n of kindOf(noun)) if (!own.includes(n)) out.add(n);
	return out;
}

/** A character of the same sentence (a full stop only inside a number: "$43.21"). */
const IN_SENTENCE = String.raw`(?:[^.;!?]|\.(?=\d))`;
/** Words of a record ("its weakest since …", "for the first time since …"). */
const RECORD = 'largest|biggest|highest|lowest|greatest|worst|best|deadliest|longest|strongest|weakest|sharpest|steepest|first|most|least';
/** Between an event's date and a later one in the same clause: a comparison that makes the later one its baseline. */
const COMPARED_WITH = new RegExp(
	String.raw`^${IN_SENTENCE}{0,120}\b(?:up|down|rose|fell|increased|decreased|declined|climbed|dropped|higher|lower|more|less)\b${IN_SENTENCE}*\b(?:from|than|compared\s+(?:with|to)|versus|vs\.)\s${IN_SENTENCE}{0,60}$` +
		String.raw`|^${IN_SENTENCE}{0,120}\b(?:${RECORD})\b${IN_SENTENCE}{0,60}\bsince\s${IN_SENTENCE}{0,60}$` +
		String.raw`|^[\s,]*compared\s+(?:with|to)\s${IN_SENTENCE}{0,60}$`,
	'i'
);
/** Between an event's date and a later one: an anniversary set beside it (", the anniversary of Japan's naval victory at Tsushima in "). */
const ANNIVERSARY_BESIDE = new RegExp(String.raw`^\s*,\s*(?:the|its|a)\s+(?:[\w-]+\s+)?(?:${ANNIVERSARY_NOUN_SOURCE})\s+of\b${IN_SENTENCE}{0,80}$`, 'i');
/**
 * Right before a date: a record counted from it ("Oil sinks to lowest since 2009", "its steepest fall since 2007", "for
 * the first time since February 2009"). The date is what the record is measured against, not when anything happened.
 */
const RECORD_SINCE = new RegExp(String.raw`\b(?:${RECORD.replace('first', String.raw`first\s+time`)})\b${IN_SENTENCE}{0,40}\bsince\s+(?:early\s+|late\s+|mid-?)?$`, 'i');

/** Right before a reference: a date is counted from it ("a day before the monumental occasion"). */
const COUNTED_FROM_BEFORE = /\b(?:before|after|ahead\s+of|since|until)\s+$/i;


/** Between a clock time and the day it is on: a zone, then "on" ("12:01 a.m. Berlin time on 12 May 1949"). */
const CLOCK_THEN_DAY = new RegExp(String.raw`^${CLOCK_THEN_DAY_SOURCE}$`);

/** A time zone at the end of a time ("9:34 p.m., March 19 EST"). */
const ZONE_END = new RegExp(String.raw`\b${ZONE_SOURCE}$`);

/** Is there a date of the text's own (not a known event's) from `dated[k]` on, before `end`? */
function toldLater(dated: readonly TemporalExpression[], k: number, end: number): boolean {
	for (; k < dated.length && dated[k].start < end; k++) if (!dated[k].knowledgeId) return true;
	return false;
}

/** A time counted on from the story's ("A year later", "The following year"), not from what comes after it ("Eight days after Fort Sumter"). */
const COUNTED_ON = /\b(?:later|earlier|afterwards?|(?:following|next|previous)\s+(?:year|month|week|day))$/i;

/** About a year, in milliseconds: how far a counted time may lie from the known event it is set beside. */
const YEAR_MS = 366 * 86_400_000;

/** Between the two times of a range of clock times ("7 a.m. to 7 p.m.", "06:00-21:00 GMT"). */
const CLOCK_RANGE_JOINT = /^\s*(?:to|until|till|through|[-–—])\s*$/i;
/** Between the two days of a pair ("May 4 and 5", "4 and 5 June"). */
const DAY_PAIR_JOINT = /^\s*,?\s*(?:and|or|&)\s+$/;

/** Between two times of one sentence: "from 4%", "than $2 million", "compared with 3.1%", and nothing else. */
const FIGURE_COMPARED = /^[\s,]*(?:up\s+|down\s+)?(?:from|than|compared\s+(?:with|to)|versus|vs\.)\s+(?:a\s+|an\s+)?(?:(?:nearly|about|around|almost|roughly|some|just|more\s+than|less\s+than|over|under)\s+)?[$£€]?\s?[\d.,]+\s*(?:%|percent|per\s+cent|points?|(?:[mb]illion|trillion)(?:\s+\w+)?|\w+)?\s*(?:in|on|at|for)?\s*$/i;
/** A change told in the clause before the first time: "rose to 4%", "dropped 12%". */
const CHANGE_BEFORE = /\b(?:up|down|rose|risen|fell|fallen|increased|decreased|declined|climbed|dropped|jumped|slipped|slid|grew|gained|lost|eased|surged|plunged|higher|lower)\b(?:[^.;!?]|\.(?=\d)){0,80}$/i;

/** Is `later` the time a figure told at `earlier` is compared with ("… dropped to 3.4% in February from 4% in January")? */
function comparedAfter(text: string, earlier: TemporalExpression, later: TemporalExpression): boolean {
	return FIGURE_COMPARED.test(text.slice(earlier.end, later.start)) && CHANGE_BEFORE.test(text.slice(Math.max(0, earlier.start - 100), earlier.start));
}

/** Does time `a` lie within time `b` (a day within its year, a month within its quarter)? */
function within(a: TimeValue, b: TimeValue): boolean {
	return isoToMillis(a.start) >= isoToMillis(b.start) && isoToMillis(a.end) <= isoToMillis(b.end);
}

/** Build the events of one document from its resolved expressions. */
export function buildEvents(doc: TextDocument, expressions: readonly TemporalExpression[]): TimelineEvent[] {
	const drafts: Draft[] = [];
	// (A month in a name, "The July Crisis", "the August Decrees", is a time TimeML writes, not an event's.)
	const dated = expressions.filter((e, i): e is TemporalExpression & { time: TimeValue } => isEventExpression(e) && !monthInName(doc.text, e) && !dateNamedOrTold(doc.text, e, expressions[i - 1]));
	/**
	 * What a title leaves out: the dated expressions, and recurring days, months and seasons ("on Monday and
	 * Tuesday nights", "each July"). Recurring units stay: "plans daily flights", "its initial quarterly".
	 */
	const timePhrases = expressions.filter((e) => isEventExpression(e) || (e.type === 'SET' && e.value?.startsWith('XXXX')));
	const byKey = new Map<string, Draft>();
	const bySentence = new Map<string, Draft>();
	const passageById = new Map<string, TextDocument['passages'][number]>();
	for (const p of doc.passages) passageById.set(p.id, p);
	/** The nouns of every event so far: its triggers and synonyms. */
	const named = new Set<string>();
	let previous: { expr: TemporalExpression; draft: Draft } | null = null;
	let pending: Mention[] = [];
	for (let i = 0; i < dated.length; i++) {
		const e = dated[i];
		// An expression apposed to the previous one names the same time ("on Thursday, a day before X").
		if (previous && e.start - previous.expr.end <= 3 && e.start >= previous.expr.end && e.time.value === previous.expr.time?.value) {
			addMention(previous.draft, mentionOf(e));
			for (const x of e.derivation) if (!previous.draft.derivation.includes(x)) previous.draft.derivation.push(x);
			previous.draft.derivation.push(`“${previous.expr.text}” and “${e.text}” agree on ${e.time.value}.`);
			previous.draft.confidence = Math.min(0.95, previous.draft.confidence + 0.1);
			continue;
		}
		// "At 12:01 a.m. Berlin time on 12 May 1949": the day told after a clock time is that time's event.
		if (previous && previous.expr.type === 'TIME' && CLOCK_THEN_DAY.test(doc.text.slice(previous.expr.end, e.start)) && previous.expr.time && within(previous.expr.time, e.time)) {
			addMention(previous.draft, mentionOf(e));
			previous = { expr: e, draft: previous.draft };
			continue;
		}
		// "At 5:34 AM Baghdad time on March 20, 2003 (9:34 p.m., March 19 EST)": a clock time in brackets, in another
		// zone, less than a day off, restates the one before it.
		// ("hit at 4:47 a.m. (2147 GMT Monday)": a wire's gloss in Greenwich time with its weekday too.)
		if (previous && previous.expr.time && e.type === 'TIME' && (ZONE_END.test(e.text) || e.parser === 'wireGloss') && /^\s*\(\s*$/.test(doc.text.slice(previous.expr.end, e.start)) && doc.text.charCodeAt(e.end) === 41 && Math.abs(isoToMillis(e.time.start) - isoToMillis(previous.expr.time.start)) < 86_400_000) {
			addMention(previous.draft, mentionOf(e));
			continue;
		}
		// "Johnston surrendered on May 4 and 5": one event over both days.
		if (previous && (e.parser === 'dayPair' || previous.expr.parser === 'dayPair') && DAY_PAIR_JOINT.test(doc.text.slice(previous.expr.end, e.start))) {
			joinSpan(previous.draft, previous.expr, e, e.time.end, 'and', 'are one event over both days');
			previous = { expr: e, draft: previous.draft };
			continue;
		}
		// "polls will be open from 7 a.m. to 7 p.m.": a range of clock times (two expressions, as TimeML tags them) is one
		// event over the span from the first to the second.
		// ("from midday on Friday until 18:00 on Sunday": the first time is told with its day, which is the phrase before the joint.)
		if (previous && (previous.expr.type === 'TIME' || previous.draft.time.value.includes('T')) && e.type === 'TIME' && previous.expr.passageId === e.passageId && CLOCK_RANGE_JOINT.test(doc.text.slice(previous.expr.end, e.start))) {
			// It ends at the second time ("to 7 p.m." is 19:00), not at the end of that time's hour.
			joinSpan(previous.draft, previous.expr, e, e.time.start, 'to', 'is one event over that span');
			previous = { expr: e, draft: previous.draft };
			continue;
		}
		// "Net income rose to $45 million in the third quarter, up from $38 million a year earlier": the time a
		// figure is compared with is no event of its own; it is told with the event of its sentence.
		// ("Inflation dropped to 3.4% in February from 4% in January": the change told before the first time, the figure it
		// is compared with right after it.)
		// ("left the Inland Sea on 27 May, the anniversary of Japan's naval victory at Tsushima in 1905": what an anniversary
		// recalls, set beside the event's date, is told with that event, not an event of its own in 1905.)
		if (previous && previous.expr.passageId === e.passageId && (COMPARED_WITH.test(doc.text.slice(previous.expr.end, e.start)) || ANNIVERSARY_BESIDE.test(doc.text.slice(previous.expr.end, e.start)) || comparedAfter(doc.text, previous.expr, e))) {
			addMention(previous.draft, mentionOf(e));
			continue;
		}
		// A record counted from a date, with no time before it in the passage to be told with ("Oil sinks to lowest since
		// 2009", "closed 8.5 percent lower, its steepest fall since 2007"): no event of its own, placed at the time compared with.
		// (Not where a "when" clause tells what happened then: "the most emotional of many held since early December, when Castro promised …".)
		if (RECORD_SINCE.test(doc.text.slice(Math.max(0, e.start - 80), e.start)) && !/^\s*,?\s*when\b/i.test(doc.text.slice(e.end, e.end + 8))) continue;
		// A relative phrase apposed to a full date ("a year later, on 3 October 1990") is told by that date.
		const next = dated[i + 1];
		// (Not a known event: "the Battles of Saratoga in the autumn of 1777" is a battle of its own. Not a clock time:
		// "at 10:00 on Monday 8 March 1999" is the time of that day's event, joined below.)
		// (The distance first: the pattern runs only on the few characters between two phrases close together.)
		if (next && next.start - e.end <= 8 && !e.knowledgeId && e.type !== 'TIME' && !e.provenance.stated.includes('year') && next.provenance.stated.includes('year') && /^[\s,]*(?:on|in)?\s*$/.test(doc.text.slice(e.end, next.start))) {
			pending.push(mentionOf(e));
			continue;
		}
		// "A year later, the Korean War began": a counted time right before a known event it roughly agrees with is
		// told by that event (the knowledge base has its day; the count is a reader's estimate), unless the sentence
		// goes on to its own date ("Two years later, Apollo 11 lifted off on July 16, 1969").
		if (next && next.knowledgeId && !e.knowledgeId && e.parser === 'offset' && next.start - e.end <= 8 && COUNTED_ON.test(e.text) && /^[\s,]*(?:the\s+)?$/i.test(doc.text.slice(e.end, next.start)) && Math.abs(isoToMillis(e.time.start) - isoToMillis(next.time.start)) <= YEAR_MS && !toldLater(dated, i + 2, sentenceOf(passageById, e).end)) {
			pending.push(mentionOf(e));
			continue;
		}
		// A heading that is a date alone ("Sunday 5 March", in a chronicle told day by day) dates the paragraph after it: its
		// event is told there. Where that paragraph's first sentence has a time of its own ("In the early morning the French
		// cross the Sambre"), the heading is a mention of that time's event; else its title is that sentence's.
		const heading = headingAlone(passageById, e);
		const after = heading ? doc.passages[doc.passages.indexOf(heading) + 1] : undefined;
		const opening = after?.sentences[0];
		if (opening && next && next.start < opening.end && next.start >= opening.start) {
			pending.push(mentionOf(e));
			continue;
		}
		const known = e.knowledgeId ? getKnownEvent(e.knowledgeId) : undefined;
		const sentence = sentenceOf(passageById, e);
		const sentenceText = doc.text.slice(sentence.start, sentence.end);
		const others: { start: number; end: number }[] = [];
		for (let k = firstAtOrAfter(timePhrases, sentence.start); k < timePhrases.length && timePhrases[k].start < sentence.end; k++) {
			const o = timePhrases[k];
			// Named events stay in titles: they are what the clause is about ("The Berlin Wall was built"),
			// unless this date counts from them ("Three months after Pearl Harbor, the fleet sailed").
			const countedFrom = o.parser === 'namedEvent' && o.start >= e.end && /\b(?:after|before)$/i.test(e.text) && /^\s(?:the\s)?$/i.test(doc.text.slice(e.end, o.start));
			// (With the "the" before it: "A week before the Battle of Gettysburg".)
			if (countedFrom && o.end <= sentence.end) others.push({ start: e.end - sentence.start, end: o.end - sentence.start });
			else if (o !== e && o.parser !== 'namedEvent' && o.end <= sentence.end && (o.end <= e.start || o.start >= e.end)) {
				// A clock time goes with its zone ("at 11:40 p.m. ship's time"), and with the time in brackets that restates it
				// ("until 8 p.m. (1700 GMT)", "at 7 a.m. (0700 GMT)").
				const zone = o.type === 'TIME' ? ZONE_AFTER.exec(doc.text.slice(o.end, Math.min(sentence.end, o.end + 24))) : null;
				const at = o.end + (zone ? zone[0].length : 0);
				const restated = o.type === 'TIME' ? RESTATED_CLOCK.exec(doc.text.slice(at, Math.min(sentence.end, at + 24))) : null;
				others.push({ start: o.start - sentence.start, end: at + (restated ? restated[0].length : 0) - sentence.start });
			}
		}
		// The zone and "on" between a clock time and its day go with the two ("Berlin time on").
		const day = dated[i + 1];
		if (e.type === 'TIME' && day && day.end <= sentence.end && CLOCK_THEN_DAY.test(doc.text.slice(e.end, day.start))) {
			const told = others.find((o) => o.start === day.start - sentence.start);
			if (told) told.start = e.end - sentence.start;
		}
		const anniversary = e.parser === 'anniversary';
		let title: string;
		let rank: number;
		if (known) {
			// When a well-known event and a told one fall on the same day, the well-known name titles both.
			// A short name ("Victory Day") with the text's own fuller wording when that says more.
			const words = e.text.split(/\s+/).length;
			const fuller = `${known.name} (${e.text})`;
			title = words >= 4 && known.name.split(/\s+/).length <= 3 && !e.text.toLowerCase().includes(known.name.toLowerCase()) && fuller.length <= 60 ? fuller : known.name;
			rank = 4;
		}
		else if (anniversary) {
			const next = dated[firstAtOrAfter(dated, e.start + 1)];
			const nested = next && next.end <= e.end ? next : undefined;
			title = shorten(e.text.slice(0, nested ? nested.end - e.start : undefined).replace(/^the\s+/i, ''));
			title = title.charAt(0).toUpperCase() + title.slice(1);
			rank = 2;
		} else if (opening && !known) {
			const times: { start: number; end: number }[] = [];
			for (let k = firstAtOrAfter(timePhrases, opening.start); k < timePhrases.length && timePhrases[k].end <= opening.end; k++) times.push({ start: timePhrases[k].start - opening.start, end: timePhrases[k].end - opening.start });
			title = resolvePronoun(clauseTitle(doc.text.slice(opening.start, opening.end), { start: 0, end: 0 }, times), doc.text.slice(Math.max(0, opening.start - 600), opening.start));
			rank = title ? 3 : 0;
			if (!title) title = shorten(sentenceText);
		} else {
			const span = { start: e.start - sentence.start, end: e.end - sentence.start };
			const before = doc.text.slice(Math.max(0, sentence.start - 600), sentence.start);
			title = clauseTitle(sentenceText, span, others);
			// "He announced …": who, from the person last named just before.
			title = resolvePronoun(title, before);
			// Where the plain rules give a broken title, the tagged clause may say it better (the tagger runs only then).
			const faults = titleFaults(title);
			if (faults > 0) {
				const tagged = taggedTitle(sentenceText, span, others, before);
				// A verb the plain rules do not know ("The Comte d'Artois flees") counts as one where the tagger reads it so.
				const own = !hasVerb(title) && titleVerbTagged(sentenceText, title) ? titleFaults(title, true) : faults;
				if (tagged && titleFaults(tagged, true, own) < own) title = tagged;
			} else if ((!hasVerb(title) && title.split(' ').length <= 3) || title.split(' ').length <= 2) {
				// "The parade on 9 May drew crowds" gave "The parade": the tagged clause says what it did. ("Sonora sued in
				// March 2015 in federal court" gave "Sonora sued": where.)
				const tagged = taggedTitle(sentenceText, span, others, before);
				if (tagged && tagged.toLowerCase().startsWith(title.toLowerCase() + ' ') && titleFaults(tagged, true, 1) === 0 && !CUT_CONJUNCT_END.test(tagged)) title = tagged;
			}
			// "The winter was the real test", "December brought new quarrels", "Ten days later came the heaviest assault": where the
			// date is the subject, the title keeps it ("Was the real test" says nothing of what was).
			const subject = dateSubject(sentenceText, span, title);
			if (subject) title = shorten(subject);
			// "Jury convicts Ohio man of murder in deadly 2022 apartment fire": a year before a noun is part of its noun phrase; the
			// title goes on past it to the end of the clause ("… in deadly", cut at the year, says nothing).
			const attributive = attributiveYearTitle(sentenceText, span, title);
			if (attributive) title = shorten(attributive);
			// "The siege of Antioch, which lasted from October 1097 to June 1098, was …": where the date ends a relative clause on
			// the subject, "The siege of Antioch, which lasted" says it better without the pronoun: "The siege of Antioch lasted".
			// (Only after a subject with no verb of its own: not "Iraq expelled Khomeini, who settled", "Past winners include X, who
			// won". The tagger reads the few titles this pattern finds.)
			const relative = RELATIVE_VERB_END.exec(title);
			if (relative && isSubject(title.slice(0, relative.index)) && !hasVerb(title.slice(0, relative.index)) && !taggedVerb(title.slice(0, relative.index))) title = `${title.slice(0, relative.index)} ${relative[1]}`;
			// "On Monday the French cross the Sambre": where neither reading finds the verb after a date that opens the
			// sentence, what is left is its preposition; the rest of the sentence says what happened.
			if (LONE_PREPOSITION.test(title) && OPENS_SENTENCE.test(sentenceText.slice(0, span.start))) {
				const rest = sentenceText.slice(span.end).replace(/^[\s,]+/, '').replace(/[\s.!?]+$/, '');
				if (rest) title = shorten(rest.charAt(0).toUpperCase() + rest.slice(1));
			}
			rank = title ? 3 : 0;
			if (!title) title = shorten(sentenceText);
		}
		const own = known ? [] : ownTriggers(title, anniversary, named);
		const draft: Draft = {
			title,
			time: e.time,
			mentions: [mentionOf(e)],
			confidence: e.confidence,
			derivation: [...e.derivation],
			provenance: e.provenance,
			knowledgeId: e.knowledgeId,
			triggers: new Set(own),
			synonyms: synonymsOf(own),
			seen: null,
			anniversary,
			rank
		};
		for (const m of pending) addMention(draft, m);
		pending = [];
		for (const n of draft.triggers) named.add(n);
		for (const n of draft.synonyms) named.add(n);
		// Merge what is evidently the same event: the same known event, or the same title on the same date (repeats).
		const lowerTitle = title.toLowerCase();
		const key = known ? `k:${known.id}` : `t:${e.time.value}:${lowerTitle}`;
		const same = byKey.get(key);
		if (same) {
			merge(same, draft);
			previous = { expr: e, draft: same };
			continue;
		}
		// "said Thursday that it had agreed …, the largest merger this year": one sentence, one title, and one time
		// inside the other is one event, at the more precise time.
		const sentenceKey = `${e.passageId}:${sentence.start}:${lowerTitle}`;
		const told = bySentence.get(sentenceKey);
		if (told && !known && (within(e.time, told.time) || within(told.time, e.time))) {
			if (within(e.time, told.time) && e.time.value !== told.time.value) {
				told.time = e.time;
				told.provenance = e.provenance;
				told.derivation = [...e.derivation, ...told.derivation.filter((x) => !e.derivation.includes(x))];
			}
			merge(told, { ...draft, rank: 0 });
			previous = { expr: e, draft: told };
			continue;
		}
		bySentence.set(sentenceKey, draft);
		byKey.set(key, draft);
		drafts.push(draft);
		previous = { expr: e, draft };
	}

	// "The Great Exhibition, held in Hyde Park from May to October 1851", "The Battle of Gettysburg, fought from July 1
	// to 3, 1863": a told time that agrees with a known event of its sentence is that event's time, not a second event.
	const knownIn = drafts.some((d) => d.knowledgeId) ? draftsBySentence(passageById, drafts.filter((d) => d.knowledgeId)) : null;
	const told = !knownIn ? drafts : drafts.filter((d) => {
		if (d.knowledgeId) return true;
		const at = d.mentions[0];
		const sentence = sentenceKey(passageById, at);
		// (In one clause: "In late October, American forces invaded Leyte; soon after, … the Battle of Leyte Gulf" tells two events.)
		const oneClause = (m: Mention) => sentenceKey(passageById, m) === sentence && !doc.text.slice(Math.min(m.end, at.end), Math.max(m.start, at.start)).includes(';');
		let known: Draft | undefined;
		for (const k of knownIn.get(sentence) ?? []) {
			if (agrees(k.time, d.time) && k.mentions.some(oneClause)) {
				known = k;
				break;
			}
		}
		if (!known) return true;
		merge(known, { ...d, rank: 0, derivation: [...d.derivation, `“${d.mentions[0].text}” agrees with the known event of its sentence, ${known.title} (${known.time.value}).`] });
		return false;
	});

	// Events of one text on the same day told in one paragraph are one event, and so is an anniversary with what marks it
	// that day (the parade and the anniversary it marks); two things done on one day in different paragraphs are two
	// ("Lorraine Whitfield was elected mayor on Tuesday" and, a paragraph on, "Bin crews voted to strike on Tuesday").
	const byDay = new Map<string, Draft[]>();
	const merged: Draft[] = [];
	for (const d of told) {
		if (d.time.granularity !== 'day' || d.time.value.includes('/')) {
			merged.push(d);
			continue;
		}
		const day = byDay.get(d.time.value);
		const same = day?.find((o) => o.anniversary || d.anniversary || o.mentions[0].passageId === d.mentions[0].passageId);
		if (same) merge(same, d);
		else {
			if (day) day.push(d);
			else byDay.set(d.time.value, [d]);
			merged.push(d);
		}
	}

	// Later references by an event noun ("The Moscow meeting"): when exactly one event owns the noun.
	const owners = new Map<string, Draft[]>();
	for (const d of merged) {
		for (const t of d.triggers) addOwner(owners, t, d);
		for (const t of d.synonyms) addOwner(owners, t, d);
	}
	// Mentions found so far, per passage, sorted: a later reference never takes a dated phrase's place.
	const byPassage = new Map<string, Mention[]>();
	for (const d of merged)
		for (const m of d.mentions) {
			const list = byPassage.get(m.passageId);
			if (list) list.push(m);
			else byPassage.set(m.passageId, [m]);
		}
	for (const list of byPassage.values()) list.sort((a, b) => a.start - b.start);
	const added = new Set<number>();
	// Lower-cased passages (each made when first needed), so that the reference pattern runs only where its noun is written.
	const lowered: string[] = [];
	const passagesWith = passagesHolding(doc);
	// The events each sentence tells by a date of its own: a reference before an event is first told, in a sentence
	// that tells another ("The Fed left rates unchanged at its two-day meeting, which ended Wednesday afternoon",
	// before "The next Fed meeting is scheduled for Jan. 28"), is that other event's; unless it is what that date is
	// counted from ("met on Thursday, a day before the monumental occasion"). (A known event the sentence names,
	// "Ahead of Historic WWII Commemoration", tells no time of its own.)
	const toldIn = draftsBySentence(passageById, merged.filter((d) => !d.knowledgeId));
	for (const [noun, list] of owners) {
		if (list.length !== 1) continue;
		const draft = list[0];
		const first = Math.min(...draft.mentions.map((m) => m.start));
		// A synonym ("the summit" for talks) names the event only after it is first told.
		const after = draft.triggers.has(noun) ? 0 : first;
		for (const i of passagesWith(noun)) {
			const p = doc.passages[i];
			if (p.end <= after) continue;
			for (const m of referencesIn(p.text, (lowered[i] ??= p.text.toLowerCase()), noun)) {
				const end = p.start + m.index + m[0].length;
				if (end <= after) continue;
				// The whole phrase ("The Moscow meeting"), or the noun alone when its modifier is another mention ("WWII Commemoration").
				const whole = p.start + m.index;
				const start = !taken(added, byPassage, p.id, whole, end) ? whole : !taken(added, byPassage, p.id, end - noun.length, end) ? end - noun.length : -1;
				if (start < 0) continue;
				const mention = { documentId: doc.id, passageId: p.id, start, end, text: doc.text.slice(start, end) };
				const told = toldIn.get(sentenceKey(passageById, mention));
				if (end <= first && !COUNTED_FROM_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start)) && tellsAnother(told, draft)) continue;
				if (subjectOfAnother(told, draft, mention.text)) continue;
				draft.mentions.push(mention);
				added.add(start).add(end);
			}
		}
	}

	return merged.map((d) => ({
		id: '',
		title: d.title,
		time: d.time,
		mentions: d.mentions.sort((a, b) => a.start - b.start),
		confidence: Math.round(d.confidence * 100) / 100,
		derivation: d.derivation,
		provenance: d.provenance,
		...(d.knowledgeId ? { knowledgeId: d.knowledgeId } : {})
	}));
}

/** Add `d` to the owners of `noun`, once. */
function addOwner(owners: Map<string, Draft[]>, noun: string, d: Draft): void {
	const list = owners.get(noun);
	if (!list) owners.set(noun, [d]);
	else if (!list.includes(d)) list.push(d);
}

/** Does a later reference from `start` to `end` overlap a mention found so far (`byPassage`: the mentions of each passage, sorted)? */
function overlapsDated(byPassage: ReadonlyMap<string, readonly Mention[]>, passageId: string, start: number, end: number): boolean {
	const list = byPassage.get(passageId) ?? [];
	const k = firstAtOrAfter(list, end);
	for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (list[j].end > start) return true;
	return false;
}

/** Is a later reference from `start` to `end` taken: an edge of it by one already added, or its span by a mention found before? */
function taken(added: ReadonlySet<number>, byPassage: ReadonlyMap<string, readonly Mention[]>, passageId: string, start: number, end: number): boolean {
	return added.has(start) || added.has(end) || overlapsDated(byPassage, passageId, start, end);
}

/**
 * For a document, a function giving the indices (in order) of the passages whose lower-cased
 * text may hold an ASCII noun: found with one scan of the whole lower-cased text, rather than a
 * look into every passage for every noun. Where lower-casing changes the text's length, or the
 * text holds a long s (which a case-insensitive Unicode pattern reads as an "s"), every passage.
 */
function passagesHolding(doc: TextDocument): (noun: string) => number[] {
	const { passages, text } = doc;
	const every = () => passages.map((_, i) => i);
	let lower: string | null = null;
	return (noun) => {
		lower ??= text.toLowerCase();
		if (lower.length !== text.length || text.includes('\u017f')) return every();
		const out: number[] = [];
		for (let q = lower.indexOf(noun); q >= 0; ) {
			const i = firstAtOrAfter(passages, q + 1) - 1;
			if (i >= 0 && q + noun.length <= passages[i].end) {
				out.push(i);
				q = lower.indexOf(noun, passages[i].end);
			} else q = lower.indexOf(noun, q + 1);
		}
		return out;
	};
}

/** Sort events by time, then title, and number them e1, e2, ... */
export function numberEvents(events: TimelineEvent[]): TimelineEvent[] {
	// Each event's start and end in milliseconds, read once rather than at every comparison.
	const keyed = events.map((event) => ({ event, start: isoToMillis(event.time.start), end: isoToMillis(event.time.end) }));
	return keyed
		.sort((a, b) => a.start - b.start || a.end - b.end || a.event.title.localeCompare(b.event.title))
		.map(({ event }, i) => ({ ...event, id: `e${i + 1}` }));
}
