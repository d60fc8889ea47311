/**
 * The quick test of whether a sentence can hold a date at all, so the heavy grammar runs only
 * where it may match (see runParsers): a year-like number, a numeric date or time, or a word
 * that starts like a date word ("jan", "today", "centur", "era"). Prices and counts ("$3.31",
 * "1,200 people") do not pass on their digits alone. The same answer as one regex, `\b(?:<digit forms>|jan|feb|…)/i`, read in two
 * parts: the digit forms by a regex, only when there is a digit; the words by one pass over the
 * text with an automaton made from a trie of the date words (see `step`).
 */

/** The forms that need a digit, as in the one regex. */
const DIGIT_FORMS = /\b(?:FY\s?['’]?\d\d|(?:AD|A\.D\.)\s*\d|1\d{3}|20\d{2}|\d{1,4}\s*(?:BC|B\.C|AD|CE|a\.?m|p\.?m|o['’]clock|h\b|hrs|s\b|'?s\b|st\b|nd\b|rd\b|th\b)|\d{1,2}[/:.-]\d{1,2}|'\d0s|\d{4}\s+(?:GMT|UTC)\b|[QH][1-4]\b)/i;
const DIGIT = /\d/;

/** Words a sentence may hold a date by, when a word starts with one of them (in any case). */
export const DATE_WORD_STARTS = [
	'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
	'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'ago', 'last', 'next', 'this', 'week', 'month', 'year', 'decade', 'centur',
	'millenni', 'anniversar', 'centenar', 'centennial', 'jubilee', 'later', 'earlier', 'following', 'previous', 'day', 'noon',
	'midnight', 'midday', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter', 'quarter', 'half',
	'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'curr', 'recen', 'futur', 'past',
	'present', 'nowadays', 'daily', 'weekly', 'monthly', 'annual', 'yearly', 'hour', 'minute', 'second', 'time', 'period', 'term', 'era',
	// "former" (PAST_REF in a history: see referenceWordParser); "overnight" (the night: see offsetParser).
	'former', 'overnight',
	// "dawn", "dusk" (parts of the day: see chronoParser; "daybreak" and "nightfall" have "day" and "night").
	'dawn', 'dusk',
	// Seasons of play ("this season", "the past three seasons": see offsetParser, durationParser).
	'season',
	// An hour said in words before "o'clock" ("At four o'clock the wind rose": the word after the apostrophe).
	'clock',
	// "a fortnight", "the coming fortnight" (two weeks: see durationParser).
	'fortnight',
	// Holidays whose name holds no word above ("Christmas Eve", "Easter"; "Labor Day" has "day").
	'christmas', 'easter', 'thanksgiving', 'halloween', 'pentecost', 'juneteenth',
	// "over the bank holiday" (England and Wales: see holidayParser).
	'holiday',
	// "the Fourth" (of July, where the text names it: see holidayParser).
	'fourth',
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

/**
 * The trie as an automaton over the characters of a text, one step per character: the states
 * are the trie's nodes (the root: not inside a word), and SKIP (inside a word no date word
 * starts). A letter goes on along the trie, or to SKIP when the word leaves it; a digit or `_`
 * goes to SKIP; any other character to the root. A step onto a node that ends a date word goes
 * to FOUND instead. The same answer as following the trie from each word start, then skipping
 * to the word's end, with a table look-up per character instead of the tests.
 */
const SKIP = ends.length;
const FOUND = -1;
/** Character classes: 0-25 a letter (either case), 26 another word character as `\w` reads it (a digit, `_`), 27 any other. */
const CLASSES = 28;
const OTHER = 27;
const classOf = new Uint8Array(128).fill(OTHER);
for (let c = 0; c < 128; c++) {
	if (c >= 97 && c <= 122) classOf[c] = c - 97;
	else if (c >= 65 && c <= 90) classOf[c] = c - 65;
	else if ((c >= 48 && c <= 57) || c === 95) classOf[c] = 26;
}
const step = new Int32Array((SKIP + 1) * CLASSES);
for (let state = 0; state <= SKIP; state++) {
	for (let k = 0; k < 26; k++) {
		const child = state < SKIP ? children[state * 26 + k] : 0;
		step[state * CLASSES + k] = !child ? SKIP : ends[child] ? FOUND : child;
	}
	step[state * CLASSES + 26] = SKIP;
	step[state * CLASSES + OTHER] = 0;
}

/** Does a word of `text.slice(start, end)` start with a date word? */
function hasDateWord(text: string, start: number, end: number): boolean {
	let state = 0;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		state = step[state * CLASSES + (c < 128 ? classOf[c] : OTHER)];
		if (state === FOUND) return true;
	}
	return false;
}

/** `MAY_HOLD_DATE.test(text.slice(start, end))`, the one regex this stands for. */
export function mayHoldDate(text: string, start: number, end: number): boolean {
	if (hasDateWord(text, start, end)) return true;
	const slice = text.slice(start, end);
	return DIGIT.test(slice) && DIGIT_FORMS.test(slice);
}
