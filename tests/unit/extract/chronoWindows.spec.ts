import { describe, expect, it } from 'vitest';
import { chronoWindows, dashRanges } from '../../../src/lib/extract/temporal/parsers/chronoParser.ts';

const slices = (text: string) => chronoWindows(text).map((w) => text.slice(w.start, w.end));

describe('chronoWindows', () => {
	it('gives chrono nothing when no word it reads is there', () => {
		expect(chronoWindows('Sales rose five percent in the quarter as the company grew.')).toEqual([]);
		// "money", "market", "decide" start like month and weekday abbreviations but are not them.
		expect(chronoWindows('The money market will decide.')).toEqual([]);
	});

	it('cuts a window of whole words around each trigger', () => {
		const text = `${'word '.repeat(30)}the meeting on Thursday, May 8 in Moscow ${'word '.repeat(30)}`;
		const [w] = slices(text);
		expect(w).toContain('on Thursday, May 8 in Moscow');
		expect(w.length).toBeLessThan(text.length / 2);
		expect(w.startsWith(' ')).toBe(false);
		expect(text.split(' ')).toEqual(expect.arrayContaining(w.trim().split(' ')));
	});

	it('merges windows that touch and keeps distant ones apart', () => {
		expect(slices('Yesterday and today.')).toEqual(['Yesterday and today.']);
		const far = `On Monday ${'x '.repeat(100)}on Friday`;
		expect(slices(far)).toHaveLength(2);
	});

	it('finds the phrases chrono reads without a month or weekday name', () => {
		for (const phrase of ['at the end of the month', 'in the weeks before', 'two days ago', 'at 3 p.m.', '12/03/1998', 'last week'])
			expect(chronoWindows(`They met ${phrase}.`), phrase).not.toEqual([]);
	});
});

describe('dashRanges', () => {
	it('puts an en dash, the same length, between a month and the day that starts a range’s end', () => {
		const cases: Array<[string, string]> = [
			['(5 September-12 September)', '(5 September–12 September)'],
			['17 August-2 September 1914', '17 August–2 September 1914'],
			['5 Sept.-12 Sept.', '5 Sept.–12 Sept.'],
			['(March 19-April 30)', '(March 19–April 30)'],
			['Sept. 3rd-Oct. 2', 'Sept. 3rd–Oct. 2'],
			['March 19-20', 'March 19-20'],
			['March 19-April', 'March 19-April'],
			['17 August-2 divisions', '17 August-2 divisions'],
			['a follow-up on 2 May', 'a follow-up on 2 May'],
			['May-June', 'May-June'],
			['on 2 October 1950-the day after', 'on 2 October 1950—the day after'],
			['the 1990-era cars', 'the 1990-era cars'],
			['in 2008-09 and', 'in 2008-09 and'],
			['', '']
		];
		for (const [piece, expected] of cases) {
			expect(dashRanges(piece)).toBe(expected);
			expect(dashRanges(piece).length).toBe(piece.length);
		}
	});
});
