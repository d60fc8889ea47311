/**
 * The pipeline's stages, in order. Order matters only where candidates overlap, and there the
 * refiner keeps the longer span, then the higher parser priority:
 *   anniversary (5) > offset (4) > named event, holiday (3) > chrono, season, set (2) > year, decade, century,
 *   duration, reference word (1)
 * so "a day before" is our offset (anchored to the event it names), not chrono's "a day before
 * today", and "the 80th anniversary of X" keeps X nested inside it as its anchor.
 */
import type { Parser } from './temporal/scope.ts';
import { chronoParser } from './temporal/parsers/chronoParser.ts';
import { yearParser } from './temporal/parsers/yearParser.ts';
import { decadeParser } from './temporal/parsers/decadeParser.ts';
import { anniversaryParser } from './temporal/parsers/anniversaryParser.ts';
import { offsetParser } from './temporal/parsers/offsetParser.ts';
import { namedEventParser } from './temporal/parsers/namedEventParser.ts';
import { seasonParser } from './temporal/parsers/seasonParser.ts';
import { durationParser } from './temporal/parsers/durationParser.ts';
import { quarterParser } from './temporal/parsers/quarterParser.ts';
import { setParser } from './temporal/parsers/setParser.ts';
import { referenceWordParser } from './temporal/parsers/referenceWordParser.ts';
import { holidayParser } from './temporal/parsers/holidayParser.ts';
import { spokenYearParser } from './temporal/parsers/spokenYearParser.ts';
import { dayPairParser } from './temporal/parsers/dayPairParser.ts';
import { ordinalDayParser } from './temporal/parsers/ordinalDayParser.ts';
import { wireGlossParser } from './temporal/parsers/wireGlossParser.ts';

export interface Configuration {
	/** Run only on passages that may hold a date (a digit or a date word). */
	parsers: Parser[];
	/** Run on every passage: named events need no date word ("World War II"). */
	alwaysParsers: Parser[];
}

export function defaultConfiguration(): Configuration {
	return {
		parsers: [chronoParser, yearParser, decadeParser, seasonParser, anniversaryParser, offsetParser, quarterParser, durationParser, setParser, referenceWordParser, holidayParser, spokenYearParser, dayPairParser, ordinalDayParser, wireGlossParser],
		alwaysParsers: [namedEventParser]
	};
}
