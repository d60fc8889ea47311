import { describe, expect, it } from 'vitest';
import { buildTimelineSvg, layoutTimelineImage, type ImageModel } from '../../../src/lib/export/buildTimelineSvg.ts';
import { escapeXml, num } from '../../../src/lib/export/xml.ts';
import { fitText, textWidth, wrapText } from '../../../src/lib/export/fonts.ts';
import { isoFromMillis, rangeEdge } from '../../../src/lib/export/range.ts';
import { toMillis } from '../../../src/lib/timeline/time.ts';
import { bceHistory, dense, ev, sampleResult, twoDocuments } from './fixtures.ts';

/** Every pair of drawn labels in one lane is apart; labels stay inside the image. */
function expectNoOverlap(m: ImageModel) {
	const labelled = m.marks.filter((k) => k.label);
	for (const a of labelled) {
		expect(a.labelX).toBeGreaterThanOrEqual(0);
		expect(a.labelX + a.labelWidth).toBeLessThanOrEqual(m.width);
		for (const b of labelled) {
			if (a === b || a.lane !== b.lane) continue;
			const apart = a.labelX + a.labelWidth <= b.labelX || b.labelX + b.labelWidth <= a.labelX;
			expect(apart, `${a.label} / ${b.label}`).toBe(true);
		}
	}
}

describe('xml helpers', () => {
	it('escapes markup and drops characters XML cannot hold', () => {
		expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;');
		expect(escapeXml('a\u0000b\u0007c\uD800d\ttab')).toBe('abcd\ttab');
		expect(escapeXml('习近平 😀')).toBe('习近平 😀');
	});
	it('writes numbers the same way everywhere', () => {
		expect([num(1), num(1.006), num(12.3456), num(-0.001), num(-3.1), num(1e-9), num(NaN), num(123456789.5)]).toEqual(['1', '1.01', '12.35', '0', '-3.1', '0', '0', '123456789.5']);
	});
});

describe('text measure', () => {
	it('counts CJK characters one em wide', () => {
		expect(textWidth('abc', 11, 7)).toBe(21);
		expect(textWidth('习近平', 11, 7)).toBe(33);
	});
	it('fits and wraps', () => {
		expect(fitText('Soviet victory over Nazi Germany', 100, 11, 7)).toMatch(/…$/);
		expect(textWidth(fitText('Soviet victory over Nazi Germany', 100, 11, 7), 11, 7)).toBeLessThanOrEqual(100);
		expect(wrapText('one two three four five six', 80, 2, 10, 7)).toEqual(['one two', 'three four…']);
		expect(wrapText('short', 700, 2, 10, 7)).toEqual(['short']);
	});
});

describe('range dates', () => {
	it('includes the period a `to` names', () => {
		expect(rangeEdge('1945', 'to')).toBe(toMillis('1946-01-01'));
		expect(rangeEdge('1945-12', 'to')).toBe(toMillis('1946-01-01'));
		expect(rangeEdge('1945-05-09', 'to')).toBe(toMillis('1945-05-10'));
		expect(rangeEdge('-499', 'from')).toBe(toMillis('-000499-01-01'));
		expect(() => rangeEdge('yesterday', 'from')).toThrow(/not a date/);
		expect(() => rangeEdge('1945-13-01', 'from')).toThrow(/not a date/);
	});
	it('writes milliseconds back as ISO, BCE in the expanded form', () => {
		for (const iso of ['1945-05-09', '-000499-01-01', '+012000-01-01', '2025-05-08T12:30:00.000Z']) expect(isoFromMillis(toMillis(iso))).toBe(iso);
	});
});

describe('buildTimelineSvg', () => {
	it('is deterministic and well formed', () => {
		const a = buildTimelineSvg(sampleResult(), { width: 900 });
		expect(buildTimelineSvg(sampleResult(), { width: 900 })).toBe(a);
		expect(a).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="900" height="\d+" viewBox="0 0 900 \d+"/);
		expect(a.trimEnd().endsWith('</svg>')).toBe(true);
		expect(a).not.toMatch(/\d\.\d{3,}/); // at most two decimals
	});

	it('draws title, events, ticks and the source line of the sample', () => {
		const svg = buildTimelineSvg(sampleResult(), { width: 1200 });
		expect(svg).toContain('Putin and Xi Strengthen Ties Ahead of Historic WWII Commemoration');
		expect(svg).toContain('>World War II</text>');
		expect(svg).toContain('Source: Putin and Xi Strengthen Ties Ahead of Historic WWII Commemoration · made with Timeweave');
		expect(svg).toContain('1939 – 2025 · 4 events');
		const m = layoutTimelineImage(sampleResult(), { width: 1200 });
		expect(m.marks.map((k) => k.shape).sort()).toEqual(['point', 'point', 'point', 'range']);
		expect(m.marks.every((k) => k.label)).toBe(true);
	});

	it('escapes hostile titles: markup stays text', () => {
		const input = { documents: [{ id: 'd1', title: '<script>alert(1)</script>' }], events: [ev('e1', '"><img src=x onerror=alert(1)>', '2020-01-01', '2020-01-02', 'day')] };
		const svg = buildTimelineSvg(input, { title: '</title><script>x</script>' });
		expect(svg).not.toMatch(/<script|<img/);
		expect(svg).toContain('&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;');
		expect(svg).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
	});

	it('coarser ticks at small widths, labels never overlap', () => {
		const counts: number[] = [];
		for (const width of [400, 800, 1600]) {
			for (const input of [sampleResult(), bceHistory(), dense(300), twoDocuments()]) {
				const m = layoutTimelineImage(input, { width });
				expectNoOverlap(m);
				for (let i = 1; i < m.ticks.length; i++) expect(m.ticks[i].x - m.ticks[i - 1].x).toBeGreaterThanOrEqual(50);
			}
			counts.push(layoutTimelineImage(bceHistory(), { width }).ticks.length);
		}
		expect(counts[0]).toBeLessThan(counts[1]);
		expect(counts[1]).toBeLessThanOrEqual(counts[2]);
	});

	it('clusters a dense timeline into "N events" labels, every event counted once', () => {
		const input = dense(1000);
		const m = layoutTimelineImage(input, { width: 800 });
		const clusters = m.marks.filter((k) => k.shape === 'cluster');
		expect(clusters.length).toBeGreaterThan(3);
		for (const c of clusters) expect(c.label).toBe(`${c.count.toLocaleString('en-US')} events`);
		expect(m.marks.reduce((n, k) => n + k.count, 0)).toBe(1000);
		expect(new Set(m.marks.map((k) => k.lane)).size).toBeLessThanOrEqual(8);
		expectNoOverlap(m);
		// A sparse one is never clustered.
		expect(layoutTimelineImage(bceHistory(), { width: 1000 }).marks.some((k) => k.shape === 'cluster')).toBe(false);
	});

	it('a legend only for several documents, coloured per document', () => {
		expect(layoutTimelineImage(sampleResult()).legend).toEqual([]);
		const m = layoutTimelineImage(twoDocuments(), { width: 1000 });
		expect(m.legend.map((l) => l.label)).toEqual(['Putin and Xi meet in Moscow', 'Владимир Путин и 习近平: a history of summits']);
		const colorOf = (id: string) => m.marks.find((k) => k.id === id)?.color;
		expect(colorOf('a1')).toBe(m.legend[0].color);
		expect(colorOf('b1')).toBe(m.legend[1].color);
		expect(m.legend[0].color).not.toBe(m.legend[1].color);
	});

	it('shows only the chosen range and says how many of all', () => {
		const m = layoutTimelineImage(twoDocuments(), { range: { from: '2022', to: '2022' } });
		expect(m.marks.map((k) => k.id).sort()).toEqual(['b2', 'b4']);
		expect(m.subtitle).toBe('January – December 2022 · 2 of 6 events');
		const open = layoutTimelineImage(twoDocuments(), { range: { from: '2025-01-01' } });
		expect(open.marks.map((k) => k.id).sort()).toEqual(['a1', 'a2']);
		const none = layoutTimelineImage(twoDocuments(), { range: { from: '1900', to: '1901' } });
		expect(none.marks).toEqual([]);
		expect(none.empty).toBe('No events in this range');
		expect(() => layoutTimelineImage(twoDocuments(), { range: { from: '2025', to: '2020' } })).toThrow(/ends before it starts/);
	});

	it('themes change colours, scale changes only the size attributes', () => {
		const light = buildTimelineSvg(bceHistory(), { width: 600 });
		const dark = buildTimelineSvg(bceHistory(), { width: 600, theme: 'dark' });
		expect(dark).not.toBe(light);
		expect(dark).toContain('fill="#15191f"');
		const x2 = buildTimelineSvg(bceHistory(), { width: 600, scale: 2 });
		const h = Number(/height="(\d+)"/.exec(light)?.[1]);
		expect(x2).toContain(`width="1200" height="${h * 2}" viewBox="0 0 600 ${h}"`);
		expect(x2.replace(/^<svg[^>]*>/, '')).toBe(light.replace(/^<svg[^>]*>/, ''));
	});

	it('draws an empty timeline', () => {
		const m = layoutTimelineImage({ documents: [], events: [] }, { width: 500 });
		expect(m.empty).toBe('No events');
		expect(m.title).toBe('Timeline');
		expect(buildTimelineSvg({ documents: [], events: [] })).toContain('No events');
	});
});
