/**
 * The fonts every exported image is drawn with. They ship in `static/fonts/` (with their
 * licences) and are loaded explicitly: as font files by resvg in Node and in the browser,
 * and by @font-face in the page, so text never silently falls back to another font or
 * disappears. DejaVu Sans covers Latin, Greek and Cyrillic; Droid Sans Fallback covers
 * Chinese, Japanese and Korean.
 */

/** The main family: Latin, Greek, Cyrillic. */
export const FONT_FAMILY = 'DejaVu Sans';
/** The fallback for characters DejaVu Sans lacks (CJK). */
export const CJK_FAMILY = 'Droid Sans Fallback';

/** The `font-family` every text element of an exported SVG names. */
export const SVG_FONT_STACK = `'${FONT_FAMILY}', '${CJK_FAMILY}', sans-serif`;

/** One shipped font file. */
export interface FontFile {
	family: string;
	weight: 400 | 700;
	/** File name in `static/fonts/` (served at `/fonts/<file>`). */
	file: string;
	/** CSS unicode-range for @font-face, so a page downloads the CJK font only when it needs it. */
	unicodeRange?: string;
}

/** Every font file the images use, main family first. */
export const FONT_FILES: readonly FontFile[] = [
	{ family: FONT_FAMILY, weight: 400, file: 'DejaVuSans.ttf' },
	{ family: FONT_FAMILY, weight: 700, file: 'DejaVuSans-Bold.ttf' },
	{
		family: CJK_FAMILY,
		weight: 400,
		file: 'DroidSansFallbackFull.ttf',
		unicodeRange: 'U+1100-11FF, U+2E80-9FFF, U+A960-A97F, U+AC00-D7FF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF, U+20000-2FA1F'
	}
];

/** Characters drawn about one em wide (CJK ideographs, kana, Hangul, full-width forms). */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{2FA1F}]/u;

/**
 * Estimated width of `text` in pixels: `charWidth` per character, one em (`fontSize`) per
 * wide CJK character. Generous for DejaVu Sans, so laid-out labels never overlap.
 */
export function textWidth(text: string, fontSize: number, charWidth: number): number {
	let w = 0;
	for (const c of text) w += WIDE.test(c) ? fontSize : charWidth;
	return w;
}

/** `text` cut to fit `maxWidth` pixels (by {@link textWidth}), ending in "…" when cut; at a word break when one is near. */
export function fitText(text: string, maxWidth: number, fontSize: number, charWidth: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (textWidth(clean, fontSize, charWidth) <= maxWidth) return clean;
	const chars = Array.from(clean);
	let w = charWidth; // the ellipsis
	let n = 0;
	while (n < chars.length && w + textWidth(chars[n], fontSize, charWidth) <= maxWidth) w += textWidth(chars[n++], fontSize, charWidth);
	let cut = chars.slice(0, n).join('');
	const space = cut.lastIndexOf(' ');
	if (space >= cut.length * 0.6) cut = cut.slice(0, space);
	cut = cut.replace(/[\s,;:.–-]+$/, '');
	return cut ? `${cut}…` : '…';
}

/**
 * `text` broken at spaces into at most `maxLines` lines of at most `maxWidth` pixels; the last
 * line ends in "…" when the text does not fit. A word too long for a line is cut.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, fontSize: number, charWidth: number): string[] {
	const words = text.replace(/\s+/g, ' ').trim().split(' ');
	const lines: string[] = [];
	let i = 0;
	while (i < words.length && lines.length < maxLines - 1) {
		let line = words[i];
		if (textWidth(line, fontSize, charWidth) > maxWidth) break; // an overlong word: the last line cuts it
		i++;
		while (i < words.length && textWidth(`${line} ${words[i]}`, fontSize, charWidth) <= maxWidth) line += ` ${words[i++]}`;
		lines.push(line);
	}
	if (i < words.length) lines.push(fitText(words.slice(i).join(' '), maxWidth, fontSize, charWidth));
	return lines.length ? lines : [''];
}
