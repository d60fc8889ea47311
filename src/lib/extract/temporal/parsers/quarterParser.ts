/**
 * Quarters and halves of a (fiscal) year: "the third quarter", "third-quarter", "the fiscal
 * first quarter", "the 1988 second quarter", "the third quarter of 1990", "the first half",
 * "the year-earlier quarter", "the latest quarter". TimeML values 1989-Q3, 1989-H1.
 * Without a year, a quarter is the latest one begun by the reference date (news reports
 * quarters just ended); "year-ago"/"year-earlier" moves it a year back.
 */
import { formatYmd, timeValue, ymdToMillis, type Ymd } from '../../timex.ts';
import type { Candidate, Resolved, ResolveContext } from '../candidate.ts';
import { candidateAt, type Parser } from '../scope.ts';
import { anyOf, matchesIn } from '../wordFilter.ts';

const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4, latter: 4 };
const QUARTER = /\b(?:(?:the|this|that|this\s+year['’]s|last\s+year['’]s)\s+)?((?:(?:fiscal|latest|current|comparable|corresponding|year-ago|year-earlier|recent|just-ended|past|previous|same)[\s-]+)*)(?:(\d{4})\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|last|final|latter)[\s-]+)?(quarter|half)(?![\s-]+(?:of\s+(?:a|an|the)\b|century|mile|point|inch|hour|percent|share|dollar|cents?\b))(?:\s+of\s+(?:fiscal\s+)?(\d{4}))?\b(?!s)/gi;
/** Gate: every match holds one of these (for {@link matchesIn}). */
const QUARTER_WORDS = anyOf(['quarter', 'half']);

function quarterTime(year: number, n: number, half: boolean): Resolved['time'] {
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
			const half = m[4].toLowerCase() === 'half';
			// "the last half", "the latter half" is the second; a half has no third.
			const ordinal = m[3] ? (half && /^(?:last|final|latter)$/i.test(m[3]) ? 2 : ORD[m[3].toLowerCase()]) : undefined;
			if (half && ordinal !== undefined && ordinal > 2) continue;
			const explicitYear = m[5] ?? m[2];
			// A bare "half" or "quarter" with nothing to pin it is an ordinary word ("half of the voters").
			if (!ordinal && !explicitYear && !/latest|current|comparable|corresponding|year-ago|year-earlier|fiscal|recent|just-ended|same/.test(mods) && !/^(the|this|that)\s+quarter$/i.test(m[0])) continue;
			if (half && !ordinal) continue;
			const yearBack = /year-ago|year-earlier/.test(mods) || /^last\s+year/i.test(m[0]) ? 1 : 0;
			const text = m[0];
			/** "this quarter", "the current quarter": the one the reference date is in, not the last one ended. */
			const thisOne = /current|this/.test(`${mods} ${text.toLowerCase()}`);
			out.push(
				candidateAt(scope, m.index, m.index + m[0].length, {
					parser: 'quarter',
					type: 'DATE',
					priority: 2,
					resolve: (ctx: ResolveContext): Resolved | null => {
						let year: number;
						let n = ordinal ?? 0;
						const stated: Resolved['stated'] = explicitYear ? ['year', 'month'] : ['month'];
						const ref: Ymd | null = ctx.reference;
						if (explicitYear) {
							year = Number(explicitYear);
							if (!n && ref) n = half ? (ref.month <= 6 ? 1 : 2) : Math.max(1, Math.floor((ref.month - 1) / 3));
						}
						else if (ref) {
							year = ref.year;
							const current = half ? (ref.month <= 6 ? 1 : 2) : Math.floor((ref.month - 1) / 3) + 1;
							if (!n) n = thisOne ? current : current === 1 ? (half ? 2 : 4) : current - 1;
							if (!ordinal && !thisOne && current === 1) year -= 1;
							if (ordinal && n > current) year -= 1;
						} else return null;
						if (!n) return null;
						year -= yearBack;
						const time = quarterTime(year, n, half);
						return {
							time,
							stated,
							inferred: explicitYear ? [] : ['year'],
							derivation: [`“${text}” is ${half ? 'half' : 'quarter'} ${n} of ${year}${explicitYear ? '' : `, the latest by the reference date ${ref ? formatYmd(ref) : ''}`} → ${time.value}`],
							confidence: explicitYear ? 0.9 : 0.7,
							referenceFree: !!explicitYear
						};
					}
				})
			);
		}
		return out;
	}
};
