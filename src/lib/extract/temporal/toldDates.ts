/**
 * Dates a text names or only tells, with nothing done on them: "the president called December 7, 1941, “a date which
 * will live in infamy”", "In Japan, on the other side of the date line, it was already December 8." The story does not
 * move to them (runParsers), and neither is an event of its own (buildEvents).
 */

/** A verb of naming right before a date, its object ("called", "dubbed"; not "were named Thursday"). */
const NAMING_BEFORE = /(?<!\b(?:was|were|is|are|be|been|being)\s+)\b(?:called|calls|calling|dubbed|termed)\s+$/i;
/** The words of a clause that only tells a time: "it was", "it was already", "this is now". */
export const TIME_TOLD_SOURCE = String.raw`(?:it|this)\s+(?:was|is)(?:\s+(?:already|now|still|just))?`;
/** Such a clause right before a date. */
const TIME_TOLD_BEFORE = new RegExp(String.raw`\b${TIME_TOLD_SOURCE}\s+$`, 'i');
/** What may end a sentence right after such a date: its stop, a quotation mark, a bracket. */
const SENTENCE_END_AFTER = /^[\s.!?"”’)]*(?:$|\n)|^[\s.!?"”’)]+\s+[A-Z]/;

/** Does the text right before a date (`before`) name it as a thing ("called December 7, 1941, …")? */
export function namesDate(before: string): boolean {
	return NAMING_BEFORE.test(before);
}

/** Does a clause only tell the date, ending its sentence with it ("it was already December 8.")? `after`: a few characters after the date. */
export function onlyTellsDate(before: string, after: string): boolean {
	return TIME_TOLD_BEFORE.test(before) && SENTENCE_END_AFTER.test(after);
}
