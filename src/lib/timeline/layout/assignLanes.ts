/**
 * Lane packing for the current zoom: every event gets a lane so that no two label boxes
 * (mark plus label) in a lane overlap. Greedy first fit over events sorted by start, then
 * id, so the same input always gives the same lanes. Pure.
 */
import type { ScaleTime } from 'd3-scale';
import type { TimelineEvent } from '../../extract/types.ts';
import { eventInterval } from '../time.ts';
import type { LaneLayout, PlacedEvent } from '../types.ts';
import { estimateTextWidth, truncateLabel, MAX_LABEL_WIDTH, CHAR_WIDTH } from './labelText.ts';
import { markKind } from './markKind.ts';

/** Options for {@link assignLanes}. */
export interface LaneOptions {
	/** Width of the view in pixels. When given, labels slide to stay inside `[0, viewWidth]`. */
	viewWidth?: number;
	/** At most this many lanes; later events that do not fit keep their mark but lose their label. */
	maxLanes?: number;
	/** Free pixels between two boxes in one lane (default 12). */
	gap?: number;
	/** Radius of a point mark (default 5). */
	pointRadius?: number;
	/** Narrowest bar drawn, in pixels (default 12: wider than a dot, so a short span never reads as a day). */
	minBarWidth?: number;
	/** Pixels per label character (default {@link CHAR_WIDTH}). */
	charWidth?: number;
	/** Longest label in pixels before truncation (default {@link MAX_LABEL_WIDTH}). */
	maxLabelWidth?: number;
}

/** Distance kept between a label and the edges of the view. */
const EDGE = 8;

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);

/**
 * Lanes and label positions for `events` drawn with the x scale `x`.
 *
 * Each label starts under its mark's left edge. When a `viewWidth` is given, a label that
 * would run off the view slides back inside, as long as it still touches its mark (so a
 * bar that starts off screen keeps its name visible). The box reserved in a lane is the
 * union of mark and label; a box goes in the first lane whose last box ends at least
 * `gap` pixels before it starts. Does not mutate `events`.
 */
export function assignLanes(
	events: readonly TimelineEvent[],
	x: ScaleTime<number, number>,
	options: LaneOptions = {}
): LaneLayout {
	const gap = options.gap ?? 12;
	const radius = options.pointRadius ?? 5;
	const minBar = options.minBarWidth ?? 12;
	const charWidth = options.charWidth ?? CHAR_WIDTH;
	const maxLabel = options.maxLabelWidth ?? MAX_LABEL_WIDTH;
	const maxLanes = Math.max(1, options.maxLanes ?? Infinity);
	const view = options.viewWidth;

	// Sort an index, never the caller's array.
	const items = events.map((e) => ({ e, interval: eventInterval(e) }));
	items.sort((a, b) => a.interval.start - b.interval.start || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));

	/** Right edge of the last box in each lane. */
	const laneEnds: number[] = [];
	const placed: PlacedEvent[] = [];

	for (const { e, interval } of items) {
		const kind = markKind(e);
		const start = x(new Date(interval.start));
		const end = x(new Date(interval.end));
		let markX0: number;
		let markX1: number;
		if (kind === 'point') {
			const cx = (start + end) / 2;
			markX0 = cx - radius;
			markX1 = cx + radius;
		} else if (end - start < minBar) {
			const cx = (start + end) / 2;
			markX0 = cx - minBar / 2;
			markX1 = cx + minBar / 2;
		} else {
			markX0 = start;
			markX1 = end;
		}

		const label = truncateLabel(e.title, maxLabel, charWidth);
		const labelWidth = estimateTextWidth(label, charWidth);
		let labelX = markX0;
		if (view !== undefined && markX1 <= 0) {
			// Entirely off to the left: keep the label off screen with it, never half cut.
			labelX = markX1 - labelWidth;
		} else if (view !== undefined && markX0 < view) {
			// Inside the view and still touching the mark ([markX0 - width, markX1]) when
			// both are possible; otherwise inside the view, as near the mark as it gets.
			const viewLo = EDGE;
			const viewHi = Math.max(EDGE, view - EDGE - labelWidth);
			const lo = Math.max(viewLo, markX0 - labelWidth);
			const hi = Math.min(viewHi, markX1);
			labelX = lo <= hi ? clamp(markX0, lo, hi) : clamp(markX0, viewLo, viewHi);
		}
		const left = Math.min(markX0, labelX);
		const right = Math.max(markX1, labelX + labelWidth);

		let lane = laneEnds.findIndex((laneEnd) => laneEnd + gap <= left);
		if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.length;
		if (lane !== -1) {
			laneEnds[lane] = right;
			placed.push({ id: e.id, lane, kind, start, end, markX0, markX1, labelX, label, labelWidth, labelled: true, left, right });
			continue;
		}
		// Out of lanes: keep the mark, drop the label; the mark goes where it fits, or into
		// the lane that ends first (a mark may then touch another, a label never does).
		lane = laneEnds.findIndex((laneEnd) => laneEnd + 2 <= markX0);
		if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));
		laneEnds[lane] = Math.max(laneEnds[lane], markX1);
		placed.push({
			id: e.id, lane, kind, start, end, markX0, markX1, labelX, label, labelWidth,
			labelled: false, left: markX0, right: markX1
		});
	}
	return { laneCount: laneEnds.length, events: placed };
}
