/**
 * Seasons with a year: "the summer of 1989", "spring 2020", "in the winter of 1941–42".
 * TimeML values: 1989-SU, 2020-SP, 1941-WI. Northern-hemisphere meteorological seasons
 * (winter runs from December into the next year's February).
 */
import { SEASON_CODES, SEASON_START_MONTH, seasonValue, startYmd, yearLabel, type SeasonCode } from '../../timex.ts';
import type { Candidate, ResolveContext, Tense } from '../candidate.ts';
import { candidateAt, NEWS_STORY_REACH, sinceUpToNow, tenseAround, yearFlashback, type Parser, type PassageScope } from '../scope.ts';
import { anyOf, hasDigit, matchesIn } from '../wordFilter.ts';
import { CARDINAL_SOURCE, parseCardinal } from '../numbers.ts';

const SEASON = /\b(?:the\s+)?(?:(early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:(\d{3,4})(?:\s*[–-]\s*(\d{2,4}))?\b(?![\s–-]*\d*\s*(?:BCE?|B\.C))|(\d{1,4})(?:\s*[–-]\s*\d{1,4})?\s*(?:BCE?|B\.C\.(?:E\.)?)(?![a-z]))/gi;

/** After "spring", "of" and a place's name ("the spring of Ain Jalut"; not "the spring of That year", a month or a name of a time). */
const WATER_SPRING_AFTER = /^\s+of\s+(?!(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|That|This|The|His|Her|Its|Their|Our|Each|Every|Last|Next|AD|A\.D)\b)[A-Z][a-z]/;
/** A season named without a year ("the winter", "that autumn"): the narrative's year, else the reference's. */
const BARE_SEASON = /\b(?:the|that|this(?:\s+past)?|last|next|early|late|(?<=\b(?:in|by|during|until|through|throughout|before|after|and)\s|\b(?:depth|dead|middle|height|heart|end|start|beginning|close)\s+of\s))\s*(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|winter|fall)\b(?!\s+(?:of\s+)?\d|\s+(?:quarters|offensive|campaign|olympics|games|palace|solstice|wheat)\b)/gi;

/** Before "the summer": a part of it ("the end of", "the beginning of", "the very start of"). */
/** A capitalised word right after: " Reading", " Storm". */
const CAPITALISED_AFTER = /^\s[A-Z][a-z]/;
const SEASON_PART_BEFORE = /\bthe\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of\s+$/i;

/** After a season, a school's noun for it: "the autumn term", "the summer holidays", "the winter break" (not "recess"). */
const SCHOOL_NOUN_AFTER = /^\s+(?:term|holidays|semester|break)\b/i;
/** A preposition of time right before "the fall": "in", "by", "during", "until", "over", "through". */
const SEASON_PREPOSITION_BEFORE = /\b(?:in|by|during|until|over|through|throughout)\s+$/i;
/** "the following spring", "the previous winter" ("the next spring" is read with "next spring" above). */
const SEASON_AFTER = /\bthe\s+(following|previous|preceding)\s+(spring|summer|autumn|fall|winter)\b/gi;

/**
 * Years from the story's year to the season after (`ahead`) or before the day the story is at: "December 16,
 * 1773 … the following spring" is the spring of 1774, "January 1944 … the following summer" that of 1944. A story
 * told by year alone: the next (or last) year's, but the winter that begins at the end of the year told.
 */
function seasonStep(ctx: ResolveContext, code: SeasonCode, ahead: boolean): number {
	const told = ctx.narrativeBefore(true)?.resolved.time;
	// (A winter begins in the December of its year: the winter after "1812" is the winter of 1812.)
	if (!told || ['year', 'decade', 'century'].includes(told.granularity)) return ahead ? (code === 'WI' ? 0 : 1) : -1;
	const month = startYmd(told).month;
	const first = SEASON_START_MONTH[code];
	return ahead ? (first > month ? 0 : 1) : first < month ? 0 : -1;
}

/** A clause that looks back from the story's time ("had fallen", "earlier"). */
const LOOKS_BACK = /\b(?:had|earlier|before\s+that|previously)\b/i;

/**
 * 1 when a season the story has not reached in its year lies within six months after the day (month, season told with its
 * year) it is at ("4 November 1854 … in the spring", "the autumn of 1682 … in the spring"): the story goes on into the
 * next year. A winter begins in the December of its year: none.
 */
function storyWraps(ctx: ResolveContext, code: SeasonCode): number {
	// (The story's time past a look back, as fromStory takes its year.)
	const narrative = yearFlashback(ctx, ctx.narrativeBefore(true));
	const told = narrative?.resolved.time;
	// (After a season, one told with its year: "declared war in the autumn of 1682, and his army left Edirne in the spring".)
	const season = told?.granularity === 'season' && /\d/.test(narrative!.candidate.text);
	if (!told || !(season || ['day', 'month', 'hour', 'minute'].includes(told.granularity)) || code === 'WI') return 0;
	const month = startYmd(told).month;
	const first = SEASON_START_MONTH[code];
	return first + 2 < month && first + 12 - month <= 6 ? 1 : 0;
}

/**
 * -1 when a season looked back to begins more than four months later in the year than the month (or day) the story is at:
 * "by January a pound cost many times what it had cost in the autumn" is the autumn before that January. A story told by
 * year alone: its year.
 */
function storyLooksBack(ctx: ResolveContext, code: SeasonCode): number {
	const told = yearFlashback(ctx, ctx.narrativeBefore(true))?.resolved.time;
	if (!told || !['day', 'month', 'hour', 'minute'].includes(told.granularity)) return 0;
	// (Not a season a few months on: "landed in July 1630 … which imperial troops had blockaded since the autumn" is 1630's.)
	return SEASON_START_MONTH[code] - startYmd(told).month > 4 ? -1 : 0;
}

/** In news: the story before a season is told years before the day of writing ("In 1987 … in the summer"), close before it. */
function oldStoryClose(ctx: ResolveContext): boolean {
	// (Nor a known event named in passing: "the court's 2022 decision overturning Roe v. Wade, and polls taken over the summer".)
	const named = ctx.narrativeBefore(true);
	const told = named?.candidate.parser === 'namedEvent' ? null : named;
	// (Not past a time told since in words that count from the day of writing: "five years ago … in 2021 … this spring, but
	// support eroded over the summer" is back at the day of writing. A clock time put on the day of writing for want of a
	// day says nothing of it.)
	const latest = ctx.narrativeBefore();
	// (Nor past a month put near the day of writing: "canceled for much of 2020 … came in London in April … She spent the summer
	// in Flagstaff", told in September 2023.)
	const nearNow = !!latest && latest.candidate !== told?.candidate && !latest.resolved.referenceFree && latest.resolved.time.granularity !== 'hour' && latest.resolved.time.granularity !== 'minute' && !!ctx.reference && startYmd(latest.resolved.time).year >= ctx.reference.year - 1;
	return !!told && !!ctx.reference && startYmd(told.resolved.time).year < ctx.reference.year - 2 && ctx.candidates[ctx.index].start - told.candidate.start < NEWS_STORY_REACH && (latest?.candidate === told.candidate || !NOW_WORDS.test(latest?.candidate.text ?? '')) && !nearNow;
}
/** Words that count from the day of writing. */
const NOW_WORDS = /\b(?:this|last|next|ago|today|tonight|yesterday|tomorrow|now|current(?:ly)?)\b/i;

/**
 * Years from the day of writing to the season meant in news: still to come (`future`), the next one not yet over; told in the
 * past, the latest one begun by then; else the one nearest the day of writing.
 */
function nearWriting(reference: { year: number; month: number }, code: SeasonCode, tense: Tense): number {
	const first = SEASON_START_MONTH[code];
	// Months from the day of writing to the start of this year's season.
	const ahead = first - reference.month;
	if (tense === 'future') return ahead + 2 < 0 ? 1 : 0;
	if (tense === 'past') return ahead > 0 ? -1 : 0;
	// The nearest: the season's middle month within six months of the day of writing.
	const middle = ahead + 1;
	return middle > 6 ? -1 : middle < -6 ? 1 : 0;
}

/** A season after a pair of years, perhaps with a name's word between: "the 2019-20 Black Summer", "the 2023/24 winter". */
/** A season "of" a year of one or two digits: "the spring of 66", "the summer of 9" (read only in a text that writes its era). */
const SEASON_OF_TWO_DIGITS = /\b(?:the\s+)?(?:(early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)\s+of\s+(\d{1,2})\b(?![\d,.:]\d|\s*%|\s*[–-]\s*\d)/gi;
const SPLIT_YEAR_SEASON = /\b(?:the\s+)?(\d{4})\s*[-–/]\s*(\d{2})\s+(?:[A-Z][a-z]+\s+)?(spring|summer|autumn|fall|winter)\b(?!\s+of\b)/gi;

/** After a season: the year of the story, or the one after or before it ("the summer of that year"). */
const OF_STORY_YEAR = /^\s+of\s+(that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year\b/i;

/** After a season: another, with its year (" and early summer of 1943", " and summer 1944"). */
const PARTNER_WITH_YEAR = /^,?\s+(?:and|or|to|through|until|into)\s+(?:(?:the\s+)?(?:early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\b/i;

/** "the Spring Offensive (of 1918)", "a summer campaign": the season the campaign was fought in. */
const SEASON_CAMPAIGN = /\b(spring|summer|autumn|fall|winter)\s+(?:offensives?|campaigns?|fighting)\b(?:\s+of\s+(\d{4})\b)?/gi;
/** Gates: every match of a pattern holds one of these (for {@link matchesIn}). */
const SEASON_WORDS = anyOf(['spring', 'summer', 'autumn', 'fall', 'winter']);

/**
 * A season whose year the story (or, failing it, the reference date) gives, `step` years on.
 * A function of the module, not a closure per scope (under tsx each named closure costs a `__name` call).
 */
function fromStory(scope: PassageScope, named: string, start: number, text: string, code: SeasonCode, step: number | ((ctx: ResolveContext) => number), useStory: (ctx: ResolveContext) => boolean, stated: number | null = null): Candidate {
	return candidateAt(scope, start, start + text.length, {
		parser: 'season',
		type: 'DATE',
		priority: 2,
		resolve: (ctx) => {
			// (Past a look back to "the Townshend Acts of 1767", "during the autumn" is the story's.)
			// ("the largest since 2018, when the Ramsey Canyon Fire burned … memories of that summer": where the story told no year,
			// "that" points back to the last year told, an aside too; in news, one counted from the day of writing too: "in April last
			// year … An internal review published that summer".)
			const narrative = stated === null && useStory(ctx) ? yearFlashback(ctx, ctx.narrativeBefore(true) ?? (/^that\s/i.test(named) ? (ctx.narrativeBefore(true, true) ?? (ctx.documentDated && !ctx.historical ? ctx.narrativeBefore() : null)) : null)) : null;
			const by = typeof step === 'number' ? step : step(ctx);
			// ("this winter", "last winter", told in January or February: counted from the winter under way, which began the December
			// before.)
			const winterUnderWay = code === 'WI' && !!ctx.reference && ctx.reference.month <= 2 && /^(?:this|last|next)\b/i.test(text) ? 1 : 0;
			const year = stated ?? (narrative ? startYmd(narrative.resolved.time).year + by : ctx.reference ? ctx.reference.year - winterUnderWay + by : null);
			if (year === null || !Number.isFinite(year)) return null;
			const time = seasonValue(year, code);
			const from = stated !== null ? `the year named after it (“${named}”)` : narrative ? `the narrative (“${narrative.candidate.text}”)` : 'the reference date';
			return { time, stated: stated !== null ? ['year', 'month'] : ['month'], inferred: stated !== null ? [] : ['year'], derivation: [`“${text}” has no year of its own: took ${yearLabel(year)} from ${from} → ${time.value}`], confidence: 0.7, referenceFree: stated !== null || !!narrative?.resolved.referenceFree };
		}
	});
}

/** An autumn term or semester: the first of a school year. */
const AUTUMN_TERM = /\b(?:autumn|fall)\s+(?:term|semester)$/i;

/**
 * A school year begins in the autumn: a spring or summer term told after an autumn term is of the year after it ("The
 * autumn term runs from 4 September to 20 December … The spring term starts on Monday 6 January"), whatever the tense.
 * (Not the summer holidays: "the autumn term starting on 3 September … break up for the summer holidays on 22 July" may
 * tell the end of the year before.)
 */
function afterAutumnTerm(candidate: Candidate, code: SeasonCode): void {
	const base = candidate.resolve;
	candidate.resolve = (ctx) => {
		for (let i = ctx.index - 1; i >= 0; i--) {
			const c = ctx.candidates[i];
			if (c.parser !== 'season' || !AUTUMN_TERM.test(c.text)) continue;
			const autumn = ctx.resolveAt(i);
			if (!autumn || autumn.time.granularity !== 'season') break;
			const year = startYmd(autumn.time).year + 1;
			const time = seasonValue(year, code);
			return { time, stated: ['month'], inferred: ['year'], derivation: [`“${candidate.text}” comes after “${c.text}” (${autumn.time.value}) in the school year → ${time.value}`], confidence: 0.7, referenceFree: autumn.referenceFree };
		}
		return base(ctx);
	};
}

/** Right after a season, "in" and a month of it: " in July", " in early April" (the month that says which year). */
const MONTH_IN_AFTER = /^\s+in\s+(?:early\s+|late\s+|mid-?)?(?:March|April|May|June|July|August|September|October|November)\b/;

/**
 * "before schools break up for the summer in July": a season (not a winter, which runs across two years) set right before a
 * month of it is of that month's year, whatever the tense of the clause.
 */
function seasonOfMonthAfter(candidate: Candidate, code: SeasonCode): void {
	const base = candidate.resolve;
	candidate.resolve = (ctx) => {
		const month = ctx.nextInSentence(candidate.end, 5);
		const t = month?.resolved.time;
		if (!month || !t || t.granularity !== 'month') return base(ctx);
		const { year, month: m } = startYmd(t);
		if (m < SEASON_START_MONTH[code] || m > SEASON_START_MONTH[code] + 2) return base(ctx);
		const time = seasonValue(year, code);
		return { time, stated: ['month'], inferred: ['year'], derivation: [`“${candidate.text}” is set right before a month of it (“${month.candidate.text}” → ${t.value}) → ${time.value}`], confidence: 0.7, referenceFree: month.resolved.referenceFree };
	};
}

/** "two summers ago", "three winters ago": a season counted back from the day of writing. */
const SEASONS_AGO = new RegExp(String.raw`\b(${CARDINAL_SOURCE})\s+(springs|summers|autumns|falls|winters)\s+ago\b`, 'gi');

/**
 * "two summers ago", told in July 2025: 2023's, two back from "last summer" (this year's once it has ended, as with "last
 * summer"; a winter, the one before the one under way or just ended).
 */
function seasonsAgo(scope: PassageScope, m: RegExpMatchArray): Candidate | null {
	const n = parseCardinal(m[1]);
	if (n === null || n < 2 || n > 50) return null;
	const code = SEASON_CODES[m[2].toLowerCase().replace(/s$/, '')];
	return candidateAt(scope, m.index!, m.index! + m[0].length, {
		parser: 'season',
		type: 'DATE',
		priority: 3,
		resolve: (ctx) => {
			if (!ctx.reference) return null;
			const ref = ctx.reference;
			const last = code !== 'WI' && SEASON_START_MONTH[code] + 4 <= ref.month ? ref.year : ref.year - 1;
			const year = last - (n - 1);
			const time = seasonValue(year, code);
			return { time, stated: [], inferred: ['year'], derivation: [`“${m[0]}” counts ${n} back from the last ${m[2].replace(/s$/, '')} before the reference date (${ctx.referenceLabel}) → ${time.value}`], confidence: 0.7, referenceFree: false };
		}
	});
}

export const seasonParser: Parser = {
	name: 'season',
	find(scope) {
		const out: Candidate[] = [];
		if (scope.text.includes(' ago')) for (const m of scope.text.matchAll(SEASONS_AGO)) {
			const cand = seasonsAgo(scope, m);
			if (cand) out.push(cand);
		}
		// ("In the spring of 66", "the summer of 71", in a text that writes "AD 70": see PassageScope.twoDigitEra.)
		if (scope.twoDigitEra && hasDigit(scope)) for (const m of matchesIn(scope, SEASON_OF_TWO_DIGITS, SEASON_WORDS)) {
			const year = Number(m[3]);
			// (A year of one digit, "the summer of 9 Varus was encamped", not before a word in lower case: "the summer of 9 wins".)
			if (year < 1 || (m[3].length === 1 && /^\s+[a-z]/.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 3)))) continue;
			const time = seasonValue(year, SEASON_CODES[m[2].toLowerCase()]);
			const text = m[0];
			out.push(candidateAt(scope, m.index, m.index + text.length, { parser: 'season', type: 'DATE', priority: 2, resolve: () => ({ time, stated: ['year', 'month'], inferred: [], derivation: [`“${text}” names a season → ${time.value}`], confidence: 0.8, referenceFree: true }) }));
		}
		for (const m of (hasDigit(scope) ? matchesIn(scope, SEASON, SEASON_WORDS) : [])) {
			// "the spring of 480 BC" is the astronomical year -479; "the winter of 218-217 BC" is the winter that starts in 218 BC.
			const year = m[5] !== undefined ? 1 - Number(m[5]) : Number(m[3]);
			// ("the autumn of 865" where the text dates years of three digits.)
			if (m[5] === undefined && (year < (scope.earlyYears && m[3].length === 3 ? 100 : 1000) || year > 2100)) continue;
			if (m[5] !== undefined && Number(m[5]) < 1) continue;
			const time = seasonValue(year, SEASON_CODES[m[2].toLowerCase()]);
			const text = m[0];
			out.push(
				candidateAt(scope, m.index, m.index + m[0].length, {
					parser: 'season',
					type: 'DATE',
					priority: 2,
					resolve: () => ({ time, stated: ['year', 'month'], inferred: [], derivation: [`“${text}” names a season → ${time.value}`], confidence: 0.9, referenceFree: true })
				})
			);
		}
		// "the 2019-20 Black Summer", "the 2023/24 winter": a season across two years, named by the year it begins in.
		for (const m of (hasDigit(scope) ? matchesIn(scope, SPLIT_YEAR_SEASON, SEASON_WORDS) : [])) {
			const year = Number(m[1]);
			if (year < 1000 || year > 2100 || Number(m[2]) !== (year + 1) % 100) continue;
			const time = seasonValue(year, SEASON_CODES[m[3].toLowerCase()]);
			const text = m[0];
			out.push(candidateAt(scope, m.index, m.index + text.length, { parser: 'season', type: 'DATE', priority: 2, resolve: () => ({ time, stated: ['year', 'month'], inferred: [], derivation: [`“${text}” names a season across two years, by the year it begins in → ${time.value}`], confidence: 0.85, referenceFree: true }) }));
		}
		for (const m of matchesIn(scope, BARE_SEASON, SEASON_WORDS)) {
			// "the Summer Reading Challenge", "the Winter Storm Warning": a season's word capitalised before a capitalised word is
			// part of a name (as "the Summer Palace", "the Winter War").
			if (/^[A-Z]/.test(m[1]) && CAPITALISED_AFTER.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
			// "in the depth of winter", "in the middle of winter": a bare season after a part of it, read in histories only (in news,
			// "heading into the end of summer" is this summer's whatever story was told before, which the season rules do not read).
			const afterOf = !/^(?:the|that|this|last|next|early|late|mid)\b/i.test(m[0]) && /\bof\s$/.test(scope.text.slice(Math.max(0, m.index - 3), m.index));
			// "later that summer": the word belongs to the phrase, as in "later that day".
			// ("The next summer": the article too.)
			// "late that summer", "by the end of the summer": a part of the season, the words inside the extent as TimeML keeps
			// "the end of" with a month.
			const later = /^that\s/i.test(m[0]) ? /\b(?:later|earlier|late|early)\s+$/i.exec(scope.text.slice(Math.max(0, m.index - 8), m.index)) : /^next\s/i.test(m[0]) ? /\bthe\s+$/i.exec(scope.text.slice(Math.max(0, m.index - 4), m.index)) : /^the\s/i.test(m[0]) || afterOf ? SEASON_PART_BEFORE.exec(scope.text.slice(Math.max(0, m.index - 24), m.index)) : null;
			// The phrase as matched, for what it says; `text`, with the word before, for its extent from `start`.
			const core = m[0];
			const start = m.index - (later ? later[0].length : 0);
			const text = later ? later[0] + core : core;
			const code = SEASON_CODES[m[1].toLowerCase()];
			// "The autumn term", "the summer holidays": the school's season, its noun inside the extent (not "the summer recess").
			const schoolNoun = SCHOOL_NOUN_AFTER.exec(scope.text.slice(start + text.length, start + text.length + 12));
			const extent = schoolNoun ? text + schoolNoun[0] : text;
			// "the fall" is mostly a fall ("the fall of Saigon"); "last fall", "this fall" are the season.
			// ("in the fall", "by the fall", "during the fall" before no "of" are the season: "more likely in the fall than …".)
			// ("indicted that fall", before no "of" either.)
			if (/^fall$/i.test(m[1]) && !/^(?:this|last|next|early|late)\s+fall$/i.test(core) && !((/^that\s+fall$/i.test(core) || (/^the\s+fall$/i.test(core) && SEASON_PREPOSITION_BEFORE.test(scope.text.slice(Math.max(0, m.index - 8), m.index)))) && !/^\s*(?:of|in|from|to|into|out|off|down|behind|back|short|through|apart|prices|line|guys?)\b|^['’]s|^-/i.test(scope.text.slice(m.index + core.length, m.index + core.length + 10)))) continue;
			// "near the spring of Ain Jalut": a spring of water, named by its place.
			if (/^spring$/i.test(m[1]) && WATER_SPRING_AFTER.test(scope.text.slice(m.index + core.length, m.index + core.length + 24))) continue;
			// "this past spring": the latest one begun by the reference date (last year's when this year's has not begun).
			const past = /^this\s+past/i.test(core);
			// "last spring", told in November: the spring just past, this year's, over a month or more before the month of writing
			// (not a winter, which runs into the next year).
			const step = past ? (ctx: ResolveContext) => (ctx.reference && SEASON_START_MONTH[code] > ctx.reference.month ? -1 : 0) : /^last/i.test(core) ? (ctx: ResolveContext) => (!ctx.historical && ctx.reference && code !== 'WI' && SEASON_START_MONTH[code] + 4 <= ctx.reference.month ? 0 : -1) : /^next/i.test(core) ? 1 : 0;
			// "this spring", "last winter" count from the day of writing, except in history, where they count from the story.
			const deictic = /^(?:this|last|next)\b/i.test(core);
			// "the spring and early summer of 1943": the year of the season after it (the winter before a spring is the year before's).
			const partner = deictic || past ? null : PARTNER_WITH_YEAR.exec(scope.text.slice(start + text.length, start + text.length + 40));
			// "the summer of that year", "the spring of the following year": the story's year, or the one after or before it.
			const ofYear = deictic || past ? null : OF_STORY_YEAR.exec(scope.text.slice(start + text.length, start + text.length + 32));
			if (ofYear) {
				const by = /following|next/i.test(ofYear[1]) ? 1 : /previous|preceding/i.test(ofYear[1]) ? -1 : 0;
				out.push(fromStory(scope, text, start, text + ofYear[0], code, by, () => true));
				continue;
			}
			if (partner) {
				const year = Number(partner[2]) - (SEASON_START_MONTH[code] > SEASON_START_MONTH[SEASON_CODES[partner[1].toLowerCase()]] ? 1 : 0);
				out.push(fromStory(scope, partner[0].replace(/^,?\s+/, ''), start, text, code, 0, () => false, year));
				continue;
			}
			if (!deictic && !past) {
				// In news, "the summer" is near the day of writing, on the side the clause's tense gives ("is expected to make its
				// first flight in the spring" is the next spring; "demand outran supply well into the summer", told in October, this
				// year's), whatever year the story named last ("ordered in 2011", "due in May 2015"); only a story told years before
				// the day of writing, close before, lends its year to a season not still to come, as to a month. "That summer" is always
				// the story's.
				let tense: Tense | undefined;
				const clauseTense = () => (tense ??= tenseAround(scope.text, start, start + text.length));
				// ("The unions, which have kept a common front since the summer": a time up to now is near the day of writing too.)
				const upToNow = sinceUpToNow(scope.text, start);
				const fromNews = (ctx: ResolveContext) => ctx.documentDated && !!ctx.reference && !ctx.historical && !/^that\b/i.test(core) && (upToNow || clauseTense() === 'future' || !oldStoryClose(ctx));
				// A story told in order goes on into the next year: "4 November 1854 … The death rate fell sharply in the spring" is 1855's
				// (not when the clause looks back: "had fallen in the spring").
				const back = LOOKS_BACK.test(scope.text.slice(Math.max(0, start - 60), start).split(/[.;!?]\s/).pop() ?? '');
				out.push(fromStory(scope, text, start, extent, code, (ctx) => (fromNews(ctx) ? nearWriting(ctx.reference!, code, clauseTense()) : back ? storyLooksBack(ctx, code) : /^that\b/i.test(core) ? 0 : storyWraps(ctx, code)), (ctx) => !fromNews(ctx)));
				if (afterOf) out[out.length - 1].historyOnly = true;
				if ((code === 'SP' || code === 'SU') && schoolNoun && /term|semester/i.test(schoolNoun[0])) afterAutumnTerm(out[out.length - 1], code);
				else if (code !== 'WI' && MONTH_IN_AFTER.test(scope.text.slice(start + extent.length, start + extent.length + 24))) seasonOfMonthAfter(out[out.length - 1], code);
				continue;
			}
			// In history, "the next summer" is the first after the day the story is at ("March 867 … The next summer" is 867's);
			// in news, the first to begin after the day of writing ("next fall", told in April, is this year's; told in
			// September, as it begins, next year's).
			const next = /^next\b/i.test(core);
			out.push(fromStory(scope, text, start, extent, code, next ? (ctx) => (ctx.historical ? seasonStep(ctx, code, true) : ctx.reference && SEASON_START_MONTH[code] > ctx.reference.month ? 0 : 1) : step, (ctx) => !past && (!deictic || ctx.historical)));
		}
		// "the following spring", "the preceding winter": the first such season after (before) the day the story is at.
		for (const m of matchesIn(scope, SEASON_AFTER, SEASON_WORDS)) {
			const code = SEASON_CODES[m[2].toLowerCase()];
			const ahead = /^following$/i.test(m[1]);
			out.push(fromStory(scope, m[0], m.index, m[0], code, (ctx) => seasonStep(ctx, code, ahead), () => true));
			// "a result few would have predicted the previous summer": a look back is an aside; the story goes on from where it was.
			if (!ahead) out[out.length - 1].background = true;
		}
		// "the Spring Offensive (of 1918)": the season of a campaign, in the year named after it or the story's.
		for (const m of matchesIn(scope, SEASON_CAMPAIGN, SEASON_WORDS)) out.push(fromStory(scope, m[0], m.index, m[1], SEASON_CODES[m[1].toLowerCase()], 0, () => true, m[2] !== undefined ? Number(m[2]) : null));
		return out;
	}
};
