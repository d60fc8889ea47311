/**
 * Number words and ordinals as people write them in dates: "two weeks", "the eightieth
 * anniversary", "seventy-fifth", "80th", "centenary".
 */
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

const CARDINALS = new Map<string, number>();
const ORDINALS = new Map<string, number>();
for (let n = 0; n < 100; n++) {
	const t = Math.floor(n / 10);
	const u = n % 10;
	CARDINALS.set(n < 20 ? UNITS[n] : u ? `${TENS[t]}-${UNITS[u]}` : TENS[t], n);
	ORDINALS.set(n < 20 ? ORDINAL_UNITS[n] : u ? `${TENS[t]}-${ORDINAL_UNITS[u]}` : ORDINAL_TENS[t], n);
}
CARDINALS.set('a', 1).set('an', 1).set('a few', 3).set('several', 3).set('a couple of', 2).set('hundred', 100).set('a hundred', 100).set('thousand', 1000).set('a thousand', 1000);
for (let n = 1; n < 10; n++) {
	CARDINALS.set(`${UNITS[n]} hundred`, n * 100).set(`${UNITS[n]} thousand`, n * 1000);
	// "two hundred and sixty-five".
	for (let k = 1; k < 100; k++) CARDINALS.set(`${UNITS[n]} hundred and ${[...CARDINALS].find(([, v]) => v === k)![0]}`, n * 100 + k);
}
ORDINALS.set('hundredth', 100).set('one hundredth', 100).set('centenary', 100).set('centennial', 100).set('sesquicentennial', 150)
	.set('bicentenary', 200).set('bicentennial', 200).set('tercentenary', 300).set('tricentennial', 300).set('quincentenary', 500)
	.set('millennial', 1000).set('silver jubilee', 25).set('golden jubilee', 50).set('diamond jubilee', 60).set('platinum jubilee', 70);

const UNIT_WORDS = UNITS.slice(1).join('|');
const TENS_WORDS = TENS.slice(2).join('|');
/** Regex source matching a cardinal: digits or words ("two", "twenty-five", "twenty five", "a few", "four hundred", "a thousand"). Compact: it runs over every sentence. */
export const CARDINAL_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+|\\d{1,4}|(?:${TENS_WORDS})(?:[-\\s](?:${UNITS.slice(1, 10).join('|')}))?|${UNIT_WORDS}|zero|a\\s+couple\\s+of|a\\s+few|several|(?:a|${UNITS.slice(1, 10).join('|')})\\s+(?:hundred(?:\\s+and\\s+(?:(?:${TENS_WORDS})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNIT_WORDS}))?|thousand)|hundred|thousand|an?)`;
/** Regex source matching an ordinal: "80th", "1st", "eightieth", "seventy-fifth", "centenary". */
/** The nouns of a day a year (or years) on from an event: "the anniversary of", "the centenary of". */
export const ANNIVERSARY_NOUN_SOURCE = 'anniversary|centenary|centennial|bicentenary|bicentennial|tercentenary|quincentenary|jubilee';
export const ORDINAL_SOURCE = `(?:\\d{1,4}(?:st|nd|rd|th)|(?:${TENS_WORDS})[-\\s](?:${ORDINAL_UNITS.slice(1, 10).join('|')})|${[...ORDINAL_UNITS.slice(1), ...ORDINAL_TENS.slice(2)].join('|')}|(?:one\\s+)?hundredth|centenary|centennial|sesquicentennial|bicentenary|bicentennial|tercentenary|tricentennial|quincentenary|millennial|(?:silver|golden|diamond|platinum)\\s+jubilee)`;

/** Value of a cardinal written in digits or words, or null. */
export function parseCardinal(text: string): number | null {
	const t = text.toLowerCase().replace(/\s+/g, ' ').replace(/[–—]/g, '-').trim();
	if (/^\d+$/.test(t)) return Number(t);
	// "1,100 years".
	if (/^\d{1,3}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
	return CARDINALS.get(t) ?? CARDINALS.get(t.replace(/ /g, '-')) ?? null;
}

/** Value of an ordinal ("80th", "eightieth", "centenary"), or null. */
export function parseOrdinal(text: string): number | null {
	const t = text.toLowerCase().replace(/\s+/g, ' ').replace(/[–—]/g, '-').trim();
	const m = /^(\d+)(st|nd|rd|th)$/.exec(t);
	if (m) return Number(m[1]);
	return ORDINALS.get(t) ?? ORDINALS.get(t.replace(/ /g, '-')) ?? null;
}
