/**
 * Events as a TimelineJS 3 JSON file (`new TL.Timeline(id, data)`, or its JSON URL option):
 * `{ title, events: [{ start_date, end_date?, display_date, text: { headline, text }, unique_id, group? }] }`.
 * Dates carry only the parts the event is known to (a year-only event gives `{ year }`).
 * TimelineJS renders `headline` and `text` as HTML, so every piece of user text is
 * HTML-escaped before it goes in. Pure.
 */
import type { TimelineEvent } from '../extract/types.ts';
import { formatEventDate } from '../timeline/format.ts';
import { DAY_MS, eventInterval } from '../timeline/time.ts';
import type { TimelineData } from './timelineFile.ts';

/** A TimelineJS date: astronomical year (as JavaScript's Date), month 1–12. */
export interface TljsDate {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
}

export interface TljsSlide {
	start_date?: TljsDate;
	end_date?: TljsDate;
	display_date?: string;
	text: { headline: string; text: string };
	unique_id?: string;
	group?: string;
}

export interface TljsFile {
	title?: TljsSlide;
	events: TljsSlide[];
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for TimelineJS's HTML. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML[c]);

const PRECISION: Record<string, number> = { millennium: 0, century: 0, decade: 0, year: 0, half: 1, quarter: 1, season: 1, month: 1, week: 2, day: 2, hour: 3, minute: 4, second: 4 };

function dateParts(ms: number, precision: number): TljsDate {
	const d = new Date(ms);
	const out: TljsDate = { year: d.getUTCFullYear() };
	if (precision >= 1) out.month = d.getUTCMonth() + 1;
	if (precision >= 2) out.day = d.getUTCDate();
	if (precision >= 3) out.hour = d.getUTCHours();
	if (precision >= 4) out.minute = d.getUTCMinutes();
	return out;
}

const same = (a: TljsDate, b: TljsDate) => a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

function slide(e: TimelineEvent, data: TimelineData): TljsSlide {
	const { start, end } = eventInterval(e);
	const precision = PRECISION[e.time.granularity] ?? 2;
	const start_date = dateParts(start, precision);
	// The last unit inside the half-open interval: a day before `end` for days, an instant for clock times.
	const last = Math.max(start, end - (precision >= 3 ? 1 : precision === 2 ? DAY_MS : 1));
	const end_date = dateParts(last, precision);
	const first = e.mentions[0];
	const doc = first ? data.documents.find((d) => d.id === first.documentId) : undefined;
	const passage = doc?.passages.find((p) => p.id === first?.passageId);
	const parts: string[] = [];
	if (passage) parts.push(`<blockquote>${escapeHtml(passage.text)}</blockquote>`);
	if (doc?.title) parts.push(`<p>Source: ${escapeHtml(doc.title)}${passage ? `, passage ${escapeHtml(passage.id)}` : ''}</p>`);
	const out: TljsSlide = {
		start_date,
		...(same(start_date, end_date) ? {} : { end_date }),
		display_date: escapeHtml(formatEventDate(e.time)),
		text: { headline: escapeHtml(e.title), text: parts.join('') },
		unique_id: e.id
	};
	if (data.documents.length > 1 && doc) out.group = escapeHtml(doc.title);
	return out;
}

/** The timeline as TimelineJS 3 JSON (pretty-printed, final newline). */
export function writeTimelineJs(data: TimelineData, title?: string): string {
	const heading = title ?? data.documents.map((d) => d.title).filter(Boolean).join(' · ');
	const file: TljsFile = {
		...(heading ? { title: { text: { headline: escapeHtml(heading), text: '<p>Made with Timeweave</p>' } } } : {}),
		events: data.events.map((e) => slide(e, data))
	};
	return JSON.stringify(file, null, 2) + '\n';
}
