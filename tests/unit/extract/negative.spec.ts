import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract/index.ts';
import { timexes } from './helpers.ts';

/** Strings that must yield no event: numbers that are not years, month and weekday words used as words. */
const NEGATIVE = [
	'He may come back soon.',
	'The army will march on the capital.',
	'About 1945 people attended the concert.',
	'The company employs 2014 workers.',
	'Prices rose 12.53% on the news.',
	'A second chance is all she asked for.',
	'The score was 2000 to 1500.',
	'She lives at 1600 Pennsylvania Avenue.',
	'Call 1999 for help.',
	'The sun was bright.',
	'Flight 1549 landed on the river.',
	'The answer is 42.',
	'They said it was a world war of words.',
	'Room 1812 was empty.',
	'The first cars left at (1300 GMT) sharp.',
	'Two thousand people marched through the city.',
	'The coat cost nineteen ninety dollars.',
	'We bought Christmas presents for the children.',
	'Crews flew all night in what became known as the Easter Parade.',
	'The radio station played “White Christmas”, the signal to leave.',
	'The fall of the empire was slow.',
	'The children went on an easter egg hunt.',
	'Buyers face a waiting period before the sale.',
	'He scored in the third period.',
	'Little changed over the same period.',
	'She was named Woman of the Year.',
	'It was the year of the dragon.',
	'Prices may rise. May I ask why?',
	'AST Research and Sun Microsystems said the bugs will not delay shipments. Sun reported a loss.',
	'The year-end results were poor.',
	'Sherman led the March to the Sea.',
	'Secretary Baker said on ABC’s “This Week With David Brinkley” that the resolutions were clear.',
	'It helped us to win, like Gary Cooper in the film High Noon.'
];

describe('strings that must yield no event', () => {
	for (const text of NEGATIVE) {
		it(JSON.stringify(text), () => {
			expect(extract(text, { reference: '2025-05-08' }).events).toEqual([]);
		});
	}
});

describe('names and sizes written like lengths of time', () => {
	it.each(['Dhingra voted for a cut of a quarter point.', 'Rates fell by a quarter-point.', 'Gonzalez said on CBS’s “60 Minutes” that he was sad.', 'She read Seven Years in Tibet and One Hundred Years of Solitude.', 'A day care center and a day-care program closed.', 'The treaty ended the Eighty Years\' War; Carr wrote The Twenty Years’ Crisis.', 'The last words were “Good night, Malaysian three seven zero”.', 'The Daily Mail promised £10,000; the Weekly Standard agreed.', 'Families gather for dinner on Lunar New Year’s Eve; the Jewish New Year follows.', 'Lenin presented his April Theses.', 'Muslims keep a dawn-to-dusk fast.', 'The hotel is open all four seasons.', 'Du Pont raised its quarterly dividend; the quarterly results were weak, and Bayonne declared its initial quarterly of five cents.', 'The group took the name Black September; the film was Red October.', 'Crowds came for the switch-on of the Christmas lights.', 'India marks Independence Day with a parade; the Fourth Amendment was cited, and the Fourth was a film.', 'Northfield trailed by 10 at halftime. The Hawks opened the third quarter on a 12-2 run and held on through the fourth-quarter comeback and the second half of overtime.'])('%s holds no time', (text) => {
		expect(extract(text, { reference: '2025-05-08' }).expressions).toEqual([]);
	});

	it('keeps a time at the start of a sentence, and leaves the space before it out', () => {
		// (After "High Noon." no sentence break is seen, so chrono is given the space before "Noon".)
		const text = 'It was like High Noon. Noon came and went.';
		const found = extract(text, { reference: '2025-05-08' }).expressions;
		expect(found.map((e) => [e.text, e.start])).toEqual([['Noon', text.lastIndexOf('Noon')]]);
	});
});

describe('a count from a named thing with no date', () => {
	it('is one length of time, read once, and the count stops at the name (“twenty years after Hastings the Domesday survey of 1086”)', () => {
		expect(timexes('The English aristocracy was replaced, and twenty years after Hastings the Domesday survey of 1086 recorded how land had changed hands.', '2016-10-12')).toEqual([
			['twenty years', 'P20Y'],
			['1086', '1086']
		]);
		expect(timexes('Endeavour first flew in May 1992. Seventeen years after Challenger, on 1 February 2003, Columbia broke up.', '2016-01-28')).toEqual([
			['May 1992', '1992-05'],
			['Seventeen years', 'P17Y'],
			['1 February 2003', '2003-02-01']
		]);
	});
});

describe('a gap in a race', () => {
	it('is a length in minutes and seconds, no clock time, and the day read with it is kept (“won the stage by 1:48 on Sunday”, “1:48 down on Lavergne”)', () => {
		expect(timexes('Lavergne won the stage by 1:48 on Sunday. Okkerse finished second, 1:48 down on Lavergne.', '2026-07-25')).toEqual([
			['1:48', 'PT1M48S'],
			['Sunday', '2026-07-19'],
			['1:48', 'PT1M48S']
		]);
	});
});

describe('a year of two digits after a month', () => {
	it('is 19xx where the text writes no year of the common era with two digits (“the events of May 68 in Paris”)', () => {
		expect(timexes('Students remembered the events of May 68 in Paris.', '2018-05-03')).toEqual([['May 68', '1968-05']]);
	});
});
