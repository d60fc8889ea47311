import { describe, expect, it } from 'vitest';
import { cacheName, cacheStrategy, navigationFallbacks, precacheList } from '../../../src/lib/offline/cachePolicy.ts';

const origin = 'https://timeweave.example';
const assets = new Set(['/_app/immutable/entry/start.abc.js', '/_app/immutable/workers/extract.worker-x1.js', '/favicon.svg', '/', '/present']);

describe('cacheStrategy(request, origin, assets)', () => {
	const rows: { name: string; method?: string; url: string; mode?: string; expected: string }[] = [
		{ name: 'a built script', url: `${origin}/_app/immutable/entry/start.abc.js`, expected: 'cache-first' },
		{ name: 'the extraction worker', url: `${origin}/_app/immutable/workers/extract.worker-x1.js`, expected: 'cache-first' },
		{ name: 'a static file', url: `${origin}/favicon.svg`, expected: 'cache-first' },
		{ name: 'a page load of the editor', url: `${origin}/`, mode: 'navigate', expected: 'network-first' },
		{ name: 'a page load of present mode with a step', url: `${origin}/present?step=3`, mode: 'navigate', expected: 'network-first' },
		{ name: 'an asset with a query (a cache buster)', url: `${origin}/favicon.svg?v=2`, expected: 'network-first' },
		{ name: 'an unknown file of this origin', url: `${origin}/_app/version.json`, expected: 'network-first' },
		{ name: 'another origin', url: 'https://cdn.example/lib.js', expected: 'pass-through' },
		{ name: 'a POST', method: 'POST', url: `${origin}/`, expected: 'pass-through' },
		{ name: 'a HEAD', method: 'HEAD', url: `${origin}/favicon.svg`, expected: 'pass-through' },
		{ name: 'a data URL', url: 'data:text/plain,hi', expected: 'pass-through' }
	];
	for (const { name, method = 'GET', url, mode = 'no-cors', expected } of rows) {
		it(name, () => {
			expect(cacheStrategy({ method, url, mode }, origin, assets)).toBe(expected);
		});
	}

	it('passes through a URL it cannot read', () => {
		expect(cacheStrategy({ method: 'GET', url: 'not a url', mode: 'cors' }, origin, assets)).toBe('pass-through');
	});
});

describe('precacheList(build, files, pages, base)', () => {
	it('lists the build, the static files and the pages, once each', () => {
		expect(precacheList(['/_app/a.js', '/_app/b.js'], ['/favicon.svg', '/_app/a.js'], ['/', '/present'])).toEqual([
			'/_app/a.js',
			'/_app/b.js',
			'/favicon.svg',
			'/',
			'/present'
		]);
	});
	it('puts the pages under the base path', () => {
		expect(precacheList([], [], ['/', '/present'], '/tw')).toEqual(['/tw/', '/tw/present']);
	});
});

describe('navigationFallbacks(url, base)', () => {
	it('looks for the page without its query, then the root', () => {
		expect(navigationFallbacks(`${origin}/present?step=3`)).toEqual(['/present', '/']);
	});
	it('looks only for the root when the root was asked', () => {
		expect(navigationFallbacks(`${origin}/?x=1`)).toEqual(['/']);
	});
	it('keeps the base path', () => {
		expect(navigationFallbacks(`${origin}/tw/present`, '/tw')).toEqual(['/tw/present', '/tw/']);
	});
});

describe('cacheName(version)', () => {
	it('names one cache per version', () => {
		expect(cacheName('1700000000000')).toBe('timeweave-1700000000000');
		expect(cacheName('a')).not.toBe(cacheName('b'));
	});
});
