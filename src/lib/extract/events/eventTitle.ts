/**
 * Short event titles, "who did what", from the clause around a date expression, with the date
 * phrase itself left out: "Vladimir Putin and Xi Jinping convened in Moscow", "Military parade
 * in Red Square". Plain rules over the sentence; no date words, no honorifics, at most ~60 chars.
 */
import type { Span } from '../types.ts';
import { collapseSpaces, trimEndOf, trimTrailingPunctuation } from '../text/collapseSpaces.ts';
import { TIME_TOLD_SOURCE } from '../temporal/toldDates.ts';

export const MAX_TITLE = 60;

const HONORIFIC = String.raw`(?:President|Vice[- ]President|Prime\s+Minister|Premier|Chancellor|King|Queen|Prince|Princess|Emperor|Empress|Tsar|Czar|Pope|General|Gen\.|Admiral|Marshal|Field\s+Marshal|Colonel|Col\.|Captain|Capt\.|Dr\.|Mr\.|Mrs\.|Ms\.|Sen\.|Senator|Rep\.|Representative|Governor|Gov\.|Mayor|Secretary(?:-General|\s+of\s+(?:State|Defen[cs]e|War|Commerce|Labor|Energy|Agriculture|Transportation|Education|Homeland\s+Security|the\s+(?:Navy|Army|Treasury|Interior)))?|Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|Chairman|Chairwoman|Ambassador|Judge|Justice|Sir|Lord|Lady|Dame|Archbishop|Bishop|Cardinal|Rev\.|Sheikh|Ayatollah)`;
/**
 * The honorifics that name an office, which the body or place that holds it may come before: "Chinese President Xi
 * Jinping", "City Council President Lorraine Whitfield", "Finance Minister Chrystia Freeland", "Montgomery County Common
 * Pleas Judge Ellen Hartley". The words before go with the office ("Xi Jinping"), not left behind it ("Chinese Xi Jinping").
 */
const OFFICE = String.raw`(?:President|Vice[- ]President|Prime\s+Minister|Premier|Chancellor|Emperor|Empress|General|Admiral|Marshal|Governor|Mayor|Secretary|Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|Chairman|Chairwoman|Ambassador|Judge|Justice)`;
/** Capitalised words that open a sentence or a clause rather than name the body an office belongs to ("When President …", "Yesterday President …"). */
const NOT_OFFICE_PREFIX = String.raw`(?:The|A|An|Then|When|But|And|As|After|Before|In|On|At|Under|With|For|By|From|To|Of|During|Until|Since|While|If|Although|Though|Meanwhile|Later|Earlier|Today|Yesterday|Tomorrow|Tonight|So|Yet|Or|Nor|Where|Why|How|What|Who|This|That|These|Those|It|He|She|They|We|I|His|Her|Their|Its|Our|My|Now|Also|Once|Only|Even|Both|Each|Every|Some|Many|Several)`;
/** What follows an honorific's word without being a name: "Martin Luther King Jr.", "the General Assembly", "Leeds General Infirmary", "the Premier League". */
const AFTER_HONORIFIC_NOT_A_NAME = String.raw`(?:Jr\.|Sr\.|(?:Assembly|Staff|Strike|Hospital|Infirmary|Motors|Electric|League|Council|Court|Conference|Election|Drive|Street|Avenue|Road)\b)`;
const NAME = String.raw`(?:[A-Z][\p{L}'’.-]*\s+){0,3}[A-Z][\p{L}'’-]+`;
export const TITLED_NAME = new RegExp(String.raw`(?:\b[A-Z][\p{L}-]+['’]s\s+|\b(?:U\.S|U\.K|U\.N|E\.U)\.\s+|\b(?:U\.S\.\s+)?(?:(?!${NOT_OFFICE_PREFIX}\s)[A-Z][\p{L}-]+\s+){1,4}(?=${OFFICE}\s))?\b(?:(?:First|Second|Deputy|Acting|Former|Interim)\s+)?${HONORIFIC}\s+(?!${AFTER_HONORIFIC_NOT_A_NAME})(${NAME})(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)?`, 'gu');
export const MIDDLE_INITIAL = /\b([A-Z][\p{L}]+)\s+[A-Z]\.\s+([A-Z][\p{L}]+)/gu;
const LEADING_ADVERBIAL = /^(?:(?:In|At|On|During|After|Before|With|Amid|Amidst|Despite|For|By|Following|Under|As|While|Meanwhile|However|Earlier|Later|Then|Today|Yesterday|Also|Still|Instead|Nevertheless|Overall)\b[^,]{0,70},\s+)+/;
const DATELINE = /^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\p{L}\d .,]{1,30})?\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s*/u;
export const CLAUSE_BOUNDARY = /[,;:—–]\s+|[,!?]["”]\s+(?=(?:[A-Z][\p{L}.'’-]*\s+){1,6}(?:said|says|told|tells|wrote|writes|added|adds|telegraphed|recalled|declared)\b)|\s(?:since|after|before|when|while|because|as|that|which|who|where|until|although|though|but)\s+/gu;
/** At least three words (split at whitespace): two runs of whitespace with something between them. */
const THREE_WORDS = /\s\S+\s/;
const LEADING_CONJUNCTION = /^(?:and|but|or|then|so|yet)\s+/i;
const VERB = /\b(?:[a-z]{3,}ed|is|was|were|are|be|been|will|would|has|had|have|met|won|lost|fell|began|begins|took|takes|made|makes|held|holds|came|comes|went|goes|left|rose|said|says|sank|struck|ran|gave|gives|signed|signs|led|leads|meets|opens|opened|closes|wins|becomes|became|dies|died|falls|moves|broke|built|sold|spoke|wrote|became|bought|brought|fought|sent|set|won|lose|win|meet|open|begin|host|visit|launch|sign|attend|vote|travel|return|kept|keeps|stood|grew|knew|drew|drove|fled|flew|got|hit|laid|meant|paid|saw|shot|spread|stole|swept|swore|taught|thought|threw|tore|withdrew|overthrew|sought|caught|chose|froze|hid|hung|shook|slew|bore|rang|forgot|forgave|rebuilt|undertook|overtook|upheld|withheld|beat|bid|cast|cut|quit|shut|split|sued|used|owed|tied|eyed|axed|spend|spends|spent|spending|flees|reaches|enters|surrenders|declares|arrives|abdicates|hears|boards|resigns|refuses|seizes|withdraws|agrees|announces|joins|invades|marries|occupies|proclaims|dissolves|abandons)\b/;

const SPACE = /\s/;

/**
 * The last word of a text (its last run of non-space characters), lower case. Regexes anchored at the
 * end ("… on$") are tried at every position of a long text; a look at its last word first skips most.
 */
export function lastWord(text: string): string {
	let end = text.length;
	while (end > 0 && space(text, end - 1)) end--;
	let start = end;
	while (start > 0 && !space(text, start - 1)) start--;
	return text.slice(start, end).toLowerCase();
}

/** Is the character at `i` whitespace (as `\s`)? ASCII without a regex. */
function space(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]);
}


/** Does the text hold something that reads as a verb (so it says what happened)? */
export function hasVerb(text: string): boolean {
	return VERB.test(text);
}

const TRAILING_WORDS = ['on', 'in', 'at', 'by', 'during', 'since', 'from', 'until', 'till', 'of', 'for', 'to', 'as of', 'as soon as', 'as early as', 'as late as', 'around', 'about', 'less than', 'more than', 'nearly', 'almost', 'barely', 'before', 'after', 'between', 'through', 'throughout', 'early', 'late', 'mid', 'this', 'that', 'last', 'next', 'the', 'a', 'and', 'or', ','];
export const TRAILING_PREPOSITION = new RegExp(String.raw`\s+(?:${TRAILING_WORDS.join('|')})\s*$`, 'i');
/** "as soon as", "as early as", "as late as" (at the end of a title's head), and a comma or a comma and a conjunction. */
const AS_SOON_AS = /^\s+as\s+(?:soon|early|late)\s+as\s*$/i;
const CLAUSE_JOINT_END = /,\s*(?:(?:but|and|or|yet)\s*)?$/i;
/** The last words TRAILING_PREPOSITION can end on: a text that ends otherwise needs no regex. */
export const TRAILING_LAST = new Set(TRAILING_WORDS.map((w) => w.split(' ').pop()));

/**
 * Where TRAILING_PREPOSITION matches in `text` (the index of its match), or -1. A match is spaces, a
 * word of its list (two for "as of", three for "as soon as") and spaces to the end, so it starts no earlier than the end
 * of the fourth word from the end: the regex runs on that tail only, not from every position of the text.
 */
export function trailingPrepositionAt(text: string): number {
	if (!TRAILING_LAST.has(lastWord(text))) return -1;
	let from = text.length;
	for (let words = 0; words < 3; words++) {
		while (from > 0 && space(text, from - 1)) from--;
		while (from > 0 && !space(text, from - 1)) from--;
	}
	while (from > 0 && space(text, from - 1)) from--;
	const m = TRAILING_PREPOSITION.exec(from === 0 ? text : text.slice(from));
	return m ? from + m.index : -1;
}
export const EVALUATIVE = /\b(?:significant|major|important|monumental|historic|historical|key|pivotal|big|huge|grand|much-anticipated|long-awaited|landmark|crucial|critical|so-called)\s+/gi;
/** EVALUATIVE without the `g` flag: does the text hold one? */
export const HAS_EVALUATIVE = new RegExp(EVALUATIVE.source, 'i');
/** Spaces before a comma, full stop, semicolon or colon (dropped from titles); a text holds one where a space is right before the mark. */
export const SPACE_BEFORE_PUNCTUATION = /\s+([,.;:])/g, HAS_SPACE_BEFORE_PUNCTUATION = /\s[,.;:]/;
const SCHEDULED = /(?:\s+(?:is|was|are|were|has been|had been|had|have|has))?\s+(?:scheduled|slated|planned|set|due|expected)\s+(?:to\s+(?:be\s+held|take\s+place|begin|start|open)\s+)?(?:for|on|in)\s*$/i;
const DETERMINER = /\b(?:the|a|an|its|their|his|her|this|that)\s+/gi;

/** What TITLED_NAME and MIDDLE_INITIAL need somewhere in the text (an honorific and a space; a middle initial): cheap tests that most titles fail. */
const HAS_HONORIFIC = new RegExp(String.raw`${HONORIFIC}\s`), HAS_INITIAL = /\s[A-Z]\.\s/;

/** Strip honorifics and "of Russia" from titled names; "Vladimir V. Putin" -> "Vladimir Putin". */
export function simplifyNames(text: string): string {
	if (HAS_HONORIFIC.test(text)) text = text.replace(TITLED_NAME, '$1');
	return HAS_INITIAL.test(text) ? text.replace(MIDDLE_INITIAL, '$1 $2') : text;
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Cut to at most MAX_TITLE characters: at a clause boundary if one is late enough, else at a word, with an ellipsis. */
export function shorten(text: string, max = MAX_TITLE): string {
	return cutCollapsed(trimTrailingPunctuation(collapseSpaces(text)).trim(), max);
}

/** {@link shorten} for a text whose spaces are collapsed already (single spaces, none at its start): no second look for spaces to collapse. */
export function shortenCollapsed(text: string, max = MAX_TITLE): string {
	return cutCollapsed(trimTrailingPunctuation(text), max);
}

/** Cut a collapsed, trimmed text to at most `max` characters. */
function cutCollapsed(t: string, max: number): string {
	if (t.length <= max) return t;
	const head = t.slice(0, max);
	const boundary = Math.max(head.lastIndexOf(', '), head.lastIndexOf(' while '), head.lastIndexOf(' as '), head.lastIndexOf(' where '), head.lastIndexOf(' which '));
	if (boundary >= 25) return head.slice(0, boundary).replace(/[\s,;:]+$/, '');
	const space = head.lastIndexOf(' ');
	// Not inside a name ("… held the pass at the Battle| of Thermopylae"): before the phrase that holds it.
	const cut = t.slice(space);
	const kept = head.slice(0, space);
	if (space > 20 && (/^ [A-Z][\w'’.-]* of (?:the )?[A-Z]/.test(cut) || (/\b[A-Z][\w'’.-]*(?: of(?: the)?)?$/.test(kept) && /^ (?:of (?:the )?)?[A-Z]/.test(cut)))) {
		const phrase = NAME_PHRASE.exec(kept);
		if (phrase && phrase.index >= 20) return head.slice(0, phrase.index).replace(/[\s,;:]+$/, '');
	}
	const words = head.slice(0, space > 20 ? space : max).replace(/[\s,;:]+$/, '');
	// "The campaign remains among the most closely studied in…": a cut right after a preposition; the title ends before
	// the phrase it opens, whole ("… the most closely studied").
	const phraseCut = PHRASE_PREPOSITION_END.exec(words);
	if (phraseCut && phraseCut.index >= 30) return words.slice(0, phraseCut.index).replace(/[\s,;:]+$/, '');
	return words + '…';
}

/** A preposition at the end of a text (that opens a phrase of place, time or manner). */
const PHRASE_PREPOSITION_END = / (?:in|on|at|from|with|among|into|through|across|under|over|during|by|for|after|before|near|against|toward|towards)$/i;

/** A preposition of place or time and the capitalised name it opens, at the end of a text: " at the Battle", " near Fort". */
const NAME_PHRASE = / (?:at|in|on|near|against|during)(?: the)?(?: [A-Z][\w'’.-]*)*(?: of(?: the)?)?$/;

/** The noun phrase before "scheduled for" / "set for" / "planned for", if the date is attached that way: the widest one that holds no verb. */
function scheduledSubject(before: string): string | null {
	// SCHEDULED ends on "for", "on" or "in": a look at the last word first.
	const last = lastWord(before);
	const m = last === 'for' || last === 'on' || last === 'in' ? SCHEDULED.exec(before) : null;
	if (!m) return null;
	const head = before.slice(0, m.index);
	let best: string | null = null;
	for (const d of [...head.matchAll(DETERMINER)].reverse()) {
		const np = head.slice(d.index + d[0].length).trim();
		if (np.length > 80 || hasVerb(np) || /[,;:]/.test(np)) break;
		if (np.length >= 3) best = np;
	}
	return best;
}

/** A determiner at the end of the text before a date: the date modifies the noun after it ("the 1921 Nobel Prize"). */
const DETERMINER_END = /\s(?:the|a|an|its|his|her|their)$/i;
/** A word right after a date. */
const WORD_AFTER = /^\s[A-Za-z]/;
/** Where the noun phrase after an attributive date ends: a comma, a relative clause, or the verb of a clause it is the subject of. */
const NOUN_PHRASE_END = /,|\s(?:which|who|whom|that|where|when|have|has|had|was|were|is|are|will|would)\s/;

/** A colon, a semicolon or a dash between clauses. */
const CLAUSE_BREAK = /[:;]\s+|\s[—–]\s/;
/** An auxiliary right after a subject: " was", " had". */
const SHARED_AUXILIARY = /^\s+(?:was|were|is|are|has|have|had|will|would)\s/i;
/** Right after a date, "and" and the next word, perhaps a verb of the same subject ("… on 5 May and took the city"). */
const AND_VERB_AFTER = /^,?\s+and\s+(?!(?:the|a|an|his|her|their|its|then|in|on|at|by|from|to)\b)([a-z]+)\b/;
/** A clause that opens with "and" (or "but", "or") and a word, perhaps a verb. */
const SECOND_VERB = /^(?:and|but|or)\s+(\S+)/i;

/** The subject a sentence opens with: its words before its first verb, when they can be one ("He", "The Soviet Union"). */
function subjectOf(sentence: string): string | null {
	const words = sentence.split(/\s+/, 8);
	const verb = words.findIndex((w) => hasVerb(w));
	if (verb < 1) return null;
	const subject = words.slice(0, verb).join(' ');
	return isSubject(subject) ? subject : null;
}

/** "until" (or "till") right before a date. */
const UNTIL_END = /\b(?:until|till)\s+$/i;
/** A negated auxiliary, which "until" a date turns into what happened then: "was not found until 1985" (the wreck was found in 1985). */
const NOT_UNTIL = /\b(was|were|had|has|have|is|are)(?:\s+not\s+|n['’]t\s+)/i;

/**
 * A participle aside before a date, set off by a comma after a noun phrase: "(Under) the Severan dynasty, founded by
 * Septimius Severus in", "The tower, built in". Groups: the noun phrase, the participle, its "by" phrase.
 */
const PARTICIPLE_ASIDE = /(?:^|[,;]\s*)((?:the|a|an|its|his|her|their)\s+[^,;]{2,60}?|[A-Z][^,;]{1,60}?),\s+((?:founded|built|established|created|formed|signed|written|designed|led|ruled|commanded|completed|opened|begun|started|launched|made|held|fought|won|lost|destroyed|captured|conquered|invaded|discovered|invented|published|elected|crowned|appointed)(?:\s+and\s+[a-z]+ed)?)(?:\s+(by\s+[^,;]{2,60}?)|\s+((?:in|at|near|outside|off)\s+(?:the\s+)?[A-Z][^,;]{1,40}?))?\s+(?:in|on|during|around|about|c\.)\s+$/;
/** A form of "be" or "have" that makes a clause: "was", "were", "had". */
const FINITE_BE = /\b(?:was|were|is|are|has|have|had)\b/;
/** The last noun phrase of a clause, from its determiner: "the old exhibition hall" of "… has filled the old exhibition hall". */
const LAST_NOUN_PHRASE = /^.*\b((?:the|a|an|its|his|her|their)\s[^,;]*)$/i;
/** A linking verb and the preposition of a date set after it: "had become by (the 1930s)", "remained until". */
const LINKING_END = /\b(?:become|became|becomes|remained|remains)\s+(?:by|in|until|from|during|since|throughout)$/i;
const LINKING_PREPOSITION = /\s+(?:by|in|until|from|during|since|throughout)$/i;
/** A past participle that opens a sentence, and the preposition before its date: "Founded in", "Born on", "Elected in". */
const OPENING_ASIDE = /^((?:born|founded|built|established|created|formed|elected|crowned|appointed|ordained|married|published|completed|opened|launched|signed|written|designed|discovered|invented|captured|destroyed|rebuilt|restored|incorporated|acquired|renamed|consecrated|dedicated))\s+(?:in|on|around|about|c\.)\s+$/i;
/** What closes an opening participle clause after its date: a comma, perhaps after a "by" or place phrase ("in 1920 in Paris,"). */
const OPENING_ASIDE_END = /^(?:\s+((?:by|in|at|near|from)\s+[^,;]{2,60}?))?\s*,\s*/;
/** A preposition that opens the noun phrase before a participle aside ("Under the Severan dynasty, founded …"). */
const ASIDE_LEAD = /^(?:Under|In|During|After|Before|With|From|For|Of)\s+/;
/** Where the head of a noun phrase ends: before its first preposition ("Elections | to a Constituent Assembly"). */
const HEAD_END = /\s+(?:of|to|for|in|on|at|against|with|between|from|by|over)\s+/;
/** A plural head noun at the end of a phrase ("The Geneva Accords", "Elections"; not "the Congress", "the census"). */
const PLURAL_HEAD = /[a-z](?<![su])s$/;
/** What closes a participle aside after its date: a comma, perhaps after the "by" phrase ("in 2009 by two engineers,"). */
const ASIDE_END = /^(?:\s+(by\s+[^,;]{2,60}?))?\s*,/;

/** The last word before a date where a span begins or ends ("since June 2014", "until 1985", "than in 2008"). */
const SPAN_EDGE_LAST = new Set(['since', 'from', 'until', 'till', 'in']);
/** "than in" right before a date. */
const THAN_IN_END = /\bthan\s+in\s+$/i;
/** ", when" right after a date, before the clause that tells what happened then. */
const WHEN_AFTER = /^,\s+when\s+/i;
/** A form of "spend" at the end of a clause cut before its date: the date is its object ("spent the summer of 1066 guarding the coast"). */
const SPEND_END = /\b(?:spend|spends|spent|spending)$/i;
/** "spends" and its object up to the date (another date and "and" perhaps: "spends April and"). */
const SPENT_ON = /\b(?:spend|spends|spent|spending)\s+(?=[^,.;]{0,40}$)/i;
/** A coordinator left at the end of a clause when the date before it was cut ("spends (April) and"). */
const COORDINATOR_END = /\s+(?:and|or|to|through)$/i;
/** A second "-ing" clause ("rebuilding the army | and courting liberal opinion"). */
const NEXT_GERUND = /\s(?=(?:and|but)\s+[a-z]{3,}ing\b)/;
/** A participle phrase up to its comma, before a word in lower case: "sent to hold Lyon, (flees)", "carrying the news, (rides)". */
const PARTICIPLE_AFTER_SUBJECT = /^(?:[a-z]{2,}ed|sent|built|made|led|held|given|taken|driven|beaten|chosen|known|seen|left|kept|told|brought|caught|won|lost|[a-z]{3,}ing)\s[^,;]{1,60},\s+(?=[a-z]+\b)/;
/** A capitalised phrase, a comma, and a word in lower case after it: "John Smith, arrived". */
const APPOSED_SUBJECT = /^([A-Z][^,;:]{1,40}),\s+([a-z]+)\b/;
/** A phrase in lower case that opens on a determiner, a comma, and a word after it: "its driving force, had died". */
const DESCRIBED_SUBJECT = /^((?:its|his|her|their|the|a|an)\s[^,;:]{1,40}),\s+([a-z]+)\b/;

/** The "when" of a cleft sentence ("it was about 7 p.m. … when the Parliamentarians attacked"). */
const CLEFT_WHEN = /(?:^|,\s*|\s)when\s+/i;
/** A clause that tells the time, cut before it: "(Over Oahu,) it was", "it is now". */
const TIME_TOLD_END = new RegExp(String.raw`(?:^|[\s,])${TIME_TOLD_SOURCE}$`, 'i');

/** A comma and a space: where a "when" clause ends ("3,500" has no space). */
const COMMA_SPACE = /,\s/;

/** The end of the text before a date that opens a clause of its own: ", and", "but", "then", perhaps with a preposition ("and on"). */
const CLAUSE_LEAD = /(?:,\s*|\s)(?:and|but|then)(?:\s+(?:then|later|finally))?,?\s+(?:(?:on|in|at|by|during)\s+)?$/i;
/** What follows a date after "and then" when the clause is elliptic: a phrase of a preposition the first conjunct has ("… and then, in 221 BC, to Hannibal"). */
const ELLIPTIC_PHRASE = /^,\s+(to|into|from|against|for|with|in|on|at|by)\s/i;
/** The last words CLAUSE_LEAD can end on. */
const CLAUSE_LEAD_LAST = new Set(['and', 'but', 'then', 'on', 'in', 'at', 'by', 'during']);

/** What was done to a thing, and by whom (or where) when that fits ("The Severan dynasty was founded by Septimius Severus"); else what was done ("The festival was founded"). */
function passiveTitle(done: string, by: string | undefined): string {
	const full = by ? simplifyNames(collapseSpaces(`${done} ${by}`)) : done;
	return shortenCollapsed(capitalise(full.length <= MAX_TITLE ? full : done));
}

/**
 * Title for the event a date expression dates, from its sentence.
 * `expr` and `others` are spans relative to `sentence`; other date phrases are removed too.
 */
export function clauseTitle(sentence: string, expr: Span, others: readonly Span[] = []): string {
	const before = sentence.slice(0, expr.start);
	const scheduled = scheduledSubject(before);
	if (scheduled) return shorten(capitalise(simplifyNames(scheduled.replace(EVALUATIVE, ''))));
	// "Under the Severan dynasty, founded by Septimius Severus in 193, the army grew": the date is in a participle
	// aside, which tells what was done to the noun before it ("The Severan dynasty was founded by Septimius Severus").
	// ("The company, founded in 2009 by two engineers, makes …": the "by" phrase after the date.)
	const asideEnd = ASIDE_END.exec(sentence.slice(expr.end, expr.end + 70));
	const aside = asideEnd ? PARTICIPLE_ASIDE.exec(before) : null;
	// (After a clause of its own, the noun phrase that ends it: "The dispute was settled by the Anglo-Dutch Treaty, signed in
	// London on 17 March 1824, under which …" gives "The Anglo-Dutch Treaty was signed in London".)
	const asideNoun = aside ? (FINITE_BE.test(aside[1]) ? LAST_NOUN_PHRASE.exec(aside[1])?.[1] : aside[1]) : undefined;
	if (aside && asideNoun) {
		const subject = asideNoun.replace(ASIDE_LEAD, '');
		// "Elections to a Constituent Assembly were held", "The Geneva Accords were signed": the verb agrees with the head noun.
		const verb = `${PLURAL_HEAD.test(subject.split(HEAD_END)[0]) ? 'were' : 'was'} ${aside[2]}`;
		const done = simplifyNames(collapseSpaces(`${subject} ${verb}`).trim());
		// ("The Battle of Sekigahara, fought in Mino Province on 21 October 1600, …": where, when no one by whom.)
		return passiveTitle(done, aside[3] ?? aside[4] ?? asideEnd![1]);
	}

	// "Founded in 1868 by Thomas Brannock, it had become …", "Born in 1920 in Paris, she studied law": the date is in a
	// participle clause that opens the sentence, which tells what was done to the subject of the clause after it ("It was
	// founded by Thomas Brannock", "She was born in Paris").
	const opening = OPENING_ASIDE.exec(before);
	const openingEnd = opening ? OPENING_ASIDE_END.exec(sentence.slice(expr.end, expr.end + 80)) : null;
	const mainSubject = openingEnd ? subjectOf(capitalise(sentence.slice(expr.end + openingEnd[0].length).trimStart())) : null;
	if (opening && openingEnd && mainSubject) {
		// (A name is one thing: "Northbrook Home Products was founded"; "The houses were built".)
		const plural = /^(?:they|we)$/i.test(mainSubject) || (/^(?:the|these|those|its|their|his|her)\s/i.test(mainSubject) && PLURAL_HEAD.test(mainSubject.split(HEAD_END)[0]));
		const verb = `${plural ? 'were' : 'was'} ${opening[1].toLowerCase()}`;
		return passiveTitle(simplifyNames(collapseSpaces(`${mainSubject} ${verb}`).trim()), openingEnd[1]);
	}

	// Other date phrases before the expression are left out (last first, so that the offsets of the rest hold).
	const sorted = others.length > 1 ? [...others].sort(byStartDescending) : others;
	let head = before;
	for (const o of sorted) {
		if (o.end > expr.start) continue;
		// "The army crossed the river on 5 May and took the city on 9 May": a date that ends the first of two verbs of one
		// subject dates that verb; this one's title is the subject and the second verb ("The army took the city").
		const joint = AND_VERB_AFTER.exec(head.slice(o.end));
		// (The first verb's own clause: after a colon or semicolon, "… in the Great War: he was shot … at 10:57 and died".)
		const first = head.slice(0, o.start).split(CLAUSE_BREAK).pop()!.trimStart();
		const subject = joint && hasVerb(joint[1]) ? subjectOf(first) : null;
		// (Not after an auxiliary: "was built in 1905 and sold in 1912" would need "was" again, "was shot at 10:57 and died
		// at 10:58" would not; the two conjuncts stay together.)
		if (subject && !SHARED_AUXILIARY.test(first.slice(subject.length))) {
			head = `${subject} ${head.slice(o.end + joint![0].length - joint![1].length)}`;
			break;
		}
		head = withoutOfEnd(withoutPrepositionEnd(head.slice(0, o.start)), head.slice(o.end)) + head.slice(o.end);
	}
	head = trimEndOf(head.replace(DATELINE, ''), /[\s,(—–-]/);
	// "He received the 1921 Nobel Prize in Physics": a date between a verb's determiner and its noun names the thing
	// the verb acts on; the clause goes on after it (to a relative clause). ("the success of the June 1916 Brusilov
	// offensive" is titled by the offensive, as any date after a preposition.)
	const object = DETERMINER_END.exec(head);
	let tail = '';
	let spent: RegExpExecArray | null;
	// ("it had become by the 1930s one of the largest employers": a linking verb cut from what it links to; the clause goes on
	// after the date.)
	if (LINKING_END.test(head) && WORD_AFTER.test(sentence.slice(expr.end, expr.end + 2))) {
		const rest = clauseAfter(sentence, expr, sorted);
		const end = NOUN_PHRASE_END.exec(rest);
		tail = (end ? rest.slice(0, end.index) : rest).replace(/[.!?]+$/, '');
		head = head.replace(LINKING_PREPOSITION, '');
	} else if (object && WORD_AFTER.test(sentence.slice(expr.end, expr.end + 2)) && hasVerb(lastWord(head.slice(0, object.index)))) {
		const rest = clauseAfter(sentence, expr, sorted);
		const end = NOUN_PHRASE_END.exec(rest);
		tail = end ? rest.slice(0, end.index) : rest;
	} else if ((spent = SPENT_ON.exec(before)) !== null && SPEND_END.test(head.replace(COORDINATOR_END, ''))) {
		// "The emperor spends April and May rebuilding the army": the dates are what the time was spent on; they stay,
		// with what it was spent doing.
		head = head.replace(COORDINATOR_END, '');
		tail = sentence.slice(spent.index + spent[0].length).split(CLAUSE_END_AFTER)[0].split(COMMA_SPACE)[0].split(NEXT_GERUND)[0].replace(/[.!?]+$/, '');
	} else
		for (let at = trailingPrepositionAt(head); at >= 0; at = trailingPrepositionAt(head)) {
			// ("could vote as early as Saturday": "as early as" goes with the date; not after a comma and a conjunction, "…
			// effective, but as late as 1781 senior officials …", where the clause before the comma says more.)
			if (AS_SOON_AS.test(head.slice(at)) && CLAUSE_JOINT_END.test(head.slice(0, at))) break;
			head = head.slice(0, at);
		}
	// The clause holding the expression: back to the last clause boundary, if what follows it says something.
	const ends = boundaryEnds(head);
	let afterComma = false;
	// What comes before the clause when that is the first one of the sentence, set off by a comma (a subject perhaps).
	let lead = '';
	for (let k = ends.length - 1; k >= 0; k--) {
		const rest = head.slice(ends[k]);
		// (After a quotation's close, a speaker's "told" is the clause's verb too: '"…," Lars Klingbeil told broadcaster ZDF'.)
		if (THREE_WORDS.test(rest) && (hasVerb(rest) || (QUOTE_CLOSE_END.test(head.slice(0, ends[k])) && TOLD.test(rest))) && !secondPredicate(rest)) {
			// "The men who ran it had been installed after the invasion": a relative clause inside the subject, the main
			// verb after it; the subject keeps its noun, the relative clause goes ("The men had been installed …").
			const relative = RELATIVE_END.exec(head.slice(0, ends[k]));
			const noun = relative ? head.slice(k > 0 ? ends[k - 1] : 0, relative.index).trim() : '';
			const main = noun && !hasVerb(noun) && SUBJECT_START.test(noun) ? MAIN_VERB_AFTER.exec(rest) : null;
			if (main) {
				head = `${noun} ${rest.slice(main.index + main[0].length - main[1].length)}`;
				break;
			}
			afterComma = /,\s*$/.test(head.slice(0, ends[k]));
			if (k === 0 && afterComma) lead = head.slice(0, ends[k]).replace(/,\s*$/, '');
			head = rest;
			break;
		}
	}
	head = head.replace(LEADING_ADVERBIAL, '');
	// "The Comte d'Artois, sent to hold Lyon, flees": the clause found after the first comma is a participle aside on the
	// sentence's subject and the subject's verb; the subject takes the verb ("The Comte d'Artois flees").
	const participle = afterComma && lead ? PARTICIPLE_AFTER_SUBJECT.exec(head) : null;
	if (participle && isSubject(lead) && !hasVerb(lead)) head = `${lead} ${head.slice(participle[0].length)}`;
	// "The mayor, John Smith, arrived": the clause found after the first comma is a name in apposition and its verb; the
	// comma that closed the apposition goes ("John Smith arrived"). (Not "Lodge, frustrated by …": a participle aside after
	// the sentence's subject.)
	const apposed = afterComma ? APPOSED_SUBJECT.exec(head) : null;
	if (apposed && !hasVerb(apposed[1]) && hasVerb(apposed[2])) head = `${apposed[1]} ${head.slice(apposed[0].length - apposed[2].length)}`;
	// "Pius V, its driving force, had died": a phrase in lower case in apposition to the subject before it, and the subject's
	// verb; the subject says who ("Pius V had died").
	const described = afterComma && lead && !apposed ? DESCRIBED_SUBJECT.exec(head) : null;
	if (described && isSubject(lead) && !hasVerb(lead) && !hasVerb(described[1]) && hasVerb(described[2])) head = `${lead} ${head.slice(described[0].length - described[2].length)}`;
	// "He settled in Princeton, and became an American citizen in 1940": a second verb of the sentence's subject
	// takes the subject ("He became an American citizen").
	const second = SECOND_VERB.exec(head);
	const subject = second && hasVerb(second[1]) ? subjectOf(sentence) : null;
	head = subject ? `${subject} ${head.slice(second![0].length - second![1].length)}` : head.replace(LEADING_CONJUNCTION, '');
	let title = tail ? `${head} ${tail}` : head;
	// The clause after the expression (see clauseAfter): made when first needed, once.
	let rest: string | null = null;
	// "…, and later that year Congress created NASA": the date opens a clause of its own (the text before ends on a space and "and", "but", "then").
	// (With its preposition: "…, and on 29 November 1952, the president-elect went to Korea".)
	if (SPACE.test(before[before.length - 1] ?? '') && CLAUSE_LEAD_LAST.has(lastWord(before)) && CLAUSE_LEAD.test(before)) {
		rest ??= clauseAfter(sentence, expr, sorted);
		if (opensWithSubject(rest)) title = rest;
		else title = ellipticTitle(title, rest, ELLIPTIC_PHRASE.exec(sentence.slice(expr.end))?.[1].toLowerCase());
	}
	// A date at the start of its clause ("On 14 July 1789, the Bastille was stormed"; "In the summer of 1989, Hungary
	// opened its border"): what comes before says nothing, the rest says what happened.
	if (!hasVerb(title)) {
		rest ??= clauseAfter(sentence, expr, sorted);
		// "The Ionian Revolt (499-493 BC) began …", "The first campaign, in 492 BC, re-subjugated Thrace": a subject
		// before the date, its verb after it.
		// ("But the Arab conquest of Egypt in the 640s cut …": the subject in lower case after its conjunction.)
		let subject = trimEndOf(title, /[\s,(—–-]/);
		if (/^(?:the|a|an|its|his|her|their)\s/.test(subject)) subject = capitalise(subject);
		if (hasVerb(rest) && /^[a-z]/.test(rest) && isSubject(subject)) title = `${subject} ${rest}`;
		else if (hasVerb(rest) || !/\w/.test(title)) title = rest;
	}
	// "Over Oahu, it was 8:50 a.m., and the second wave of 171 planes was approaching": a clause that only tells the time
	// says nothing; the clause after it does.
	if (TIME_TOLD_END.test(title)) {
		rest ??= clauseAfter(sentence, expr, sorted);
		// ("it was about 7 p.m., in a summer thunderstorm, when the Parliamentarians attacked": what the "when" clause tells.)
		const when = CLEFT_WHEN.exec(rest);
		const told = when ? rest.slice(when.index + when[0].length) : rest;
		if (opensWithSubject(told)) title = told;
	}
	// "The wreck was not found until 1 September 1985": what happened on the date is that it was found.
	if (UNTIL_END.test(before) && NOT_UNTIL.test(title)) title = title.replace(NOT_UNTIL, '$1 ');
	// "Prices have fallen by half since June 2014, when Brent traded at $115": a date where a span begins or ends
	// ("since", "from", "until", "than in") is told by its "when" clause; the main clause is what went on over the span.
	else if (spanEdgeBefore(before)) {
		const when = WHEN_AFTER.exec(sentence.slice(expr.end));
		if (when) {
			const told = clauseAfter(sentence, { start: expr.start, end: expr.end + when[0].length }, sorted).split(COMMA_SPACE)[0];
			if (opensWithSubject(told)) title = told;
		}
	}
	// No stray punctuation or a dangling participle from a cut clause at the start (", Diem …", "Ended, Service Corp. …").
	title = title.replace(/^[\s,;:.)]+/, '').replace(/^[a-z]+ed,\s+(?=[A-Z])/i, '');
	title = simplifyNames(title);
	// (Each replace only where its regex matches: a test is cheaper than a replace that finds nothing.)
	if (HAS_EVALUATIVE.test(title)) title = title.replace(EVALUATIVE, '');
	if (HAS_SPACE_BEFORE_PUNCTUATION.test(title)) title = title.replace(SPACE_BEFORE_PUNCTUATION, '$1');
	// "the victims of Tuesday's crash" with the date cut: "the victims of the crash", not "of 's crash".
	if (OWNERLESS_POSSESSIVE.test(title)) title = title.replace(OWNERLESS_POSSESSIVE, '$1the ');
	title = collapseSpaces(title).trim();
	title = trimEndOf(title, /[\s,;:.]/);
	// A quotation the sentence breaks inside, cut at its start when it is long ('sent out the message "Air raid Pearl Harbor.'
	// is 'sent out the message'; not 'radioed "Tora!').
	const unclosed = UNCLOSED_QUOTE.exec(title);
	if (unclosed && unclosed.index > 0 && THREE_WORDS.test(unclosed[0])) {
		// (Only where what is left reads whole: not 'The thrift said that', 'took part in a procession that'.)
		const cut = trimEndOf(title.slice(0, unclosed.index), /[\s,;:]/);
		// (Nor where the quotation is what was said: its own words tell what happened.)
		if (hasVerb(cut) && titleFaults(capitalise(cut)) === 0 && !BEFORE_QUOTE_END.test(cut) && !SAID_IN.test(cut)) title = cut;
	}
	// The close of a quotation the title does not open ("… from the first point.”").
	if (CLOSING_QUOTE_END.test(title) && (title.endsWith('"') ? (title.split('"').length - 1) % 2 === 1 : !title.includes('“'))) title = trimEndOf(title, /[\s,;:.!?"”]/);
	// Collapsed and trimmed already (capitalising adds no space).
	return title ? shortenCollapsed(capitalise(title)) : '';
}

/**
 * Does `text` hold no verb before an "and" that a verb follows ("chief executive and died", cut after "resigned
 * as")? Then it is the end of a clause, no clause of its own ("Britain and France declared war" is one).
 */
function secondPredicate(text: string): boolean {
	const and = /\s(?:and|or)\s+(\S+)/.exec(text);
	return and !== null && hasVerb(and[1]) && !hasVerb(text.slice(0, and.index));
}

/** Does a clause have a verb and open with its subject (a capital, an article, a possessive or a pronoun), not a function word? */
function opensWithSubject(clause: string): boolean {
	return hasVerb(clause) && SUBJECT_START.test(clause) && !FUNCTION_START.test(clause);
}
const SUBJECT_START = /^(?:[A-Z]|(?:the|a|an|its|his|her|their|it|he|she|they|we)\s)/;

/** Does the text before a date end where a span begins or ends: "since", "from", "until", "till", "than in"? */
function spanEdgeBefore(before: string): boolean {
	const last = lastWord(before).toLowerCase();
	return SPAN_EDGE_LAST.has(last) && (last !== 'in' || THAN_IN_END.test(before));
}

/**
 * "the command passed to Hasdrubal and then, in 221 BC, to Hannibal": an elliptic conjunct after the date (`rest`, no verb of
 * its own, opening on `preposition`) takes the first conjunct's verb, its phrase of the same preposition replaced. The title
 * as it was when there is no such phrase. (clauseAfter drops an "in", "on" or "at" that opens `rest`.)
 */
function ellipticTitle(title: string, rest: string, preposition: string | undefined): string {
	if (!preposition || hasVerb(rest)) return title;
	const at = title.toLowerCase().lastIndexOf(` ${preposition} `);
	if (at <= 0 || !hasVerb(title.slice(0, at))) return title;
	const phrase = rest.toLowerCase().startsWith(`${preposition} `) ? rest.slice(preposition.length + 1) : rest;
	return `${title.slice(0, at + preposition.length + 2)}${phrase}`;
}

/** Sort order of spans, last first. */
function byStartDescending(a: Span, b: Span): number {
	return b.start - a.start;
}

/**
 * The clause after a date expression, up to where it ends (CLAUSE_END_AFTER), without the date
 * phrases in it (`sorted`: the other date phrases of the sentence, last first) and its opening
 * punctuation, preposition, adverbial and conjunction. (A function of its own, not a closure in
 * clauseTitle: a closure is made anew at every call.)
 */
function clauseAfter(sentence: string, expr: Span, sorted: readonly Span[]): string {
	let after = sentence.slice(expr.end);
	// "In 1815 the crown passed to Louis XVIII and then, in 1830, to Louis-Philippe": a later date that opens a
	// conjunct of its own ends the clause of this one.
	let cut = Infinity;
	for (const o of sorted) {
		if (o.start < expr.end) continue;
		const head = withoutPrepositionEnd(after.slice(0, o.start - expr.end));
		if (CONJUNCT_END.test(head) && /\w/.test(head.replace(CONJUNCT_END, ''))) {
			cut = o.start;
			after = head.replace(CONJUNCT_END, '');
		}
	}
	// (With the preposition before it: "kept rates at 5.25% on Thursday, the fifth meeting" leaves no "on ,".)
	for (const o of sorted) if (o.start >= expr.end && o.end <= cut) after = withoutOfEnd(withoutPrepositionEnd(after.slice(0, o.start - expr.end)), after.slice(o.end - expr.end)) + after.slice(o.end - expr.end);
	// "At 9 a.m. Washington time on Sunday, …": the zone after a clock time is part of the time.
	if (ZONE_AFTER_CLOCK.test(after)) after = after.replace(ZONE_AFTER_CLOCK, '');
	// "At Laffrey, south of Grenoble, a battalion … bars the road": a place that opens the clause, perhaps with where it lies, is no subject.
	if (PLACE_OPENER.test(after)) after = after.replace(PLACE_OPENER, '');
	after = after.replace(/^(?:[\s,:;—–-]|\b(?:on|in|at|of)\b)+/i, '');
	after = after.replace(LEADING_ADVERBIAL, '').replace(LEADING_CONJUNCTION, '');
	// "At 2:20 p.m., unaware of what had happened, the Japanese ambassadors … handed": the main clause after the aside.
	const state = LEADING_STATE.exec(after);
	if (state && opensWithSubject(after.slice(state[0].length).split(CLAUSE_END_AFTER)[0])) after = after.slice(state[0].length);
	// "In 1991, when the Soviet Union collapsed, Ukraine became independent": the main clause after the aside.
	const aside = LEADING_WHEN.exec(after);
	if (aside && hasVerb(after.slice(aside[0].length).split(CLAUSE_END_AFTER)[0])) after = after.slice(aside[0].length);
	// ("On 28 June 1914, a Sunday, Archduke …": the article of a weekday set beside the date, the weekday cut.)
	if (ORPHAN_ARTICLE.test(after)) after = after.replace(ORPHAN_ARTICLE, '');
	const first = after.split(CLAUSE_END_AFTER)[0];
	// "Archduke Franz Ferdinand, heir to the throne of Austria-Hungary, and his wife Sophie drove through Sarajevo": a subject
	// of two, the first with a phrase in apposition; the clause goes on to the verb, without the apposition.
	if (hasVerb(first)) return first;
	const pair = APPOSED_PAIR.exec(after);
	const second = pair ? after.slice(pair[0].length).split(CLAUSE_END_AFTER)[0] : '';
	return pair && hasVerb(second) ? `${pair[1]} and ${second}` : first;
}
/** An article left alone before a comma where a date after it was cut: "a , Archduke". */
const ORPHAN_ARTICLE = /^(?:a|an|the)\s*,\s*/i;
/** A name, a phrase in apposition to it, and "and": "Archduke Franz Ferdinand, heir to the throne of Austria-Hungary, and ". */
const APPOSED_PAIR = /^([A-Z][\p{L}.'’ -]{1,40}?),\s+(?:the\s+|a\s+|an\s+)?[a-z][^,;.]{2,60},\s+and\s+/u;

/** A possessive left without its owner where a date was cut inside a title (" of 's crash"; at the start, the tagger's title is asked for). */
const OWNERLESS_POSSESSIVE = /(\s)['’]s\s+/g;
/** A zone right after a clock time: "Washington time", "local time", "GMT". */
const ZONE_AFTER_CLOCK = /^\s+(?:(?:[A-Z][a-z]+|local)\s+time|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST)\b/;

/** A place that opens a clause, set off by a comma, perhaps with where it lies: ", at Laffrey, south of Grenoble, ". */
const PLACE_OPENER = /^[\s,]*(?:[Aa]t|[Ii]n|[Nn]ear|[Oo]utside|[Oo]ff)\s+(?:the\s+)?[A-Z][^,;.]{0,40},\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|just\s+outside|outside|near)\b[^,;.]{0,40},\s+)?(?=[A-Za-z])/;

/** The end of the text before a date that opens a conjunct of its own: "and", "and then,", "but later". */
const CONJUNCT_END = /(?:,\s*(?:and|but)(?:\s+(?:then|later|finally))?|\s(?:and|but)\s+(?:then|later|finally)),?\s*$/i;

/** An aside on the subject's state that opens what follows a date, up to its comma: "unaware of what had happened,", "hoping for a truce,". */
const LEADING_STATE = /^(?:unaware|aware|unable|eager|anxious|determined|convinced|confident|desperate|fearing|hoping|believing|knowing|realizing|realising|sensing|having\s+[a-z]+|(?!(?:during|including|according|concerning|regarding|following|notwithstanding|pending|barring|considering|beginning|starting|ending|morning|evening)\b)[a-z]+ing)\b[^,;.]{0,60},\s+(?=\S)/i;
/** A clause of "when" or "while" that opens what follows a date, up to its comma. */
const LEADING_WHEN = /^(?:when|while)\s[^,.;]{3,80},\s+(?=[A-Za-z])/i;

/** A relative pronoun ending the text, as CLAUSE_BOUNDARY finds it: "The men who " (not "that", which follows verbs of saying as often: "Eden told the Commons that"). */
const RELATIVE_END = /\s(?:who|which)\s+$/;
/** After a relative clause of a word or more ("ran it"), the main verb group: "had been installed", "were paid". */
const MAIN_VERB_AFTER = /^\S+(?:\s+\S+){0,3}?\s+((?:had|has|have|was|were|is|are|will|would|could|should|did)\s)/;
/** A quotation's close and the space after it, at the end of a text: where CLAUSE_BOUNDARY's quotation boundary ends. */
const QUOTE_CLOSE_END = /[,!?]["”]\s+$/;
/** "told", "tells": verbs of saying that VERB leaves out (a plain title that says only who told whom is refused for what was told). */
const TOLD = /\b(?:told|tells)\b/;
/** Where each CLAUSE_BOUNDARY match in the text ends, in order (offsets only: no match objects). */
export function boundaryEnds(text: string): number[] {
	const ends: number[] = [];
	CLAUSE_BOUNDARY.lastIndex = 0;
	for (let m = CLAUSE_BOUNDARY.exec(text); m; m = CLAUSE_BOUNDARY.exec(text)) ends.push(m.index + m[0].length);
	return ends;
}

/** The preposition of a date phrase cut out of a title ("in" of "in February"): it goes with the phrase. */
export const PREPOSITION_END = /(?:^|\s+)(?:on|in|at|during|since|by)\s*$/i;
/** The last words PREPOSITION_END can end on (see lastWord), in lower case. */
const PREPOSITION_LAST = new Set(['on', 'in', 'at', 'during', 'since', 'by']);

/** `text.replace(PREPOSITION_END, '')`, the regex (tried at every position) run only on a text that ends on one of its words. */
export function withoutPrepositionEnd(text: string): string {
	return PREPOSITION_LAST.has(lastWord(text).toLowerCase()) ? text.replace(PREPOSITION_END, '') : text;
}

/** "of" after a word, its date cut ("The Bengal famine of (1770) was"): it goes with the date. */
const OF_END = /(?<=\p{L})\s+of\s*$/iu;

/**
 * What may follow a date cut after "of" for the "of" to go with it, besides a verb ("The Revolution of (1952) began"): the
 * clause's end or a preposition ("the images of (1979) at every election"); not a clause of its own that may hold the date
 * titled ("a repeat of (last summer), when rolling blackouts in August left …"), a noun ("Holders of (2025) passes"), a
 * possessive ("the victims of (Tuesday)'s crash") nor more dates ("of (1877, 1878) and 1879").
 */
const AFTER_CUT_OF = /^(?:\s*(?:[;:.)]|,(?!\s*(?:when|where|while|before|after|until|as)\b))|\s*$|\s+(?:at|in|on|for|by|with|from|into|as|after|before|during)\b)/;

/** `text` without an "of" left at its end by a date cut after it, `rest` following the date ("The Revolution of (1952) began" is "The Revolution began"). */
function withoutOfEnd(text: string, rest: string): string {
	return /of\s*$/.test(text) && (AFTER_CUT_OF.test(rest) || VERB.test(/^\s+([a-z]+)/.exec(rest)?.[1] ?? '')) ? text.replace(OF_END, '') : text;
}

/** Where the clause after a date ends: a full stop that ends no initial or abbreviation ("John F. Kennedy", "Gen. Lee"), a semicolon, ", and …". */
const CLAUSE_END_AFTER = /(?<!\b[A-Z])(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|Inc|Corp|Co|No|vs|v|Adm|Maj|Prof|Rev))[.!?]\s|[;]|,\s(?:and|but|while|where|which|who)[\s,]/;

/** A name right after an honorific ("President John F. Kennedy"), or two or three capitalised words that are a person's name by position. */
const PERSON = new RegExp(String.raw`\b(${HONORIFIC})\s+(${NAME})`, 'gu');
/** Honorifics only a woman holds. */
const FEMALE_HONORIFIC = /^(?:Queen|Princess|Empress|Mrs\.|Ms\.|Lady|Dame|Chairwoman)$/;
/**
 * Given names that are a woman's, for a name after an honorific anyone may hold ("Chancellor Angela Merkel").
 * With neither, "She" is left as it is: "She reached New York", after "Captain Edward Smith", is a ship.
 */
const FEMALE_NAMES = new Set(
	[
		'Abigail Ada Agnes Alice Amelia Amy Angela Ann Anna Anne Annie Barbara Beatrice Benazir Betty Carla',
		'Caroline Catherine Charlotte Christina Christine Clara Claudia Condoleezza Cristina Diana Dilma Dolores',
		'Dorothy Edith Eleanor Elena Elizabeth Ellen Emily Emma Eva Florence Frances Geraldine Golda Grace',
		'Hannah Harriet Helen Hillary Ida Indira Ingrid Irene Isabel Isabella Jacinda Jane Janet Jennifer Jessica',
		'Joan Josephine Judith Julia Julie Kamala Karen Katherine Kathleen Laura Linda Liz Louise Lucy Madeleine',
		'Margaret Maria Marie Martha Mary Megawati Michelle Nancy Olga Patricia Pauline Rachel Rosa Ruth Sandra',
		'Sarah Sophia Susan Theresa Ursula Valentina Victoria Virginia Yulia',
	]
		.join(' ')
		.split(' ')
);

/** A preposition right before a name: the name is an object, which a pronoun in the next sentence seldom stands for. */
const OBJECT_BEFORE = /\b(?:to|with|by|for|from|of|at|against|on|about|under|than|and|between|toward|towards)\s+$/i;

/** Can "She" (`she`) or "He" name the person an honorific introduces? */
function pronounFits(she: boolean, honorific: string, name: string): boolean {
	const female = FEMALE_HONORIFIC.test(honorific) || FEMALE_NAMES.has(name.split(/\s+/)[0]);
	return she === female;
}

/** A sentence that defines its subject: "Brannock & Reid Ltd. was a Scottish manufacturer", "Hallenbrück is a city". */
const DEFINED = /(?:^|[.!?]\s+|\n)((?:[A-Z][\w&'’.-]*)(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|of|de|du|von|and))*)[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+\S/gu;
/** What the definition pattern may catch that is no name. */
const NOT_A_NAME = /^(?:It|He|She|They|This|That|There|These|Those|Here|What|Which)$/;

/**
 * "He announced a naval quarantine": a title that starts with "He" or "She" says who through
 * the last person named with an honorific ("President John F. Kennedy") in `before`, the text
 * just before the sentence, whom the pronoun can name: "She" a woman (by her honorific or given
 * name; "She reached New York" after "Captain Edward Smith" is a ship), "He" anyone else; "It",
 * the thing `before` last defined ("X was a …"), where its name fits in a title.
 * Unchanged when there is none, or the title does not start so.
 */
export function resolvePronoun(title: string, before: string): string {
	// "Brannock & Reid Ltd. was a Scottish manufacturer … Founded in 1868 …, it had become …": "It" is the thing the text
	// last defined ("X was a …", "X is an …").
	if (title.startsWith('It ')) {
		let thing: string | null = null;
		for (const d of before.matchAll(DEFINED)) if (!NOT_A_NAME.test(d[1])) thing = d[1];
		// (Only where the name fits: a title cut short to hold it says less than "It …".)
		const named = thing ? simplifyNames(thing) + title.slice(2) : title;
		return named.length <= MAX_TITLE ? named : title;
	}
	const m = /^(He|She)\b/.exec(title);
	if (!m) return title;
	const she = m[1] === 'She';
	let name: string | null = null;
	// (Not one after a preposition, an object: "he had signed a letter to President Franklin D. Roosevelt. … He died".)
	for (const p of before.matchAll(PERSON)) if (pronounFits(she, p[1], p[2]) && !OBJECT_BEFORE.test(before.slice(Math.max(0, p.index - 12), p.index))) name = p[2];
	if (!name) return title;
	const who = simplifyNames(name).replace(/\s+[A-Z]\.\s+/g, ' ').trim();
	return shorten(who + title.slice(m[0].length));
}

/**
 * Can `text` be the subject of a clause: a short capitalised noun phrase with no comma, not
 * opening with a function word, a connective or a participle ("Moreover", "Beginning", "Founded")?
 */
export function isSubject(text: string): boolean {
	const first = /^\S+/.exec(text)?.[0] ?? '';
	// (A comma in a number is no clause's: "The initial deployment of 3,500".)
	return /^[A-Z]/.test(text) && !/,(?!\d)/.test(text) && text.split(/\s+/).length <= 8 && !FUNCTION_START.test(text) && !/^(?:moreover|furthermore|however|meanwhile|even|also|then|thus|still|yet|instead|\w+ly|\w+ing|\w+ed)$/i.test(first);
}

const FUNCTION_START = /^(?:who|whom|whose|which|that|what|when|where|while|whether|in|on|at|of|for|to|by|with|from|as|after|before|since|until|during|into|than|and|but|or|nor|if|because|although|though|so|about|around|over|under|against|between|among|through|without|within|upon|amid|despite|including|however|also|was|were|is|are|had|has|have|will|would|could|should|might|must|did|does|be|been)\b/i;
const DANGLING_END = /\b(?:the|a|an|its|his|her|their|our|this|these|those|which|who|whose|for|of|in|on|at|to|by|with|from|and|or|but|as|than|into|is|was|were|are|be|been|has|had|have|will|would|could|should|may|might|can|not|very|more|most|such|shortly|a mere|early|late|both|either|along|across|toward|towards|near|beyond|upon|onto|beneath|beside|despite|amid|amidst|throughout|until|during|between|among|against|via)$/i;
/** A hole left where a date phrase was cut ("fled to Florida in and returned", "on and nights", "()"). */
const HOLE = /\b(?:its|their|his|the)\s+(?:ended|ending|and|of|to|was|were|is|are)\b|\b(?:in|on|at|by|from|since|until|till|of|during|between)\s+(?:and|or|but|to|with|nights?|mornings?|evenings?)\b|\(\s*\)|\bon\s+(?:the\s+)?(?:and|,)|\b(?:and|or)\s+(?:nights?|mornings?|evenings?)\b|\bspen(?:ds?|t|ding)\s+[a-z]{2,}ing\b/i;
/** A title or rank at the end, its name cut off ("handed their message to Secretary"; not "against the King"). */
const HONORIFIC_END = new RegExp(String.raw`(?<!\b(?:the|a|an|its|his|her|their|as))\s${HONORIFIC}$`);
/** A span's verb and "through" at the end, its date cut ("The European leg runs through"; not "failed to break through"). */
const SPAN_VERB_THROUGH_END = /\b(?:runs?|lasts?|continues?|stays?|remains?|opens?|extends?)\s+through$/i;
/** A quotation opened and not closed at the end of a title: ' "Air raid Pearl Harbor'. */
const UNCLOSED_QUOTE = /\s["“][^"”]*$/;
/** What introduces a quotation and needs it: "that", a verb of writing or calling out ("The thrift said that"; "said",
 * "told", "announced" are refused by SAID_IN and titleFaults). */
const BEFORE_QUOTE_END = /\b(?:that|asked|wrote|saying|reading|shouting|chanting)$/i;
/** A verb of saying in a title. */
const SAID_IN = /\b(?:said|says|told)\b/i;
/** A title that ends on a closing quotation mark. */
const CLOSING_QUOTE_END = /["”]$/;
/** A title that opens on a finite verb that is hardly ever a noun, an adjective or a name ("Met" but the Met Office, the Met Police …). */
const OPENING_VERB = /^(?:Was|Were|Is|Are|Has|Had|Have|Said|Says|Told|Made|Makes|Went|Goes|Came|Comes|Took|Takes|Gave|Gives|Became|Becomes|Began|Begins|Held|Sent|Fought|Met(?!\s+(?:Office|Police|Opera|Gala|Museum|Éireann)\b))\s/;
/** A title that opens with a word in -ed and a function word ("Ended there …", "Invited the …"; not "Allied counter-measures", "United Nations"). */
const OPENING_PARTICIPLE = /^[A-Z][a-z]{2,}ed\s+(?:there|here|to|the|a|an|for|between|despite|by|in|on|at|with|from|into|his|her|its|their|up|out|off|back|down|over|as|that|it|them|him)\s/;
const BYLINE = /\((?:AP|AFP|Reuters|UPI)\)|(?:^|\s)_(?:\s|$)|^[A-Z]{2,}(?:\s+[A-Z]{2,})*,/;
/** Nouns that name an event: a title without a verb that holds one ("Military parade in Red Square") still says what happened. */
const EVENT_NOUN = /\b(?:meeting|summit|talks|parade|visit|election|vote|referendum|attack|invasion|ceremony|commemoration|celebration|conference|agreement|treaty|battle|strike|protest|trial|funeral|wedding|coronation|inauguration|launch|crash|earthquake|explosion|bombing|assassination|coup|uprising|revolution|siege|ceasefire|armistice|surrender|speech|debate|hearing|verdict|merger|acquisition|offensive|occupation|liberation|war|campaign|raid|massacre|rally|march)\b/i;

/**
 * How many ways a title reads badly: it opens with a function word ("Who had…", "In"), ends on
 * one ("…for its"), has a hole where a date was cut ("in and"), was cut with an ellipsis, holds
 * a dateline or byline ("Cambodia (AP)_"), opens with a pronoun or in lower case, is one word, or
 * says nothing happened (no verb and no event noun; `hasItsVerb` when the tagger found one). 0 for a good title.
 * The count stops at `limit` (at least 1: the result is then the smaller of the two), for a caller that only asks whether a title has fewer
 * faults than that (the cheapest tests first, the costly regexes last).
 */
export function titleFaults(title: string, hasItsVerb = false, limit = Infinity): number {
	const t = title.trim();
	let n = 0;
	if (t.endsWith('…') && ++n >= limit) return n;
	if (!/\s/.test(t) && ++n >= limit) return n;
	// ("Himself left Edo", of "he himself left Edo": a reflexive where the subject should be.)
	if ((/^(?:he|she|it|they|him|them|himself|herself|itself|themselves)\b/i.test(t) || /^[^A-Z0-9]/.test(t)) && ++n >= limit) return n;
	if (FUNCTION_START.test(t) && ++n >= limit) return n;
	// "Neal Horsley said": what was said is the news.
	if (/\b(?:said|says|told|announced|reported|added|stated|declared)$/i.test(t) && ++n >= limit) return n;
	// (Before a comma too: "The amber warning runs until,".)
	const bare = t.replace(/[…,;:]+$/, '');
	if ((DANGLING_END.test(bare) || SPAN_VERB_THROUGH_END.test(bare) || HONORIFIC_END.test(bare) || /['’]s$/.test(t)) && ++n >= limit) return n;
	if (BYLINE.test(t) && ++n >= limit) return n;
	// "Ended there had begun" (of "The adventure that ended there had begun"): a participle where the subject should be.
	if (OPENING_PARTICIPLE.test(t) && !hasVerb(t.split(' ', 2)[1]) && ++n >= limit) return n;
	// "Said Friday she would ask …", "Went on to earn …": a finite verb where the subject should be.
	if (OPENING_VERB.test(t) && ++n >= limit) return n;
	if (!hasItsVerb && !hasVerb(t) && !EVENT_NOUN.test(t) && ++n >= limit) return n;
	if (HOLE.test(t)) n++;
	return n;
}
