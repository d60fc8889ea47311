/**
 * A cheap test before a regex scan: can the scope hold a match at all? Most of the parsers'
 * patterns cannot match without one of a few words ("year", "ago", "quarter"); a scope that
 * holds none of them is skipped, so that each pattern scans only the text it may match in.
 * The tests are necessary conditions, never sufficient: what the patterns find is unchanged.
 *
 * One pass per scope reads all the gates at once: the scope's words (runs of ASCII letters,
 * digits and apostrophes, where every gate word must lie) are looked up in a table of the gates
 * each word holds a gate word of, filled as words are first seen.
 */
import type { PassageScope } from './scope.ts';

/** A gate: one of some words (ASCII letters, digits and apostrophes), anywhere, in any case. */
export interface Gate {
	/** The gate's bit in a scope's mask. */
	readonly bit: number;
	readonly words: readonly string[];
}

const gates: Gate[] = [];

/**
 * The gates each word seen holds a gate word of: an open-addressing hash table keyed by the word
 * in lower case, so that a word is looked up without making a string of it. It is only a cache,
 * emptied when it fills up.
 */
const TABLE_SIZE = 1 << 16;
const MAX_ENTRIES = TABLE_SIZE >> 1;
const tableWords: (string | undefined)[] = new Array(TABLE_SIZE);
const tableMasks = new Int32Array(TABLE_SIZE);
let entries = 0;

function clearTable(): void {
	tableWords.fill(undefined);
	entries = 0;
}

/**
 * A gate for `words`: a pattern without the `u` flag matches an ASCII letter only with an ASCII
 * letter, in either case, so a match holding one of the words holds it in some case.
 */
export function anyOf(words: readonly string[]): Gate {
	if (gates.length >= 31) throw new Error('wordFilter: at most 31 gates');
	for (const w of words) if (!/^[a-z0-9'’]+$/.test(w)) throw new Error(`wordFilter: a gate word is lower-case ASCII letters, digits and apostrophes, not “${w}”`);
	const gate = { bit: 1 << gates.length, words: [...words] };
	gates.push(gate);
	clearTable();
	return gate;
}

/** A UTF-16 unit in lower case (ASCII capitals only: a gate word is ASCII). */
const lowerUnit = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Does `text.slice(start, end)`, lower-cased, equal `word`? */
function sameWord(word: string, text: string, start: number, end: number): boolean {
	if (word.length !== end - start) return false;
	for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== lowerUnit(text.charCodeAt(start + i))) return false;
	return true;
}

/** The mask of the gates the word `text.slice(start, end)` holds a gate word of; `hash` is its hash. */
function maskOfWord(text: string, start: number, end: number, hash: number): number {
	let slot = hash & (TABLE_SIZE - 1);
	for (let word = tableWords[slot]; word !== undefined; word = tableWords[slot]) {
		if (sameWord(word, text, start, end)) return tableMasks[slot];
		slot = (slot + 1) & (TABLE_SIZE - 1);
	}
	const lower = text.slice(start, end).toLowerCase();
	let mask = 0;
	for (const g of gates) if (g.words.some((w) => lower.includes(w))) mask |= g.bit;
	if (entries >= MAX_ENTRIES) {
		clearTable();
		slot = hash & (TABLE_SIZE - 1);
	}
	tableWords[slot] = lower;
	tableMasks[slot] = mask;
	entries++;
	return mask;
}

/** Can a UTF-16 unit be part of a gate word (an ASCII letter or digit, an apostrophe)? */
function inWord(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019;
}

const masks = new WeakMap<PassageScope, number>();

/** The gates the scope's text holds a word of, as a mask; computed once per scope (every parser asks). */
function maskOf(scope: PassageScope): number {
	let mask = masks.get(scope);
	if (mask === undefined) {
		const text = scope.text;
		mask = 0;
		for (let i = 0; i < text.length; ) {
			if (!inWord(text.charCodeAt(i))) {
				i++;
				continue;
			}
			const start = i;
			let hash = 0x811c9dc5;
			for (; i < text.length; i++) {
				const c = text.charCodeAt(i);
				if (!inWord(c)) break;
				hash = Math.imul(hash ^ lowerUnit(c), 0x01000193);
			}
			mask |= maskOfWord(text, start, i, hash >>> 16 ^ hash);
		}
		masks.set(scope, mask);
	}
	return mask;
}

/** The matches of a global regex in the scope's text; none, without a scan, when a gate finds none of its words. */
export function matchesIn(scope: PassageScope, re: RegExp, ...gates: readonly Gate[]): Iterable<RegExpExecArray> {
	const mask = maskOf(scope);
	for (const gate of gates) if (!(mask & gate.bit)) return [];
	return scope.text.matchAll(re);
}

const DIGIT = /\d/;

/** Does the scope hold a digit (0-9)? */
export function hasDigit(scope: PassageScope): boolean {
	return DIGIT.test(scope.text);
}
