import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../../src/cli/main.ts';
import type { Output } from '../../../src/cli/io.ts';
import { SAMPLE_PATH } from './fixtures.ts';
import { buildTimelineSvg } from '../../../src/lib/export/buildTimelineSvg.ts';
import { extract } from '../../../src/lib/extract/index.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/timeweave.js');

/** Width and height from a PNG's IHDR, after checking its signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') throw new Error('no IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

class Sink implements Output {
	text = '';
	write(chunk: string) {
		this.text += chunk;
		return true;
	}
}

/** main() with files from a map and written files captured. */
export async function cli(argv: string[], files: Record<string, string | Uint8Array> = {}) {
	const stdout = new Sink();
	const stderr = new Sink();
	const written = new Map<string, Uint8Array | string>();
	const io: CliIO = {
		stdout,
		stderr,
		env: {},
		async readFile(path) {
			const entry = files[path];
			if (entry === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
			return typeof entry === 'string' ? new TextEncoder().encode(entry) : entry;
		},
		async writeFile(path, data) {
			if (path.startsWith('/missing/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
			written.set(path, data);
		}
	};
	const code = await main(argv, io);
	return { code, stdout: stdout.text, stderr: stderr.text, written };
}

const SAMPLE = await readFile(SAMPLE_PATH, 'utf8');

describe('timeweave render', () => {
	it('writes an SVG identical to the builder output for the same options', async () => {
		const out = await cli(['render', 'a.txt', '-o', 'out.svg', '--ref', '2025-05-08', '--width', '900', '--theme', 'dark', '--title', 'Moscow, May 2025'], { 'a.txt': SAMPLE });
		expect(out.stderr).toBe('');
		expect(out.code).toBe(0);
		const svg = out.written.get('out.svg') as string;
		expect(svg).toMatch(/^<svg [^>]*width="900"/);
		expect(svg).toContain('>Moscow, May 2025</text>');
		expect(svg).toContain('fill="#15191f"');
		expect(out.stdout).toMatch(/^wrote out\.svg \(SVG, 4 events\)/);
		const same = buildTimelineSvg(extract(SAMPLE, { format: 'text', reference: '2025-05-08' }), { width: 900, theme: 'dark', title: 'Moscow, May 2025' });
		expect(svg).toBe(same);
	});

	it('writes a PNG of width x scale pixels', async () => {
		const out = await cli(['render', 'a.txt', '-o', 'out.png', '--ref', '2025-05-08', '--width', '500', '--scale', '2'], { 'a.txt': SAMPLE });
		expect(out.code).toBe(0);
		const size = pngSize(out.written.get('out.png') as Uint8Array);
		expect(size.width).toBe(1000);
		const svg = await cli(['render', 'a.txt', '-o', 'out.svg', '--ref', '2025-05-08', '--width', '500'], { 'a.txt': SAMPLE });
		const height = Number(/height="(\d+)"/.exec(svg.written.get('out.svg') as string)?.[1]);
		expect(size.height).toBe(height * 2);
		expect(out.stdout).toContain(`1000 x ${height * 2} pixels`);
	});

	it('--from/--to choose the range', async () => {
		const out = await cli(['render', 'a.txt', '-o', 'o.svg', '--ref', '2025-05-08', '--from', '2025-05', '--to', '2025-05'], { 'a.txt': SAMPLE });
		expect(out.code).toBe(0);
		expect(out.written.get('o.svg')).toContain('1 – 31 May 2025 · 2 of 4 events');
	});

	it.each([
		[['render'], /render needs a FILE/],
		[['render', 'a.txt'], /needs -o OUT\.png or -o OUT\.svg/],
		[['render', 'a.txt', '-o', 'x.gif'], /must end in \.png or \.svg/],
		[['render', 'a.txt', '-o', 'x.png', '--width', '10'], /--width must be a whole number of pixels from 320 to 10000/],
		[['render', 'a.txt', '-o', 'x.png', '--scale', '0'], /--scale must be a number from 1 to 8/],
		[['render', 'a.txt', '-o', 'x.png', '--theme', 'neon'], /--theme must be one of light, dark, contrast/],
		[['render', 'a.txt', '-o', 'x.png', '--from', 'soon'], /--from must be a year/],
		[['render', 'a.txt', '-o', 'x.png', '--from', '2025', '--to', '2020'], /--to 2020 is before --from 2025/],
		[['render', 'a.txt', '-o', 'x.png', '--ref', '2025-02-30'], /--ref must be a real calendar date/],
		[['render', 'a.txt', '-o', 'x.png', '--bogus'], /unknown option '--bogus' for render/],
		[['render', 'a.txt', '-o'], /-o needs a value/]
	])('usage error: %j', async (argv, pattern) => {
		const out = await cli(argv as string[], { 'a.txt': SAMPLE });
		expect(out.code).toBe(2);
		expect(out.stderr).toMatch(/^timeweave: /);
		expect(out.stderr).toMatch(pattern);
		expect(out.stderr.trim().split('\n')).toHaveLength(1);
		expect(out.written.size).toBe(0);
	});

	it('input and output errors exit 1 with one line', async () => {
		const missing = await cli(['render', 'nope.txt', '-o', 'x.png']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toBe("timeweave: cannot read 'nope.txt': no such file\n");
		const unwritable = await cli(['render', 'a.txt', '-o', '/missing/x.svg'], { 'a.txt': SAMPLE });
		expect(unwritable.code).toBe(1);
		expect(unwritable.stderr).toMatch(/cannot write '\/missing\/x\.svg': its folder does not exist/);
	});

	it('help render and render --help print its usage', async () => {
		for (const argv of [['help', 'render'], ['render', '--help']]) {
			const out = await cli(argv);
			expect(out.code).toBe(0);
			expect(out.stdout).toMatch(/^Usage: timeweave render FILE -o OUT\.png\|OUT\.svg/);
		}
		const top = await cli(['--help']);
		expect(top.stdout).toContain('timeweave render FILE -o OUT.png|OUT.svg');
	});
});

describe('bin/timeweave.js render (spawned)', () => {
	let dir = '';
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'timeweave-render-'));
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('the PNG decodes with the requested size', async () => {
		const out = join(dir, 'sample.png');
		await run(process.execPath, [BIN, 'render', SAMPLE_PATH, '-o', out, '--ref', '2025-05-08', '--width', '640', '--scale', '3'], { cwd: ROOT });
		const size = pngSize(await readFile(out));
		expect(size.width).toBe(1920);
		expect(size.height % 3).toBe(0);
	}, 60_000);
});

describe('timeweave export', () => {
	it('writes each format; json -> json gives the same bytes, and csv too', async () => {
		const files: Record<string, string> = { 'a.txt': SAMPLE };
		for (const format of ['json', 'csv', 'timelinejs', 'timeml']) {
			const out = await cli(['export', 'a.txt', '--format', format, '-o', `out.${format}`, '--ref', '2025-05-08'], files);
			expect(out.stderr).toBe('');
			expect(out.code).toBe(0);
			files[`out.${format}`] = out.written.get(`out.${format}`) as string;
		}
		expect(JSON.parse(files['out.json']).format).toBe('timeweave');
		expect(files['out.csv'].startsWith('id,title,start,end,value,granularity,confidence,passages,quote,document\r\n')).toBe(true);
		expect(JSON.parse(files['out.timelinejs']).events).toHaveLength(4);
		expect(files['out.timeml']).toContain('<TIMEX3 tid="t1"');
		const again = await cli(['export', 'out.json', '--format', 'json', '-o', 'again.json'], files);
		expect(again.written.get('again.json')).toBe(files['out.json']);
		const csv = await cli(['export', 'out.csv', '--format', 'csv', '-o', '-'], files);
		expect(csv.stdout).toBe(files['out.csv']);
		const svg = await cli(['render', 'out.json', '-o', 'o.svg'], files);
		const direct = await cli(['render', 'a.txt', '-o', 'o.svg', '--ref', '2025-05-08'], files);
		expect(svg.written.get('o.svg')).toBe(direct.written.get('o.svg'));
	});

	it('refuses a malformed or hostile saved timeline with the reason (exit 1)', async () => {
		const bad = await cli(['export', 'bad.json', '--format', 'csv', '-o', 'x.csv'], { 'bad.json': '{"format":"timeweave","version":1,"__proto__":{}}' });
		expect(bad.code).toBe(1);
		expect(bad.stderr).toMatch(/^timeweave: cannot open 'bad\.json': it contains the key “__proto__”/);
		expect(bad.written.size).toBe(0);
		const csv = await cli(['export', 'bad.csv', '--format', 'json', '-o', 'x.json'], { 'bad.csv': 'id,title\r\n1,x\r\n' });
		expect(csv.code).toBe(1);
		expect(csv.stderr).toMatch(/cannot open 'bad\.csv': it is not a Timeweave CSV/);
	});

	it.each([
		[['export', 'a.txt', '-o', 'x'], /export needs --format/],
		[['export', 'a.txt', '--format', 'xlsx', '-o', 'x'], /--format must be one of json, csv, timelinejs, timeml/],
		[['export', 'a.txt', '--format', 'csv'], /export needs -o OUT/],
		[['export', '--format', 'csv', '-o', 'x'], /export needs a FILE/],
		[['export', 'a.json', '--format', 'csv', '-o', 'x', '--ref', '2025-05-08'], /--ref applies to articles/]
	])('usage error: %j', async (argv, pattern) => {
		const out = await cli(argv as string[], { 'a.txt': SAMPLE, 'a.json': '{}' });
		expect(out.code).toBe(2);
		expect(out.stderr).toMatch(pattern);
	});

	it('help export', async () => {
		const out = await cli(['help', 'export']);
		expect(out.stdout).toMatch(/^Usage: timeweave export FILE --format json\|csv\|timelinejs\|timeml -o OUT/);
		expect((await cli(['--help'])).stdout).toContain('timeweave export FILE --format json|csv|timelinejs|timeml -o OUT');
	});
});
