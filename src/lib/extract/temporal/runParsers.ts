/**
 * Driver: every parser over each passage, then the refiners, in the configured order.
 * Long passages are parsed in chunks of whole sentences: chrono's cost grows with the square of
 * the string it is given, so the pipeline stays linear in the size of the input.
 */
import type { Passage, Span } from '../types.ts';
import { addDays, startYmd, weekdayOf, weekendValue, weekValue } from '../timex.ts';
import type { Candidate } from './candidate.ts';
import { THREE_DIGITS, type DocumentCues, type Parser, type PassageScope } from './scope.ts';
import { removeOverlaps } from './refiners/removeOverlaps.ts';
import { dropTitles } from './refiners/dropTitles.ts';
import { mayHoldDate } from './mayHoldDate.ts';
import { namesDate, onlyTellsDate } from './toldDates.ts';
import { ANNIVERSARY_NOUN_SOURCE } from './numbers.ts';

/** Chunks of at most about this many characters are parsed at a time. */
export const CHUNK = 2000;

/** Split a passage into scopes of whole sentences (a sentence longer than a chunk is cut at spaces). */
export function chunkScopes(passage: Passage, cues: DocumentCues = {}): PassageScope[] {
	if (passage.text.length <= CHUNK) return [{ ...cues, passage, text: passage.text }];
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
		scopes.push({ ...cues, passage: sub, text });
	}
	return scopes;
}

/** The run `start`..`end` of the sentences of a scope, as a scope of its own. */
function runScope(scope: PassageScope, sentences: readonly Span[], start: number, end: number): PassageScope {
	const { passage } = scope;
	const text = passage.text.slice(start - passage.start, end - passage.start);
	return { ...scope, passage: { ...passage, start, end, text, sentences: sentences.filter((s) => s.start >= start && s.end <= end) }, text };
}

/** A number of one or two digits after "in", "since", "until", "between" …: a year, in a text that writes "AD 64". */
const CUED_TWO_DIGITS = /\b(?:in|since|until|till|from|after|before|around|between)\s+\d{1,2}\b/i;

/**
 * The runs of consecutive sentences of a scope that may hold a date, as scopes of their own.
 * (The run is kept in two numbers, not a closure: under tsx each named closure costs a `__name` call.)
 */
export function datedScopes(scope: PassageScope): PassageScope[] {
	const { passage } = scope;
	const early = scope.earlyYears === true;
	// (In a text that writes "AD 64", "in 80" may be one.)
	const twoDigits = scope.twoDigitEra === true;
	const sentences = passage.sentences.length ? passage.sentences : [{ start: passage.start, end: passage.end }];
	const out: PassageScope[] = [];
	// The run being gathered: runStart < 0 while there is none.
	let runStart = -1;
	let runEnd = -1;
	for (const s of sentences) {
		const start = Math.max(s.start, passage.start);
		const end = Math.min(s.end, passage.end);
		if (end <= start) continue;
		// A quick test for whether the sentence can hold a date at all, so the heavy grammar runs only where it may match.
		// (In a text that dates years of three digits, "in 260" may be one.)
		if (mayHoldDate(passage.text, start - passage.start, end - passage.start) || (early && THREE_DIGITS.test(passage.text.slice(start - passage.start, end - passage.start))) || (twoDigits && CUED_TWO_DIGITS.test(passage.text.slice(start - passage.start, end - passage.start)))) {
			if (runStart < 0) runStart = start;
			runEnd = end;
		} else if (runStart >= 0) {
			out.push(runScope(scope, sentences, runStart, runEnd));
			runStart = -1;
		}
	}
	if (runStart >= 0) out.push(runScope(scope, sentences, runStart, runEnd));
	return out;
}

/** Candidates of one passage, overlaps removed, sorted by start. */
export function runParsers(passage: Passage, parsers: readonly Parser[], alwaysParsers: readonly Parser[], cues: DocumentCues = {}): Candidate[] {
	const found: Candidate[] = [];
	for (const scope of chunkScopes(passage, cues)) {
		// Named events need no digit or date word ("World War II"), so they always run.
		for (const p of alwaysParsers) for (const c of p.find(scope)) found.push(c);
		for (const dated of datedScopes(scope)) for (const p of parsers) for (const c of p.find(dated)) found.push(c);
	}
	const kept = removeOverlaps(dropTitles(found, passage));
	markFromSentence(kept, passage);
	return kept;
}

/**
 * What the words of its sentence before it (and right after it) say of each candidate, for the resolution to read: told
 * in the past perfect (Candidate.pastPerfect), in a participle phrase after its noun (.attributive), a time the story does
 * not move to (.background); and "the week of" before a day makes it that week.
 */
function markFromSentence(kept: Candidate[], passage: Passage): void {
	for (let k = 0; k < kept.length; k++) {
		const c = kept[k];
		const before = passage.text.slice(Math.max(0, c.sentence.start - passage.start), c.start - passage.start);
		// "In Japan, on the other side of the date line, it was already December 8.": a date a clause only tells, with no
		// time before it in its sentence, is no time the story moves to.
		if (onlyTellsDate(before, passage.text.slice(c.end - passage.start, c.end - passage.start + 4)) && !(k > 0 && kept[k - 1].sentence.start === c.sentence.start)) c.background = true;
		if (c.parser === 'year' && before.includes('wh') && RELATIVE_BEFORE.test(before)) c.inRelative = true;
		// "The strike force had sailed … on November 26": a date told in the past perfect; so is one in an aside on the
		// clause's subject, before its "had" ("that Harold, shipwrecked on the coast of Ponthieu in 1064, had sworn").
		if (PLUPERFECT_BEFORE.test(before) || pluperfectPastAdverb(before) || pluperfectLong(before) || (c.type === 'DATE' && (HAD_AFTER.test(passage.text.slice(c.end - passage.start, c.end - passage.start + 30)) || (OPENING_PHRASE.test(before) && SUBJECT_HAD_AFTER.test(passage.text.slice(c.end - passage.start, c.end - passage.start + 50))) || (OPENS_SENTENCE.test(before) && STATED_YEAR.test(c.text) && SUBJECT_THEN_HAD.test(passage.text.slice(c.end - passage.start, c.end - passage.start + 90)))))) {
			c.pastPerfect = true;
			// "William maintained that … Harold had sworn to support that claim … in about 1064": a year in a claim told in the
			// past perfect is a look back; the story does not move to it. (Not "the mould that had landed on Fleming's plate in
			// 1928. … A decade later": told by the text, it is a time to count from.)
			if (c.parser === 'year' && CLAIM_BEFORE.test(before)) c.background = true;
		}
		// "A royal commission had rejected it in 1490, and a second panel turned it down again in January": a date in a clause
		// of its own in the simple past, after a look back in the past perfect in its sentence, is back in the story; so is
		// one in the clause's subject ("Border clashes had been frequent throughout 1949, but the scale of the June offensive
		// took the army by surprise").
		else if (k > 0 && kept[k - 1].pastPerfect && kept[k - 1].sentence.start === c.sentence.start) {
			const between = passage.text.slice(kept[k - 1].end - passage.start, c.start - passage.start);
			const clause = CLAUSE_AFTER_FLASHBACK.exec(between);
			if (clause && (SIMPLE_PAST.test(clause[1]) || SIMPLE_PAST.test(CLAUSE_REST.exec(passage.text.slice(c.end - passage.start, c.sentence.end - passage.start))![0]))) c.leavesFlashback = true;
		}
		// "Apollo 11 landed on the Moon nine months later": a named event its clause dates by a count from the story is no time
		// to count from; the count goes on from the time told before it.
		if (k > 0 && c.parser === 'offset' && /\b(?:later|earlier)$/i.test(c.text) && kept[k - 1].parser === 'namedEvent' && kept[k - 1].sentence.start === c.sentence.start && !/[,;:()]/.test(passage.text.slice(kept[k - 1].end - passage.start, c.start - passage.start))) kept[k - 1].background = true;
		// "landed at Incheon on 8 September, more than three weeks after the Japanese surrender. The next day": a count set after a
		// day, a comma between, says how far that day lies from an event; neither the count nor the event is a time the story
		// moves to.
		// (Past an anniversary that holds the two: "exactly five years after the assassination of Archduke Franz Ferdinand".)
		const outside = c.parser === 'namedEvent' ? kept.slice(Math.max(0, k - 4), k).filter((p) => !(p.start <= c.start && p.end >= c.end)) : [];
		const count = outside[outside.length - 1];
		const day = outside[outside.length - 2];
		if (count && day && count.parser === 'offset' && /\b(?:after|before)$/i.test(count.text) && day.sentence.start === c.sentence.start && ['chrono', 'dayPair'].includes(day.parser) && /^\s*(?:the\s+)?$/i.test(passage.text.slice(count.end - passage.start, c.start - passage.start)) && COUNT_ASIDE_BETWEEN.test(passage.text.slice(day.end - passage.start, count.start - passage.start))) {
			count.background = true;
			c.background = true;
			for (let j = Math.max(0, k - 4); j < k; j++) if (kept[j].start <= c.start && kept[j].end >= c.end) kept[j].background = true;
		}
		// "the worst decline since 1914, when the exchange reopened on Dec. 12": a day in a "when" clause after a year.
		// (Past a length of time in the clause: "since 2017, when a slide shut Rim Road for four months, from January".)
		let yearAt = k - 1;
		while (yearAt > 0 && kept[yearAt].type === 'DURATION' && kept[yearAt].sentence.start === c.sentence.start) yearAt--;
		if (yearAt >= 0 && kept[yearAt].parser === 'year' && kept[yearAt].sentence.start === c.sentence.start && YEAR_WHEN_BETWEEN.test(passage.text.slice(kept[yearAt].end - passage.start, c.start - passage.start))) c.afterYearWhen = true;
		// "The stopgap measure signed Nov. 3, …": a date in a participle phrase after its noun (see Candidate.attributive).
		// (Not a body that acts, as the verb's subject: "The Senate approved on Tuesday", "a calendar the Board of Education
		// approved Tuesday night".)
		if (PARTICIPLE_OF_NOUN.test(before) && !BODY_ACTS_BEFORE.test(before)) c.attributive = true;
		// "Christa McAuliffe, a teacher chosen in July 1985 from 11,000 applicants": a date in a participle phrase whose verb
		// can be nothing but a participle is an aside; the story does not move to it.
		else if (PARTICIPLE_ASIDE_BEFORE.test(before) || WRITING_ASIDE_BEFORE.test(before) || AGENT_ASIDE_BEFORE.test(before) || UNTIL_DEATH_BEFORE.test(before)) c.background = true;
		// "called December 7, 1941, “a date which will live in infamy”": a date named as a thing is no time the story moves to.
		if (namesDate(before)) c.background = true;
		// "the Cold Springs Fire, which has burned nearly 14,000 acres since it started on July 28. The sheriff's office announced
		// the change shortly after 6 p.m.": the start of what goes on, told after "since", is no time the story moves to.
		if (SINCE_STARTED_BEFORE.test(before)) c.background = true;
		// "Nogi, the conqueror of Port Arthur in 1905, left a letter": a date in a noun phrase set beside a name, between commas,
		// says who the name is; the story does not move to it.
		if (APPOSED_NAME_BEFORE.test(before) && /^,/.test(passage.text.slice(c.end - passage.start, c.end - passage.start + 1))) c.background = true;
		// "Richard Arkwright (1732–1792) patented the water frame": a lifespan or reign in brackets after a name is no time
		// the story moves to ("ten years later" counts from the patent, not from 1792).
		if (inLifespan(passage.text, c.start - passage.start, c.end - passage.start)) c.background = true;
		// "Several of the men … would be in Montgomery … by the following February": a limit told ahead of the story, in the
		// future of the past, is no time the story moves to; so is what comes no sooner than a time ahead.
		// ("Nobody outside the White House would hear that conversation until August 1974.")
		// ("provided that the canal would pass entirely to Panama on the last day of 1999": a date with its year that a "would"
		// of its clause looks ahead to, in a clause of its own, is a plan of the story's time too.)
		if (WOULD_BY_BEFORE.test(before) || (STATED_YEAR.test(c.text) && WOULD_BEFORE.test(before))) c.background = true;
		// "the government offered a pardon to every chief who took an oath of allegiance … by 1 January 1692": in a history, the deadline of what was
		// offered, ordered or required is a look ahead too; the story stays where it was ("written in early December" is 1691's).
		if (before.endsWith('by ') && DEADLINE_BY_BEFORE.test(before)) c.historyAside = true;
		// "a secret source they called "Deep Throat", who in 2005 revealed himself as Mark Felt": an aside on a person or a
		// thing that opens on its date is no time the story moves to.
		if (RELATIVE_OPENS_BEFORE.test(before)) c.background = true;
		// ("The Akkadian version was found on clay tablets at Hattusa in 1906 … Thirteen years later Ramesses married": in a
		// history, the finding of a source is an aside; a count goes on from the story. Not in news: "Zelvantide was discovered at
		// a university lab in 2009 and licensed to Harrowgate four years later".)
		// ("In 2018, archaeologists working in Pompeii uncovered a charcoal inscription bearing a date equivalent to 17 October": the
		// year opens the clause of the finding.)
		if (c.parser === 'year' && (SOURCE_FOUND_BEFORE.test(before) || (IN_OPENS_BEFORE.test(before) && SOURCE_FOUND_AFTER.test(passage.text.slice(c.end - passage.start, c.end - passage.start + 80))))) c.historyAside = true;
		// "Hitler put it off until the spring of 1941, and it never sailed. By the end of October …": what a thing is put off
		// until is a look ahead; the story stays where it was.
		// (Each of these two ends on one word: the pattern runs only where the text does.)
		const last = before.trimEnd().slice(-5).toLowerCase();
		if (last.endsWith('until') && PUT_OFF_UNTIL_BEFORE.test(before)) c.background = true;
		// "Ferries … have been cancelled from this afternoon until at least Wednesday morning": how long a stop lasts reaches
		// ahead; the story stays where it was ("the last sailing … would leave at 1:15 p.m." is today's).
		if (before.includes('until') && STOPPED_UNTIL_BEFORE.test(before)) c.background = true;
		// "… where Michael Dwyer held out until December 1803": the end of a span (see Candidate.untilEnd).
		// (Not "it was not until Sunday, 25 September that …", "was not formed until 15 December 1858": what happened then.)
		if (before.includes('til') && SPAN_END_BEFORE.test(before) && !NOT_UNTIL_BEFORE.test(before)) c.untilEnd = true;
		// "the deadliest earthquake in Japan since 1923 … and remained so until the Tōhoku earthquake and tsunami of March 2011": how
		// long a record stood reaches ahead of the story, which does not go there.
		if (before.includes('until') && RECORD_UNTIL_BEFORE.test(before)) c.background = true;
		// "Custer decided to attack at once rather than wait until the following morning": what was not done is no time the
		// story moves to.
		if (ALTERNATIVE_BEFORE.test(before)) c.background = true;
		// "after a wave of cancellations over Christmas": a holiday "over" which a thing ran is a span, no day the story moves to.
		if (c.parser === 'holiday' && OVER_BEFORE.test(before)) c.background = true;
		// "slowed by a record number of mail ballots, thousands of which arrived only on Monday": what a relative clause on a share
		// of a thing tells is an aside; the story ("By midnight …") stays where it was.
		if (before.includes(' of wh') && OF_WHICH_BEFORE.test(before)) c.background = true;
		// "Strong aftershocks continued into the autumn, including one of magnitude 6.9 near Ninghe on 15 November. ¶ Rescue ¶ …
		// later that morning": an example in a list is no time the story moves to; nor is a season or a month a thing went on into,
		// named without a day (not "the attack continued into the early hours of 9 February. … later that day").
		if (before.includes('into') && !/\d/.test(c.text) && WENT_ON_INTO_BEFORE.test(before)) c.background = true;
		if (before.includes('including') && INCLUDING_BEFORE.test(before)) c.background = true;
		// "nearly three degrees beyond the record set by the Greely expedition in 1882. … In the middle of April": when a record was
		// set is a look back, no time the story moves to.
		// (In a history only: in news the story goes on from such a year as from any, "on Sept. 14, breaking the record set in 1953".)
		if (before.includes(' set ') && RECORD_SET_BEFORE.test(before)) c.historyAside = true;
		// "an ultimatum demanding the return of the Finnish territory ceded in 1721 and 1743. … On Thursday, 17 July": in a history,
		// when land named by its noun had been ceded, lost or won is a look back; the story stays where it was.
		if (CEDED_LAND_BEFORE.test(before)) c.historyAside = true;
		// "The steep drainages where the fire is burning last burned in 2007, and … after the spring brought barely half": the last
		// time a thing happened is a look back, no time the story moves to.
		if (before.includes('last ') && LAST_TIME_BEFORE.test(before)) c.background = true;
		// "The bank cut the rate … at its previous meeting on Aug. 1. … The decision to stand pat, announced at noon": the time of the
		// thing of its kind before the story's is a look back, no time the story moves to.
		if (/\b(?:previous|prior|preceding)\b/i.test(before) && PREVIOUS_ONE_BEFORE.test(before)) c.background = true;
		// "it arrived earlier and stalled longer than the models were showing on Monday. … announced the first closure at 5:30 a.m.":
		// the time of what the story is compared with is no time it moves to.
		if (before.includes('than') && THAN_BEFORE.test(before)) c.background = true;
		// "Not since the attacks of 11 September 2001 had so much of the world's air traffic been stopped at once. By the evening …":
		// the time a record is measured against is no time the story moves to.
		if (before.includes('since') && NOT_SINCE_BEFORE.test(before)) c.background = true;
		// "a review published in 2011 concluded that the sample had been contaminated": when a work about the story came out is
		// no time of the story.
		if ((before.includes('ed in') || before.includes('out in')) && WORK_MADE_BEFORE.test(before)) c.background = true;
		// "Some teachers foretold that the whites would be swept away the following spring": what was foretold is no time the
		// story moves to.
		if (before.includes('that') && FORETOLD_BEFORE.test(before)) c.background = true;
		// "6 March 1957, the anniversary of the day in 1844 on which Fante chiefs had signed a bond": what an anniversary
		// recalls is a look back; the story stays where it was.
		if (ANNIVERSARY_OF_BEFORE.test(before)) c.background = true;
		// "the prelude to another American-backed coup, like the one of 1953": a likeness, no time the story moves to.
		if (LIKENESS_BEFORE.test(before)) c.background = true;
		// "people who remember what happened in the summer of 1989": a memory, no time the story moves to.
		if (MEMORY_BEFORE.test(before)) c.background = true;
		// "It remains the worst accident in the history of nuclear power, the other being Fukushima in 2011.": a bare year in a
		// sentence that opens in the present is a remark from the day of writing, no time the story moves to.
		if (c.parser === 'year' && BARE_YEAR.test(c.text) && PRESENT_OPENING.test(before)) c.background = true;
		// "using a pen from the Pope's visit of June 1979": which visit it was (see yearFlashback).
		if (/\sof$/.test(last) && EVENT_OF_BEFORE.test(before)) {
			c.eventOf = true;
			// ("Working from out-of-date maps and the census of 1941, he finished his work on 12 August": the phrase that opens the
			// sentence ends on it.)
			if (passage.text[c.end - passage.start] === ',' && OPENING_PHRASE_ANY.test(before)) c.endsOpening = true;
		}
		// "will begin shipping the week of March 13": the week that holds the day (TimeML's 2023-W11).
		const weekOf = c.type === 'DATE' ? WEEK_OF_BEFORE.exec(before) : null;
		if (weekOf) weekHolding(c, weekOf[0]);
		// "opens on the weekend of 13–15 February", "the weekend of March 29-30": the weekend of the week that holds the day.
		const weekendOf = c.type === 'DATE' && last.endsWith(' of') ? WEEKEND_OF_BEFORE.exec(before) : null;
		if (weekendOf) {
			weekHolding(c, weekendOf[0], true);
			// (The offset parser's "the weekend" alone is now part of it.)
			while (k > 0 && kept[k - 1].start >= c.start) kept.splice(--k, 1);
		}
		// "during the rest of February", "In the first days of March", "the rest of 496": a part of a month or year, drawn with
		// it, as WikiWars draws them (its value the month's or year's).
		const partOf = c.type === 'DATE' && MONTH_OR_YEAR.test(c.text) ? PART_OF_BEFORE.exec(before) : null;
		if (partOf) {
			c.start -= partOf[0].length;
			c.text = partOf[0] + c.text;
		}
		// "Fighter Command since its creation in 1936": a year in an aside on a thing's beginning is no time the story moves to.
		if (c.parser === 'year' && SINCE_ITS_BEGINNING_BEFORE.test(before)) c.background = true;
		// "restricted its export under the Helium Control Act of 1927. … In its first season of service, that year": a law named by
		// its year, under which a thing was done, is a name; the story does not move to it.
		if (c.parser === 'year' && before.endsWith('of ') && NAMED_LAW_OF_BEFORE.test(before)) c.background = true;
		// "Its members ranged from Jacobin veterans of 1848 to young socialists": people named by the year they were of is no time
		// the story moves to.
		if (c.parser === 'year' && before.endsWith('of ') && PEOPLE_OF_BEFORE.test(before)) c.background = true;
		// "weather patterns remained unsettled until 1888. … Over the following months the sunsets …": a bare year a state lasted
		// until is its end, no time the story moves to.
		if (c.parser === 'year' && BARE_YEAR.test(c.text) && UNTIL_BEFORE.test(before)) c.background = true;
	}
}

/** People named by a year they were of: "veterans of ", "the men of ", "the generation of ", "survivors of ". */
const PEOPLE_OF_BEFORE = /\b(?:veterans|men|women|survivors|generation|heroes|exiles|revolutionaries|radicals|rebels|martyrs|spirit|ideals)\s+of\s+$/i;
/** A law's name after a preposition of its working, then "of": "under the Helium Control Act of " (not "The Renewed Land Ordinance of 1627 made …", a law made then). */
const NAMED_LAW_OF_BEFORE = /\b(?:under|by|through|against|repealing|repealed|amending|amended)\s+the\s+(?:[A-Z][\w-]*\s+){1,5}(?:Act|Law|Statute|Code|Ordinance|Bill)\s+of\s+$/;
/** "remained …" or "lasted …" and "until" right before a date: how long a state went on. */
const UNTIL_BEFORE = /\b(?:remained|remain|lasted|continued|persisted|stayed|survived)\b[^,;:.!?]{0,40}\b(?:until|till)\s+$/i;
/** A year alone: "2011". */
const BARE_YEAR = /^\d{3,4}$/;
/** A sentence that opens with a short subject and a verb in the present: "It remains", "This is", "Partition is still". */
const PRESENT_OPENING = /^\s*(?:It|This|That|These|They|(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:still\s+)?(?:remains|is|are)\b/;
/** A new clause after a look back, up to the next date: ", and a second panel turned it down again at Santa Fe in " (not past "had"). */
const CLAUSE_AFTER_FLASHBACK = /(?:,\s*(?:and|but|yet|while)|;)\s+((?:(?!had\b)[^,;.!?])+)$/i;
/** The rest of a clause, up to its next comma or full stop. */
const CLAUSE_REST = /^[^,;.!?]*/;
/** A verb in the simple past in a clause: "turned", "was", "rode" (a word ending in "ed", or a common irregular past). */
const SIMPLE_PAST = /\b(?:[a-z]{2,}ed|was|were|did|made|took|gave|went|came|rode|sent|held|led|fled|met|won|lost|left|fought|began|ran|saw|told|found|stood|fell|rose|broke|chose|drove|knew|grew|threw|drew|flew|spoke|struck|sank|spent|felt|heard|paid|laid|sold|bought|brought|built|wrote|became|got|kept|set|put|cut)\b/i;
/** Remembering, and at most a few words, before a date: "who remember what happened in", "recalled the night of". */
const MEMORY_BEFORE = /\b(?:remember(?:s|ed|ing)?|(?<!\b(?:the|a|an|its|their|this|that|voluntary)\s+)recall(?:s|ed|ing)?(?!\s+\d))\s+(?:[\w'’-]+\s+){0,4}$/i;
/** Between a year and a date in the "when" clause after it: ", when the New York Stock Exchange reopened on ", ", when Game 6 between St. Louis and Texas, set for " (an aside between commas, abbreviations with a stop). */
// ("at the 2019 tournament in Japan, where they edged Wales … on Oct. 27": a "where" clause after the year's noun too.)
const YEAR_WHEN_BETWEEN = /^(?:(?:\s+[a-z]+)?,?\s+when\b|(?:\s+[\w'’-]+){1,3},\s+where\b(?![^,.;:!?()]*\b(?:will|is|are|has|have|opens|starts)\b))(?:[^,.;:!?()]|\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|[A-Z])\.)*(?:,(?:[^,.;:!?()]|\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|[A-Z])\.)*){0,2}$/;
/** A likeness right before a date: "like the one of", "like that of", "as in", "unlike those in", "as powerful as that of". */
const LIKENESS_BEFORE = /\b(?:(?:un)?like\s+(?:the\s+ones?|that|those)\s+(?:of|in)|as\s+(?:it\s+had\s+)?in|as\s+(?:[\w-]+\s+){1,2}as\s+(?:that|those|the\s+ones?)\s+(?:of|in))\s+$/i;
/** A noun phrase and "of" right before a date: "the Pope's visit of", "the single-list elections of". */
const EVENT_OF_BEFORE = /\b(?:the|an?|[\w’']+['’]s)\s+(?:[\w-]+\s+){0,3}?[a-z]+\s+of\s+$/i;
/** "the anniversary of" ("the centenary of") and at most a few words before a date; a count since what a date ends ("fifty years since the Nazis closed the universities in"). */
const ANNIVERSARY_OF_BEFORE = new RegExp(String.raw`\b(?:(?:${ANNIVERSARY_NOUN_SOURCE})\s+of\s+(?:[\w'’-]+\s+){0,7}|(?:years|decades|centuries)\s+since\s+(?:[\w'’-]+\s+){0,7})$`, 'i');
/** A record that stood, "until" and at most seven words, before a date: "remained so until the Tōhoku earthquake and tsunami of",
 * "It was the deadliest disaster in the history of New York City until the attacks of". */
const RECORD_UNTIL_BEFORE = /\b(?:remain(?:ed|s)?\s+(?:so|the\s+[a-z]+est\b[^.;:!?]{0,40}?|unbroken|unbeaten|unmatched|unsurpassed|a\s+record)|(?:was|were|stood\s+as)\s+the\s+[a-z]+est\b[^.;:!?]{0,60}?)\s+until\s+(?:[\w'’-]+\s+){0,7}$/i;
/** A written or filmed work and its making, right before a date: "a review published in", "a study released in", "a film made in",
 * "his monograph on the anatomy of the humpback appeared in". */
const WORK_MADE_BEFORE = /\b(?:reviews?|reports?|stud(?:y|ies)|books?|papers?|articles?|accounts?|histor(?:y|ies)|memoirs?|biograph(?:y|ies)|surveys?|analys[ie]s|editions?|translations?|novels?|films?|documentar(?:y|ies)|monographs?|treatises?)(?:\s+(?:on|of|about)(?:\s+[\w'’-]+){1,5}?)?\s+(?:first\s+)?(?:published|issued|released|made|completed|appeared|came\s+out)\s+in\s+$/i;
/** A stop, and "until" (at least) right before the date, in its clause: "have been cancelled from this afternoon until at least ". */
/** "until" or "till" right before a date, "at least" perhaps between: "held out until ", "lasted till ". */
const SPAN_END_BEFORE = /\b(?:until|till)\s+(?:at\s+least\s+)?$/i;
/** "not" … "until" in the clause before a date: what happened only then ("was not formed until ", "it was not until "). */
const NOT_UNTIL_BEFORE = /\b(?:not|n['’]t|never)\b[^.;:!?]{0,80}\b(?:until|till)\s+$/i;
const STOPPED_UNTIL_BEFORE = /\b(?:cancell?ed|suspended|closed|shut|halted|grounded|banned|stopped)\b[^.;:!?]{0,60}\buntil\s+(?:at\s+least\s+)?$/i;
/** A comparison, "than" and at most eight words of its clause, right before a date: "stalled longer than the models were showing
 * on " (not "more than", "no later than", "rather than"). */
/** "Not since the attacks of ", "never since ": a record measured against a time, right before it. */
const NOT_SINCE_BEFORE = /\b(?:not|never)\s+since\s+(?:[\w'’-]+\s+){0,5}$/i;
const THAN_BEFORE = /\b(?<!\b(?:more|less|fewer|rather|other|later|earlier|sooner)\s+)than\s+(?:[\w'’-]+\s+){0,8}$/i;
/** The last time a thing happened, up to its date: "The steep drainages … last burned in ", "last met in a final in ", "last won
 * the title on " (not "the last"). */
const LAST_TIME_BEFORE = /(?<!\bthe\s)\blast\s+(?:[a-z]{2,}ed|won|met|saw|held|came|took|made|went|ran|fell|rose|hit|beat|lost|was|were|did|had|played|faced)\b[^,;:.!?]{0,40}\b(?:in|on|at)\s+$/i;
/** A thing of its kind before this one, and a preposition, right before its date: "at its previous meeting on " (not "Her previous
 * title came in April 2023", a clause of its own that the story goes on from). */
const PREVIOUS_ONE_BEFORE = /\b(?:its|their|his|her|the|a)\s+(?:previous|prior|preceding)\s+[\w-]+\s+(?:on|in|at)\s+$/i;
/** How far a thing went on, right before a date: "Strong aftershocks continued into ", "the fighting dragged on into the ". */
const WENT_ON_INTO_BEFORE = /\b(?:continued|went\s+on|carried\s+on|lasted|persisted|dragged\s+on)\s+(?:well\s+)?into\s+$/i;
/** A record and its setting, right before a date: "beyond the record set by the Greely expedition in ", "the mark set in ". */
const RECORD_SET_BEFORE = /\b(?:record|mark|best)\s+(?:set|held|established)\s+(?:by\s+[^,;.!?]{1,40}?\s+)?(?:in|on)\s+$/i;
/** An example in a list set off by a comma, up to its date: ", including one of magnitude 6.9 near Ninghe on ". */
const INCLUDING_BEFORE = /,\s+including\b(?:[^;:.!?()]|\.\d){0,80}$/i;
/** "over" (and "the") right before a date: "cancellations over Christmas", "over the Easter weekend". */
const OVER_BEFORE = /\bover\s+(?:the\s+)?$/i;
/** A relative clause on a share of a thing, up to the date: ", thousands of which arrived only on ", ", some of whom had left in ". */
const OF_WHICH_BEFORE = /,\s+(?:[\w-]+\s+){1,3}of\s+(?:which|whom)\s+[^,;:.!?]*$/i;
/** Putting off, and "until" right before the date: "put it off until", "postponed the vote until". */
const PUT_OFF_UNTIL_BEFORE = /\b(?:postpone[ds]?|put\s+(?:[\w'’-]+\s+){0,2}?off|deferred|adjourned)\s+(?:[\w'’-]+\s+){0,3}?until\s+$/i;
/** "rather than" or "instead of", and at most five words, right before a date: an alternative not taken ("rather than wait until"). */
/** A foretelling ("foretold that", "predicted that", "prophesied that") and "would" (or "should", "might") after it, up to the date. */
const FORETOLD_BEFORE = /\b(?:foretold|predicted|prophesied|promised|vowed|swore|hoped|feared)\s+that\b[^.;:!?]{0,120}\b(?:would|should|might)\b[^.;:!?]{0,80}$/i;
const ALTERNATIVE_BEFORE = /\b(?:rather\s+than|instead\s+of)\s+(?:[\w'’-]+\s+){0,5}$/i;
/** "would" in the clause, and "by" or "no later than" right before the date: a limit in the future of the past. */
/** An offer, an order or a duty, and "by" right before the date it is due by: "offered a pardon to every chief who took an oath … by ",
 * "ordered to leave the city by ", "were to surrender by ". */
/** Land named by its noun, then when it had been ceded, lost or won ("the territory ceded in 1721 and ", "the provinces lost in "). */
const CEDED_LAND_BEFORE = /\b(?:territor(?:y|ies)|lands?|provinces?|regions?|districts?|islands?|colon(?:y|ies)|fortress(?:es)?|ports?|strip)\s+(?:(?:it|they|she|he)\s+had\s+)?(?:ceded|annexed|lost|seized|acquired|conquered|surrendered|won|taken)\s+(?:(?:to|from)\s+[^.;:,]{1,30}?\s+)?(?:in|by)\s+(?:\d{3,4}(?:,\s*|\s+and\s+))*$/i;
const DEADLINE_BY_BEFORE = /\b(?:offered|ordered|required|demanded|instructed|had\s+to|must|(?:was|were)\s+to|ultimatum|deadline)\b[^.;:!?]{0,140}\bby\s+$/i;
const WOULD_BY_BEFORE = /\bwould\b[^.;:!?]{0,120}\b(?:by|until|till|no\s+later\s+than)\s+$/i;
/** A relative clause opened before a date in its sentence: "the messenger who, according to legend, ran … in". */
const RELATIVE_BEFORE = /\b(?:who|whose|which)\b[^;:!?]*$/i;
/** A relative clause set off by a comma that opens on its date: ", who in ", ", which later, in " (not "…, when in"). */
const RELATIVE_OPENS_BEFORE = /,\s*(?:who|which)\s+(?:(?:later|eventually|finally|only)\s*,?\s+)?(?:in|on)\s+$/i;
/** A noun, a past participle of making or deciding, and perhaps "on" or "in", right before a date ("the measure signed (on)"; not "was signed"). */
const PARTICIPLE_OF_NOUN = /\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?!(?:was|were|been|being|is|are|be|had|has|have)\s)[a-z-]{3,}\s+(?:signed|passed|approved|adopted|enacted|issued|announced|imposed|introduced|agreed|filed|ratified|published|released|reached|struck)\s+(?:on\s+|in\s+)?$/i;
/** A body named with a capital ("the Senate", "the Board of Education", "the European Central Bank"), then its verb, right before a date: the subject of a verb, not a noun and its participle. */
const BODY_ACTS_BEFORE = /\b[Tt]he\s+(?:[A-Z][\w-]*\s+){0,2}(?:Board|Senate|House|Parliament|Council|Congress|Assembly|Committee|Commission|Cabinet|Legislature|Court|Government|Ministry|Department|Agency|Authority|Bank|Reserve|Treasury|Administration|Union)(?:\s+of(?:\s+[A-Z][\w-]*){1,3})?\s+[a-z-]{3,}\s+(?:on\s+|in\s+)?$/;
/** A word that is no verb of being or having, a past participle that is only that, and "in" or "on", right before a date ("a teacher chosen in"; not "was chosen in"). */
const PARTICIPLE_ASIDE_BEFORE = /(?:,|\b(?!(?:was|were|been|being|is|are|be|had|has|have|not|never|just|then|also|first|later)\b)[a-z]{3,})\s+(?:chosen|born|given|taken|written|drawn|driven|known|shown|thrown|grown|sworn|broken|spoken|stolen|frozen|beaten|forgotten|hidden|begun|undertaken|overthrown|withdrawn|forbidden|mistaken)\s+(?:in|on)\s+$/i;
/**
 * A noun, a participle in -ed and its agent after "by", then "in" or "on", right before a date: "the coronation charter issued
 * by Henry I in" (a past participle after its noun, not a verb: "was issued by … in" is one).
 */
const AGENT_ASIDE_BEFORE = /\b(?!(?:was|were|been|being|is|are|be|had|has|have)\s)[a-z]{3,}\s+[a-z]{3,}ed\s+by\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:in|on)\s+$/;
/** The end of a life or a reign told ahead, right before a date: "ruled for the next seventeen years, until his death in Damascus on", "until her death in" (the story does not move there). */
const UNTIL_DEATH_BEFORE = /\buntil\s+(?:his|her|their)\s+(?:death|deaths|abdication|overthrow)\s+(?:(?:in|at)\s+(?:[A-Z][\w'’.-]*\s+){1,3})?(?:in|on)\s+$/;
/** Between a day and a count set after it: a comma and perhaps "more than", "some", "just" ("on 8 September, more than "). */
const COUNT_ASIDE_BETWEEN = /^,\s+(?:(?:more\s+than|less\s+than|some|about|nearly|almost|just|only|exactly)\s+)?$/i;
/**
 * A source of the story found or read long after it, before a date in its clause: "the Akkadian version was found on clay tablets
 * at the Hittite capital Hattusa in", "the edicts were deciphered by James Prinsep in".
 */
const SOURCE_FOUND_BEFORE = /\b(?:was|were)\s+(?:(?:first|only|later|finally|eventually)\s+)?(?:found|discovered|rediscovered|excavated|unearthed|deciphered)\b[^.;:!?]{0,80}?\b(?:in|by)\s+$/i;
/** "In" opening a sentence or a clause right before a year. */
const IN_OPENS_BEFORE = /(?:^|[.;:!?]["”’)]*\s+|,\s+(?:and|but)\s+)In\s+$/;
/** After a year that opens its clause, the finding of a source by its finders: ", archaeologists working in Pompeii uncovered". */
const SOURCE_FOUND_AFTER = /^,?\s+(?:[\w'’-]+\s+){1,5}?(?:found|discovered|uncovered|unearthed|excavated|deciphered|dug\s+up)\b/i;
/** An aside on when a source wrote or spoke, right before a date: "According to the notary Gabriele de' Mussi, writing in", "Bede, writing about". */
const WRITING_ASIDE_BEFORE = /,\s+(?:writing|speaking|preaching|reporting|looking\s+back)\s+(?:in|on|around|about|c\.)\s+$/i;
/** A lifespan or a reign in brackets: "(1732–1792)", "(r. 1483–1498)", "(c. 1445–1510)", "(born 1947)", "(384–322 BC)". */
const LIFESPAN = /^\(\s*(?:(?:c\.|ca\.|r\.|b\.|d\.|born|died|reigned|ruled)\s*)?\d{1,4}(?:\s*(?:BCE?|AD|CE))?(?:\s*[–—-]\s*(?:c\.\s*)?\d{1,4}(?:\s*(?:BCE?|AD|CE))?)?\s*\)$/;

/** A capitalised word right before a bracket ("Watt ", "Ramesses II "). */
const NAME_END = /\b\p{Lu}[\p{L}'’.-]*\s?$/u;
/** What says a bracket holds a life or a reign: "r.", "reigned", "born", "died". */
const LIFE_WORD = /^\(\s*(?:r\.|b\.|d\.|born|died|reigned|ruled)/;

/** Is the span `start`..`end` of `text` inside a lifespan in brackets right after a name ("Watt (1736–1819)")? */
function inLifespan(text: string, start: number, end: number): boolean {
	// (The brackets are looked for near the span only, 12 characters before and 16 after it, not by a walk through the passage.)
	const near = Math.max(0, start - 12);
	const at = text.slice(near, start + 1).lastIndexOf('(');
	const open = at < 0 ? -1 : near + at;
	if (open < 1) return false;
	const to = text.slice(end, end + 17).indexOf(')');
	if (to < 0) return false;
	const close = end + to;
	const inside = text.slice(open, close + 1);
	// After a name ("Watt (1736–1819)", "Ramesses II (reigned …)"), or saying it is a life or a reign; not "In the fifth year of
	// his reign (1274 BC)", a date restated.
	return LIFESPAN.test(inside) && (NAME_END.test(text.slice(Math.max(0, open - 40), open)) || LIFE_WORD.test(inside));
}

/** A month, a month and year, or a year alone. */
const MONTH_OR_YEAR = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{3,4})?|\d{3,4})$/i;
/** A part of the month or year after it, right before it: "the rest of ", "the first days of ", "the last few weeks of ". */
const PART_OF_BEFORE = /\bthe\s+(?:rest|remainder|(?:first|last|final|closing|opening|early)\s+(?:few\s+)?(?:days|weeks))\s+of\s+$/i;
/** A name opening its sentence, a comma and a noun phrase with "the", "a" or "an" beside it, up to "in" right before a date: "Nogi, the conqueror of Port Arthur in ". */
const APPOSED_NAME_BEFORE = /^\s*(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+,\s+(?:the|a|an)\s+(?![^,;:]*\b(?:was|were|had|has|is|are)\b)[^,;:.!?]{1,60}\s+in\s+$/;
/** "since it started on ", "since the strike began ": the start of a thing that goes on, right before a date. */
const SINCE_STARTED_BEFORE = /\bsince\s+(?:it|they|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:started|began|broke\s+out|erupted|was\s+(?:sparked|launched|first\s+reported))\s+(?:on\s+|in\s+)?$/i;
/** "since its creation in ", "since his election in ": a thing's beginning, then "in", right before a year. */
const SINCE_ITS_BEGINNING_BEFORE = /\bsince\s+(?:its|his|her|their)\s+(?:creation|founding|foundation|establishment|inception|formation|election|appointment|accession|birth|launch|opening|debut)\s+in\s+$/i;

/** "would" and a verb in the clause before a date: "the canal would pass entirely to Panama on ". */
const WOULD_BEFORE = /\bwould\s+(?:(?:not|then|still|only|eventually|soon|also)\s+)?(?!be\s+(?:the|a|an)\b)[a-z]+\b[^,;:.!?]*$/i;

/** "the week of" right before a date. */
const WEEK_OF_BEFORE = /\bthe\s+week\s+(?:of|ending|ended)\s+$/i;

/** "the weekend of" right before a date (or a range of days). */
const WEEKEND_OF_BEFORE = /\bthe\s+(?:(?:long|holiday|opening|final)\s+)?weekend\s+of\s+$/i;
/** A value that is a day, or a range of days: "2026-02-13", "2026-02-13/2026-02-15". */
const DAY_OR_DAYS = /^\d{4}-\d\d-\d\d(?:\/\d{4}-\d\d-\d\d)?$/;

/**
 * Make `c`, a day after "the week of" or "the week ending" (`lead`, the words before it), the week that holds that day;
 * `weekend`: a day or a range of days after "the weekend of", the weekend of the week that holds its first day.
 */
function weekHolding(c: Candidate, lead: string, weekend = false): void {
	const resolve = c.resolve;
	c.start -= lead.length;
	c.text = lead + c.text;
	c.resolve = (ctx) => {
		const r = resolve(ctx);
		if (!r || !(weekend ? DAY_OR_DAYS.test(r.time.value) : r.time.granularity === 'day')) return r;
		const day = startYmd(r.time);
		const time = weekend ? weekendValue(addDays(day, 5 - ((weekdayOf(day) + 6) % 7))) : weekValue(day);
		return { ...r, time, derivation: [...r.derivation, `“${c.text}” is the ${weekend ? 'weekend of the week' : 'week'} that holds that day → ${time.value}`] };
	};
}

/** A comma, "had" and a verb right after a date: the date ends an aside on the subject of a clause in the past perfect (", had sworn"; not "had to"). */
/**
 * A subject and "had" after a date that ends an opening phrase: "In the six months after the attack on Pearl Harbor on 7
 * December 1941, Japan had overrun" (not ", Hungary had opened", another clause of a list).
 */
const SUBJECT_HAD_AFTER = /^,\s+(?:(?:[A-Z][\w'’-]*|the|its|his|her|their)\s+){1,3}had\s+(?:(?:not|never|already|long|also|just|once)\s+)?(?!to\b)[a-z]{3,}/;
/** A sentence that opens with a phrase, no finite verb or comma before the date: "Working from out-of-date maps and the census of", "In the wake of the riots of". */
const OPENING_PHRASE_ANY = /^\s*(?:[A-Z][a-z]+ing|In|After|By|During|Within|Following|Over|Since|Before|With|From|Despite|Under|Amid)\s(?![^,;]*\b(?:was|were|is|are|had|has|have)\b)[^,;]*$/;
/** A sentence that opens with a phrase of time or place, no verb before the date: "In the six months after …", "After …". */
const OPENING_PHRASE = /^\s*(?:In|After|By|During|Within|Following|Over|Since|Before)\s(?![^,;]*\b(?:was|were|is|are|had|has|have)\b)[^,;]*$/;
const HAD_AFTER = /^,\s+had\s+(?:(?:not|never|already|long|also|just|once)\s+)?(?!to\b)[a-z]{3,}/;
/** A year the date states ("1891", "March 1891"). */
const STATED_YEAR = /\d{3,4}/;
/** Nothing but a preposition before a date in its sentence: the date opens it ("In 1891 …"). */
const OPENS_SENTENCE = /^\s*(?:(?:In|By|On|During|Around|About|Early\s+in|Late\s+in)\s+)?$/;
/**
 * After a date that opens its sentence, the subject and "had" with a participle, with no verb nor clause between: the clause
 * is in the past perfect, a look back ("In 1891 the local forecaster, Isaac Cline, had written that"; not "In 1891 Cline
 * wrote that the city had been spared").
 */
const SUBJECT_THEN_HAD = /^,?\s+(?:(?!(?:that|which|who|when|where|and|but|or|after|before|because|while|since|until|as|if|though|although|was|were|is|are)\b)[^\s.;:!?]+\s+){1,12}?had\s+(?:(?:not|never|already|long|also|just|once|first)\s+)?(?!to\b)[a-z]{3,}/;
/**
 * "Edward had promised him the throne years earlier, probably in 1051": the past perfect before a comma, and after it only
 * an adverb and a preposition before the date; the date is the past perfect's.
 */
function pluperfectPastAdverb(before: string): boolean {
	const comma = before.lastIndexOf(',');
	return comma > 0 && ADVERB_AFTER_COMMA.test(before.slice(comma)) && PLUPERFECT_BEFORE.test(before.slice(0, comma));
}
/** A clause of its own: a conjunction, a subject and a verb ("before he opened", "when Reid sold"). */
const OWN_CLAUSE = /\b(?:before|after|when|until|till|while|and|but|then|so)\s+(?:he|she|it|they|we|I|you|[A-Z][a-z]+)\s+[a-z]+/;

/**
 * "Nana Sahib, who had nursed a grievance since the Company refused to continue his father's pension after the old man's death
 * in 1851": a past perfect further back than PLUPERFECT_BEFORE reads, where no clause of its own opens between ("Brannock had
 * worked for seven years … before he opened a small workshop … in the spring of 1868" is no look back).
 */
function pluperfectLong(before: string): boolean {
	const m = before.length > 85 && before.includes('had') ? PLUPERFECT_LONG.exec(before) : null;
	return !!m && !OWN_CLAUSE.test(m[0]);
}

/** A comma, then perhaps an adverb of likelihood and a preposition, to the end: ", probably in ", ", perhaps as early as ". */
const ADVERB_AFTER_COMMA = /^,\s*(?:(?:probably|perhaps|possibly|apparently|reportedly|allegedly|presumably|evidently|likely|most\s+likely)\s+)?(?:(?:in|on|around|about|by|as\s+early\s+as|sometime\s+in|some\s+time\s+in)\s+)?(?:about\s+|around\s+)?$/i;
/** A verb of saying or claiming and "that": what follows is reported ("maintained that", "claimed that"). */
const CLAIM_BEFORE = /\b(?:said|claimed|maintained|argued|insisted|asserted|alleged|believed|contended|declared|swore|wrote)\s+that\b/i;
/** "had" and a past participle before a date in its clause (no comma between): the clause is in the past perfect ("had sailed from the Kuril Islands on"; not "had orders to … at"). */
const PLUPERFECT_BEFORE = /\bhad\s+(?:(?:not|never|already|just|long|first|also|been)\s+)?(?:[a-z]{2,}ed|been|gone|done|seen|taken|given|written|begun|become|come|run|won|lost|left|made|held|sent|built|fought|brought|bought|thought|caught|taught|kept|met|said|told|sold|found|stood|led|fled|fallen|risen|broken|chosen|driven|known|grown|shown|thrown|drawn|flown|spoken|stolen|hidden|struck|sunk|spent|felt|meant|heard|paid|laid|put|set|cut|hit|spread|shut|let|quit|split|burst|cast|cost|hurt|thrust|upset|sought|dealt|lit|sworn|born|borne|torn|worn|shaken|ridden|forgotten|forbidden|eaten|sung|rung|drunk|swum|spun|dug|stuck|hung|shot|fed|slain|sown|blown|withdrawn|overthrown|undertaken|overtaken|forsaken|arisen)\b(?:[^.;!?,:—–()]|[.,](?=\d)){0,80}$/i;
/** The past perfect further back, up to 130 characters with no comma (see pluperfectLong). */
const PLUPERFECT_LONG = new RegExp(PLUPERFECT_BEFORE.source.replace('{0,80}$', '{81,130}$'), 'i');
