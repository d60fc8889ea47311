/**
 * Correcting the timeline: edit an event's title and date, undo and redo (buttons and keys),
 * delete, add an event from a phrase selected in the text, merge two, and the saved timelines
 * (a reload keeps everything; open, rename, delete). Each test starts with a fresh browser
 * context, so storage is empty and the example opens.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const sourceText = (page: Page): Locator => page.getByRole('article', { name: 'Source text' });
const eventList = (page: Page): Locator => page.getByRole('region', { name: /^Events/ });
const listRows = (page: Page): Locator => eventList(page).locator('button[data-event-id]');
const timelineEvents = (page: Page): Locator => page.locator('svg g[role="button"][data-event-id]');
/** The timeline mark named exactly "{title}, {date}". */
const mark = (page: Page, title: string, date: string): Locator => page.locator(`svg g[role="button"][aria-label="${title}, ${date}"]`);
const editor = (page: Page): Locator => page.getByRole('form', { name: 'Edit event' });
const saved = (page: Page): Locator => page.locator('[data-save-state="saved"]');

async function openExample(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
	await expect(sourceText(page)).toContainText('Putin and Xi Strengthen Ties');
}

/** Select the list row whose date reads `date` and return its event id. */
async function selectRow(page: Page, date: string): Promise<string> {
	const row = listRows(page).filter({ has: page.locator('.date', { hasText: new RegExp(`^${date}$`) }) }).first();
	// A selected row's button toggles the selection off: click only when not selected yet.
	if ((await row.getAttribute('aria-pressed')) !== 'true') await row.click();
	await expect(row).toHaveAttribute('aria-pressed', 'true');
	const id = await row.getAttribute('data-event-id');
	if (!id) throw new Error('row without an event id');
	return id;
}

/** Select `phrase` (inside one paragraph of the text pane) as a reader would with the mouse. */
async function selectPhrase(page: Page, phrase: string): Promise<void> {
	await sourceText(page).evaluate((pane, wanted) => {
		for (const p of pane.querySelectorAll('p[data-passage-id]')) {
			const at = (p.textContent ?? '').indexOf(wanted);
			if (at < 0) continue;
			// Find the text nodes holding the phrase's first and last characters.
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			let seen = 0;
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const length = node.textContent?.length ?? 0;
				if (seen <= at && at < seen + length) range.setStart(node, at - seen);
				if (seen < at + wanted.length && at + wanted.length <= seen + length) range.setEnd(node, at + wanted.length - seen);
				seen += length;
			}
			const selection = getSelection();
			selection?.removeAllRanges();
			selection?.addRange(range);
			return;
		}
		throw new Error(`phrase not found: ${wanted}`);
	}, phrase);
}

test('edit a title and a date; Ctrl+Z undoes, Ctrl+Shift+Z redoes; a reload keeps the edit', async ({ page }) => {
	await openExample(page);
	const id = await selectRow(page, '8 May 2025');
	const form = editor(page);
	await form.getByLabel('Title').fill('Putin and Xi meet');
	const date = form.getByLabel('Date', { exact: true });
	await date.fill('32 May 1945');
	await expect(form.getByText('May 1945 has no day 32.')).toBeVisible();
	await expect(form.getByRole('button', { name: 'Save' })).toBeDisabled();
	await date.fill('May 1945');
	await expect(form.getByText('Read as May 1945 · month')).toBeVisible();
	await form.getByRole('button', { name: 'Save' }).click();

	// On the timeline and in the list.
	await expect(mark(page, 'Putin and Xi meet', 'May 1945')).toHaveCount(1);
	const row = eventList(page).locator(`button[data-event-id="${id}"]`);
	await expect(row).toContainText('Putin and Xi meet');
	await expect(row.locator('.date')).toHaveText('May 1945');
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo edit “Vladimir Putin and Xi Jinping/);

	// The keys, with the focus outside any field.
	await page.locator('h1').click();
	await page.keyboard.press('Control+z');
	await expect(mark(page, 'Putin and Xi meet', 'May 1945')).toHaveCount(0);
	await expect(timelineEvents(page).and(page.locator(`[data-event-id="${id}"]`))).toHaveAttribute('aria-label', /, 8 May 2025$/);
	await page.keyboard.press('Control+Shift+z');
	await expect(mark(page, 'Putin and Xi meet', 'May 1945')).toHaveCount(1);
	await page.keyboard.press('Control+z');
	await page.keyboard.press('Control+y');
	await expect(mark(page, 'Putin and Xi meet', 'May 1945')).toHaveCount(1);

	// In a text field, Ctrl+Z belongs to the field.
	await selectRow(page, 'May 1945');
	await editor(page).getByLabel('Title').press('Control+z');
	await expect(mark(page, 'Putin and Xi meet', 'May 1945')).toHaveCount(1);

	await expect(saved(page)).toHaveCount(1);
	await page.reload();
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
	await expect(mark(page, 'Putin and Xi meet', 'May 1945')).toHaveCount(1);
	await expect(eventList(page).locator(`button[data-event-id="${id}"]`)).toContainText('Putin and Xi meet');
	// The history came back too.
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(mark(page, 'Putin and Xi meet', 'May 1945')).toHaveCount(0);
});

test('delete an event, then undo and redo with the buttons', async ({ page }) => {
	await openExample(page);
	const before = await listRows(page).count();
	const id = await selectRow(page, '9 May 1945');
	await editor(page).getByRole('button', { name: 'Delete' }).click();
	await expect(listRows(page)).toHaveCount(before - 1);
	await expect(page.locator(`[data-event-id="${id}"]`)).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(listRows(page)).toHaveCount(before);
	await expect(timelineEvents(page).and(page.locator(`[data-event-id="${id}"]`))).toHaveCount(1);
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(listRows(page)).toHaveCount(before - 1);
});

test('add an event from a phrase selected in the text', async ({ page }) => {
	await openExample(page);
	const before = await listRows(page).count();
	const add = page.getByRole('button', { name: 'Add event' });
	await expect(add).toBeDisabled();
	await selectPhrase(page, 'the unpredictable nature of President Donald Trump');
	await expect(add).toBeEnabled();
	await add.click();
	const dialog = page.getByRole('dialog', { name: 'Add event' });
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('blockquote')).toHaveText('the unpredictable nature of President Donald Trump');
	await expect(dialog.getByRole('button', { name: 'Add event' })).toBeDisabled(); // the phrase names no date
	await dialog.getByLabel('Title').fill('Trump unsettles the leaders');
	await dialog.getByLabel('Date', { exact: true }).fill('2025');
	await dialog.getByRole('button', { name: 'Add event' }).click();
	await expect(dialog).toBeHidden();

	await expect(listRows(page)).toHaveCount(before + 1);
	await expect(mark(page, 'Trump unsettles the leaders', '2025')).toHaveAttribute('aria-pressed', 'true');
	// The phrase is now a mark of the new event in the text.
	const id = await mark(page, 'Trump unsettles the leaders', '2025').getAttribute('data-event-id');
	// (Also in the paragraph's word-for-word repeat.)
	await expect(sourceText(page).locator(`mark[data-event-id="${id}"]`).first()).toHaveText('the unpredictable nature of President Donald Trump');
});

test('a phrase holding a date fills the date field', async ({ page }) => {
	await openExample(page);
	await page.getByRole('button', { name: 'Paste text' }).click();
	const paste = page.getByRole('dialog', { name: 'Paste text' });
	await paste.getByRole('textbox').fill('Notes.\n\nThe treaty was signed in the spring of 1648 at Münster.');
	await paste.getByRole('button', { name: 'Show timeline' }).click();
	await expect(sourceText(page)).toContainText('The treaty was signed');
	await selectPhrase(page, 'The treaty was signed in the spring of 1648');
	await page.getByRole('button', { name: 'Add event' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add event' });
	await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue('Spring 1648');
	await expect(dialog.getByText('Read as Spring 1648 · season')).toBeVisible();
});

test('merge two events: one event with the passages of both', async ({ page }) => {
	await openExample(page);
	const before = await listRows(page).count();
	const meeting = await selectRow(page, '8 May 2025');
	const row = eventList(page).locator(`button[data-event-id="${meeting}"]`);
	const title = (await row.locator('.title').textContent()) ?? '';
	const passages = Number(/\d+/.exec((await row.locator('.passages').textContent()) ?? '')?.[0]);
	const choice = editor(page).getByLabel('Merge with…');
	const parade = await choice.locator('option', { hasText: /^9 May 2025 · / }).getAttribute('value');
	await choice.selectOption(parade ?? '');
	await editor(page).getByRole('button', { name: 'Merge' }).click();
	await expect(listRows(page)).toHaveCount(before - 1);
	await expect(row).toContainText(title);
	await expect.poll(async () => Number(/\d+/.exec((await row.locator('.passages').textContent()) ?? '')?.[0])).toBeGreaterThan(passages);
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo merge /);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(listRows(page)).toHaveCount(before);
});

test('saved timelines: open another, rename, delete', async ({ page }) => {
	await openExample(page);
	await selectRow(page, '9 May 1945');
	await editor(page).getByLabel('Title').fill('VE Day');
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(saved(page)).toHaveCount(1);

	// A pasted text is a second timeline.
	await page.getByRole('button', { name: 'Paste text' }).click();
	const paste = page.getByRole('dialog', { name: 'Paste text' });
	await paste.getByRole('textbox').fill('Waterloo\n\nThe Battle of Waterloo was fought on 18 June 1815.');
	await paste.getByRole('button', { name: 'Show timeline' }).click();
	await expect(sourceText(page)).toContainText('Battle of Waterloo');

	await page.getByRole('button', { name: 'Timelines' }).click();
	const dialog = page.getByRole('dialog', { name: 'Saved timelines' });
	const items = dialog.locator('li[data-timeline-id]');
	await expect(items).toHaveCount(2);
	await expect(items.first()).toContainText('Open now');
	const sample = items.filter({ hasText: 'Putin and Xi Strengthen Ties' });
	await expect(sample).toContainText('4 events');

	// Open the example again: its edit is there.
	await sample.getByRole('button', { name: /^Open / }).click();
	await expect(dialog).toBeHidden();
	await expect(sourceText(page)).toContainText('Putin and Xi Strengthen Ties');
	await expect(mark(page, 'VE Day', '9 May 1945')).toHaveCount(1);

	// Rename it; the name is kept over a reload.
	await page.getByRole('button', { name: 'Timelines' }).click();
	await sample.getByRole('button', { name: /^Rename / }).click();
	await dialog.getByLabel('New name').fill('Victory Day lesson');
	await dialog.getByRole('button', { name: 'Save name' }).click();
	await expect(items.filter({ hasText: 'Victory Day lesson' })).toContainText('Open now');

	// Delete the Waterloo one, after confirming.
	const waterloo = items.filter({ hasText: 'Waterloo' });
	await waterloo.getByRole('button', { name: /^Delete / }).click();
	await expect(waterloo).toContainText('This cannot be undone');
	await waterloo.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(items).toHaveCount(1);
	await dialog.getByRole('button', { name: 'Close' }).click();

	await page.reload();
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
	await expect(mark(page, 'VE Day', '9 May 1945')).toHaveCount(1);
	await page.getByRole('button', { name: 'Timelines' }).click();
	await expect(items).toHaveCount(1);
	await expect(items).toContainText('Victory Day lesson');
});
