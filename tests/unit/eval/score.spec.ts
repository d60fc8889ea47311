import { describe, expect, it } from 'vitest';
import { addCounts, matchTimexes, metrics, prf, scoreDocument, scoringValue, trimExtent, ZERO_COUNTS, type ScoredTimex } from '../../../src/lib/eval/score.ts';

const T = (start: number, end: number, value = 'V', type = 'DATE'): ScoredTimex => ({ start, end, value, type });

describe('matchTimexes', () => {
	const rows: { name: string; gold: ScoredTimex[]; predicted: ScoredTimex[]; text?: string; expected: [number, number, boolean][] }[] = [
		{ name: 'identical extents: strict', gold: [T(0, 4)], predicted: [T(0, 4)], expected: [[0, 0, true]] },
		{ name: 'overlap: relaxed only', gold: [T(3, 12)], predicted: [T(0, 8)], expected: [[0, 0, false]] },
		{ name: 'touching is not overlapping', gold: [T(0, 4)], predicted: [T(4, 8)], expected: [] },
		{ name: 'disjoint', gold: [T(0, 4)], predicted: [T(10, 14)], expected: [] },
		{ name: 'whitespace trimmed with the text: strict', text: 'On  May 5  it', gold: [T(4, 9)], predicted: [T(3, 11)], expected: [[0, 0, true]] },
		{ name: 'whitespace-only overlap is no overlap', text: 'May 5   June 6', gold: [T(0, 5)], predicted: [T(5, 8)], expected: [] },
		{ name: 'without the text, extents are taken as given', gold: [T(4, 9)], predicted: [T(3, 11)], expected: [[0, 0, false]] },
		{ name: 'one gold, two predicted: the larger overlap wins', gold: [T(0, 10)], predicted: [T(0, 3), T(2, 9)], expected: [[0, 1, false]] },
		{ name: 'identical first, even against an equal overlap', gold: [T(2, 6)], predicted: [T(0, 8), T(2, 6)], expected: [[0, 1, true]] },
		{ name: 'each predicted matched once', gold: [T(0, 10), T(12, 20)], predicted: [T(5, 15)], expected: [[0, 0, false]] },
		{ name: 'greedy by overlap size across pairs', gold: [T(0, 6), T(8, 20)], predicted: [T(4, 18), T(0, 5)], expected: [[0, 1, false], [1, 0, false]] },
		{ name: 'order of the lists does not matter', gold: [T(20, 24), T(0, 4)], predicted: [T(0, 4), T(20, 24)], expected: [[0, 1, true], [1, 0, true]] },
		{ name: 'empty gold extent never matches', gold: [T(3, 3)], predicted: [T(0, 8)], expected: [] }
	];
	for (const row of rows) {
		it(row.name, () => {
			const matches = matchTimexes(row.gold, row.predicted, row.text);
			expect(matches.map((m) => [m.gold, m.predicted, m.strict])).toEqual(row.expected);
			for (const m of matches) expect(m.overlap).toBeGreaterThan(0);
		});
	}

	it('trimExtent', () => {
		expect(trimExtent({ start: 0, end: 7 }, ' May 5\n')).toEqual({ start: 1, end: 6 });
		expect(trimExtent({ start: 0, end: 3 }, '   ')).toEqual({ start: 3, end: 3 });
		expect(trimExtent({ start: 2, end: 5 })).toEqual({ start: 2, end: 5 });
	});
});

describe('scoreDocument and metrics', () => {
	it('counts strict, relaxed, type and value over relaxed matches', () => {
		const gold = [T(0, 4, '1998'), T(10, 20, 'P3M', 'DURATION'), T(30, 35, 'PRESENT_REF'), T(50, 55, '1999-Q1')];
		const predicted = [T(0, 4, '1998'), T(8, 20, '1998-05', 'DATE'), T(30, 35, 'PRESENT_REF', 'TIME'), T(60, 65, '2000')];
		const { counts, matches } = scoreDocument(gold, predicted);
		expect(counts).toEqual({ documents: 1, gold: 4, predicted: 4, strict: 2, relaxed: 3, typeCorrect: 1, valueCorrect: 2 });
		expect(matches.map((m) => [m.typeCorrect, m.valueCorrect])).toEqual([
			[true, true],
			[false, false],
			[false, true]
		]);
		const m = metrics(counts);
		expect(m.strict).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
		expect(m.relaxed).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
		expect(m.typeAccuracy).toBeCloseTo(1 / 3, 12);
		expect(m.valueAccuracy).toBeCloseTo(2 / 3, 12);
		expect(m.typeF1).toBeCloseTo(0.25, 12);
		expect(m.valueF1).toBeCloseTo(0.5, 12);
	});

	it('a missing type or value compares as the empty string', () => {
		const { counts } = scoreDocument([{ start: 0, end: 2, value: '', type: 'DATE' }], [{ start: 0, end: 2, type: 'DATE' }]);
		expect(counts.valueCorrect).toBe(1);
	});

	it('micro-averages: counts add up over documents before the ratios', () => {
		const a = scoreDocument([T(0, 4)], [T(0, 4)]).counts; // 1 of 1, right
		const b = scoreDocument([T(0, 4), T(5, 9), T(10, 14)], [T(20, 24)]).counts; // 0 of 3, 1 spurious
		const sum = addCounts(a, b);
		expect(sum).toEqual({ documents: 2, gold: 4, predicted: 2, strict: 1, relaxed: 1, typeCorrect: 1, valueCorrect: 1 });
		const m = metrics(sum);
		expect(m.relaxed.precision).toBe(0.5);
		expect(m.relaxed.recall).toBe(0.25);
		expect(m.relaxed.f1).toBeCloseTo(1 / 3, 12);
		// Not the mean of per-document F1 (1 and 0).
		expect(m.relaxed.f1).not.toBe(0.5);
	});

	const edge = [
		{ name: 'nothing at all', counts: { ...ZERO_COUNTS }, f1: 0 },
		{ name: 'nothing predicted', counts: { ...ZERO_COUNTS, documents: 1, gold: 3 }, f1: 0 },
		{ name: 'nothing in gold', counts: { ...ZERO_COUNTS, documents: 1, predicted: 2 }, f1: 0 },
		{ name: 'perfect', counts: { documents: 1, gold: 2, predicted: 2, strict: 2, relaxed: 2, typeCorrect: 2, valueCorrect: 2 }, f1: 1 }
	];
	for (const row of edge) {
		it(`metrics: ${row.name}`, () => {
			const m = metrics(row.counts);
			for (const x of [m.strict.f1, m.relaxed.f1, m.typeF1, m.valueF1]) expect(x).toBe(row.f1);
			expect(Number.isNaN(m.strict.precision)).toBe(false);
		});
	}

	it('prf', () => {
		expect(prf(3, 4, 6)).toEqual({ precision: 0.5, recall: 0.75, f1: 0.6 });
	});

	it('addCounts of nothing is zero', () => {
		expect(addCounts()).toEqual(ZERO_COUNTS);
	});
});

describe('scoringValue', () => {
	const rows = [
		['1998-05', '1998-05'],
		['1939/1945', '1939'],
		['1998-05-01/1998-05-09', '1998-05-01'],
		['PRESENT_REF', 'PRESENT_REF'],
		[undefined, ''],
		[null, ''],
		['', '']
	] as const;
	for (const [value, expected] of rows) it(`${String(value)} -> ${expected || '""'}`, () => expect(scoringValue(value)).toBe(expected));
});
