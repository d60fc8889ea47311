import { extract } from '../../../src/lib/extract/index.ts';
import type { TemporalExpression } from '../../../src/lib/extract/types.ts';

/** Resolved expressions of a text against a fixed reference date, as [text, value] pairs. */
export function timexes(text: string, reference = '2025-05-08'): Array<[string, string | null]> {
	return extract(text, { reference }).expressions.map((e: TemporalExpression) => [e.text, e.time?.value ?? e.value ?? null]);
}

/** The single resolved value of the expression whose text is `phrase`. */
export function valueOf(text: string, phrase: string, reference = '2025-05-08'): string | null | undefined {
	return timexes(text, reference).find(([t]) => t === phrase)?.[1];
}
