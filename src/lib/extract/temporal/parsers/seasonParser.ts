/**
 * Seasons with a year: "the summer of 1989", "spring 2020", "in the winter of 1941–42".
 * TimeML values: 1989-SU, 2020-SP, 1941-WI. Northern-hemisphere meteorological seasons
 * (winter runs from December into the next year's February).
 */
import { timeValue, ymdToMillis } from '../../timex.ts';
import type { Candidate } from '../candidate.ts';
import { candidateAt, type Parser } from '../scope.ts';
import { anyOf, hasDigit, matchesIn } from '../wordFilter.ts';

const SEASON = /\b(?:the\s+)?(?:(early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})(?:\s*[–-]\s*(\d{2,4}))?\b/gi;
const CODES: Record<string, { code: string; month: number }> = {
	spring: { code: 'SP', month: 3 },
	summer: { code: 'SU', month: 6 },
	autumn: { code: 'FA', month: 9 },
	fall: { code: 'FA', month: 9 },
	winter: { code: 'WI', month: 12 }
};

/** A season named without a year ("the winter", "that autumn"): the narrative's year, else the reference's. */
const BARE_SEASON = /\b(?:the|that|this|last|next|early|late|(?<=\b(?:in|by|during|until|through|throughout|before|after|and)\s))\s*(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?\d|\s+(?:quarters|offensive|campaign|olympics|games|palace|solstice|wheat)\b)/gi;
/** Gates: every match of a pattern holds one of these (for {@link matchesIn}). */
const SEASON_WORDS = anyOf(['spring', 'summer', 'autumn', 'fall', 'winter']);
const BARE_SEASON_WORDS = anyOf(['spring', 'summer', 'autumn', 'winter']);

export const seasonParser: Parser = {
	name: 'season',
	find(scope) {
		const out: Candidate[] = [];
		for (const m of (hasDigit(scope) ? matchesIn(scope, SEASON, SEASON_WORDS) : [])) {
			const year = Number(m[3]);
			if (year < 1000 || year > 2100) continue;
			const { code, month } = CODES[m[2].toLowerCase()];
			const start = ymdToMillis({ year, month, day: 1 });
			const end = ymdToMillis({ year: month === 12 ? year + 1 : year, month: month === 12 ? 3 : month + 3, day: 1 });
			const time = timeValue(`${year}-${code}`, start, end, 'season');
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
		for (const m of matchesIn(scope, BARE_SEASON, BARE_SEASON_WORDS)) {
			const { code, month } = CODES[m[1].toLowerCase()];
			const text = m[0];
			const last = /^last/i.test(text) ? -1 : /^next/i.test(text) ? 1 : 0;
			out.push(
				candidateAt(scope, m.index, m.index + m[0].length, {
					parser: 'season',
					type: 'DATE',
					priority: 2,
					resolve: (ctx) => {
						const narrative = /^(?:this|last|next)\b/i.test(text) ? null : ctx.narrativeBefore(true);
						const year = narrative ? Number(narrative.resolved.time.start.slice(0, 4)) : ctx.reference ? ctx.reference.year + last : null;
						if (year === null || !Number.isFinite(year)) return null;
						const time = timeValue(`${year}-${code}`, ymdToMillis({ year, month, day: 1 }), ymdToMillis({ year: month === 12 ? year + 1 : year, month: month === 12 ? 3 : month + 3, day: 1 }), 'season');
						const from = narrative ? `the narrative (“${narrative.candidate.text}”)` : 'the reference date';
						return { time, stated: ['month'], inferred: ['year'], derivation: [`“${text}” has no year: took ${year} from ${from} → ${time.value}`], confidence: 0.7, referenceFree: !!narrative?.resolved.referenceFree };
					}
				})
			);
		}
		return out;
	}
};
