import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../../src/lib/timeline/dev/generate.ts';
import { isApproximate, prepareEvents, type PreparedEvents } from '../../../src/lib/timeline/layout/prepare.ts';
import {
	bucketScale,
	clusterLabel,
	itemBox,
	itemsInRange,
	layoutAtScale,
	zoomBucket,
	type ScaleLayout
} from '../../../src/lib/timeline/layout/scaleLayout.ts';
import { DAY_MS, YEAR_MS } from '../../../src/lib/timeline/time.ts';
import { denseDays, makeEvent } from './helpers.ts';

/** No two labelled boxes in one lane come closer than `gap` at zoom `s`. */
function expectNoLabelOverlap(p: PreparedEvents, layout: ScaleLayout, s: number, gap = 12): void {
	const byLane = new Map<number, { left: number; right: number }[]>();
	for (const item of layout.items) {
		if (!item.labelled) continue;
		const box = itemBox(p, item, s);
		byLane.set(item.lane, [...(byLane.get(item.lane) ?? []), box]);
	}
	for (const boxes of byLane.values()) {
		boxes.sort((a, b) => a.left - b.left);
		for (let i = 1; i < boxes.length; i++) expect(boxes[i].left - boxes[i - 1].right).toBeGreaterThanOrEqual(gap - 1e-6);
	}
}

/** Every event is in exactly one item. */
function expectPartition(p: PreparedEvents, layout: ScaleLayout): void {
	const seen = new Uint8Array(p.count);
	for (const item of layout.items) {
		if (item.type === 'event') seen[item.index]++;
		else for (let i = item.first; i < item.first + item.count; i++) seen[i]++;
	}
	expect([...seen].every((c) => c === 1)).toBe(true);
	for (let i = 0; i < p.count; i++) expect(layout.itemOf[i]).toBeGreaterThanOrEqual(0);
}

describe('prepareEvents(events)', () => {
	it('sorts by start then id, and keeps the caller’s array as it was', () => {
		const events = [makeEvent('b', '2025-05-09', '2025-05-10'), makeEvent('a', '2025-05-09', '2025-05-10'), makeEvent('c', '1945-05-09', '1945-05-10')];
		const copy = [...events];
		const p = prepareEvents(events);
		expect(p.ids).toEqual(['c', 'a', 'b']);
		expect(events).toEqual(copy);
		expect(p.indexOf.get('b')).toBe(2);
	});

	it('gives each document a colour index, in the given order first', () => {
		const withDoc = (id: string, doc: string) => ({ ...makeEvent(id, '2000-01-01', '2000-01-02'), mentions: [{ documentId: doc, passageId: 'p1', start: 0, end: 1, text: 'x' }] });
		const p = prepareEvents([withDoc('a', 'd2'), withDoc('b', 'd1'), withDoc('c', 'd3')], { documentOrder: ['d1', 'd2'] });
		expect(p.documents).toEqual(['d1', 'd2', 'd3']);
		expect([...p.doc]).toEqual([1, 0, 2]);
	});

	it('orders documents nobody named by their ids, numbers counted as numbers', () => {
		const withDoc = (id: string, doc: string) => ({ ...makeEvent(id, '2000-01-01', '2000-01-02'), mentions: [{ documentId: doc, passageId: 'p1', start: 0, end: 1, text: 'x' }] });
		const p = prepareEvents([withDoc('a', 'd10'), withDoc('b', 'd2'), withDoc('c', 'd1')]);
		expect(p.documents).toEqual(['d1', 'd2', 'd10']);
	});

	it('marks low-confidence dates, and dates the text states nothing of, as approximate', () => {
		const crisp = makeEvent('a', '2000-01-01', '2000-01-02');
		expect(isApproximate(crisp)).toBe(false);
		expect(isApproximate({ ...crisp, confidence: 0.5 })).toBe(true);
		expect(isApproximate({ ...crisp, confidence: 0.7, provenance: { stated: [], inferred: ['year', 'month', 'day'] } })).toBe(true);
		expect(isApproximate({ ...crisp, confidence: 0.85, provenance: { stated: [], inferred: ['year'] } })).toBe(false);
	});
});

describe('layoutAtScale(prepared, pxPerMs, origin, options)', () => {
	it('puts a sparse set in lanes with every label, and no clusters', () => {
		const p = prepareEvents(denseDays(6, 30));
		const layout = layoutAtScale(p, 1000 / (200 * DAY_MS), p.lo, { maxLanes: 6 });
		expect(layout.clusterCount).toBe(0);
		expect(layout.items.every((i) => i.type === 'event' && i.labelled)).toBe(true);
		expectPartition(p, layout);
		expectNoLabelOverlap(p, layout, 1);
	});

	it('clusters a bin with more events than lanes, and names the cluster by its count', () => {
		const p = prepareEvents(denseDays(40, 1));
		const layout = layoutAtScale(p, 100 / (40 * DAY_MS), p.lo, { maxLanes: 4 });
		expect(layout.clusterCount).toBeGreaterThan(0);
		const clusters = layout.items.filter((i) => i.type === 'cluster');
		expect(clusters.reduce((sum, c) => sum + (c.type === 'cluster' ? c.count : 0), 0)).toBeLessThanOrEqual(40);
		for (const c of clusters) if (c.type === 'cluster') expect(c.label).toBe(clusterLabel(c.count));
		expectPartition(p, layout);
		expectNoLabelOverlap(p, layout, 1);
		expect(layout.laneCount).toBeLessThanOrEqual(4);
	});

	it('opens clusters as the zoom grows: fewer events hidden at each finer scale', () => {
		const p = prepareEvents(generateEvents(2000, 7));
		const base = 1200 / (p.hi - p.lo);
		let hidden = Infinity;
		let first = 0;
		for (const k of [1, 4, 16, 64, 256, 1024]) {
			const layout = layoutAtScale(p, base * k, p.lo, { maxLanes: 8 });
			const nowHidden = layout.items.reduce((n, i) => n + (i.type === 'cluster' ? i.count : 0), 0);
			expect(nowHidden).toBeLessThanOrEqual(hidden);
			hidden = nowHidden;
			first ||= nowHidden;
		}
		expect(first).toBeGreaterThan(1500);
		expect(hidden).toBeLessThan(first / 2);
	});

	for (const n of [1000, 10_000]) {
		it(`never lets labels touch, at the bucket scale or zoomed further inside it (${n} generated events)`, () => {
			const p = prepareEvents(generateEvents(n, 3));
			const base = 1200 / (p.hi - p.lo);
			for (const bucket of [0, 3, 8, 14]) {
				const layout = layoutAtScale(p, base * bucketScale(bucket), p.lo, { maxLanes: 7 });
				expectPartition(p, layout);
				for (const s of [1, 1.2, Math.SQRT2 - 1e-9]) expectNoLabelOverlap(p, layout, s);
				expect(layout.laneCount).toBeLessThanOrEqual(7);
			}
		});
	}

	it('is deterministic', () => {
		const p = prepareEvents(generateEvents(3000, 11));
		const a = layoutAtScale(p, 1200 / (p.hi - p.lo) * 8, p.lo, { maxLanes: 6 });
		const b = layoutAtScale(p, 1200 / (p.hi - p.lo) * 8, p.lo, { maxLanes: 6 });
		expect(b.items).toEqual(a.items);
	});

	it('lays out BCE events like any others', () => {
		const p = prepareEvents([
			makeEvent('marathon', '-000489-01-01', '-000488-01-01', 'year', 'Battle of Marathon'),
			makeEvent('socrates', '-000398-01-01', '-000397-01-01', 'year', 'Trial of Socrates'),
			makeEvent('caesar', '-000043-03-15', '-000043-03-16', 'day', 'Assassination of Julius Caesar')
		]);
		const layout = layoutAtScale(p, 1000 / (500 * YEAR_MS), p.lo, { maxLanes: 5 });
		expect(layout.items.map((i) => (i.type === 'event' ? p.ids[i.index] : 'cluster'))).toEqual(['marathon', 'socrates', 'caesar']);
		expect(layout.items[0].a0).toBe(0);
	});

	it('gives the keyboard a time order: by start, a cluster at its first member', () => {
		const p = prepareEvents(generateEvents(3000, 9));
		const layout = layoutAtScale(p, (1200 / (p.hi - p.lo)) * 64, p.lo, { maxLanes: 6 });
		const first = (k: number) => {
			const item = layout.items[k];
			return item.type === 'event' ? item.index : item.first;
		};
		for (let r = 1; r < layout.timeOrder.length; r++) expect(first(layout.timeOrder[r])).toBeGreaterThan(first(layout.timeOrder[r - 1]));
		layout.timeOrder.forEach((k, rank) => expect(layout.timeRank[k]).toBe(rank));
	});
});

describe('itemsInRange(layout, lo, hi)', () => {
	it('finds exactly the items whose box meets the range, long spans from far left included', () => {
		const events = [makeEvent('long', '1900-01-01', '2030-01-01', 'year', 'The long century'), ...denseDays(50, 20)];
		const p = prepareEvents(events);
		const layout = layoutAtScale(p, 20000 / (p.hi - p.lo), p.lo, { maxLanes: 8 });
		const lo = layout.items[Math.floor(layout.items.length / 2)].left;
		const hi = lo + 600;
		const found = itemsInRange(layout, lo, hi);
		const expected = layout.items.map((it, k) => [it, k] as const).filter(([it]) => it.right >= lo && it.left <= hi).map(([, k]) => k);
		expect(found).toEqual(expected);
		expect(found.some((k) => layout.items[k].type === 'event' && p.ids[(layout.items[k] as { index: number }).index] === 'long')).toBe(true);
	});
});

describe('zoomBucket(k)', () => {
	it('is the power of √2 at or below k', () => {
		expect(zoomBucket(1)).toBe(0);
		expect(zoomBucket(1.41)).toBe(0);
		expect(zoomBucket(Math.SQRT2)).toBe(1);
		expect(zoomBucket(2)).toBe(2);
		expect(zoomBucket(1000)).toBe(19);
		for (const k of [1, 1.3, 2.7, 55, 1e6]) {
			expect(bucketScale(zoomBucket(k))).toBeLessThanOrEqual(k * (1 + 1e-9));
			expect(bucketScale(zoomBucket(k) + 1)).toBeGreaterThan(k);
		}
	});
});

describe('clusterLabel(count)', () => {
	it('counts with thousands separators', () => {
		expect(clusterLabel(1)).toBe('1 event');
		expect(clusterLabel(12)).toBe('12 events');
		expect(clusterLabel(1234)).toBe('1,234 events');
		expect(clusterLabel(1234567)).toBe('1,234,567 events');
	});
});
