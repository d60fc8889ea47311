import { describe, expect, it } from 'vitest';
import { describeTime, findDateIn, parseDateInput } from '../../../../src/lib/app/edit/parseDateInput.ts';
import type { TimeValue } from '../../../../src/lib/extract/types.ts';

function read(text: string): TimeValue {
	const result = parseDateInput(text);
	if (!result.ok) throw new Error(`expected “${text}” to read, got: ${result.error}`);
	return result.time;
}

function error(text: string): string {
	const result = parseDateInput(text);
	if (result.ok) throw new Error(`expected “${text}” to be refused, got ${JSON.stringify(result.time)}`);
	return result.error;
}

describe('parseDateInput', () => {
	const rows: Array<{ text: string; value: string; start: string; end: string; granularity: TimeValue['granularity'] }> = [
		{ text: '1945-05-09', value: '1945-05-09', start: '1945-05-09', end: '1945-05-10', granularity: 'day' },
		{ text: '9 May 1945', value: '1945-05-09', start: '1945-05-09', end: '1945-05-10', granularity: 'day' },
		{ text: '  9th of may, 1945. ', value: '1945-05-09', start: '1945-05-09', end: '1945-05-10', granularity: 'day' },
		{ text: 'May 9, 1945', value: '1945-05-09', start: '1945-05-09', end: '1945-05-10', granularity: 'day' },
		{ text: 'Sept. 1st 1939', value: '1939-09-01', start: '1939-09-01', end: '1939-09-02', granularity: 'day' },
		{ text: '29 February 2024', value: '2024-02-29', start: '2024-02-29', end: '2024-03-01', granularity: 'day' },
		{ text: 'May 1945', value: '1945-05', start: '1945-05-01', end: '1945-06-01', granularity: 'month' },
		{ text: 'December 1999', value: '1999-12', start: '1999-12-01', end: '2000-01-01', granularity: 'month' },
		{ text: '1945-05', value: '1945-05', start: '1945-05-01', end: '1945-06-01', granularity: 'month' },
		{ text: '1945', value: '1945', start: '1945-01-01', end: '1946-01-01', granularity: 'year' },
		{ text: 'in 1945', value: '1945', start: '1945-01-01', end: '1946-01-01', granularity: 'year' },
		{ text: 'AD 476', value: '0476', start: '0476-01-01', end: '0477-01-01', granularity: 'year' },
		{ text: '44 BC', value: 'BC0044', start: '-000043-01-01', end: '-000042-01-01', granularity: 'year' },
		{ text: '44 BCE', value: 'BC0044', start: '-000043-01-01', end: '-000042-01-01', granularity: 'year' },
		{ text: '44 b.c.', value: 'BC0044', start: '-000043-01-01', end: '-000042-01-01', granularity: 'year' },
		{ text: '15 March 44 BC', value: 'BC0044-03-15', start: '-000043-03-15', end: '-000043-03-16', granularity: 'day' },
		{ text: 'the 1990s', value: '199', start: '1990-01-01', end: '2000-01-01', granularity: 'decade' },
		{ text: '1990s', value: '199', start: '1990-01-01', end: '2000-01-01', granularity: 'decade' },
		{ text: 'the 490s BC', value: 'BC049', start: '-000498-01-01', end: '-000488-01-01', granularity: 'decade' },
		{ text: '19th century', value: '18', start: '1800-01-01', end: '1900-01-01', granularity: 'century' },
		{ text: 'the nineteenth century', value: '18', start: '1800-01-01', end: '1900-01-01', granularity: 'century' },
		{ text: '5th century BCE', value: 'BC04', start: '-000499-01-01', end: '-000399-01-01', granularity: 'century' },
		{ text: '2nd millennium', value: '1', start: '1000-01-01', end: '2000-01-01', granularity: 'millennium' },
		{ text: 'spring 1968', value: '1968-SP', start: '1968-03-01', end: '1968-06-01', granularity: 'season' },
		{ text: 'the winter of 1941', value: '1941-WI', start: '1941-12-01', end: '1942-03-01', granularity: 'season' },
		{ text: 'Q3 2001', value: '2001-Q3', start: '2001-07-01', end: '2001-10-01', granularity: 'quarter' },
		{ text: 'the fourth quarter of 2001', value: '2001-Q4', start: '2001-10-01', end: '2002-01-01', granularity: 'quarter' },
		{ text: 'first half of 2001', value: '2001-H1', start: '2001-01-01', end: '2001-07-01', granularity: 'half' },
		{ text: 'week of 5 May 2025', value: '2025-W19', start: '2025-05-05', end: '2025-05-12', granularity: 'week' },
		{ text: '1939-1945', value: '1939/1945', start: '1939-01-01', end: '1946-01-01', granularity: 'year' },
		{ text: '1939 to 1945', value: '1939/1945', start: '1939-01-01', end: '1946-01-01', granularity: 'year' },
		{ text: 'from 1939 to 1945', value: '1939/1945', start: '1939-01-01', end: '1946-01-01', granularity: 'year' },
		{ text: 'between 1939 and 1945', value: '1939/1945', start: '1939-01-01', end: '1946-01-01', granularity: 'year' },
		{ text: '1939 – 1945', value: '1939/1945', start: '1939-01-01', end: '1946-01-01', granularity: 'year' },
		{ text: '1 September 1939 – 2 September 1945', value: '1939-09-01/1945-09-02', start: '1939-09-01', end: '1945-09-03', granularity: 'day' },
		{ text: '9–10 May 1945', value: '1945-05-09/1945-05-10', start: '1945-05-09', end: '1945-05-11', granularity: 'day' },
		{ text: 'May to June 2025', value: '2025-05/2025-06', start: '2025-05-01', end: '2025-07-01', granularity: 'month' },
		{ text: '500–400 BC', value: 'BC0500/BC0400', start: '-000499-01-01', end: '-000398-01-01', granularity: 'year' },
		{ text: '44 BC to AD 14', value: 'BC0044/0014', start: '-000043-01-01', end: '0015-01-01', granularity: 'year' },
		{ text: 'May 1945 - June 1946', value: '1945-05/1946-06', start: '1945-05-01', end: '1946-07-01', granularity: 'month' }
	];
	for (const row of rows) {
		it(`reads “${row.text}”`, () => {
			expect(read(row.text)).toEqual({ value: row.value, start: row.start, end: row.end, granularity: row.granularity });
		});
	}

	it('refuses what is not a date, with a reason', () => {
		expect(error('')).toMatch(/^Enter a date/);
		expect(error('   ')).toMatch(/^Enter a date/);
		expect(error('next')).toMatch(/“next” is not a date/);
		expect(error('next week')).toMatch(/not a date/);
		expect(error('yesterday')).toMatch(/not a date/);
		expect(error('32 May 1945')).toBe('May 1945 has no day 32.');
		expect(error('February 30, 2001')).toBe('February 2001 has no day 30.');
		expect(error('29 February 2023')).toBe('February 2023 has no day 29.');
		expect(error('1945-13-01')).toBe('There is no month 13.');
		expect(error('1945-00')).toBe('There is no month 0.');
		expect(error('0')).toMatch(/no year 0/);
		expect(error('9 May')).toMatch(/Add a year/);
		expect(error('1945 to 1939')).toMatch(/ends before it starts/);
		expect(error('third half of 2001')).toBe('A year has two halves.');
	});

	it('reads every date the app writes, so a field filled from an event reads back the same', () => {
		for (const text of ['9 May 1945', 'May 1945', '1945', '1990s', '20th century', '500 BCE', 'Q2 1945', 'Summer 1945', 'First half of 1945', '1939 – 1945', '1 September 1939 – 2 September 1945', 'May – June 2025', 'Week of 5 May 2025', 'Weekend of 18 April 2026']) {
			expect(describeTime(read(text)).split(' · ')[0]).toBe(text);
		}
	});
});

describe('describeTime', () => {
	it('says how the field is read', () => {
		expect(describeTime(read('9 May 1945'))).toBe('9 May 1945 · day');
		expect(describeTime(read('the 1990s'))).toBe('1990s · decade');
		expect(describeTime(read('1939 to 1945'))).toBe('1939 – 1945 · range of years');
	});
});

describe('findDateIn', () => {
	it('finds the longest date written in a phrase', () => {
		expect(findDateIn('the parade held on 9 May 1945 in Moscow')?.value).toBe('1945-05-09');
		expect(findDateIn('Back in the 1990s, things were different.')?.value).toBe('199');
		expect(findDateIn('signed in 1648.')?.value).toBe('1648');
	});

	it('finds nothing where no date is written, and never takes a small number for a year', () => {
		expect(findDateIn('convened in Moscow on Thursday, a day before')).toBeNull();
		expect(findDateIn('the 80th anniversary of 12 nations')).toBeNull();
		expect(findDateIn('')).toBeNull();
	});
});
