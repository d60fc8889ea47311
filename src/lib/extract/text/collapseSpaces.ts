/**
 * `text.replace(/\s+/g, ' ')` without the copy when there is nothing to change (no whitespace
 * but single spaces), which is most text: the replacement builds a new string piece by piece.
 * Whether there is, as `/[^\S ]| {2}/` tells: a search for two spaces and a regex of one class,
 * together faster than the regex of two alternatives tried at every position (a passage of
 * text, for the key of repeats, is read whole).
 */
const OTHER_SPACE = /[^\S ]/;

export function collapseSpaces(text: string): string {
	return text.includes('  ') || OTHER_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Characters `shorten` trims off the end of a title (after whitespace is collapsed: spaces only). */
const TRAILING = new Set([' ', ',', ';', ':', '–', '—', '-']);

/**
 * `text.replace(/[\s,;:–—-]+$/, '')` for text whose whitespace is collapsed to single spaces:
 * a walk back from the end instead of a regex that tries every position of the text.
 */
export function trimTrailingPunctuation(text: string): string {
	let end = text.length;
	while (end > 0 && TRAILING.has(text[end - 1])) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** `text.replace(/[…]+$/, '')` for a class of single characters `one`, without trying every position of the text. */
export function trimEndOf(text: string, one: RegExp): string {
	let end = text.length;
	while (end > 0 && one.test(text[end - 1])) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** Is the UTF-16 unit whitespace, as `\s` and `trim` read it (WhiteSpace and LineTerminator)? */
export function isWhiteSpace(c: number): boolean {
	if (c < 128) return c === 32 || (c >= 9 && c <= 13);
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
