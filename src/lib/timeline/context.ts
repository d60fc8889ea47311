/**
 * What the timeline root shares with its layers. Values are read through getters, so a
 * layer always sees the current zoom without subscribing to anything.
 */
import type { ScaleTime } from 'd3-scale';
import { createContext } from 'svelte';
import type { Frame } from './layout/frame.ts';
import type { PreparedEvents } from './layout/prepare.ts';
import type { Tick } from './ticks.ts';

/** One item drawn at the current zoom, in pixels relative to the events layer's origin. */
export interface RenderItem {
	/** Stable across zoom buckets for single events (`e:<id>`); clusters are `c:<first>:<count>`. */
	key: string;
	type: 'event' | 'cluster';
	/** Place in the current layout's time order (the keyboard's order). */
	order: number;
	/** Prepared index of the event, or of the first member of a cluster. */
	index: number;
	/** Members (1 for an event). */
	count: number;
	lane: number;
	/** The event's interval, `[x(start), x(end)]`. */
	a0: number;
	a1: number;
	/** The drawn mark. */
	x0: number;
	x1: number;
	/** Right edge of the box the lane reserved (a label may slide inside it). */
	right: number;
	labelled: boolean;
	span: boolean;
	approx: boolean;
	/** Document colour index, or -1 when only one document is shown. */
	doc: number;
	label: string;
	labelWidth: number;
	/** Accessible name: "{title}, {date}" or "12 events, 1939 – 1945; Enter to zoom in". */
	name: string;
}

/** The timeline's shared, read-only view state plus the actions layers may take. */
export interface TimelineContext {
	/** The zoomed x scale (`transform.rescaleX(base)`). */
	readonly x: ScaleTime<number, number>;
	/** Drawing size, axis position, lane geometry. */
	readonly frame: Frame;
	/** Axis ticks for the visible domain. */
	readonly ticks: Tick[];
	/** Caption for what the tick labels leave out ("May 2025"), or ''. */
	readonly tickContext: string;
	/** The events, sorted and flattened. */
	readonly prepared: PreparedEvents;
	/** Lanes in use at this zoom. */
	readonly laneCount: number;
	/** Items near the view, to draw. */
	readonly rendered: RenderItem[];
	/** Screen x of the events layer's origin: an item's screen x is its x plus this. */
	readonly offset: number;
	/** The selected event id, or null. */
	readonly selectedId: string | null;
	/** Prepared index of the selected event, or -1. */
	readonly selectedIndex: number;
	/** Key of the item that holds the timeline's one tab stop. */
	readonly tabKey: string | null;
	/** Id prefix for defs (masks) in this timeline. */
	readonly uid: string;
	/** Ask the owner to select an event (or clear the selection with null). */
	select(id: string | null): void;
	/** Click or Enter on a cluster: zoom in until it opens. */
	openCluster(item: RenderItem): void;
	/** Keyboard on an item: arrows, Home, End, Enter, Space. */
	itemKeydown(event: KeyboardEvent, item: RenderItem): void;
	/** An item got focus: it now holds the tab stop. */
	itemFocus(item: RenderItem): void;
}

/** Typed context pair for the timeline; set by `Timeline.svelte`, read by its layers. */
export const [getTimelineContext, setTimelineContext] = createContext<TimelineContext>();
