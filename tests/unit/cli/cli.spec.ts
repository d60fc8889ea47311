import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../../src/cli/main.ts';
import { readFileLimited, type Output } from '../../../src/cli/io.ts';
import { formatTime, renderTable, sortEvents } from '../../../src/cli/format.ts';
import { decodeFile, formatFromPath, isCalendarDate } from '../../../src/cli/input.ts';
import type { ExtractionResult, TimelineEvent } from '../../../src/lib/extract/index.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/timeweave.js');

const ARTICLE = [
	'Putin and Xi meet in Moscow',
	'',
	'Chinese President Xi Jinping and Russian President Vladimir Putin convened in Moscow on Thursday, a day before the 80th anniversary of the Soviet victory over Nazi Germany.',
	'',
	'The leaders will attend the military parade in Red Square scheduled for Friday.',
	''
].join('\n');

class Sink implements Output {
	text = '';
	isTTY = false;
	write(chunk: string) {
		this.text += chunk;
		return true;
	}
	get lines() {
		return this.text.split('\n').filter((l) => l.length > 0);
	}
}

/** Fake io: files from a map (string or bytes), or an error code to throw. */
function fakeIO(files: Record<string, string | Uint8Array | { code: string; size?: number }> = {}) {
	const stdout = new Sink();
	const stderr = new Sink();
	const io: CliIO = {
		stdout,
		stderr,
		env: {},
		async readFile(path) {
			const entry = files[path];
			if (entry === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
			if (typeof entry === 'string') return new TextEncoder().encode(entry);
			if (entry instanceof Uint8Array) return entry;
			throw Object.assign(new Error(`${entry.code}: failed`), entry);
		}
	};
	return { io, stdout, stderr };
}

/** Run main with fake files; return the exit code and what was printed. */
async function cli(argv: string[], files: Parameters<typeof fakeIO>[0] = {}) {
	const { io, stdout, stderr } = fakeIO(files);
	const code = await main(argv, io);
	return { code, stdout: stdout.text, stderr: stderr.text, errLines: stderr.lines };
}

/** Exactly one stderr line, starting `timeweave: `, no stack trace, nothing on stdout. */
function expectOneError(out: Awaited<ReturnType<typeof cli>>, code: number, pattern: RegExp) {
	expect(out.code).toBe(code);
	expect(out.errLines).toHaveLength(1);
	expect(out.errLines[0]).toMatch(/^timeweave: /);
	expect(out.errLines[0]).toMatch(pattern);
	expect(out.stderr).not.toMatch(/\n\s+at /);
	expect(out.stdout).toBe('');
}

describe('timeweave help and version', () => {
	it.each([['--help'], ['-h'], ['help']])('%s prints usage on stdout and exits 0', async (arg) => {
		const out = await cli([arg]);
		expect(out.code).toBe(0);
		expect(out.stdout).toMatch(/^timeweave \d+\.\d+\.\d+/);
		expect(out.stdout).toContain('timeweave extract FILE [--ref YYYY-MM-DD] [--json]');
		expect(out.stderr).toBe('');
	});

	it('help extract and extract --help print the command usage', async () => {
		for (const argv of [['help', 'extract'], ['extract', '--help']]) {
			const out = await cli(argv);
			expect(out.code).toBe(0);
			expect(out.stdout).toMatch(/^Usage: timeweave extract FILE/);
		}
	});

	it('--version prints the package version', async () => {
		const out = await cli(['--version']);
		expect(out.code).toBe(0);
		expect(out.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
	});
});

describe('timeweave usage errors (exit 2)', () => {
	it('no command', async () => {
		expectOneError(await cli([]), 2, /missing command.*--help/);
	});

	it('unknown command', async () => {
		expectOneError(await cli(['frobnicate']), 2, /unknown command 'frobnicate'/);
	});

	it('missing FILE argument', async () => {
		expectOneError(await cli(['extract']), 2, /extract needs a FILE/);
		expectOneError(await cli(['extract', '--json']), 2, /extract needs a FILE/);
	});

	it('more than one FILE', async () => {
		expectOneError(await cli(['extract', 'a.txt', 'b.txt'], { 'a.txt': ARTICLE }), 2, /one FILE/);
	});

	it('unknown option', async () => {
		expectOneError(await cli(['extract', 'a.txt', '--jsno'], { 'a.txt': ARTICLE }), 2, /unknown option '--jsno'/);
		expectOneError(await cli(['--frob']), 2, /unknown option '--frob'/);
	});

	it.each(['2025-02-30', '2025-13-01', '2023-02-29', '25-05-08', '2025-5-8', 'yesterday', '2025-05-08T00:00'])(
		'bad --ref %s',
		async (ref) => {
			expectOneError(await cli(['extract', 'a.txt', '--ref', ref], { 'a.txt': ARTICLE }), 2, /--ref must be a real calendar date as YYYY-MM-DD/);
		}
	);

	it('--ref without a value', async () => {
		expectOneError(await cli(['extract', 'a.txt', '--ref'], { 'a.txt': ARTICLE }), 2, /--ref needs a date/);
	});

	it('a dateline without its year takes a year up to the day of use, TIMEWEAVE_TODAY where set, and says so; a bad TIMEWEAVE_TODAY is refused', async () => {
		const { io, stdout, stderr } = fakeIO({ 'a.txt': 'LONDON, 12 March (Reuters) - The next meeting is on Friday, 7 May.' });
		io.env = { TIMEWEAVE_TODAY: '2026-12-02' };
		expect(await main(['extract', 'a.txt', '--json'], io)).toBe(0);
		expect(JSON.parse(stdout.text).referenceDate?.value).toBe('2021-03-12');
		expect(stderr.lines).toEqual(['timeweave: warning: The dateline gives no year: 2021 was taken (from the weekdays the text names). Set the date if it is wrong.']);
		const bad = fakeIO({ 'a.txt': ARTICLE });
		bad.io.env = { TIMEWEAVE_TODAY: 'tomorrow' };
		expect(await main(['extract', 'a.txt'], bad.io)).toBe(2);
		expect(bad.stderr.lines).toEqual(["timeweave: TIMEWEAVE_TODAY must be a date as YYYY-MM-DD, not 'tomorrow'"]);
	});

	it('accepts --ref=DATE and a leap day', async () => {
		const out = await cli(['extract', 'a.txt', '--ref=2024-02-29', '--json'], { 'a.txt': ARTICLE });
		expect(out.code).toBe(0);
		expect(JSON.parse(out.stdout).referenceDate?.value).toBe('2024-02-29');
	});
});

describe('timeweave input errors (exit 1)', () => {
	it('file not found', async () => {
		expectOneError(await cli(['extract', 'missing.txt']), 1, /cannot read 'missing\.txt': no such file/);
	});

	it('a directory', async () => {
		expectOneError(await cli(['extract', 'dir'], { dir: { code: 'EISDIR' } }), 1, /'dir': it is a directory/);
	});

	it('unreadable', async () => {
		expectOneError(await cli(['extract', 'secret.txt'], { 'secret.txt': { code: 'EACCES' } }), 1, /'secret\.txt': permission denied/);
	});

	it('binary: NUL bytes', async () => {
		const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x41]);
		expectOneError(await cli(['extract', 'a.out'], { 'a.out': bytes }), 1, /'a\.out' looks like a binary file/);
	});

	it('binary: invalid UTF-8', async () => {
		const bytes = new Uint8Array([0x48, 0x69, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a]);
		expectOneError(await cli(['extract', 'x.txt'], { 'x.txt': bytes }), 1, /'x\.txt' looks like a binary file/);
	});

	it('binary: mostly control characters', async () => {
		const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 30)));
		expectOneError(await cli(['extract', 'x.dat'], { 'x.dat': bytes }), 1, /'x\.dat' looks like a binary file/);
	});

	it('UTF-16 text with a byte-order mark is read, as in the app', () => {
		const bytes = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
		expect(decodeFile(bytes)).toEqual({ ok: true, text: 'Hi' });
	});

	it('empty file', async () => {
		expectOneError(await cli(['extract', 'e.txt'], { 'e.txt': '' }), 1, /'e\.txt' is empty/);
	});

	it('whitespace-only file', async () => {
		expectOneError(await cli(['extract', 'w.md'], { 'w.md': ' \n\t\n\r\n  ' }), 1, /'w\.md' contains only whitespace/);
	});

	it('a file larger than 50 MB (refused by readFile)', async () => {
		expectOneError(
			await cli(['extract', 'big.txt'], { 'big.txt': { code: 'EFBIG', size: 60 * 1024 * 1024 } }),
			1,
			/'big\.txt' is too large \(60\.0 MB\); the limit is 50 MB/
		);
	});

	it('a file larger than 50 MB (bytes handed over anyway)', async () => {
		const bytes = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
		expectOneError(await cli(['extract', 'big.txt'], { 'big.txt': bytes }), 1, /too large.*50 MB/);
	});

	it('an ExtractError becomes one line', async () => {
		// The placeholder and the real pipeline both reject text that is empty after conversion.
		const out = await cli(['extract', 'tags.html'], { 'tags.html': '<html><head></head><body>   </body></html>' });
		if (out.code !== 0) {
			expect(out.errLines).toHaveLength(1);
			expect(out.errLines[0]).toMatch(/^timeweave: /);
			expect(out.stderr).not.toMatch(/\n\s+at /);
		} else {
			expect(out.stdout).toContain('Reference date:');
		}
	});
});

describe('real files through readFileLimited', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'timeweave-cli-'));
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	const realIO = () => {
		const stdout = new Sink();
		const stderr = new Sink();
		return { io: { stdout, stderr, readFile: readFileLimited, env: {} } satisfies CliIO, stdout, stderr };
	};

	it('refuses a 51 MB file without reading it', async () => {
		const file = join(dir, 'huge.txt');
		await writeFile(file, '');
		await truncate(file, 51 * 1024 * 1024); // sparse: no 51 MB written
		const { io, stdout, stderr } = realIO();
		expect(await main(['extract', file], io)).toBe(1);
		expect(stderr.lines).toEqual([`timeweave: '${file}' is too large (51.0 MB); the limit is 50 MB`]);
		expect(stdout.text).toBe('');
	});

	it('a directory and a missing file', async () => {
		const sub = join(dir, 'sub');
		await mkdir(sub);
		const a = realIO();
		expect(await main(['extract', sub], a.io)).toBe(1);
		expect(a.stderr.lines).toEqual([`timeweave: cannot read '${sub}': it is a directory, not a file`]);
		const b = realIO();
		expect(await main(['extract', join(dir, 'nope.txt')], b.io)).toBe(1);
		expect(b.stderr.lines).toHaveLength(1);
		expect(b.stderr.lines[0]).toMatch(/no such file/);
	});
});

describe('timeweave extract output', () => {
	it('--json has exactly the documented shape', async () => {
		const out = await cli(['extract', 'article.txt', '--json', '--ref', '2025-05-08'], { 'article.txt': ARTICLE });
		expect(out.code).toBe(0);
		expect(out.stdout.endsWith('}\n')).toBe(true);
		expect(out.stdout).toContain('\n  "documents": [');
		const json = JSON.parse(out.stdout);
		expect(Object.keys(json)).toEqual(['referenceDate', 'documents', 'events']);
		expect(json.referenceDate).toMatchObject({ value: '2025-05-08', source: 'user' });
		expect(Array.isArray(json.referenceDate.derivation)).toBe(true);
		expect(json.documents).toHaveLength(1);
		expect(Object.keys(json.documents[0])).toEqual(['id', 'title', 'passages']);
		for (const p of json.documents[0].passages) expect(Object.keys(p)).toEqual(['id', 'start', 'end', 'text']);
		expect(Array.isArray(json.events)).toBe(true);
		for (const e of json.events) {
			expect(Object.keys(e).filter((k) => k !== 'knowledgeId')).toEqual([
				'id',
				'title',
				'time',
				'mentions',
				'confidence',
				'derivation',
				'provenance'
			]);
			expect(Object.keys(e.time)).toEqual(['value', 'start', 'end', 'granularity']);
			for (const m of e.mentions) expect(Object.keys(m)).toEqual(['documentId', 'passageId', 'start', 'end', 'text']);
		}
	});

	it('--json without --ref has referenceDate null or an inferred/metadata one', async () => {
		const out = await cli(['extract', 'article.txt', '--json'], { 'article.txt': ARTICLE });
		expect(out.code).toBe(0);
		const json = JSON.parse(out.stdout);
		if (json.referenceDate !== null) expect(['metadata', 'inferred']).toContain(json.referenceDate.source);
	});

	it('the table has a title line and the reference date with how it was found', async () => {
		const given = await cli(['extract', 'article.txt', '--ref', '2025-05-08'], { 'article.txt': ARTICLE });
		expect(given.code).toBe(0);
		const lines = given.stdout.split('\n');
		expect(lines[0].length).toBeGreaterThan(0);
		expect(lines[1]).toBe('Reference date: 2025-05-08 (given with --ref)');
		expect(given.stdout).not.toMatch(/\x1b\[/); // not a TTY: no colours
		for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(100);

		const inferred = await cli(['extract', 'article.txt'], { 'article.txt': ARTICLE });
		expect(inferred.code).toBe(0);
		expect(inferred.stdout).toMatch(/^Reference date: (\d{4}-\d{2}-\d{2} \((inferred|from the document)|\(none found; relative dates left unresolved\))/m);
	});

	it('colours only on a terminal, and never with NO_COLOR', async () => {
		const { io, stdout } = fakeIO({ 'a.txt': ARTICLE });
		stdout.isTTY = true;
		expect(await main(['extract', 'a.txt'], io)).toBe(0);
		expect(stdout.text).toMatch(/\x1b\[1m/);
		const plain = fakeIO({ 'a.txt': ARTICLE });
		plain.stdout.isTTY = true;
		plain.io.env = { NO_COLOR: '1' };
		expect(await main(['extract', 'a.txt'], plain.io)).toBe(0);
		expect(plain.stdout.text).not.toMatch(/\x1b\[/);
	});
});

describe('table rendering', () => {
	const event = (id: string, title: string, time: TimelineEvent['time'], passages: string[]): TimelineEvent => ({
		id,
		title,
		time,
		mentions: passages.map((p) => ({ documentId: 'd1', passageId: p, start: 0, end: 1, text: 'x' })),
		confidence: 0.9,
		derivation: [],
		provenance: { stated: ['year'], inferred: [] }
	});
	const result: ExtractionResult = {
		referenceDate: {
			value: '2025-05-08',
			source: 'inferred',
			derivation: ["'the 80th anniversary of the Soviet victory' -> 2025-05-09", "'on Thursday, a day before' -> 2025-05-08"]
		},
		documents: [{ id: 'd1', title: 'Putin and Xi meet in Moscow', text: '', passages: [] }],
		events: [
			event('e1', 'Putin and Xi meet in Moscow', { value: '2025-05-08', start: '2025-05-08', end: '2025-05-09', granularity: 'day' }, ['p7', 'p3']),
			event('e2', 'Soviet victory over Nazi Germany', { value: '1945-05-09', start: '1945-05-09', end: '1945-05-10', granularity: 'day' }, ['p2']),
			event('e3', 'The fall of the Soviet Union and a very long title that will not fit in the column at all, no way', { value: '199', start: '1990-01-01', end: '2000-01-01', granularity: 'decade' }, ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11', 'p12']),
			event('e4', 'End of the war', { value: '1945', start: '1945-01-01', end: '1946-01-01', granularity: 'year' }, ['p4']),
			event('e5', 'Founding of Rome', { value: '-0752', start: '-000752-04-21', end: '-000752-04-22', granularity: 'day' }, ['p9'])
		],
		expressions: [],
		warnings: []
	};

	it('sorts by time (BCE first), formats per granularity, fits 100 columns', () => {
		const text = renderTable(result);
		const lines = text.trimEnd().split('\n');
		expect(lines[0]).toBe('Putin and Xi meet in Moscow');
		expect(lines[1]).toMatch(/^Reference date: 2025-05-08 \(inferred from the text/);
		expect(lines[2]).toMatch(/^ {2}- .*80th anniversary/);
		const rows = lines.slice(lines.findIndex((l) => l.startsWith('DATE')) + 1);
		expect(rows.map((r) => r.split(/\s{2,}/)[0])).toEqual(['21 April 753 BCE', '1945', '1945-05-09', '1990s', '2025-05-08']);
		expect(rows[4]).toMatch(/Putin and Xi meet in Moscow\s+p3, p7$/);
		expect(rows[3]).toContain('…');
		for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(100);
		// columns are aligned: every title starts at the same column
		const titleStart = lines.find((l) => l.startsWith('DATE'))!.indexOf('EVENT');
		for (const row of rows) expect(row[titleStart - 1]).toBe(' ');
	});

	it('says when no reference date was found', () => {
		const text = renderTable({ ...result, referenceDate: null, events: [] });
		expect(text).toContain('Reference date: (none found; relative dates left unresolved)');
		expect(text).toContain('No events found.');
	});

	it('formats every granularity', () => {
		const t = (value: string, start: string, granularity: TimelineEvent['time']['granularity']) =>
			formatTime({ value, start, end: start, granularity });
		expect(t('19', '1900-01-01', 'century')).toBe('20th century');
		expect(t('2025-Q2', '2025-04-01', 'quarter')).toBe('2025 Q2');
		expect(t('2025-05', '2025-05-01', 'month')).toBe('2025-05');
		expect(t('2025-SP', '2025-03-01', 'season')).toBe('spring 2025');
		expect(t('2025-05-08T14:05', '2025-05-08T14:05:00Z', 'minute')).toBe('2025-05-08 14:05');
		expect(t('2', '1001-01-01', 'millennium')).toBe('2nd millennium');
	});

	it('sortEvents does not mutate its input', () => {
		const copy = [...result.events];
		sortEvents(result.events);
		expect(result.events).toEqual(copy);
	});
});

describe('input checks', () => {
	it('format from the extension', () => {
		expect(formatFromPath('a.HTML')).toBe('html');
		expect(formatFromPath('a.htm')).toBe('html');
		expect(formatFromPath('notes.md')).toBe('markdown');
		expect(formatFromPath('notes.markdown')).toBe('markdown');
		expect(formatFromPath('a.txt')).toBe('text');
		expect(formatFromPath('README')).toBe('text');
		expect(formatFromPath('data.csv')).toBe('text');
	});

	it('calendar dates', () => {
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2000-02-29')).toBe(true);
		expect(isCalendarDate('1900-02-29')).toBe(false);
		expect(isCalendarDate('2025-04-31')).toBe(false);
		expect(isCalendarDate('0000-01-01')).toBe(false);
	});

	it('a UTF-8 byte-order mark is dropped and accents are kept', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Élysée, 8 mai 2025')]);
		expect(decodeFile(bytes)).toEqual({ ok: true, text: 'Élysée, 8 mai 2025' });
	});
});

describe('bin/timeweave.js (spawned)', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'timeweave-bin-'));
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('extract --json exits 0 with valid JSON', async () => {
		const file = join(dir, 'article.txt');
		await writeFile(file, ARTICLE);
		const { stdout } = await run(process.execPath, [BIN, 'extract', file, '--json'], { cwd: ROOT, env: { ...process.env, TZ: 'UTC' } });
		const json = JSON.parse(stdout);
		expect(Object.keys(json)).toEqual(['referenceDate', 'documents', 'events']);
	}, 30_000);

	it('a missing file exits non-zero with one stderr line', async () => {
		const file = join(dir, 'does-not-exist.txt');
		const error = await run(process.execPath, [BIN, 'extract', file], { cwd: ROOT }).then(
			() => null,
			(e: { code: number; stdout: string; stderr: string }) => e
		);
		expect(error).not.toBeNull();
		expect(error!.code).toBe(1);
		expect(error!.stdout).toBe('');
		expect(error!.stderr.trimEnd().split('\n')).toEqual([`timeweave: cannot read '${file}': no such file`]);
	}, 30_000);
});
