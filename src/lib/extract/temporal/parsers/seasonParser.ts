/**
 * Seasons with a year: "the summer of 1989", "spring 2020", "in the winter of 1941–42".
 * TimeML values: 1989-SU, 2020-SP, 1941-WI. Northern-hemisphere meteorological seasons
 * (winter runs from December into the next year's February).
 */
import { timeValue, ymdToMillis } from '../../timex.ts';
import type { Candidate } from '../candidate.ts';
import { candidateAt, type Parser } from '../scope.ts';

const SEASON = /\b(?:the\s+)?(?:(early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})(?:\s*[–-]\s*(\d{2,4}))?\b/gi;
const CODES: Record<string, { code: string; month: number }> = {
	spring: { code: 'SP', month: 3 },
	summer: { code: 'SU', month: 6 },
	autumn: { code: 'FA', month: 9 },
	fall: { code: 'FA', month: 9 },
	winter: { code: 'WI', month: 12 }
};

export const seasonParser: Parser = {
	name: 'season',
	find(scope) {
		const out: Candidate[] = [];
		for (const m of scope.text.matchAll(SEASON)) {
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
		return out;
	}
};
