/**
 * The saved timelines, shared with every component below the layout. `setSavedTimelines` is
 * called once, in `+layout.svelte`; `getSavedTimelines` throws if it was not.
 */
import { createContext } from 'svelte';
import type { SavedTimelines } from './SavedTimelines.svelte.ts';

export const [getSavedTimelines, setSavedTimelines] = createContext<SavedTimelines>();
