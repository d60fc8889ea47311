/**
 * The app around the extractor and the timeline: the example, zoom, two-way selection between
 * the timeline and the text, pasting, hostile text, the reference date, and refused input.
 * Event titles come from the extractor and may change; the tests find events by their dates
 * (the timeline's marks are named "{title}, {date}").
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The timeline's event marks (not the zoom buttons, not the list). */
const timelineEvents = (page: Page): Locator => page.locator('svg g[role="button"][data-event-id]');

/** An event mark whose name contains `date` as a whole date ("8 May 2025" must not match "18 May 2025"). */
const eventOn = (page: Page, date: string): Locator =>
	page
		.locator('svg')
		.getByRole('button', { name: new RegExp(`(^|[^0-9])${date}`) })
		.and(page.locator('[data-event-id]'));

const sourceText = (page: Page): Locator => page.getByRole('article', { name: 'Source text' });

const eventNames = async (page: Page): Promise<string[]> =>
	(await timelineEvents(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))).sort();

async function openExample(page: Page): Promise<void> {
	await page.goto('/');
	// The page exposes the document's status; "ready" means the example's events are drawn.
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
	await expect(sourceText(page)).toContainText('Putin and Xi Strengthen Ties');
}

async function pasteViaDialog(page: Page, text: string): Promise<void> {
	await page.getByRole('button', { name: 'Paste text' }).click();
	const dialog = page.getByRole('dialog', { name: 'Paste text' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('textbox', { name: 'Text to analyse' }).fill(text);
	await dialog.getByRole('button', { name: 'Show timeline' }).click();
	await expect(dialog).toBeHidden();
}

test('the example shows its events, and its text exactly', async ({ page }) => {
	await openExample(page);
	await expect.poll(() => timelineEvents(page).count()).toBeGreaterThanOrEqual(3);
	await expect(eventOn(page, '8 May 2025')).not.toHaveCount(0); // the meeting
	await expect(eventOn(page, '9 May 2025')).not.toHaveCount(0); // the parade
	await expect(eventOn(page, '9 May 1945')).not.toHaveCount(0); // victory in Europe
	// The list is the accessible alternative: one toggle button per timeline event.
	const list = page.getByRole('region', { name: /^Events/ });
	await expect(list.getByRole('button')).toHaveCount(await timelineEvents(page).count());
	// Passages are shown as written: no whitespace added or lost around the marks.
	const shown = (await sourceText(page).locator('p[data-passage-id]').allTextContents()).join('\n');
	expect(shown).toContain(
		'In a ceremonial atmosphere, President Vladimir V. Putin of Russia and China’s President Xi Jinping convened in Moscow on Thursday, a day before the monumental occasion'
	);
});

test('wheel zoom over the timeline changes the axis tick labels', async ({ page }) => {
	await openExample(page);
	const svg = page.locator('svg:has(g.axis)');
	const ticks = svg.locator('g.axis text');
	await expect(ticks.first()).toBeVisible();
	const before = await ticks.allTextContents();
	const box = await svg.boundingBox();
	if (!box) throw new Error('timeline svg has no box');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 6; i++) {
		await page.mouse.wheel(0, -300);
		await page.waitForTimeout(60);
	}
	await expect.poll(() => ticks.allTextContents()).not.toEqual(before);
});

test('selecting the parade highlights its passages, and clicking a phrase selects its event', async ({ page }) => {
	await openExample(page);
	const parade = eventOn(page, '9 May 2025').first();
	const paradeId = await parade.getAttribute('data-event-id');
	expect(paradeId).toBeTruthy();
	await parade.click();

	const marks = sourceText(page).locator(`mark[data-event-id="${paradeId}"]`);
	await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(2); // the paragraph and its repeat
	await expect(marks.first()).toHaveClass(/selected/);
	await expect(marks.first()).toBeInViewport();

	// Select another event, then click one of the parade's (now underlined) phrases in the text.
	const meeting = eventOn(page, '8 May 2025').first();
	await meeting.click();
	await expect(meeting).toHaveAttribute('aria-pressed', 'true');
	await expect(parade).not.toHaveAttribute('aria-pressed', 'true');
	await marks.last().click();
	await expect(parade).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('region', { name: /^Events/ }).locator(`button[data-event-id="${paradeId}"]`)).toHaveAttribute('aria-pressed', 'true');

	// The phrase is a button for the keyboard too.
	await meeting.click();
	await marks.first().focus();
	await page.keyboard.press('Enter');
	await expect(parade).toHaveAttribute('aria-pressed', 'true');
});

test('a pasted text replaces the events', async ({ page }) => {
	await openExample(page);
	await pasteViaDialog(page, 'On 14 July 1789, the Bastille was stormed in Paris. The Battle of Waterloo was fought on 18 June 1815.');
	await expect(sourceText(page)).toContainText('the Bastille was stormed');
	await expect(sourceText(page)).not.toContainText('Putin');
	await expect(eventOn(page, '14 July 1789')).not.toHaveCount(0);
	await expect(eventOn(page, '18 June 1815')).not.toHaveCount(0);
	await expect(timelineEvents(page).and(page.locator('[aria-label*="2025"]'))).toHaveCount(0);
});

test('script and HTML in a pasted text are shown as text, never run', async ({ page }) => {
	await openExample(page);
	const script = '<script>window.__pwned=1</script>';
	const img = '<img src=x onerror="window.__pwned=2">';
	await pasteViaDialog(page, `Notes from 14 July 1789. ${script} Then ${img} on 18 June 1815.`);
	const pane = sourceText(page);
	await expect(pane).toContainText(script);
	await expect(pane).toContainText(img);
	await expect(pane.locator('script, img')).toHaveCount(0);
	await page.waitForTimeout(300); // give a broken image's onerror time to fire, if it existed
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the reference date is shown with how it was found, and changing it re-dates relative events', async ({ page }) => {
	await openExample(page);
	const field = page.locator('input[type="date"][aria-label="Reference date"]');
	await expect(field).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
	await expect(page.getByText('inferred from the text')).toBeVisible();
	const found = await field.inputValue();
	const before = await eventNames(page);

	await field.fill('2021-06-15');
	await expect(page.getByText('set by you')).toBeVisible();
	await expect(field).toHaveValue('2021-06-15');
	await expect.poll(() => eventNames(page)).not.toEqual(before);
	await expect(eventOn(page, '9 May 1945')).not.toHaveCount(0); // absolute dates stay put

	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(page.getByText('inferred from the text')).toBeVisible();
	await expect(field).toHaveValue(found);
	await expect.poll(() => eventNames(page)).toEqual(before);
});

test('an empty paste shows an error and keeps the previous text and events', async ({ page }) => {
	await openExample(page);
	const before = await eventNames(page);
	await pasteViaDialog(page, '   ');
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.getByRole('alert')).not.toBeEmpty();
	await expect(sourceText(page)).toContainText('Putin and Xi Strengthen Ties');
	expect(await eventNames(page)).toEqual(before);
});

test('files: a binary or empty file is refused with a reason, a text file replaces the text', async ({ page }) => {
	await openExample(page);
	const before = await eventNames(page);
	const input = page.locator('input[type="file"]');

	await input.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]) });
	await expect(page.getByRole('alert')).toHaveText('This file is not text (it looks binary).');
	await input.setInputFiles({ name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.alloc(0) });
	await expect(page.getByRole('alert')).toContainText('empty');
	await expect(sourceText(page)).toContainText('Putin and Xi Strengthen Ties');
	expect(await eventNames(page)).toEqual(before);

	await input.setInputFiles({ name: 'waterloo.txt', mimeType: 'text/plain', buffer: Buffer.from('The Battle of Waterloo was fought on 18 June 1815.') });
	await expect(sourceText(page)).toContainText('Battle of Waterloo');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(sourceText(page)).toContainText('waterloo.txt');
});

test('pasting or dropping on the page replaces the text; the Example button brings the sample back', async ({ page }) => {
	await openExample(page);
	// Ctrl+V outside any field: the page receives a paste event with the clipboard's text.
	await page.evaluate(() => {
		const data = new DataTransfer();
		data.setData('text/plain', 'The Bastille was stormed on 14 July 1789.');
		document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	});
	await expect(sourceText(page)).toContainText('The Bastille was stormed');

	// A file dropped anywhere on the page.
	await page.evaluate(() => {
		const data = new DataTransfer();
		data.items.add(new File(['The Battle of Waterloo was fought on 18 June 1815.'], 'waterloo.txt', { type: 'text/plain' }));
		document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
	});
	await expect(sourceText(page)).toContainText('Battle of Waterloo');

	await page.getByRole('button', { name: 'Example' }).click();
	await expect(sourceText(page)).toContainText('Putin and Xi Strengthen Ties');
});
