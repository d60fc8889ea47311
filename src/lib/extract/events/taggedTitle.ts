/**
 * Event titles from a part-of-speech tagged sentence, for the sentences where the plain rules of
 * eventTitle.ts give a broken title ("Estimated earnings for its", "In", "Who had been closely
 * involved…"). The clause that holds the date gives subject + verb + object: "Gen. Nhek
 * Bunchhay, who had been closely involved in the search, was arrested on Monday" -> "Nhek
 * Bunchhay was arrested". The tagger (tagger.ts) runs only on the sentences that need it, and
 * each sentence is tagged once (a bounded cache).
 */
import type { Span } from '../types.ts';
import { isSubject, lastWord, MAX_TITLE, shorten, simplifyNames } from './eventTitle.ts';
import { collapseSpaces, trimEndOf } from '../text/collapseSpaces.ts';
import { ADJ, ADV, AUX, BRACKET, COLON, COMMA, CONJ, DASH, DET, HYPHEN, FINITE, GERUND, INFINITIVE, isHonorific, NEG, NOUN, ORG, PARTICLE, PERSON, POSS, PREP, PRON, PROPER, QWORD, VALUE, VERB, tagSentence, type Token } from './tagger.ts';

export { clearTagCache, tagSentence, type Token } from './tagger.ts';

const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);
const SUBORDINATOR = new Set(['who', 'whom', 'whose', 'which', 'when', 'while', 'because', 'although', 'though', 'whereas', 'where', 'if', 'unless', 'whether']);
/** The particle of a phrasal verb ("broke out", "gave up", "had given in"). */
const PARTICLE_WORD = /^(?:up|out|in|off|down|away|over|back|on|through)$/;
/** Words that open an adverbial clause (not prepositions too, as "after" and "before" are). */
const ADVERBIAL_OPENER = new Set(['when', 'while', 'because', 'although', 'though', 'whereas', 'unless']);
const DATE_PREPOSITION = new Set(['on', 'in', 'at', 'during', 'since', 'from', 'until', 'till', 'by', 'around', 'about', 'through', 'throughout', 'early', 'late', 'mid', 'the', 'of', 'last', 'next', 'this', 'that', 'as', 'before', 'after', 'between', 'over', 'within', 'into', 'shortly', 'just', 'soon', 'right', 'immediately']);
const FUNCTION_WORDS = ['both', 'either', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'which', 'who', 'whose', 'whom', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'and', 'or', 'but', 'as', 'than', 'into', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'not', 'very', 'more', 'most', 'such', 'also', 'about', 'over', 'under', 'after', 'before', 'since', 'until', 'during', 'through', 'between', 'among', 'against', 'including', 'per', 'via', 'up', 'out', 'along', 'across', 'toward', 'towards', 'near', 'beyond', 'upon', 'onto', 'beneath', 'beside', 'despite', 'amid', 'amidst', 'throughout'];
export const FUNCTION_END = new RegExp(String.raw`\s+(?:${FUNCTION_WORDS.join('|')})$`, 'i');
/** A title ends on a function word only when its last word is one (see lastWord). */
export const FUNCTION_LAST = new Set(FUNCTION_WORDS);
const PRONOUN_SUBJECT = /^(?:he|she|it|they)$/i;

const has = (t: Token | undefined, bits: number) => !!t && (t.tags & bits) !== 0;
/** A hard clause edge after a token: ; : — – -- ( ) or a hyphen between spaces. */
const hardBreak = (t: Token) => (t.punct & (COLON | BRACKET | DASH | HYPHEN)) !== 0;
const comma = (t: Token) => (t.punct & COMMA) !== 0;
/** A ; or : after a token. */
const colonAfter = (t: Token) => (t.punct & COLON) !== 0;
/** A verb that can carry a clause: finite or an auxiliary, not a gerund or bare infinitive. */
const finite = (t: Token) => has(t, AUX) || (has(t, VERB) && has(t, FINITE) && !has(t, GERUND | INFINITIVE));
/** A finite verb that heads its clause: not a noun the tagger took for a verb ("the attacks", "Iroquois-Loyalist attacks"). */
const clauseVerb = (toks: Token[], i: number) =>
	finite(toks[i]) && (has(toks[i], AUX) || (!has(toks[i - 1], DET | POSS) && !(has(toks[i - 1], ADV) && toks[i - 1].lower.endsWith("ly") && has(toks[i - 2], DET | POSS)) && !(has(toks[i - 1], ADJ) && !toks[i].lower.endsWith('ed')) && !(andOr(toks[i - 1]?.lower) && has(toks[i - 2], NOUN) && !has(toks[i - 2], VERB) && !toks[i].lower.endsWith('ed') && !DATE_WORD.test(toks[i - 2].lower))));
/** A month or weekday name, the end of a date before "and" ("crossed the river on 5 May and took the city"): no noun a verb could be listed with. */
const DATE_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;
const isVerb = (t: Token) => has(t, VERB) || has(t, AUX);
/** Is the word (lower case) "and" or "or"? (Two comparisons, not a regular expression made and run at each look.) */
function andOr(lower: string | undefined): boolean {
	return lower === 'and' || lower === 'or';
}
/** Words that join a second verb to the first one's subject ("… and defeated Arnold"). */
const JOINING = new Set(['and', 'but', 'yet', 'then']);
/** Words that open a clause, not its subject ("that Iraq's differences", "whether the talks"). */
const CLAUSE_OPENER = new Set(['that', 'whether', 'if', 'which', 'who']);

/**
 * The patterns with Unicode classes, made once: esbuild (under tsx, for this Node) writes a `\p{…}` literal
 * as `new RegExp(…)`, which would build a regular expression each time the line runs.
 */
const CAPITALISED = /^\p{Lu}/u, TITLE_CASE = /^\p{Lu}\p{Ll}/u, LOWER_WORD_DOT = /(\p{Ll}{3,})\.$/u;

const DATELINE = /^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\p{L} .]{1,30})?\s*(?:\([^)]{1,30}\)\s*)?(?:[—–_]|--?)\s*/u;

/**
 * Does the tagger read a word of `title` as a finite verb in `sentence`, after words that can be its subject ("The Comte
 * d'Artois flees": "flees", which the plain rules' word list does not know)? Not "Invited Sinn Fein to rejoin" (no
 * subject) nor "Having given clear warning" (no subject, a participle). The sentence is tagged once (cached).
 */
export function titleVerbTagged(sentence: string, title: string): boolean {
	const words = title.split(/\s+/);
	const toks = tagSentence(sentence);
	// The title's first verb: finite, after a subject ("Made him the best known …" opens with its verb).
	for (let i = 0; i < words.length; i++) {
		const lower = words[i].toLowerCase();
		const verb = toks.find((t) => t.lower === lower && (t.tags & VERB) !== 0);
		if (verb) return i > 0 && (verb.tags & FINITE) !== 0 && isSubject(words.slice(0, i).join(' '));
	}
	return false;
}

/**
 * A title for the event dated by `expr` (a span of `sentence`), from the tagged sentence:
 * subject, verb group and what follows, without date phrases (`others` too), at most MAX_TITLE
 * characters, cut at a phrase edge. `before` is the text before the sentence, to say who "he" is.
 * Null when no verb governs the date.
 */
export function taggedTitle(sentence: string, expr: Span, others: readonly Span[] = [], before = ''): string | null {
	const toks = tagSentence(sentence);
	const from = DATELINE.exec(sentence)?.[0].length ?? 0;
	const datedAt = datedTokens(toks, expr, others);
	const drop = new Array<boolean>(toks.length).fill(false);
	let first = 0;
	while (first < toks.length && toks[first].start < from) drop[first++] = true;
	// Date phrases go, with the word that introduces them when nothing follows that needs it ("in June 1998", "since shortly after").
	for (let i = first; i < toks.length; i++) {
		if (datedAt[i] === 0) continue;
		let j = i;
		// "on Monday and Tuesday nights": the dates, what joins them and the time of day after them.
		for (;;) {
			while (j < toks.length && datedAt[j] !== 0) drop[j++] = true;
			if (j + 1 < toks.length && (toks[j].lower === 'and' || toks[j].lower === 'or') && datedAt[j + 1] !== 0) drop[j++] = true;
			else break;
		}
		while (j < toks.length && /^(?:nights?|mornings?|evenings?|afternoons?)$/.test(toks[j].lower)) drop[j++] = true;
		// "at 01:19 Malaysian time", "at 5.30pm local time": the zone after a clock time goes with it.
		if (j + 1 < toks.length && toks[j + 1].lower === 'time' && (toks[j].lower === 'local' || CAPITALISED.test(toks[j].word)) && /\d/.test(toks[j - 1]?.word ?? '')) (drop[j] = true), (drop[j + 1] = true), (j += 2);
		const nextNominal = j < toks.length && !comma(toks[j - 1]) && !hardBreak(toks[j - 1]) && has(toks[j], NOUN) && !has(toks[j], PREP | VERB | PROPER | PRON);
		if (!nextNominal) for (let k = i - 1; k >= first && DATE_PREPOSITION.has(toks[k].lower) && !comma(toks[k]) && !hardBreak(toks[k]); k--) drop[k] = true;
		i = j - 1;
	}
	const exprFirst = datedAt.indexOf(EXPR);
	if (exprFirst < 0) return null;
	const title = titleFor(sentence, toks, drop, first, exprFirst, before, hardBreak);
	// "On December 7 (December 8 in Asian time zones), 1941, Japan attacked …": a date in brackets dates the clause around them.
	if (title !== undefined) return title;
	// What else is in brackets or between dashes stays out ("plans (codenamed Operation Michael) for the 1918 offensive",
	// "the Iraqi army - backed by coalition support - launched").
	const inner = drop.slice();
	const dash = /[—–]|--|\s-\s/;
	for (let i = 0; i < toks.length; i++) {
		const gap = sentence.slice(toks[i - 1]?.end ?? 0, toks[i].start);
		const bracket = gap.includes('(');
		if (!bracket && !(i > 0 && dash.test(gap))) continue;
		let j = i;
		while (j < toks.length - 1 && !(bracket ? toks[j].post.includes(')') : dash.test(toks[j].post) || /[;:]/.test(toks[j].post))) j++;
		if (!bracket && !dash.test(toks[j].post)) continue;
		if (!(i <= exprFirst && exprFirst <= j)) for (let k = i; k <= j; k++) inner[k] = true;
		i = j;
	}
	return titleFor(sentence, toks, inner, first, exprFirst, before, colonAfter) ?? null;
}

/** How a token touches the date phrases: EXPR when it overlaps the expression, OTHER when only another date phrase, else 0. */
const EXPR = 1, OTHER = 2;

/** For each token, whether it overlaps the expression or another date phrase (EXPR, OTHER or 0): read once per call, not at each look. */
export function datedTokens(toks: readonly Token[], expr: Span, others: readonly Span[]): Uint8Array {
	const out = new Uint8Array(toks.length);
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		if (t.end > expr.start && t.start < expr.end) out[i] = EXPR;
		else if (overlapsAny(t, others)) out[i] = OTHER;
	}
	return out;
}

/** Does the token overlap one of the spans? (A loop, not `some` with a closure made for each token.) */
function overlapsAny(t: Token, spans: readonly Span[]): boolean {
	for (let k = 0; k < spans.length; k++) if (t.end > spans[k].start && t.start < spans[k].end) return true;
	return false;
}

/** The title for the date at `exprFirst`, in its clause (between `edge`s); undefined when no verb governs it there. */
function titleFor(sentence: string, toks: Token[], drop: boolean[], first: number, exprFirst: number, before: string, edge: (t: Token) => boolean): string | null | undefined {
	const hardBreak = edge;
	// The clause holding the date: between hard breaks.
	let clauseStart = exprFirst;
	while (clauseStart > first && !hardBreak(toks[clauseStart - 1])) clauseStart--;
	let clauseEnd = exprFirst;
	while (clauseEnd < toks.length - 1 && !hardBreak(toks[clauseEnd])) clauseEnd++;

	// The verb: the nearest finite one before the date in its clause; or after it, when the date opens the clause.
	// A date that opens a clause or a conjunct ("…, and on May 11, 1941, Hitler called off…") dates the verb after it.
	let opener = exprFirst - 1;
	while (opener >= clauseStart && (drop[opener] || (opener === exprFirst - 1 && has(toks[opener], PREP)))) opener--;
	const opens = opener < clauseStart || comma(toks[opener]) || has(toks[opener], CONJ);
	// (Module-level functions, not closures: under tsx each named closure costs a call to name it.)
	let verb = opens ? verbAfter(toks, drop, exprFirst, clauseEnd) : verbBefore(toks, drop, exprFirst, clauseStart);
	if (verb < 0) verb = opens ? verbBefore(toks, drop, exprFirst, clauseStart) : verbAfter(toks, drop, exprFirst, clauseEnd);
	// "While the invasion ended …, Arnold's efforts in 1776 delayed …": not across a comma when the verb after is in the date's own stretch.
	if (!opens && verb >= 0 && verb < exprFirst && commaIn(toks, verb, exprFirst)) {
		const after = verbAfter(toks, drop, exprFirst, clauseEnd);
		if (after > 0 && !commaIn(toks, exprFirst, after)) verb = after;
	}
	// "Mr. Fournier said Navigation Mixte's 1989 profit is likely to be…": the date is in what was said, not on the saying.
	if (verb >= 0 && verb < exprFirst && SPEECH.test(toks[verb].word) && keptIn(drop, verb + 1, exprFirst)) {
		const inner = verbAfter(toks, drop, exprFirst, clauseEnd);
		if (inner > 0) verb = inner;
	}
	if (verb < 0) return undefined;
	const clause = { sentence, toks, drop, clauseStart, clauseEnd, before };
	const title = titleAt(clause, verb);
	if (title && !title.speech) return title.text;
	// "The last words heard from the cockpit – "Good night, …" – were spoken at 01:19": a verb with no subject right after an
	// aside between dashes; the caller reads the sentence again with the aside left out.
	if (!title && edge !== colonAfter && clauseStart > first && (toks[clauseStart - 1].punct & DASH) !== 0) return undefined;
	// "…, an official said Saturday" / "…, announced Friday, LIN holders would receive…": the sentence's own main clause says what.
	let speaker = title?.speech ? title.subject : undefined;
	const main: number[] = [];
	for (let i = first; i < toks.length; i++) if (i !== verb && !drop[i] && clauseVerb(toks, i) && !reducedRelative(toks, i)) main.push(i);
	for (const v of main) {
		let start = v;
		while (start > first && !hardBreak(toks[start - 1])) start--;
		let end = v;
		while (end < toks.length - 1 && !hardBreak(toks[end])) end++;
		// "The commander said he has sent a team": "he" is the one who said it.
		const other = titleAt({ ...clause, clauseStart: start, clauseEnd: end }, v, speaker);
		if (other && !other.speech) return other.text;
		if (other?.speech) speaker ??= other.subject;
	}
	return title?.text ?? null;
}

/** The nearest clause verb before the date (at `exprFirst`), back to `clauseStart`; -1 when none. */
function verbBefore(toks: Token[], drop: boolean[], exprFirst: number, clauseStart: number): number {
	for (let i = exprFirst - 1; i >= clauseStart; i--) if (!drop[i] && clauseVerb(toks, i)) return i;
	return -1;
}

/** The nearest clause verb after the date, up to `clauseEnd`; -1 when none. Not a verb of a relative clause on the way ("the company, which is 61%-owned by …, had a net loss"). */
function verbAfter(toks: Token[], drop: boolean[], exprFirst: number, clauseEnd: number): number {
	let relative = false;
	for (let i = exprFirst + 1; i <= clauseEnd; i++) {
		if (RELATIVE.has(toks[i].lower) && (comma(toks[i - 1]) || has(toks[i - 1], NOUN))) relative = true;
		else if (!drop[i] && !relative && clauseVerb(toks, i)) return i;
		if (comma(toks[i])) relative = false;
	}
	return -1;
}

/** Is there a comma after one of the tokens `a`..`b - 1`? */
function commaIn(toks: Token[], a: number, b: number): boolean {
	for (let i = a; i < b; i++) if (comma(toks[i])) return true;
	return false;
}

/** Is one of the tokens `a`..`b - 1` kept (not dropped)? */
function keptIn(drop: boolean[], a: number, b: number): boolean {
	for (let i = a; i < b; i++) if (!drop[i]) return true;
	return false;
}

const PERSON_NOUN = /^(?:spokes(?:man|woman|person)|officials?|analysts?|president|chairman|chairwoman|executive|director|ministers?|secretary|officer|lawyer|attorney|source|sources|man|woman|he|she)$/;

/**
 * "Dow Jones said it extended the offer", "Saddam said he will begin": "he", "she" or "it" after a saying
 * is the one who said it, when that is a fitting noun phrase (a person for "he"/"she", no person for "it").
 */
function saidBy(c: Clause, at: number, pronoun: string): string | null {
	const { sentence, toks, drop } = c;
	let k = at - 1;
	while (k >= 0 && !(SPEECH.test(toks[k].word) && finite(toks[k]) && !drop[k])) k--;
	if (k < 0) return null;
	let start = k;
	while (start > 0 && !hardBreak(toks[start - 1])) start--;
	let vStart = k;
	while (vStart - 1 >= start && !comma(toks[vStart - 1]) && (has(toks[vStart - 1], AUX) || has(toks[vStart - 1], NEG))) vStart--;
	let subject = subjectOf(toks, drop, start, vStart);
	// "… ,” said Edgar Woolard Jr., …": the name after the saying.
	if (!subject.length) {
		let j = k + 1;
		while (j < at && has(toks[j], PROPER) && CAPITALISED.test(toks[j].word) && !drop[j]) j++;
		subject = range(k + 1, j);
	}
	if (!subject.length || (subject.length === 1 && has(toks[subject[0]], PRON))) return null;
	const words = subject.map((i) => toks[i]);
	const head = words[words.length - 1];
	// A person: named with a title, a noun for one ("a spokesman"), or a bare name ("Saddam"; "the Foreign Office" is none).
	const person = words.some((t) => has(t, PERSON)) || PERSON_NOUN.test(head.lower) || words.every((t) => has(t, PROPER) && CAPITALISED.test(t.word));
	if (pronoun === 'it' ? words.some((t) => has(t, PERSON)) || PERSON_NOUN.test(head.lower) : !person || words.some((t) => has(t, ORG)) || /[^s]s$/.test(head.lower)) return null;
	return simplifyNames(textOf(sentence, toks, subject));
}

/** Where a relative clause opens in a run of tokens: a relative pronoun after a noun ("the company that built"); the run's length when none. */
function relativeAt(run: readonly Token[]): number {
	for (let i = 1; i < run.length; i++) if (RELATIVE.has(run[i].lower) && has(run[i - 1], NOUN) && !has(run[i - 1], PRON)) return i;
	return run.length;
}

/** "a one-time charge associated with …", "the plan announced by …": a participle after its noun, with its agent or partner after it. */
function agentParticiple(toks: Token[], i: number): boolean {
	const next = toks[i + 1]?.lower;
	return (next === 'with' || next === 'by') && toks[i].lower.endsWith('ed') && !has(toks[i - 1], AUX | PRON | PROPER) && has(toks[i - 1], NOUN) && !comma(toks[i - 1]);
}

/** "A phony address listed on disclosure forms … will cost": a participle after its noun, with the clause's own verb still to come. */
function reducedRelative(toks: Token[], i: number): boolean {
	if (!toks[i].lower.endsWith('ed') || has(toks[i - 1], AUX) || !has(toks[i - 1], NOUN)) return false;
	for (let k = i + 1; k < toks.length; k++) {
		if (comma(toks[k - 1]) || hardBreak(toks[k - 1]) || RELATIVE.has(toks[k].lower) || SUBORDINATOR.has(toks[k].lower)) return false;
		if (has(toks[k], AUX)) return true;
	}
	return false;
}

interface Clause {
	sentence: string;
	toks: Token[];
	drop: boolean[];
	clauseStart: number;
	clauseEnd: number;
	before: string;
}

const SPEECH = /^(?:said|says|say|told|tells|announced|announces|reported|reports|added|adds|stated|declared|noted|disclosed)$/i;
/** The speech verbs whose object is what was said (or to whom), never the thing done: "said the profit …", "told reporters …". */
const SAY = /^(?:said|says|say|told|tells)$/i;

/** Is what follows a verb (`object`, its tokens) a clause: "that …", "whether …", or with a finite verb of its own? */
function reportsClause(toks: Token[], object: readonly number[]): boolean {
	if (object.length && CLAUSE_OPENER.has(toks[object[0]].lower)) return true;
	for (const i of object) if (clauseVerb(toks, i)) return true;
	return false;
}

/** The title a verb gives: its subject, its verb group and what follows; `speech` when it is only "someone said". */
function titleAt(c: Clause, verb: number, speaker?: string): { text: string; speech: boolean; subject: string } | null {
	const { sentence, toks, drop, clauseStart, clauseEnd, before } = c;
	// Its group: auxiliaries, adverbs and verbs around it ("had been closely involved", "broke down").
	let vStart = verb;
	while (vStart - 1 >= clauseStart && !drop[vStart - 1] && !comma(toks[vStart - 1]) && (isVerb(toks[vStart - 1]) || has(toks[vStart - 1], NEG) || (has(toks[vStart - 1], ADV) && isVerb(toks[vStart - 2] ?? toks[vStart - 1])))) vStart--;
	while (vStart < verb && has(toks[vStart], ADV)) vStart++;
	let vEnd = verb;
	while (vEnd + 1 <= clauseEnd && !drop[vEnd + 1] && !comma(toks[vEnd]) && (isVerb(toks[vEnd + 1]) || has(toks[vEnd + 1], NEG | PARTICLE) || (has(toks[vEnd + 1], ADV) && isVerb(toks[vEnd + 2] ?? toks[vEnd + 1])))) vEnd++;

	let subject = subjectOf(toks, drop, clauseStart, vStart);
	// "Carleton then launched his own invasion and defeated Arnold …": a second verb shares the first one's subject.
	let k = vStart - 1;
	while (k >= clauseStart && drop[k]) k--;
	// Not "… activist and accused doctor killer", "kidnapped and presumed killed": the verb takes an object or phrase of its own.
	const after = toks[vEnd + 1];
	const takes = !after || drop[vEnd + 1] || comma(toks[vEnd]) || !(isVerb(after) || (has(after, NOUN) && !has(after, PROPER | PRON) && has(toks[vEnd + 2], NOUN) && !has(toks[vEnd + 2], PRON)));
	if (!subject.length && takes && k > clauseStart && JOINING.has(toks[k].lower) && !comma(toks[k])) {
		let j = k - 1;
		while (j >= clauseStart && !(clauseVerb(toks, j) && !drop[j])) j--;
		while (j > clauseStart && !drop[j - 1] && !comma(toks[j - 1]) && (isVerb(toks[j - 1]) || has(toks[j - 1], NEG))) j--;
		if (j >= clauseStart) subject = subjectOf(toks, drop, clauseStart, j);
	}
	// A participle clause ("…, arriving in 1966") or a verb with no subject in its clause: none here.
	if (!subject.length) return null;
	let subjectText = textOf(sentence, toks, subject);
	const pronoun = subject.length === 1 && PRONOUN_SUBJECT.test(toks[subject[0]].word) ? toks[subject[0]].lower : null;
	if (pronoun) {
		// The one who said it is "he" or "she" ("it" only when no person: "Castro said his government told officials it is worried").
		const who = (pronoun === 'they' ? undefined : ((pronoun !== 'it' ? speaker : undefined) ?? saidBy(c, subject[0], pronoun))) ?? antecedent(toks, drop, subject[0], pronoun, before);
		if (who) subjectText = who;
	}
	subjectText = compactSubject(simplifyNames(subjectText));

	// What follows the verb, to the end of its clause, a subordinate clause, or a coordinated verb.
	const object: number[] = [];
	for (let i = vEnd + 1; i <= clauseEnd; i++) {
		const t = toks[i];
		if (SUBORDINATOR.has(t.lower) && i > vEnd + 1) break;
		// "the assassin's bullet that tore through …": a relative clause ends the object.
		if (t.lower === 'that' && i > vEnd + 1 && isVerb(toks[i + 1] ?? t) && has(toks[i - 1], NOUN)) break;
		if (t.lower === 'and' && finite(toks[i + 1] ?? t) && i + 1 <= clauseEnd) break;
		// "… but the Americans, having broken …, were", "disbanded and on April 26 General Johnston surrendered": a clause of its own.
		if ((t.lower === 'but' || t.lower === 'yet') && i > vEnd + 1) break;
		if (t.lower === 'and' && newClause(toks, drop, i + 1, clauseEnd)) break;
		// "Two members who had voted for a rise in February switched sides": a finite verb right after the date is
		// the predicate of the clause the date's clause is set in, not more of its object.
		if (i > vEnd + 1 && !drop[i] && drop[i - 1] && finite(t) && !has(t, NOUN)) break;
		if (!drop[i]) object.push(i);
		if (comma(t) && i > vEnd + 1) break;
	}
	const verbText = textOf(sentence, toks, range(vStart, vEnd + 1).filter((i) => !drop[i]));
	if (!verbText) return null;
	// "It's been", "We've been": a clitic verb is written onto its subject.
	const head = `${subjectText}${/^(?:['’]|n['’]t\b)/.test(verbText) ? '' : ' '}${verbText}`.trim();
	let title = head;
	// Add the object word by word while it fits; then cut back to a phrase edge.
	let lastGood = head;
	let cut = false;
	let lastNoun = '';
	const objectText = prefixTexts(sentence, toks, object);
	// Inside a clause opened by "when", "because" … whose verb is not yet in: no phrase edge there ("was scrubbed when a
	// handle [on the crew hatch could not be removed]" is cut before "when", not after "a handle").
	let openClause = false;
	for (let k = 1; k <= object.length; k++) {
		// "Italy invaded, declaring war": the comma after the verb stays.
		const candidate = `${head}${comma(toks[vEnd]) && object[0] === vEnd + 1 ? ',' : ''} ${objectText(k)}`;
		if (candidate.length > MAX_TITLE) {
			cut = true;
			break;
		}
		title = candidate;
		const next = toks[object[k]];
		if (has(toks[object[k - 1]], NOUN | PROPER | VALUE) && !has(toks[object[k - 1]], DET | PREP | CONJ | ADJ) && candidate.length < MAX_TITLE) lastNoun = candidate;
		const last = toks[object[k - 1]];
		if (ADVERBIAL_OPENER.has(last.lower)) openClause = true;
		else if (openClause && finite(last)) openClause = false;
		// Not on a verb whose object or phrase follows ("the local resistance assisted [by …]").
		const open = next && isVerb(last) && !has(last, NOUN) && (!finite(last) || (!has(next, PREP | CONJ) && next.lower !== 'to'));
		if ((!next || has(next, PREP | CONJ | DET) || comma(last) || next.lower === 'to' || RELATIVE.has(next.lower)) && !open && !openClause) lastGood = candidate;
	}
	// Cut back to the last phrase edge; with none after the verb, cut the whole with an ellipsis rather than end on a bare verb.
	if (cut) {
		const longest = tidy(lastNoun || title);
		// A verb with a phrase after it ("can now participate [in NATO …]") ends well; one with its object cut does not.
		// (So does one before a clause of its own: "was scrubbed [when a handle …]".)
		const complete = (has(toks[object[0]], PREP) && toks[object[0]].lower !== 'of') || /^(?:that|whether|if)$/.test(toks[object[0]]?.lower ?? '') || ADVERBIAL_OPENER.has(toks[object[0]]?.lower ?? '');
		title = lastGood !== head || complete ? lastGood : longest.length > head.length ? `${longest}…` : head;
	}
	// (A verb group that ends on its particle keeps it: "had overtly given in" is no dangling "in".)
	const tidied = tidy(title);
	title = title === head && vEnd > verb && PARTICLE_WORD.test(toks[vEnd].lower) && tidied.length < head.length && head.startsWith(tidied) ? head : tidied;
	if (title.length > MAX_TITLE) title = shorten(title);
	// The verb itself must be left ("How many shares will be" is no title).
	if (!title || !title.includes(' ') || !title.includes(toks[verb].word)) return null;
	// "A one-time charge associated [with …]", "American forces accompanied [by …]": a participle after its noun
	// whose phrase was cut says nothing; the sentence's own verb will.
	if (cut && vStart === verb && title.endsWith(toks[verb].word) && agentParticiple(toks, verb)) return null;
	// Only "someone said": nothing of what was said made it into the title. A title cut short says it only when
	// what was cut is what was said: after "said" or "told", or a clause ("announced Friday, LIN holders would
	// receive …"); "The WHO declared the spread [of the new coronavirus a pandemic]" tells what it did.
	const speech = SPEECH.test(toks[verb].word) && (title.endsWith(toks[vEnd].word) || (cut && (SAY.test(toks[verb].word) || reportsClause(toks, object))));
	return { text: title.charAt(0).toUpperCase() + title.slice(1), speech, subject: subjectText };
}

/** Does a clause with its own subject and finite verb start at `i` ("and [on April 26] General Johnston surrendered")? */
function newClause(toks: Token[], drop: boolean[], i: number, end: number): boolean {
	let nominal = 0;
	for (let k = i; k <= end; k++) {
		if (drop[k]) continue;
		if (nominal && clauseVerb(toks, k)) return true;
		if (!has(toks[k], NOUN | ADJ | DET | PROPER | VALUE | POSS) || has(toks[k], VERB) || comma(toks[k])) return false;
		nominal++;
	}
	return false;
}

function range(a: number, b: number): number[] {
	const out: number[] = [];
	for (let i = a; i < b; i++) out.push(i);
	return out;
}

/** The source text of some tokens: each run of adjacent ones as written (inner punctuation kept), runs joined by a space. */
export function textOf(sentence: string, toks: Token[], idx: number[]): string {
	const parts: string[] = [];
	for (let k = 0; k < idx.length; ) {
		let j = k;
		while (j + 1 < idx.length && idx[j + 1] === idx[j] + 1) j++;
		parts.push(runText(sentence, toks, idx[k], idx[j]));
		k = j + 1;
	}
	return parts.join(' ');
}

/** The source text of the adjacent tokens `a`..`b` (one run of {@link textOf}). */
function runText(sentence: string, toks: Token[], a: number, b: number): string {
	let end = toks[b].end;
	// Keep the dot of an abbreviation ("Gen.", "Inc.") and a closing quote or bracket the run opened.
	if (toks[b].post.charCodeAt(0) === 46 && /^\.(?!\s*$)/.test(toks[b].post) && /^[A-Z][a-z]{0,3}$/.test(toks[b].word)) end++;
	const part = sentence.slice(toks[a].start, end);
	const c = part.charCodeAt(part.length - 1);
	return c === 44 || c === 59 || c === 58 ? part.replace(/\s*[,;:]$/, '') : part;
}

/**
 * textOf of each first `k` of the tokens `idx` in turn (k = 1, 2, …), without reading the whole prefix
 * again for each: the runs before the last one are joined once, as they close.
 */
export function prefixTexts(sentence: string, toks: Token[], idx: number[]): (k: number) => string {
	let closed: string | null = null;
	let run = 0;
	let upTo = 0;
	return (k) => {
		// Close the runs that end before the k-th token (k only grows).
		for (; upTo < k - 1; upTo++) {
			if (idx[upTo + 1] === idx[upTo] + 1) continue;
			const part = runText(sentence, toks, idx[run], idx[upTo]);
			closed = closed === null ? part : `${closed} ${part}`;
			run = upTo + 1;
		}
		const last = runText(sentence, toks, idx[run], idx[k - 1]);
		return closed === null ? last : `${closed} ${last}`;
	};
}

/** Epithets after "the" in a name ("Cyrus the Younger", "Alexander the Great"). */
const EPITHET = /^(?:Younger|Elder|Great|Bald|Bold|Fair|Good|Wise|Terrible|Conqueror|Pious|Just|Lionheart|Magnificent|Confessor|Navigator|Lion|Red|Black|Fat|Short|Tall|Hammer|Unready|Peaceful|Victorious|Liberator)$/;

/** "was", "is", "were", "are": a clause that says what its subject is. */
const COPULA = new Set(['was', 'is', 'were', 'are']);

/**
 * The copula of a clause from `clauseStart`, before `end`, whose subject runs from the clause's start with no comma in it
 * ("US Airways Flight 1549 was a scheduled passenger flight"); -1 when none.
 */
function copulaAt(toks: Token[], drop: boolean[], clauseStart: number, end: number): number {
	for (let i = clauseStart; i < end; i++) {
		if (comma(toks[i]) || drop[i]) return -1;
		if (COPULA.has(toks[i].lower) && i + 1 < end && has(toks[i + 1], DET)) return i;
	}
	return -1;
}

/** The subject of the verb group starting at `vStart`: the noun phrase before it, past a relative clause or apposition set off by commas. */
function subjectOf(toks: Token[], drop: boolean[], clauseStart: number, vStart: number): number[] {
	let end = vStart - 1;
	let droppedComma = false;
	// The antecedent of a relative pronoun may well be the object of a verb before it ("expelled five Iraqis who were").
	let ofRelative = RELATIVE.has(toks[vStart]?.lower ?? '');
	// Where the relative pronoun is (to read the clause it opens); -1 when there is none.
	let pronounAt = ofRelative ? vStart : -1;
	// The antecedent of "who" is a person or a group: "most of Asia Minor to the Seljuk Turks, who had crushed" is the Turks.
	let ofWho = false;
	for (; end >= clauseStart && drop[end]; end--) if (comma(toks[end])) droppedComma = true;
	// (A comma inside an aside between dashes, left out, is no comma of the subject's: "The last words heard from the cockpit
	// – "Good night, Malaysian three seven zero" – were spoken".)
	if (droppedComma && end >= clauseStart && (toks[end].punct & DASH) !== 0) droppedComma = false;
	// "whom Alaric himself deposed": the reflexive that stresses the subject is not the subject.
	// (Not one that closes an aside, before its comma: "Prime Minister John Howard, a monarchist himself, promised".)
	if (end > clauseStart && REFLEXIVE.has(toks[end].lower) && !comma(toks[end]) && !drop[end - 1] && !comma(toks[end - 1]) && has(toks[end - 1], NOUN | PROPER)) end--;
	// "Reagan also signed", "Compaq … still plans": an adverb right before the verb is not the subject's.
	while (end > clauseStart && has(toks[end], ADV) && !has(toks[end], NOUN | ADJ | VERB) && !comma(toks[end]) && !drop[end]) end--;
	// "however," / "meanwhile," right before the verb: the subject ends before it.
	const aside = end >= clauseStart && has(toks[end], ADV) && comma(toks[end]) && end - 1 >= clauseStart && comma(toks[end - 1]);
	if (aside) end -= 1;
	if (aside) {
		// The comma before "however" ends the subject, not an insertion.
	} else if (end >= clauseStart && RELATIVE.has(toks[end].lower)) {
		// "US Airways Flight 1549 was a scheduled passenger flight from LaGuardia … to Charlotte, North Carolina, that ditched in
		// the Hudson River": a "that" set off by a comma (past a name set off by commas), after a clause that says what its
		// subject was, tells more of that subject, not of the name just before it. (Not "which": "placed on the FBI's most
		// wanted list, which began in 1950" is the list's.)
		if (toks[end].lower === 'that' && end - 1 > clauseStart && comma(toks[end - 1])) {
			const copula = copulaAt(toks, drop, clauseStart, end - 1);
			const subject = copula > clauseStart ? subjectOf(toks, drop, clauseStart, copula) : [];
			if (subject.length) return subject;
		}
		// "the commander who was arrested": the antecedent; "the arrest of Kopp, who is charged": who is the one named.
		const who = toks[end].lower === 'who' || toks[end].lower === 'whom';
		pronounAt = end;
		end--;
		ofRelative = true;
		ofWho = who;
		// "said Carol Brandt, 71, who has watched": an age set after the name is not who.
		if (who && end - 1 >= clauseStart && /^\d{1,3}$/.test(toks[end].word) && comma(toks[end]) && comma(toks[end - 1])) end--;
		if (who && end >= clauseStart && has(toks[end], PROPER) && CAPITALISED.test(toks[end].word)) {
			let k = end;
			while (k > clauseStart && has(toks[k - 1], PROPER) && CAPITALISED.test(toks[k - 1].word) && !comma(toks[k - 1]) && !drop[k - 1]) k--;
			// A bare name ("a Libyan who" is a noun phrase).
			if (!has(toks[k - 1], DET | ADJ | VALUE | POSS)) return range(k, end + 1);
		}
	} else if (end >= clauseStart && (comma(toks[end]) || droppedComma)) {
		// ", who had been involved in the search," / ", the oldest sister,": an insertion; the subject is before it.
		let p = end - 1;
		while (p >= clauseStart && !comma(toks[p])) p--;
		if (p < clauseStart) return [];
		const insertion = toks.slice(p + 1, end + 1);
		const relative = RELATIVE.has(insertion[0].lower) || insertion[0].lower === 'whose';
		// ", the oldest sister,", and ", the company that built the boosters,": a noun phrase, perhaps with a relative
		// clause of its own (its verbs after the pronoun), is an apposition.
		const apposition = !insertion.slice(0, relativeAt(insertion)).some(finite);
		// ", chosen by ballots collected after every screening,", ", backed by coalition support,": a participle clause.
		const participial = has(insertion[0], VERB) && !has(insertion[0], AUX) && /(?:ed|en|wn|ing)$/.test(insertion[0].lower);
		if (!relative && !apposition && !participial) return [];
		end = p;
		// "Gary Lorimer, 54, of Headlands, appeared": an age set after the name, before the insertion, is not who.
		if (end - 1 >= clauseStart && /^\d{1,3}$/.test(toks[end].word) && comma(toks[end]) && comma(toks[end - 1])) end--;
	}
	const out: number[] = [];
	let list = false;
	for (let i = end; i >= clauseStart; i--) {
		const t = toks[i];
		// "U.S., British, and Soviet leaders": a list goes on through its commas.
		if (i < end && comma(t)) {
			// Each item one word: "… back to Burma, and Chinese forces" is no list.
			const item = i === clauseStart || drop[i - 1] || comma(toks[i - 1]);
			// … and the items share the noun at the end ("Soviet leaders"; "Nairobi, Kenya, and Dar es Salaam" is places).
			const shared = out.length > 1 && has(toks[out[out.length - 1]], NOUN) && !has(toks[out[out.length - 1]], PROPER | PRON);
			if ((list || (out.length && andOr(toks[out[0]].lower))) && item && shared && !drop[i] && has(t, NOUN | ADJ | PROPER) && !has(t, PRON | VERB | DET)) list = true;
			else break;
		}
		// A date inside ("In 1941 the New Fourth Army Incident", "Mixte's 1989 profit") ends the phrase; one right before the verb is skipped.
		if (drop[i]) {
			if (out.length) break;
			continue;
		}
		// "a principled commitment", "Kuwait's ousted government": a participle between a determiner and its noun is an
		// adjective; "a phony address listed on disclosure forms": one after its noun, with a phrase of its own, is part of it.
		const participle = t.lower.endsWith('ed') && out.length > 0 && (has(toks[i - 1], DET | ADJ | POSS) || (has(toks[i - 1], NOUN) && !has(toks[i - 1], PRON) && has(toks[i + 1], PREP)) || (has(toks[i - 1], ADV) && has(toks[i - 2], DET | POSS)));
		// "the recently passed legislation", "the FBI's most wanted list": an adverb before such a participle.
		const degree = has(t, ADV) && out.length > 0 && out[0] === i + 1 && toks[i + 1].lower.endsWith('ed') && has(toks[i - 1], DET | POSS);
		const nominal = (has(t, NOUN | ADJ | DET | VALUE | POSS | PROPER | PRON) && !finite(t)) || participle || degree;
		// "the Battle of Kolubara", "Germany and Italy", "French and British troops".
		const joiner = (t.lower === 'of' || t.lower === 'and' || t.lower === '&') && out.length > 0 && i > clauseStart && (has(toks[i - 1], NOUN | PROPER | VALUE) || (t.lower === 'and' && has(toks[i - 1], ADJ) && has(toks[out[0]], ADJ | PROPER)));
		// "the sale of …", "such as", "a statement posted on the Internet".
		// (Not "an Ottoman army landed on Cyprus, which had been ruled …": there "landed" is the sentence's verb, and "which" is Cyprus.)
		const inner = (has(t, PREP) || t.lower === 'to') && out.length > 0 && i > clauseStart && (has(toks[i - 1], NOUN | PROPER) || toks[i - 1].lower === 'such' || (toks[i - 1].lower.endsWith('ed') && has(toks[i - 2], NOUN) && !has(toks[i - 2], PRON) && !(pronounAt > 0 && mainVerbBeforeRelative(toks, drop, clauseStart, i - 1, pronounAt)))) && !comma(toks[i - 1]);
		if (!nominal && !joiner && !inner) break;
		if (ofWho && inner && t.lower !== 'of' && !nominal) break;
		if (has(t, QWORD) || RELATIVE.has(t.lower) && !has(t, DET)) break;
		// A pronoun is a whole noun phrase ("the 16 cents a share it reported").
		if (out.length && has(toks[out[0]], PRON) && !has(toks[out[0]], POSS)) break;
		out.unshift(i);
	}
	// "Li Yuan, a general and aristocrat who rebelled": a phrase in apposition to a name before it; the name says who.
	if (ofWho && out.length && out[0] - 1 > clauseStart && has(toks[out[0]], DET) && comma(toks[out[0] - 1]) && !drop[out[0] - 1] && has(toks[out[0] - 1], PROPER) && CAPITALISED.test(toks[out[0] - 1].word)) {
		let k = out[0] - 1;
		// (Over an "of" between names: "Joan of Arc, a peasant girl who …".)
		for (;;) {
			if (k > clauseStart && has(toks[k - 1], PROPER) && CAPITALISED.test(toks[k - 1].word) && !comma(toks[k - 1]) && !drop[k - 1]) k--;
			else if (k - 1 > clauseStart && toks[k - 1].lower === 'of' && has(toks[k - 2], PROPER) && CAPITALISED.test(toks[k - 2].word) && !comma(toks[k - 2]) && !drop[k - 2]) k -= 2;
			else break;
		}
		return range(k, out[0]);
	}
	// "An abortion foe who is the subject of a manhunt was charged": the phrase found is inside a relative clause; the subject is before it.
	if (out.length) {
		let k = out[0] - 1;
		while (k > clauseStart && isVerb(toks[k]) && !drop[k]) k--;
		if (k > clauseStart && k < out[0] - 1 && RELATIVE.has(toks[k].lower) && !comma(toks[k - 1])) return subjectOf(toks, drop, clauseStart, k);
	}
	// "… they took hostage and police found", "overwhelmed the UN forces and the PVA and KPA conquered": a phrase right
	// after a verb is its object; the subject is what follows its first "and".
	if (!ofRelative && out.length && out[0] > clauseStart && isVerb(toks[out[0] - 1]) && !drop[out[0] - 1]) {
		const and = out.findIndex((i) => toks[i].lower === 'and');
		if (and >= 0) out.splice(0, and + 1);
	}
	// Two noun phrases side by side: the first is what is left of an adverbial ("From a strength of 5,000 the Viet Cong's ranks").
	for (let k = out.length - 1; k > 0; k--) {
		const t = toks[out[k]], prev = toks[out[k - 1]];
		// Not a name with its epithet ("Cyrus the Younger").
		const epithet = t.lower === 'the' && has(prev, PROPER) && CAPITALISED.test(prev.word) && k + 2 === out.length && EPITHET.test(toks[out[k + 1]].word);
		if (has(t, DET) && !has(t, PRON) && !epithet && out[k - 1] === out[k] - 1 && has(prev, NOUN | VALUE | PROPER) && !has(prev, PREP | DET | ADJ)) {
			out.splice(0, k);
			break;
		}
	}
	// A leading preposition belongs to an adverbial ("In North Africa the Germans"): keep what follows its noun phrase.
	while (out.length && (has(toks[out[0]], PREP) || has(toks[out[0]], CONJ))) {
		// "…, and the news of Famagusta's fate, which reached it": a conjunction right before a noun phrase opens it.
		if (!has(toks[out[0]], PREP) && out.length > 1 && has(toks[out[1]], DET | POSS) && !has(toks[out[1]], PRON)) {
			out.shift();
			continue;
		}
		const rest = out.slice(1);
		const det = rest.findIndex((i, k) => k > 0 && (has(toks[i], DET) || has(toks[i], PERSON | PRON)) && !has(toks[rest[k - 1]], PREP | DET));
		if (det < 0) return [];
		out.splice(0, det + 1);
	}
	while (out.length && has(toks[out[out.length - 1]], PREP | CONJ | DET)) out.pop();
	// "that Iraq's differences", "whether the talks": the clause's opening word is not the subject's.
	while (out.length > 1 && CLAUSE_OPENER.has(toks[out[0]].lower)) out.shift();
	return out;
}

/**
 * Is the "-ed" word at `at` the sentence's own verb rather than a participle on the noun before it, where a relative clause (its
 * pronoun at `relative`) follows? "an Ottoman army landed on Cyprus, which had been ruled by Venice": no finite verb before it
 * in its clause, and none after the relative clause; "The treaty signed at Versailles, which took effect in 1920, imposed …"
 * has one after.
 */
function mainVerbBeforeRelative(toks: Token[], drop: boolean[], clauseStart: number, at: number, relative: number): boolean {
	if (!finite(toks[at])) return false;
	for (let k = clauseStart; k < at; k++) if (!drop[k] && finite(toks[k])) return false;
	let k = relative;
	while (k < toks.length && !comma(toks[k]) && !hardBreak(toks[k])) k++;
	for (k++; k < toks.length && !hardBreak(toks[k - 1]); k++) if (!drop[k] && finite(toks[k])) return false;
	return true;
}

/** A long subject keeps its head: "The top commander of a Cambodian resistance force" -> "The top commander". */
function compactSubject(s: string): string {
	if (s.length <= 32) return s;
	// "A phony address listed on disclosure forms", "Confederate incursions into New Mexico territory".
	const cut = /\s(?:[a-z]+ed\s+(?:by|in|on|at|to|from|with|for|as)|of|in|at|from|for|with|on|into|by|against|over|under|between|among|across|during|through|towards?|who|which|that|such as|,)\s/.exec(s.slice(5));
	return cut ? s.slice(0, 5 + cut.index).replace(/,$/, '') : s;
}

const NAME_AFTER_TITLE = /\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Capt)\.\s+((?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+)/gu;

/**
 * Who "he", "she" or "it" is, where that is safe: "he"/"she" is the one person named earlier in
 * the same sentence, or the person last named with a title ("Mr. Horsley") just before it; "it"
 * is the one organisation named earlier in the sentence. Null when unsure.
 */
function antecedent(toks: Token[], drop: boolean[], at: number, pronoun: string, before: string): string | null {
	const want = pronoun === 'it' ? ORG : pronoun === 'they' ? 0 : PERSON;
	if (!want) return null;
	const names: string[] = [];
	for (let i = 0; i < at; i++) {
		if (drop[i] || !has(toks[i], want)) continue;
		// The whole name: capitalised words on either side ("Bill" of "Bill Clinton").
		while (i > 0 && !drop[i - 1] && TITLE_CASE.test(toks[i - 1].word) && !comma(toks[i - 1]) && !names.length && i - 1 > 0) i--;
		let j = i;
		while (j + 1 < at && (has(toks[j + 1], want) || TITLE_CASE.test(toks[j + 1].word)) && !comma(toks[j])) j++;
		// Without its title ("Mr. Bush" -> "Bush").
		let k = i;
		while (k < j && isHonorific(toks[k].lower)) k++;
		names.push(toks.slice(k, j + 1).map((t) => t.word).join(' '));
		i = j;
	}
	const distinct = new Set(names.map((n) => n.split(' ').pop()));
	if (distinct.size === 1) return simplifyNames(names[0]);
	// "Fushimi Castle, held for Ieyasu by his old retainer, resisted for more than a week before it fell": "it" in a clause
	// that says when, after the main one, is the name the sentence opens with.
	if (!names.length && pronoun === 'it' && at > 0 && WHEN_CONJUNCTION.has(toks[at - 1].lower)) return openingName(toks, drop, at);
	if (distinct.size > 1 || want !== PERSON) return null;
	let name: string | null = null;
	for (const m of before.slice(-400).matchAll(NAME_AFTER_TITLE)) name = m[1];
	return name;
}

/** Reflexive pronouns, which stress a subject ("Buller himself", "the raft itself"). */
const REFLEXIVE = new Set(['himself', 'herself', 'itself', 'themselves']);
/** Conjunctions of time before a subject: "before it fell", "until it surrendered". */
const WHEN_CONJUNCTION = new Set(['before', 'after', 'until', 'till', 'when', 'once']);
/** Capitalised words that open a sentence and are no name. */
const NOT_AN_OPENING_NAME = /^(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|While|During|Then|But|And|Or|It|He|She|They|We|This|That|These|Those|There|Its|His|Her|Their|Our|Some|Many|Most|All|Each|Every|No|Yet|So|As|If|Although|Though|Since|Until|Once|Over|Under|Within|Despite|Meanwhile|However)$/;

/**
 * The name of up to four capitalised words a sentence opens with, where a comma or the verb follows it: "Fushimi Castle"
 * of "Fushimi Castle, held for …, resisted"; null if the sentence opens otherwise, or the name runs up to `at`.
 */
function openingName(toks: Token[], drop: boolean[], at: number): string | null {
	let j = 0;
	while (j < at && j < 4 && !drop[j] && TITLE_CASE.test(toks[j].word) && !NOT_AN_OPENING_NAME.test(toks[j].word)) {
		j++;
		if (comma(toks[j - 1])) break;
	}
	if (j === 0 || j >= at || !(comma(toks[j - 1]) || isVerb(toks[j]))) return null;
	return toks.slice(0, j).map((t) => t.word).join(' ');
}

/** What {@link tidy} trims off the end of a title (one character). */
const TIDY_TRAILING = /[\s,;:(\-–—]/;

function asciiAlnum(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Drop trailing function words and stray punctuation; close no quote that was not opened. */
export function tidy(title: string): string {
	let t = collapseSpaces(title).trim();
	for (;;) {
		const trimmed = trimEndOf(t, TIDY_TRAILING);
		const next = FUNCTION_LAST.has(lastWord(trimmed)) ? trimmed.replace(FUNCTION_END, '') : trimmed;
		if (next === t) break;
		t = next;
	}
	// Quotes and brackets counted in one walk, not with a match (an array) for each.
	let quotes = 0, opening = 0, closing = 0;
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if (c === 34 || c === 0x201c || c === 0x201d) quotes++;
		else if (c === 40) opening++;
		else if (c === 41) closing++;
	}
	if (quotes % 2) t = t.replace(/["“”]/g, '');
	if (opening !== closing) t = t.replace(/\s*\([^)]*$/, '').replace(/[()]/g, '');
	// No full stop at the end ("… and retired. (ab/dc)"), but an abbreviation keeps its dot.
	// (A title mostly starts with a letter or digit, which the leading class never holds: no regex then.)
	if (!asciiAlnum(t.charCodeAt(0))) t = t.replace(/^[\s"“”'‘’,_-]+/, '');
	t = t.replace(/\s+([,.;:])/g, '$1').trim();
	return t.endsWith('.') ? t.replace(LOWER_WORD_DOT, '$1') : t;
}
