import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract/index.ts';

describe('the reference date', () => {
	it('comes from a dateline', () => {
		const r = extract('MOSCOW, May 8, 2025 — Leaders met on Thursday.');
		expect(r.referenceDate).toMatchObject({ value: '2025-05-08', source: 'metadata' });
		expect(r.events[0].time.value).toBe('2025-05-08');
	});
	it('a dateline without its year dates no event, and no reference: the user sets the year', () => {
		const r = extract('LONDON, May 20 (AP) — City won the title on Sunday.', { reference: '2024-05-20' });
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([['2024-05-19', 'City won the title']]);
		expect(r.expressions.map((e) => e.text)).toEqual(['May 20', 'Sunday']);
		expect(extract('LONDON, May 20 (AP) — City won the title on Sunday.').referenceDate).toBeNull();
	});
	it('a dateline without its year, given the day of use, takes the latest year up to it in which the days the text names with their weekdays fall on them', () => {
		const text = 'LONDON, 12 March (Reuters) - The bank raised rates on Thursday. The next meeting is on Friday, 7 May.';
		const r = extract(text, { today: '2026-12-02' });
		expect(r.referenceDate).toMatchObject({ value: '2021-03-12', source: 'inferred' });
		expect(r.referenceDate?.derivation.join(' ')).toMatch(/“Friday, 7 May” falls on the weekday named/);
		expect(r.warnings).toEqual(['The dateline gives no year: 2021 was taken (from the weekdays the text names). Set the date if it is wrong.']);
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([['2021-03-11', 'The bank raised rates'], ['2021-05-07', 'The next meeting is']]);
		// (The dateline's own weekday counts; a day not yet come is no day of writing: 12 March 2027 is after the day of use.)
		expect(extract('PARIS, Friday 12 March (AFP) - Talks ended.', { today: '2026-12-02' }).referenceDate?.value).toBe('2021-03-12');
		// (With no weekday to go by, the year is assumed, and said to be.)
		const assumed = extract('LONDON, 20 May (AP) - City won the title.', { today: '2026-03-01' });
		expect(assumed.referenceDate?.value).toBe('2025-05-20');
		expect(assumed.referenceDate?.derivation.at(-1)).toMatch(/assumed/);
		expect(assumed.warnings[0]).toMatch(/2025 was taken \(assumed\)/);
		// (A full date in the text still wins; without the day of use, nothing is assumed.)
		expect(extract('LONDON, 12 March (Reuters) - The bank said on 11 March 2021 that it would act.', { today: '2026-12-02' }).referenceDate?.source).toBe('inferred');
		expect(extract(text).referenceDate).toBeNull();
	});
	it('comes from HTML metadata', () => {
		const r = extract('<html><head><meta property="article:published_time" content="2024-06-06T08:00:00Z"></head><body><p>The ceremony was held on Thursday.</p></body></html>');
		expect(r.referenceDate).toMatchObject({ value: '2024-06-06', source: 'metadata' });
	});
	it('is inferred from an anniversary and the weekdays around it', () => {
		const r = extract('Leaders gathered in Normandy on Thursday to mark the 80th anniversary of the D-Day landings. A state dinner is scheduled for Saturday.');
		expect(r.referenceDate).toMatchObject({ value: '2024-06-06', source: 'inferred' });
		expect(r.referenceDate?.derivation.join(' ')).toMatch(/80 years after 1944-06-06/);
		expect(r.events.find((e) => /dinner/.test(e.title))?.time.value).toBe('2024-06-08');
	});
	it('is inferred from the latest full date when nothing else fixes it', () => {
		expect(extract('The talks opened on 2 March 2023 and closed on 9 March 2023.').referenceDate?.value).toBe('2023-03-09');
	});
	it('given by the user, it overrides and re-dates relative events', () => {
		const r = extract('MOSCOW, May 8, 2025 — Leaders met on Thursday.', { reference: '2025-05-20' });
		expect(r.referenceDate).toMatchObject({ value: '2025-05-20', source: 'user' });
		expect(r.events[0].time.value).toBe('2025-05-15');
	});
	it('is null with a warning when the text gives nothing to go on', () => {
		const r = extract('The committee met on Thursday.');
		expect(r.referenceDate).toBeNull();
		expect(r.events).toEqual([]);
		expect(r.warnings[0]).toMatch(/No reference date/);
	});
	it('inferred from a history, it does not pull the story’s yearless dates toward itself', () => {
		const r = extract('In the summer of 1989, Hungary opened its border. On 9 November, the wall fell.\nOn 3 October 1990, Germany was reunified.');
		expect(r.referenceDate?.value).toBe('1990-10-03');
		expect(r.events.map((e) => e.time.value)).toContain('1989-11-09');
	});
	it('given as the document’s date, yearless news dates fall near it even after an older year', () => {
		const r = extract('Sales fell in 1988.\nThe company said on Aug. 2 that it would cut jobs.', { reference: '1990-08-15' });
		expect(r.events.map((e) => e.time.value)).toContain('1990-08-02');
	});
});
