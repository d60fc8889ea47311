/**
 * A cheap test before a regex scan: can the scope hold a match at all? Most of the parsers'
 * patterns cannot match without one of a few words ("year", "ago", "quarter"); a scope that
 * holds none of them is skipped, so that each pattern scans only the text it may match in.
 * The tests are necessary conditions, never sufficient: what the patterns find is unchanged.
 *
 * One pass per scope reads all the gates at once, with an automaton of all their words. It also
 * notes where the words of some gates are, so that a pattern whose matches are runs of some
 * characters holding such a word scans only the runs that hold one ({@link runPattern}).
 */
import type { PassageScope } from './scope.ts';
import { buildAutomaton, type Automaton } from '../text/ahoCorasick.ts';

/** A gate: one of some words (ASCII letters, digits and apostrophes), anywhere, in any case. */
export interface Gate {
	/** The gate's bit in a scope's mask. */
	readonly bit: number;
	readonly words: readonly string[];
}

const gates: Gate[] = [];

/**
 * All the gates' words in one automaton (Aho–Corasick), so that one pass over a scope finds
 * every gate word in it, overlapping ones too. Characters: the 26 letters (either case), the
 * digits, the two apostrophes; any other character ends a word, and no gate word holds one.
 */
const ALPHABET = 38;
/** The automaton's class of a UTF-16 unit, or -1 for one no gate word holds. */
export function classOf(c: number): number {
	if (c >= 97 && c <= 122) return c - 97;
	if (c >= 65 && c <= 90) return c - 65;
	if (c >= 48 && c <= 57) return 26 + c - 48;
	return c === 39 ? 36 : c === 0x2019 ? 37 : -1;
}

/**
 * The class of each ASCII unit for the scan, with OTHER (ALPHABET) for the units no gate word
 * holds: the scan's table has a column for OTHER that goes back to the start state, so a step
 * is one look-up whatever the unit.
 */
const OTHER = ALPHABET;
const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
	const k = classOf(c);
	asciiClass[c] = k < 0 ? OTHER : k;
}
/** The one unit above ASCII a gate word may hold: ’ (the decades’ "0’s"). */
const RIGHT_QUOTE_CLASS = classOf(0x2019);
/** `classOf(c)` for the scan: OTHER for -1. (Exported, with classOf, for a test.) */
export function scanClassOf(c: number): number {
	return c < 128 ? asciiClass[c] : c === 0x2019 ? RIGHT_QUOTE_CLASS : OTHER;
}

/** Columns of the automaton's table (next state per state and scan class; its output: the gates' bits): the classes, then OTHER, which goes back to the start state. */
const WIDTH = ALPHABET + 1;

let automaton: Automaton | null = null;

/** The columns the gates' words use: every class but OTHER. */
const WORD_COLUMNS = Array.from({ length: ALPHABET }, (_, k) => k);

function build(): Automaton {
	return buildAutomaton(gates.flatMap((g) => g.words.map((w) => [w, g.bit] as const)), classOf, WORD_COLUMNS, WIDTH);
}

/**
 * A gate for `words`: a pattern without the `u` flag matches an ASCII letter only with an ASCII
 * letter, in either case, so a match holding one of the words holds it in some case. Parsers
 * asking for the same words share one gate (a mask has room for 31).
 */
export function anyOf(words: readonly string[]): Gate {
	const same = gates.find((g) => g.words.length === words.length && g.words.every((w, i) => w === words[i]));
	if (same) return same;
	if (gates.length >= 31) throw new Error('wordFilter: at most 31 gates');
	for (const w of words) if (!/^[a-z0-9'’]+$/.test(w)) throw new Error(`wordFilter: a gate word is lower-case ASCII letters, digits and apostrophes, not “${w}”`);
	const gate = { bit: 1 << gates.length, words: [...words] };
	gates.push(gate);
	automaton = null;
	return gate;
}

/** The gates whose words' places a scan notes ({@link runPattern}'s keys), as a mask. */
let keyGates = 0;

/**
 * The classes of run characters of the run patterns ({@link runPattern}), each once: a scan notes,
 * for each place of a key word, where the run of each class that holds it starts.
 */
const runClasses: Array<{ source: string; re: RegExp }> = [];
/** Per ASCII unit: the classes (bit k: runClasses[k]) it is a run character of. */
const asciiRunBits = new Uint8Array(128);
/** The same for the units above ASCII met so far (there are few in a text). */
const wideRunBits = new Map<number, number>();

/** The run classes (bits) the unit `c` is a character of. */
function runBitsOf(c: number): number {
	if (c < 128) return asciiRunBits[c];
	let b = wideRunBits.get(c);
	if (b === undefined) {
		b = 0;
		for (let k = 0; k < runClasses.length; k++) if (runClasses[k].re.test(String.fromCharCode(c))) b |= 1 << k;
		wideRunBits.set(c, b);
	}
	return b;
}

/** What one pass over a scope found. */
interface Scan {
	/** The key gates and run classes when it was made: a scan made before a run pattern was added is made again. */
	keys: number;
	classes: number;
	/** The gates the text holds a word of. */
	mask: number;
	/** Where a word of a key gate ends (the index of its last unit), in text order, and the key gates (bits) it is a word of. */
	ends: number[];
	bits: number[];
	/** For the j-th of `ends` and each run class k: where the run of class k holding it starts, at `j * runClasses.length + k`. */
	runStarts: number[];
}

const scans = new WeakMap<PassageScope, Scan>();

/** For a scan, per run class: the index of the last unit so far that is no character of the class (-1 for none). */
let lastStop = new Int32Array(0);

/** The scan of the scope's text; computed once per scope (every parser asks). */
function scanOf(scope: PassageScope): Scan {
	let scan = scans.get(scope);
	if (scan === undefined || scan.keys !== keyGates || scan.classes !== runClasses.length) {
		const { next, output } = (automaton ??= build());
		const text = scope.text;
		const keys = keyGates;
		const classes = runClasses.length;
		const allRuns = (1 << classes) - 1;
		if (lastStop.length !== classes) lastStop = new Int32Array(classes);
		lastStop.fill(-1);
		let state = 0;
		let mask = 0;
		const ends: number[] = [];
		const bits: number[] = [];
		const runStarts: number[] = [];
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			state = next[state * WIDTH + scanClassOf(c)];
			const runs = runBitsOf(c);
			if (runs !== allRuns) for (let k = 0; k < classes; k++) if (!(runs & (1 << k))) lastStop[k] = i;
			const found = output[state];
			mask |= found;
			if (found & keys) {
				ends.push(i);
				bits.push(found & keys);
				for (let k = 0; k < classes; k++) runStarts.push(lastStop[k] + 1);
			}
		}
		scans.set(scope, (scan = { keys, classes, mask, ends, bits, runStarts }));
	}
	return scan;
}

/** The gates the scope's text holds a word of, as a mask. */
function maskOf(scope: PassageScope): number {
	return scanOf(scope).mask;
}

/** Does the scope's text hold one of the gate's words? */
export function holds(scope: PassageScope, gate: Gate): boolean {
	return (maskOf(scope) & gate.bit) !== 0;
}

/**
 * The matches of a global regex in `text`, as `text.matchAll(re)` gives them, read with `exec`:
 * `matchAll` clones the regex and steps an iterator, which costs more than the scan on the short
 * texts the parsers see, tens of thousands of times per megabyte. All are read before any is
 * used, so a caller may use the same regex again while it loops over them; `lastIndex` is left at 0.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
	if (!re.global) throw new TypeError('allMatches: the regex must be global');
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push(m);
		// An empty match: step over one character (a whole code point with the `u` flag), as matchAll does.
		if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
	}
	re.lastIndex = 0;
	return out;
}

/** The matches of a global regex in the scope's text; none, without a scan, when a gate finds none of its words. */
export function matchesIn(scope: PassageScope, re: RegExp, ...gates: readonly Gate[]): Iterable<RegExpExecArray> {
	const mask = maskOf(scope);
	for (const gate of gates) if (!(mask & gate.bit)) return [];
	return allMatches(scope.text, re);
}

/**
 * A global regex every match of which is a run of some characters (`runChars`, a class body such
 * as `A-Za-z\\s`) holding a word of `key`: "two weeks", "the following year". Such a pattern can
 * only match in a run of those characters that holds a key word, so {@link matchesInRuns} runs it
 * only there, from the run's start (which the scope's one scan notes with the key word's place),
 * and stops it at the run's end: `bounded` is the pattern or else one character out of the runs,
 * which no match of the pattern starts with.
 */
export interface RunPattern {
	readonly re: RegExp;
	readonly key: Gate;
	readonly bounded: RegExp;
	/** The index of its class of run characters in runClasses. */
	readonly runClass: number;
}

/** `re` scanned only in the runs of `runChars` that hold a word of `key` (see {@link RunPattern}); the caller vouches for both. */
export function runPattern(re: RegExp, key: Gate, runChars: string): RunPattern {
	if (!re.global) throw new TypeError('runPattern: the regex must be global');
	const flags = re.flags.replace(/[gy]/g, '');
	const source = `[${runChars}]/${flags}`;
	let runClass = runClasses.findIndex((k) => k.source === source);
	if (runClass < 0) {
		if (runClasses.length >= 8) throw new Error('wordFilter: at most 8 classes of run characters');
		runClass = runClasses.length;
		const one = new RegExp(`^[${runChars}]$`, flags);
		runClasses.push({ source, re: one });
		for (let c = 0; c < 128; c++) if (one.test(String.fromCharCode(c))) asciiRunBits[c] |= 1 << runClass;
		wideRunBits.clear();
	}
	keyGates |= key.bit;
	return { re, key, bounded: new RegExp(`(?:${re.source})|[^${runChars}]`, flags + 'g'), runClass };
}

/**
 * The matches of `p.re` in the scope's text, as {@link allMatches} finds them (none when a gate
 * finds none of its words), with the pattern run only in the runs that hold a key word. From
 * where the last match ended (`from`): no match starts before the run of the first key word ending
 * at or after `from`, since a match holds its key word in its own run, and that run holds none;
 * from the run's start, `bounded` finds the pattern's first match in the run, or else stops at its end.
 */
export function matchesInRuns(scope: PassageScope, p: RunPattern, ...gates: readonly Gate[]): RegExpExecArray[] {
	const { mask, ends, bits, runStarts, classes } = scanOf(scope);
	for (const gate of gates) if (!(mask & gate.bit)) return [];
	const out: RegExpExecArray[] = [];
	const key = p.key.bit;
	if (!(mask & key)) return out;
	const text = scope.text;
	const bounded = p.bounded;
	const run = 1 << p.runClass;
	let from = 0;
	for (let j = 0; j < ends.length; j++) {
		if (ends[j] < from || !(bits[j] & key)) continue;
		bounded.lastIndex = Math.max(from, runStarts[j * classes + p.runClass]);
		const m = bounded.exec(text);
		if (!m) break;
		if (m[0].length === 0) throw new Error('matchesInRuns: a pattern of runs never matches the empty string');
		if (runBitsOf(text.charCodeAt(m.index)) & run) out.push(m);
		from = m.index + m[0].length;
	}
	bounded.lastIndex = 0;
	return out;
}

const DIGIT = /\d/;

/** Does the scope hold a digit (0-9)? */
export function hasDigit(scope: PassageScope): boolean {
	return DIGIT.test(scope.text);
}
