/**
 * A cheap test before a regex scan: can the scope hold a match at all? Most of the parsers'
 * patterns cannot match without one of a few words ("year", "ago", "quarter"); a scope that
 * holds none of them is skipped, so that each pattern scans only the text it may match in.
 * The tests are necessary conditions, never sufficient: what the patterns find is unchanged.
 */
import type { PassageScope } from './scope.ts';

const lowered = new WeakMap<PassageScope, string>();

/** The scope's text in lower case, computed once per scope (every parser asks for it). */
export function lowerText(scope: PassageScope): string {
	let lower = lowered.get(scope);
	if (lower === undefined) lowered.set(scope, (lower = scope.text.toLowerCase()));
	return lower;
}

/**
 * False only when the scope cannot hold a match of a pattern that needs, for each group, one of
 * its words (ASCII, lower case) in any case: a regex without the `u` flag matches an ASCII letter
 * only with an ASCII letter, and those lower-case alike.
 */
export function mayHold(scope: PassageScope, ...groups: readonly (readonly string[])[]): boolean {
	const lower = lowerText(scope);
	return groups.every((words) => words.some((w) => lower.includes(w)));
}

/** Does the scope hold a digit (0-9)? */
export function hasDigit(scope: PassageScope): boolean {
	return /\d/.test(scope.text);
}

/** The matches of a global regex in the scope's text; none, without a scan, when {@link mayHold} says it cannot match. */
export function matchesIn(scope: PassageScope, re: RegExp, ...groups: readonly (readonly string[])[]): Iterable<RegExpExecArray> {
	return mayHold(scope, ...groups) ? scope.text.matchAll(re) : [];
}
