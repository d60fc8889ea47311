import { describe, expect, it } from 'vitest';
import { generateEvents, mulberry32 } from '../../../src/lib/timeline/dev/generate.ts';
import { eventInterval, toMillis } from '../../../src/lib/timeline/time.ts';

describe('generateEvents(count, seed)', () => {
	it('gives the same events for the same seed, and others for another seed', () => {
		expect(generateEvents(200, 5)).toEqual(generateEvents(200, 5));
		expect(generateEvents(200, 6)).not.toEqual(generateEvents(200, 5));
	});

	it('makes valid events: unique ids, ISO intervals with end after start, inside the years asked for', () => {
		const events = generateEvents(5000, 1, { fromYear: 1800, toYear: 2025 });
		expect(new Set(events.map((e) => e.id)).size).toBe(5000);
		for (const e of events) {
			const { start, end } = eventInterval(e);
			expect(end).toBeGreaterThan(start);
			expect(start).toBeGreaterThanOrEqual(toMillis('1800-01-01'));
			expect(start).toBeLessThan(toMillis('2026-01-01'));
			expect(e.title.length).toBeGreaterThan(5);
			expect(e.mentions[0].documentId).toMatch(/^d[123]$/);
		}
	});

	it('mixes granularities and includes approximate dates', () => {
		const events = generateEvents(2000, 2);
		const kinds = new Set(events.map((e) => e.time.granularity));
		for (const g of ['day', 'hour', 'month', 'year', 'decade']) expect(kinds).toContain(g);
		const approx = events.filter((e) => e.confidence < 0.6).length;
		expect(approx).toBeGreaterThan(100);
		expect(approx).toBeLessThan(400);
	});

	it('handles BCE years', () => {
		const events = generateEvents(300, 4, { fromYear: -800, toYear: -100 });
		for (const e of events) expect(e.time.start).toMatch(/^-0\d{5}-/);
		expect(() => events.map(eventInterval)).not.toThrow();
	});
});

describe('mulberry32(seed)', () => {
	it('returns floats in [0, 1)', () => {
		const r = mulberry32(42);
		for (let i = 0; i < 1000; i++) {
			const v = r();
			expect(v).toBeGreaterThanOrEqual(0);
			expect(v).toBeLessThan(1);
		}
	});
});
