/**
 * The Export menu: PNG and SVG downloads that decode, JSON out and back in with the same
 * events, and refused imports that leave the timeline as it was.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';

const timelineEvents = (page: Page): Locator => page.locator('svg g[role="button"][data-event-id]');
const eventNames = async (page: Page): Promise<string[]> =>
	(await timelineEvents(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))).sort();

async function openExample(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
	await expect.poll(() => timelineEvents(page).count()).toBeGreaterThanOrEqual(3);
}

const panel = (page: Page) => page.getByRole('group', { name: 'Export the timeline' });

async function openMenu(page: Page): Promise<Locator> {
	const toggle = page.getByRole('button', { name: 'Export', exact: true });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	await expect(panel(page)).toBeVisible();
	return panel(page);
}

async function download(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
	const menu = await openMenu(page);
	const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), menu.getByRole('button', { name: button, exact: true }).click()]);
	const path = await file.path();
	return { download: file, bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the Export menu downloads a PNG and an SVG that decode', async ({ page }) => {
	await openExample(page);
	const menu = await openMenu(page);
	await menu.getByRole('spinbutton', { name: /Width/ }).fill('800');

	const png = await download(page, 'PNG 2x');
	expect(png.download.suggestedFilename()).toMatch(/@2x\.png$/);
	const size = pngSize(png.bytes);
	expect(size.width).toBe(1600);
	expect(size.height).toBeGreaterThan(200);
	await expect(menu.getByText(/Saved .*@2x\.png \(1600 pixels wide\)/)).toBeVisible();

	const svg = await download(page, 'SVG');
	expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
	const text = svg.bytes.toString('utf8');
	const parsed = await page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
		const root = doc.documentElement;
		return { error: doc.getElementsByTagName('parsererror').length, name: root.nodeName, width: root.getAttribute('width'), texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
	}, text);
	expect(parsed).toMatchObject({ error: 0, name: 'svg', width: '800' });
	expect(parsed.texts).toContain('World War II');
	// The same picture as a PNG at 1x has the SVG's size.
	const one = pngSize((await download(page, 'PNG 1x')).bytes);
	expect(one.width).toBe(800);
	expect(one.height).toBe(Number(/height="(\d+)"/.exec(text)?.[1]));
});

test('JSON export, then import, gives the same events; a malformed import is refused and loses nothing', async ({ page }) => {
	await openExample(page);
	const before = await eventNames(page);
	const json = await download(page, 'JSON');
	expect(json.download.suggestedFilename()).toMatch(/\.timeweave\.json$/);
	const file = JSON.parse(json.bytes.toString('utf8'));
	expect([file.format, file.version]).toEqual(['timeweave', 1]);

	// Show another text, then open the saved timeline.
	const input = page.locator('input[type="file"]');
	await input.setInputFiles({ name: 'waterloo.txt', mimeType: 'text/plain', buffer: Buffer.from('The Battle of Waterloo was fought on 18 June 1815.') });
	await expect.poll(() => eventNames(page)).not.toEqual(before);
	await input.setInputFiles({ name: 'saved.timeweave.json', mimeType: 'application/json', buffer: json.bytes });
	await expect.poll(() => eventNames(page)).toEqual(before);
	await expect(page.getByRole('alert')).toHaveCount(0);
	// Exported again, it is the same file.
	const again = await download(page, 'JSON');
	expect(again.bytes.toString('utf8')).toBe(json.bytes.toString('utf8'));

	// A malformed file and a hostile one: refused with the reason; the timeline stays.
	await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"timeweave",') });
	await expect(page.getByRole('alert')).toContainText('This timeline could not be opened: it is not valid JSON');
	expect(await eventNames(page)).toEqual(before);
	const forged = { ...file, events: file.events.map((e: { mentions: { end: number }[] }, i: number) => (i === 0 ? { ...e, mentions: [{ ...e.mentions[0], end: 99_999_999 }] } : e)) };
	await input.setInputFiles({ name: 'forged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forged)) });
	await expect(page.getByRole('alert')).toContainText("outside the document's text");
	expect(await eventNames(page)).toEqual(before);
	const polluted = JSON.stringify(file).replace('"format":"timeweave"', '"__proto__":{"x":1},"format":"timeweave"');
	await input.setInputFiles({ name: 'polluted.json', mimeType: 'application/json', buffer: Buffer.from(polluted) });
	await expect(page.getByRole('alert')).toContainText('__proto__');
	expect(await eventNames(page)).toEqual(before);
});

test('CSV export opens again with the same events; data formats download', async ({ page }) => {
	await openExample(page);
	const before = await eventNames(page);
	const csv = await download(page, 'CSV');
	expect(csv.bytes.toString('utf8').startsWith('id,title,start,end,value,granularity,confidence,passages,quote,document\r\n')).toBe(true);
	const tljs = JSON.parse((await download(page, 'TimelineJS')).bytes.toString('utf8'));
	expect(tljs.events.length).toBe(before.length);
	const tml = (await download(page, 'TimeML')).bytes.toString('utf8');
	expect(tml).toContain('<TIMEX3 tid="t1"');
	await page.locator('input[type="file"]').setInputFiles({ name: 'events.csv', mimeType: 'text/csv', buffer: csv.bytes });
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect.poll(() => eventNames(page)).toEqual(before);
});

test('a date range that ends before it starts is refused in the menu', async ({ page }) => {
	await openExample(page);
	const menu = await openMenu(page);
	await menu.getByRole('radio', { name: 'Dates' }).check();
	await menu.getByRole('textbox', { name: 'From' }).fill('2025');
	await menu.getByRole('textbox', { name: 'to' }).fill('1939');
	await menu.getByRole('button', { name: 'SVG' }).click();
	await expect(menu.getByRole('alert')).toHaveText('The end date is before the start date.');
	await page.keyboard.press('Escape');
	await expect(menu).toBeHidden();
});
