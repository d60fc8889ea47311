/**
 * PNG export in the browser: the same SVG as the command line, rasterised by the same
 * renderer (resvg, compiled to WebAssembly) with the same font files, so the app and
 * `timeweave render` give the same picture. If WebAssembly cannot run, the SVG is drawn into
 * a canvas instead (the browser's own renderer and fonts: close, not identical).
 *
 * Shell code (fetch, Blob, canvas); the picture itself comes from the pure builder.
 */
import { base } from '$app/paths';
import { FONT_FAMILY, FONT_FILES } from '$lib/export/fonts';

type ResvgModule = typeof import('@resvg/resvg-wasm');

let renderer: Promise<ResvgModule> | null = null;
const fontCache = new Map<string, Promise<Uint8Array>>();

/** Loads and starts the WebAssembly renderer once. */
function loadRenderer(): Promise<ResvgModule> {
	renderer ??= (async () => {
		const [mod, wasm] = await Promise.all([import('@resvg/resvg-wasm'), import('@resvg/resvg-wasm/index_bg.wasm?url')]);
		await mod.initWasm(fetch(wasm.default));
		return mod;
	})().catch((error) => {
		renderer = null;
		throw error;
	});
	return renderer;
}

function loadFont(file: string): Promise<Uint8Array> {
	let font = fontCache.get(file);
	if (!font) {
		font = fetch(`${base}/fonts/${file}`).then(async (response) => {
			if (!response.ok) throw new Error(`the font ${file} could not be loaded (${response.status})`);
			return new Uint8Array(await response.arrayBuffer());
		});
		font.catch(() => fontCache.delete(file));
		fontCache.set(file, font);
	}
	return font;
}

/** True when the text needs the CJK font (so a Latin-only picture does not download 4 MB). */
const needsCjk = (svg: string) => /[\u1100-\u11FF\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{2FA1F}]/u.test(svg);

/** What the PNG export is doing, for a progress bar. */
export type Stage = 'renderer' | 'fonts' | 'drawing';

/**
 * The SVG (from `buildTimelineSvg`, its width/height already multiplied by the scale) as a PNG.
 * @param onStage - called as the work moves on
 */
export async function svgToPngBlob(svg: string, onStage: (stage: Stage) => void = () => {}): Promise<Blob> {
	let resvg: ResvgModule | null = null;
	try {
		onStage('renderer');
		resvg = await loadRenderer();
	} catch {
		resvg = null;
	}
	if (!resvg) return canvasPng(svg, onStage);
	onStage('fonts');
	const files = FONT_FILES.filter((f) => f.unicodeRange === undefined || needsCjk(svg));
	const fontBuffers = await Promise.all(files.map((f) => loadFont(f.file)));
	onStage('drawing');
	// Let the progress bar paint before the (synchronous) drawing starts.
	await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
	const instance = new resvg.Resvg(svg, { font: { fontBuffers, defaultFontFamily: FONT_FAMILY }, fitTo: { mode: 'original' }, shapeRendering: 2, textRendering: 1 });
	try {
		const image = instance.render();
		const png = image.asPng();
		image.free();
		return new Blob([png.slice().buffer as ArrayBuffer], { type: 'image/png' });
	} finally {
		instance.free();
	}
}

/** Fallback: the browser draws the SVG into a canvas of the SVG's size. */
async function canvasPng(svg: string, onStage: (stage: Stage) => void): Promise<Blob> {
	onStage('drawing');
	const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
	const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.decoding = 'async';
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width);
		canvas.height = Math.round(height);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw images');
		context.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Save `blob` as a file named `name`: a temporary link with `download`, clicked. */
export function downloadBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started by now; give slow browsers a moment before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
