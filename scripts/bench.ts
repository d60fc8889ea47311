/**
 * `npm run bench`: throughput of the whole extraction pipeline (`extract`, every stage: passages,
 * parsers, reference, resolution, events) beside chrono-node's own parse
 * (`chrono.casual.parse(text, refDate)`) of the same text, in the same run.
 *
 *   (a) the TBAQ text: the plain text of every TBAQ-cleaned <TEXT>, each document extracted
 *       separately against its DCT;
 *   (b) a 10 MB collection of articles: the TBAQ and WikiWars plain texts as separate articles,
 *       repeated in a fixed order until 10 MB; chrono runs per article and, to be fair to it
 *       (it is slow on long strings), also per paragraph;
 *   linearity: the pipeline on the first 1, 2 and 4 MB of (b) (and all of it), time per MB.
 *
 * Every figure is the median of 3 runs after a warm-up, the runs taken round-robin (with a short
 * untimed run of the same kind when switching between chrono and the pipeline, which share code);
 * a full GC before each run. MB = 10^6 bytes of UTF-8 text.
 * The ratio is pipeline throughput / chrono throughput: 1 or more means the pipeline is at least
 * as fast as chrono alone. Needs ../shared/corpora; exits 1 without it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as chrono from 'chrono-node';
import { extract } from '../src/lib/extract/index.ts';
import { clearTagCache } from '../src/lib/extract/events/taggedTitle.ts';
import { dctDate, parseTimeML } from '../src/lib/eval/timeml.ts';
import pkg from '../package.json' with { type: 'json' };
import type { TimelineEvent } from '../src/lib/extract/index.ts';
import { EXTRACT_STAGES, type StageTimings } from '../src/lib/extract/types.ts';
import { buildTimelineSvg } from '../src/lib/export/buildTimelineSvg.ts';
import { assignLanes } from '../src/lib/timeline/layout/assignLanes.ts';
import { createBaseScale } from '../src/lib/timeline/scale.ts';
import { svgToPng } from '../src/cli/png.ts';

const CORPORA = resolve(import.meta.dirname, '../../shared/corpora');
const TBAQ_DIRS = ['TBAQ-cleaned/TimeBank', 'TBAQ-cleaned/AQUAINT'];
const WIKIWARS_DIR = 'WikiWars/whole-tml/tml';
const MB = 1e6;
const COLLECTION_BYTES = 10 * MB;
const RUNS = 3;

interface Article {
	text: string;
	/** `YYYY-MM-DD`. */
	reference: string;
	refDate: Date;
	bytes: number;
	/** The text split at blank lines (for chrono per paragraph). */
	paragraphs: string[];
}

function load(dir: string): Article[] {
	const path = join(CORPORA, dir);
	return readdirSync(path)
		.filter((f) => f.endsWith('.tml'))
		.sort()
		.map((f) => {
			const doc = parseTimeML(readFileSync(join(path, f), 'utf8'));
			const reference = dctDate(doc.dct);
			if (!reference) throw new Error(`${join(dir, f)}: no DCT date`);
			return {
				text: doc.plain,
				reference,
				refDate: new Date(`${reference}T12:00:00Z`),
				bytes: Buffer.byteLength(doc.plain, 'utf8'),
				paragraphs: doc.plain.split(/\n[ \t]*\n/).filter((p) => p.trim())
			};
		});
}

const sizeOf = (articles: Article[]) => articles.reduce((sum, a) => sum + a.bytes, 0);

/** Whole articles from `pool`, cycled in order, until `bytes` are reached. */
function collection(pool: Article[], bytes: number): Article[] {
	const out: Article[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const a = pool[i % pool.length];
		out.push(a);
		size += a.bytes;
	}
	return out;
}

/** A sink so that no work is optimised away; also a sanity figure. */
let found = 0;

/** The pipeline on each article; `timings`, when given, gathers the milliseconds of each stage. */
const pipeline = (articles: Article[], timings?: StageTimings) => {
	for (const a of articles) {
		// The title tagger keeps the sentences it has tagged; (b) repeats its articles, a user's collection would not.
		clearTagCache();
		found += extract(a.text, { reference: a.reference, format: 'text', timings }).expressions.length;
	}
};
const chronoPerArticle = (articles: Article[]) => {
	for (const a of articles) found += chrono.casual.parse(a.text, a.refDate).length;
};
const chronoPerParagraph = (articles: Article[]) => {
	for (const a of articles) for (const p of a.paragraphs) found += chrono.casual.parse(p, a.refDate).length;
};

/** A full garbage collection, so that no run pays for the garbage of the one before it. */
const collectGarbage: () => void = (() => {
	try {
		setFlagsFromString('--expose-gc');
		return runInNewContext('gc') as () => void;
	} catch {
		return () => {};
	}
})();

interface Task {
	run: (articles: Article[]) => void;
	articles: Article[];
	seconds: number[];
	/** Untimed, run first when the task before was of another kind (chrono and the pipeline share code). */
	warmUp: () => void;
	kind: string;
}

/**
 * Time every task RUNS times, round-robin (one run of each, then again), so that a change in
 * the machine's load touches every figure alike; return the median seconds of each.
 */
function timeAll(tasks: Task[]): number[] {
	let previous = '';
	for (let r = 0; r < RUNS; r++) {
		for (const task of tasks) {
			if (task.kind !== previous) task.warmUp();
			previous = task.kind;
			collectGarbage();
			const started = performance.now();
			task.run(task.articles);
			task.seconds.push((performance.now() - started) / 1000);
		}
	}
	return tasks.map((t) => [...t.seconds].sort((a, b) => a - b)[Math.floor(RUNS / 2)]);
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);

function table(rows: string[][], right: boolean[]): string {
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
	return rows.map((r) => '  ' + r.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('   ').trimEnd()).join('\n') + '\n';
}

function main(): number {
	if (!existsSync(CORPORA) || ![...TBAQ_DIRS, WIKIWARS_DIR].every((d) => existsSync(join(CORPORA, d)))) {
		process.stderr.write(`bench: the corpora are missing: expected ${TBAQ_DIRS.join(', ')} and ${WIKIWARS_DIR} under ${CORPORA}\n`);
		return 1;
	}
	const started = performance.now();
	const tbaq = TBAQ_DIRS.flatMap(load);
	const wikiwars = load(WIKIWARS_DIR);
	const big = collection([...tbaq, ...wikiwars], COLLECTION_BYTES);
	const out = (s: string) => process.stdout.write(s);
	const chronoVersion = (() => {
		try {
			return JSON.parse(readFileSync(resolve(import.meta.dirname, '../node_modules/chrono-node/package.json'), 'utf8')).version as string;
		} catch {
			return pkg.dependencies['chrono-node'];
		}
	})();
	out(`timeweave ${pkg.version} bench: the whole pipeline (extract) vs chrono-node ${chronoVersion} (chrono.casual.parse)\n`);
	out(`median of ${RUNS} runs (taken round-robin) after a warm-up; MB = 10^6 bytes of UTF-8 text\n`);
	out(`node ${process.version}, ${availableParallelism()} CPUs, TZ=${process.env.TZ ?? '(unset)'}\n\n`);

	// Warm-up: the JIT, chrono's and the extractor's lazily built tables.
	pipeline(tbaq);
	chronoPerArticle(tbaq);
	chronoPerParagraph(tbaq);

	const linear = [1, 2, 4].map((mb) => collection(big, mb * MB));
	// A short untimed run of the same kind before a task that follows one of another kind.
	const warmSet = collection(tbaq, 0.2 * MB);
	const task = (run: Task['run'], articles: Article[]): Task => ({ run, articles, seconds: [], kind: run.name, warmUp: () => run(warmSet) });
	const [tbaqPipeline, tbaqChrono, bigPipeline, bigChrono, bigChronoParagraphs, ...linearSeconds] = timeAll([
		task(pipeline, tbaq),
		task(chronoPerArticle, tbaq),
		task(pipeline, big),
		task(chronoPerArticle, big),
		task(chronoPerParagraph, big),
		...linear.map((part) => task(pipeline, part))
	]);

	const rows: string[][] = [['input', 'size', 'pipeline', '', 'chrono-node run', 'chrono', '', 'ratio']];
	const line = (input: string, bytes: number, pipelineSeconds: number, unit: string, chronoSeconds: number) => {
		const p = bytes / MB / pipelineSeconds;
		const c = bytes / MB / chronoSeconds;
		rows.push([input, `${fmt(bytes / MB)} MB`, `${fmt(p)} MB/s`, `${fmt(pipelineSeconds)} s`, unit, `${fmt(c)} MB/s`, `${fmt(chronoSeconds)} s`, fmt(p / c)]);
	};
	const tbaqBytes = sizeOf(tbaq);
	const bigBytes = sizeOf(big);
	const paragraphs = big.reduce((n, a) => n + a.paragraphs.length, 0);
	line(`(a) TBAQ text, ${tbaq.length} articles`, tbaqBytes, tbaqPipeline, 'per article', tbaqChrono);
	line(`(b) collection, ${big.length.toLocaleString('en')} articles`, bigBytes, bigPipeline, 'per article', bigChrono);
	line(`(b) same text`, bigBytes, bigPipeline, `per paragraph (${paragraphs.toLocaleString('en')})`, bigChronoParagraphs);
	out(table(rows, [false, true, true, true, false, true, true, true]));
	out(`\n  ratio = pipeline MB/s / chrono MB/s on the same text (goal: >= 1).\n`);
	out(`  (b) = the ${tbaq.length} TBAQ and ${wikiwars.length} WikiWars 01-11 plain texts (${fmt(sizeOf([...tbaq, ...wikiwars]) / MB)} MB) as separate articles, cycled until ${COLLECTION_BYTES / MB} MB;\n`);
	out(`  every article is extracted on its own against its DCT, as a user's collection would be.\n\n`);

	// Linearity: the first 1, 2, 4 MB of (b), and all of it.
	out('linearity: the pipeline on the first N MB of (b)\n');
	const points = [...linear.map((part, i) => ({ bytes: sizeOf(part), seconds: linearSeconds[i] })), { bytes: bigBytes, seconds: bigPipeline }];
	const perMb = points.map((p) => p.seconds / (p.bytes / MB));
	const linRows = [['size', 'time', 'time/MB']];
	for (let i = 0; i < points.length; i++) linRows.push([`${fmt(points[i].bytes / MB)} MB`, `${fmt(points[i].seconds)} s`, `${fmt(perMb[i], 3)} s/MB`]);
	out(table(linRows, [true, true, true]));
	out(`  time/MB, largest/smallest: ${fmt(Math.max(...perMb) / Math.min(...perMb))} (1.00 = perfectly linear)\n\n`);

	// Where the pipeline's time goes: the stages of extract on (a), median of RUNS runs per stage.
	const stageRuns: StageTimings[] = [];
	for (let r = 0; r < RUNS; r++) {
		const timings: StageTimings = {};
		collectGarbage();
		pipeline(tbaq, timings);
		stageRuns.push(timings);
	}
	const stageMs = EXTRACT_STAGES.map((stage) => median(stageRuns.map((t) => t[stage] ?? 0)));
	const stageTotal = stageMs.reduce((sum, ms) => sum + ms, 0);
	out(`where the pipeline's time goes on (a), per stage of extract (median of ${RUNS} runs)\n`);
	const stageRows = [['stage', 'time', 'share']];
	EXTRACT_STAGES.forEach((stage, i) => stageRows.push([stage, `${fmt(stageMs[i], 0)} ms`, `${fmt((100 * stageMs[i]) / stageTotal, 0)}%`]));
	stageRows.push(['chrono-node alone, same text', `${fmt(tbaqChrono * 1000, 0)} ms`, '']);
	out(table(stageRows, [false, true, true]));
	out(`  parsers = chrono (on windows around its trigger words) and our own parsers; events = titles (part-of-speech tagger), merging, later references.\n\n`);

	out(`${found.toLocaleString('en')} expressions/results counted in all; bench took ${fmt((performance.now() - started) / 1000, 1)} s\n`);
	return 0;
}

// ---- Export: image build time beside on-screen layout ---------------------------------------

/** `n` events between 1900 and 2025 from a fixed pseudo-random sequence: days, months, years and ranges. */
function syntheticEvents(n: number): TimelineEvent[] {
	let seed = 2025;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const day0 = Date.UTC(1900, 0, 1);
	const days = (Date.UTC(2025, 0, 1) - day0) / 86_400_000;
	const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
	return Array.from({ length: n }, (_, i) => {
		const t = day0 + Math.floor(next() * days) * 86_400_000;
		const kind = i % 10;
		const [end, granularity] =
			kind === 0 ? [Date.UTC(new Date(t).getUTCFullYear() + 1, 0, 1), 'year' as const]
			: kind === 1 ? [t + Math.floor(1 + next() * 2000) * 86_400_000, 'day' as const]
			: [t + 86_400_000, 'day' as const];
		const start = kind === 0 ? Date.UTC(new Date(t).getUTCFullYear(), 0, 1) : t;
		return {
			id: `e${i + 1}`,
			title: `Event ${i + 1}: something that happened in the story`,
			time: { value: iso(start), start: iso(start), end: iso(end), granularity },
			mentions: [{ documentId: 'd1', passageId: 'p1', start: 0, end: 1, text: 'x' }],
			confidence: 0.9,
			derivation: [],
			provenance: { stated: [], inferred: [] }
		};
	});
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median milliseconds of RUNS calls after one warm-up. */
async function timeMs(run: () => unknown): Promise<number> {
	await run();
	const ms: number[] = [];
	for (let r = 0; r < RUNS; r++) {
		collectGarbage();
		const started = performance.now();
		await run();
		ms.push(performance.now() - started);
	}
	return median(ms);
}

/**
 * The export images (`buildTimelineSvg`, then resvg to PNG) of a 1,000- and a 10,000-event
 * timeline 1,200 pixels wide, beside the time the on-screen timeline takes to lay the same
 * events out (`assignLanes` at the same width, 8 lanes).
 */
async function benchExport(out: (s: string) => void): Promise<void> {
	const WIDTH = 1200;
	out(`\nexport: images ${WIDTH} px wide (median of ${RUNS} runs after a warm-up)\n`);
	const rows = [['events', 'screen layout', 'SVG build', 'SVG size', 'PNG (resvg)', 'PNG size', 'PNG pixels']];
	for (const n of [1_000, 10_000]) {
		const events = syntheticEvents(n);
		const input = { documents: [{ id: 'd1', title: `A synthetic timeline of ${n.toLocaleString('en')} events` }], events };
		const layout = await timeMs(() => assignLanes(events, createBaseScale(events, WIDTH, 40), { viewWidth: WIDTH, maxLanes: 8 }));
		const svg = buildTimelineSvg(input, { width: WIDTH });
		const build = await timeMs(() => buildTimelineSvg(input, { width: WIDTH }));
		const png = await svgToPng(svg);
		const raster = await timeMs(() => svgToPng(svg));
		rows.push([n.toLocaleString('en'), `${fmt(layout, 1)} ms`, `${fmt(build, 1)} ms`, `${fmt(svg.length / 1024, 0)} KB`, `${fmt(raster, 1)} ms`, `${fmt(png.png.length / 1024, 0)} KB`, `${png.width} x ${png.height}`]);
	}
	out(table(rows, [true, true, true, true, true, true, false]));
	out(`  screen layout = assignLanes for the whole timeline at ${WIDTH} px, as the app lays it out on screen;\n`);
	out(`  SVG build = buildTimelineSvg (layout, clustering into "N events" when labels do not fit, writing);\n`);
	out(`  PNG = @resvg/resvg-js with the shipped fonts (the app's PNG uses the same renderer as WebAssembly).\n`);
}

const code = main();
await benchExport((s) => process.stdout.write(s));
process.exitCode = code;
