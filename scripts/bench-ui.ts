/**
 * `npm run bench:ui`: load time and zoom and pan frame times of the timeline in headless
 * Chromium, for 1,000, 10,000 and 100,000 generated events (seeded: the same events every run).
 *
 * It builds the app when `build/` is missing (`--build` forces a build), serves it with
 * `node build` on a free port, opens `/dev/bench?n=N&seed=1` in Chromium (`/usr/bin/chromium`
 * or CHROMIUM_PATH) and, for each N:
 *   load   ms from navigation start to the first frame drawn with the events (includes
 *          generating them, shown apart as "gen");
 *   zoom   30 wheel steps in then 30 out over the middle of the view, one per frame;
 *   pan    after zooming in ×16 around the middle, a 90-frame drag (mouse down, 12 px a frame).
 * A frame's time is measured in the page: an input event is dispatched at the start of a
 * requestAnimationFrame callback, and the frame ends when a message posted from that callback
 * arrives, i.e. after the page's script, style, layout and paint for that frame. Medians
 * and 95th percentiles over all frames of a gesture; three rounds of each gesture, after one
 * untimed warm-up round. The goal: with 10,000 events a median under 16 ms and a 95th percentile
 * under 33 ms, for both zoom and pan.
 *
 * The same events and gestures run on vis-timeline (its standalone build, defaults: stacking,
 * no clustering) at `/dev/bench-vis`, up to `--vis-max` events (default 1,000: vis-timeline takes minutes per gesture at 10,000 here), and the
 * ratios are printed. vis-timeline redraws on the frame after an input; the bench calls its
 * `redraw()` right after each input so that the work lands in the measured frame.
 *
 * Options: `--n 1000,10000` (sizes), `--rounds 3`, `--vis-max 10000`, `--build`.
 */
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..');

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const SIZES = (option('n') ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
const ROUNDS = Math.max(1, Number(option('rounds') ?? 3));
/** vis-timeline draws a DOM node per event up front: beyond this many it is not run (minutes per load). */
const VIS_MAX = Number(option('vis-max') ?? 1_000);

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
	for (let i = 0; i < 300; i++) {
		if (child.exitCode !== null) throw new Error(`node build exited with ${child.exitCode}`);
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`server did not start at ${url}`);
}

function quantile(sorted: number[], q: number): number {
	if (sorted.length === 0) return NaN;
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[i];
}

interface Stats {
	median: number;
	p95: number;
	frames: number;
}

function stats(times: number[]): Stats {
	const sorted = [...times].sort((a, b) => a - b);
	return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), frames: sorted.length };
}

/**
 * Runs a gesture in the page, one input event per animation frame, and returns each frame's
 * time (ms). `kind` is 'zoom' (wheel steps in, then out) or 'pan' (a mouse drag to the left).
 */
async function gesture(page: Page, widget: Widget, kind: 'zoom' | 'pan'): Promise<number[]> {
	return page.evaluate(`(${IN_PAGE})(${JSON.stringify(kind)}, ${JSON.stringify(widget.target)}, ${widget.syncRedraw})`) as Promise<number[]>;
}

/** Zooms the view in (×16) around the middle, untimed, for the pan gesture. */
async function zoomIn(page: Page, widget: Widget): Promise<void> {
	await page.evaluate(`(${IN_PAGE})('zoom-in', ${JSON.stringify(widget.target)}, ${widget.syncRedraw})`);
}

/** A timeline under test: its page, the element that takes wheel and drag, and whether to force its redraw in the frame. */
interface Widget {
	name: string;
	path: string;
	target: string;
	/** vis-timeline redraws on the next animation frame; its redraw() is called right after each input so the frame counts it. */
	syncRedraw: boolean;
}

const WIDGETS: Widget[] = [
	{ name: 'Timeweave', path: '/dev/bench', target: 'main svg[role="group"]', syncRedraw: false },
	{ name: 'vis-timeline', path: '/dev/bench-vis', target: 'main .vis-panel.vis-center', syncRedraw: true }
];

/**
 * The in-page side, as source text: tsx would add helpers to a compiled function that the
 * page does not have.
 */
const IN_PAGE = `async (kind, selector, syncRedraw) => {
	const svg = document.querySelector(selector);
	if (!svg) throw new Error('no element ' + selector);
	const redraw = () => { if (syncRedraw) window.__visTimeline.redraw(); };
	const box = svg.getBoundingClientRect();
	const cx = box.left + box.width / 2;
	const cy = box.top + box.height / 2;
	const channel = new MessageChannel();
	const frame = (input) =>
		new Promise((done) => {
			requestAnimationFrame(() => {
				const t0 = performance.now();
				channel.port1.onmessage = () => done(performance.now() - t0);
				input();
				redraw();
				channel.port2.postMessage(0);
			});
		});
	const wheel = (deltaY) => () =>
		svg.dispatchEvent(new WheelEvent('wheel', { deltaY, deltaMode: 0, clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window }));
	// Both pointer events (Hammer.js, in vis-timeline) and mouse events (d3-zoom); each widget ignores the other kind.
	const mouse = (type, x, target) => () => {
		const init = { clientX: x, clientY: cy, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window };
		target.dispatchEvent(new PointerEvent(type.replace('mouse', 'pointer'), { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
		target.dispatchEvent(new MouseEvent(type, init));
	};
	const times = [];
	if (kind === 'zoom') {
		for (let i = 0; i < 30; i++) times.push(await frame(wheel(-100)));
		for (let i = 0; i < 30; i++) times.push(await frame(wheel(100)));
	} else if (kind === 'pan') {
		await frame(mouse('mousedown', cx, svg));
		for (let i = 1; i <= 90; i++) times.push(await frame(mouse('mousemove', cx - i * 12, window)));
		await frame(mouse('mouseup', cx - 90 * 12, window));
	} else {
		for (let i = 0; i < 20; i++) await frame(wheel(-100));
	}
	return times;
}`;

async function settle(page: Page, ms = 600): Promise<void> {
	await page.waitForTimeout(ms);
}

const fmt = (v: number): string => (Number.isFinite(v) ? v.toFixed(1) : '–');

async function main(): Promise<void> {
	if (process.argv.includes('--build') || !existsSync(resolve(ROOT, 'build/index.js'))) {
		console.error('building…');
		execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
	}
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const start = (): ChildProcess =>
		spawn(process.execPath, ['build'], {
			cwd: ROOT,
			env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
			stdio: 'ignore'
		});
	let server = start();
	/** Starts the server again if it went away (on a shared machine something may end it). */
	const alive = async (): Promise<void> => {
		if (server.exitCode === null && server.signalCode === null) return;
		console.error(`(the app server stopped: ${server.signalCode ?? server.exitCode}; starting it again)`);
		server = start();
		await waitForServer(`${origin}/dev/bench?n=1`, server);
	};
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
	try {
		await waitForServer(`${origin}/dev/bench?n=1`, server);
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		console.log(`in headless Chromium, 1280×800, ${ROUNDS} rounds per gesture after a warm-up (frame ms: median / p95)`);
		const header = ['widget', 'events', 'load ms', 'gen ms', 'zoom med', 'zoom p95', 'pan med', 'pan p95', 'nodes'];
		console.log(header.map((h, i) => (i === 0 ? h.padEnd(13) : h.padStart(10))).join(''));
		const results = new Map<string, number[]>();
		for (const n of SIZES) {
			for (const widget of WIDGETS) {
				if (widget.name !== 'Timeweave' && n > VIS_MAX) {
					console.log(`${widget.name.padEnd(13)}${n.toLocaleString('en-US').padStart(10)}   (not run: over ${VIS_MAX.toLocaleString('en-US')} events, --vis-max to change)`);
					continue;
				}
				const loads: number[] = [];
				let gen = 0;
				const zoom: number[] = [];
				const pan: number[] = [];
				let nodes = 0;
				try {
					for (let round = 0; round <= ROUNDS; round++) {
						await alive();
						await page.goto(`${origin}${widget.path}?n=${n}&seed=1`);
						await page.waitForSelector('main[data-ready="true"]', { timeout: 180_000 });
						const load = Number(await page.locator('main').getAttribute('data-load-ms'));
						gen = Number(await page.locator('main').getAttribute('data-generate-ms'));
						await settle(page);
						const z = await gesture(page, widget, 'zoom');
						await settle(page);
						await zoomIn(page, widget);
						await settle(page);
						const p = await gesture(page, widget, 'pan');
						nodes = await page.evaluate(() => document.querySelectorAll('main *').length);
						if (round === 0) continue; // warm-up
						loads.push(load);
						zoom.push(...z);
						pan.push(...p);
					}
				} catch (error) {
					console.log(`${widget.name.padEnd(13)}${n.toLocaleString('en-US').padStart(10)}   failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
					continue;
				}
				const z = stats(zoom);
				const p = stats(pan);
				const figures = [stats(loads).median, gen, z.median, z.p95, p.median, p.p95];
				results.set(`${widget.name}@${n}`, figures);
				console.log(
					[widget.name.padEnd(13), n.toLocaleString('en-US').padStart(10), ...figures.map((v) => fmt(v).padStart(10)), String(nodes).padStart(10)].join('')
				);
			}
		}
		const ratios: string[] = [];
		for (const n of SIZES) {
			const ours = results.get(`Timeweave@${n}`);
			const theirs = results.get(`vis-timeline@${n}`);
			if (!ours || !theirs) continue;
			const r = (i: number): string => (theirs[i] / ours[i]).toFixed(1);
			ratios.push(`${n.toLocaleString('en-US').padStart(8)} events: load ${r(0)}×, zoom median ${r(2)}×, p95 ${r(3)}×, pan median ${r(4)}×, p95 ${r(5)}×`);
		}
		if (ratios.length > 0) console.log(`vis-timeline time / Timeweave time (above 1: Timeweave faster):\n${ratios.join('\n')}`);
		console.log('goal (10,000 events): zoom and pan median < 16 ms, p95 < 33 ms. nodes: DOM elements of the page after the pan.');
	} finally {
		await browser.close();
		server.kill();
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
