/**
 * Offline: once the app has loaded, the service worker keeps it working without a network
 * (classroom networks fail). After a first visit, the network is cut; a reload still opens
 * the editor, extraction (in its web worker) still works on pasted text, and present mode
 * still opens. A control run with service workers blocked shows that the network really is
 * gone in these tests.
 */
import { expect, test, type Page } from '@playwright/test';

async function openEditor(page: Page): Promise<void> {
	await expect(page.locator('.app[data-status]')).toHaveAttribute('data-status', 'ready');
	await expect(page.getByRole('article', { name: 'Source text' })).toContainText('Putin and Xi Strengthen Ties');
}

/** Waits until the service worker is active and controls the page (it claims the page that installed it). */
async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after a first visit the app opens, extracts and presents with the network gone', async ({ page, context }) => {
	await page.goto('/');
	await openEditor(page);
	await waitForServiceWorker(page);

	// The app's files, the extraction worker's script among them, are in the worker's cache.
	const cached = await page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) {
			for (const request of await (await caches.open(key)).keys()) paths.push(new URL(request.url).pathname);
		}
		return paths;
	});
	expect(cached).toContain('/');
	expect(cached).toContain('/present');
	expect(cached.some((p) => /\/workers\/extract\.worker[^/]*\.js$/.test(p))).toBe(true);

	// Only the service worker's cache may help: the browser's HTTP cache (which keeps the
	// immutable files of the first visit) is emptied, and the network cut.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await context.setOffline(true);
	// The network is really gone: a request the app never cached fails.
	const uncached = await page.evaluate(async () => {
		try {
			await fetch(`/favicon.svg?offline-check=${Math.random()}`);
			return 'fetched';
		} catch {
			return 'failed';
		}
	});
	expect(uncached).toBe('failed');

	const response = await page.reload();
	expect(response?.fromServiceWorker()).toBe(true);
	await openEditor(page);

	// Extraction runs in a web worker whose script must come from the cache too.
	await page.getByRole('button', { name: 'Paste text' }).click();
	const dialog = page.getByRole('dialog', { name: 'Paste text' });
	await dialog
		.getByRole('textbox', { name: 'Text to analyse' })
		.fill('The treaty was signed on 28 June 1919 at Versailles. The conference had opened on 18 January 1919.');
	await dialog.getByRole('button', { name: 'Show timeline' }).click();
	await expect(page.locator('.app[data-status]')).toHaveAttribute('data-status', 'ready');
	await expect(page.getByRole('article', { name: 'Source text' })).toContainText('The treaty was signed');
	const marks = page.locator('svg g[role="button"][data-event-id]');
	await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(2);
	await expect(page.locator('svg').getByRole('button', { name: /28 June 1919/ })).not.toHaveCount(0);

	// Present mode opens offline too, on the step asked for, with the timeline just made (saved in the browser).
	await expect(page.locator('[data-save-state="saved"]')).toHaveCount(1);
	const present = await page.goto('/present?step=1');
	expect(present?.fromServiceWorker()).toBe(true);
	await expect(page.locator('.present')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('.controls .count')).toHaveText('1 / 2');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.controls .count')).toHaveText('2 / 2');
});

test.describe('without the service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('a reload with the network gone fails (the control for the test above)', async ({ page, context }) => {
		await page.goto('/');
		await openEditor(page);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.clearBrowserCache');
		await context.setOffline(true);
		await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|net::/);
	});
});
