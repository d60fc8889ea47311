/**
 * Driver: every parser over each passage, then the refiners, in the configured order.
 * Long passages are parsed in chunks of whole sentences: chrono's cost grows with the square of
 * the string it is given, so the pipeline stays linear in the size of the input.
 */
import type { Passage } from '../types.ts';
import type { Candidate } from './candidate.ts';
import type { Parser, PassageScope } from './scope.ts';
import { removeOverlaps } from './refiners/removeOverlaps.ts';

/**
 * A quick test for whether a sentence can hold a date at all, so the heavy grammar runs only
 * where it may match: a year-like number, a numeric date or time, or a date word. Prices and
 * counts ("$3.31", "1,200 people") do not pass on their digits alone.
 */
const MAY_HOLD_DATE = /\b(?:(?:AD|A\.D\.)\s*\d|1\d{3}|20\d{2}|\d{1,4}\s*(?:BC|AD|CE|a\.?m|p\.?m|h\b|hrs|s\b|'?s\b|st\b|nd\b|rd\b|th\b)|\d{1,2}[/:.-]\d{1,2}|'\d0s|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|now|ago|last|next|this|week|month|year|decade|centur|millenni|anniversar|centenar|centennial|jubilee|later|earlier|following|previous|day|noon|midnight|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|quarter|half|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|curr|recen|futur|past|present|nowadays|daily|weekly|monthly|annual|yearly|hour|minute|second|time|period|term|era|christmas|easter|thanksgiving|new year|valentine|patrick|halloween|saints|bastille|armistice|remembrance|veterans|fawkes|bonfire|boxing day|good friday|palm sunday|ash wednesday|pentecost|whit|labor day|memorial day|luther king|presidents|election day|(?:\w+teen|twenty)[-\s](?:hundred|oh|o|ten|eleven|twelve|\w+teen|\w+ty)\b|two thousand)/i;

/** Chunks of at most about this many characters are parsed at a time. */
export const CHUNK = 2000;

/** Split a passage into scopes of whole sentences (a sentence longer than a chunk is cut at spaces). */
export function chunkScopes(passage: Passage): PassageScope[] {
	if (passage.text.length <= CHUNK) return [{ passage, text: passage.text }];
	const cuts: number[] = [passage.start];
	let chunkStart = passage.start;
	const sentences = passage.sentences.length ? passage.sentences : [{ start: passage.start, end: passage.end }];
	for (const s of sentences) {
		if (s.end - chunkStart > CHUNK && s.start > chunkStart) cuts.push((chunkStart = s.start));
		while (s.end - chunkStart > CHUNK * 2) {
			// One very long "sentence": cut at the last space before the limit, or hard at the limit.
			const local = chunkStart - passage.start;
			const space = passage.text.lastIndexOf(' ', local + CHUNK);
			cuts.push((chunkStart = passage.start + (space > local + CHUNK / 2 ? space + 1 : local + CHUNK)));
		}
	}
	cuts.push(passage.end);
	const scopes: PassageScope[] = [];
	for (let i = 0; i + 1 < cuts.length; i++) {
		const start = cuts[i];
		const end = cuts[i + 1];
		if (end <= start) continue;
		const text = passage.text.slice(start - passage.start, end - passage.start);
		const sub: Passage = { ...passage, start, end, text, sentences: sentences.filter((s) => s.start < end && s.end > start) };
		scopes.push({ passage: sub, text });
	}
	return scopes;
}

/** The runs of consecutive sentences of a scope that may hold a date, as scopes of their own. */
export function datedScopes(scope: PassageScope): PassageScope[] {
	const { passage } = scope;
	const sentences = passage.sentences.length ? passage.sentences : [{ start: passage.start, end: passage.end }];
	const out: PassageScope[] = [];
	let run: { start: number; end: number } | null = null;
	const flush = () => {
		if (!run) return;
		const text = passage.text.slice(run.start - passage.start, run.end - passage.start);
		out.push({ passage: { ...passage, start: run.start, end: run.end, text, sentences: sentences.filter((s) => s.start >= run!.start && s.end <= run!.end) }, text });
		run = null;
	};
	for (const s of sentences) {
		const start = Math.max(s.start, passage.start);
		const end = Math.min(s.end, passage.end);
		if (end <= start) continue;
		if (MAY_HOLD_DATE.test(passage.text.slice(start - passage.start, end - passage.start))) run = run ? { start: run.start, end } : { start, end };
		else flush();
	}
	flush();
	return out;
}

/** Candidates of one passage, overlaps removed, sorted by start. */
export function runParsers(passage: Passage, parsers: readonly Parser[], alwaysParsers: readonly Parser[]): Candidate[] {
	const found: Candidate[] = [];
	for (const scope of chunkScopes(passage)) {
		// Named events need no digit or date word ("World War II"), so they always run.
		for (const p of alwaysParsers) found.push(...p.find(scope));
		for (const dated of datedScopes(scope)) for (const p of parsers) found.push(...p.find(dated));
	}
	return removeOverlaps(found);
}
