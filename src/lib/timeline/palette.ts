/**
 * Document colours, in the order of the timeline's documents: the same on screen (timeline marks,
 * legend, the text pane's tabs) and in exported light-theme images. Each reads on white and
 * stays apart from the others for the common kinds of colour blindness as far as eight allow.
 * On screen, `--timeline-doc-0` … `--timeline-doc-7` override them.
 */
export const DOCUMENT_COLORS: readonly string[] = ['#2f6db5', '#c2571a', '#2e8b57', '#8e44ad', '#b8860b', '#c0392b', '#16808a', '#6b4f3a'];

/** The CSS colour of document number `index` (0-based), with its override property. */
export function documentColor(index: number): string {
	const i = ((index % DOCUMENT_COLORS.length) + DOCUMENT_COLORS.length) % DOCUMENT_COLORS.length;
	return `var(--timeline-doc-${i}, ${DOCUMENT_COLORS[i]})`;
}
