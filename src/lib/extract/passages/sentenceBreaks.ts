/**
 * Sentence boundaries by the Unicode rules (UAX #29, as Intl.Segmenter applies them for
 * English), read by a hand scanner for text in the characters most text is written in: ASCII,
 * Latin letters and the common typographic quotes, dashes and spaces. It gives exactly the
 * segments Intl.Segmenter gives, at a fraction of the cost; for a text with any other character
 * it returns null, and the caller asks Intl.Segmenter.
 */

/** Sentence_Break classes (UAX #29) of the characters the scanner knows. */
const enum SB {
	Other = 0,
	CR,
	LF,
	Sep,
	Sp,
	Lower,
	Upper,
	OLetter,
	Numeric,
	ATerm,
	STerm,
	Close,
	SContinue,
	/** Not known to the scanner: leave the text to Intl.Segmenter. */
	Unknown
}

/** Highest UTF-16 unit with a class in the table below (beyond it, only the few listed in `EXTRA`). */
const TABLE_END = 0x250;
const table = new Uint8Array(TABLE_END).fill(SB.Unknown);
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
})();

function classOf(c: number): SB {
	return c < TABLE_END ? (table[c] as SB) : (EXTRA.get(c) ?? SB.Unknown);
}

const isParaSep = (k: SB) => k === SB.CR || k === SB.LF || k === SB.Sep;

/**
 * Start offsets of the sentences of `text` (the first is 0), as Intl.Segmenter("en",
 * { granularity: "sentence" }) finds them, or null when the text holds a character the scanner
 * does not know. Empty text: [].
 */
export function sentenceStarts(text: string): number[] | null {
	const n = text.length;
	const classes = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const k = classOf(text.charCodeAt(i));
		if (k === SB.Unknown) return null;
		classes[i] = k;
	}
	const starts: number[] = n ? [0] : [];
	// A boundary follows only a paragraph separator or a terminator, its closing punctuation and spaces.
	for (let i = 1; i < n; i++) {
		const prev = classes[i - 1];
		if ((prev >= SB.CR && prev <= SB.Sp) || prev === SB.ATerm || prev === SB.STerm || prev === SB.Close) if (breaksBefore(classes, i)) starts.push(i);
	}
	return starts;
}

/** Is there a sentence boundary between `i - 1` and `i` (0 < i < length)? Rules SB3 to SB11 and SB998. */
function breaksBefore(k: Uint8Array, i: number): boolean {
	const prev = k[i - 1] as SB;
	const cur = k[i] as SB;
	if (prev === SB.CR && cur === SB.LF) return false; // SB3
	if (isParaSep(prev)) return true; // SB4
	// The context to the left: SATerm Close* Sp*.
	let j = i - 1;
	let spaces = false;
	while (j >= 0 && k[j] === SB.Sp) (j--, (spaces = true));
	let closes = false;
	while (j >= 0 && k[j] === SB.Close) (j--, (closes = true));
	if (j < 0) return false;
	const term = k[j] as SB;
	if (term !== SB.ATerm && term !== SB.STerm) return false; // SB998
	if (term === SB.ATerm && !spaces && !closes) {
		if (cur === SB.Numeric) return false; // SB6
		if (cur === SB.Upper && j > 0 && (k[j - 1] === SB.Upper || k[j - 1] === SB.Lower)) return false; // SB7
	}
	if (term === SB.ATerm) {
		// SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
		for (let x = i; x < k.length; x++) {
			const c = k[x] as SB;
			if (c === SB.Lower) return false;
			if (c === SB.OLetter || c === SB.Upper || isParaSep(c) || c === SB.ATerm || c === SB.STerm) break;
		}
	}
	if (cur === SB.SContinue || cur === SB.ATerm || cur === SB.STerm) return false; // SB8a
	if (!spaces && (cur === SB.Close || cur === SB.Sp || isParaSep(cur))) return false; // SB9
	if (cur === SB.Sp || isParaSep(cur)) return false; // SB10
	return true; // SB11
}
