/**
 * `npm run titles -- [DIR...] [--sample N] [--seed S] [--json FILE] [--show KIND]`: how readable event titles are.
 *
 * Extracts every TimeML document of ../shared/corpora (TBAQ-cleaned against its DCT, WikiWars
 * against its DCT too), or of the folders given (each folder's .tml files and those of its
 * subfolders, against their DCTs, as one corpus named by the folder), and counts the titles of
 * the events found (events named from the knowledge base excluded: their titles are fixed names) that
 *   (a) have no verb (the title tagger's: no verb or auxiliary among its tokens),
 *   (b) start with a function word: a relative pronoun, preposition, conjunction ("Who", "That", "In"),
 *   (c) end with a dangling function word ("its", "the", "for"; not the particle of a phrasal verb, "broke out"),
 *   (d) hold the event's date phrase or another date word (month, weekday, year, "yesterday"),
 *   (e) are longer than 60 characters,
 *   (f) are a dateline or byline fragment ("Cambodia (AP)_", "NEW YORK,"),
 *   (g) were cut with an ellipsis,
 *   (h) have a hole where a date phrase was cut ("fled to Florida in and returned", "the triumph of the Bolsheviks in was followed"),
 *   (i) open with an unresolved pronoun ("He", "It"),
 *   (j) end on a speech verb ("Neal Horsley said"),
 *   (k) open mid-clause: on a verb or auxiliary with no subject before it ("Belongs to Marvel's …",
 *       "Have simply had no way …"), or on a possessive's "'s" or a punctuation mark,
 * and prints each as a share of all titles, per corpus and overall, plus the share with any of
 * (b)-(f), (h) or (k) (they are faults; a title without a verb, (a), may be a fine noun phrase).
 * --sample N prints N titles drawn at random (fixed seed) with the sentence each came from;
 * --json FILE writes every title with its document, date and sentence, to compare two runs;
 * --show KIND (a-g) prints every title of that kind.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extract } from '../src/lib/extract/index.ts';
import { tagSentence, taggedVerb, AUX, GERUND, NOUN, PROPER, VERB } from '../src/lib/extract/events/tagger.ts';
import { mulberry32 } from '../src/lib/timeline/dev/generate.ts';
import { dctDate, parseTimeML } from '../src/lib/eval/timeml.ts';

const CORPORA = resolve(import.meta.dirname, '../../shared/corpora');
const CORPUS_DIRS: Record<string, string[]> = {
	TBAQ: ['TBAQ-cleaned/TimeBank', 'TBAQ-cleaned/AQUAINT'].map((d) => join(CORPORA, d)),
	WikiWars: [join(CORPORA, 'WikiWars/whole-tml/tml')]
};
/** Options that take a value (the other arguments are folders). */
const VALUED = new Set(['--sample', '--seed', '--json', '--show']);

const FUNCTION_START = /^(?:who|whom|whose|which|that|what|when|where|while|whether|in|on|at|of|for|to|by|with|from|as|after|before|since|until|during|into|than|and|but|or|nor|if|because|although|though|so|about|over|under|against|between|among|through|without|within|upon|amid|despite|including|like|unlike|per|via)\b/i;
const DANGLING_END = /\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|which|who|whose|for|of|in|on|at|to|by|with|from|and|or|but|as|than|into|is|was|were|are|be|been|has|had|have|will|would|could|should|may|might|can|not|very|more|most)$/i;
const DATE_WORDS = /\b(?:January|February|March|April|May(?=\s+\d)|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight|(?:last|next|this)\s+(?:week|month|year|spring|summer|fall|autumn|winter)|\d+\s+(?:days?|weeks?|months?|years?)\s+ago|(?:1[0-9]|20)\d\d)\b/i;
const DATELINE = /\((?:AP|AFP|Reuters|UPI|CNN|NYT)\)|(?:^|\s)_(?:\s|$)|^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*\s*,|\b[A-Z]{3,}\s+[A-Z]{3,}\b/;

/** The particle of a phrasal verb at the end ("broke out", "had given in"): no dangling word. */
const PARTICLE_END = /\s(?:up|out|in|off|down|away|over|back|on|through)$/i;
function particleEnd(title: string): boolean {
	if (!PARTICLE_END.test(title)) return false;
	const toks = tagSentence(title);
	return toks.length > 1 && (toks[toks.length - 2].tags & (VERB | AUX)) !== 0;
}

const KINDS = {
	a: 'no verb (tagger)',
	b: 'starts with a function word',
	c: 'ends with a dangling function word',
	d: 'holds a date phrase or date word',
	e: 'longer than 60 characters',
	f: 'dateline or byline fragment',
	g: 'cut with an ellipsis',
	h: 'a hole where a date was cut ("in and")',
	i: 'opens with an unresolved pronoun',
	j: 'ends on a speech verb ("X said")',
	k: 'opens mid-clause (a verb, "\'s")'
} as const;
type Kind = keyof typeof KINDS;
const FAULTS: Kind[] = ['b', 'c', 'd', 'e', 'f', 'h', 'k'];
/** A title opening on a possessive's ending or a punctuation mark other than a quote or bracket. */
const FRAGMENT_START = /^(?:['’]s\b|[,;:.!?)\]—–-])/;
const HOLE = /\b(?:in|on|at|by|from|since|until|till|of|during|between)\s+(?:and|or|but|to|with|nights?|mornings?|evenings?)\b|\b(?:in|during|since)\s+(?:was|were|is|are|had|has|went|for|compared)\b|\(\s*\)|\bon\s+(?:the\s+)?(?:and|,)|\b(?:and|or)\s+(?:nights?|mornings?|evenings?)\b/i;

interface Row {
	corpus: string;
	file: string;
	value: string;
	title: string;
	sentence: string;
	kinds: Kind[];
}

function kindsOf(title: string, datePhrases: string[]): Kind[] {
	const out: Kind[] = [];
	const t = title.replace(/…$/, '').trim();
	if (!taggedVerb(t)) out.push('a');
	if (FUNCTION_START.test(t)) out.push('b');
	if (DANGLING_END.test(t) && !particleEnd(t)) out.push('c');
	if (DATE_WORDS.test(t) || datePhrases.some((p) => p.length > 2 && t.toLowerCase().includes(p.toLowerCase()))) out.push('d');
	if (title.length > 60) out.push('e');
	if (DATELINE.test(t)) out.push('f');
	if (title.endsWith('…')) out.push('g');
	if (HOLE.test(t)) out.push('h');
	if (/^(?:he|she|it|they)\b/i.test(t)) out.push('i');
	if (/\b(?:said|says|told|announced|reported|added)$/i.test(t)) out.push('j');
	if (FRAGMENT_START.test(t) || opensOnVerb(t)) out.push('k');
	return out;
}

/** A title whose first word the tagger reads as a verb or auxiliary of its own (not a subject's): "Belongs to …". */
function opensOnVerb(title: string): boolean {
	const [first, second] = tagSentence(title);
	// (Not a name the tagger reads as a verb: "Don McKinnon said", "Stand Watie signed", "Lodge, frustrated".)
	return !!first && (first.tags & (VERB | AUX)) !== 0 && (first.tags & (GERUND | NOUN | PROPER)) === 0 && !first.punct && !/^[A-Z]/.test(second?.word ?? '');
}

/** The .tml files of `dir` and of its subfolders, sorted. */
function tmlFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...tmlFiles(path));
		else if (name.endsWith('.tml')) out.push(path);
	}
	return out;
}

function rows(corpora: Record<string, string[]>): Row[] {
	const out: Row[] = [];
	for (const [corpus, dirs] of Object.entries(corpora))
		for (const dir of dirs) {
			for (const path of tmlFiles(dir)) {
				const file = path.slice(dir.length + 1);
				const doc = parseTimeML(readFileSync(path, 'utf8'));
				const reference = dctDate(doc.dct) ?? undefined;
				const result = extract(doc.plain, { reference });
				const d = result.documents[0];
				for (const e of result.events) {
					if (e.knowledgeId) continue;
					const dated = e.mentions.filter((m) => result.expressions.some((x) => x.start === m.start && x.end === m.end));
					const first = dated[0] ?? e.mentions[0];
					const passage = d.passages.find((p) => p.id === first.passageId);
					const s = passage?.sentences.find((x) => x.start <= first.start && first.start < x.end) ?? passage ?? first;
					out.push({ corpus, file, value: e.time.value, title: e.title, sentence: d.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim(), kinds: kindsOf(e.title, dated.map((m) => m.text)) });
				}
			}
		}
	return out;
}


const pct = (n: number, total: number) => `${((100 * n) / Math.max(1, total)).toFixed(1).padStart(5)}%`;

function main(argv: string[]) {
	const arg = (name: string) => {
		const i = argv.indexOf(name);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	const folders = argv.filter((a, i) => !a.startsWith('--') && !VALUED.has(argv[i - 1]));
	for (const f of folders)
		if (!statSync(f, { throwIfNoEntry: false })?.isDirectory()) {
			console.error(`titles: ${f} is not a folder`);
			process.exit(1);
		}
	const corpora = folders.length ? Object.fromEntries(folders.map((f) => [basename(resolve(f)), [resolve(f)]])) : CORPUS_DIRS;
	const all = rows(corpora);
	const groups: Array<[string, Row[]]> = [...Object.keys(corpora).map((c): [string, Row[]] => [c, all.filter((r) => r.corpus === c)]), ['all', all]];
	console.log(`event titles (knowledge-base names excluded): ${groups.map(([c, r]) => `${c} ${r.length}`).join(', ')}`);
	console.log(`${'kind'.padEnd(42)}${groups.map(([c]) => c.padStart(10)).join('')}`);
	for (const [k, label] of Object.entries(KINDS) as Array<[Kind, string]>) {
		console.log(`(${k}) ${label.padEnd(38)}${groups.map(([, r]) => pct(r.filter((x) => x.kinds.includes(k)).length, r.length).padStart(10)).join('')}`);
	}
	console.log(`${'any fault (b-f, h, k)'.padEnd(42)}${groups.map(([, r]) => pct(r.filter((x) => x.kinds.some((k) => FAULTS.includes(k))).length, r.length).padStart(10)).join('')}`);
	const json = arg('--json');
	if (json) writeFileSync(json, JSON.stringify(all, null, 1));
	const show = arg('--show') as Kind | undefined;
	if (show) for (const r of all.filter((x) => x.kinds.includes(show))) console.log(`${r.file} ${r.value}: ${r.title}`);
	const n = Number(arg('--sample') ?? 0);
	if (n > 0) {
		const next = mulberry32(Number(arg('--seed') ?? 1));
		const pool = [...all];
		console.log(`\n${n} titles at random:`);
		for (let i = 0; i < n && pool.length; i++) {
			const r = pool.splice(Math.floor(next() * pool.length), 1)[0];
			console.log(`- ${r.title}  [${r.kinds.join('')}]\n    ${r.file} ${r.value}: ${r.sentence.slice(0, 240)}`);
		}
	}
}

main(process.argv.slice(2));
