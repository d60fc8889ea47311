/**
 * `npm run eval -- [DIR...] [--errors N] [--json]`: score the extractor on TimeML corpora by
 * the TempEval-3 rules (see src/lib/eval/score.ts).
 *
 * Each DIR is one corpus: every `.tml` file under it. Without DIR it reads ../shared/corpora:
 * TBAQ-cleaned (TimeBank + AQUAINT, one corpus) and WikiWars 01-11 in TimeML form. For every
 * document the gold TIMEX3s are stripped from <TEXT>, the text is annotated exactly as
 * `timeweave annotate --timeml` does it (in memory), and the TIMEX3s read back from the
 * annotated file are scored against the gold ones. Figures are micro-averaged per corpus.
 * Type F1 is "n/a" for a corpus whose gold types are all DATE (WikiWars' conversion).
 *
 * It measures, it does not gate: the exit status is 0 unless a corpus cannot be read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { annotateTimeML } from '../src/cli/annotate.ts';
import { parseTimeML, stripTimex, type GoldTimex } from '../src/lib/eval/timeml.ts';
import { addCounts, metrics, scoreDocument, ZERO_COUNTS, type Counts, type Metrics } from '../src/lib/eval/score.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared/corpora');

const USAGE = `Usage: npm run eval -- [DIR...] [--errors N] [--json]

Score the extractor on TimeML corpora (TempEval-3 rules, micro-averaged per corpus).
Each DIR is one corpus (every .tml file under it). Without DIR: ${relative(process.cwd(), SHARED) || SHARED}
(TBAQ-cleaned = TimeBank + AQUAINT, and WikiWars/whole-tml/tml).

  --errors N   Also print up to N sample errors of each kind per corpus (missed,
               spurious, wrong extent, wrong type, wrong value) and error categories.
  --json       Print JSON instead of the table.
  -h, --help   Show this help.
`;

interface Corpus {
	name: string;
	dirs: string[];
}

/** One scoring error, for developers. */
interface ErrorSample {
	kind: 'missed' | 'spurious' | 'extent' | 'type' | 'value';
	file: string;
	/** The gold TIMEX3, when there is one. */
	gold?: { text: string; type: string; value: string };
	/** The predicted TIMEX3 (and the parser that found it), when there is one. */
	predicted?: { text: string; type: string; value: string; parser?: string };
	/** The sentence-ish context with the gold or predicted extent in [brackets]. */
	context: string;
}

interface CorpusResult {
	name: string;
	dirs: string[];
	documents: number;
	failed: { file: string; error: string }[];
	counts: Counts;
	metrics: Metrics;
	/** False when every gold type is DATE: type cannot be judged. */
	typeScored: boolean;
	seconds: number;
	errors: ErrorSample[];
}

function parseArgs(argv: string[]): { dirs: string[]; errors: number; json: boolean } {
	const dirs: string[] = [];
	let errors = 0;
	let json = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '-h' || arg === '--help') {
			process.stdout.write(USAGE);
			process.exit(0);
		} else if (arg === '--json') json = true;
		else if (arg === '--errors' || arg.startsWith('--errors=')) {
			const value = arg === '--errors' ? argv[++i] : arg.slice('--errors='.length);
			if (!/^\d+$/.test(value ?? '')) usage(`--errors needs a number, not '${value ?? ''}'`);
			errors = Number(value);
		} else if (arg.startsWith('-')) usage(`unknown option '${arg}'`);
		else dirs.push(arg);
	}
	return { dirs, errors, json };
}

function usage(message: string): never {
	process.stderr.write(`eval: ${message}\n${USAGE}`);
	process.exit(2);
}

/** Every `.tml` file under `dir`, sorted. */
function tmlFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const path = join(d, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith('.tml')) out.push(path);
		}
	};
	walk(dir);
	return out;
}

function defaultCorpora(): Corpus[] {
	return [
		{ name: 'TBAQ-cleaned', dirs: [join(SHARED, 'TBAQ-cleaned/TimeBank'), join(SHARED, 'TBAQ-cleaned/AQUAINT')] },
		{ name: 'WikiWars 01-11', dirs: [join(SHARED, 'WikiWars/whole-tml/tml')] }
	];
}

/** Up to `width` characters around [start, end) of `text`, the extent in brackets, on one line. */
function contextOf(text: string, start: number, end: number, width = 60): string {
	const before = text.slice(Math.max(0, start - width), start);
	const after = text.slice(end, end + width);
	return `${before}[${text.slice(start, end)}]${after}`.replace(/\s+/g, ' ').trim();
}

function scoreCorpus(corpus: Corpus): CorpusResult {
	const started = performance.now();
	const files = corpus.dirs.flatMap(tmlFiles);
	const perDocument: Counts[] = [];
	const failed: CorpusResult['failed'] = [];
	const errors: ErrorSample[] = [];
	let allDate = true;
	for (const path of files) {
		const file = basename(path);
		try {
			const raw = readFileSync(path, 'utf8');
			const gold = parseTimeML(raw);
			const annotated = annotateTimeML(stripTimex(gold));
			const predictedDoc = parseTimeML(annotated.document);
			if (predictedDoc.plain !== gold.plain) throw new Error('the annotated file’s text differs from the original’s');
			const goldTimexes: GoldTimex[] = gold.timexes;
			const predicted = predictedDoc.timexes;
			for (const t of goldTimexes) if (t.type !== 'DATE') allDate = false;
			const { counts, matches } = scoreDocument(goldTimexes, predicted, gold.plain);
			perDocument.push(counts);

			// Errors, for --errors and the categories.
			const parserAt = new Map(annotated.expressions.map((e) => [`${e.start}:${e.end}`, e.parser]));
			const describeGold = (t: GoldTimex) => ({ text: t.text, type: t.type, value: t.value });
			const describePredicted = (t: GoldTimex) => ({ text: t.text, type: t.type, value: t.value, parser: parserAt.get(`${t.start}:${t.end}`) });
			const goldMatched = new Set(matches.map((m) => m.gold));
			const predictedMatched = new Set(matches.map((m) => m.predicted));
			goldTimexes.forEach((t, i) => {
				if (!goldMatched.has(i)) errors.push({ kind: 'missed', file, gold: describeGold(t), context: contextOf(gold.plain, t.start, t.end) });
			});
			predicted.forEach((t, i) => {
				if (!predictedMatched.has(i)) errors.push({ kind: 'spurious', file, predicted: describePredicted(t), context: contextOf(gold.plain, t.start, t.end) });
			});
			for (const m of matches) {
				const g = goldTimexes[m.gold];
				const p = predicted[m.predicted];
				const sample = { file, gold: describeGold(g), predicted: describePredicted(p), context: contextOf(gold.plain, Math.min(g.start, p.start), Math.max(g.end, p.end)) };
				if (!m.strict) errors.push({ kind: 'extent', ...sample });
				if (!m.typeCorrect) errors.push({ kind: 'type', ...sample });
				if (!m.valueCorrect) errors.push({ kind: 'value', ...sample });
			}
		} catch (error) {
			failed.push({ file: path, error: error instanceof Error ? error.message : String(error) });
		}
	}
	const counts = perDocument.length ? addCounts(...perDocument) : { ...ZERO_COUNTS };
	return {
		name: corpus.name,
		dirs: corpus.dirs,
		documents: counts.documents,
		failed,
		counts,
		metrics: metrics(counts),
		typeScored: !allDate || counts.gold === 0,
		seconds: (performance.now() - started) / 1000,
		errors
	};
}

const pct = (x: number) => (100 * x).toFixed(1);

function table(results: CorpusResult[]): string {
	const header = ['corpus', 'docs', 'gold', 'pred', 'strict P', 'R', 'F1', 'relaxed P', 'R', 'F1', 'type F1', 'value F1'];
	const rows = results.map((r) => {
		const m = r.metrics;
		return [
			r.name,
			String(r.documents),
			String(r.counts.gold),
			String(r.counts.predicted),
			pct(m.strict.precision),
			pct(m.strict.recall),
			pct(m.strict.f1),
			pct(m.relaxed.precision),
			pct(m.relaxed.recall),
			pct(m.relaxed.f1),
			r.typeScored ? pct(m.typeF1) : 'n/a (all DATE)',
			pct(m.valueF1)
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
	return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** Evenly spread samples, so they are not all from the first file. */
function spread<T>(items: T[], n: number): T[] {
	if (items.length <= n) return items;
	return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

const REF_WORDS = /^(recently|currently|current|former|formerly|future|the future|the past|past|soon|previously|recent|now|nowadays|today|these days|once|lately|the present|present|at present|then|later|earlier)$/i;
const SEASON = /\b(spring|summer|winter|fall|autumn|dry season|rainy season)\b/i;
const MONTH = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** One heuristic category for an error, in words a developer can act on. */
export function categoryOf(e: ErrorSample): string {
	const g = e.gold;
	const p = e.predicted;
	if (e.kind === 'missed' && g) {
		const t = g.text.toLowerCase();
		const v = g.value;
		if (/Q\d|H\d|QX/.test(v) || (g.type !== 'DURATION' && /quarter|half|fiscal/.test(t))) return 'missed: quarters, halves, fiscal periods';
		if (g.type === 'SET' || /^(daily|weekly|monthly|annually|yearly|hourly|per |each |every )/.test(t)) return 'missed: sets (daily, per month, every ...)';
		if (v.startsWith('P') || g.type === 'DURATION') return 'missed: durations';
		if (/^(PRESENT|PAST|FUTURE)_REF$/.test(v) || REF_WORDS.test(t)) return 'missed: PRESENT/PAST/FUTURE_REF words';
		if (SEASON.test(t)) return 'missed: seasons';
		if (/^('?\d{2}|\d{1,4})$/.test(t)) return 'missed: bare numbers/years (often the second half of a range)';
		if (/^(the|this|that|same|these)\b/.test(t)) return 'missed: anaphoric (the year, this period, that time)';
		if (MONTH.test(t)) return 'missed: month expressions (mid-November, last May)';
		return 'missed: other';
	}
	if (e.kind === 'spurious' && p) {
		const t = p.text.toLowerCase();
		if (p.parser === 'namedEvent') return 'spurious: named events (World War II, Korean War)';
		if (/^[\d./]+( a)?$/.test(t) || (/^\d/.test(t) && p.type === 'TIME')) return 'spurious: numbers/prices read as times or dates ($3.31 a share, 1/4)';
		if (/^(now|today|tonight|this week|this year|last year|last month|next year)$/.test(t)) return 'spurious: deictic words the gold leaves untagged (now, today)';
		if (/^(sun|night|evening|noon|morning|afternoon|the day|day)$/.test(t)) return 'spurious: common words (Sun, night, High Noon)';
		if (p.parser === 'referenceWord' || REF_WORDS.test(t)) return 'spurious: reference words the gold leaves untagged (previously, soon, future, current)';
		if (/\b(second|quarters?|half)$/.test(t) && p.type === 'DURATION') return "spurious: ordinals and fractions read as durations ('a second attack', 'three quarters of')";
		if (p.type === 'SET') return 'spurious: sets the gold leaves untagged (quarterly dividend, daily newspaper)';
		return `spurious: other (${p.parser ?? '?'})`;
	}
	if (e.kind === 'extent' && g && p) {
		const gl = g.text.toLowerCase();
		const pl = p.text.toLowerCase();
		if (pl.length > gl.length && /\d\s*(-|–|to|and)\s*\d|\bto\b|\band\b|-\s/.test(pl) && !/\bto\b|\band\b/.test(gl)) return 'extent: a range or pair tagged as one (1973-1975, October to March)';
		if (gl.startsWith('the ') && !pl.startsWith('the ') && gl.endsWith(pl.includes(' ') ? pl.slice(pl.indexOf(' ') + 1) : pl)) return "extent: leading 'the' left out";
		if (/^(within|after|in|on|by|for|since|during|from|at|until|before|about|around|over|of|nearly|almost|some|more than|less than)\b/.test(pl) && pl.endsWith(gl)) return 'extent: leading preposition or approximator included (within a year)';
		if (pl.length > gl.length && pl.endsWith(gl)) return "extent: extra leading words (a five year, the 23-year, its, only, just)";
		if (/^(early|late|mid|the end|the beginning|the middle|end|beginning|the start|start|the first|the last|the second|the rest)\b/.test(gl) && !/^(early|late|mid|the end|the beginning|the middle)/.test(pl)) return 'extent: leading modifier left out (early October, the end of the year)';
		if (pl.length > gl.length && pl.startsWith(gl)) return 'extent: extra trailing words (Thursday night, a month after)';
		if (gl.length > pl.length && gl.startsWith(pl)) return 'extent: trailing words left out (August [of that year])';
		if (gl.length > pl.length && gl.endsWith(pl)) return 'extent: other leading words left out (earlier this month)';
		return 'extent: other';
	}
	if (e.kind === 'type' && g && p) return `type: gold ${g.type} tagged ${p.type}`;
	if (e.kind === 'value' && g && p) {
		const gv = g.value;
		const pv = p.value;
		if (!pv) return 'value: none given';
		if (gv.startsWith('P') || g.type === 'DURATION') return 'value: a duration valued as a date';
		if (/W\d|WXX/.test(gv)) return 'value: weeks (gold YYYY-Www)';
		if (/Q\d|H\d/.test(gv)) return 'value: quarters/halves';
		if (gv.includes('X')) return 'value: gold underspecified (X), got a specific date';
		if (/_REF$/.test(gv) || /_REF$/.test(pv)) return 'value: PRESENT/PAST/FUTURE_REF vs a date';
		if (/^\d{4}/.test(gv) && /^\d{4}/.test(pv)) {
			if (gv.slice(0, 4) !== pv.slice(0, 4)) return 'value: wrong year (anchoring)';
			if (gv.length !== pv.length) return 'value: right year, wrong granularity';
			return 'value: right year, wrong month or day';
		}
		return `value: gold ${valueShape(gv)}, got ${valueShape(pv)}`;
	}
	return `${e.kind}: other`;
}

/** Heuristic categories of the errors, most frequent first. */
export function categorize(errors: ErrorSample[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const e of errors) {
		const category = categoryOf(e);
		counts.set(category, (counts.get(category) ?? 0) + 1);
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The shape of a TIMEX3 value: YYYY-MM-DD, P…, PRESENT_REF, XXXX-MM-DD ... */
function valueShape(value: string): string {
	if (!value) return '(no value)';
	if (/^(PRESENT|PAST|FUTURE)_REF$/.test(value)) return value;
	if (/^P/.test(value)) return 'duration P…';
	if (/^BC\d+/.test(value)) return 'BCE year';
	if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'date+time';
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'YYYY-MM-DD';
	if (/^\d{4}-\d{2}$/.test(value)) return 'YYYY-MM';
	if (/^\d{4}-W\d{2}/.test(value)) return 'week';
	if (/^\d{4}-(Q|H)\d$/.test(value)) return 'quarter/half';
	if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
	if (/^\d{4}$/.test(value)) return 'YYYY';
	if (/^\d{3}$/.test(value)) return 'decade';
	if (/^\d{2}$/.test(value)) return 'century';
	if (/X/.test(value)) return 'partly unspecified (X)';
	if (/^T\d/.test(value) || /T(MO|AF|EV|NI)/.test(value)) return 'time of day';
	return 'other';
}

function errorReport(result: CorpusResult, n: number): string {
	const lines: string[] = [`\n${result.name}: errors`];
	const kinds: ErrorSample['kind'][] = ['missed', 'spurious', 'extent', 'type', 'value'];
	for (const kind of kinds) {
		if (kind === 'type' && !result.typeScored) continue;
		const all = result.errors.filter((e) => e.kind === kind);
		lines.push(`  ${kind} (${all.length}):`);
		for (const e of spread(all, n)) {
			const g = e.gold ? `gold ${e.gold.type} ${e.gold.value || '""'} “${e.gold.text}”` : '';
			const p = e.predicted ? `got ${e.predicted.type} ${e.predicted.value || '""'} “${e.predicted.text}”${e.predicted.parser ? ` (${e.predicted.parser})` : ''}` : '';
			lines.push(`    ${e.file}: ${[g, p].filter(Boolean).join(', ')}`);
			lines.push(`      ${e.context}`);
		}
	}
	const categories = categorize(result.typeScored ? result.errors : result.errors.filter((e) => e.kind !== 'type'));
	lines.push('  categories (heuristic; one error can count under two kinds):');
	for (const [category, count] of categories.slice(0, 25)) lines.push(`    ${String(count).padStart(5)}  ${category}`);
	return lines.join('\n') + '\n';
}

function main(): number {
	const args = parseArgs(process.argv.slice(2));
	let corpora: Corpus[];
	if (args.dirs.length) {
		corpora = args.dirs.map((d) => ({ name: d.replace(/\/+$/, '') || d, dirs: [d] }));
	} else {
		corpora = defaultCorpora();
	}
	for (const c of corpora) {
		for (const d of c.dirs) {
			let ok = false;
			try {
				ok = statSync(d).isDirectory();
			} catch {
				ok = false;
			}
			if (!ok) {
				process.stderr.write(`eval: no such directory: ${d}${args.dirs.length ? '' : ' (the shared corpora are expected beside the project, in ../shared/corpora)'}\n`);
				return 1;
			}
		}
	}
	const results = corpora.map(scoreCorpus);
	for (const r of results) {
		for (const f of r.failed) process.stderr.write(`eval: ${f.file}: ${f.error}\n`);
		if (r.documents === 0 && r.failed.length === 0) process.stderr.write(`eval: ${r.name}: no .tml files\n`);
	}
	if (args.json) {
		const json = results.map((r) => ({
			corpus: r.name,
			dirs: r.dirs.map((d) => relative(ROOT, d) || '.'),
			documents: r.documents,
			failed: r.failed,
			counts: r.counts,
			metrics: r.metrics,
			typeScored: r.typeScored,
			seconds: Number(r.seconds.toFixed(2)),
			...(args.errors > 0
				? {
						errors: Object.fromEntries((['missed', 'spurious', 'extent', 'type', 'value'] as const).map((k) => [k, { count: r.errors.filter((e) => e.kind === k).length, samples: spread(r.errors.filter((e) => e.kind === k), args.errors) }])),
						categories: categorize(r.typeScored ? r.errors : r.errors.filter((e) => e.kind !== 'type')).map(([category, count]) => ({ category, count }))
					}
				: {})
		}));
		process.stdout.write(JSON.stringify({ corpora: json }, null, 2) + '\n');
		return 0;
	}
	process.stdout.write(table(results));
	const seconds = results.reduce((s, r) => s + r.seconds, 0);
	const failed = results.reduce((s, r) => s + r.failed.length, 0);
	process.stdout.write(`\nTempEval-3 rules, micro-averaged; figures in %. ${seconds.toFixed(1)} s${failed ? `; ${failed} file${failed === 1 ? '' : 's'} failed (see above)` : ''}.\n`);
	if (args.errors > 0) for (const r of results) process.stdout.write(errorReport(r, args.errors));
	return 0;
}

process.exitCode = main();
