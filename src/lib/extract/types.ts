/**
 * Types shared by every stage of the extraction pipeline and by its consumers (app, CLI).
 * Pure data: no functions, no classes, JSON-serialisable, so results can cross a worker
 * boundary or be written by `timeweave extract --json` unchanged.
 */

/** A half-open character range `[start, end)` into a document's original text. */
export interface Span {
	start: number;
	end: number;
}

/** A paragraph of a document, with its sentences. Offsets point into the original text. */
export interface Passage extends Span {
	/** Stable id inside its document: `p1`, `p2`, ... in reading order. */
	id: string;
	/** The passage text, exactly `document.text.slice(start, end)`. */
	text: string;
	/** Sentences inside the passage, as absolute spans into the document text. */
	sentences: Span[];
	/** When this paragraph repeats an earlier one word for word: the earlier passage's id. */
	repeatOf?: string;
}

/** One input text, split into passages. */
export interface TextDocument {
	/** Document id, `d1` unless the caller names it. */
	id: string;
	/** Title: from HTML `<title>`/`og:title`, a Markdown heading, or the first short line. */
	title: string;
	/** The plain text that every offset points into (HTML is converted to text first). */
	text: string;
	passages: Passage[];
	/** A publication date found in the input itself (dateline, HTML metadata), if any; `start`/`end` locate a dateline in `text`. */
	published?: { value: string; source: string; start?: number; end?: number };
}

/** How fine a date is. A year-only date is a span over that year, never a fake day. */
export type Granularity =
	| 'millennium'
	| 'century'
	| 'decade'
	| 'year'
	| 'half'
	| 'quarter'
	| 'season'
	| 'month'
	| 'week'
	| 'day'
	| 'hour'
	| 'minute'
	| 'second';

/**
 * A resolved time: a TIMEX3-style value plus the interval it covers.
 * `start` and `end` are ISO 8601 strings (dates `YYYY-MM-DD`, or date-times in UTC);
 * `end` is exclusive. Years before 1 CE or after 9999 use the expanded form `-000499-01-01`.
 */
export interface TimeValue {
	/** TIMEX3 value: `2025-05-08`, `2025-05`, `1945`, `199` (the 1990s), `19` (20th century). */
	value: string;
	start: string;
	end: string;
	granularity: Granularity;
}

/** Which parts of a date were written in the text and which were worked out. */
export type DateField = 'year' | 'month' | 'day' | 'weekday' | 'time';

export interface Provenance {
	/** Fields of the date that the text states outright. */
	stated: DateField[];
	/** Fields inferred from the reference date, the narrative, or the knowledge base. */
	inferred: DateField[];
}

/** Where a temporal expression or event is mentioned. */
export interface Mention extends Span {
	documentId: string;
	passageId: string;
	/** Exactly `document.text.slice(start, end)`. */
	text: string;
}

/** The reference ("now") against which relative expressions are resolved. */
export interface ReferenceDate {
	/** `YYYY-MM-DD`. */
	value: string;
	/** metadata: dateline or HTML metadata; inferred: worked out from the text; user: given. */
	source: 'metadata' | 'inferred' | 'user';
	/** Steps, in words, that led to this date. */
	derivation: string[];
}

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One temporal expression found in a passage, resolved when possible. */
export interface TemporalExpression extends Mention {
	id: string;
	type: TimexType;
	/** Which parser found it (`chrono`, `bareYear`, `decade`, `anniversary`, `offset`, `namedEvent` ...). */
	parser: string;
	/** The resolved time, or null when it could not be anchored. */
	time: TimeValue | null;
	/** A TIMEX3 value with no interval of its own (PRESENT_REF, durations such as P3Y, sets), when there is one. */
	value?: string;
	provenance: Provenance;
	/** Steps, in words, that led to the time value. */
	derivation: string[];
	/** 0..1: how sure the time value is. */
	confidence: number;
	/** For a named historical event ("World War II"): the knowledge-base entry id. */
	knowledgeId?: string;
	/**
	 * A count before "after" or "before" and the thing it counts from ("six years after the war began"): TimeML tags the count
	 * alone, a DURATION ("six years", P6Y) ending at `end`, while `time` is where the count reaches, which the timeline places.
	 */
	countOnly?: { end: number; value: string };
}

/** An event on the timeline. */
export interface TimelineEvent {
	id: string;
	/** Short: who did what, not the date phrase. At most about 60 characters. */
	title: string;
	time: TimeValue;
	/** Every passage that mentions the event, repeats and later references included. */
	mentions: Mention[];
	/** 0..1: how sure the date is. */
	confidence: number;
	/** The steps, in words, that led to the date. */
	derivation: string[];
	provenance: Provenance;
	/** Knowledge-base entry, when the event is a well-known historical one. */
	knowledgeId?: string;
	/** True when a person changed or added the event in the app (title, date, merge); absent from extraction. */
	edited?: boolean;
}

/** Everything extraction returns for a set of documents. */
export interface ExtractionResult {
	referenceDate: ReferenceDate | null;
	documents: TextDocument[];
	events: TimelineEvent[];
	/** Every temporal expression found, resolved or not (for debugging and evaluation). */
	expressions: TemporalExpression[];
	/** Recoverable problems, in words (e.g. "no reference date could be found"). */
	warnings: string[];
}

/** Options for `extract`. */
export interface ExtractOptions {
	/** `YYYY-MM-DD`: overrides any date found in or inferred from the text. */
	reference?: string;
	/**
	 * `YYYY-MM-DD`, the day of use: where a dateline gives month and day but no year ("LONDON, 12 March (Reuters)") and the
	 * text no other date to infer one from, the year is the latest up to this day that fits the weekdays the text names.
	 * Without it such a text has no reference date. (An input, so that extraction stays deterministic.)
	 */
	today?: string;
	/** Id for the document, `d1` by default. */
	documentId?: string;
	/** Input format; guessed from the content when absent. */
	format?: 'text' | 'markdown' | 'html';
	/** Called with 0..1 as passages are processed (for progress bars). */
	onProgress?: (fraction: number) => void;
	/** When given, the milliseconds each stage takes are added to it (for `npm run bench`). */
	timings?: StageTimings;
}

/** The stages of `extract`, in order. */
export const EXTRACT_STAGES = ['input', 'passages', 'parsers', 'reference', 'resolve', 'events'] as const;
export type ExtractStage = (typeof EXTRACT_STAGES)[number];
/** Milliseconds per stage, summed over calls. */
export type StageTimings = Partial<Record<ExtractStage, number>>;
