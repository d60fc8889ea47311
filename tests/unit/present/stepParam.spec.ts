import { describe, expect, it } from 'vitest';
import { clampStep, parseStepParam, withStep } from '../../../src/lib/present/stepParam.ts';

describe('parseStepParam(raw)', () => {
	const rows: { raw: string | null | undefined; expected: number | null }[] = [
		{ raw: '3', expected: 3 },
		{ raw: ' 3 ', expected: 3 },
		{ raw: '03', expected: 3 },
		{ raw: '1', expected: 1 },
		{ raw: '120', expected: 120 },
		{ raw: null, expected: null },
		{ raw: undefined, expected: null },
		{ raw: '', expected: null },
		{ raw: '0', expected: null },
		{ raw: '-1', expected: null },
		{ raw: '2.5', expected: null },
		{ raw: '1e3', expected: null },
		{ raw: 'abc', expected: null },
		{ raw: '3abc', expected: null },
		{ raw: '99999999999999999999', expected: null }
	];
	for (const { raw, expected } of rows) {
		it(`${JSON.stringify(raw)} -> ${expected}`, () => {
			expect(parseStepParam(raw)).toBe(expected);
		});
	}
});

describe('clampStep(requested, count)', () => {
	it('keeps a step that exists', () => {
		expect(clampStep(3, 12)).toBe(3);
		expect(clampStep(12, 12)).toBe(12);
	});
	it('goes to the last step when asked for more', () => {
		expect(clampStep(99, 4)).toBe(4);
	});
	it('starts at the first step when nothing is asked', () => {
		expect(clampStep(null, 4)).toBe(1);
	});
	it('never goes below the first step', () => {
		expect(clampStep(0, 4)).toBe(1);
		expect(clampStep(-5, 4)).toBe(1);
	});
	it('is 0 when there are no steps', () => {
		expect(clampStep(3, 0)).toBe(0);
		expect(clampStep(null, 0)).toBe(0);
	});
});

describe('withStep(search, step)', () => {
	it('sets the step and keeps other parameters', () => {
		expect(withStep('?theme=light&step=2', 5)).toBe('?theme=light&step=5');
		expect(withStep('', 1)).toBe('?step=1');
		expect(withStep('a=1', 3)).toBe('?a=1&step=3');
	});
});
