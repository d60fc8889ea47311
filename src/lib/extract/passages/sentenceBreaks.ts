/**
 * Sentence boundaries by the Unicode rules (UAX #29, as Intl.Segmenter applies them for
 * English), read by a hand scanner for text in the characters most text is written in: ASCII,
 * Latin letters and the common typographic quotes, dashes and spaces. It gives exactly the
 * segments Intl.Segmenter gives, at a fraction of the cost; for a text with any other character
 * it returns null, and the caller asks Intl.Segmenter.
 */

/**
 * Sentence_Break classes (UAX #29) of the characters the scanner knows. The classes after which
 * something may happen out of a terminator's context (a paragraph separator or a terminator, SATerm),
 * then Unknown, come last: one comparison with CR tells a character of them.
 */
const enum SB {
	Other = 0,
	Sp,
	Lower,
	Upper,
	OLetter,
	Numeric,
	Close,
	SContinue,
	CR,
	LF,
	Sep,
	ATerm,
	STerm,
	/** Not known to the scanner: leave the text to Intl.Segmenter. */
	Unknown
}

/** Highest UTF-16 unit with a class worked out below (beyond it, only the few listed in `EXTRA`). */
const TABLE_END = 0x250;
/** The class of every UTF-16 unit: one look-up per character, however far beyond TABLE_END. */
const table = new Uint8Array(0x10000).fill(SB.Unknown);
const EXTRA = new Map<number, SB>([
	[0x2018, SB.Close],
	[0x2019, SB.Close],
	[0x201c, SB.Close],
	[0x201d, SB.Close],
	[0x2013, SB.SContinue],
	[0x2014, SB.SContinue],
	[0x2026, SB.Other]
]);

(() => {
	for (let c = 0; c < 128; c++) {
		const ch = String.fromCharCode(c);
		let k: SB = SB.Other;
		if (c === 13) k = SB.CR;
		else if (c === 10) k = SB.LF;
		else if (c === 9 || c === 11 || c === 12 || c === 32) k = SB.Sp;
		else if (c >= 97 && c <= 122) k = SB.Lower;
		else if (c >= 65 && c <= 90) k = SB.Upper;
		else if (c >= 48 && c <= 57) k = SB.Numeric;
		else if (ch === '.') k = SB.ATerm;
		else if (ch === '!' || ch === '?') k = SB.STerm;
		else if ('"\'()[]{}'.includes(ch)) k = SB.Close;
		else if (ch === ',' || ch === '-' || ch === ':' || ch === ';') k = SB.SContinue;
		else if (c < 32 || c === 127) k = SB.Unknown; // other controls: Format, Extend or Other; not worth knowing
		table[c] = k;
	}
	table[0xa0] = SB.Sp;
	// Latin letters (Latin-1 Supplement, Latin Extended-A and -B); other characters there are left unknown.
	for (let c = 0xc0; c < TABLE_END; c++) {
		const ch = String.fromCharCode(c);
		if (!/\p{Alphabetic}/u.test(ch)) continue;
		table[c] = /\p{Uppercase}|\p{Lt}/u.test(ch) ? SB.Upper : /\p{Lowercase}/u.test(ch) ? SB.Lower : SB.OLetter;
	}
	for (const [c, k] of EXTRA) table[c] = k;
})();

/** The class of a UTF-16 unit (`c` < 0x10000, as charCodeAt gives). */
function classOf(c: number): SB {
	return table[c] as SB;
}

const isParaSep = (k: SB) => k === SB.CR || k === SB.LF || k === SB.Sep;

let buffer = new Uint8Array(4096);
/** Where the characters of the classes from CR to STerm are, in order (one buffer for all calls, as `buffer`). */
let openerBuffer = new Int32Array(1024);

/**
 * Start offsets of the sentences of `text` (the first is 0), as Intl.Segmenter("en",
 * { granularity: "sentence" }) finds them, or null when the text holds a character the scanner
 * does not know. Empty text: [].
 */
export function sentenceStarts(text: string): number[] | null {
	const n = text.length;
	// One buffer for all calls, grown as needed: allocating a typed array per call costs more than the scan.
	if (buffer.length < n) buffer = new Uint8Array(Math.max(n, buffer.length * 2));
	if (openerBuffer.length < n) openerBuffer = new Int32Array(Math.max(n, openerBuffer.length * 2));
	const classes = buffer;
	const openerAt = openerBuffer;
	let openers = 0;
	for (let i = 0; i < n; i++) {
		const k = classOf(text.charCodeAt(i));
		if (k >= SB.CR) {
			if (k === SB.Unknown) return null;
			openerAt[openers++] = i;
		}
		classes[i] = k;
	}
	const starts: number[] = n ? [0] : [];
	// The context to the left of each position, kept as the scan goes (linear, however long a run
	// of spaces): a terminator (SATerm) and the closing punctuation (Close*) and spaces (Sp*) after it.
	let term: SB = SB.Other;
	let termAt = -1;
	let closes = false;
	let spaces = false;
	/** Rule SB8's look-ahead for the current context: the same from every position in it (null until asked). */
	let lowerAhead: boolean | null = null;
	/** The first of `openerAt` not behind the scan. */
	let nextOpener = 0;
	for (let i = 1; i < n; i++) {
		// Out of a terminator's context, a position changes nothing until one after a terminator or a
		// paragraph separator: skip to it, the next of those found in the first pass (at or after i - 1).
		if (term === SB.Other) {
			while (nextOpener < openers && openerAt[nextOpener] < i - 1) nextOpener++;
			if (nextOpener === openers || openerAt[nextOpener] + 1 >= n) break;
			i = openerAt[nextOpener] + 1;
		}
		const prev = classes[i - 1] as SB;
		if (prev === SB.ATerm || prev === SB.STerm) (term = prev), (termAt = i - 1), (closes = spaces = false), (lowerAhead = null);
		else if (term !== SB.Other && prev === SB.Close && !spaces) closes = true;
		else if (term !== SB.Other && prev === SB.Sp) spaces = true;
		else term = SB.Other;
		const cur = classes[i] as SB;
		if (prev === SB.CR && cur === SB.LF) continue; // SB3
		if (isParaSep(prev)) {
			starts.push(i); // SB4
			continue;
		}
		if (term === SB.Other) continue; // SB998
		if (term === SB.ATerm && !spaces && !closes) {
			if (cur === SB.Numeric) continue; // SB6
			if (cur === SB.Upper && termAt > 0 && (classes[termAt - 1] === SB.Upper || classes[termAt - 1] === SB.Lower)) continue; // SB7
		}
		// SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
		if (term === SB.ATerm && (lowerAhead ??= lowerFollows(classes, n, i))) continue;
		if (cur === SB.SContinue || cur === SB.ATerm || cur === SB.STerm) continue; // SB8a
		if (!spaces && (cur === SB.Close || cur === SB.Sp || isParaSep(cur))) continue; // SB9
		if (cur === SB.Sp || isParaSep(cur)) continue; // SB10
		starts.push(i); // SB11
	}
	return starts;
}

/** Is the first of the classes from `i` on that is OLetter, Upper, Lower, ParaSep or SATerm a Lower? */
function lowerFollows(k: Uint8Array, n: number, i: number): boolean {
	for (let x = i; x < n; x++) {
		const c = k[x] as SB;
		if (c === SB.Lower) return true;
		if (c === SB.OLetter || c === SB.Upper || isParaSep(c) || c === SB.ATerm || c === SB.STerm) return false;
	}
	return false;
}
