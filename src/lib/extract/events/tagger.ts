/**
 * Part-of-speech tags for the title rules of taggedTitle.ts: a sentence as word tokens (exact
 * offsets, the punctuation after each) with tag bits. The tagger is wink-nlp with its English
 * web model (universal POS tags and lemmas); what the rules need beyond those (finite verb,
 * gerund or infinitive; possessive; person and organisation names) is read off the tokens
 * around each word. The model is read once, on the first sentence tagged; each sentence is
 * tagged once (a bounded cache).
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Tag bits: enough to find verbs, noun phrases and clause edges. */
export const NOUN = 1, VERB = 2, ADJ = 4, DET = 8, PREP = 16, CONJ = 32, PRON = 64, QWORD = 128, AUX = 256, ADV = 512;
export const PERSON = 1024, ORG = 2048, PROPER = 4096, POSS = 8192, VALUE = 16384, GERUND = 32768, INFINITIVE = 65536, FINITE = 131072, PARTICLE = 262144, NEG = 524288;

/** The universal tags, as bits (a pronoun is a noun phrase, so a noun too; a proper noun is a noun). */
const UPOS: Record<string, number> = {
	NOUN: NOUN, PROPN: NOUN | PROPER, VERB: VERB, AUX: AUX | VERB, ADJ: ADJ, DET: DET, ADP: PREP, CCONJ: CONJ, SCONJ: CONJ,
	PRON: PRON | NOUN, ADV: ADV, NUM: VALUE, PART: 0, INTJ: 0, SYM: 0, X: 0, PUNCT: 0, SPACE: 0
};

/** One token: its place in the sentence (the word without surrounding punctuation), tag bits, and the punctuation after it. */
export interface Token {
	start: number;
	end: number;
	word: string;
	lower: string;
	tags: number;
	post: string;
	/** What punctuation `post` holds, as bits (COMMA, COLON …): the title rules test it at every clause edge. */
	punct: number;
}

/** A token of wink's, placed in the sentence: is it a word (letters or digits), or separating punctuation? `at`: its index in wink's document. */
interface Piece {
	start: number;
	end: number;
	text: string;
	pos: string;
	at: number;
	word: boolean;
	separator: boolean;
}

/** A token being built: its pieces, where its leading punctuation starts, its universal tag and the piece whose lemma it has. */
interface Draft extends Token {
	lead: number;
	pos: string;
	/** The piece that gives the word's lemma (its index; no reference, so that the pieces die young), and that lemma once read (see Lemmas). */
	lemmaOf: number;
	lemma: string | undefined;
}

/**
 * What the lemma of a word is read from: wink's tokens of the sentence and our pieces of them. Wink
 * lemmatises each time a lemma is read, and the rules read only the verbs' (is "said" a form of "say"?),
 * so a sentence's lemmas are read on demand, each once (see {@link lemma}).
 */
interface Lemmas {
	items: ItemTokens;
	pieces: Piece[];
}
type ItemTokens = ReturnType<ReturnType<WinkMethods['readDoc']>['tokens']>;

/** wink's `its.lemma`, typed as what it gives. */
let itsLemma: ItsFunction<string> | null = null;

/**
 * The lemma of a word, lower case, read once (a module-level function, not a closure made per sentence:
 * under tsx each named closure costs a call to name it).
 */
function lemma(t: Draft, from: Lemmas): string {
	if (t.lemma === undefined) {
		const p = from.pieces[t.lemmaOf];
		t.lemma = ((from.items.itemAt(p.at).out(itsLemma!) as string | undefined) ?? p.text).toLowerCase();
	}
	return t.lemma;
}

let nlp: WinkMethods | null = null;
/** The tagger, made on first use (reading the model takes a while). */
function tagger(): WinkMethods {
	return (nlp ??= winkNLP(model, ['pos']));
}

const CACHE_SIZE = 4096;
const cache = new Map<string, Token[]>();

/** Forget every tagged sentence (to measure the tagger's cost, or free memory). Returns how many there were. */
export function clearTagCache(): number {
	const n = cache.size;
	cache.clear();
	return n;
}

/** Tokens and tags of a sentence; each distinct sentence is tagged once (the oldest are forgotten past CACHE_SIZE). */
export function tagSentence(sentence: string): Token[] {
	const hit = cache.get(sentence);
	if (hit) return hit;
	const tokens = tag(sentence);
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	cache.set(sentence, tokens);
	return tokens;
}

/** Does the text hold a verb (a main verb or an auxiliary)? */
export function taggedVerb(text: string): boolean {
	return tagSentence(text).some((t) => (t.tags & (VERB | AUX)) !== 0);
}

/** Punctuation bits of a token's `post`: COMMA, COLON (; or :), BRACKET, DASH (— – --), QUOTE, STOP (. ! ?), HYPHEN (a hyphen between spaces). */
export const COMMA = 1, COLON = 2, BRACKET = 4, DASH = 8, QUOTE = 16, STOP = 32, HYPHEN = 64;

const SPACE = /\s/;

function punctuation(post: string): number {
	if (post === ' ' || post === '') return 0;
	let mask = 0;
	for (let i = 0; i < post.length; i++) {
		const c = post[i];
		if (c === ',') mask |= COMMA;
		else if (c === ';' || c === ':') mask |= COLON;
		else if (c === '(' || c === ')') mask |= BRACKET;
		else if (c === '—' || c === '–' || (c === '-' && post[i + 1] === '-')) mask |= DASH;
		else if (c === '-' && i > 0 && SPACE.test(post[i - 1]) && SPACE.test(post[i + 1] ?? '')) mask |= HYPHEN;
		else if (c === '"' || c === '“') mask |= QUOTE;
		else if (c === '.' || c === '!' || c === '?') mask |= STOP;
	}
	return mask;
}

const WORDLIKE = /[\p{L}\p{N}]/u;
export function wordlike(text: string): boolean {
	const c = text.charCodeAt(0);
	if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
	// A lone ASCII character that is no letter or digit (",", ".", "(") holds none: no regex for it.
	return !(c < 128 && text.length === 1) && WORDLIKE.test(text);
}

/** Punctuation that separates words even with no space around it ("war—the", "said:"). */
const SEPARATOR = /^(?:[,;:!?()[\]{}"“”«»‘’'_…]|[—–]+|-{2,}|\.+)$/;
/**
 * Symbols that belong to the number they touch ("$46.9", "61%"): `/^[$€£¥#@]$/` and `/^[%°]$/`, tested by
 * character code (they are tried on the punctuation at the edge of every run of pieces).
 */
export function beforeNumber(text: string): boolean {
	if (text.length !== 1) return false;
	const c = text.charCodeAt(0);
	return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 35 || c === 64;
}
export function afterNumber(text: string): boolean {
	if (text.length !== 1) return false;
	const c = text.charCodeAt(0);
	return c === 37 || c === 0xb0;
}
/** Clitics that are words of their own ("did" + "n't", "they" + "'re"). */
const CLITIC = /^(?:['’](?:s|re|ve|ll|d|m)|n['’]t|not)$/i;
/** CLITIC, with a look at the first character first: each starts with ' or ’ or n (N), and most pieces do not. */
export function clitic(text: string): boolean {
	const c = text.charCodeAt(0);
	return (c === 39 || c === 0x2019 || c === 110 || c === 78) && CLITIC.test(text);
}
/** Prefixes of a hyphenated word that leave it what its last part is ("re-entered", "co-founded"). */
const PREFIX = /^(?:re|co|pre|post|un|de|dis|mis|over|out|under|cross|counter|inter|sub|super|semi|mid|ex|self)$/i;

function tag(sentence: string): Token[] {
	const nlp = tagger();
	const doc = nlp.readDoc(sentence);
	const items = doc.tokens();
	const values = items.out(nlp.its.value) as string[];
	const tags = items.out(nlp.its.pos) as string[];
	const pieces: Piece[] = [];
	itsLemma ??= nlp.its.lemma as unknown as ItsFunction<string>;
	let cursor = 0;
	for (let i = 0; i < values.length; i++) {
		const text = values[i];
		// Mostly right at the cursor, or after one space.
		const start = !text ? -1 : sentence.startsWith(text, cursor) ? cursor : sentence.charCodeAt(cursor) === 32 && sentence.startsWith(text, cursor + 1) ? cursor + 1 : sentence.indexOf(text, cursor);
		if (start < 0) continue;
		cursor = start + text.length;
		// Separating punctuation holds no letter or digit.
		const word = wordlike(text);
		pieces.push({ start, end: cursor, text, pos: tags[i], at: i, word, separator: !word && SEPARATOR.test(text) });
	}
	// Words as written: pieces with no space between them are one word ("Israeli-built", "$46.9", "Israel's"),
	// except for separating punctuation and clitics; punctuation at a word's edges is not part of it.
	const drafts: Draft[] = [];
	// Where the run of pieces with no space between them starts: punctuation there leads its first word ("(AP", "“Hi").
	let chunk = 0;
	let chunkWords = false;
	let from = 0;
	for (let i = 0; i <= pieces.length; i++) {
		const p = pieces[i];
		const joined = i > 0 && i < pieces.length && pieces[i - 1].end === p.start;
		if (i > from && (!joined || p.separator || pieces[i - 1].separator)) {
			const n = drafts.length;
			words(pieces, from, i - 1, chunkWords ? pieces[from].start : chunk, sentence, drafts);
			chunkWords ||= drafts.length > n;
			from = i;
		}
		if (i < pieces.length && !joined) {
			chunk = p.start;
			chunkWords = false;
		}
	}
	for (let i = 0; i < drafts.length; i++) {
		drafts[i].post = sentence.slice(drafts[i].end, i + 1 < drafts.length ? drafts[i + 1].lead : sentence.length);
		drafts[i].punct = punctuation(drafts[i].post);
	}
	features(drafts, { items, pieces });
	return drafts;
}

/** The word tokens of pieces `from`..`to`, a run with no space or separator between them. */
function words(pieces: Piece[], from: number, to: number, lead: number, sentence: string, out: Draft[]): void {
	let a = from, b = to;
	while (a <= b && !pieces[a].word && !(beforeNumber(pieces[a].text) && a < to && pieces[a + 1].word)) a++;
	while (b >= a && !pieces[b].word && !(afterNumber(pieces[b].text) && b > a)) b--;
	if (a > b) {
		// "Procter & Gamble": a lone ampersand joins names; other lone punctuation goes with the word before.
		if (from === to && pieces[from].text === '&') out.push(draft(pieces, from, from, lead, sentence, CONJ));
		return;
	}
	let g = a;
	for (let i = a + 1; i <= b; i++) {
		const p = pieces[i];
		if (!clitic(p.text)) continue;
		// "Israel's": a possessive stays with its noun; "it's", "didn't", "they're": a word of its own.
		if ((p.text === "'s" || p.text === '’s' || p.text === "'S" || p.text === '’S') && p.pos === 'PART') {
			out.push(group(pieces, g, i, lead, sentence));
			lead = p.end;
			g = i + 1;
			continue;
		}
		if (i > g) {
			out.push(group(pieces, g, i - 1, lead, sentence));
			lead = pieces[i - 1].end;
		}
		g = i;
	}
	if (g <= b) out.push(group(pieces, g, b, lead, sentence));
}

/** One word from pieces `from`..`to` (a possessive "'s" last). */
function group(pieces: Piece[], from: number, to: number, lead: number, sentence: string): Draft {
	const last = pieces[to];
	const possessive = to > from && last.pos === 'PART' && /^['’]s$/i.test(last.text);
	let head = -1, tail = -1, hyphen = false;
	for (let i = from; i <= to; i++) {
		if (pieces[i].word) {
			if (head < 0) head = i;
			tail = i;
		} else if (pieces[i].text === '-') hyphen = true;
	}
	if (possessive) for (tail = to - 1; tail > from && !pieces[tail].word; tail--);
	const h = pieces[head < 0 ? from : head];
	let pos = h.pos, lemmaOf = head < 0 ? from : head;
	if (hyphen && head >= 0 && tail > head) {
		// One word of several: "re-entered" is the verb, "Austria-Hungary" the name, "cease-fire" the noun; "Israeli-built",
		// "long-awaited", "61%-owned", "anti-Castro": one modifier, not a name and a verb.
		const t = pieces[tail];
		if (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'PART') pos = 'NOUN';
		else if (PREFIX.test(h.text) || (t.pos !== 'VERB' && (upper(h.text) || !upper(t.text)))) {
			pos = t.pos;
			lemmaOf = tail;
		} else pos = 'ADJ';
	}
	const d = draft(pieces, from, to, lead, sentence, (UPOS[pos] ?? 0) | (possessive ? POSS : 0));
	d.pos = pos;
	d.lemmaOf = lemmaOf;
	return d;
}

function upper(text: string): boolean {
	const c = text.charCodeAt(0);
	if (c < 128) return c >= 65 && c <= 90;
	return text[0] !== text[0].toLowerCase();
}

/**
 * The patterns with Unicode classes, made once: esbuild (under tsx, for this Node) writes a `\p{…}` literal
 * as `new RegExp(…)`, which would build a regular expression each time the line runs.
 */
const ABBREVIATION = /^\p{L}{1,5}\.$/u, HAS_UPPER = /\p{Lu}/u, ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * `word.toLowerCase()`, without the copy V8 makes even of a word with nothing to lower: most words are
 * ASCII with no capital, and are their own lower case. (Every token keeps its lower case while its
 * sentence is cached, so the copies were both work and memory for the collector.)
 */
export function lowerCase(word: string): string {
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
	}
	return word;
}

function draft(pieces: Piece[], from: number, to: number, lead: number, sentence: string, tags: number): Draft {
	const start = pieces[from].start;
	let end = pieces[to].end;
	// "Gen.", "Corp.": the word without its abbreviation dot, which goes with what follows ("U.S." keeps its dots).
	if (sentence.charCodeAt(end - 1) === 46 && end - start <= 6 && ABBREVIATION.test(sentence.slice(start, end))) end--;
	const word = sentence.slice(start, end);
	return { start, end, word, lower: lowerCase(word), tags, post: '', punct: 0, lead, pos: pieces[from].pos, lemmaOf: from, lemma: undefined };
}

const MODAL = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'do', 'does', 'did', "wo", "ca"]);
const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);

/** Is the word (lower case) a question word? Each starts with "w" or "h": a look at the first letter spares most words a hash lookup. */
export function isWh(lower: string): boolean {
	const c = lower.charCodeAt(0);
	return (c === 119 || c === 104) && WH.has(lower);
}
const POSSESSIVE = new Set(['his', 'its', 'their', 'our', 'my', 'your', 'whose']);
const NOMINATIVE = new Set(['i', 'we', 'you', 'they']);
const NEGATION = new Set(['not', "n't", 'n’t', 'never']);
/** Verbs whose past tense is their base form. */
const SAME_PAST = new Set(['put', 'set', 'cut', 'hit', 'let', 'cost', 'spread', 'quit', 'hurt', 'shut', 'bid', 'cast', 'burst', 'split', 'thrust', 'upset', 'broadcast', 'forecast', 'beat', 'read', 'bet', 'shed', 'slit', 'rid']);
/** Verbs of saying and thinking: the clause after them has a verb of its own ("said the offer expired in May"). */
const SAYING = new Set(['say', 'tell', 'announce', 'report', 'add', 'state', 'declare', 'note', 'disclose', 'claim', 'argue', 'warn', 'believe', 'think', 'know', 'feel', 'expect', 'hope', 'fear', 'estimate', 'predict', 'show', 'indicate', 'suggest', 'insist', 'admit', 'deny', 'confirm', 'find', 'conclude', 'learn', 'reveal', 'write']);
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'away', 'back', 'over', 'in', 'on', 'apart', 'aside']);
/** Titles and ranks before a person's name ("Gen.", "Prime Minister"). */
const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'col', 'capt', 'lt', 'sgt', 'adm', 'maj', 'prof', 'rev', 'president', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'tsar', 'czar', 'pope', 'general', 'admiral', 'marshal', 'colonel', 'captain', 'lieutenant', 'major', 'sergeant', 'corporal', 'private', 'senator', 'representative', 'congressman', 'congresswoman', 'governor', 'mayor', 'secretary', 'minister', 'prime', 'chairman', 'chairwoman', 'ambassador', 'judge', 'justice', 'sir', 'lord', 'lady', 'dame', 'archbishop', 'bishop', 'cardinal', 'sheikh', 'ayatollah', 'spokesman', 'spokeswoman', 'commander', 'chief', 'director', 'officer']);
/** Common given names: one before another name makes a person's name. */
const GIVEN = new Set(
	('james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew ' +
		'joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott ' +
		'brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron henry douglas peter adam nathan walter ' +
		'harold carl arthur roger albert lawrence ralph louis philip howard fred frederick bill bob jim tom joe mike dick ted ed al alan allen ' +
		'martin hans karl otto franz friedrich wilhelm heinrich pierre jean jacques francois louis juan carlos jose luis pedro manuel antonio ' +
		'giovanni giuseppe ivan vladimir nikolai boris mikhail sergei yuri dmitri leon leo hugh neil ian colin nigel gordon harry winston ' +
		'ulysses abraham andrew ernest herbert franklin dwight lyndon woodrow theodore calvin warren chester grover rutherford zachary millard ' +
		'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly emily ' +
		'donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela ' +
		'nicole ruth katherine catherine christine samantha janet debra carolyn rachel heather maria diane julie joyce victoria kelly christina ' +
		'joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann anne teresa kathryn sara janice jean alice madeleine ' +
		'hillary eleanor golda indira benazir margaret marie sophie louise charlotte emma olga natalia tatiana irina')
		.split(' ')
);

/** Words that make a name an organisation's ("Murphy Oil Corp.", "the Communist Party"). */
const ORGANISATION = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'group', 'party', 'ministry', 'bank', 'company', 'corporation', 'association', 'agency', 'council', 'committee', 'department', 'university', 'union', 'federation', 'organization', 'organisation', 'institute', 'commission', 'bureau', 'airlines', 'exchange', 'fund', 'trust', 'holdings', 'industries', 'motors', 'systems', 'technologies', 'communications', 'securities', 'partners', 'foundation', 'church', 'court', 'congress', 'parliament', 'senate', 'army', 'navy', 'league', 'front', 'administration', 'government', 'network', 'times', 'post', 'journal']);

/** Is the word (lower case) a title or rank that stands before a name ("mr", "gen", "president")? */
export function isHonorific(lower: string): boolean {
	return HONORIFIC.has(lower);
}

/** Does the text start with a digit? */
function digit(text: string): boolean {
	const c = text.charCodeAt(0);
	return c >= 48 && c <= 57;
}

function capitalised(t: Token): boolean {
	return upper(t.word);
}

/** What the universal tags leave out, from the words around: verb forms, particles, possessives, question words, names. */
function plural(t: Draft | undefined): boolean {
	return !!t && (t.pos === 'NOUN' || t.pos === 'PROPN') && pluralForm(t.lower);
}

/** Does the word end in an "s" after another letter than "s" (`/[^s]s$/`: "talks", not "press")? By character code. */
export function pluralForm(lower: string): boolean {
	const n = lower.length;
	return n >= 2 && lower.charCodeAt(n - 1) === 115 && lower.charCodeAt(n - 2) !== 115;
}

function objectLike(t: Draft | undefined): boolean {
	return !!t && !!(t.tags & (DET | NOUN | VALUE | ADJ | PRON));
}

/**
 * `toks[i]`, typed as the plain read types it (undefined past either end), but read within bounds:
 * an index past the end, or -1, is a slow lookup along the prototype chain rather than an array read.
 */
function at<T>(toks: readonly T[], i: number): T {
	return (i >= 0 && i < toks.length ? toks[i] : undefined) as T;
}

function features(toks: Draft[], lemmas: Lemmas): void {
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		const prev = at(toks, i - 1);
		const next = at(toks, i + 1);
		if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lower.endsWith('ing'))) {
			// The word before the verb, past adverbs and negations ("to not go", "could never say").
			let p = i - 1;
			while (p >= 0 && (toks[p].pos === 'ADV' || NEGATION.has(toks[p].lower))) p--;
			const before = toks[p];
			if (t.lower.endsWith('ing')) t.tags = VERB | GERUND;
			else if (before && (before.lower === 'to' || (MODAL.has(before.lower) && before.tags & AUX))) t.tags |= INFINITIVE;
			// (The lemma last: reading it is the dear part.)
			else if (t.lower.endsWith('ed') || t.lower !== lemma(t, lemmas)) t.tags |= FINITE;
			// A base form is present tense after a plural subject ("they say", "the results compare"), past tense
			// for "hit", "cut", "set" … with an object ("sales hit $600 million"); else an infinitive, imperative or subjunctive.
			else if ((prev && NOMINATIVE.has(prev.lower)) || plural(prev) || (SAME_PAST.has(t.lower) && prev && prev.tags & NOUN && objectLike(next))) t.tags |= FINITE;
			else t.tags |= INFINITIVE;
		}
		if (t.pos === 'PART') {
			if (NEGATION.has(t.lower) && t.lower !== 'never') t.tags |= NEG;
			else if (t.lower === 'to') t.tags |= PARTICLE;
		}
		if (t.lower === 'never') t.tags |= NEG;
		// "broke down", "set up": a particle, when no noun phrase (or clause: "vote on whether") follows it.
		if (t.pos === 'ADP' && prev && prev.tags & VERB && PARTICLES.has(t.lower) && (!next || t.punct & (COMMA | COLON | STOP | BRACKET | DASH) || !(objectLike(next) || isWh(next.lower) || /^(?:whether|if)$/.test(next.lower)))) t.tags = PARTICLE;
		if (t.pos === 'PRON' && (POSSESSIVE.has(t.lower) || (t.lower === 'her' && next && next.tags & (NOUN | ADJ | VALUE) && !(next.tags & PRON)))) t.tags |= POSS;
		if (isWh(t.lower)) t.tags = QWORD | (t.tags & POSS);
		// A capitalised word inside the sentence ("MindSpring", "Pan Am"), or one with inner capitals, is a name, not a verb.
		if (t.tags & VERB && capitalised(t) && (i > 0 || HAS_UPPER.test(t.word.slice(1))) && !(t.tags & AUX && (i === 0 || prev.punct & (QUOTE | COLON)))) {
			t.tags = (t.tags & ~(VERB | AUX | FINITE | GERUND | INFINITIVE)) | NOUN | PROPER;
			t.pos = 'PROPN';
		}
	}
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i], prev = at(toks, i - 1), next = at(toks, i + 1);
		// "the 43rd Battalion": an ordinal is a modifier.
		if (digit(t.word) && /^\d+(?:st|nd|rd|th)$/i.test(t.word)) {
			t.tags = ADJ | VALUE;
			t.pos = 'ADJ';
		}
		// "Continued antipathy …", "Renewed fighting …": an -ed word opening the sentence before its noun is an adjective.
		if (i === 0 && t.pos === 'VERB' && t.lower.endsWith('ed') && next?.pos === 'NOUN') {
			t.tags = ADJ;
			t.pos = 'ADJ';
		}
		// "Hopes for a quick end …", "Talks on …": a plural noun opening the sentence before a preposition.
		if (i === 0 && t.pos === 'VERB' && t.lower.endsWith('s') && next?.pos === 'ADP') {
			t.tags = NOUN;
			t.pos = 'NOUN';
		}
		// "Encouraged by …", "Further encouraged by …": a participle opening the sentence, not its verb.
		if (i <= 1 && t.pos === 'VERB' && t.lower.endsWith('ed') && next?.lower === 'by' && (i === 0 || !(prev.tags & (DET | PRON)))) t.tags &= ~FINITE;
		// "Charles I", "Wilhelm II": a regnal number is part of the name.
		if (prev && prev.tags & PROPER && capitalised(prev) && /^[IVX]+$/.test(t.word) && !(prev.punct & (COMMA | COLON | BRACKET))) {
			t.tags = NOUN | PROPER;
			t.pos = 'PROPN';
		}
		// "the French", "the poor": an adjective after a determiner with no noun to go with is the noun.
		if (t.pos === 'ADJ' && prev && prev.pos === 'DET' && !(prev.punct & (COMMA | COLON | BRACKET)) && !(next && next.tags & (NOUN | ADJ | VALUE) && !(t.punct & (COMMA | COLON | BRACKET | DASH)))) t.tags |= NOUN | (capitalised(t) ? PROPER : 0);
		// "the government's conduct", "the attack": a verb right after a determiner or possessive is a noun (or, a participle before one, an adjective).
		if (t.pos === 'VERB' && !(t.tags & GERUND) && prev && (prev.pos === 'DET' || prev.tags & POSS) && !(prev.punct & (COMMA | COLON | BRACKET)) && !isWh(prev.lower)) {
			t.tags = t.lower.endsWith('ed') && next?.tags & NOUN ? ADJ : NOUN;
			t.pos = t.tags & ADJ ? 'ADJ' : 'NOUN';
		}
		// "where profit soared": a bare verb form right before a finite verb is its subject, a noun.
		if (t.tags & INFINITIVE && !(prev && (prev.lower === 'to' || prev.tags & AUX)) && next && next.tags & FINITE && !(next.tags & AUX)) {
			t.tags = NOUN;
			t.pos = 'NOUN';
		}
		// "the thrift holding company", "its operating profit": an -ing word inside a noun phrase, before its noun.
		if (t.tags & GERUND && next?.pos === 'NOUN' && prev && !plural(prev) && prev.tags & (DET | ADJ | POSS | NOUN) && !(prev.tags & PRON && !(prev.tags & POSS))) {
			let k = i - 1;
			while (k >= 0 && toks[k].tags & (NOUN | ADJ | VALUE) && !(toks[k].tags & (DET | POSS | PRON)) && !(toks[k].punct & (COMMA | COLON | BRACKET))) k--;
			if (k >= 0 && toks[k].tags & (DET | POSS) && !(toks[k].punct & (COMMA | COLON | BRACKET))) t.tags = ADJ;
		}
	}
	// "defeated Russia in a series of battles collectively known as …": a participle after a noun, with a phrase of its own,
	// in a clause whose verb came before it, says what the noun is (a reduced relative), not what happened.
	for (let i = 1, verb = -1; i < toks.length; i++) {
		const t = toks[i];
		if (toks[i - 1].punct & (COMMA | COLON | BRACKET | DASH) || t.tags & CONJ || isWh(t.lower) || t.lower === 'that') verb = -1;
		if (!(t.tags & FINITE) || t.tags & AUX) {
			if (t.tags & AUX) verb = i;
			continue;
		}
		let k = i - 1;
		while (k > 0 && toks[k].pos === 'ADV' && !(toks[k].punct & (COMMA | COLON))) k--;
		const participle = !pluralForm(t.lower) && (/(?:ed|en|wn)$/.test(t.lower) || t.lower !== lemma(t, lemmas));
		if (verb >= 0 && participle && toks[k].tags & NOUN && !(toks[k].tags & PRON) && (toks[i + 1]?.tags & (PREP | PARTICLE) || (toks[i + 1]?.pos === 'ADV' && toks[i + 2]?.tags & PREP)) && !SAYING.has(lemma(toks[verb], lemmas))) t.tags &= ~FINITE;
		else verb = i;
	}
	// "Qantas plans daily flights …", "Protesters from several communities crowded into …": a clause that opens the sentence
	// with its subject and has no verb at all reads the plural noun or the -ed word after the subject as its verb.
	for (let a = 0; a < toks.length; ) {
		let b = a;
		let finite = !!(toks[a].tags & (FINITE | AUX));
		while (b < toks.length - 1 && !(toks[b].punct & (COMMA | COLON | BRACKET | DASH))) if (toks[++b].tags & (FINITE | AUX)) finite = true;
		if (!finite && (a === 0 || toks[a - 1].punct & (COLON | BRACKET | DASH)) && toks[a].tags & (NOUN | DET | ADJ | POSS)) verbless(toks, a, b);
		a = b + 1;
	}
	names(toks);
}

/** The verb of a verbless clause `a`..`b` opening with its subject: an -ed word after a noun, else a plural noun before what it governs. */
function verbless(toks: Draft[], a: number, b: number): void {
	let plural = -1;
	for (let i = a + 1; i < b; i++) {
		const t = toks[i], prev = toks[i - 1], next = toks[i + 1];
		if (prev.tags & (VERB | CONJ | PRON | QWORD)) break;
		if (!(prev.tags & NOUN) || prev.tags & (DET | POSS)) continue;
		if (t.lower.endsWith('ed') && (t.pos === 'ADJ' || t.pos === 'VERB') && next.tags & (PREP | DET | PRON)) {
			// An -ed word before a plural noun: "protesters from several communities crowded into".
			plural = i;
			break;
		}
		if (plural < 0 && t.pos === 'NOUN' && pluralForm(t.lower) && (next.tags & (DET | VALUE) || (next.pos === 'ADJ' && !next.lower.endsWith('ed')) || (next.lower === 'to' && toks[i + 2]?.tags & VERB))) plural = i;
	}
	if (plural < 0) return;
	toks[plural].tags = VERB | FINITE;
	toks[plural].pos = 'VERB';
}

/** Person names after a title ("Gen. Nhek Bunchhay", "Prime Minister Hun Sen"); organisation names ("Murphy Oil Corp.", "NATO"). */
function name(t: Draft | undefined): boolean {
	return !!t && !!(t.tags & PROPER) && capitalised(t);
}

function names(toks: Draft[]): void {
	for (let i = 0; i < toks.length; i++) {
		// "John S. Mosby", "Mary Smith": a common given name and the name after it.
		if (name(toks[i]) && GIVEN.has(toks[i].lower) && name(toks[i + 1]) && !(toks[i].punct & (COMMA | COLON | BRACKET | DASH))) {
			let k = i + 1;
			while (k + 1 < toks.length && name(toks[k + 1]) && !(toks[k].punct & (COMMA | COLON | BRACKET | DASH)) && k - i < 3) k++;
			let organisation = false;
			for (let m = i; m <= k; m++) organisation ||= ORGANISATION.has(toks[m].lower);
			if (!organisation) for (let m = i; m <= k; m++) toks[m].tags |= PERSON;
			i = k;
			continue;
		}
		if (!capitalised(toks[i]) || !HONORIFIC.has(toks[i].lower)) continue;
		// The titles in a row ("Second Prime Minister"), then the name.
		let j = i;
		while (j + 1 < toks.length && capitalised(toks[j + 1]) && HONORIFIC.has(toks[j + 1].lower) && !(toks[j].punct & (COMMA | COLON | BRACKET))) j++;
		let k = j + 1;
		while (k < toks.length && name(toks[k]) && !ORGANISATION.has(toks[k].lower) && k - j <= 4) {
			k++;
			if (toks[k - 1].punct & (COMMA | COLON | BRACKET | DASH)) break;
		}
		if (k === j + 1) continue;
		for (let m = i; m < k; m++) toks[m].tags |= PERSON;
		i = k - 1;
	}
	for (let i = 0; i < toks.length; i++) {
		if (!name(toks[i])) continue;
		let j = i;
		while (j + 1 < toks.length && (name(toks[j + 1]) || (toks[j + 1].lower === '&' && name(toks[j + 2]))) && !(toks[j].punct & (COMMA | COLON | BRACKET | DASH))) j++;
		let person = false, organisation = j === i && ACRONYM.test(toks[i].word);
		for (let m = i; m <= j; m++) {
			person ||= !!(toks[m].tags & PERSON);
			organisation ||= m > i && ORGANISATION.has(toks[m].lower);
		}
		if (!person && organisation) for (let m = i; m <= j; m++) toks[m].tags |= ORG;
		i = j;
	}
}
