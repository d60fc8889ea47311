/**
 * Decades ("the 1990s", "the '90s", "the early 1980s", "the nineties") and centuries ("the
 * 19th century", "the nineteenth century", "the 5th century BC", "the 1800s").
 * TimeML values: `199` for the 1990s, `18` for the 19th century (1800-1899).
 */
import { centuryValue, decadeValue, isoYear, startYmd, yearLabel } from '../../timex.ts';
import type { TimeValue } from '../../types.ts';
import type { Candidate, Resolved, ResolveContext } from '../candidate.ts';
import { candidateAt, modifierBefore, type Parser } from '../scope.ts';
import { ORDINAL_SOURCE, parseOrdinal } from '../numbers.ts';
import { anyOf, matchesIn } from '../wordFilter.ts';

const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };
const MOD = String.raw`(?:(?:the\s+)?(?:early|mid|late|mid-)\s*-?\s*)?`;
/** ("in the 1960s and '70s": an apostrophe with no "the" before it starts a decade too.) */
const DECADE = new RegExp(String.raw`(?:\b|(?<![\w'’])(?=['’]\d0s\b))(?:the\s+)?${MOD}(?:(\d{2,3}0)(?:'?s|’s)|['’](\d0)s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b(?:\s+(BCE|BC|B\.C\.?)(?![A-Za-z]))?`, 'gi');
const CENTURY = new RegExp(String.raw`\b(?:the\s+)?${MOD}(${ORDINAL_SOURCE})[\s-]+century(?:\s+(BCE|BC|B\.C\.|AD|CE))?`, 'gi');
/** "the third millennium BC", "the late fourth millennium BCE", "the second millennium". */
const MILLENNIUM = new RegExp(String.raw`\b(?:the\s+)?${MOD}(${ORDINAL_SOURCE})[\s-]+millennium(?:\s+(BCE|BC|B\.C\.|AD|CE))?`, 'gi');
/**
 * Centuries and millennia named by their ordinal, and how far back each may run ("by the 32nd century BC": before the common
 * era, centuries run far back).
 */
const NAMED_PERIODS: ReadonlyArray<{ pattern: RegExp; most: number; mostBce: number; value: (n: number, bce: boolean) => TimeValue; what: 'century' | 'millennium' }> = [
	{ pattern: CENTURY, most: 30, mostBce: 99, value: (n, bce) => (bce ? bceCentury(n) : centuryValue(n)), what: 'century' },
	{ pattern: MILLENNIUM, most: 3, mostBce: 10, value: (n, bce) => (bce ? bceMillennium(n) : millenniumValue(n)), what: 'millennium' }
];
/** A century named by where it stands: "this century", "the previous century", "the end of the century" (not "the past century", which TBAQ leaves untagged). */
const RELATIVE_CENTURY = /\b(?:(this|the\s+(?:current|present|previous|preceding|next|following|coming))\s+century|the\s+(?:end|turn|middle|start|beginning|close)\s+of\s+the\s+century)\b(?!['’]s)/gi;
/** Gates: what every match of a pattern holds (for {@link matchesIn}): "1990s", "'90s", "nineties". */
const DECADE_WORDS_GATE = anyOf(['0s', "0's", '0’s', 'ties']);
/** (One gate for both words, shared with the offsets' and the durations' centuries: a text has room for 31 gates.) */
const CENTURY_WORD = anyOf(['century', 'millenni']);

/**
 * The `resolve` of a decade or century named: made here and returned, not written in the candidate's
 * object literal, where under tsx the closure (named by its property) costs a `__name` call per candidate.
 */
function namesPeriod(time: TimeValue, text: string, what: 'decade' | 'century' | 'millennium'): Candidate['resolve'] {
	return () => ({ time, stated: ['year'], inferred: [], derivation: [`“${text}” names the ${what} → ${time.value}`], confidence: 0.9, referenceFree: true });
}

/** A century told a few candidates before the current one ("the 19th century"), or null. */
function centuryToldBefore(ctx: ResolveContext): { resolved: Resolved; candidate: Candidate } | null {
	for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 3); k--) {
		if (ctx.candidates[k].parser !== 'century') continue;
		const r = ctx.resolveAt(k);
		return r && r.time.granularity === 'century' ? { resolved: r, candidate: ctx.candidates[k] } : null;
	}
	return null;
}

export const decadeParser: Parser = {
	name: 'decade',
	find(scope) {
		const out: Candidate[] = [];
		for (const m of matchesIn(scope, DECADE, DECADE_WORDS_GATE)) {
			let first: number;
			// "the 220s": a decade of three digits only where the text dates such years, or with its era ("the 470s BC").
			const bce = !!m[4] && !!m[1];
			if (m[1] && m[1].length === 3 && !scope.earlyYears && !bce) continue;
			if (m[1]) first = Number(m[1]);
			else if (m[2]) first = 1900 + Number(m[2]);
			else {
				if (!/^the\b/i.test(m[0]) && !/\bthe\s+$/i.test(scope.text.slice(Math.max(0, m.index - 5), m.index))) continue;
				first = 1900 + DECADE_WORDS[m[3].toLowerCase()];
			}
			// "the end of the 1990s": the modifier belongs to the expression, as TimeML draws it.
			const from = m.index - modifierBefore(scope.text, m.index);
			const text = scope.text.slice(from, m.index + m[0].length);
			// "the 1800s" is a century in ordinary usage; "the early 2000s", a quarter of the way into its century, the decade.
			// ("the early 1900s", as "the early 2000s": the first decade, as the sets write both.)
			const century = m[1] && first % 100 === 0 && (bce || (first !== 2000 && !/\bearly\b/i.test(m[0])));
			const time = bce ? (century ? bceCentury(first / 100 + 1) : bceDecade(first)) : century ? centuryValue(first / 100 + 1) : decadeValue(first);
			out.push(
				candidateAt(scope, from, m.index + m[0].length, {
					parser: 'decade',
					type: 'DATE',
					priority: 1,
					resolve: namesPeriod(time, text, century ? 'century' : 'decade')
				})
			);
		}
		// "the 19th century", "the third millennium BCE" (with a modifier: "the start of the 19th century").
		for (const period of NAMED_PERIODS) {
			for (const m of matchesIn(scope, period.pattern, CENTURY_WORD)) {
				const n = parseOrdinal(m[1]);
				const bce = !!m[2] && /^B/i.test(m[2]);
				if (!n || n > (bce ? period.mostBce : period.most)) continue;
				const from = m.index - modifierBefore(scope.text, m.index);
				const text = scope.text.slice(from, m.index + m[0].length);
				out.push(
					candidateAt(scope, from, m.index + m[0].length, {
						parser: 'century',
						type: 'DATE',
						priority: 1,
						resolve: namesPeriod(period.value(n, bce), text, period.what)
					})
				);
			}
		}
		// "this century", "the previous century", "the end of the century": the century of the day of writing (this one), or
		// in history the story's, and the one before or after it.
		for (const m of matchesIn(scope, RELATIVE_CENTURY, CENTURY_WORD)) {
			const word = (m[1] ?? '').toLowerCase();
			const step = /previous|preceding/.test(word) ? -1 : /next|following|coming/.test(word) ? 1 : 0;
			// ("the next century" in a history is the one after the story's: "few astronomers accepted Copernicus; over the
			// next century …".)
			const deictic = /this|current|present|coming/.test(word);
			const text = m[0];
			out.push(
				candidateAt(scope, m.index, m.index + text.length, {
					parser: 'century',
					type: 'DATE',
					priority: 1,
					resolve: (ctx) => {
						// (So is it in any text whose story is centuries back: "Letters from Amarna, written in the previous century",
						// after "c. 1200 BC", in an article that also says what historians argue today.)
						// ("fought during the 19th century … They ended at the beginning of the following century": a century told just
						// before, where the story has told no year yet.)
						const story = deictic ? null : ctx.narrativeBefore(true) ?? centuryToldBefore(ctx);
						const told = story && (ctx.historical || !ctx.reference || startYmd(story.resolved.time).year < ctx.reference.year - 200) ? story : null;
						// (A century told counts from its middle: "the first century AD", value 00, starts at the year 0.)
						const year = told ? startYmd(told.resolved.time).year + (told.resolved.time.granularity === 'century' ? 50 : 0) : ctx.reference?.year;
						if (year === undefined) return null;
						// Before the common era the centuries count down: the one before the 4th century BC is the 5th.
						const time = year < 1 ? bceCentury(Math.ceil((1 - year) / 100) - step) : centuryValue(Math.floor(year / 100) + 1 + step);
						const from = told ? `the story's year (“${told.candidate.text}”)` : `the reference date's year`;
						return { time, stated: [], inferred: ['year'], derivation: [`“${text}” is ${step < 0 ? 'the century before that of' : step > 0 ? 'the century after that of' : 'the century of'} ${from}, ${yearLabel(year)} → ${time.value}`], confidence: 0.7, referenceFree: !!told?.resolved.referenceFree };
					}
				})
			);
		}
		return out;
	}
};

/** "the 470s BC": the years 479 to 470 BC, written `BC047`. */
function bceDecade(first: number) {
	const iso = (y: number) => `${isoYear(y)}-01-01`;
	return { value: `BC${String(first / 10).padStart(3, '0')}`, start: iso(1 - (first + 9)), end: iso(2 - first), granularity: 'decade' as const };
}

/** The nth century BCE: 100n BCE .. 100(n-1)+1 BCE, value `BC${n-1}` as TimeML writes it. */
function bceCentury(n: number) {
	const startYear = 1 - n * 100;
	const endYear = 1 - (n - 1) * 100;
	const iso = (y: number) => `${isoYear(y)}-01-01`;
	return { value: `BC${String(n - 1).padStart(2, '0')}`, start: iso(startYear), end: iso(endYear), granularity: 'century' as const };
}

/** The nth millennium BCE: 1000n BCE .. 1000(n-1)+1 BCE, value `BC${n-1}` ("the third millennium BC", `BC2`). */
function bceMillennium(n: number): TimeValue {
	const iso = (y: number) => `${isoYear(y)}-01-01`;
	return { value: `BC${n - 1}`, start: iso(1 - n * 1000), end: iso(1 - (n - 1) * 1000), granularity: 'millennium' };
}

/** The nth millennium of the common era, value its first digit ("the second millennium": 1000–1999, `1`). */
function millenniumValue(n: number): TimeValue {
	const iso = (y: number) => `${isoYear(y)}-01-01`;
	return { value: String(n - 1), start: iso((n - 1) * 1000), end: iso(n * 1000), granularity: 'millennium' };
}
