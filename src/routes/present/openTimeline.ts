/**
 * What present mode shows when it opens with nothing loaded (a reload of /present, a shared
 * link): for now the built-in example, as the editor opens with it.
 *
 * The one place to change when saved timelines are restored on startup: open the last saved
 * timeline here instead.
 */
import type { TimelineDoc } from '$lib/app/TimelineDoc.svelte';
import { sampleFileName, sampleText } from '$lib/app/sample';

/** Loads something to present when the document is still empty; does nothing otherwise. */
export function openTimeline(doc: TimelineDoc): void {
	if (doc.status === 'idle') void doc.load(sampleText, { fileName: sampleFileName, format: 'text' });
}
