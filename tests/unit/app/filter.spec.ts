import { describe, expect, it } from 'vitest';
import { extract } from '$lib/extract';
import { filterEvents, fold, queryWords } from '$lib/app/filter';

const text = `Leaders meet in Moscow

Vladimir Putin and Xi Jinping met in Moscow on 8 May 2025, a day before the parade.

In 1945 the Soviet Union celebrated Victory Day on 9 May. The café in Ústí stayed open.`;

describe('filter box', () => {
	const result = extract(text, { reference: '2025-05-10' });
	const titles = (q: string) => filterEvents(result.events, result.documents, q).map((e) => e.title);

	it('folds case and accents', () => {
		expect(fold('Ústí Café')).toBe('usti cafe');
		expect(queryWords('  "Moscow",  XI ')).toEqual(['moscow', 'xi']);
	});

	it('an empty query keeps every event', () => {
		expect(titles('')).toHaveLength(result.events.length);
		expect(titles('   ')).toHaveLength(result.events.length);
	});

	it('every word must appear in the title, the date or a passage of the event', () => {
		expect(result.events.length).toBeGreaterThan(1);
		const moscow = titles('moscow putin');
		expect(moscow.length).toBeGreaterThan(0);
		expect(moscow.length).toBeLessThan(result.events.length);
		expect(titles('putin victory')).toEqual([]);
		expect(titles('usti')).toEqual(titles('Ústí'));
		expect(titles('1945').length).toBeGreaterThan(0);
		expect(titles('no-such-word')).toEqual([]);
	});
});
