import { describe, expect, it } from 'vitest';
import { clauseTitle, resolvePronoun, shorten, simplifyNames } from '../../../src/lib/extract/events/eventTitle.ts';
import { extract } from '../../../src/lib/extract/index.ts';

const titleOf = (sentence: string, phrase: string) => {
	const start = sentence.indexOf(phrase);
	return clauseTitle(sentence, { start, end: start + phrase.length });
};

describe('clauseTitle: who did what, without the date phrase', () => {
	const rows: Array<{ sentence: string; phrase: string; expected: string }> = [
		{ sentence: 'In a ceremonial atmosphere, President Vladimir V. Putin of Russia and China’s President Xi Jinping convened in Moscow on Thursday.', phrase: 'Thursday', expected: 'Vladimir Putin and Xi Jinping convened in Moscow' },
		{ sentence: 'The meeting came ahead of the significant military parade in Red Square scheduled for Friday, where leaders gather.', phrase: 'Friday', expected: 'Military parade in Red Square' },
		{ sentence: 'On 14 July 1789, the Bastille was stormed in Paris.', phrase: '14 July 1789', expected: 'The Bastille was stormed in Paris' },
		{ sentence: 'The Battle of Waterloo was fought on 18 June 1815.', phrase: '18 June 1815', expected: 'The Battle of Waterloo was fought' },
		{ sentence: 'Zelensky attended, a reminder that war has returned since Russia invaded Ukraine in February 2022.', phrase: 'February 2022', expected: 'Russia invaded Ukraine' },
		{ sentence: 'BAYEUX, France — World leaders gathered on the beaches on Thursday.', phrase: 'Thursday', expected: 'World leaders gathered on the beaches' },
		{ sentence: 'In the summer of 1989, Hungary opened its border with Austria.', phrase: 'the summer of 1989', expected: 'Hungary opened its border with Austria' },
		{ sentence: 'Berlin became the capital, and the Bundestag moved there in 1999.', phrase: '1999', expected: 'The Bundestag moved there' }
	];
	for (const row of rows) it(row.expected, () => expect(titleOf(row.sentence, row.phrase)).toBe(row.expected));

	it('names without honorifics or middle initials', () => {
		expect(simplifyNames('President Vladimir V. Putin of Russia met Prime Minister Narendra Modi')).toBe('Vladimir Putin met Narendra Modi');
	});
	it('shortens to 60 characters at a word', () => {
		const t = shorten('The quick brown fox jumped over the lazy dog and then kept running far into the forest beyond');
		expect(t.length).toBeLessThanOrEqual(61);
		expect(t.endsWith('…')).toBe(true);
	});
});

describe('events and their mentions', () => {
	it('a repeated paragraph is a second mention of the same event', () => {
		const p = 'The summit in Geneva was held on 16 June 2021, officials said.';
		const r = extract(`Intro line here.\n${p}\nMiddle.\n${p}`);
		expect(r.events).toHaveLength(1);
		expect([...new Set(r.events[0].mentions.map((m) => m.passageId))]).toEqual(['p2', 'p4']);
	});
	it('later references by the event noun join the event', () => {
		const r = extract('Leaders met in Geneva on 16 June 2021.\nThe Geneva meeting was tense.\nAnalysts praised the meeting.');
		expect(r.events).toHaveLength(1);
		expect(r.events[0].mentions.map((m) => m.text)).toEqual(['16 June 2021', 'The Geneva meeting', 'the meeting']);
	});
	it('a relative phrase apposed to a full date is one event', () => {
		const r = extract('Demolition began in June 1990. Less than a year later, on 3 October 1990, Germany was reunified.');
		const reunified = r.events.find((e) => e.time.value === '1990-10-03');
		expect(reunified?.title).toBe('Germany was reunified');
		expect(r.events.some((e) => e.time.value === '1991-06')).toBe(false);
	});
	it('an offset naming an undated event stays unplaced', () => {
		const r = extract('Leaders met on 6 June 2024.\nThe ceremony came two days after Mr. Biden arrived in Paris.');
		expect(r.events.map((e) => e.time.value)).toEqual(['2024-06-06']);
	});
	it('two weekdays in one clause leave no stray words in the titles', () => {
		const r = extract('Residents were ordered to evacuate on Monday and Tuesday.', { reference: '2024-10-10' });
		expect(r.events.map((e) => e.title)).toEqual(['Residents were ordered to evacuate', 'Residents were ordered to evacuate']);
		expect(r.events.map((e) => e.time.value)).toEqual(['2024-10-07', '2024-10-08']);
	});
	it('each event says how its date was found and what was stated', () => {
		const r = extract('The Bastille was stormed on 14 July 1789.');
		expect(r.events[0].provenance).toEqual({ stated: ['year', 'month', 'day'], inferred: [] });
		expect(r.events[0].derivation[0]).toMatch(/14 July 1789/);
		expect(r.events[0].confidence).toBeGreaterThan(0.9);
	});
});

describe('titles that start with a pronoun', () => {
	it('name the person last named with an honorific', () => {
		expect(resolvePronoun('He announced a naval quarantine', 'President John F. Kennedy was told two days later. ')).toBe('John Kennedy announced a naval quarantine');
		expect(resolvePronoun('She resigned', 'Prime Minister Margaret Thatcher lost the vote. Then Chancellor Angela Merkel spoke. ')).toBe('Angela Merkel resigned');
		// No one named, or no pronoun: unchanged.
		expect(resolvePronoun('He resigned', 'The committee met on Monday. ')).toBe('He resigned');
		expect(resolvePronoun('They resigned', 'President Lincoln spoke. ')).toBe('They resigned');
		expect(resolvePronoun('Helsinki hosted the games', 'President Kekkonen spoke. ')).toBe('Helsinki hosted the games');
	});
});

describe('event titles with words that are also property names of every object', () => {
	it('"constructor" in a title is an ordinary word', () => {
		const result = extract('The constructor was hired on March 5, 1998.', { reference: '1998-03-06' });
		expect(result.events.map((e) => e.title)).toEqual(['The constructor was hired']);
	});
});
