import { describe, expect, it } from 'vitest';
import { eventInterval, toMillis } from '../../../src/lib/timeline/time.ts';
import { makeEvent } from './helpers.ts';

describe('toMillis(iso)', () => {
	const rows: { name: string; iso: string; expected: number }[] = [
		{ name: 'a plain date', iso: '1945-05-09', expected: Date.UTC(1945, 4, 9) },
		{ name: 'the epoch', iso: '1970-01-01', expected: 0 },
		{ name: 'a year alone', iso: '1945', expected: Date.UTC(1945, 0, 1) },
		{ name: 'a year and month', iso: '1945-05', expected: Date.UTC(1945, 4, 1) },
		{ name: 'a UTC date-time', iso: '2025-05-08T14:30:00Z', expected: Date.UTC(2025, 4, 8, 14, 30) },
		{ name: 'a date-time without zone (UTC)', iso: '2025-05-08T14:30', expected: Date.UTC(2025, 4, 8, 14, 30) },
		{ name: 'fractions of a second', iso: '2025-05-08T14:30:05.250Z', expected: Date.UTC(2025, 4, 8, 14, 30, 5, 250) },
		{ name: 'a positive offset', iso: '2025-05-08T14:30:00+03:00', expected: Date.UTC(2025, 4, 8, 11, 30) },
		{ name: 'a negative offset', iso: '2025-05-08T14:30:00-0500', expected: Date.UTC(2025, 4, 8, 19, 30) },
		{ name: 'a two-digit year is not 19xx', iso: '0044-03-15', expected: utc(44, 2, 15) },
		{ name: 'expanded BCE year (500 BCE)', iso: '-000499-01-01', expected: utc(-499) },
		{ name: 'year 1 BCE (astronomical 0)', iso: '+000000-01-01', expected: utc(0) },
		{ name: 'expanded future year', iso: '+012000-01-01', expected: utc(12000) }
	];
	for (const row of rows) {
		it(`parses ${row.name}`, () => {
			expect(toMillis(row.iso)).toBe(row.expected);
		});
	}

	it('orders BCE years before CE years', () => {
		expect(toMillis('-000499-01-01')).toBeLessThan(toMillis('-000399-01-01'));
		expect(toMillis('-000001-01-01')).toBeLessThan(toMillis('0001-01-01'));
	});

	it('gives a BCE year the length of a year', () => {
		const days = (toMillis('-000498-01-01') - toMillis('-000499-01-01')) / 86_400_000;
		expect(days).toBeGreaterThanOrEqual(365);
		expect(days).toBeLessThanOrEqual(366);
	});

	for (const bad of ['', 'yesterday', '1945-13-01', '1945-02-30', '45-01-01', '1945-05-09T25:00', '-499-01-01']) {
		it(`rejects ${JSON.stringify(bad)}`, () => {
			expect(() => toMillis(bad)).toThrow(/invalid iso date/);
		});
	}
});

describe('eventInterval(e)', () => {
	it('returns start and exclusive end in milliseconds', () => {
		expect(eventInterval(makeEvent('a', '1945', '1946', 'year'))).toEqual({
			start: Date.UTC(1945, 0, 1),
			end: Date.UTC(1946, 0, 1)
		});
	});

	it('treats an end before the start as an instant', () => {
		const { start, end } = eventInterval(makeEvent('a', '1945-05-09', '1945-05-01'));
		expect(end).toBe(start);
	});
});

/** UTC milliseconds for an astronomical year, month (0-based) and day; years 0–99 literal. */
function utc(year: number, month = 0, day = 1): number {
	const d = new Date(0);
	d.setUTCFullYear(year, month, day);
	return d.getTime();
}
