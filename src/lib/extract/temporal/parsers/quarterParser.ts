/**
 * Quarters and halves of a (fiscal) year: "the third quarter", "third-quarter", "the fiscal
 * first quarter", "the 1988 second quarter", "the third quarter of 1990", "the first half",
 * "the year-earlier quarter", "the latest quarter", "the quarter a year ago". TimeML values 1989-Q3, 1989-H1.
 * Without a year, a quarter is the latest one begun by the reference date (news reports
 * quarters just ended), or a later one this year when the clause looks ahead to it ("would open
 * in the third quarter", told in April); "year-ago"/"year-earlier" moves it a year back.
 * A reporting period ("the year-ago period", "the latest period", "the corresponding period last
 * year") is the quarter or half the report is about (the last one named before it); so is a bare
 * "year-earlier" before a noun ("compared with year-earlier profit"), a year back.
 */
import { formatYmd, MONTH_NAME_SOURCE, monthNumber, shiftBy, timeValue, yearValue, ymdToMillis, type Ymd } from '../../timex.ts';
import type { Candidate, Resolved, ResolveContext } from '../candidate.ts';
import { candidateAt, clauseStartBefore, modifierBefore, tenseAround, thatOpensClause, type Parser, type PassageScope } from '../scope.ts';
import { anyOf, matchesIn } from '../wordFilter.ts';

const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4, latter: 4, front: 1, back: 2 };
const QUARTER = /\b(?:(?:the|this|that|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s)\s+)?((?:(?:fiscal|latest|current|comparable|corresponding|year-ago|year-earlier|prior-year|previous-year|recent|just-ended|past|previous|prior|preceding|same)[\s-]+)*)(?:(\d{4})\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|last|final|latter|front|back)[\s-]+)?(quarter|half|period)(?!-(?:finals?|finalists?|terms?|time|century|backs?|brothers?|sisters?)\b)(?![\s-]+(?:of\s+(?:a|an|the|its|his|her|their)\b(?!\s+(?:fiscal\s+)?year\b)|century|mile|point|inch|hour|percent|share|dollar|cents?\b))(?:\s+of\s+(?:(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(\d{4})|(this|next|last|the)\s+(?:fiscal\s+)?year\b(?![-'’])))?\b(?!s)(?:\s+(a\s+year\s+(?:ago|earlier)|last\s+year)\b(?!['’]))?/gi;
/** Gate: every match holds one of these (for {@link matchesIn}). */
const QUARTER_WORDS = anyOf(['quarter', 'half', 'period']);
/** Modifiers that move the period in question a year back: "the year-ago quarter", "the prior-year quarter". */
const YEAR_AGO_MOD = /year-ago|year-earlier|prior-year|previous-year/;
/** "the July-September quarter", "the October–December quarter". */
const MONTHS_QUARTER = new RegExp(String.raw`\b(?:the\s+)?(${MONTH_NAME_SOURCE})\.?\s*[-–—]\s*(${MONTH_NAME_SOURCE})\.?\s+quarter\b`, 'gi');
/** Before a quarter or half: "the end of", "the beginning of", "the start of", "the middle of". */
/** "the September quarter", "the Dec. quarter", "the June half", "the December half of 2014": a quarter or half named by its last month (its year perhaps after it). */
const MONTH_ENDED_QUARTER = /\bthe\s+(march|mar|june|jun|september|sept|sep|december|dec)\.?\s+(quarter|half)\b(?:\s+of\s+(?:calendar\s+)?(\d{4})\b)?/gi;
const EDGE_BEFORE = /\bthe\s+(?:end|beginning|start|middle|close)\s+of\s+$/i;
/** "year-earlier profit", "The year-ago results": the period in question a year back (the quarter, half or period after it is QUARTER's). */
const YEAR_BACK = /\byear-(?:ago|earlier)\b(?![\s-]+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|fiscal)[\s-]+)*(?:quarter|half|period)\b)(?![\s-]+(?:[\w-]+\s+)?(?:days|weeks|months|years)\b)/gi;
const YEAR_BACK_WORDS = anyOf(['ago', 'earlier']);

/** Verbs of reporting results, which come after the quarter they are about ("expects to report third-quarter net income"). */
/** A verb of reporting figures (not a participle with its own time after it: "the level announced this week will hold …"). */
const REPORTED = /\b(?:report|post|releas|announc|disclos|book|record)(?!ed\s+(?:this|last|on|in)\b)/i;

/** "Q2", "H1", "Q3 2023", "Q4'23", "Q3 FY2024" (capitals, as reports write them; not "H1N1", "H1-B"). */
const SHORT_PERIOD = /\b([QH])([1-4])(?:\s+(\d{4})\b|\s*['’](\d{2})\b|\s+FY\s?['’]?(\d{4}|\d{2})\b)?(?![\w-])/g;
const SHORT_PERIOD_CUE = /\b[QH][1-4]\b/;

/**
 * A quarter (or half) `n` named at `index` (`text`) by its months or its short form: of the year `stated`, else the latest
 * begun by the reference date or the next still to come ({@link yearOfPeriod}). `how` says how the text names it.
 */
function namedPeriodAt(scope: PassageScope, index: number, text: string, n: number, half: boolean, stated: string | undefined, how: string): Candidate {
	return candidateAt(scope, index, index + text.length, {
		parser: 'quarter',
		type: 'DATE',
		priority: 3,
		resolve: (ctx: ResolveContext): Resolved | null => {
			const ref = ctx.reference;
			if (stated) {
				const time = quarterTime(Number(stated), n, half);
				return { time, stated: ['year', 'month'], inferred: [], derivation: [`“${text}” ${how} of ${stated} → ${time.value}`], confidence: 0.9, referenceFree: true };
			}
			if (!ref) return null;
			const { year, toCome } = yearOfPeriod(scope.text, index, index + text.length, n, half, ref);
			const time = quarterTime(year, n, half);
			return { time, stated: ['month'], inferred: ['year'], derivation: [`“${text}” ${how}; of ${year}, the ${toCome ? 'next' : 'latest'} by the reference date ${formatYmd(ref)} → ${time.value}`], confidence: 0.7, referenceFree: false };
		}
	});
}

/** A phrase that counts back ("the year-ago quarter", "a year earlier", "last year", "the previous quarter"): not the period in question itself. */
export const COUNTS_BACK = /year-(?:ago|earlier)|\b(?:prior|previous)-year\b|\ba\s+year\s+(?:ago|earlier)|\blast\s+year|\b(?:previous|prior|preceding)\s+(?:quarter|half)\b/i;

/** A quarter named by its number or months, later in the year than the reference date, that the clause looks ahead to; not results, which are reported after their quarter. */
function stillToCome(text: string, start: number, end: number): boolean {
	// (The tense is read from before a modifier, "the end of": "would eliminate about 10,000 jobs, roughly 5 percent of its
	// workforce, by the end of the third quarter" has its "would" within reach.)
	const from = start - modifierBefore(text, start);
	return tenseAround(text, from, end) === 'future' && !REPORTED.test(text.slice(clauseStartBefore(text, from), from));
}

/** A quarter or half before a noun, joined by a hyphen: "third-quarter results", "first-half loss". */
const ATTRIBUTIVE_PERIOD = /-(?:quarter|half)$/i;

/** The quarter (or half) the day `ref` is in. */
function periodOf(ref: Ymd, half: boolean): number {
	return half ? (ref.month <= 6 ? 1 : 2) : Math.floor((ref.month - 1) / 3) + 1;
}

/**
 * The year of quarter (or half) `n`, named without one at `start`..`end` of `text`: the latest begun by the reference
 * date, or the next when it is still to come ({@link stillToCome}).
 */
function yearOfPeriod(text: string, start: number, end: number, n: number, half: boolean, ref: Ymd): { year: number; toCome: boolean } {
	const later = n > periodOf(ref, half);
	const toCome = later && stillToCome(text, start, end);
	return { year: later && !toCome ? ref.year - 1 : ref.year, toCome };
}

/** "the current quarter", "this quarter", "the coming half": the period a forecast is for. */
const CURRENT_PERIOD = /\b(?:current|this|coming|next)\b/i;

/**
 * The quarter or half a report is about: the last one named before candidate `ctx.index`
 * (within a few candidates), not one that itself counts a year back; none when a span of months
 * ("the first nine months") was named after it, as that is then the period in question. A forecast's
 * period ("the current quarter") only for a clause that `looksAhead`.
 */

export function periodInQuestion(ctx: ResolveContext, looksAhead: () => boolean): { resolved: Resolved; candidate: Candidate } | null {
	// The quarter a forecast is for ("the current quarter") is in question only for a clause that looks ahead too; results
	// told in the past ("earned … up from … in the year-earlier period") are the results' quarter, told before it.
	let forecast: { resolved: Resolved; candidate: Candidate } | null = null;
	let ahead: boolean | undefined;
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 12); k--) {
		const candidate = ctx.candidates[k];
		if (candidate.type === 'DURATION' && /months\b/i.test(candidate.text)) break;
		const resolved = ctx.resolveAt(k);
		const t = resolved?.time;
		if (!resolved || !t || (t.granularity !== 'quarter' && t.granularity !== 'half') || COUNTS_BACK.test(candidate.text)) continue;
		if (!CURRENT_PERIOD.test(candidate.text)) return { resolved, candidate };
		if ((ahead ??= looksAhead())) return { resolved, candidate };
		forecast ??= { resolved, candidate };
	}
	return forecast;
}

/** "the quarter", "that quarter": no number, no modifier. */
const BARE_QUARTER = /^(?:the|that)\s+quarter$/i;
/** "the first quarter, which ends May 3": a quarter under way. */
const UNDER_WAY_AFTER = /^,?\s+(?:which|that)\s+(?:ends|runs|closes)\b/i;
/** What puts a quarter in its clause into a comparison: "up from … in the second quarter", "compared with", "than". */
const COMPARED_IN = /\b(?:from|than|compared|versus|vs\.)\s/i;
/** A quarter named by its number alone: "the fiscal third quarter", "third-quarter". */
const NUMBERED = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b/i;

/** The quarter a fiscal report numbered last before candidate `ctx.index` (not one with a year of its own, not one counted back). */
function numberedBefore(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 40); k--) {
		const candidate = ctx.candidates[k];
		if (candidate.parser !== 'quarter' || candidate.compared || !NUMBERED.test(candidate.text) || /\d{4}/.test(candidate.text) || COUNTS_BACK.test(candidate.text)) continue;
		const resolved = ctx.resolveAt(k);
		if (resolved?.time.granularity === 'quarter') return { resolved, candidate };
	}
	return null;
}

/** A year named as fiscal: "fiscal 2024", "fiscal year 2024", "FY2024", "the fiscal third quarter". */
const FISCAL = /\bfiscal\b|\bFY\s?['’]?\d/i;
/** Does the text count by a fiscal year (does any of its times say "fiscal")? (Asked only of quarters, which are few.) */
function fiscalText(candidates: readonly Candidate[]): boolean {
	return candidates.some(namesFiscal);
}

function namesFiscal(c: Candidate): boolean {
	return FISCAL.test(c.text);
}

export function quarterTime(year: number, n: number, half: boolean): Resolved['time'] {
	const months = half ? 6 : 3;
	const startMonth = (n - 1) * months + 1;
	const start = ymdToMillis({ year, month: startMonth, day: 1 });
	const end = ymdToMillis({ year: startMonth + months > 12 ? year + 1 : year, month: ((startMonth + months - 1) % 12) + 1, day: 1 });
	return timeValue(`${year}-${half ? 'H' : 'Q'}${n}`, start, end, half ? 'half' : 'quarter');
}

export const quarterParser: Parser = {
	name: 'quarter',
	find(scope) {
		const out: Candidate[] = [];
		for (const m of matchesIn(scope, QUARTER, QUARTER_WORDS)) {
			const mods = (m[1] ?? '').toLowerCase();
			const period = m[4].toLowerCase() === 'period';
			const yearAfter = m[7];
			/** "the second half of next year", "the first quarter of this year", "the second half of the year": the year counted from the reference. */
			const yearOf = m[6]?.toLowerCase();
			// A period is a reporting period only when something says so ("the year-ago period", "the 1989 period"), not "a waiting period" or "the third period".
			if (period && (m[3] || !(/latest|year-ago|year-earlier/.test(mods) || m[2] || m[5] || yearAfter || (/comparable|corresponding|same/.test(mods) && /\b(?:quarter|half)\b/i.test(scope.text))))) continue;
			const half = m[4].toLowerCase() === 'half';
			// "the last half", "the latter half", "the back half" is the second; a half has no third.
			// "sales fell 7% last quarter": with no article, "last" is the one before the quarter under way, not the fourth.
			const lastPlain = !half && !period && /^last$/i.test(m[3] ?? '') && /^last[\s-]/i.test(m[0]);
			const ordinal = m[3] && !lastPlain ? (half && /^(?:last|final|latter)$/i.test(m[3]) ? 2 : ORD[m[3].toLowerCase()]) : undefined;
			if (half && ordinal !== undefined && ordinal > 2) continue;
			// ("the back half of 2026", "the front half of the year": a half; no quarter is so named.)
			if (!half && /^(?:front|back)$/i.test(m[3] ?? '')) continue;
			const explicitYear = m[5] ?? m[2];
			// A bare "half" or "quarter" with nothing to pin it is an ordinary word ("half of the voters").
			// "the previous quarter", "the prior quarter": the quarter before the one the report is about (below).
			const before = !period && !ordinal && !explicitYear && /previous|prior|preceding/.test(mods) && !YEAR_AGO_MOD.test(mods);
			if (!period && !ordinal && !lastPlain && !explicitYear && !yearAfter && !before && !/latest|current|comparable|corresponding|fiscal|recent|just-ended|same/.test(mods) && !YEAR_AGO_MOD.test(mods) && !/^(the|this|that|last\s+year['’]s|this\s+year['’]s)\s+quarter$/i.test(m[0])) continue;
			if (half && !ordinal) continue;
			// "The Hawks opened the third quarter on a 12-2 run", "late in the second half": in a report of a game, a part of it.
			if (scope.gameReport && !explicitYear && !yearAfter && !yearOf && !period && !mods.trim()) continue;
			if (yearOf && (!ordinal || period)) continue;
			const yearBack = YEAR_AGO_MOD.test(mods) || /^last\s+year/i.test(m[0]) || yearAfter || yearOf === 'last' ? 1 : /^next\s+year/i.test(m[0]) || yearOf === 'next' ? -1 : 0;
			// "It also warned that fourth-quarter margins would be squeezed": a "that" opening a clause is not the quarter's.
			const thatLead = /^that\s+(?!quarter\b)/i.exec(m[0]);
			const clauseThat = thatLead && thatOpensClause(scope.text, m.index) ? thatLead[0].length : 0;
			const at = m.index + clauseThat;
			const text = m[0].slice(clauseThat);
			/** "this quarter", "the current quarter": the one the reference date is in, not the last one ended. */
			const thisOne = /current|this/.test(`${mods} ${text.toLowerCase()}`);
			// "by the end of the second quarter": the edge of the period belongs to the expression, as TimeML draws it.
			const edge = ordinal !== undefined || explicitYear ? EDGE_BEFORE.exec(scope.text.slice(Math.max(0, at - 24), at)) : null;
			const start = at - (edge ? edge[0].length : 0);
			out.push(
				candidateAt(scope, start, m.index + m[0].length, {
					parser: 'quarter',
					type: 'DATE',
					// "the quarter a year ago": the quarter a year back, not chrono's year a year back.
					priority: yearAfter || yearOf ? 5 : 2,
					resolve: (ctx: ResolveContext): Resolved | null => {
						let year: number;
						let n = ordinal ?? 0;
						let isHalf = half;
						/** A quarter of this year still to come, not the latest begun. */
						let toCome = false;
						let told: { resolved: Resolved; candidate: Candidate } | null;
						// "up 9 percent from the previous quarter": the quarter before the one the report is about, or before the latest ended.
						if (before) {
							const inQuestion = periodInQuestion(ctx, () => false)?.resolved;
							const about = inQuestion?.time;
							const ref = ctx.reference;
							if (!about && !ref) return null;
							const at = about ? { year: Number(about.value.slice(0, -3)), n: Number(about.value.slice(-1)), half: about.granularity === 'half' } : null;
							const q = at ?? { year: ref!.year, n: periodOf(ref!, half), half };
							// (Counted from the reference date: the one before the quarter it is in is the latest ended, and this is the one before that.)
							const back = at ? 1 : 2;
							const per = q.half ? 2 : 4;
							const index = q.year * per + (q.n - 1) - back;
							const time = quarterTime(Math.floor(index / per), (index % per) + 1, q.half);
							return { time, stated: [], inferred: ['year', 'month'], derivation: [`“${text}” is the ${q.half ? 'half' : 'quarter'} before ${at ? `the one the report is about (${about!.value})` : `the latest ended by the reference date ${formatYmd(ref!)}`} → ${time.value}`], confidence: 0.6, referenceFree: inQuestion?.referenceFree ?? false };
						}
						// A period is the quarter (or half) the report is about.
						if (period) {
							const about = periodInQuestion(ctx, () => tenseAround(scope.text, m.index, m.index + m[0].length) === 'future')?.resolved.time;
							if (about) {
								isHalf = about.granularity === 'half';
								n = Number(about.value.slice(-1));
							} else if (explicitYear || yearBack) {
								// No quarter in question (a span of months, or none): "the 1988 period" is 1988, "the year-ago period" the year before.
								const y = explicitYear ? Number(explicitYear) : ctx.reference ? ctx.reference.year - yearBack : null;
								if (y === null) return null;
								const time = yearValue(y);
								return { time, stated: explicitYear ? ['year'] : [], inferred: explicitYear ? [] : ['year'], derivation: [`“${text}” names no quarter the report is about: the year → ${time.value}`], confidence: 0.6, referenceFree: !!explicitYear };
							}
						}
						const stated: Resolved['stated'] = explicitYear ? ['year', 'month'] : ['month'];
						const ref: Ymd | null = ctx.reference;
						if (explicitYear) {
							year = Number(explicitYear);
							if (!n && ref) n = isHalf ? (ref.month <= 6 ? 1 : 2) : Math.max(1, Math.floor((ref.month - 1) / 3));
						}
						else if ((told = ref && !period && !ordinal && !thisOne && (BARE_QUARTER.test(text) || YEAR_AGO_MOD.test(mods)) && fiscalText(ctx.candidates) ? numberedBefore(ctx) : null)) {
							// "the quarter", "that quarter" in a fiscal report: the quarter the report numbered last; "the prior-year
							// quarter", that quarter a year back.
							const time = yearBack ? shiftBy(told.resolved.time, -yearBack, 'year') : told.resolved.time;
							return { ...told.resolved, time, derivation: [...told.resolved.derivation, `“${text}” is the quarter the report numbered before it (“${told.candidate.text}”)${yearBack ? ', a year back' : ''} → ${time.value}`] };
						}
						else if (ref && ordinal && !yearOf && fiscalText(ctx.candidates)) {
							// A company that reports by a fiscal year ("the fiscal third quarter", "fiscal 2024") numbers its quarters
							// by that year, not the calendar's: the quarter it reports is the latest ended, whatever its number, and
							// TimeML writes that number with the calendar year the quarter lies in ("the fiscal first quarter"
							// reported in October 1989 is 1989-Q1; "the third quarter" reported in April 2024, 2024-Q3). One still to
							// come is the one under way.
							n = ordinal;
							toCome = stillToCome(scope.text, m.index, m.index + m[0].length) || UNDER_WAY_AFTER.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 24));
							year = toCome || ref.month > 3 ? ref.year : ref.year - 1;
						}
						else if (ref) {
							year = ref.year;
							const current = periodOf(ref, isHalf);
							if (!n) n = thisOne ? current : current === 1 ? (isHalf ? 2 : 4) : current - 1;
							if (!ordinal && !thisOne && current === 1) year -= 1;
							// A quarter named by its number is the latest begun, unless it is still to come ("would open in the
							// third quarter", told in April); results are reported after their quarter ("expects to report
							// fourth-quarter net income", told in January, is last year's).
							if (ordinal && n > current && !yearOf) {
								toCome = stillToCome(scope.text, m.index, m.index + m[0].length) || UNDER_WAY_AFTER.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 24));
								if (!toCome) year -= 1;
							} else if (ordinal && n < current && !yearOf && !yearBack && !ATTRIBUTIVE_PERIOD.test(text) && stillToCome(scope.text, m.index, m.index + m[0].length)) {
								// ("must notify the commission by the end of the first quarter", told in November: a quarter gone by this year
								// is no time still to come; next year's. Not "expects third-quarter results", reported after their quarter.)
								toCome = true;
								year += 1;
							}
						} else return null;
						if (!n) return null;
						year -= yearBack;
						const time = quarterTime(year, n, isHalf);
						return {
							time,
							stated,
							inferred: explicitYear ? [] : ['year'],
							derivation: [`“${text}” is ${isHalf ? 'half' : 'quarter'} ${n} of ${year}${explicitYear ? '' : yearOf ? `, the year counted from the reference date ${ref ? formatYmd(ref) : ''}` : `, the ${toCome ? 'next' : 'latest'} by the reference date ${ref ? formatYmd(ref) : ''}${toCome ? ' (the clause looks ahead)' : ''}`} → ${time.value}`],
							confidence: explicitYear ? 0.9 : 0.7,
							referenceFree: !!explicitYear
						};
					}
				})
			);
			// ("… from 55.4 percent in the second quarter": a quarter compared with is no quarter the report is about.)
			if (ordinal !== undefined && COMPARED_IN.test(scope.text.slice(clauseStartBefore(scope.text, start), start))) out[out.length - 1].compared = true;
		}
		for (const m of matchesIn(scope, YEAR_BACK, YEAR_BACK_WORDS)) {
			const text = m[0];
			out.push(
				candidateAt(scope, m.index, m.index + text.length, {
					parser: 'quarter',
					type: 'DATE',
					priority: 1,
					resolve: (ctx: ResolveContext): Resolved | null => {
						const about = periodInQuestion(ctx, () => tenseAround(scope.text, m.index, m.index + m[0].length) === 'future')?.resolved.time;
						if (about) {
							const time = shiftBy(about, -1, 'year');
							return { time, stated: [], inferred: ['year', 'month'], derivation: [`“${text}” is the period in question (${about.value}) a year back → ${time.value}`], confidence: 0.65, referenceFree: false };
						}
						if (!ctx.reference) return null;
						const time = yearValue(ctx.reference.year - 1);
						return { time, stated: [], inferred: ['year'], derivation: [`“${text}” is the year before the reference date ${formatYmd(ctx.reference)} (${ctx.referenceLabel}) → ${time.value}`], confidence: 0.6, referenceFree: false };
					}
				})
			);
		}
		// "the July-September quarter": the calendar quarter those months make, of the year a quarter named by its number would be.
		for (const m of matchesIn(scope, MONTHS_QUARTER, QUARTER_WORDS)) {
			const first = monthNumber(m[1]);
			if (first % 3 !== 1 || monthNumber(m[2]) !== first + 2) continue;
			const n = (first + 2) / 3;
			out.push(namedPeriodAt(scope, m.index, m[0], n, false, undefined, `names the months of quarter ${n}`));
		}
		// "the September quarter", "the June quarter": the quarter named by the month it ends with.
		for (const m of matchesIn(scope, MONTH_ENDED_QUARTER, QUARTER_WORDS)) {
			// ("the June half", "the December half of 2014": a half named by its last month, as Australian reports name them.)
			const half = m[2].toLowerCase() === 'half';
			const month = monthNumber(m[1]);
			if (half && month % 6 !== 0) continue;
			const n = half ? month / 6 : Math.ceil(month / 3);
			out.push(namedPeriodAt(scope, m.index, m[0], n, half, m[3], `names the month ${half ? 'half' : 'quarter'} ${n} ends with`));
		}
		// "Q2 sales", "in H1", "Q3 2023": the short forms of financial reports.
		for (const m of SHORT_PERIOD_CUE.test(scope.text) ? scope.text.matchAll(SHORT_PERIOD) : []) {
			const half = m[1] === 'H';
			const n = Number(m[2]);
			if (half && n > 2) continue;
			// ("Q3 FY2024": the quarter of the fiscal year, named as the report names it, TimeML having no fiscal calendar.)
			const fiscal = m[5] && m[5].length === 2 ? `20${m[5]}` : m[5];
			out.push(namedPeriodAt(scope, m.index, m[0], n, half, m[3] ?? (m[4] ? `20${m[4]}` : fiscal), `is ${half ? 'half' : 'quarter'} ${n}`));
		}
		return out;
	}
};
