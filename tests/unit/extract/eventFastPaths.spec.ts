/** The shortcuts taken for speed in building events find exactly what the plain code finds. */
import { describe, expect, it } from 'vitest';
import { EVALUATIVE, HAS_EVALUATIVE, HAS_SPACE_BEFORE_PUNCTUATION, SPACE_BEFORE_PUNCTUATION } from '../../../src/lib/extract/events/eventTitle.ts';

/** A random generator (a fixed sequence per seed) and random texts made of `parts`. */
function randomTexts(parts: readonly string[], count: number, seed: number, longest = 12): string[] {
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const out: string[] = [];
	for (let n = 0; n < count; n++) {
		let t = '';
		for (let k = Math.floor(next() * longest); k > 0; k--) t += parts[Math.floor(next() * parts.length)];
		out.push(t);
	}
	return out;
}

describe('clauseTitle: a replace runs only where the test before it finds its regex', () => {
	const parts = ['major', 'Major', 'MAJOR', 'key', 'so-called', 'long-awaited', 'much-anticipated', 'historical', 'big', 'x', 'the', ' ', '  ', '\t', '\n', '\u00a0', ',', '.', ';', ':', '!', '-', 'é', 'keys', 'bigger'];
	const texts = randomTexts(parts, 20000, 11);
	it('EVALUATIVE', () => {
		for (const t of texts) expect(HAS_EVALUATIVE.test(t) ? t.replace(EVALUATIVE, '') : t, JSON.stringify(t)).toBe(t.replace(EVALUATIVE, ''));
	});
	it('spaces before punctuation', () => {
		for (const t of texts) expect(HAS_SPACE_BEFORE_PUNCTUATION.test(t) ? t.replace(SPACE_BEFORE_PUNCTUATION, '$1') : t, JSON.stringify(t)).toBe(t.replace(SPACE_BEFORE_PUNCTUATION, '$1'));
	});
});
