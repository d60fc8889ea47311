/**
 * Lanes and clusters for one zoom level, computed once per zoom bucket and reused for
 * every pan and every zoom inside that bucket. Pure.
 *
 * Coordinates are "world pixels" at the bucket's scale: `x(t) = (t - origin) * pxPerMs`.
 * A view zoomed by a further factor `s ≥ 1` inside the bucket draws time positions times
 * `s` while marks and labels keep their pixel size ({@link markGeometry}); since every
 * gap between two boxes only grows with `s`, no two labels that were apart at the bucket
 * scale can touch at any `s ≥ 1`. So layout never runs per frame.
 *
 * How it lays out:
 * 1. Events (already in time order) fall into fixed bins of `binPx` by their start.
 * 2. A bin with more events than there are lanes becomes one cluster ("12 events").
 * 3. Everything else is packed into lanes, first fit, in order of left edge.
 * 4. Events that found no lane make their bin a cluster too, and packing runs again
 *    (a few passes); what still does not fit keeps its mark without a label.
 */
import type { PreparedEvents } from './prepare.ts';
import { estimateTextWidth, CHAR_WIDTH } from './labelText.ts';

/** Tuning for {@link layoutAtScale}. */
export interface ScaleLayoutOptions {
	/** Lanes available (at least 1). */
	maxLanes: number;
	/** Width of a clustering bin in pixels (default 80). */
	binPx?: number;
	/** Free pixels between two boxes in a lane (default 12). */
	gap?: number;
	/** Radius of a point mark (default 5). */
	pointRadius?: number;
	/** Narrowest bar (default 12: wider than a dot, so a short span never reads as a day). */
	minBarWidth?: number;
	charWidth?: number;
	/** Packing passes before giving up on labels (default 6). */
	maxPasses?: number;
}

/** One event drawn on its own. Positions are world pixels at the bucket scale. */
export interface EventItem {
	type: 'event';
	/** Index in the prepared (time-sorted) events. */
	index: number;
	lane: number;
	/** Interval ends, `x(start)` and `x(end)`. */
	a0: number;
	a1: number;
	/** Box reserved in the lane (mark and label), at the bucket scale. */
	left: number;
	right: number;
	/** False when lanes ran out: only the mark is drawn. */
	labelled: boolean;
}

/** Several events too dense to label, drawn as one mark ("12 events"). */
export interface ClusterItem {
	type: 'cluster';
	/** Members are the prepared events `[first, first + count)`. */
	first: number;
	count: number;
	lane: number;
	/** The members' extent, earliest start to latest end. */
	a0: number;
	a1: number;
	left: number;
	right: number;
	labelled: boolean;
	/** "12 events". */
	label: string;
	labelWidth: number;
}

export type LayoutItem = EventItem | ClusterItem;

/** The layout at one scale. */
export interface ScaleLayout {
	pxPerMs: number;
	origin: number;
	/** Sorted by `left`. */
	items: LayoutItem[];
	laneCount: number;
	/** Left edges of `items`, for binary search. */
	lefts: Float64Array;
	/** `maxRight[i]`: the largest `right` among `items[0..i]`. */
	maxRight: Float64Array;
	/** Item index by prepared event index. */
	itemOf: Int32Array;
	/** Number of cluster items. */
	clusterCount: number;
	/** Item indices in time order (by start, a cluster by its first member): the keyboard's order. */
	timeOrder: Int32Array;
	/** `timeRank[k]`: the place of item `k` in {@link ScaleLayout.timeOrder}. */
	timeRank: Int32Array;
}

const DEFAULTS = { binPx: 80, gap: 12, pointRadius: 5, minBarWidth: 12, maxPasses: 6 };

/** Horizontal padding inside a cluster's pill, each side. */
export const CLUSTER_PAD = 8;

/** "1 event", "12 events", "1,234 events". */
export function clusterLabel(count: number): string {
	// Not toLocaleString: it is slow enough to show up in a frame when thousands of clusters form.
	const digits = String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${digits} ${count === 1 ? 'event' : 'events'}`;
}

/** The drawn mark of an event at zoom `s` over the bucket scale: `[x0, x1]` in the same units as `a0`. */
export function markGeometry(
	span: boolean,
	a0: number,
	a1: number,
	s: number,
	pointRadius = DEFAULTS.pointRadius,
	minBarWidth = DEFAULTS.minBarWidth
): [number, number] {
	const x0 = a0 * s;
	const x1 = a1 * s;
	if (!span) {
		const c = (x0 + x1) / 2;
		return [c - pointRadius, c + pointRadius];
	}
	if (x1 - x0 < minBarWidth) {
		const c = (x0 + x1) / 2;
		return [c - minBarWidth / 2, c + minBarWidth / 2];
	}
	return [x0, x1];
}

/** The box an item needs at zoom `s` (the same rule the packing used at `s = 1`). */
export function itemBox(
	p: PreparedEvents,
	item: LayoutItem,
	s: number,
	options: Pick<ScaleLayoutOptions, 'pointRadius' | 'minBarWidth'> = {}
): { x0: number; x1: number; left: number; right: number } {
	if (item.type === 'cluster') {
		const x0 = item.a0 * s;
		const x1 = Math.max(item.a1 * s, x0 + 2);
		return { x0, x1, left: x0, right: item.labelled ? Math.max(x1, x0 + item.labelWidth) : x1 };
	}
	const [x0, x1] = markGeometry(p.span[item.index] === 1, item.a0, item.a1, s, options.pointRadius, options.minBarWidth);
	return { x0, x1, left: x0, right: item.labelled ? Math.max(x1, x0 + p.labelWidths[item.index]) : x1 };
}

/**
 * Lanes and clusters for `p` at `pxPerMs` pixels per millisecond, world pixels counted
 * from `origin` (ms). Deterministic for the same input.
 */
export function layoutAtScale(p: PreparedEvents, pxPerMs: number, origin: number, options: ScaleLayoutOptions): ScaleLayout {
	const binPx = options.binPx ?? DEFAULTS.binPx;
	const gap = options.gap ?? DEFAULTS.gap;
	const radius = options.pointRadius ?? DEFAULTS.pointRadius;
	const minBar = options.minBarWidth ?? DEFAULTS.minBarWidth;
	const charWidth = options.charWidth ?? CHAR_WIDTH;
	const maxLanes = Math.max(1, Math.floor(options.maxLanes));
	const maxPasses = options.maxPasses ?? DEFAULTS.maxPasses;
	const n = p.count;

	const a0 = new Float64Array(n);
	const a1 = new Float64Array(n);
	const bin = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		a0[i] = (p.start[i] - origin) * pxPerMs;
		a1[i] = (p.end[i] - origin) * pxPerMs;
		bin[i] = Math.floor(a0[i] / binPx);
	}
	// Runs of events in one bin: [runStart[r], runStart[r + 1]).
	const runStart: number[] = [];
	for (let i = 0; i < n; i++) if (i === 0 || bin[i] !== bin[i - 1]) runStart.push(i);
	runStart.push(n);
	const runs = runStart.length - 1;
	const dense = new Uint8Array(runs);
	for (let r = 0; r < runs; r++) if (runStart[r + 1] - runStart[r] > maxLanes) dense[r] = 1;

	const runOf = (i: number): number => {
		// Binary search: the run containing event i.
		let lo = 0;
		let hi = runs - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (runStart[mid] <= i) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};

	let items: LayoutItem[] = [];
	let laneCount = 0;
	for (let pass = 0; ; pass++) {
		items = [];
		for (let r = 0; r < runs; r++) {
			const from = runStart[r];
			const to = runStart[r + 1];
			if (dense[r]) {
				let lo = Infinity;
				let hi = -Infinity;
				for (let i = from; i < to; i++) {
					lo = Math.min(lo, a0[i]);
					hi = Math.max(hi, a1[i]);
				}
				const label = clusterLabel(to - from);
				const labelWidth = estimateTextWidth(label, charWidth) + 2 * CLUSTER_PAD;
				const right = Math.max(hi, lo + 2, lo + labelWidth);
				items.push({ type: 'cluster', first: from, count: to - from, lane: 0, a0: lo, a1: hi, left: lo, right, labelled: true, label, labelWidth });
			} else {
				for (let i = from; i < to; i++) {
					const [x0, x1] = markGeometry(p.span[i] === 1, a0[i], a1[i], 1, radius, minBar);
					const right = Math.max(x1, x0 + p.labelWidths[i]);
					items.push({ type: 'event', index: i, lane: 0, a0: a0[i], a1: a1[i], left: x0, right, labelled: true });
				}
			}
		}
		// Stable: ties keep time order.
		items.sort((a, b) => a.left - b.left);

		const laneEnds: number[] = [];
		const failed: LayoutItem[] = [];
		for (const item of items) {
			let lane = -1;
			for (let l = 0; l < laneEnds.length; l++) {
				if (laneEnds[l] + gap <= item.left) {
					lane = l;
					break;
				}
			}
			if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.length;
			if (lane !== -1) {
				laneEnds[lane] = item.right;
				item.lane = lane;
			} else {
				failed.push(item);
			}
		}
		let changed = false;
		if (pass < maxPasses) {
			for (const item of failed) {
				if (item.type !== 'event') continue;
				const r = runOf(item.index);
				if (!dense[r]) {
					dense[r] = 1;
					changed = true;
				}
			}
		}
		if (!changed) {
			// Out of passes (or only clusters failed): keep the marks, drop their labels.
			for (const item of failed) {
				const markRight = item.type === 'cluster' ? Math.max(item.a1, item.a0 + 2) : markGeometry(p.span[item.index] === 1, item.a0, item.a1, 1, radius, minBar)[1];
				let lane = laneEnds.findIndex((end) => end + 2 <= item.left);
				if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));
				item.lane = lane;
				item.labelled = false;
				item.right = markRight;
				laneEnds[lane] = Math.max(laneEnds[lane], markRight);
			}
			laneCount = laneEnds.length;
			break;
		}
	}

	const lefts = new Float64Array(items.length);
	const maxRight = new Float64Array(items.length);
	const itemOf = new Int32Array(n).fill(-1);
	let running = -Infinity;
	let clusterCount = 0;
	items.forEach((item, k) => {
		lefts[k] = item.left;
		running = Math.max(running, item.right);
		maxRight[k] = running;
		if (item.type === 'event') itemOf[item.index] = k;
		else {
			clusterCount++;
			for (let i = item.first; i < item.first + item.count; i++) itemOf[i] = k;
		}
	});
	// Prepared indices are in time order and each item owns a contiguous run of them.
	const firstOf = (item: LayoutItem): number => (item.type === 'event' ? item.index : item.first);
	const timeOrder = Int32Array.from(items.keys()).sort((a, b) => firstOf(items[a]) - firstOf(items[b]));
	const timeRank = new Int32Array(items.length);
	timeOrder.forEach((k, rank) => (timeRank[k] = rank));
	return { pxPerMs, origin, items, laneCount, lefts, maxRight, itemOf, clusterCount, timeOrder, timeRank };
}

/**
 * Indices (ascending) of the items whose box may meet `[lo, hi]` (world pixels at the
 * bucket scale). Binary search on left edges, then a walk back bounded by the running
 * maximum of right edges, so long spans that start far to the left are still found.
 */
export function itemsInRange(layout: ScaleLayout, lo: number, hi: number): number[] {
	const { lefts, maxRight, items } = layout;
	// First index whose left is > hi.
	let a = 0;
	let b = lefts.length;
	while (a < b) {
		const m = (a + b) >> 1;
		if (lefts[m] <= hi) a = m + 1;
		else b = m;
	}
	const out: number[] = [];
	for (let k = a - 1; k >= 0 && maxRight[k] >= lo; k--) if (items[k].right >= lo) out.push(k);
	return out.reverse();
}

/** The zoom bucket of zoom factor `k`: buckets are powers of `step` (default √2). */
export function zoomBucket(k: number, step = Math.SQRT2): number {
	return Math.floor(Math.log(Math.max(k, 1e-12)) / Math.log(step) + 1e-9);
}

/** The zoom factor a bucket is laid out at (the smallest zoom in that bucket). */
export function bucketScale(bucket: number, step = Math.SQRT2): number {
	return step ** bucket;
}
