/**
 * The sample article of PRODUCT.md, opened with no reference date: its three events with their
 * dates, every passage that mentions them, and the whole JSON as a reviewed golden file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract/index.ts';

const text = readFileSync(new URL('../../../src/lib/app/sample/putin-xi-moscow.txt', import.meta.url), 'utf8');
const result = extract(text);
const events = result.events;
const passagesOf = (id: string) => [...new Set(events.find((e) => e.id === id)!.mentions.map((m) => m.passageId))];
const byValue = (value: string) => events.filter((e) => e.time.value === value);

describe('the sample article', () => {
	it('infers the reference date from the text', () => {
		expect(result.referenceDate?.source).toBe('inferred');
		expect(result.referenceDate?.value).toBe('2025-05-08');
		expect(result.referenceDate?.derivation.join(' ')).toMatch(/80/);
	});

	it('dates the Soviet victory over Nazi Germany to 1945-05-09', () => {
		const [victory] = byValue('1945-05-09');
		expect(victory.title).toMatch(/victory/i);
		expect(victory.mentions.some((m) => /victory over Nazi Germany/.test(m.text))).toBe(true);
	});

	it('dates the Putin–Xi meeting to Thursday 2025-05-08 and links every passage that mentions it', () => {
		const [meeting] = byValue('2025-05-08');
		expect(meeting.title).toMatch(/Putin/);
		expect(meeting.title).toMatch(/Xi/);
		expect(meeting.title.length).toBeLessThanOrEqual(60);
		const passages = passagesOf(meeting.id);
		expect(passages.length).toBeGreaterThanOrEqual(3);
		expect(meeting.derivation.join(' ')).toMatch(/Thursday/);
	});

	it('dates the parade and 80th-anniversary commemoration to Friday 2025-05-09, linked to both copies of its paragraph', () => {
		const [parade] = byValue('2025-05-09');
		expect(parade.title).toMatch(/parade/i);
		const doc = result.documents[0];
		const paradePassages = doc.passages.filter((p) => /military parade in Red Square/.test(p.text)).map((p) => p.id);
		expect(paradePassages).toHaveLength(2);
		for (const id of paradePassages) expect(passagesOf(parade.id)).toContain(id);
		expect(doc.passages.find((p) => p.id === paradePassages[1])?.repeatOf).toBe(paradePassages[0]);
	});

	it('keeps provenance: every mention is the text at its offsets', () => {
		const doc = result.documents[0];
		for (const e of events) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
	});

	it('matches the reviewed golden JSON', async () => {
		const golden = { referenceDate: result.referenceDate, title: result.documents[0].title, events };
		await expect(JSON.stringify(golden, null, '\t') + '\n').toMatchFileSnapshot('./output/sample.events.json');
	});
});
