/**
 * The internal currency of the temporal stage: a candidate expression found by a parser, with
 * a `resolve` step that turns it into a time once the context (reference date, narrative,
 * other expressions) is known. Resolution is separate from finding, so the reference date can
 * be inferred from the reference-free expressions and then everything resolved against it.
 */
import type { DateField, TimeValue, TimexType } from '../types.ts';
import type { Ymd } from '../timex.ts';

/** A resolved time with how it was reached. */
export interface Resolved {
	time: TimeValue;
	stated: DateField[];
	inferred: DateField[];
	derivation: string[];
	/** 0..1 */
	confidence: number;
	/** True when the time did not depend on the reference date. */
	referenceFree: boolean;
	knowledgeId?: string;
	/** A vague count of days ("a few days later") placed in a month: its time, not the candidate's FUTURE_REF, is its value. */
	vagueInMonth?: boolean;
}

/** What a candidate may ask while resolving. */
export interface ResolveContext {
	/** The reference date ("today" of the text), or null while it is unknown. */
	reference: Ymd | null;
	/** How the reference date was found, for derivations. */
	referenceLabel: string;
	/** True when the reference date is the document's own date (dateline, metadata, given), not one inferred from its story. */
	documentDated: boolean;
	/** True when the text is history: most years it states lie well before the reference date, so its dates follow its own story. */
	historical: boolean;
	/** True when the text states only past years and never counts from the day of writing ("today", a weekday). */
	pastOnly: boolean;
	/** The candidate's own index in document order. */
	index: number;
	/** Resolve another candidate by index (memoised; null on a cycle or failure). */
	resolveAt(index: number): Resolved | null;
	/**
	 * The last resolved time before this candidate (the narrative time); with `toldOnly`, only one the text tells
	 * without the reference date; with `evenBackground`, asides count too (see Candidate.background); with `ranges`,
	 * a range of years the text states ("from 1939 to 1945") too; with `ranges` 'any', any range the text states ("from
	 * October 1899 to May 1902"; not a known event's span). `saidAt`: the day of saying it was found past, or ahead of where still to come ("freed late
	 * Saturday … said Sunday"), nearer the candidate than the day itself.
	 */
	narrativeBefore(toldOnly?: boolean, evenBackground?: boolean, ranges?: boolean | 'any'): { resolved: Resolved; candidate: Candidate; saidAt?: Candidate } | null;
	/**
	 * The resolved time of the next candidate starting within `maxGap` characters after `position` in the same sentence (or,
	 * with `nextSentence`, in the sentence after it).
	 */
	nextInSentence(position: number, maxGap: number, nextSentence?: boolean): { resolved: Resolved; candidate: Candidate } | null;
	/** All candidates, in document order. */
	candidates: readonly Candidate[];
}

export type Tense = 'past' | 'future' | 'none';

/** A temporal expression found by a parser, not yet resolved. */
export interface Candidate {
	/** Absolute offsets into the document text. */
	start: number;
	end: number;
	text: string;
	passageId: string;
	/** Sentence span (absolute) that holds the candidate. */
	sentence: { start: number; end: number };
	parser: string;
	type: TimexType;
	/** Higher wins when two candidates overlap with the same length. */
	priority: number;
	/** A weekday named without a day of the month ("on Thursday"), resolved with tense. */
	weekday?: number;
	tense?: Tense;
	/** A weekday set after its date ("March 6, 1836, a Sunday"): it names that date, and counts from no day of writing. */
	apposed?: boolean;
	/**
	 * In a participle phrase after its noun ("the stopgap measure signed Nov. 3"): it tells when the thing was made; in
	 * news the story does not move to it.
	 */
	attributive?: boolean;
	/** A weekday whose clause gives no tense and sets nothing for the day: where it falls is a guess (see weekdayToldBefore). */
	weekdayGuessed?: boolean;
	/** Told in the past perfect, in its sentence before it ("had sailed … on November 26"): a look back from the story's time. */
	pastPerfect?: boolean;
	/** In a "when" clause right after a year told alone ("since 1914, when the exchange reopened on Dec. 12"): of that year. */
	afterYearWhen?: boolean;
	/** In a clause of its own in the simple past, after a look back in the past perfect in its sentence (see yearFlashback). */
	leavesFlashback?: boolean;
	/** Names which of an event it was, after "of" ("the Pope's visit of June 1979", "the elections of 1986"): a look back where it is before the story's time. */
	eventOf?: boolean;
	/** A year told in a relative clause ("the messenger who … ran … in 490 BC"): see yearLookBack. */
	inRelative?: boolean;
	/** An `eventOf` date that ends a phrase opening its sentence ("Working from … the census of 1941, he finished"): see yearFlashback. */
	endsOpening?: boolean;
	/** In a section that looks back before the story ("Background"), the index of its heading's passage: see lookBackSections. */
	lookBackSection?: number;
	/** A time the story does not move to ("since 513 BC"): it never becomes the narrative time. */
	background?: boolean;
	/**
	 * The end of a span, after "until" ("where Michael Dwyer held out until December 1803"): in a history, where its year lies
	 * more than a year past the story's, a look ahead the story does not go to (see resolveAll's narrativeBefore).
	 */
	untilEnd?: boolean;
	/** Another clock's reading of the time told right before it ("1:14 p.m. local time (1814 GMT)"): never the story's time, even for a count ("an hour later"). */
	gloss?: boolean;
	/**
	 * A time of day told by a day after it ("7 p.m. on Nov. 5", "noon the next day", "7 a.m. to 7 p.m. on Nov. 5"), or a day
	 * of a month told before the date it takes its month from ("13" in "13, 14 and 17 December"): it is no story time for
	 * that day, which it waits on.
	 */
	dayAfter?: boolean;
	/** A date with its year in a comparison ("up from 89 seats in the last election in November 2019", "than in 1998"): in news, an aside that lends no year. */
	compared?: boolean;
	/** Candidates that may sit inside this one without being removed (an anniversary's anchor). */
	allowsNested?: boolean;
	/**
	 * Kept only where the text reads as history (see storyKind): a convention of WikiWars' (TIMEX2) that TBAQ-cleaned
	 * (TimeML) does not follow, as "former" tagged PAST_REF.
	 */
	historyOnly?: boolean;
	/** A weekday of saying ("Investigators said Wednesday they were looking into …"): in news, the day of a report, not a day of the story it reports. */
	saidOn?: boolean;
	/**
	 * In a history, an aside the story does not move to: the year a source of the story was found or read in ("the Akkadian
	 * version was found … in 1906"), when a record was set ("beyond the record set by the Greely expedition in 1882").
	 */
	historyAside?: boolean;
	/** Kept only where the text reads as news (see storyKind): a national day a history names as an institution ("Anzac Day was first marked in 1916"). */
	newsOnly?: boolean;
	/**
	 * Where it resolves to no time, the length of time it counts: "32 months after the loss of Challenger", with nothing
	 * to count from, is "32 months" (P32M), as TimeML tags such a count. `end` is the count's absolute end.
	 */
	orDuration?: { end: number; value: string };
	/** With `orDuration`: TimeML tags the count alone even where it resolves ("six years after the war began"): see TemporalExpression.countOnly. */
	countOnly?: boolean;
	/** Kept only where it resolves to a time: a bare "that day" with no day told before it is any day ("trades made that day"). */
	placedOnly?: boolean;
	/** For durations and sets: the TIMEX3 value (P3Y, XXXX-WXX...); no interval. */
	value?: string;
	/** Resolve to a time, or null when it cannot be anchored. */
	resolve(ctx: ResolveContext): Resolved | null;
}
