/**
 * "today", "yesterday" and "tomorrow" alone are half of the relative phrases re-parsed at resolve
 * time, each a full chrono parse (a context, every gated parser, sixteen refiners) for a day
 * count. Chrono reads each word with one parser (ENCasualDateParser: casualReferences.today,
 * yesterday, tomorrow), which states the year, month and day of the reference moved by 0, -1 or
 * +1 days and only implies the time; nothing else in the casual engine matches the bare word.
 * {@link casualDay} does the same Date arithmetic chrono does, so it gives chrono's day in any
 * time zone (a unit test compares it with chrono's parse).
 */
import type { Ymd } from '../../timex.ts';

/** The day each word counts from the reference: chrono's today, theDayBefore(1), theDayAfter(1). */
const CASUAL_DAY_SHIFT: ReadonlyMap<string, number> = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1]]);

/**
 * The day chrono's casual engine gives `text` when it is exactly "today", "yesterday" or
 * "tomorrow" (in any case), parsed at `instant` with timezone offset 0; else null (ask chrono).
 */
export function casualDay(text: string, instant: Date): Ymd | null {
	const shift = CASUAL_DAY_SHIFT.get(text.toLowerCase());
	if (shift === undefined) return null;
	// chrono's ReferenceWithTimezone.getDateWithAdjustedTimezone for timezone 0: the local clock shows the UTC time.
	const date = new Date(instant);
	date.setMinutes(date.getMinutes() + instant.getTimezoneOffset());
	// casualReferences.theDayAfter: the local calendar day moved by `shift` (today: not moved).
	if (shift !== 0) date.setDate(date.getDate() + shift);
	return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
