/**
 * Resolve every candidate of a document in reading order, with memoised look-ups so that an
 * offset may name an expression later in its sentence ("a day before the 80th anniversary of X").
 */
import { isoToMillis, MONTH_NAME_SOURCE, startYmd, ymdToMillis, type Ymd } from '../timex.ts';
import type { Candidate, Resolved, ResolveContext } from './candidate.ts';
import { firstAtOrAfter } from '../firstAtOrAfter.ts';

/** How many candidates back the narrative look-up searches. */
const NARRATIVE_WINDOW = 200;
/** How many years before the story a known event named in passing may lie and still be where the story is (see farFromStory): a look back further, "the first powered flight" of 1903 in a history of 1919, is an aside. */
const STORY_GAP = 10;

/** Granularities of a time told with a year of its own, which a story can be at. */
const TOLD_WITH_YEAR: ReadonlySet<string> = new Set(['year', 'season', 'month', 'day', 'hour', 'minute']);

/** A span of two days running into each other in one month, "fought on 27-28 May 1905": the story is at them. */
function twoDays(value: string): boolean {
	const m = /^(\d{4}-\d{2})-(\d{2})\/(\d{4}-\d{2})-(\d{2})$/.exec(value);
	return !!m && m[1] === m[3] && Number(m[4]) === Number(m[2]) + 1;
}

/** A week in milliseconds. */
const WEEK_MS = 7 * 86_400_000;

/**
 * A time the narrative goes on from. A year is lent only by times the text tells itself
 * (`toldOnly`), never by one counted from the day of writing, so that one guess cannot
 * cascade; "two days later" may count from either.
 */
function setsNarrative(r: Resolved | null, toldOnly: boolean, stated: boolean): r is Resolved {
	return !!r && (r.referenceFree || !toldOnly) && (stated || !r.time.value.includes('/') || twoDays(r.time.value)) && ['minute', 'hour', 'day', 'month', 'year', 'season', 'quarter', 'half', 'week'].includes(r.time.granularity);
}

const STATED_YEAR = /\b(1\d{3}|20\d{2})\b/;
const EARLY_YEAR = /(?<![\d,.])\b[1-9]\d{2}\b(?![,.]?\d)/;
/** A year of one or two digits ("AD 70", "early in 67"; not "'98", a year of the 1900s cut short). */
const SMALL_YEAR = /(?<!['’\d,.])\b\d{1,2}\b(?![,.]?\d)/;
const BCE = /\d\s*(?:BCE?|B\.C\.(?:E\.)?)(?![a-z])/;
/**
 * Words that count from the day of writing: news uses them, history hardly ("the last week of July" does not, nor
 * does "the next year", which counts from the story).
 */
const DEICTIC = /\b(?:today|yesterday|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?<!\bthe\s+)(?:this|last|next)\s+(?:week|month|year)(?!\s+of\b))\b/i;
/**
 * A weekday set beside its date ("Saturday, October 27", "Tuesday 5 June", "the evening of Friday, 26 October") names
 * that date, and counts from no day of writing; so does one set after it ("March 6, 1836, a Sunday": Candidate.apposed).
 */
const WEEKDAY_OF_DATE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** A weekday counted from the story: "the following Monday", "that Sunday", "the same Friday". */
const STORY_WEEKDAY = /\b(?:the\s+(?:following|next|previous|preceding|same)|that(?:\s+same)?)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** A weekday's name. */
export const WEEKDAY_WORD = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** A day of the month in a date: "21 July 1861", "July 21, 1861". */
const DAY_OF_MONTH = /\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)/;
/** A month named in a date: "17 November", "August 1968", "Sept. 7". */
const MONTH_NAMED = new RegExp(String.raw`\b(?:${MONTH_NAME_SOURCE})\b`, 'i');

/** How many years before the day of writing the latest year a story states must lie, for its weekdays to be its own. */
const GENERATION = 20;

/**
 * How much a text speaks of the past and of its own present. `historical`: at least three of the
 * years it states and two thirds of them lie before the reference date's year (any BCE year counts
 * as old), and it hardly counts from the day of writing (one "today" or weekday for ten old years
 * at most); or it is `pastOnly` with two old years or more; or it states four old years or more, no
 * recent one, fewer weekdays and other words of the day of writing than old years (and none before a date names a
 * month), and the latest of its years is a generation (GENERATION) back (or, of ten old years or more, no more than one in five within a generation). `pastOnly`: it states only past years and never counts from
 * the day of writing.
 */
export function storyKind(candidates: readonly Candidate[], reference: Ymd | null): { historical: boolean; pastOnly: boolean } {
	if (!reference) return { historical: false, pastOnly: false };
	let old = 0;
	let recent = 0;
	let deictic = 0;
	/** Of those, a bare "today": a history says what stands today ("remain under Israeli control today"). */
	let todays = 0;
	/** The latest year stated (in four digits). */
	let latest = -Infinity;
	/** Of the old years, those within a generation (GENERATION) of the day of writing. */
	let late = 0;
	/** Has a date named a month yet; did a word of the day of writing (other than "today") come before any did? */
	let monthNamed = false;
	let deicticFirst = false;
	/** The first date that states its year: does it name a day a generation or more back ("fought on Sunday, 21 July 1861")? */
	let opensOld: boolean | undefined;
	/** Its weekday ("Sunday"), and the words of the day of writing seen, to tell whether they are only that weekday again. */
	let openingWeekday = '';
	const deicticTexts: string[] = [];
	/** Dates that name a month and state no year ("16 July", "early July"): a story told by its days. */
	let yearless = 0;
	/** Weekdays told with their date ("Sunday, 26 March"): the days of a story told by its days. */
	let datedWeekdays = 0;
	for (const c of candidates) {
		// (A holiday named by its weekday, "Good Friday", "Easter Sunday 1916", counts from no day of writing either; nor does a
		// known event's, "Black Thursday".)
		// (Nor does a rule, "a truce … held every Sunday".)
		if (DEICTIC.test(c.text) && !c.apposed && c.type !== 'SET' && !WEEKDAY_OF_DATE.test(c.text) && !STORY_WEEKDAY.test(c.text) && c.parser !== 'holiday' && c.parser !== 'namedEvent') {
			deictic++;
			deicticTexts.push(c.text);
			if (/^today$/i.test(c.text)) todays++;
			else if (!monthNamed) deicticFirst = true;
		}
		if (WEEKDAY_OF_DATE.test(c.text)) datedWeekdays++;
		if (MONTH_NAMED.test(c.text)) {
			monthNamed = true;
			if (!STATED_YEAR.test(c.text)) yearless++;
		}
		if (BCE.test(c.text)) {
			old++;
			continue;
		}
		// A year of three digits, which only the year and season parsers read (where the text dates such years), is old.
		// (So is one of one or two digits, which they read only in a text that writes its era: "AD 70", "early in 67", "July 69".)
		if ((c.parser === 'year' || c.parser === 'season') && !STATED_YEAR.test(c.text) && (EARLY_YEAR.test(c.text) || SMALL_YEAR.test(c.text))) {
			old++;
			continue;
		}
		const m = STATED_YEAR.exec(c.text);
		if (!m) continue;
		if (opensOld === undefined) {
			opensOld = reference.year - Number(m[1]) >= GENERATION && DAY_OF_MONTH.test(c.text) && MONTH_NAMED.test(c.text);
			openingWeekday = WEEKDAY_WORD.exec(c.text)?.[0].toLowerCase() ?? '';
		}
		latest = Math.max(latest, Number(m[1]));
		if (Number(m[1]) < reference.year && reference.year - Number(m[1]) < GENERATION) late++;
		if (Number(m[1]) < reference.year) old++;
		else recent++;
	}
	const pastOnly = old >= 1 && recent === 0 && deictic === 0;
	// A story told decades back, every year it states a generation before the day of writing, tells its weekdays in its
	// own time ("On Monday some two hundred thousand people filled Wenceslas Square", after "Friday, 17 November" of 1989):
	// once it has named a month. A weekday told before any date names one counts from the day of writing ("killing at least
	// 225 people 32 years to the day after the devastating 1985 quake. … The quake struck … on Tuesday").
	// (Or nearly every year, four in five of ten or more: "… a record that stood until 1987 … the crash of 2008" in a history
	// of 1929, one late year of fifteen; a museum of 2014 and a memorial of 2015 after twelve years of the 1930s and 1940s.)
	const generationBack = recent === 0 && old >= 4 && deictic < old && !deicticFirst && (reference.year - latest >= GENERATION || (old >= 10 && late * 5 <= old));
	// (Or it opens on a day a generation back, states no recent year, goes on by three dates or more that name a month and no
	// year, and names no day of writing but that day's weekday again: "The First Battle of Bull Run … was fought on Sunday, 21
	// July 1861 … in April … early July … 16 July … At 2:30 a.m. on Sunday", a history that states one year.)
	const opensInPast = !!opensOld && recent === 0 && yearless >= 3 && !deicticFirst && deicticTexts.every((t) => !!openingWeekday && t.toLowerCase().includes(openingWeekday));
	// (Or it tells its days with their weekdays, "Sunday, 26 March", "Sunday, 2 April", and names no more bare weekdays than
	// those, one "today" at most, its years old but for one in five at most: the Paris Commune of 1871, with the commemorations
	// of 2021, "Montmartre fell on Tuesday".)
	const toldByWeekdays = recent === 0 && old >= 4 && !deicticFirst && todays <= 1 && datedWeekdays >= 2 && deictic - todays <= datedWeekdays && late * 5 <= old;
	// (Or it opens on a day a generation back, states ten old years or more and no recent one, and tells a day of its story by
	// its weekday and date, with no more than two bare weekdays for each such day and one "today" at most: the Exxon Valdez, "ran
	// aground … on 24 March 1989 … left … at 9:12 p.m. on Thursday, 23 March … At 12:04 a.m. Friday … A test burn on Saturday",
	// with the lawsuits of 2006 and 2008 and the scrapping of 2012 within a generation of the day of writing.)
	const opensOldByWeekdays = !!opensOld && recent * 10 <= old && old >= 10 && !deicticFirst && todays <= 1 && datedWeekdays >= 1 && deictic - todays <= 2 * datedWeekdays;
	// (Or it tells its story by its days, three of them or more with their weekdays and five dates or more with a month and no year,
	// states three old years or more and no recent one, and names no more than two bare weekdays or other words of the day of
	// writing besides "today": Philadelphia's influenza of 1918, "on Saturday, September 21 … Tuesday, October 1 …", written in
	// 2019, with the centenary of 2018.)
	const toldByDays = recent === 0 && old >= 3 && datedWeekdays >= 3 && yearless >= 5 && deictic - todays <= 2;
	return { historical: opensOldByWeekdays || toldByDays || (old >= 3 && old >= 2 * recent && (deictic * 10 <= old || (deictic === todays && todays <= 1))) || (pastOnly && old >= 2) || generationBack || opensInPast || toldByWeekdays, pastOnly };
}

/** Resolve all candidates (sorted by start) against a reference date, which may be null. */
/** `kind`: the text's storyKind, when the caller has it already. */
export function resolveAll(candidates: readonly Candidate[], reference: Ymd | null, referenceLabel: string, documentDated = false, kind = storyKind(candidates, reference)): (Resolved | null)[] {
	const memo = new Map<number, Resolved | null>();
	const active = new Set<number>();
	const { historical, pastOnly } = kind;
	/**
	 * The year of the last time before candidate `k` that the text tells with a year of its own (by a year or finer), passing
	 * asides and the candidates `passed` names; null where there is none within NARRATIVE_WINDOW.
	 */
	const yearToldBefore = (k: number, passed: (c: Candidate) => boolean): number | null => {
		for (let j = k - 1; j >= Math.max(0, k - NARRATIVE_WINDOW); j--) {
			if (candidates[j].background || candidates[j].historyAside || passed(candidates[j])) continue;
			const told = resolveAt(j);
			if (!told || !told.referenceFree || !TOLD_WITH_YEAR.has(told.time.granularity)) continue;
			return startYmd(told.time).year;
		}
		return null;
	};
	/** Is candidate `k`'s year more than a year past that of the last time told before it with a year of its own? */
	const reachesPastStory = (k: number): boolean => {
		const r = resolveAt(k);
		if (!r || !r.referenceFree) return false;
		// (Before its sentence: "the wars that had run from 1792 until 1814" reaches no further than the story.)
		const before = yearToldBefore(k, (c) => c.sentence.start === candidates[k].sentence.start || !!c.untilEnd);
		return before !== null && startYmd(r.time).year > before + 1;
	};
	/**
	 * Does the known event at `k`, resolved to `r`, lie more than STORY_GAP years before the last year the text itself told before
	 * it (a look back, not the story going on: "In June 1790 … the Treaty of Waitangi … on 5 February" is 1840's)?
	 */
	const farFromStory = (k: number, r: Resolved): boolean => {
		const before = yearToldBefore(k, (c) => c.parser === 'namedEvent');
		return before !== null && before - startYmd(r.time).year > STORY_GAP;
	};
	const resolveAt = (i: number): Resolved | null => {
		if (memo.has(i)) return memo.get(i) ?? null;
		if (active.has(i) || i < 0 || i >= candidates.length) return null;
		active.add(i);
		const ctx: ResolveContext = {
			reference,
			referenceLabel,
			documentDated,
			historical,
			pastOnly,
			index: i,
			candidates,
			resolveAt,
			narrativeBefore(toldOnly = false, evenBackground = false, ranges: boolean | 'any' = false) {
				// In news, a day of saying ("officials said Sunday") reports a story that may lie before it: where a day before it was
				// told, that day is where the story is ("freed late Saturday … said Sunday. … handed over shortly before 10 p.m.").
				let said: { resolved: Resolved; candidate: Candidate } | null = null;
				for (let k = i - 1; k >= Math.max(0, i - NARRATIVE_WINDOW); k--) {
					// Nested inside this one, background (or, in news, a date in a participle phrase after its noun; in a history, the year a
					// source was found), a time of day waiting on a day after it, or another clock's gloss of one.
					if (candidates[k].end > candidates[i].start || ((candidates[k].background || (candidates[k].attributive && !historical) || (candidates[k].historyAside && historical)) && !evenBackground) || candidates[k].dayAfter || candidates[k].gloss) continue;
					// (Nor, in a history, the end of a span more than a year past the story: "A few bands fought on …, where Michael Dwyer
					// held out until December 1803. … on 22 August" is 1798's.)
					if (historical && candidates[k].untilEnd && !evenBackground && reachesPastStory(k)) continue;
					// (Nor a section that looks back, from outside it: "Background … 1848–1849 … ¶ The outbreak ¶ … that year".)
					if (candidates[k].lookBackSection !== undefined && candidates[k].lookBackSection !== candidates[i].lookBackSection) continue;
					const r = resolveAt(k);
					// (Nor, in a history, a known event named in passing generations away from the story: "the Declaration of Independence",
					// of Korea's March First Movement in 1919, is no day of 1776 for "the night of February 27".)
					if (historical && candidates[k].parser === 'namedEvent' && r && farFromStory(k, r)) continue;
					// With `ranges`, a range of years the text states ("from 1939 to 1945") is where the story is; a known event's span never is.
					if (!setsNarrative(r, toldOnly, ranges === 'any' ? candidates[k].parser !== 'namedEvent' : ranges && candidates[k].parser === 'year')) continue;
					// (A day of the story, within the week before the saying, or after it and still to come: "freed late Saturday … said Sunday",
					// "closures … on Sunday, … said Wednesday. The race starts at 7 a.m."; not a month or year of the background, "sentenced in
					// January 2018".)
					// (Past a coarser time told between: "the second half" of a race, "2023-H2", before "said Monday".)
					if (said) {
						if (!['day', 'hour', 'minute'].includes(r.time.granularity)) continue;
						const before = isoToMillis(said.resolved.time.start) - isoToMillis(r.time.start);
						// (One after the saying only where it is still to come: a report of a thing ahead.)
						const ahead = before < 0 && -before <= WEEK_MS && !!reference && isoToMillis(r.time.start) >= ymdToMillis(reference) + 86_400_000;
						return (before > 0 && before <= WEEK_MS) || ahead ? { resolved: r, candidate: candidates[k], saidAt: said.candidate } : said;
					}
					if (candidates[k].saidOn && !historical && !evenBackground) said = { resolved: r, candidate: candidates[k] };
					else return { resolved: r, candidate: candidates[k] };
				}
				return said;
			},
			nextInSentence(position, maxGap, nextSentence = false) {
				const self = candidates[i];
				// The sentence the search may reach: this one, or the first after it that holds a candidate.
				let sentenceEnd = self.sentence.end;
				for (let k = firstAtOrAfter(candidates, position); k < candidates.length; k++) {
					const c = candidates[k];
					if (k === i) continue;
					if (nextSentence && c.start >= sentenceEnd && sentenceEnd === self.sentence.end && c.passageId === self.passageId) sentenceEnd = c.sentence.end;
					if (c.start - position > maxGap || c.start >= sentenceEnd) break;
					const r = resolveAt(k);
					if (r) return { resolved: r, candidate: c };
				}
				return null;
			}
		};
		let result: Resolved | null = null;
		try {
			result = candidates[i].resolve(ctx);
		} finally {
			active.delete(i);
		}
		memo.set(i, result);
		return result;
	};
	return candidates.map((_, i) => resolveAt(i));
}
