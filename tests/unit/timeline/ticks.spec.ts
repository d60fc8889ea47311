import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../src/lib/timeline/layout/labelText.ts';
import { createBaseScale } from '../../../src/lib/timeline/scale.ts';
import { computeTicks, tickContext, type Tick } from '../../../src/lib/timeline/ticks.ts';
import { toMillis } from '../../../src/lib/timeline/time.ts';
import { makeEvent } from './helpers.ts';

function scale(from: string, to: string, width: number) {
	return scaleUtc()
		.domain([new Date(toMillis(from)), new Date(toMillis(to))])
		.range([0, width]);
}

function expectReadable(ticks: Tick[], width: number): void {
	const labels = ticks.map((t) => t.label);
	expect(new Set(labels).size, `distinct: ${labels.join(', ')}`).toBe(labels.length);
	ticks.forEach((t, i) => {
		const half = estimateTextWidth(t.label) / 2;
		expect(t.x - half).toBeGreaterThanOrEqual(0);
		expect(t.x + half).toBeLessThanOrEqual(width);
		if (i > 0) {
			const prev = ticks[i - 1];
			expect(t.x).toBeGreaterThan(prev.x);
			// Label boxes do not touch: centre distance at least the two half widths.
			expect(t.x - prev.x).toBeGreaterThanOrEqual((estimateTextWidth(t.label) + estimateTextWidth(prev.label)) / 2);
		}
	});
}

const domains: { name: string; from: string; to: string; pattern: RegExp }[] = [
	{ name: 'a century', from: '1939-01-01', to: '2025-06-01', pattern: /^\d{4}$/ },
	{ name: 'a year', from: '2025-01-01', to: '2025-12-31', pattern: /^[A-Z][a-z]{2}$|^\d+ [A-Z][a-z]{2}$|^[A-Z][a-z]{2} 2025$/ },
	{ name: 'a month', from: '2025-05-01', to: '2025-05-31', pattern: /^\d{1,2} [A-Z][a-z]{2}$/ },
	{ name: 'two days', from: '2025-05-08', to: '2025-05-10', pattern: /^\d{1,2} [A-Z][a-z]{2}( \d\d:\d\d)?$/ },
	{ name: 'an hour', from: '2025-05-08T10:00:00Z', to: '2025-05-08T11:00:00Z', pattern: /^\d\d:\d\d$|^\d{1,2} [A-Z][a-z]{2}$/ },
	{ name: 'across new year', from: '2024-11-15', to: '2025-02-15', pattern: /^(\d{1,2} )?[A-Z][a-z]{2}( 202[45])?$/ },
	{ name: 'antiquity', from: '-000600-01-01', to: '0100-01-01', pattern: /^\d+ (BCE|CE)$/ },
	{ name: 'deep time', from: '-009999-01-01', to: '2000-01-01', pattern: /^\d+ (BCE|CE)$/ },
	{ name: 'the future', from: '2000-01-01', to: '+012000-01-01', pattern: /^\d+$/ }
];

describe('computeTicks(scale, width)', () => {
	for (const d of domains) {
		for (const width of [320, 800, 1280, 1920]) {
			it(`${d.name} at ${width}px: distinct labels that do not overlap or leave the view`, () => {
				const ticks = computeTicks(scale(d.from, d.to, width), width);
				// A phone-width view of 12,000 years may only have room for one label.
				expect(ticks.length).toBeGreaterThanOrEqual(width >= 800 ? 2 : 1);
				expectReadable(ticks, width);
				for (const t of ticks) expect(t.label).toMatch(d.pattern);
			});
		}
	}

	it('labels BCE years by their BCE number, on round values', () => {
		const labels = computeTicks(scale('-000600-01-01', '-000100-01-01', 1000), 1000).map((t) => t.label);
		expect(labels).toContain('500 BCE');
		expect(labels).toContain('300 BCE');
		for (const l of labels) expect(Number(l.split(' ')[0]) % 50).toBe(0);
	});

	it('names the year where it changes when a short view crosses New Year', () => {
		const labels = computeTicks(scale('2024-10-20', '2025-03-10', 1280), 1280).map((t) => t.label);
		expect(labels.filter((l) => /\d{4}$/.test(l))).toEqual([labels[0], labels.find((l) => l.endsWith('2025'))]);
		expect(labels[0]).toMatch(/2024$/);
	});

	it('places each tick where the scale puts its value', () => {
		const s = scale('1939-01-01', '2025-06-01', 1000);
		for (const t of computeTicks(s, 1000)) expect(t.x).toBeCloseTo(s(t.value), 6);
	});

	it('gets finer as the view zooms in, staying readable at every level', () => {
		const events = [makeEvent('war', '1939-01-01', '1946-01-01', 'year'), makeEvent('talks', '2025-05-08', '2025-05-09')];
		const width = 1280;
		const base = createBaseScale(events, width, 32);
		const spans: number[] = [];
		for (const k of [1, 8, 64, 512, 4096, 32768, 262144]) {
			// Zoom around the right end (2025), as a wheel over the newest event would.
			const t = zoomIdentity.translate(width - 32, 0).scale(k).translate(-(width - 32), 0);
			const zoomed = t.rescaleX(base);
			const ticks = computeTicks(zoomed, width);
			expect(ticks.length).toBeGreaterThanOrEqual(2);
			expectReadable(ticks, width);
			spans.push(+ticks[1].value - +ticks[0].value);
		}
		for (let i = 1; i < spans.length; i++) expect(spans[i]).toBeLessThanOrEqual(spans[i - 1]);
		expect(spans.at(-1)).toBeLessThanOrEqual(3_600_000);
	});

	it('returns no ticks for a view with no width', () => {
		expect(computeTicks(scale('1939-01-01', '2025-06-01', 100), 0)).toEqual([]);
	});
});

describe('tickContext(scale, width)', () => {
	const rows = [
		{ from: '1939-01-01', to: '2025-06-01', expected: '' },
		{ from: '2025-01-01', to: '2025-12-31', expected: '2025' },
		{ from: '2025-05-01', to: '2025-05-31', expected: 'May 2025' },
		{ from: '2025-05-08T10:00:00Z', to: '2025-05-08T11:00:00Z', expected: '8 May 2025' },
		{ from: '2025-05-08', to: '2025-05-10', expected: '8 – 9 May 2025' }
	];
	for (const r of rows) {
		it(`names what the labels leave out for ${r.from} – ${r.to}: "${r.expected}"`, () => {
			expect(tickContext(scale(r.from, r.to, 1280), 1280)).toBe(r.expected);
		});
	}
});
