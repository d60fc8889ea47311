/**
 * The DOM side of "Add event from a selected phrase": where the page's text selection lies in
 * the document, as character offsets. The text pane draws each passage as a
 * `<p data-passage-id>` whose text is exactly the passage's text, so an offset inside the
 * paragraph plus the passage's start is an offset into the document. Browser only.
 */
import type { TextDocument } from '$lib/extract';

/** Document offset of a DOM point inside `root`, or null when it is not inside a passage. */
function offsetOf(root: HTMLElement, document: TextDocument, node: Node, offset: number): number | null {
	const element = node instanceof Element ? node : node.parentElement;
	const paragraph = element?.closest<HTMLElement>('p[data-passage-id]');
	if (!paragraph || !root.contains(paragraph)) return null;
	const id = paragraph.dataset.passageId;
	const passage = document.passages.find((p) => p.id === id) ?? (document.passages.length === 0 && id === 'p1' ? { start: 0 } : null);
	if (!passage) return null;
	const before = node.ownerDocument?.createRange();
	if (!before) return null;
	before.setStart(paragraph, 0);
	before.setEnd(node, offset);
	return passage.start + before.toString().length;
}

/** The selected range of the document's text inside `root`, or null for no (or an outside) selection. */
export function selectedRange(root: HTMLElement, document: TextDocument): { start: number; end: number } | null {
	const selection = root.ownerDocument.getSelection();
	if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
	const range = selection.getRangeAt(0);
	const start = offsetOf(root, document, range.startContainer, range.startOffset);
	const end = offsetOf(root, document, range.endContainer, range.endOffset);
	if (start === null || end === null) return null;
	return { start, end };
}
