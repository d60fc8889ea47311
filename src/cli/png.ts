/**
 * SVG to PNG in Node with @resvg/resvg-js, drawn with the fonts that ship in `static/fonts/`
 * and no others (system fonts are not loaded), so a PNG looks the same on every machine.
 */
import { fileURLToPath } from 'node:url';
import { FONT_FAMILY, FONT_FILES } from '../lib/export/fonts.ts';

/** The shipped font files, as absolute paths. */
export function fontPaths(): string[] {
	return FONT_FILES.map((f) => fileURLToPath(new URL(`../../static/fonts/${f.file}`, import.meta.url)));
}

/** A PNG and its size in pixels. */
export interface Png {
	png: Uint8Array;
	width: number;
	height: number;
}

/** Rasterise `svg` at the size its `width`/`height` attributes give (the builder multiplies them by the scale). */
export async function svgToPng(svg: string): Promise<Png> {
	// Loaded on first use: the native module is needed only by `render`.
	const { Resvg } = await import('@resvg/resvg-js');
	const resvg = new Resvg(svg, {
		font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
		fitTo: { mode: 'original' },
		shapeRendering: 2,
		textRendering: 1
	});
	const image = resvg.render();
	return { png: image.asPng(), width: image.width, height: image.height };
}
