/**
 * Event nouns: what a later reference to an event calls it ("the meeting", "The Moscow
 * meeting", "the parade"). An event's triggers come from the nouns in its title and the
 * nominal forms of its verbs ("convened" -> meeting).
 */
export const EVENT_NOUNS = [
	'meeting', 'summit', 'talks', 'parade', 'visit', 'election', 'vote', 'referendum', 'attack', 'invasion', 'ceremony',
	'commemoration', 'celebration', 'anniversary', 'conference', 'agreement', 'treaty', 'battle', 'strike', 'protest',
	'trial', 'funeral', 'wedding', 'coronation', 'inauguration', 'launch', 'crash', 'earthquake', 'hurricane', 'flood',
	'explosion', 'bombing', 'assassination', 'coup', 'uprising', 'revolution', 'siege', 'ceasefire', 'armistice',
	'surrender', 'speech', 'address', 'debate', 'hearing', 'verdict', 'merger', 'acquisition', 'tournament', 'final',
	'festival', 'concert', 'march', 'rally', 'riot', 'massacre', 'shooting', 'eruption', 'landing', 'summit', 'signing',
	'resignation', 'announcement', 'negotiations', 'offensive', 'occupation', 'liberation', 'independence', 'death', 'birth'
] as const;

/** Verbs whose event has a noun of its own ("convened" -> meeting). */
export const VERB_TO_NOUN: Record<string, string> = {
	convened: 'meeting', met: 'meeting', meet: 'meeting', meets: 'meeting', convene: 'meeting', visited: 'visit', visits: 'visit',
	attacked: 'attack', invaded: 'invasion', signed: 'signing', elected: 'election', voted: 'vote', launched: 'launch',
	crashed: 'crash', protested: 'protest', celebrated: 'celebration', commemorated: 'commemoration', married: 'wedding',
	died: 'death', resigned: 'resignation', announced: 'announcement', marched: 'march', surrendered: 'surrender',
	bombed: 'bombing', assassinated: 'assassination', erupted: 'eruption', landed: 'landing', negotiated: 'negotiations',
	occupied: 'occupation', liberated: 'liberation', paraded: 'parade', debated: 'debate', struck: 'strike', rallied: 'rally',
	gathered: 'meeting', held: 'meeting'
};

/** Nouns for one meeting of leaders: "held talks in Moscow" is later "the summit" or "the meeting". */
const MEETING_NOUNS = ['meeting', 'talks', 'summit'];

/** The nouns that may name the same event as `noun` ("talks" -> meeting, talks, summit). */
export function kindOf(noun: string): string[] {
	return MEETING_NOUNS.includes(noun) ? MEETING_NOUNS : [noun];
}

/** Nouns that commemorative events are referred to by. */
const ANNIVERSARY_NOUNS = ['anniversary', 'commemoration', 'celebration', 'celebrations', 'occasion', 'commemorations'];

const NOUN_SET = new Set<string>(EVENT_NOUNS);
/** VERB_TO_NOUN as a map: a title word is looked up among the verbs only ("constructor" is no verb, though every object has one). */
const NOUN_OF_VERB = new Map(Object.entries(VERB_TO_NOUN));

/** The fewest letters of a word triggersOf looks up: shorter ones ("a", "of", "in") are no event noun or verb. */
const SHORTEST = Math.min(...[...NOUN_SET, ...NOUN_OF_VERB.keys()].map((w) => w.length));
/** The most letters of a word triggersOf looks up. */
const LONGEST = Math.max(...[...NOUN_SET, ...NOUN_OF_VERB.keys()].map((w) => w.length));
/**
 * Per length and first character (`length * 128 + code`), 1 where some event noun or verb has them:
 * a word of a title that none has is no noun or verb, told without slicing it out to look it up.
 */
const LENGTH_AND_FIRST = new Uint8Array((LONGEST + 1) * 128);
for (const w of [...NOUN_SET, ...NOUN_OF_VERB.keys()]) LENGTH_AND_FIRST[w.length * 128 + w.charCodeAt(0)] = 1;

/** May the word of `lower` from `start` to `end` (lower-case ASCII letters and hyphens) be an event noun or verb? (The triggersOf test covers it.) */
function mayBeTrigger(lower: string, start: number, end: number): boolean {
	const length = end - start;
	return length >= SHORTEST && length <= LONGEST && LENGTH_AND_FIRST[length * 128 + lower.charCodeAt(start)] === 1;
}

/** Is the character a lower-case ASCII letter or a hyphen (what a title's words are made of, for triggersOf)? */
function wordChar(c: number): boolean {
	return (c >= 97 && c <= 122) || c === 45;
}

/** Trigger nouns of a title. */
export function triggersOf(title: string, isAnniversary: boolean): string[] {
	const out = new Set<string>();
	// Each run of [a-z-] of the lower-cased title (as split(/[^a-z-]+/) gives them), looked up when it is long enough.
	const lower = title.toLowerCase();
	for (let i = 0; i < lower.length; ) {
		let end = i;
		while (end < lower.length && wordChar(lower.charCodeAt(end))) end++;
		if (mayBeTrigger(lower, i, end)) {
			const raw = lower.slice(i, end);
			if (NOUN_SET.has(raw)) out.add(raw);
			const fromVerb = NOUN_OF_VERB.get(raw);
			if (fromVerb) out.add(fromVerb);
		}
		i = end + 1;
	}
	if (isAnniversary) for (const n of ANNIVERSARY_NOUNS) out.add(n);
	// "held" alone is too vague to name a meeting unless the title says what was held.
	if (out.has('meeting') && /\bheld\b/i.test(title) && !/\b(convened|met|meeting|talks|summit)\b/i.test(title)) out.delete('meeting');
	return [...out];
}

const patterns = new Map<string, RegExp>();

/** A regex for later references to a trigger noun: "the meeting", "The Moscow meeting", "a pivotal meeting". Compiled once per noun. */
export function referencePattern(noun: string): RegExp {
	let re = patterns.get(noun);
	// The one word before the noun is a modifier ("Moscow meeting"), not a preposition or a verb ("for talks", "held talks").
	if (!re) patterns.set(noun, (re = new RegExp(String.raw`\b(?:(?:the|this|that|their|its|his|her|a|an)\s+)?(?:(?!(?:for|of|in|on|at|to|by|with|from|into|after|before|during|and|or|held|hold|holds|holding|hold|began|begin|ended|end)\s)[\p{L}’'-]+\s+)?${noun}\b(?![-\p{L}])`, 'giu')));
	re.lastIndex = 0;
	return re;
}

/** Can a character stand in the part of a reference before its noun (a letter, an apostrophe, a hyphen, a space)? Any non-ASCII character may. */
function mayPrecedeNoun(c: number): boolean {
	return c >= 128 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 32 || (c >= 9 && c <= 13);
}

/**
 * The matches of {@link referencePattern}(noun) in `text`, exactly as `text.matchAll` gives
 * them, with the regex run only near where the noun is written: `lower` is `text` lower-cased,
 * and a match ends with the noun, after at most a determiner and a word (letters, apostrophes,
 * hyphens and spaces), so it starts no earlier than the stretch of such characters before the noun.
 */
export function* referencesIn(text: string, lower: string, noun: string): Generator<RegExpExecArray> {
	// A regex with the `iu` flags reads the long s (U+017F) as an "s", and lower-casing keeps it: scan it all then.
	if (lower.length !== text.length || (noun.includes('s') && text.includes('\u017f'))) {
		if (lower.includes(noun) || text.includes('\u017f')) yield* text.matchAll(referencePattern(noun));
		return;
	}
	// The shared compiled pattern (a copy per call would be compiled again, and it is costly to compile); no other scan runs while this one is read.
	const re = referencePattern(noun);
	let last = 0;
	for (let q = lower.indexOf(noun); q >= 0; q = lower.indexOf(noun, Math.max(q + 1, last))) {
		if (q < last) continue;
		let from = q;
		while (from > last && mayPrecedeNoun(text.charCodeAt(from - 1))) from--;
		re.lastIndex = from;
		const m = re.exec(text);
		if (!m) return;
		yield m;
		last = m.index + m[0].length;
	}
}
