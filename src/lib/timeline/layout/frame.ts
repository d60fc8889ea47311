/**
 * The vertical geometry of the timeline drawing: where the axis and each lane sit.
 * Lanes stack upwards from the axis, so a sparse timeline stays close to its dates.
 */

/** Pixel geometry for one drawing size. */
export interface Frame {
	width: number;
	height: number;
	/** y of the axis line (ticks and labels are drawn below it). */
	axisY: number;
	/** Height of one lane: mark plus label plus breathing room. */
	laneHeight: number;
	/** How many lanes fit between the top margin and the axis (at least 1). */
	maxLanes: number;
}

/** Space kept above the highest lane. */
export const FRAME_TOP = 12;
/** Space below the axis line for tick labels and the context caption. */
export const AXIS_BAND = 48;
/** Default lane height in pixels. */
export const LANE_HEIGHT = 36;

/** The frame for a `width` × `height` drawing. Sizes below zero are treated as zero. */
export function createFrame(width: number, height: number, laneHeight = LANE_HEIGHT): Frame {
	const w = Math.max(0, width);
	const h = Math.max(0, height);
	const axisY = Math.max(FRAME_TOP + laneHeight, h - AXIS_BAND);
	return {
		width: w,
		height: h,
		axisY,
		laneHeight,
		maxLanes: Math.max(1, Math.floor((axisY - FRAME_TOP - 6) / laneHeight))
	};
}

/** y of the centre of a lane's marks. */
export function markY(frame: Frame, lane: number): number {
	return frame.axisY - 8 - (lane + 1) * frame.laneHeight + 12;
}

/** y of the baseline of a lane's labels. */
export function labelY(frame: Frame, lane: number): number {
	return markY(frame, lane) + 19;
}
