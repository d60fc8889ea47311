import { describe, expect, it } from 'vitest';
import type { TimeValue } from '../../../src/lib/extract/types.ts';
import { formatEventDate, formatInterval, formatYear, ordinal } from '../../../src/lib/timeline/format.ts';

describe('formatEventDate(time)', () => {
	const rows: { name: string; time: TimeValue; expected: string }[] = [
		{ name: 'a day', time: { value: '1945-05-09', start: '1945-05-09', end: '1945-05-10', granularity: 'day' }, expected: '9 May 1945' },
		{ name: 'a month', time: { value: '1945-05', start: '1945-05-01', end: '1945-06-01', granularity: 'month' }, expected: 'May 1945' },
		{ name: 'a year', time: { value: '1945', start: '1945-01-01', end: '1946-01-01', granularity: 'year' }, expected: '1945' },
		{ name: 'a decade', time: { value: '199', start: '1990-01-01', end: '2000-01-01', granularity: 'decade' }, expected: '1990s' },
		{ name: 'a century', time: { value: '19', start: '1900-01-01', end: '2000-01-01', granularity: 'century' }, expected: '20th century' },
		{ name: 'a millennium', time: { value: '1', start: '1000-01-01', end: '2000-01-01', granularity: 'millennium' }, expected: '2nd millennium' },
		{ name: 'a BCE year', time: { value: 'BC0500', start: '-000499-01-01', end: '-000498-01-01', granularity: 'year' }, expected: '500 BCE' },
		{ name: 'a BCE century', time: { value: 'BC05', start: '-000499-01-01', end: '-000399-01-01', granularity: 'century' }, expected: '5th century BCE' },
		{ name: 'the first century (TIMEX 00, from the year 0)', time: { value: '00', start: '0000-01-01', end: '0100-01-01', granularity: 'century' }, expected: '1st century' },
		{ name: 'the first century BCE (to the year 0)', time: { value: 'BC00', start: '-000099-01-01', end: '0001-01-01', granularity: 'century' }, expected: '1st century BCE' },
		{ name: 'a BCE day', time: { value: '-0043-03-15', start: '-000043-03-15', end: '-000043-03-16', granularity: 'day' }, expected: '15 March 44 BCE' },
		{ name: 'a war over several years', time: { value: '1939/1945', start: '1939-01-01', end: '1946-01-01', granularity: 'year' }, expected: '1939 – 1945' },
		{ name: 'a range of BCE years', time: { value: '', start: '-000499-01-01', end: '-000398-01-01', granularity: 'year' }, expected: '500 – 400 BCE' },
		{ name: 'a range across the eras', time: { value: '', start: '-000043-01-01', end: '0015-01-01', granularity: 'year' }, expected: '44 BCE – 14 CE' },
		{ name: 'a range of days', time: { value: '', start: '1939-09-01', end: '1945-09-03', granularity: 'day' }, expected: '1 September 1939 – 2 September 1945' },
		{ name: 'days in one month', time: { value: '', start: '1944-06-06', end: '1944-06-26', granularity: 'day' }, expected: '6 – 25 June 1944' },
		{ name: 'days across months', time: { value: '', start: '1944-06-06', end: '1944-08-26', granularity: 'day' }, expected: '6 June – 25 August 1944' },
		{ name: 'a range of months', time: { value: '', start: '1945-04-01', end: '1945-07-01', granularity: 'month' }, expected: 'April – June 1945' },
		{ name: 'a range of decades', time: { value: '', start: '1960-01-01', end: '1990-01-01', granularity: 'decade' }, expected: '1960s – 1980s' },
		{ name: 'a quarter', time: { value: '1945-Q2', start: '1945-04-01', end: '1945-07-01', granularity: 'quarter' }, expected: 'Q2 1945' },
		{ name: 'a half', time: { value: '1945-H1', start: '1945-01-01', end: '1945-07-01', granularity: 'half' }, expected: 'First half of 1945' },
		{ name: 'a season', time: { value: '1945-SU', start: '1945-06-01', end: '1945-09-01', granularity: 'season' }, expected: 'Summer 1945' },
		{ name: 'a season without a TIMEX value', time: { value: 'x', start: '1945-06-01', end: '1945-09-01', granularity: 'season' }, expected: 'June – August 1945' },
		{ name: 'a week', time: { value: '1945-W19', start: '1945-05-07', end: '1945-05-14', granularity: 'week' }, expected: 'Week of 7 May 1945' },
		{ name: 'a weekend', time: { value: '2026-W16-WE', start: '2026-04-18', end: '2026-04-20', granularity: 'week' }, expected: 'Weekend of 18 April 2026' },
		{ name: 'an hour', time: { value: '2025-05-08T14', start: '2025-05-08T14:00:00Z', end: '2025-05-08T15:00:00Z', granularity: 'hour' }, expected: '8 May 2025, 14:00' },
		{ name: 'a minute', time: { value: '2025-05-08T14:30', start: '2025-05-08T14:30:00Z', end: '2025-05-08T14:31:00Z', granularity: 'minute' }, expected: '8 May 2025, 14:30' },
		{ name: 'a second', time: { value: '', start: '2025-05-08T14:30:05Z', end: '2025-05-08T14:30:06Z', granularity: 'second' }, expected: '8 May 2025, 14:30:05' },
		{ name: 'a night of a month, its day not named', time: { value: '1776-08-XXTNI', start: '1776-08-01', end: '1776-09-01', granularity: 'month' }, expected: 'August 1776, night' },
		{ name: 'an afternoon of a year, its day not named', time: { value: 'BC1274-XX-XXTAF', start: '-001273-01-01', end: '-001272-01-01', granularity: 'year' }, expected: '1274 BCE, afternoon' },
		{ name: 'hours in one day', time: { value: '', start: '2025-05-08T14:00:00Z', end: '2025-05-08T17:00:00Z', granularity: 'hour' }, expected: '8 May 2025, 14:00 – 17:00' }
	];
	for (const row of rows) {
		it(`formats ${row.name} as "${row.expected}"`, () => {
			expect(formatEventDate(row.time)).toBe(row.expected);
		});
	}

	it('throws on a time that is not ISO', () => {
		expect(() => formatEventDate({ value: 'x', start: 'soon', end: 'later', granularity: 'day' })).toThrow(/invalid iso date: soon/);
	});
});

describe('helpers', () => {
	it('formatYear names BCE years and can mark CE years', () => {
		expect([formatYear(-499), formatYear(0), formatYear(1), formatYear(14, 'always')]).toEqual(['500 BCE', '1 BCE', '1', '14 CE']);
	});

	it('ordinal handles 1st, 2nd, 3rd and the teens', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
			'1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st'
		]);
	});

	it('formatInterval formats raw milliseconds', () => {
		expect(formatInterval(Date.UTC(2025, 4, 1), Date.UTC(2025, 6, 1), 'month')).toBe('May – June 2025');
	});
});

describe('parts of the day', () => {
	it('names the part of the day instead of a clock range', () => {
		expect(formatEventDate({ value: '2000-01-07TEV', start: '2000-01-07T18:00:00Z', end: '2000-01-07T22:00:00Z', granularity: 'hour' })).toBe('7 January 2000, evening');
		expect(formatEventDate({ value: '1998-01-19TNI', start: '1998-01-19T20:00:00Z', end: '1998-01-20T06:00:00Z', granularity: 'hour' })).toBe('19 January 1998, night');
	});
	it('the midnight that ends a day is shown on that day', () => {
		expect(formatEventDate({ value: '1999-03-05T24:00', start: '1999-03-06T00:00:00Z', end: '1999-03-06T01:00:00Z', granularity: 'hour' })).toBe('5 March 1999, midnight');
	});
});
