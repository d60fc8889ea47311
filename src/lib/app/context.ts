/**
 * The open document, shared with every component below the layout without prop drilling.
 * `setTimelineDoc` is called once, in `+layout.svelte`; `getTimelineDoc` throws if it was not.
 */
import { createContext } from 'svelte';
import type { TimelineDoc } from './TimelineDoc.svelte.ts';

export const [getTimelineDoc, setTimelineDoc] = createContext<TimelineDoc>();
