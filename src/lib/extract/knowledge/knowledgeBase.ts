/**
 * Knowledge base of well-known historical events ("World War II", "the fall of the Berlin Wall",
 * "the Soviet Union's victory over Nazi Germany"), used to date mentions of those events and of
 * their anniversaries in any text.
 *
 * The data lives in `events.json`; it is validated once, when this module loads, and every name
 * and alias is compiled into ONE regular expression shaped like a trie, so that finding mentions
 * costs one scan of the text however many entries there are.
 *
 * Pure TypeScript: no DOM, no Svelte.
 */
import { z } from 'zod';
import type { Granularity } from '../types.ts';
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
	/** First day (or month, or year, per `granularity`): `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, Gregorian. */
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
	year: /^\d{4}$/,
	month: /^\d{4}-(0[1-9]|1[0-2])$/,
	day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
};

/** True when `value` (of the given precision) is a real date: no 31 April, no 29 February 1900. */
function isRealDate(value: string, granularity: 'year' | 'month' | 'day'): boolean {
	if (!DATE_PATTERN[granularity].test(value)) return false;
	if (granularity !== 'day') return true;
	const [y, m, d] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
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
			} else if (entry.end < entry.start) {
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
// Compiling names and aliases into one trie-shaped regular expression
// ---------------------------------------------------------------------------------------------

const SPACE_CLASS = /\s+/gu;
const APOSTROPHES = /['’ʼ‘`]/gu;
const DASHES = /[-‐‑‒–—]/gu;
const LEADING_THE = /^the\s+/iu;

/** The lookup key of a phrase: whitespace collapsed, apostrophes and dashes unified, lower case. */
function keyOf(phrase: string): string {
	return phrase.replace(SPACE_CLASS, ' ').replace(APOSTROPHES, "'").replace(DASHES, '-').toLowerCase();
}

const ROMAN_NUMERAL = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;

/**
 * True for a part of an alias written as an acronym (`WWII`, `WW2`, `VE`, `UN`, `JFK`, `E`): no
 * lower-case letter, at least one capital, and not a Roman numeral (`I`, `II`: "World War ii"
 * should still match).
 */
function isAcronym(part: string): boolean {
	if (/\p{Ll}/u.test(part) || !/\p{Lu}/u.test(part)) return false;
	const letters = part.replace(/[^\p{L}]/gu, '');
	return !(letters && !/\d/u.test(part) && ROMAN_NUMERAL.test(letters));
}

function escapeChar(ch: string): string {
	return /[\\^$.*+?()[\]{}|/]/u.test(ch) ? `\\${ch}` : ch;
}

/** Splits an alias into words and separators (kept, being captured). */
const PART_SEPARATOR = /(\s+|[-‐‑‒–—/]|['’ʼ‘`])/u;

/** One step of an alias pattern: a trie edge. */
interface Unit {
	/** Identity of the edge in the trie (same key = same edge). */
	key: string;
	/** Regular-expression source for the edge. */
	source: string;
}

/**
 * Split an alias (leading "the " already removed) into trie units: flexible whitespace, any
 * apostrophe, any dash, and letters that match in either case unless they belong to an acronym
 * or the alias is listed as case-sensitive.
 */
function unitsOf(alias: string, exactCase: boolean): Unit[] {
	const units: Unit[] = [];
	// Words are split on whitespace, dashes, slashes and apostrophes, so `VJ-Day` is the acronym
	// `VJ` then `Day`, and `UK's` is the acronym `UK` then `s`.
	const parts = alias.split(PART_SEPARATOR);
	for (const part of parts) {
		if (!part) continue;
		if (/^\s+$/u.test(part)) {
			units.push({ key: ' ', source: '\\s+' });
			continue;
		}
		if (/^[-‐‑‒–—]$/u.test(part)) {
			units.push({ key: '-', source: '[\\-‐‑‒–—]' });
			continue;
		}
		const sensitive = exactCase || isAcronym(part);
		for (const ch of part) {
			if (/['’ʼ‘`]/u.test(ch)) {
				units.push({ key: "'", source: "['’ʼ‘`]" });
				continue;
			}
			const lower = ch.toLowerCase();
			const upper = ch.toUpperCase();
			if (sensitive || lower === upper || lower.length !== 1 || upper.length !== 1) {
				units.push({ key: `=${ch}`, source: escapeChar(ch) });
			} else {
				units.push({ key: `~${lower}`, source: `[${upper}${lower}]` });
			}
		}
	}
	return units;
}

// ---------------------------------------------------------------------------------------------
// Fast word scanning: a mention can only start at a word whose lower-case form is the first word
// of some alias. Words are hashed from their UTF-16 units, without building strings.
// ---------------------------------------------------------------------------------------------

const WORD_UNIT = /^[\p{L}\p{N}_]$/u;
/** Per UTF-16 unit above ASCII: 0 not yet known, 1 word character, 2 not. */
const unitClass = new Uint8Array(0x10000);
/** Per UTF-16 unit above ASCII: its lower-case unit, 0 while not yet known. */
const unitLower = new Uint16Array(0x10000);

/** True for a UTF-16 unit that is a letter, digit or `_` (surrogates count as not). */
function isWordUnit(c: number): boolean {
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
function foldUnit(c: number): number {
	if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
	let lower = unitLower[c];
	if (lower === 0) {
		const folded = String.fromCharCode(c).toLowerCase();
		lower = folded.length === 1 ? folded.charCodeAt(0) : c;
		unitLower[c] = lower;
	}
	return lower;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash of `text.slice(start, end)`, lower-cased unit by unit when `fold`. */
function hashRange(text: string, start: number, end: number, fold: boolean): number {
	let hash = FNV_OFFSET;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		hash = Math.imul(hash ^ (fold ? foldUnit(c) : c), FNV_PRIME);
	}
	return hash >>> 0;
}

interface TrieNode {
	children: Map<string, { unit: Unit; node: TrieNode }>;
	terminal: boolean;
}

function newNode(): TrieNode {
	return { children: new Map(), terminal: false };
}

/** Regular-expression source for a trie: longer continuations are tried before stopping. */
function trieSource(node: TrieNode): string {
	const alternatives = [...node.children.values()]
		.sort((a, b) => (a.unit.key < b.unit.key ? -1 : a.unit.key > b.unit.key ? 1 : 0))
		.map(({ unit, node: child }) => unit.source + trieSource(child));
	if (alternatives.length === 0) return '';
	const group = `(?:${alternatives.join('|')})`;
	return node.terminal ? `${group}?` : group;
}

/** How a phrase found in text leads back to its entry. */
interface AliasRecord {
	entry: KnownEvent;
	alias: string;
	/** Source of the alias alone, for exact look-ups by name. */
	source: string;
}

const root = newNode();
const aliasesByKey = new Map<string, AliasRecord[]>();
/**
 * Hashes of the lower-case first word of every alias: other words cannot start a mention. First
 * words matched with their case (`US` in `US Civil War`) go in `exactFirstWordHashes` instead,
 * and their lower-case hash in `foldedExactFirstWordHashes`, so that "us" is rejected cheaply.
 */
const firstWordHashes = new Set<number>();
const exactFirstWordHashes = new Set<number>();
const foldedExactFirstWordHashes = new Set<number>();
let longestFirstWord = 0;

for (const entry of knownEvents) {
	const exact = new Set(entry.caseSensitive ?? []);
	for (const written of [entry.name, ...entry.aliases]) {
		const alias = written.trim().replace(LEADING_THE, '');
		if (!alias) throw new Error(`knowledge base entry "${entry.id}": alias "${written}" is only "the"`);
		let firstLength = 0;
		while (firstLength < alias.length && isWordUnit(alias.charCodeAt(firstLength))) firstLength++;
		if (firstLength === 0) {
			throw new Error(
				`knowledge base entry "${entry.id}": alias "${written}" must start with a letter or digit`
			);
		}
		const firstPart = alias.split(PART_SEPARATOR)[0];
		if (exact.has(written) || isAcronym(firstPart)) {
			exactFirstWordHashes.add(hashRange(alias, 0, firstLength, false));
			foldedExactFirstWordHashes.add(hashRange(alias, 0, firstLength, true));
		} else {
			firstWordHashes.add(hashRange(alias, 0, firstLength, true));
		}
		longestFirstWord = Math.max(longestFirstWord, firstLength);
		const key = keyOf(alias);
		const records = aliasesByKey.get(key) ?? [];
		const clash = records.find((record) => record.entry !== entry);
		if (clash) {
			throw new Error(
				`knowledge base entry "${entry.id}": alias "${written}" is also an alias of "${clash.entry.id}"`
			);
		}
		const units = unitsOf(alias, exact.has(written));
		records.push({ entry, alias, source: units.map((unit) => unit.source).join('') });
		aliasesByKey.set(key, records);
		let node = root;
		for (const unit of units) {
			let edge = node.children.get(unit.key);
			if (!edge) {
				edge = { unit, node: newNode() };
				node.children.set(unit.key, edge);
			}
			node = edge.node;
		}
		node.terminal = true;
	}
}

/**
 * Boundaries: not inside a word, and not inside a numeric date, so that `9/11` does not match in
 * `9/11/2019` and `26/11` not in `26/11/2008`. (A dash may follow: "the War of 1812–15".)
 */
const BEFORE = String.raw`(?<![\p{L}\p{N}_])(?<!\p{N}[\/.])`;
const AFTER = String.raw`(?![\p{L}\p{N}_])(?![\/.]\p{N})`;
const PATTERN_SOURCE = `${BEFORE}${trieSource(root)}${AFTER}`;

/** The combined pattern, sticky: the longest mention starting at one position. */
const stickyPattern = new RegExp(PATTERN_SOURCE, 'uy');

const exactPatterns = new Map<string, RegExp>();

/** True when `phrase` is exactly `record`'s alias, case rules included. */
function matchesExactly(record: AliasRecord, phrase: string): boolean {
	let pattern = exactPatterns.get(record.source);
	if (!pattern) {
		pattern = new RegExp(`^(?:${record.source})$`, 'u');
		exactPatterns.set(record.source, pattern);
	}
	return pattern.test(phrase);
}

/** Entries of phrases already seen (bounded): the same mentions recur throughout a text. */
const matchCache = new Map<string, KnownEvent | undefined>();

function entryForMatch(matched: string): KnownEvent | undefined {
	if (matchCache.has(matched)) return matchCache.get(matched);
	if (matchCache.size >= 4096) matchCache.clear();
	const entry = lookUpMatch(matched);
	matchCache.set(matched, entry);
	return entry;
}

function lookUpMatch(matched: string): KnownEvent | undefined {
	const records = aliasesByKey.get(keyOf(matched));
	if (!records) return undefined;
	if (records.length === 1) return records[0].entry;
	return (records.find((record) => matchesExactly(record, matched)) ?? records[0]).entry;
}

/** Length of the longest mention starting exactly at `position`, or 0 when there is none. */
function mentionLengthAt(text: string, position: number): number {
	stickyPattern.lastIndex = position;
	return stickyPattern.test(text) ? stickyPattern.lastIndex - position : 0;
}

/** Where the word found by the last `nextCandidate` call ends. */
let candidateEnd = 0;

/**
 * Start of the first word at or after `from` (and before `limit`) that is the first word of some
 * alias, or -1. `from` must not be inside a word. Sets `candidateEnd`.
 */
function nextCandidate(text: string, from: number, limit: number): number {
	let i = from;
	while (i < limit) {
		if (!isWordUnit(text.charCodeAt(i))) {
			i++;
			continue;
		}
		const start = i;
		let hash = FNV_OFFSET;
		for (; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (!isWordUnit(c)) break;
			hash = Math.imul(hash ^ foldUnit(c), FNV_PRIME);
		}
		if (i - start > longestFirstWord) continue;
		const folded = hash >>> 0;
		if (
			firstWordHashes.has(folded) ||
			(foldedExactFirstWordHashes.has(folded) && exactFirstWordHashes.has(hashRange(text, start, i, false)))
		) {
			candidateEnd = i;
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
 * rejects almost all of them; only the rest try the one compiled trie expression.
 */
export function findKnownEvents(text: string): KnownEventMatch[] {
	const matches: KnownEventMatch[] = [];
	let position = 0;
	while (position < text.length) {
		const candidate = nextCandidate(text, position, text.length);
		if (candidate < 0) break;
		position = candidateEnd;
		const length = mentionLengthAt(text, candidate);
		if (length === 0) continue;
		let start = candidate;
		let end = start + length;
		// A longer mention may start inside this one ("A B" then "B C D"): the longest wins.
		for (let inner = nextCandidate(text, position, end); inner >= 0; inner = nextCandidate(text, candidateEnd, end)) {
			const longer = mentionLengthAt(text, inner);
			if (inner + longer > end && longer > end - start) {
				start = inner;
				end = inner + longer;
			}
		}
		const matched = text.slice(start, end);
		const entry = entryForMatch(matched);
		if (entry) matches.push({ entry, start, end, text: matched });
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
	const records = aliasesByKey.get(keyOf(phrase));
	return records?.find((record) => matchesExactly(record, phrase))?.entry;
}
