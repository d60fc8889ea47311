/**
 * No input makes the extractor throw (except ExtractError for unreadable input) or run away:
 * random text, long runs of digits and month names, megabyte single lines, nested HTML.
 * Sizes are kept so the whole file runs in seconds; speed itself is measured by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { extract, ExtractError } from '../../../src/lib/extract/index.ts';
import { chunkScopes, CHUNK } from '../../../src/lib/extract/temporal/runParsers.ts';
import { splitPassages } from '../../../src/lib/extract/passages/splitPassages.ts';

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = ['May', 'March', '1945', 'on', 'Thursday', 'the', '80th', 'anniversary', 'of', 'World War II', 'two', 'weeks', 'later', 'before', 'after', '1990s', 'BC', 'AD', '12', 'June', ',', '.', '\n', 'following', 'year', 'since', '2014', '–', 'century', 'in', '539', 'end', 'September'];

function tryExtract(text: string) {
	try {
		return extract(text, { reference: '2025-05-08' });
	} catch (e) {
		if (e instanceof ExtractError) return null;
		throw new Error(`extract threw on input starting ${JSON.stringify(text.slice(0, 80))}: ${(e as Error).stack}`);
	}
}

describe('robustness', () => {
	it('random date-word soup never throws, keeps offsets true and writes no broken value', { timeout: 30_000 }, () => {
		const random = rng(42);
		for (let n = 0; n < 60; n++) {
			const text = Array.from({ length: 200 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
			const r = tryExtract(text);
			if (!r) continue;
			for (const e of r.events) for (const m of e.mentions) expect(r.documents[0].text.slice(m.start, m.end)).toBe(m.text);
			// (A value is never written from a number that is not one: a day of a year BC once came out "+000NaN-09".)
			for (const e of r.events) expect(e.time.value, e.title).not.toMatch(/NaN|undefined/);
			for (const x of r.expressions) expect(x.time?.value ?? '', x.text).not.toMatch(/NaN|undefined/);
		}
	});
	it('random bytes are refused as binary or read without throwing', () => {
		const random = rng(7);
		for (let n = 0; n < 20; n++) {
			const text = String.fromCharCode(...Array.from({ length: 2000 }, () => Math.floor(random() * 256)));
			expect(() => tryExtract(text)).not.toThrow();
		}
	});
	// A generous time limit: this checks that it finishes at all (the pipeline is linear), not how fast.
	it('a 1 MB single line of prose finishes, in chunks', { timeout: 60_000 }, () => {
		const line = 'Officials said the talks would resume on Friday, a week after they met in Geneva. '.repeat(12_500);
		const r = tryExtract(line);
		expect(r?.events.length).toBeGreaterThan(0);
	});
	it('long runs of digits and month names finish', { timeout: 60_000 }, () => {
		expect(tryExtract('1945 '.repeat(20_000))).not.toBeNull();
		expect(tryExtract('May March June '.repeat(10_000))).not.toBeNull();
	});
	it('deeply nested HTML is read as text', () => {
		const html = '<html><body>' + '<div>'.repeat(5000) + '<p>The war ended on 8 May 1945.</p>' + '</div>'.repeat(5000) + '</body></html>';
		const r = tryExtract(html);
		expect(r?.events[0]?.time.value).toBe('1945-05-08');
	});
	it('chunks of a long passage cover it exactly, in order', () => {
		const text = 'A sentence about things. '.repeat(1000) + 'x'.repeat(10_000);
		const [passage] = splitPassages(text);
		const scopes = chunkScopes(passage);
		expect(scopes[0].passage.start).toBe(passage.start);
		expect(scopes.at(-1)!.passage.end).toBe(passage.end);
		for (let i = 1; i < scopes.length; i++) expect(scopes[i].passage.start).toBe(scopes[i - 1].passage.end);
		for (const s of scopes) expect(s.text.length).toBeLessThanOrEqual(CHUNK * 2);
	});
});
