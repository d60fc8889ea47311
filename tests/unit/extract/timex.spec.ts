import { describe, expect, it } from 'vitest';
import { centuryValue, dayValue, decadeValue, julianWeekdayOf, monthNumber, monthValue, onWeekday, parseYmd, shiftYears, yearValue, weekdayOf } from '../../../src/lib/extract/timex.ts';

describe('timex values and intervals', () => {
	const rows = [
		{ name: 'day', got: dayValue({ year: 1945, month: 5, day: 9 }), expected: { value: '1945-05-09', start: '1945-05-09', end: '1945-05-10', granularity: 'day' } },
		{ name: 'month', got: monthValue(2025, 12), expected: { value: '2025-12', start: '2025-12-01', end: '2026-01-01', granularity: 'month' } },
		{ name: 'year', got: yearValue(1945), expected: { value: '1945', start: '1945-01-01', end: '1946-01-01', granularity: 'year' } },
		{ name: 'BCE year', got: yearValue(-43), expected: { value: 'BC0044', start: '-000043-01-01', end: '-000042-01-01', granularity: 'year' } },
		{ name: 'decade', got: decadeValue(1990), expected: { value: '199', start: '1990-01-01', end: '2000-01-01', granularity: 'decade' } },
		{ name: 'century', got: centuryValue(20), expected: { value: '19', start: '1900-01-01', end: '2000-01-01', granularity: 'century' } }
	];
	for (const row of rows) it(row.name, () => expect(row.got).toEqual(row.expected));
	it('anniversary arithmetic keeps the day', () => {
		expect(shiftYears(dayValue({ year: 1945, month: 5, day: 9 }), 80).value).toBe('2025-05-09');
	});
	it('weekdays', () => {
		expect(weekdayOf({ year: 2025, month: 5, day: 8 })).toBe(4);
	});
	it('weekdays in the Julian calendar, which histories of England use before 1753', () => {
		// The Great Fire began on Sunday, 2 September 1666 (Old Style); Charles I died on Tuesday, 30 January 1649; the
		// October Revolution's 25 October 1917 (Old Style) was a Wednesday, 7 November in the Gregorian.
		expect(julianWeekdayOf({ year: 1666, month: 9, day: 2 })).toBe(0);
		expect(weekdayOf({ year: 1666, month: 9, day: 2 })).toBe(4);
		expect(julianWeekdayOf({ year: 1649, month: 1, day: 30 })).toBe(2);
		expect(julianWeekdayOf({ year: 1917, month: 10, day: 25 })).toBe(weekdayOf({ year: 1917, month: 11, day: 7 }));
		expect(onWeekday({ year: 1666, month: 9, day: 2 }, 0)).toBe(true);
		expect(onWeekday({ year: 1966, month: 9, day: 2 }, 0)).toBe(false);
	});
	it('parseYmd refuses impossible dates', () => {
		expect(parseYmd('2025-02-30')).toBeNull();
		expect(parseYmd('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
		expect(parseYmd('May 8')).toBeNull();
	});
});

describe('monthNumber', () => {
	it('reads a month’s name or an abbreviation that begins it, in any case', () => {
		expect(['January', 'feb', 'Sept.', 'sept', 'SEPTEMBER', 'may', 'Dec', 'june', 'Jun'].map(monthNumber)).toEqual([1, 2, 9, 9, 9, 5, 12, 6, 6]);
	});
	it('gives 0 for words that are no month', () => {
		expect(['decade', 'monday', 'ma', '', 'marchers', 'week'].map(monthNumber)).toEqual([0, 0, 0, 0, 0, 0]);
	});
});
