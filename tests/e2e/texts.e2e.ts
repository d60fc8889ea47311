/**
 * Several texts in one timeline, the filter box and the list view: what a teacher does with two
 * articles on one subject, and what a reader who cannot use the graphic timeline gets.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const timelineEvents = (page: Page): Locator => page.locator('svg g[role="button"][data-event-id]');
/** The event list's rows: every event, where the timeline may gather some into a cluster. */
const listEvents = (page: Page): Locator => page.locator('.event-list button[data-event-id]');
const sourceText = (page: Page): Locator => page.getByRole('article', { name: 'Source text' });

const wall = `Berlin Wall

The Berlin Wall fell on 9 November 1989. Germany was reunified on 3 October 1990.`;
const velvet = `Velvet Revolution

Students marched in Prague on 17 November 1989. Václav Havel became president on 29 December 1989.`;

async function paste(page: Page, text: string, add: boolean): Promise<void> {
	await page.getByRole('button', { name: add ? 'Add text' : 'Paste text' }).click();
	const dialog = page.getByRole('dialog', { name: add ? 'Add a text to this timeline' : 'Paste text' });
	await dialog.getByRole('textbox', { name: 'Text to analyse' }).fill(text);
	await dialog.getByRole('button', { name: add ? 'Add to timeline' : 'Show timeline' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
}

test('a second text joins the timeline, in its own tab, and can be taken out again', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
	await paste(page, wall, false);
	const before = await listEvents(page).count();
	await paste(page, velvet, true);
	const tabs = page.getByRole('tablist', { name: 'Texts of this timeline' }).getByRole('tab');
	await expect(tabs).toHaveText(['Berlin Wall', 'Velvet Revolution']);
	await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
	await expect(sourceText(page)).toContainText('Students marched in Prague');
	await expect.poll(() => listEvents(page).count()).toBeGreaterThan(before);
	// Two texts: the timeline's legend names both.
	await expect(page.locator('.timeline').getByText('Velvet Revolution', { exact: true }).first()).toBeVisible();

	// Selecting an event of the first text shows the first text, its phrase highlighted.
	await listEvents(page).filter({ hasText: '9 November 1989' }).filter({ hasText: 'fell' }).click();
	await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
	await expect(sourceText(page).locator('mark.selected').filter({ hasText: '9 November 1989' })).toHaveCount(1);

	// The timeline survives a reload with both texts (once saved).
	await expect(page.locator('[data-save-state="saved"]')).toHaveCount(1);
	await page.reload();
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
	await expect(tabs).toHaveText(['Berlin Wall', 'Velvet Revolution']);

	await tabs.nth(1).click();
	await page.getByRole('button', { name: 'Remove this text from the timeline' }).click();
	await expect(page.getByRole('tablist')).toHaveCount(0);
	await expect(listEvents(page)).toHaveCount(before);
});

test('the filter box narrows the timeline and the list; Escape clears it', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
	const all = await timelineEvents(page).count();
	await page.keyboard.press('/');
	const filter = page.getByRole('searchbox', { name: 'Filter events' });
	await expect(filter).toBeFocused();
	await filter.fill('Red Square');
	await expect(page.getByText(/of \d+ events/)).toBeVisible();
	await expect.poll(() => timelineEvents(page).count()).toBeLessThan(all);
	for (const name of await timelineEvents(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))) expect(name).toBeTruthy();
	await filter.fill('no such words here');
	await expect(page.getByText('No event matches')).toBeVisible();
	await filter.press('Escape');
	await expect(filter).toHaveValue('');
	await expect(timelineEvents(page)).toHaveCount(all);
});

test('L opens the list view: every event with its date, title and passages; Show selects one', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
	const all = await timelineEvents(page).count();
	await page.locator('h1').click();
	await page.keyboard.press('l');
	const dialog = page.getByRole('dialog', { name: /All events, in time order/ });
	await expect(dialog).toBeVisible();
	const rows = dialog.locator('tbody tr');
	await expect(rows).toHaveCount(all);
	await expect(rows.first().locator('mark').first()).toBeVisible();
	await expect(dialog.getByRole('button', { name: /^Show “/ }).first()).toBeFocused();
	await rows.nth(2).getByRole('button', { name: /^Show “/ }).click();
	await expect(dialog).toBeHidden();
	await expect(page.locator('svg g[role="button"][aria-pressed="true"]')).toHaveCount(1);
});
