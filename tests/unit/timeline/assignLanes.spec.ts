import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../src/lib/timeline/layout/assignLanes.ts';
import { createBaseScale } from '../../../src/lib/timeline/scale.ts';
import { toMillis } from '../../../src/lib/timeline/time.ts';
import type { LaneLayout } from '../../../src/lib/timeline/types.ts';
import { denseDays, makeEvent } from './helpers.ts';

/** Every pair of labelled boxes in one lane is apart by at least `gap`. */
function expectNoOverlap(layout: LaneLayout, gap = 12): void {
	const byLane = new Map<number, { left: number; right: number; id: string }[]>();
	for (const p of layout.events) {
		if (!p.labelled) continue;
		byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), p]);
	}
	for (const boxes of byLane.values()) {
		const sorted = [...boxes].sort((a, b) => a.left - b.left);
		for (let i = 1; i < sorted.length; i++) {
			expect(sorted[i].left - sorted[i - 1].right, `${sorted[i - 1].id} / ${sorted[i].id}`).toBeGreaterThanOrEqual(gap);
		}
	}
}

const modern = [
	makeEvent('war', '1939-01-01', '1946-01-01', 'year', 'Second World War'),
	makeEvent('ve', '1945-05-08', '1945-05-09', 'day', 'Victory in Europe Day'),
	makeEvent('vd', '1945-05-09', '1945-05-10', 'day', 'Soviet victory over Nazi Germany, end of WWII in Europe'),
	makeEvent('90s', '1990-01-01', '2000-01-01', 'decade', 'The 1990s'),
	makeEvent('talks', '2025-05-08', '2025-05-09', 'day', 'Putin–Xi meeting in Moscow'),
	makeEvent('parade', '2025-05-09', '2025-05-10', 'day', 'Victory Day parade in Red Square')
];

describe('assignLanes(events, x)', () => {
	const widths = [320, 800, 1280];
	for (const width of widths) {
		it(`keeps labels in a lane apart at ${width}px`, () => {
			const x = createBaseScale(modern, width, 24);
			const layout = assignLanes(modern, x, { viewWidth: width });
			expect(layout.events).toHaveLength(modern.length);
			expect(layout.events.every((p) => p.labelled)).toBe(true);
			expectNoOverlap(layout);
		});
	}

	it('packs dense input into several lanes without overlap', () => {
		const events = denseDays(120);
		const x = createBaseScale(events, 1000, 24);
		const layout = assignLanes(events, x, { viewWidth: 1000 });
		expect(layout.laneCount).toBeGreaterThan(5);
		expectNoOverlap(layout);
	});

	it('reuses a lane once the previous box has ended (first fit)', () => {
		const events = denseDays(20, 60);
		const x = createBaseScale(events, 20_000, 24);
		const layout = assignLanes(events, x);
		expect(layout.laneCount).toBe(1);
	});

	it('is deterministic: same lanes whatever the input order, sorted by start then id', () => {
		const events = [...denseDays(40), makeEvent('e000b', '2025-01-01', '2025-01-02')];
		const x = createBaseScale(events, 900, 24);
		const a = assignLanes(events, x, { viewWidth: 900 });
		const b = assignLanes([...events].reverse(), x, { viewWidth: 900 });
		expect(b).toEqual(a);
		expect(a.events.slice(0, 2).map((p) => p.id)).toEqual(['e000', 'e000b']);
	});

	it('does not mutate its input', () => {
		const events = denseDays(10).reverse();
		const copy = structuredClone(events);
		assignLanes(events, createBaseScale(events, 500, 10), { viewWidth: 500 });
		expect(events).toEqual(copy);
	});

	it('truncates long titles with an ellipsis and at most ~220px', () => {
		const x = createBaseScale(modern, 1280, 24);
		const vd = assignLanes(modern, x).events.find((p) => p.id === 'vd');
		expect(vd?.label.endsWith('…')).toBe(true);
		expect(vd?.labelWidth).toBeLessThanOrEqual(220);
	});

	it('draws a year as a bar over the whole year and a day as a point', () => {
		const x = scaleUtc()
			.domain([new Date(toMillis('1940-01-01')), new Date(toMillis('1950-01-01'))])
			.range([0, 1000]);
		const layout = assignLanes([makeEvent('y', '1945-01-01', '1946-01-01', 'year'), makeEvent('d', '1945-05-09', '1945-05-10')], x);
		const year = layout.events.find((p) => p.id === 'y');
		const day = layout.events.find((p) => p.id === 'd');
		expect(year?.kind).toBe('span');
		expect(year?.markX0).toBeCloseTo(x(new Date(toMillis('1945-01-01'))), 6);
		expect(year?.markX1).toBeCloseTo(x(new Date(toMillis('1946-01-01'))), 6);
		expect(day?.kind).toBe('point');
		expect((day?.markX1 ?? 0) - (day?.markX0 ?? 0)).toBe(10);
	});

	it('keeps a label inside the view at the right edge, still touching its mark', () => {
		const events = [makeEvent('last', '2025-05-09', '2025-05-10', 'day', 'A rather long title near the right edge')];
		const x = createBaseScale(events, 400, 0).domain([new Date(toMillis('2025-01-01')), new Date(toMillis('2025-05-10'))]);
		const [p] = assignLanes(events, x, { viewWidth: 400 }).events;
		expect(p.labelX + p.labelWidth).toBeLessThanOrEqual(400);
		expect(p.labelX).toBeLessThanOrEqual(p.markX1);
	});

	it('keeps the name of a bar that starts off screen at the left edge', () => {
		const events = [makeEvent('war', '1939-01-01', '1946-01-01', 'year', 'Second World War')];
		const x = scaleUtc()
			.domain([new Date(toMillis('1942-01-01')), new Date(toMillis('1950-01-01'))])
			.range([0, 800]);
		const [p] = assignLanes(events, x, { viewWidth: 800 }).events;
		expect(p.markX0).toBeLessThan(0);
		expect(p.labelX).toBe(8);
	});

	it('never half-shows the label of an event that is off screen to the left', () => {
		const events = [makeEvent('ussr', '1991-12-26', '1991-12-27', 'day', 'Dissolution of the Soviet Union')];
		const x = scaleUtc()
			.domain([new Date(toMillis('1993-01-01')), new Date(toMillis('2015-01-01'))])
			.range([0, 1200]);
		const [p] = assignLanes(events, x, { viewWidth: 1200 }).events;
		expect(p.labelX + p.labelWidth).toBeLessThanOrEqual(0);
	});

	it('respects maxLanes: events beyond it keep a mark but lose the label', () => {
		const events = denseDays(60);
		const x = createBaseScale(events, 600, 24);
		const layout = assignLanes(events, x, { viewWidth: 600, maxLanes: 3 });
		expect(layout.laneCount).toBe(3);
		expect(layout.events.some((p) => !p.labelled)).toBe(true);
		expect(layout.events.every((p) => p.lane < 3)).toBe(true);
		expectNoOverlap(layout);
	});
});
