/**
 * Sections that tell what came before the story: an article that opens on "the summer of 1854" and then has a section headed
 * "Background" on the epidemics of 1832 and 1848–1849 goes back to 1854 when that section ends ("The outbreak ¶ Cholera had
 * returned to London that year": 1854, not 1849). A date outside such a section takes no year from inside it.
 */
import type { Passage } from '../types.ts';
import type { Candidate } from './candidate.ts';

/** The heading of a section that looks back: "Background", "Origins", "Prelude", "Causes", "Antecedents", "Context". */
const LOOK_BACK_HEADING = /^(?:(?:historical\s+)?background|origins?|prelude|causes|antecedents|context)$/i;
/** A heading: one short line with no stop at its end. */
const HEADING = /^[^\n.!?:;,]{1,60}$/;
/**
 * How many years before the story a section's last year must lie for the section to be a look back, not the run-up the story
 * goes on from ("Background … Fort William fell on 20 June [1756] … ¶ Recapture of Calcutta ¶ News … reached Madras in August").
 */
const LOOK_BACK_GAP = 3;
/** A year the text states (1000–2099). */
const YEAR = /\b(1\d{3}|20\d{2})\b/g;

/** The latest year stated in a text, or 0. */
function latestYear(text: string): number {
	let latest = 0;
	for (const m of text.matchAll(YEAR)) latest = Math.max(latest, Number(m[1]));
	return latest;
}

/** The earliest year stated in a text, or Infinity. */
function earliestYear(text: string): number {
	let earliest = Infinity;
	for (const m of text.matchAll(YEAR)) earliest = Math.min(earliest, Number(m[1]));
	return earliest;
}

/**
 * Marks the candidates of each look-back section (`lookBackSection`, the index of its heading's passage) whose last year lies
 * LOOK_BACK_GAP or more years before every year the text states ahead of it: those the story comes back from when it ends.
 */
export function markLookBackSections(passages: readonly Passage[], candidates: readonly Candidate[]): void {
	if (!passages.some((p) => LOOK_BACK_HEADING.test(p.text.trim()))) return;
	const sectionOf = new Map<string, number>();
	// The earliest year told before the section (not a summary's span that the section leads into: "between 1899 and 1901").
	let before = Infinity;
	for (let i = 0; i < passages.length; i++) {
		const heading = passages[i].text.trim();
		if (!LOOK_BACK_HEADING.test(heading)) {
			before = Math.min(before, earliestYear(passages[i].text));
			continue;
		}
		// The section runs to the next heading.
		let end = i + 1;
		while (end < passages.length && !HEADING.test(passages[end].text.trim())) end++;
		const latest = Math.max(0, ...passages.slice(i + 1, end).map((p) => latestYear(p.text)));
		if (before < Infinity && latest > 0 && before - latest >= LOOK_BACK_GAP) for (let k = i + 1; k < end; k++) sectionOf.set(passages[k].id, i);
		i = end - 1;
	}
	if (!sectionOf.size) return;
	for (const c of candidates) {
		const section = sectionOf.get(c.passageId);
		if (section !== undefined) c.lookBackSection = section;
	}
}
