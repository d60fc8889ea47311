/**
 * Named historical events from the knowledge base ("World War II", "the fall of the Berlin
 * Wall"): their dates come from the knowledge base, with the article it cites.
 */
import type { TimeValue } from '../../types.ts';
import { dayValue, monthValue, rangeValue, yearValue } from '../../timex.ts';
import { findKnownEvents, type KnownEvent } from '../../knowledge/knowledgeBase.ts';
import type { Candidate } from '../candidate.ts';
import { candidateAt, type Parser } from '../scope.ts';

function valueOf(iso: string): TimeValue {
	const [y, m, d] = iso.split('-').map(Number);
	if (d) return dayValue({ year: y, month: m, day: d });
	if (m) return monthValue(y, m);
	return yearValue(y);
}

/** The time a known event covers: one day, month or year, or a range from its start to its (inclusive) end. */
export function knownEventTime(entry: KnownEvent): TimeValue {
	const start = valueOf(entry.start);
	return entry.end ? rangeValue(start, valueOf(entry.end)) : start;
}

export const namedEventParser: Parser = {
	name: 'namedEvent',
	find(scope) {
		const out: Candidate[] = [];
		for (const match of findKnownEvents(scope.text)) {
			const time = knownEventTime(match.entry);
			const entry = match.entry;
			out.push(
				candidateAt(scope, match.start, match.end, {
					parser: 'namedEvent',
					type: 'DATE',
					priority: 3,
					resolve: () => ({
						time,
						stated: [],
						inferred: ['year', 'month', 'day'],
						derivation: [`“${match.text}” is ${entry.name} (knowledge base, source: Wikipedia “${entry.source}”) → ${time.value}`],
						confidence: 0.85,
						referenceFree: true,
						knowledgeId: entry.id
					})
				})
			);
		}
		return out;
	}
};
