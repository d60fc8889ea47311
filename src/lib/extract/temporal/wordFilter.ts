/**
 * A cheap test before a regex scan: can the scope hold a match at all? Most of the parsers'
 * patterns cannot match without one of a few words ("year", "ago", "quarter"); a scope that
 * holds none of them is skipped, so that each pattern scans only the text it may match in.
 * The tests are necessary conditions, never sufficient: what the patterns find is unchanged.
 */
import type { PassageScope } from './scope.ts';

/** A gate: one of some words (ASCII), anywhere, in any case. */
export type Gate = RegExp;

/**
 * A gate for `words`: a pattern without the `u` flag matches an ASCII letter only with an ASCII
 * letter, in either case, and so does the gate (an alternation of literals is a fast scan).
 */
export function anyOf(words: readonly string[]): Gate {
	return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
}

/** The matches of a global regex in the scope's text; none, without a scan, when a gate finds none of its words. */
export function matchesIn(scope: PassageScope, re: RegExp, ...gates: readonly Gate[]): Iterable<RegExpExecArray> {
	for (const gate of gates) if (!gate.test(scope.text)) return [];
	return scope.text.matchAll(re);
}

const DIGIT = /\d/;

/** Does the scope hold a digit (0-9)? */
export function hasDigit(scope: PassageScope): boolean {
	return DIGIT.test(scope.text);
}
