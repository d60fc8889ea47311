/** The chrono parser's shortcuts taken for speed find exactly what the plain versions find. */
import { describe, expect, it } from 'vitest';
import { CHRONO_TRIGGER } from '../../../src/lib/extract/temporal/parsers/chronoParser.ts';

/** A seeded random generator, so a failure can be replayed. */
function random(seed: number): () => number {
	return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A random text of `parts`, up to `most` of them. */
function randomText(next: () => number, parts: readonly string[], most: number): string {
	let text = '';
	for (let i = Math.floor(next() * (most + 1)); i > 0; i--) text += parts[Math.floor(next() * parts.length)];
	return text;
}

describe('CHRONO_TRIGGER: the flat list of trigger words, grouped by first letter', () => {
	// The words as they were first written, one after another.
	const FLAT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|tonight|tomorrow|yesterday|now|ago|noon|midnight|morning|afternoon|evening|night|weekend|(?:last|next|this|past|coming)\s+(?:day|week|month|year)|(?:day|week|month|year)s?\s+(?:before|after|ago|later|earlier)|(?:end|beginning|start|middle)\s+of|\d{1,2}\s*(?:a\.?m|p\.?m|o'clock|h)|\d{1,4}[/:.-]\d{1,2}|\d{4}-\d{2})\b/gi;
	const view = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
	const words = [
		'jan', 'January', 'feb', 'FEBRUARY', 'mar', 'March', 'marches', 'apr', 'april', 'may', 'May', 'june', 'jun', 'july', 'jul', 'aug', 'august', 'sep', 'sept', 'september',
		'oct', 'october', 'nov', 'november', 'dec', 'december', 'mon', 'monday', 'month', 'months', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs',
		'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday', 'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'ago', 'noon', 'midnight', 'morning', 'afternoon',
		'evening', 'night', 'weekend', 'week', 'weeks', 'day', 'days', 'year', 'years', 'last', 'next', 'this', 'past', 'coming', 'before', 'after', 'later', 'earlier',
		'end', 'beginning', 'start', 'middle', 'of', 'am', 'a.m', 'p.m', 'pm', "o'clock", 'h', 'the', 'market', 'mid', 'money', 'x', 'é', 'İ', '\u212A', 'ſ',
		'1', '12', '123', '2001', '19', '0', '5'
	];
	const joints = [' ', '  ', '\t', '\n', '\u00a0', '', '-', '/', ':', '.', ',', "'", '_', '’'];
	it('on texts of trigger words, their pieces and look-alikes', () => {
		const next = random(17);
		for (let n = 0; n < 20_000; n++) {
			let text = '';
			for (let i = Math.floor(next() * 8); i > 0; i--) text += words[Math.floor(next() * words.length)] + joints[Math.floor(next() * joints.length)];
			expect(view(CHRONO_TRIGGER, text), JSON.stringify(text)).toEqual(view(FLAT, text));
		}
	});
	it('on random letters, digits and marks', () => {
		const next = random(5);
		const alphabet = ['a', 'g', 'o', 'm', 'n', 'd', 'y', 's', 't', 'h', 'e', 'r', 'w', 'k', 'A', 'M', 'O', '1', '2', '0', ' ', ':', '-', '.', '/', "'", 'c', 'l', 'i', 'p'];
		for (let n = 0; n < 20_000; n++) {
			const text = randomText(next, alphabet, 14);
			expect(view(CHRONO_TRIGGER, text), JSON.stringify(text)).toEqual(view(FLAT, text));
		}
	});
	it('on prose', () => {
		const text = 'On Monday, March 5, 1998, at 3 p.m., two days ago, the end of the month, last week; the money market decided in May 2001-05 and 12/03 at 10:30 or 5h, this year.';
		expect(view(CHRONO_TRIGGER, text)).toEqual(view(FLAT, text));
		expect(view(CHRONO_TRIGGER, text).length).toBeGreaterThan(10);
		expect(view(CHRONO_TRIGGER, '')).toEqual([]);
	});
});
