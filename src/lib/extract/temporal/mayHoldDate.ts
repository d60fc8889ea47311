/**
 * The quick test of whether a sentence can hold a date at all, so the heavy grammar runs only
 * where it may match (see runParsers): a year-like number, a numeric date or time, or a word
 * that starts like a date word ("jan", "today", "centur", "era"). Prices and counts ("$3.31",
 * "1,200 people") do not pass on their digits alone. The same answer as one regex, `\b(?:<digit forms>|jan|feb|…)/i`, read in two
 * parts: the digit forms by a regex, only when there is a digit; the words by one pass over the
 * text with a trie of the date words, at the start of each word.
 */

/** The forms that need a digit, as in the one regex. */
const DIGIT_FORMS = /\b(?:(?:AD|A\.D\.)\s*\d|1\d{3}|20\d{2}|\d{1,4}\s*(?:BC|AD|CE|a\.?m|p\.?m|h\b|hrs|s\b|'?s\b|st\b|nd\b|rd\b|th\b)|\d{1,2}[/:.-]\d{1,2}|'\d0s)/i;
const DIGIT = /\d/;

/** Words a sentence may hold a date by, when a word starts with one of them (in any case). */
export const DATE_WORD_STARTS = [
	'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
	'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'ago', 'last', 'next', 'this', 'week', 'month', 'year', 'decade', 'centur',
	'millenni', 'anniversar', 'centenar', 'centennial', 'jubilee', 'later', 'earlier', 'following', 'previous', 'day', 'noon',
	'midnight', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter', 'quarter', 'half',
	'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'curr', 'recen', 'futur', 'past',
	'present', 'nowadays', 'daily', 'weekly', 'monthly', 'annual', 'yearly', 'hour', 'minute', 'second', 'time', 'period', 'term', 'era',
	// Holidays whose name holds no word above ("Christmas Eve", "Easter"; "Labor Day" has "day").
	'christmas', 'easter', 'thanksgiving', 'halloween', 'pentecost',
	// Years said in words ("nineteen ninety-six", "two thousand and one").
	'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thousand'
];

/** The trie: 26 transitions per node (0 = none; the root is node 0), and which nodes end a word. */
const children: number[] = new Array(26).fill(0);
const ends: boolean[] = [false];
for (const word of DATE_WORD_STARTS) {
	let node = 0;
	for (let i = 0; i < word.length; i++) {
		const k = word.charCodeAt(i) - 97;
		let child = children[node * 26 + k];
		if (!child) {
			child = ends.length;
			ends.push(false);
			children.push(...new Array(26).fill(0));
			children[node * 26 + k] = child;
		}
		node = child;
	}
	ends[node] = true;
}
const next = Int32Array.from(children);

/** A word character as `\w` reads it without the `u` flag. */
function isWordChar(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Does a word of `text.slice(start, end)` start with a date word? */
function hasDateWord(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; ) {
		if (!isWordChar(text.charCodeAt(i))) {
			i++;
			continue;
		}
		// A word starts at i: follow the trie along it.
		let node = 0;
		let j = i;
		for (; j < end; j++) {
			const c = text.charCodeAt(j) | 32;
			if (c < 97 || c > 122) break;
			node = next[node * 26 + c - 97];
			if (!node) break;
			if (ends[node]) return true;
		}
		for (i = j; i < end && isWordChar(text.charCodeAt(i)); i++);
	}
	return false;
}

/** `MAY_HOLD_DATE.test(text.slice(start, end))`, the one regex this stands for. */
export function mayHoldDate(text: string, start: number, end: number): boolean {
	if (hasDateWord(text, start, end)) return true;
	const slice = text.slice(start, end);
	return DIGIT.test(slice) && DIGIT_FORMS.test(slice);
}
