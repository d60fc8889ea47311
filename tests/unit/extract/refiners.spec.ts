import { describe, expect, it } from 'vitest';
import { removeOverlaps } from '../../../src/lib/extract/temporal/refiners/removeOverlaps.ts';
import type { Candidate } from '../../../src/lib/extract/temporal/candidate.ts';

function c(start: number, end: number, parser: string, priority: number, allowsNested = false): Candidate {
	return { start, end, text: 'x'.repeat(end - start), passageId: 'p1', sentence: { start: 0, end: 100 }, parser, type: 'DATE', priority, allowsNested, resolve: () => null };
}

describe('removeOverlaps', () => {
	const rows: Array<{ name: string; input: Candidate[]; expected: string[] }> = [
		{ name: 'keeps disjoint candidates in order', input: [c(10, 15, 'b', 1), c(0, 5, 'a', 1)], expected: ['a', 'b'] },
		{ name: 'the longer of two overlapping wins', input: [c(0, 5, 'short', 5), c(2, 12, 'long', 1)], expected: ['long'] },
		{ name: 'same span: the higher priority wins', input: [c(0, 12, 'chrono', 2), c(0, 12, 'offset', 4)], expected: ['offset'] },
		{ name: 'an anniversary keeps its nested anchor', input: [c(0, 40, 'anniversary', 5, true), c(20, 35, 'namedEvent', 3)], expected: ['anniversary', 'namedEvent'] },
		{ name: 'a crossing candidate is not nested', input: [c(0, 40, 'anniversary', 5, true), c(35, 50, 'year', 1)], expected: ['anniversary'] },
		{ name: 'a chain of overlaps keeps the best of each', input: [c(0, 10, 'a', 1), c(8, 20, 'b', 1), c(18, 22, 'c', 1)], expected: ['b'] }
	];
	for (const row of rows) it(row.name, () => expect(removeOverlaps(row.input).map((x) => x.parser)).toEqual(row.expected));
	it('does not change its input', () => {
		const input = [c(2, 12, 'long', 1), c(0, 5, 'short', 5)];
		removeOverlaps(input);
		expect(input.map((x) => x.parser)).toEqual(['long', 'short']);
	});
});
