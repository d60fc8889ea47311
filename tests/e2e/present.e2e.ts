/**
 * Present mode: the keys a clicker sends step through the events in time order, the step
 * lives in the URL and survives a reload, Escape leaves (out of full screen first), the
 * theme switches and is remembered, and nothing overflows at 1024x768 or 1920x1080.
 * Event titles come from the extractor and may change; the tests go by dates and counts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const slide = (page: Page): Locator => page.locator('article.slide');
const slideDate = (page: Page): Locator => slide(page).locator('.date');
const slideTitle = (page: Page): Locator => slide(page).getByRole('heading', { level: 1 });
const counter = (page: Page): Locator => page.locator('.controls .count');

/** The step in the address bar (1-based), or null. */
const urlStep = (page: Page): number | null => {
	const raw = new URL(page.url()).searchParams.get('step');
	return raw === null ? null : Number(raw);
};

/** "3 / 12" -> [3, 12]. */
async function progress(page: Page): Promise<[number, number]> {
	const text = (await counter(page).textContent()) ?? '';
	const m = /^(\d+) \/ (\d+)$/.exec(text.trim());
	if (!m) throw new Error(`no progress in "${text}"`);
	return [Number(m[1]), Number(m[2])];
}

async function openPresent(page: Page, search = ''): Promise<void> {
	await page.goto(`/present${search}`);
	await expect(page.locator('.present')).toHaveAttribute('data-status', 'ready');
	await expect(slide(page)).toBeVisible();
}

/** Waits until step `n` is on screen and in the URL. */
async function expectStep(page: Page, n: number, count?: number): Promise<void> {
	await expect(counter(page)).toHaveText(count === undefined ? new RegExp(`^${n} / \\d+$`) : `${n} / ${count}`);
	await expect.poll(() => urlStep(page)).toBe(n);
}

/** Fails when the page scrolls either way, or when the slide's text is pushed out of the window. */
async function expectNoOverflow(page: Page): Promise<void> {
	const m = await page.evaluate(() => {
		const root = document.documentElement;
		const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
		return {
			scrollWidth: root.scrollWidth,
			clientWidth: root.clientWidth,
			scrollHeight: root.scrollHeight,
			clientHeight: root.clientHeight,
			innerWidth: window.innerWidth,
			innerHeight: window.innerHeight,
			boxes: ['.bar', 'article.slide', '.timeline-box', '.controls'].map((sel) => ({ sel, rect: box(sel) }))
		};
	});
	expect(m.scrollWidth).toBeLessThanOrEqual(m.clientWidth);
	expect(m.scrollHeight).toBeLessThanOrEqual(m.clientHeight);
	for (const { sel, rect } of m.boxes) {
		expect(rect, sel).not.toBeNull();
		if (!rect) continue;
		expect(rect.left, `${sel} left`).toBeGreaterThanOrEqual(0);
		expect(rect.top, `${sel} top`).toBeGreaterThanOrEqual(0);
		expect(rect.right, `${sel} right`).toBeLessThanOrEqual(m.innerWidth + 0.5);
		expect(rect.bottom, `${sel} bottom`).toBeLessThanOrEqual(m.innerHeight + 0.5);
	}
}

async function pasteText(page: Page, text: string): Promise<void> {
	await page.goto('/');
	await expect(page.locator('.app[data-status]')).toHaveAttribute('data-status', 'ready');
	await page.getByRole('button', { name: 'Paste text' }).click();
	const dialog = page.getByRole('dialog', { name: 'Paste text' });
	await dialog.getByRole('textbox', { name: 'Text to analyse' }).fill(text);
	await dialog.getByRole('button', { name: 'Show timeline' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.locator('.app[data-status]')).toHaveAttribute('data-status', 'ready');
}

test('the clicker keys step through the events in time order, and the step is in the URL', async ({ page }) => {
	await openPresent(page);
	await expectStep(page, 1);
	const [, count] = await progress(page);
	expect(count).toBeGreaterThanOrEqual(4);

	// Every step once, forward with the keys clickers send, collecting the dates shown.
	const dates = [await slideDate(page).textContent()];
	const forward = ['ArrowRight', 'PageDown', 'Space', 'ArrowDown'];
	for (let n = 2; n <= count; n++) {
		await page.keyboard.press(forward[(n - 2) % forward.length]);
		await expectStep(page, n, count);
		dates.push(await slideDate(page).textContent());
	}
	// Time order: the victory (1945) before the meeting (8 May 2025) before the parade (9 May 2025).
	const victory = dates.indexOf('9 May 1945');
	const meeting = dates.indexOf('8 May 2025');
	const parade = dates.indexOf('9 May 2025');
	expect(victory).toBeGreaterThanOrEqual(0);
	expect(meeting).toBeGreaterThan(victory);
	expect(parade).toBeGreaterThan(meeting);

	// Past the end: nothing moves.
	await page.keyboard.press('PageDown');
	await expectStep(page, count, count);

	// Back with each backward key, then the ends.
	await page.keyboard.press('ArrowLeft');
	await expectStep(page, count - 1, count);
	await page.keyboard.press('PageUp');
	await expectStep(page, count - 2, count);
	await page.keyboard.press('Shift+Space');
	await expectStep(page, count - 3, count);
	await page.keyboard.press('Home');
	await expectStep(page, 1, count);
	await expect(slideDate(page)).toHaveText(dates[0] ?? '');
	await page.keyboard.press('End');
	await expectStep(page, count, count);
	await expect(slideDate(page)).toHaveText(dates[count - 1] ?? '');
	await page.keyboard.press('ArrowUp');
	await expectStep(page, count - 1, count);

	// The step is announced, and the progress bar says the same.
	await expect(page.locator('[aria-live="polite"]:not([data-announcer])')).toContainText(`Step ${count - 1} of ${count}:`);
	await expect(page.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', String(count - 1));
});

test('a reload stays on the step in the URL', async ({ page }) => {
	await openPresent(page, '?step=3');
	await expectStep(page, 3);
	const title = await slideTitle(page).textContent();
	const date = await slideDate(page).textContent();
	await page.keyboard.press('ArrowRight');
	await expectStep(page, 4);
	const title4 = await slideTitle(page).textContent();

	await page.reload();
	await expect(page.locator('.present')).toHaveAttribute('data-status', 'ready');
	await expectStep(page, 4);
	await expect(slideTitle(page)).toHaveText(title4 ?? '');

	await page.goto('/present?step=3');
	await expectStep(page, 3);
	await expect(slideTitle(page)).toHaveText(title ?? '');
	await expect(slideDate(page)).toHaveText(date ?? '');
});

test('a step out of range shows the nearest one, and the URL is corrected', async ({ page }) => {
	await openPresent(page, '?step=999');
	const [current, count] = await progress(page);
	expect(current).toBe(count);
	await expect.poll(() => urlStep(page)).toBe(count);

	await openPresent(page, '?step=nonsense');
	await expectStep(page, 1);
});

test('each step shows its quote with the mention highlighted, and its source; the timeline follows', async ({ page }) => {
	await openPresent(page);
	const [, count] = await progress(page);
	for (let n = 1; n <= count; n++) {
		const mark = slide(page).locator('blockquote mark');
		await expect(mark).toHaveCount(1);
		expect((await mark.textContent())?.trim()).not.toBe('');
		await expect(slide(page).locator('figcaption')).toContainText(/· passage \d+/);
		// The timeline shows this step's event as the selected one.
		const selected = page.locator('.timeline-box svg g[data-event-id][aria-pressed="true"]');
		await expect(selected).toHaveCount(1);
		await expect(selected).toHaveAttribute('aria-label', new RegExp(`, ${(await slideDate(page).textContent()) ?? ''}$`));
		if (n < count) {
			await page.getByRole('button', { name: 'Next' }).click();
			await expectStep(page, n + 1, count);
		}
	}
	// The meeting is quoted from the sentence that dates it.
	await page.keyboard.press('Home');
	for (let n = 1; n <= count; n++) {
		if ((await slideDate(page).textContent()) === '8 May 2025') break;
		await page.keyboard.press('ArrowRight');
		await expectStep(page, n + 1, count);
	}
	await expect(slide(page).locator('blockquote')).toContainText('convened in Moscow on Thursday');

	// Clicking another event on the timeline goes to its step.
	await page.getByRole('button', { name: 'Previous' }).click();
	const [before] = await progress(page);
	// Each step flies the timeline (an animated zoom of 0.7 s); let it land, then pick a mark still in view.
	await page.waitForTimeout(1200);
	// Pinned by id: the marks are redrawn (in time order) as the view moves, so "the first" may change.
	const otherId = (await page.locator('.timeline-box svg g[data-event-id][aria-pressed="false"]').first().getAttribute('data-event-id')) ?? '';
	const other = page.locator(`.timeline-box svg g[data-event-id="${otherId}"]`);
	const otherLabel = (await other.getAttribute('aria-label')) ?? '';
	await other.click();
	await expect.poll(async () => (await progress(page))[0]).not.toBe(before);
	await expect(page.locator('.timeline-box svg g[data-event-id][aria-pressed="true"]')).toHaveAttribute('aria-label', otherLabel);
});

test('the Present link opens present mode in full screen; Escape leaves full screen, then present mode', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.app[data-status]')).toHaveAttribute('data-status', 'ready');
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page).toHaveURL(/\/present\?step=1$/);
	await expect(slide(page)).toBeVisible();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);

	await page.keyboard.press('Escape');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
	await expect(page).toHaveURL(/\/present/);
	await expect(page.getByRole('status').filter({ hasText: 'Press Escape again' })).toBeVisible();

	// F (or the button) goes back to full screen.
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await page.getByRole('button', { name: 'Full screen' }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('.app[data-status]')).toHaveAttribute('data-status', 'ready');
});

test('the step the editor had selected is where present mode starts', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.app[data-status]')).toHaveAttribute('data-status', 'ready');
	await page
		.locator('svg')
		.getByRole('button', { name: /(^|[^0-9])9 May 2025/ })
		.and(page.locator('[data-event-id]'))
		.first()
		.click();
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(slideDate(page)).toHaveText('9 May 2025');
	const [current] = await progress(page);
	await expect.poll(() => urlStep(page)).toBe(current);
});

test('T switches between the dark and the high-contrast light theme, and the choice is remembered', async ({ page }) => {
	await openPresent(page);
	const root = page.locator('.present');
	await expect(root).toHaveAttribute('data-theme', 'dark');
	const darkBg = await root.evaluate((el) => getComputedStyle(el).backgroundColor);
	await page.keyboard.press('t');
	await expect(root).toHaveAttribute('data-theme', 'light');
	expect(await root.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
	expect(darkBg).not.toBe('rgb(255, 255, 255)');
	await page.reload();
	await expect(page.locator('.present')).toHaveAttribute('data-theme', 'light');
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('.present')).toHaveAttribute('data-theme', 'dark');
});

// Readable from the back of a classroom: titles of 40px and quotes of 28px on a 1080p
// projector; the type scales with the window, so a 768-line projector gets a little less.
for (const { minTitle, minQuote, ...viewport } of [
	{ width: 1024, height: 768, minTitle: 32, minQuote: 21 },
	{ width: 1920, height: 1080, minTitle: 40, minQuote: 28 }
]) {
	test(`present mode fits ${viewport.width}x${viewport.height} in both themes, with large type`, async ({ page }, testInfo) => {
		await page.setViewportSize(viewport);
		await openPresent(page);
		const [, count] = await progress(page);
		for (const theme of ['dark', 'light']) {
			for (let n = 1; n <= count; n++) {
				await expectStep(page, n, count);
				await expectNoOverflow(page);
				if (n < count) await page.keyboard.press('ArrowRight');
			}
			await page.keyboard.press('Home');
			await expectStep(page, 1, count);
			await testInfo.attach(`present-${viewport.width}x${viewport.height}-${theme}`, {
				body: await page.screenshot(),
				contentType: 'image/png'
			});
			if (theme === 'dark') await page.keyboard.press('t');
		}
		const sizes = await slide(page).evaluate((el) => ({
			title: parseFloat(getComputedStyle(el.querySelector('h1') as Element).fontSize),
			quote: parseFloat(getComputedStyle(el.querySelector('blockquote') as Element).fontSize)
		}));
		expect(sizes.title).toBeGreaterThanOrEqual(minTitle);
		expect(sizes.quote).toBeGreaterThanOrEqual(minQuote);
	});
}

test('long titles and quotes wrap or are cut, never overflow, at 1024x768', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	const long = 'Supercalifragilisticexpialidocious'.repeat(6);
	const sentence = `The delegation of the ${long} federation and the ${long} commission signed the extraordinarily long and complicated agreement, after many ${long} rounds of talks that lasted for weeks and weeks and weeks, on 9 May 1945 in the city of ${long}, in front of a very large crowd of ${long} reporters and citizens and officials from every corner of the world.`;
	await pasteText(page, `${long} ${long}\n\n${sentence}\n\n${sentence}`);
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(slide(page)).toBeVisible();
	await expect(slide(page).locator('blockquote mark')).toHaveCount(1);
	await expectNoOverflow(page);
});

test('a text without dated events says so and offers a way back', async ({ page }) => {
	await pasteText(page, 'Nothing in this text happens at any particular time.');
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page.getByText('There are no dated events to present in this text.')).toBeVisible();
	await page.getByRole('link', { name: 'Back to the editor' }).click();
	await expect(page).toHaveURL(/\/$/);
});
