/**
 * What the timeline root shares with its layers. Values are read through getters, so a
 * layer always sees the current zoom without subscribing to anything.
 */
import type { ScaleTime } from 'd3-scale';
import { createContext } from 'svelte';
import type { TimelineEvent } from '../extract/types.ts';
import type { Frame } from './layout/frame.ts';
import type { Tick } from './ticks.ts';
import type { LaneLayout } from './types.ts';

/** The timeline's shared, read-only view state plus the two actions layers may take. */
export interface TimelineContext {
	/** The zoomed x scale (`transform.rescaleX(base)`). */
	readonly x: ScaleTime<number, number>;
	/** Drawing size, axis position, lane geometry. */
	readonly frame: Frame;
	/** Axis ticks for the visible domain. */
	readonly ticks: Tick[];
	/** Caption for what the tick labels leave out ("May 2025"), or ''. */
	readonly tickContext: string;
	/** Lanes and label boxes at the current zoom. */
	readonly layout: LaneLayout;
	/** Events by id. */
	readonly eventsById: ReadonlyMap<string, TimelineEvent>;
	/** Human dates by event id ("9 May 1945"). */
	readonly dates: ReadonlyMap<string, string>;
	/** The selected event id, or null. */
	readonly selectedId: string | null;
	/** Ask the owner to select an event (or clear the selection with null). */
	select(id: string | null): void;
	/** Pan, if needed, so the event is in view. */
	reveal(id: string): void;
}

/** Typed context pair for the timeline; set by `Timeline.svelte`, read by its layers. */
export const [getTimelineContext, setTimelineContext] = createContext<TimelineContext>();
