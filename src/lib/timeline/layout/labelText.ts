/**
 * Label size estimates without a DOM: layout must be pure and deterministic, so text is
 * measured by character count, never by `getBBox`.
 */

/** Estimated width of one character of a 12px sans-serif label (generous, so boxes never underestimate). */
export const CHAR_WIDTH = 7;

/** Labels longer than this are truncated with an ellipsis. */
export const MAX_LABEL_WIDTH = 220;

/** Estimated rendered width of `text` in pixels at 12px. */
export function estimateTextWidth(text: string, charWidth = CHAR_WIDTH): number {
	return Array.from(text).length * charWidth;
}

/**
 * `text` shortened to fit `maxWidth` pixels, ending in "…" when cut. Cuts at a word
 * boundary when one is near the limit, and never returns more than the original.
 * @example truncateLabel('Soviet victory over Nazi Germany, end of WWII in Europe') // "Soviet victory over Nazi…"
 */
export function truncateLabel(text: string, maxWidth = MAX_LABEL_WIDTH, charWidth = CHAR_WIDTH): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	const chars = Array.from(clean);
	const fit = Math.max(1, Math.floor(maxWidth / charWidth));
	if (chars.length <= fit) return clean;
	// Room for the ellipsis itself.
	let cut = chars.slice(0, fit - 1).join('');
	const space = cut.lastIndexOf(' ');
	if (space >= cut.length * 0.6) cut = cut.slice(0, space);
	return `${cut.replace(/[\s,;:.–-]+$/, '')}…`;
}
