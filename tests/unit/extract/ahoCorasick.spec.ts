import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../src/lib/extract/text/ahoCorasick.ts';

/** Letters a-z are columns 1-26; anything else is column 0 (back to the start). */
const columnOf = (c: number) => (c >= 97 && c <= 122 ? c - 96 : 0);
const COLUMNS = Array.from({ length: 26 }, (_, k) => k + 1);

function scan(words: Array<[string, number]>, text: string): number {
	const { next, output } = buildAutomaton(words, columnOf, COLUMNS, 27);
	let state = 0;
	let mask = 0;
	for (let i = 0; i < text.length; i++) {
		state = next[state * 27 + columnOf(text.charCodeAt(i))];
		mask |= output[state];
	}
	return mask;
}

describe('buildAutomaton', () => {
	const words: Array<[string, number]> = [['he', 1], ['she', 2], ['his', 4], ['hers', 8]];
	it('finds every word a text holds, overlapping ones too, in one pass', () => {
		expect(scan(words, 'ushers')).toBe(1 | 2 | 8);
		expect(scan(words, 'this')).toBe(4);
		expect(scan(words, 'hhis')).toBe(4);
	});
	it('a character no word holds goes back to the start', () => {
		expect(scan(words, 'sh-e')).toBe(0);
		expect(scan(words, 'hi s')).toBe(0);
	});
	it('agrees with a plain search on random text', () => {
		let seed = 7;
		const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		for (let n = 0; n < 300; n++) {
			const text = Array.from({ length: 12 }, () => 'ehirs -'[Math.floor(rand() * 7)]).join('');
			const plain = words.reduce((m, [w, bit]) => (text.includes(w) ? m | bit : m), 0);
			expect(scan(words, text)).toBe(plain);
		}
	});
});
