import { describe, expect, it } from 'vitest';
import { EMPTY_DOMAIN, createBaseScale } from '../../../src/lib/timeline/scale.ts';
import { DAY_MS, YEAR_MS, toMillis } from '../../../src/lib/timeline/time.ts';
import { denseDays, makeEvent } from './helpers.ts';

const domainOf = (s: ReturnType<typeof createBaseScale>) => s.domain().map(Number);

describe('createBaseScale(events, width, padding)', () => {
	it('gives a default year when there are no events', () => {
		const s = createBaseScale([], 800, 20);
		expect(domainOf(s)).toEqual([...EMPTY_DOMAIN]);
		expect(s.range()).toEqual([20, 780]);
	});

	it('centres a year on a single day event', () => {
		const e = makeEvent('a', '1945-05-09', '1945-05-10');
		const [d0, d1] = domainOf(createBaseScale([e], 800, 20));
		expect(d1 - d0).toBeCloseTo(YEAR_MS, -3);
		expect((d0 + d1) / 2).toBe(toMillis('1945-05-09') + DAY_MS / 2);
	});

	it('pads a single long event so it does not touch the edges', () => {
		const e = makeEvent('war', '1939-01-01', '1946-01-01', 'year');
		const s = createBaseScale([e], 1000, 0);
		const x0 = s(new Date(toMillis('1939-01-01')));
		const x1 = s(new Date(toMillis('1946-01-01')));
		expect(x0).toBeGreaterThan(50);
		expect(x1).toBeLessThan(950);
	});

	it('maps the extent of many events onto the padded range', () => {
		const events = [
			makeEvent('b', '2025-05-08', '2025-05-09'),
			makeEvent('a', '1939-01-01', '1946-01-01', 'year'),
			makeEvent('c', '1990-01-01', '2000-01-01', 'decade')
		];
		const s = createBaseScale(events, 1200, 32);
		expect(domainOf(s)).toEqual([toMillis('1939-01-01'), toMillis('2025-05-09')]);
		expect(s(new Date(toMillis('1939-01-01')))).toBe(32);
		expect(s(new Date(toMillis('2025-05-09')))).toBe(1168);
	});

	it('widens many events within one day to a full day', () => {
		const events = [
			makeEvent('a', '2025-05-08T10:00:00Z', '2025-05-08T11:00:00Z', 'hour'),
			makeEvent('b', '2025-05-08T12:00:00Z', '2025-05-08T13:00:00Z', 'hour')
		];
		const [d0, d1] = domainOf(createBaseScale(events, 800, 20));
		expect(d1 - d0).toBe(DAY_MS);
		expect(d0).toBeLessThanOrEqual(toMillis('2025-05-08T10:00:00Z'));
	});

	it('handles BCE dates', () => {
		const events = [makeEvent('a', '-000499-01-01', '-000498-01-01', 'year'), makeEvent('b', '0014-08-19', '0014-08-20')];
		const s = createBaseScale(events, 800, 10);
		expect(s(new Date(toMillis('-000499-01-01')))).toBe(10);
	});

	it('survives a zero or missing width (not measured yet)', () => {
		for (const width of [0, -5, Number.NaN]) {
			const s = createBaseScale(denseDays(3), width, 24);
			const [r0, r1] = s.range();
			expect(r1).toBeGreaterThan(r0);
		}
	});

	it('does not mutate or depend on the order of its input', () => {
		const events = denseDays(5);
		const copy = structuredClone(events);
		const a = domainOf(createBaseScale(events, 500, 10));
		const b = domainOf(createBaseScale([...events].reverse(), 500, 10));
		expect(a).toEqual(b);
		expect(events).toEqual(copy);
	});

	it('rejects a negative padding', () => {
		expect(() => createBaseScale([], 500, -1)).toThrow(/invalid padding: -1/);
	});
});
