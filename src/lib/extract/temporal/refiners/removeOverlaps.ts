/**
 * Where candidates overlap, keep the longer (then the higher priority); a candidate that
 * allows nesting (an anniversary) keeps the expressions inside it, which are its anchors.
 * One sweep in start order with the kept candidates still open: linear for ordinary text.
 */
import type { Candidate } from '../candidate.ts';

function nests(outer: Candidate, inner: Candidate): boolean {
	return !!outer.allowsNested && inner.start >= outer.start && inner.end <= outer.end && inner !== outer;
}

function better(a: Candidate, b: Candidate): boolean {
	return a.end - a.start - (b.end - b.start) > 0 || (a.end - a.start === b.end - b.start && a.priority > b.priority);
}

/** Returns a new array, sorted by start. */
export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
	const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || b.priority - a.priority);
	const kept: Candidate[] = [];
	let open: Candidate[] = [];
	for (const c of sorted) {
		open = open.filter((k) => k.end > c.start);
		const rivals = open.filter((k) => !nests(k, c) && !nests(c, k));
		if (rivals.every((k) => better(c, k))) {
			for (const k of rivals) kept.splice(kept.lastIndexOf(k), 1);
			open = open.filter((k) => !rivals.includes(k));
			kept.push(c);
			open.push(c);
		}
	}
	return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
