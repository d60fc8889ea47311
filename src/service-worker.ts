/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * The service worker: keeps the app working offline once it has loaded once (classroom
 * networks fail). On install it stores the whole app (the build, `static/`, and the pages
 * `/` and `/present`) in a cache named after the build version; on activate it deletes the
 * caches of older versions. Requests are answered as `cachePolicy.ts` decides: the app's
 * files from the cache, page loads and other same-origin requests from the network with the
 * cache as fallback. SvelteKit registers this file by itself.
 */
import { base, build, files, version } from '$service-worker';
import { cacheName, cacheStrategy, navigationFallbacks, precacheList } from '$lib/offline/cachePolicy';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = cacheName(version);
/** The pages that must open offline (both are client-rendered shells). */
const PAGES = ['/', '/present'];
const PRECACHE = precacheList(build, files, PAGES, base);
const ASSETS = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE && key.startsWith(cacheName(''))) await caches.delete(key);
			}
			// Take over the page that installed the worker, so it is covered offline without a reload.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const strategy = cacheStrategy(request, sw.location.origin, ASSETS);
	if (strategy === 'pass-through') return;
	event.respondWith(strategy === 'cache-first' ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		// Keep a copy of good same-origin answers for the next time the network is gone.
		// A page is kept under its path alone: `/present?step=3` and `?step=4` are the same shell.
		if (response.ok && response.type === 'basic') {
			await cache.put(request.mode === 'navigate' ? new URL(request.url).pathname : request, response.clone());
		}
		return response;
	} catch (error) {
		const hit = await cache.match(request);
		if (hit) return hit;
		if (request.mode === 'navigate') {
			for (const path of navigationFallbacks(request.url, base)) {
				const page = await cache.match(path);
				if (page) return page;
			}
		}
		throw error;
	}
}
