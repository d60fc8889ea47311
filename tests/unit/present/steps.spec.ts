import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/extract/types.ts';
import { compareIso, stepOfEvent, stepOrder } from '../../../src/lib/present/steps.ts';

function event(id: string, start: string, end: string): TimelineEvent {
	return {
		id,
		title: id,
		time: { value: start, start, end, granularity: 'day' },
		mentions: [],
		confidence: 1,
		derivation: [],
		provenance: { stated: [], inferred: [] }
	};
}

describe('stepOrder(events)', () => {
	it('puts the events in time order, earliest first', () => {
		const events = [event('parade', '2025-05-09', '2025-05-10'), event('victory', '1945-05-09', '1945-05-10'), event('meeting', '2025-05-08', '2025-05-09')];
		expect(stepOrder(events).map((e) => e.id)).toEqual(['victory', 'meeting', 'parade']);
	});

	it('orders BCE and expanded years by their value, not as strings', () => {
		const events = [event('ce', '0014-01-01', '0015-01-01'), event('bce500', '-000499-01-01', '-000498-01-01'), event('bce44', '-000043-03-15', '-000043-03-16'), event('far', '+012000-01-01', '+012001-01-01')];
		expect(stepOrder(events).map((e) => e.id)).toEqual(['bce500', 'bce44', 'ce', 'far']);
	});

	it('puts the shorter of two events that start together first, and keeps the given order for full ties', () => {
		const events = [event('war', '1939-01-01', '1946-01-01'), event('a', '1939-01-01', '1940-01-01'), event('b', '1939-01-01', '1940-01-01')];
		expect(stepOrder(events).map((e) => e.id)).toEqual(['a', 'b', 'war']);
	});

	it('orders date-times within a day', () => {
		const events = [event('late', '2025-05-08T18:00:00Z', '2025-05-08T19:00:00Z'), event('early', '2025-05-08T09:00:00Z', '2025-05-08T10:00:00Z')];
		expect(stepOrder(events).map((e) => e.id)).toEqual(['early', 'late']);
	});

	it('returns a new array and leaves the input alone', () => {
		const events = [event('b', '2000-01-02', '2000-01-03'), event('a', '2000-01-01', '2000-01-02')];
		const copy = [...events];
		const steps = stepOrder(events);
		expect(steps).not.toBe(events);
		expect(events).toEqual(copy);
	});

	it('gives no steps for no events', () => {
		expect(stepOrder([])).toEqual([]);
	});
});

describe('stepOfEvent(steps, id)', () => {
	const steps = [event('a', '2000-01-01', '2000-01-02'), event('b', '2001-01-01', '2001-01-02')];
	it('is the 1-based step of the event', () => {
		expect(stepOfEvent(steps, 'a')).toBe(1);
		expect(stepOfEvent(steps, 'b')).toBe(2);
	});
	it('is null for an unknown event', () => {
		expect(stepOfEvent(steps, 'zzz')).toBeNull();
	});
});

describe('compareIso(a, b)', () => {
	it('compares negative years numerically', () => {
		expect(compareIso('-000499-01-01', '-000043-01-01')).toBeLessThan(0);
		expect(compareIso('1945-05-09', '1945-05-09')).toBe(0);
		expect(compareIso('1945-05-10', '1945-05-09')).toBeGreaterThan(0);
	});
});
