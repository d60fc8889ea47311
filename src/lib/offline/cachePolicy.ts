/**
 * How the service worker answers each request, so the app keeps working when a classroom
 * network fails. Pure: the worker (`src/service-worker.ts`) does the caching.
 *
 * - The app's own files (the build, `static/`): from the cache first. Their names change
 *   with every build (immutable), so a cached copy is never stale.
 * - Page loads (navigations) and any other request to this origin: from the network first, so
 *   an online user always gets the newest app, falling back to the cache when offline.
 * - Anything else (other origins, anything but GET): left to the browser.
 */

/** What the worker does with a request. */
export type CacheStrategy = 'cache-first' | 'network-first' | 'pass-through';

/** The parts of a request the choice depends on. */
export interface RequestInfo {
	method: string;
	/** Absolute URL. */
	url: string;
	/** `Request.mode`: `navigate` for page loads. */
	mode: string;
}

/** The name of the cache for a build version; one cache per version, older ones deleted on activate. */
export function cacheName(version: string): string {
	return `timeweave-${version}`;
}

/**
 * The URLs to store when the worker installs: the app's files and the app's pages, so
 * every page opens offline even if it was never visited online. Duplicates removed.
 * @param base - the app's base path (`''` at the site root)
 */
export function precacheList(build: readonly string[], files: readonly string[], pages: readonly string[], base = ''): string[] {
	return [...new Set([...build, ...files, ...pages.map((p) => `${base}${p}`)])];
}

/** The strategy for `request` in a worker served from `origin`, with `assets` the precached paths. */
export function cacheStrategy(request: RequestInfo, origin: string, assets: ReadonlySet<string>): CacheStrategy {
	if (request.method !== 'GET') return 'pass-through';
	let url: URL;
	try {
		url = new URL(request.url);
	} catch {
		return 'pass-through';
	}
	if (url.origin !== origin) return 'pass-through';
	if (request.mode === 'navigate') return 'network-first';
	if (assets.has(url.pathname) && url.search === '') return 'cache-first';
	return 'network-first';
}

/**
 * Where to look in the cache for a page load that the network could not serve: the page
 * itself (without its query, so `/present?step=3` finds `/present`), then the app's root,
 * whose shell starts the client router on any of the app's pages.
 */
export function navigationFallbacks(url: string, base = ''): string[] {
	const { pathname } = new URL(url);
	const root = `${base}/`;
	return pathname === root ? [root] : [pathname, root];
}
