/**
 * Knowledge base of well-known historical events ("World War II", "the fall of the Berlin Wall",
 * "the Soviet Union's victory over Nazi Germany"), used to date mentions of those events and of
 * their anniversaries in any text.
 *
 * The data lives in `events.json`; it is validated once, when this module loads, and every name
 * and alias is compiled, once, into a single character trie, so that finding mentions costs one
 * scan of the text however many entries there are.
 *
 * Pure TypeScript: no DOM, no Svelte.
 */
import { z } from 'zod';
import type { Granularity } from '../types.ts';
import { millisToYmd, ymdToMillis } from '../timex.ts';
import data from './events.json' with { type: 'json' };

/** What sort of event an entry is. */
export type KnownEventKind =
	| 'war'
	| 'battle'
	| 'treaty'
	| 'revolution'
	| 'disaster'
	| 'landmark'
	| 'political'
	| 'science'
	| 'attack'
	| 'pandemic';

/** Every kind, in a stable order. */
export const knownEventKinds: readonly KnownEventKind[] = [
	'war',
	'battle',
	'treaty',
	'revolution',
	'disaster',
	'landmark',
	'political',
	'science',
	'attack',
	'pandemic'
];

/** One well-known historical event. */
export interface KnownEvent {
	/** Stable kebab-case id, e.g. `world-war-ii`. */
	id: string;
	/** Display name, e.g. `World War II`. Also matched in text, like an alias. */
	name: string;
	/** Other names people actually write (`Second World War`, `WWII`, ...). */
	aliases: string[];
	/**
	 * First day (or month, or year, per `granularity`): `YYYY-MM-DD`, `YYYY-MM` or `YYYY`,
	 * Gregorian (an event from before a country took up the Gregorian calendar is given by its
	 * year). A year before the common era as TimeML writes it: `BC0490` is 490 BCE.
	 */
	start: string;
	/** Last day (or month, or year), INCLUSIVE; absent for a one-day (one-month, one-year) event. */
	end?: string;
	/** Precision of `start` and `end`: `day`, `month` or `year`. */
	granularity: Granularity;
	/** What sort of event it is. */
	kind: KnownEventKind;
	/** Title of the English Wikipedia article the dates come from. */
	source: string;
	/**
	 * Names or aliases that only match with the case as written (`Cold War`, so that "a new cold
	 * war" is not the Cold War). Acronyms (`WWII`, `VE`, `UN`) always match case-sensitively.
	 */
	caseSensitive?: string[];
	/** True for an event still going on (a war with no end yet). */
	ongoing?: boolean;
}

/** A mention of a known event found in a text. */
export interface KnownEventMatch {
	/** The knowledge-base entry mentioned. */
	entry: KnownEvent;
	/** Offset of the first character of the mention in the string searched. */
	start: number;
	/** Offset just past the mention (`text === input.slice(start, end)`). */
	end: number;
	/** The mention exactly as written (a leading "the " is never part of it). */
	text: string;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

const DATE_PATTERN: Record<'year' | 'month' | 'day', RegExp> = {
	year: /^(?:BC)?\d{4}$/,
	month: /^(?:BC)?\d{4}-(0[1-9]|1[0-2])$/,
	day: /^(?:BC)?\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
};

/**
 * The parts of a knowledge-base date (`1945-05-08`, `1945`, `BC0490`), the year astronomical
 * as the timeline counts it (490 BCE is -489; there is no year 0 BCE).
 */
export function knownDateParts(value: string): { year: number; month?: number; day?: number } {
	const bce = value.startsWith('BC');
	const [y, m, d] = (bce ? value.slice(2) : value).split('-').map(Number);
	return { year: bce ? 1 - y : y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

/** Sortable: days since the epoch of the first day a knowledge-base date names. */
function firstDayOf(value: string): number {
	const { year, month = 1, day = 1 } = knownDateParts(value);
	return ymdToMillis({ year, month, day });
}

/** True when `value` (of the given precision) is a real date: no 31 April, no 29 February 1900, no year 0 BCE. */
function isRealDate(value: string, granularity: 'year' | 'month' | 'day'): boolean {
	if (!DATE_PATTERN[granularity].test(value) || value === 'BC0000' || value.startsWith('BC0000-')) return false;
	if (granularity !== 'day') return true;
	const { year, month, day } = knownDateParts(value);
	const back = millisToYmd(ymdToMillis({ year, month: month!, day: day! }));
	return back.year === year && back.month === month && back.day === day;
}

const entrySchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
		name: z.string().trim().min(1, 'name is empty'),
		aliases: z.array(z.string().trim().min(1, 'an alias is empty')),
		start: z.string(),
		end: z.string().optional(),
		granularity: z.enum(['year', 'month', 'day']),
		kind: z.enum(knownEventKinds as [KnownEventKind, ...KnownEventKind[]]),
		source: z.string().trim().min(1, 'source is empty'),
		caseSensitive: z.array(z.string()).optional(),
		ongoing: z.boolean().optional()
	})
	.strict()
	.superRefine((entry, ctx) => {
		const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
		if (!isRealDate(entry.start, entry.granularity)) {
			problem(`start "${entry.start}" is not a valid ${entry.granularity} date`);
		}
		if (entry.end !== undefined) {
			if (!isRealDate(entry.end, entry.granularity)) {
				problem(`end "${entry.end}" is not a valid ${entry.granularity} date`);
			} else if (firstDayOf(entry.end) < firstDayOf(entry.start)) {
				problem(`end "${entry.end}" is before start "${entry.start}"`);
			} else if (entry.end === entry.start) {
				problem(`end equals start "${entry.start}": omit end for a one-${entry.granularity} event`);
			}
			if (entry.ongoing) problem('an ongoing event cannot have an end');
		}
		const names = new Set([entry.name, ...entry.aliases]);
		for (const alias of entry.caseSensitive ?? []) {
			if (!names.has(alias)) problem(`caseSensitive "${alias}" is not the name or an alias`);
		}
	});

function formatIssues(error: z.ZodError): string {
	return error.issues
		.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
		.join('; ');
}

/**
 * Validate raw knowledge-base data (the contents of `events.json`): every entry against the
 * schema, real calendar dates of the stated granularity, `end` after `start`, unique ids.
 * Throws an Error naming the entry id (or its index) and the problem.
 */
export function validateKnownEvents(raw: unknown): KnownEvent[] {
	if (!Array.isArray(raw)) throw new Error('knowledge base: events.json must hold an array of entries');
	const seen = new Set<string>();
	return raw.map((item: unknown, index) => {
		const label =
			item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
				? `"${(item as { id: string }).id}"`
				: `#${index}`;
		const parsed = entrySchema.safeParse(item);
		if (!parsed.success) {
			throw new Error(`knowledge base entry ${label} is invalid: ${formatIssues(parsed.error)}`);
		}
		const entry = parsed.data;
		if (seen.has(entry.id)) throw new Error(`knowledge base entry "${entry.id}" is a duplicate id`);
		seen.add(entry.id);
		const event: KnownEvent = {
			id: entry.id,
			name: entry.name,
			aliases: entry.aliases,
			start: entry.start,
			granularity: entry.granularity,
			kind: entry.kind,
			source: entry.source
		};
		if (entry.end !== undefined) event.end = entry.end;
		if (entry.caseSensitive?.length) event.caseSensitive = entry.caseSensitive;
		if (entry.ongoing) event.ongoing = true;
		return Object.freeze(event);
	});
}

/** Every entry of the knowledge base, validated, in file order. */
export const knownEvents: readonly KnownEvent[] = Object.freeze(validateKnownEvents(data));

const byId = new Map(knownEvents.map((entry) => [entry.id, entry]));

/** The entry with this id, or undefined. */
export function getKnownEvent(id: string): KnownEvent | undefined {
	return byId.get(id);
}

// ---------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------

const WORD_UNIT = /^[\p{L}\p{N}_]$/u;
const NUMBER_UNIT = /^\p{N}$/u;
/** Per UTF-16 unit above ASCII: 0 not yet known, 1 word character, 2 not. */
const unitClass = new Uint8Array(0x10000);
/** Per UTF-16 unit above ASCII: its lower-case unit, 0 while not yet known. */
const unitLower = new Uint16Array(0x10000);

/** True for a UTF-16 unit that is a letter, digit or `_` (surrogates count as not). */
export function isWordUnit(c: number): boolean {
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
	let known = unitClass[c];
	if (known === 0) {
		const surrogate = c >= 0xd800 && c <= 0xdfff;
		known = !surrogate && WORD_UNIT.test(String.fromCharCode(c)) ? 1 : 2;
		unitClass[c] = known;
	}
	return known === 1;
}

/** The lower-case form of a UTF-16 unit (itself when lower-casing would change its length). */
export function foldUnit(c: number): number {
	if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
	let lower = unitLower[c];
	if (lower === 0) {
		const folded = String.fromCharCode(c).toLowerCase();
		lower = folded.length === 1 ? folded.charCodeAt(0) : c;
		unitLower[c] = lower;
	}
	return lower;
}

/**
 * Per UTF-16 unit: 0 while not yet known, 1 for a unit that is not a word unit, else its
 * lower-case form (as `foldUnit` gives it; no word unit folds to 0 or 1). The scan for first
 * words reads every unit of a text: one look-up here instead of `isWordUnit` then `foldUnit`.
 */
const wordFold = new Uint16Array(0x10000);
for (let c = 0; c < 128; c++) wordFold[c] = isWordUnit(c) ? foldUnit(c) : 1;

/** `wordFold[c]`, found and kept the first time a unit is met. (Exported, with the two it stands for, for a test.) */
export function wordFoldOf(c: number): number {
	let f = wordFold[c];
	if (f === 0) wordFold[c] = f = isWordUnit(c) ? foldUnit(c) : 1;
	return f;
}

/** Whitespace, as `\s` in a regular expression. */
function isSpace(c: number): boolean {
	return (
		c === 32 ||
		(c >= 9 && c <= 13) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

const DASH_CHARS = '-‐‑‒–—';
const APOSTROPHE_CHARS = "'’ʼ‘`";

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash: all the same in a name. */
function isDash(c: number): boolean {
	return c === 45 || (c >= 0x2010 && c <= 0x2014);
}

/** Straight and curly apostrophes (and the quotes used for them): all the same in a name. */
function isApostrophe(c: number): boolean {
	return c === 39 || c === 0x2019 || c === 0x02bc || c === 0x2018 || c === 96;
}

function isNumberUnit(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 128 && NUMBER_UNIT.test(String.fromCharCode(c)));
}

// ---------------------------------------------------------------------------------------------
// Case rules
// ---------------------------------------------------------------------------------------------

const LEADING_THE = /^the\s+/iu;
const ROMAN_NUMERAL = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;
/** Splits an alias into words and separators (kept, being captured). */
const PART_SEPARATOR = /(\s+|[-‐‑‒–—/]|['’ʼ‘`])/u;

/**
 * True for a word of an alias written as an acronym (`WWII`, `WW2`, `VE`, `UN`, `JFK`): no
 * lower-case letter, at least one capital, and not a Roman numeral (`I`, `II`: "World War ii"
 * should still match). Words are split on whitespace, dashes, slashes and apostrophes, so
 * `VJ-Day` is the acronym `VJ` then `Day`, and `UK's` is the acronym `UK` then `s`.
 */
function isAcronym(part: string): boolean {
	if (/\p{Ll}/u.test(part) || !/\p{Lu}/u.test(part)) return false;
	const letters = part.replace(/[^\p{L}]/gu, '');
	return !(letters && !/\d/u.test(part) && ROMAN_NUMERAL.test(letters));
}

/** The lookup key of a phrase: whitespace collapsed, apostrophes and dashes unified, lower case. */
function keyOf(phrase: string): string {
	return phrase
		.replace(/\s+/gu, ' ')
		.replace(/['’ʼ‘`]/gu, "'")
		.replace(/[-‐‑‒–—]/gu, '-')
		.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// The trie: every name and alias, character by character
// ---------------------------------------------------------------------------------------------

/** A trie node. Edges: exact units, lower-cased units, and classes (whitespace, dash, apostrophe). */
interface TrieNode {
	/** Units that must match as written (acronyms, case-sensitive aliases). */
	exact: Map<number, TrieNode> | null;
	/** Units that match in either case, keyed by their lower-case form. */
	folded: Map<number, TrieNode> | null;
	/** One or more whitespace characters. */
	space: TrieNode | null;
	/** Any dash. */
	dash: TrieNode | null;
	/** Any apostrophe. */
	apostrophe: TrieNode | null;
	/** The entry whose name or alias ends here, if one does. */
	entry: KnownEvent | null;
}

function newNode(): TrieNode {
	return { exact: null, folded: null, space: null, dash: null, apostrophe: null, entry: null };
}

function childOf(map: Map<number, TrieNode>, unit: number): TrieNode {
	let child = map.get(unit);
	if (!child) {
		child = newNode();
		map.set(unit, child);
	}
	return child;
}

/** Add `alias` (leading "the " removed) to the trie below `root`; returns the node where it ends. */
function insert(root: TrieNode, alias: string, exactCase: boolean): TrieNode {
	let node = root;
	for (const part of alias.split(PART_SEPARATOR)) {
		if (!part) continue;
		if (/^\s+$/u.test(part)) {
			node = node.space ??= newNode();
		} else if (part.length === 1 && DASH_CHARS.includes(part)) {
			node = node.dash ??= newNode();
		} else if (part.length === 1 && APOSTROPHE_CHARS.includes(part)) {
			node = node.apostrophe ??= newNode();
		} else {
			const sensitive = exactCase || isAcronym(part);
			for (let i = 0; i < part.length; i++) {
				const unit = part.charCodeAt(i);
				node = sensitive
					? childOf((node.exact ??= new Map()), unit)
					: childOf((node.folded ??= new Map()), foldUnit(unit));
			}
		}
	}
	return node;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hashes are cut to 30 bits: small integers, which sets look up faster. (A collision costs only a trie walk that finds nothing.) */
const HASH_BITS = 0x3fffffff;

/** FNV-1a hash of `text.slice(start, end)`, lower-cased unit by unit when `fold`. */
function hashRange(text: string, start: number, end: number, fold: boolean): number {
	let hash = FNV_OFFSET;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		hash = Math.imul(hash ^ (fold ? foldUnit(c) : c), FNV_PRIME);
	}
	return hash & HASH_BITS;
}

const root = newNode();
/** Entry of every alias key, to refuse an alias given to two entries. */
const entryByKey = new Map<string, KnownEvent>();
/**
 * Hashes of the lower-case first word of every alias: no other word can start a mention. First
 * words matched with their case (`US` in `US Civil War`) go in `exactFirstWords` instead, with
 * their lower-case hash in `foldedExactFirstWords`, so that the pronoun "us" is rejected cheaply.
 */
const firstWords = new Set<number>();
const exactFirstWords = new Set<number>();
const foldedExactFirstWords = new Set<number>();
/**
 * The low 16 bits of every hash in `firstWords` and `foldedExactFirstWords`, as a bitmap: a word
 * whose bit is clear is no first word, told without a set look-up (most words of a text are none).
 */
const mayBeFirstWord = new Uint8Array(1 << 13);
const markFirstWord = (hash: number) => (mayBeFirstWord[(hash & 0xffff) >> 3] |= 1 << (hash & 7));
let longestFirstWord = 0;

/**
 * The first two words of every alias that has two: a first word in the text starts a mention only
 * if the word after it (past one run of whitespace, one dash or one apostrophe, as the trie reads
 * them) is the second word of an alias with that first word, told by a hash of the pair. Most
 * first words of a text ("on", "war", "first") are not followed by one, and are rejected without
 * a walk of the trie. First words after which some alias goes on otherwise (alone, "9/11",
 * "U.S. Civil War") are in `walkAlways`: they always walk. A collision only costs a walk.
 */
const secondWords = new Set<number>();
const walkAlways = new Set<number>();

/** How the trie crosses from a first word to the next: 1 whitespace (a run), 2 a dash, 3 an apostrophe; 0 any other way. */
function joinAt(text: string, position: number): number {
	if (position >= text.length) return 0;
	const c = text.charCodeAt(position);
	return isSpace(c) ? 1 : isDash(c) ? 2 : isApostrophe(c) ? 3 : 0;
}

/** Where the word after a join of kind `join` at `position` starts. */
function afterJoin(text: string, position: number, join: number): number {
	if (join !== 1) return position + 1;
	let after = position + 1;
	while (after < text.length && isSpace(text.charCodeAt(after))) after++;
	return after;
}

/** End of the run of word units starting at `position`. */
function wordEnd(text: string, position: number): number {
	let i = position;
	while (i < text.length && isWordUnit(text.charCodeAt(i))) i++;
	return i;
}

/** The hash of a first word (its folded hash), the join after it and the second word (its folded hash). */
function pairHash(first: number, join: number, second: number): number {
	return (Math.imul(Math.imul(first, FNV_PRIME) ^ join, FNV_PRIME) ^ second) & HASH_BITS;
}

/** The folded hash of the word found by the last `foldedWordEnd` call. */
export let foldedHash = 0;

/**
 * End of the run of word units starting at `position`, as `wordEnd`, with its folded hash (as
 * `hashRange(…, true)`) in `foldedHash`: one pass, one table look-up per unit (see `wordFold`).
 * (Exported for a test.)
 */
export function foldedWordEnd(text: string, position: number): number {
	let hash = FNV_OFFSET;
	let i = position;
	for (; i < text.length; i++) {
		const f = wordFoldOf(text.charCodeAt(i));
		if (f === 1) break;
		hash = Math.imul(hash ^ f, FNV_PRIME);
	}
	foldedHash = hash & HASH_BITS;
	return i;
}

/** Record the first two words of `alias`, whose first word (folded hash `first`) ends at `firstEnd`. */
function addPair(alias: string, first: number, firstEnd: number): void {
	const join = joinAt(alias, firstEnd);
	const second = join ? afterJoin(alias, firstEnd, join) : firstEnd;
	const secondEnd = wordEnd(alias, second);
	if (join === 0 || secondEnd === second) walkAlways.add(first);
	else secondWords.add(pairHash(first, join, hashRange(alias, second, secondEnd, true)));
}

/**
 * Can an alias start with the word that ends at `end` (a first word of some alias, folded hash
 * `first`)? Only if the word is one that always walks, or the word after it makes a known pair with it.
 */
function mayStartMention(text: string, first: number, end: number): boolean {
	if (walkAlways.has(first)) return true;
	const join = joinAt(text, end);
	if (join === 0) return false;
	const second = afterJoin(text, end, join);
	const secondEnd = foldedWordEnd(text, second);
	return secondEnd > second && secondWords.has(pairHash(first, join, foldedHash));
}

for (const entry of knownEvents) {
	const exact = new Set(entry.caseSensitive ?? []);
	for (const written of [entry.name, ...entry.aliases]) {
		const alias = written.trim().replace(LEADING_THE, '');
		const problem = (message: string) =>
			new Error(`knowledge base entry "${entry.id}": alias "${written}" ${message}`);
		if (!alias) throw problem('is only "the"');
		let firstLength = 0;
		while (firstLength < alias.length && isWordUnit(alias.charCodeAt(firstLength))) firstLength++;
		if (firstLength === 0) throw problem('must start with a letter or digit');
		const key = keyOf(alias);
		const other = entryByKey.get(key);
		if (other && other !== entry) throw problem(`is also an alias of "${other.id}"`);
		entryByKey.set(key, entry);

		const exactCase = exact.has(written);
		if (exactCase || isAcronym(alias.split(PART_SEPARATOR)[0])) {
			exactFirstWords.add(hashRange(alias, 0, firstLength, false));
			foldedExactFirstWords.add(hashRange(alias, 0, firstLength, true));
		} else {
			firstWords.add(hashRange(alias, 0, firstLength, true));
		}
		markFirstWord(hashRange(alias, 0, firstLength, true));
		addPair(alias, hashRange(alias, 0, firstLength, true), firstLength);
		longestFirstWord = Math.max(longestFirstWord, firstLength);
		insert(root, alias, exactCase).entry = entry;
	}
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

/** "of" and one word at the end of a name ("surrender of Japan"). */
const OF_WORD_END = /\bof\s+\S+$/i;

/**
 * True when a mention may end at `position`: not inside a word, and not inside a numeric date
 * (`9/11` in `9/11/2019`). A dash may follow: "the War of 1812–15".
 */
function mayEndAt(text: string, position: number): boolean {
	if (position >= text.length) return true;
	const c = text.charCodeAt(position);
	if (isWordUnit(c)) return false;
	// "the unconditional surrender of Japan's armed forces": a name "… of X" whose X takes a possessive belongs to the
	// phrase after it, not to the event ("World War II's end", "Apollo 11's Moon landing" are the event's).
	if (isApostrophe(c) && (text.charCodeAt(position + 1) | 32) === 115 && !isWordUnit(text.charCodeAt(position + 2)) && OF_WORD_END.test(text.slice(Math.max(0, position - 40), position))) return false;
	const slashOrDot = c === 47 || c === 46;
	return !(slashOrDot && position + 1 < text.length && isNumberUnit(text.charCodeAt(position + 1)));
}

/** True when a mention may start at `position`, a word start: not inside a date (`2019/9/11`). */
function mayStartAt(text: string, position: number): boolean {
	if (position < 2) return true;
	const c = text.charCodeAt(position - 1);
	return !((c === 47 || c === 46) && isNumberUnit(text.charCodeAt(position - 2)));
}

/** Result of the last `longestAt` call: the end and entry of the longest mention found. */
let bestEnd = -1;
let bestEntry: KnownEvent | null = null;

/** Follow every edge of `node` that `text` allows from `position`, keeping the longest mention. */
function walk(text: string, position: number, node: TrieNode): void {
	if (node.entry !== null && position > bestEnd && mayEndAt(text, position)) {
		bestEnd = position;
		bestEntry = node.entry;
	}
	if (position >= text.length) return;
	const c = text.charCodeAt(position);
	if (node.folded !== null) {
		const next = node.folded.get(foldUnit(c));
		if (next !== undefined) walk(text, position + 1, next);
	}
	if (node.exact !== null) {
		const next = node.exact.get(c);
		if (next !== undefined) walk(text, position + 1, next);
	}
	if (node.space !== null && isSpace(c)) {
		let after = position + 1;
		while (after < text.length && isSpace(text.charCodeAt(after))) after++;
		walk(text, after, node.space);
	}
	if (node.dash !== null && isDash(c)) walk(text, position + 1, node.dash);
	if (node.apostrophe !== null && isApostrophe(c)) walk(text, position + 1, node.apostrophe);
}

/** Length of the longest mention starting at `position` (0 when none); its entry in `bestEntry`. */
function longestAt(text: string, position: number): number {
	bestEnd = -1;
	bestEntry = null;
	walk(text, position, root);
	return bestEnd < 0 ? 0 : bestEnd - position;
}

/** Where the word found by the last `nextCandidate` call ends, and its folded hash. */
let candidateEnd = 0;
let candidateHash = 0;

/**
 * Start of the first word at or after `from` (and before `limit`) that is the first word of some
 * alias, or -1. `from` must not be inside a word. Sets `candidateEnd`.
 */
function nextCandidate(text: string, from: number, limit: number): number {
	const length = text.length;
	let i = from;
	while (i < limit) {
		if (wordFoldOf(text.charCodeAt(i)) === 1) {
			i++;
			continue;
		}
		const start = i;
		let hash = FNV_OFFSET;
		for (; i < length; i++) {
			const f = wordFoldOf(text.charCodeAt(i));
			if (f === 1) break;
			hash = Math.imul(hash ^ f, FNV_PRIME);
		}
		if (i - start > longestFirstWord) continue;
		const folded = hash & HASH_BITS;
		if (!(mayBeFirstWord[(folded & 0xffff) >> 3] & (1 << (folded & 7)))) continue;
		if (
			firstWords.has(folded) ||
			(foldedExactFirstWords.has(folded) && exactFirstWords.has(hashRange(text, start, i, false)))
		) {
			candidateEnd = i;
			candidateHash = folded;
			return start;
		}
	}
	return -1;
}

/**
 * Every mention of a known event's name or alias in `text`, sorted by start, non-overlapping.
 *
 * Matching: whole words only; case-insensitive except acronyms (`WWII`, `VE Day`, `9/11`) and
 * the few aliases marked case-sensitive; any run of whitespace matches a space; straight and
 * curly apostrophes are the same, and so are hyphens and dashes. A leading "the " is never part
 * of a mention. Where mentions overlap the longest wins ("Soviet Union's victory over Nazi
 * Germany" rather than "victory over Nazi Germany" inside it).
 *
 * Fast enough for megabytes: one pass over the words, in which a set of hashed first words
 * rejects almost all of them; the rest walk the trie built at load time.
 */
export function findKnownEvents(text: string): KnownEventMatch[] {
	const matches: KnownEventMatch[] = [];
	let position = 0;
	while (position < text.length) {
		const candidate = nextCandidate(text, position, text.length);
		if (candidate < 0) break;
		position = candidateEnd;
		if (!mayStartAt(text, candidate) || !mayStartMention(text, candidateHash, candidateEnd)) continue;
		const length = longestAt(text, candidate);
		if (length === 0 || bestEntry === null) continue;
		let entry: KnownEvent = bestEntry;
		let start = candidate;
		let end = start + length;
		// A longer mention may start inside this one ("A B" then "B C D"): the longest wins.
		let inner = nextCandidate(text, position, end);
		for (; inner >= 0; inner = nextCandidate(text, candidateEnd, end)) {
			const longer = mayStartAt(text, inner) && mayStartMention(text, candidateHash, candidateEnd) ? longestAt(text, inner) : 0;
			if (bestEntry !== null && inner + longer > end && longer > end - start) {
				entry = bestEntry;
				start = inner;
				end = inner + longer;
			}
		}
		matches.push({ entry, start, end, text: text.slice(start, end) });
		position = end;
	}
	return matches;
}

/**
 * The entry one of whose names or aliases is exactly `name` (a leading "the " and surrounding
 * whitespace ignored; same case, whitespace, apostrophe and dash rules as `findKnownEvents`).
 */
export function findKnownEventByName(name: string): KnownEvent | undefined {
	const phrase = name.trim().replace(LEADING_THE, '');
	if (!phrase) return undefined;
	const length = longestAt(phrase, 0);
	return length === phrase.length && bestEntry !== null ? bestEntry : undefined;
}
