/**
 * The timeline view on its developer page (`/dev/timeline`): zoom by wheel and keyboard,
 * the overview strip, keyboard navigation with its announcement, clusters, the document
 * legend, and the `goTo` API. Hand-made data sets, so names and dates are known.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const plot = (page: Page): Locator => page.locator('.frame svg[role="group"]');
const tickLabels = (page: Page): Promise<string[]> => plot(page).locator('g.axis text').allTextContents();
const announcer = (page: Page): Locator => page.locator('.frame [data-announcer]');
const windowX = (page: Page): Promise<number> =>
	page.locator('.frame [data-overview] [data-window]').evaluate((el) => Number(el.getAttribute('x')));

async function openDataset(page: Page, name: string): Promise<void> {
	await page.goto('/dev/timeline');
	const button = page.getByRole('button', { name, exact: true });
	// A click before the page has hydrated is lost (the default data set stays): click until this one is shown.
	await expect(async () => {
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
	}).toPass();
	await expect(plot(page).locator('[data-key]').first()).toBeVisible();
}

/** The focused element's accessible name. */
const focusedName = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

test('the wheel zooms around the pointer and the ticks follow', async ({ page }) => {
	await openDataset(page, 'modern');
	const before = await tickLabels(page);
	expect(before).toContain('1960');
	const box = await plot(page).boundingBox();
	if (!box) throw new Error('no plot');
	// Over 1945: zooming there keeps the 1940s in view and brings finer ticks.
	await page.mouse.move(box.x + box.width * 0.08, box.y + box.height / 2);
	for (let i = 0; i < 8; i++) {
		await page.mouse.wheel(0, -300);
		await page.waitForTimeout(40);
	}
	await expect.poll(() => tickLabels(page)).not.toEqual(before);
	const after = await tickLabels(page);
	expect(after.some((t) => /^194\d$|Jan|Jul/.test(t))).toBe(true);
	expect(after).not.toContain('2020');
});

test('keyboard zoom: + zooms in, - zooms out, 0 fits everything', async ({ page }) => {
	await openDataset(page, 'modern');
	const fit = await tickLabels(page);
	await plot(page).locator('[data-key][tabindex="0"]').focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect.poll(() => tickLabels(page)).not.toEqual(fit);
	const zoomed = await tickLabels(page);
	await page.keyboard.press('-');
	await expect.poll(() => tickLabels(page)).not.toEqual(zoomed);
	await expect(plot(page).locator('[data-event-id="ww2"]')).toBeFocused();
	await page.keyboard.press('0');
	await expect.poll(() => tickLabels(page)).toEqual(fit);
	await expect(page.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
});

test('dragging the overview window moves the view', async ({ page }) => {
	await openDataset(page, 'modern');
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => windowX(page)).toBeGreaterThan(1);
	const x0 = await windowX(page);
	const ticks = await tickLabels(page);
	const win = page.locator('.frame [data-overview] [data-window]');
	const box = await win.boundingBox();
	if (!box) throw new Error('no overview window');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 6 });
	await page.mouse.up();
	await expect.poll(() => windowX(page)).toBeGreaterThan(x0 + 100);
	await expect.poll(() => tickLabels(page)).not.toEqual(ticks);
});

test('one tab stop; arrows move between events in time order, Enter selects and is announced, Escape clears', async ({ page }) => {
	await openDataset(page, 'modern');
	await expect(plot(page).locator('[data-key][tabindex="0"]')).toHaveCount(1);
	await plot(page).locator('[data-key][tabindex="0"]').focus();
	expect(await focusedName(page)).toBe('Second World War, 1939 – 1945');
	const order: (string | null)[] = [];
	for (let i = 0; i < 4; i++) {
		await page.keyboard.press('ArrowRight');
		order.push(await focusedName(page));
	}
	expect(order).toEqual([
		'Germany invades Poland, 1 September 1939',
		'D-Day landings in Normandy, 6 June 1944',
		'Victory in Europe Day, 8 May 1945',
		'Soviet victory over Nazi Germany, end of WWII in Europe, 9 May 1945'
	]);
	await page.keyboard.press('ArrowLeft');
	expect(await focusedName(page)).toBe('Victory in Europe Day, 8 May 1945');
	// The tab stop follows the focus.
	await expect(plot(page).locator('[data-key][tabindex="0"]')).toHaveAttribute('data-event-id', 've');

	await page.keyboard.press('Enter');
	await expect(plot(page).locator('[data-event-id="ve"]')).toHaveAttribute('aria-pressed', 'true');
	await expect(announcer(page)).toHaveAttribute('aria-live', 'polite');
	await expect(announcer(page)).toHaveText('Selected: Victory in Europe Day, 8 May 1945.');

	await page.keyboard.press('Escape');
	await expect(plot(page).locator('[data-event-id="ve"]')).toHaveAttribute('aria-pressed', 'false');
	await expect(announcer(page)).toHaveText('No event selected.');

	// End goes to the last event, panning it into view.
	await page.keyboard.press('End');
	expect(await focusedName(page)).toMatch(/^Flypast over Red Square/);
});

test('a dense view shows clusters, and a cluster opens on click', async ({ page }) => {
	await openDataset(page, 'dense');
	const clusters = plot(page).locator('[data-cluster]');
	await expect(clusters.first()).toBeVisible();
	const names = await clusters.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
	for (const name of names) expect(name).toMatch(/^[\d,]+ events, .+; Enter to zoom in$/);
	const events = plot(page).locator('[data-event-id]');
	const before = await events.count();
	const ticks = await tickLabels(page);
	await clusters.first().click();
	await expect.poll(() => tickLabels(page)).not.toEqual(ticks);
	await expect.poll(() => events.count()).toBeGreaterThan(before);
});

test('a cluster opens from the keyboard too', async ({ page }) => {
	await openDataset(page, 'dense');
	const first = plot(page).locator('[data-key][tabindex="0"]');
	await expect(first).toHaveAttribute('data-cluster', /\d+/);
	await first.focus();
	const ticks = await tickLabels(page);
	await page.keyboard.press('Enter');
	await expect.poll(() => tickLabels(page)).not.toEqual(ticks);
});

test('goTo(start, end) shows that stretch of time', async ({ page }) => {
	await openDataset(page, 'modern');
	const form = page.getByRole('form', { name: 'Go to' });
	await form.getByLabel('From').fill('1944-06-01');
	await form.getByLabel('to').fill('1944-07-01');
	await form.getByRole('button', { name: 'Go to dates' }).click();
	// June fills the view, with a margin on each side.
	await expect(plot(page).locator('.caption')).toHaveText('May – July 1944');
	await expect.poll(async () => (await tickLabels(page)).filter((t) => /^\d+ Jun$/.test(t)).length).toBeGreaterThanOrEqual(3);
	await expect(plot(page).locator('[data-event-id="dday"]')).toBeInViewport();
});

test('events from two documents are coloured by document, with a legend', async ({ page }) => {
	await openDataset(page, 'modern');
	await expect(page.getByRole('list', { name: 'Documents' })).toHaveCount(0);
	await page.getByRole('button', { name: 'documents', exact: true }).click();
	const legend = page.getByRole('list', { name: 'Documents' });
	await expect(legend.getByRole('listitem')).toHaveText(['A history of the 20th century', 'News, May 2025']);
	const colours = await plot(page)
		.locator('[data-event-id="poland"] .mark, [data-event-id="dday"] .mark')
		.evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
	expect(colours).toHaveLength(2);
	expect(colours[0]).not.toBe(colours[1]);
	// An approximate date has a soft edge (a fading mask), an exact one does not.
	await expect(plot(page).locator('[data-event-id="arrival"] .mark')).toHaveAttribute('mask', /soft-dot/);
	await expect(plot(page).locator('[data-event-id="talks"] .mark')).not.toHaveAttribute('mask', /.+/);
});

test('a cluster that no zoom can open lists its events instead', async ({ page }) => {
	await openDataset(page, 'crowded');
	const cluster = plot(page).locator('[data-cluster="15"]');
	const dialog = page.getByRole('dialog', { name: /^15 events, 9 May 2025$/ });
	// Each click zooms in; at the deepest zoom the events still share one spot, so the list opens.
	for (let i = 0; i < 12 && !(await dialog.isVisible()); i++) {
		await cluster.click();
		await page.waitForTimeout(650);
	}
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('listitem')).toHaveCount(15);
	await expect(dialog.getByRole('button', { name: /^Ceremony number 1 9 May 2025$/ })).toBeFocused();
	await dialog.getByRole('button', { name: /^Ceremony number 3 / }).click();
	await expect(announcer(page)).toHaveText('Selected: Ceremony number 3, 9 May 2025.');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(cluster).toBeFocused();
});
