/**
 * What present mode shows when it opens with nothing loaded (a reload of /present, a shared
 * link): the timeline open last time, restored from the browser's saved timelines, as the
 * editor does; on a first visit, the built-in example.
 */
import type { TimelineDoc } from '$lib/app/TimelineDoc.svelte';
import type { SavedTimelines } from '$lib/app/store/SavedTimelines.svelte';
import { sampleFileName, sampleText } from '$lib/app/sample';

/** Loads something to present when the document is still empty; does nothing otherwise. */
export function openTimeline(doc: TimelineDoc, saved: SavedTimelines): void {
	if (doc.status === 'idle') void saved.start(() => doc.load(sampleText, { fileName: sampleFileName, format: 'text' }));
}
