/**
 * Types of the timeline view's pure layout: what the layers draw, already in pixels.
 */

/** How an event is drawn: a dot for a day or finer, a bar for anything longer or coarser. */
export type MarkKind = 'point' | 'span';

/** An event placed for drawing at the current zoom. All x values are pixels in the view. */
export interface PlacedEvent {
	id: string;
	/** Lane index, 0 = the lane nearest the axis. */
	lane: number;
	kind: MarkKind;
	/** The event's interval in pixels, `[x(start), x(end)]`. */
	start: number;
	end: number;
	/** The drawn mark: a point is `cx ± radius`; a bar is at least a few pixels wide. */
	markX0: number;
	markX1: number;
	/** Left edge of the label text. */
	labelX: number;
	/** The label as drawn (the title, truncated with "…" when too long). */
	label: string;
	/** Estimated label width in pixels. */
	labelWidth: number;
	/** False when lanes ran out: only the mark is drawn (the name stays in the tooltip). */
	labelled: boolean;
	/** The horizontal box reserved in the lane (mark and label together). */
	left: number;
	right: number;
}

/** The result of lane packing. */
export interface LaneLayout {
	/** Number of lanes in use. */
	laneCount: number;
	/** One entry per event, sorted by start time, then id. */
	events: PlacedEvent[];
}
