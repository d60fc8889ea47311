/**
 * Zoom limits for d3-zoom from the data and the view: how far out, how far in, how far
 * to pan. Every move (wheel, drag, buttons, "go to event") is held to these. Pure.
 */
import type { ScaleTime } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';
import { HOUR_MS } from '../time.ts';

/** A d3-zoom constrain function: the allowed transform nearest to the requested one. */
export type Constrain = (transform: ZoomTransform, extent: [[number, number], [number, number]]) => ZoomTransform;

/** `scaleExtent`, `translateExtent` and `constrain` in d3-zoom's terms (base-scale pixels). */
export interface ZoomLimits {
	/** `[min, max]` zoom factor: 1 shows the whole extent with its margin; max shows about {@link MIN_VISIBLE_MS} across the view. */
	scaleExtent: [number, number];
	/** The world that may be seen at zoom 1: the base drawing `[0, width]`; unbounded vertically. */
	translateExtent: [[number, number], [number, number]];
	/**
	 * The pan limit at every zoom: the data's range plus the same on-screen margin as at
	 * zoom 1, so zooming in near an end never shows years of empty axis. At zoom 1 it is
	 * exactly `translateExtent`.
	 */
	constrain: Constrain;
}

/** The narrowest time span the view may show across its width: one hour. */
export const MIN_VISIBLE_MS = HOUR_MS;

/**
 * Limits for zooming a view of `width` pixels whose unzoomed scale is `baseScale`
 * (see `createBaseScale`).
 *
 * - Out: factor 1, the whole extent with its padding; the data cannot shrink to a dot.
 * - In: the factor at which about one hour fills the width (never below 1).
 * - Pan: the view may not leave the data plus its on-screen margin, so the data cannot be
 *   dragged out of view.
 */
export function zoomLimits(baseScale: ScaleTime<number, number>, width: number): ZoomLimits {
	const [d0, d1] = baseScale.domain().map(Number);
	const [r0, r1] = baseScale.range();
	const w = Math.max(1, width);
	const pxPerMs = Math.abs(r1 - r0) / Math.max(1, d1 - d0);
	const maxK = Math.max(1, w / (pxPerMs * MIN_VISIBLE_MS));
	const lo = Math.min(r0, r1);
	const hi = Math.max(r0, r1);
	const left = Math.min(0, lo);
	const right = Math.max(w, hi);
	return {
		scaleExtent: [1, maxK],
		translateExtent: [
			[left, -Infinity],
			[right, Infinity]
		],
		constrain: (transform, extent) => {
			// World bounds shrink towards the data as k grows: the margins stay the same on screen.
			const minX = lo - (lo - left) / transform.k;
			const maxX = hi + (right - hi) / transform.k;
			const dx0 = transform.invertX(extent[0][0]) - minX;
			const dx1 = transform.invertX(extent[1][0]) - maxX;
			// As d3-zoom's default constrain: centre when the view is wider than the bounds.
			const dx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
			return transform.translate(dx, 0);
		}
	};
}
