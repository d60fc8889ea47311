import { describe, expect, it } from 'vitest';
import { createFrame, labelY, markY } from '../../../src/lib/timeline/layout/frame.ts';
import { estimateTextWidth, truncateLabel } from '../../../src/lib/timeline/layout/labelText.ts';
import { markKind } from '../../../src/lib/timeline/layout/markKind.ts';
import { makeEvent } from './helpers.ts';

describe('truncateLabel(text)', () => {
	const rows = [
		{ text: 'Short title', expected: 'Short title' },
		{ text: '  spaced \n  out  ', expected: 'spaced out' },
		{ text: 'Soviet victory over Nazi Germany, end of WWII in Europe', expected: 'Soviet victory over Nazi…' },
		{ text: 'x'.repeat(40), expected: `${'x'.repeat(30)}…` }
	];
	for (const r of rows) {
		it(`"${r.text.trim()}" -> "${r.expected}"`, () => {
			expect(truncateLabel(r.text)).toBe(r.expected);
			expect(estimateTextWidth(truncateLabel(r.text))).toBeLessThanOrEqual(220);
		});
	}
});

describe('markKind(e)', () => {
	const rows = [
		{ e: makeEvent('d', '1945-05-09', '1945-05-10', 'day'), expected: 'point' },
		{ e: makeEvent('h', '2025-05-08T14:00:00Z', '2025-05-08T15:00:00Z', 'hour'), expected: 'point' },
		{ e: makeEvent('y', '1945-01-01', '1946-01-01', 'year'), expected: 'span' },
		{ e: makeEvent('m', '1945-05-01', '1945-06-01', 'month'), expected: 'span' },
		{ e: makeEvent('r', '1939-09-01', '1945-09-03', 'day'), expected: 'span' },
		{ e: makeEvent('c', '1990-01-01', '2000-01-01', 'decade'), expected: 'span' }
	];
	for (const r of rows) {
		it(`${r.e.time.granularity} ${r.e.time.start}–${r.e.time.end} is a ${r.expected}`, () => {
			expect(markKind(r.e)).toBe(r.expected);
		});
	}
});

describe('createFrame(width, height)', () => {
	it('stacks lanes upwards from the axis, all inside the drawing', () => {
		const f = createFrame(800, 400);
		expect(f.axisY).toBeLessThan(400);
		expect(markY(f, 1)).toBeLessThan(markY(f, 0));
		expect(labelY(f, 0)).toBeLessThan(f.axisY);
		expect(markY(f, f.maxLanes - 1) - 6).toBeGreaterThanOrEqual(0);
	});

	it('has at least one lane even when tiny', () => {
		expect(createFrame(100, 10).maxLanes).toBe(1);
	});
});
