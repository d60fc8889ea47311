import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { createBaseScale } from '../../../src/lib/timeline/scale.ts';
import { HOUR_MS } from '../../../src/lib/timeline/time.ts';
import { MIN_VISIBLE_MS, zoomLimits } from '../../../src/lib/timeline/zoom/constraints.ts';
import { makeEvent } from './helpers.ts';

const cases = [
	{ name: 'eighty years', events: [makeEvent('a', '1939-01-01', '1946-01-01', 'year'), makeEvent('b', '2025-05-08', '2025-05-09')], width: 1200 },
	{ name: 'one day event', events: [makeEvent('a', '1945-05-09', '1945-05-10')], width: 800 },
	{ name: 'deep time', events: [makeEvent('a', '-009999-01-01', '-009998-01-01', 'year'), makeEvent('b', '2000-01-01', '2000-01-02')], width: 1000 }
];

describe('zoomLimits(baseScale, width)', () => {
	for (const { name, events, width } of cases) {
		const base = createBaseScale(events, width, 24);
		const limits = zoomLimits(base, width);

		it(`${name}: zooming out stops at the whole extent`, () => {
			expect(limits.scaleExtent[0]).toBe(1);
		});

		it(`${name}: zooming in stops at about one hour across the view`, () => {
			const zoomed = zoomIdentity.scale(limits.scaleExtent[1]).rescaleX(base);
			const visible = +zoomed.invert(width) - +zoomed.invert(0);
			expect(visible / MIN_VISIBLE_MS).toBeCloseTo(1, 3);
		});

		it(`${name}: panning keeps the data inside the view`, () => {
			const [[x0], [x1]] = limits.translateExtent;
			const [r0, r1] = base.range();
			expect(x0).toBeLessThanOrEqual(r0);
			expect(x1).toBeGreaterThanOrEqual(r1);
			expect(x0).toBe(0);
			expect(x1).toBe(width);
			expect(limits.translateExtent[0][1]).toBe(-Infinity);
		});
	}

	it('keeps the on-screen margin when zoomed in at either end', () => {
		const { events, width } = cases[0];
		const base = createBaseScale(events, width, 24);
		const { constrain, scaleExtent } = zoomLimits(base, width);
		const extent: [[number, number], [number, number]] = [
			[0, 0],
			[width, 400]
		];
		for (const k of [1, 4, 64, scaleExtent[1]]) {
			// Ask for views far beyond both ends of the data.
			for (const x of [1e9, -1e9]) {
				const t = constrain(zoomIdentity.translate(x, 0).scale(k), extent);
				const data = [t.applyX(base.range()[0]), t.applyX(base.range()[1])];
				if (x > 0) expect(data[0]).toBeCloseTo(24, 6);
				else expect(data[1]).toBeCloseTo(width - 24, 6);
			}
		}
	});

	it('leaves an allowed view alone', () => {
		const base = createBaseScale(cases[0].events, 1200, 24);
		const t = zoomIdentity.translate(-600, 0).scale(2);
		expect(zoomLimits(base, 1200).constrain(t, [[0, 0], [1200, 400]])).toEqual(t);
	});

	it('never allows a maximum below the minimum (data shorter than an hour)', () => {
		const events = [makeEvent('a', '2025-05-08T10:00:00Z', '2025-05-08T10:01:00Z', 'minute')];
		const base = createBaseScale(events, 300, 0).domain([new Date(0), new Date(HOUR_MS / 10)]);
		const [min, max] = zoomLimits(base, 300).scaleExtent;
		expect(max).toBeGreaterThanOrEqual(min);
	});
});
