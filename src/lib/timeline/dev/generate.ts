/**
 * Seeded, pure generator of plausible timeline events for benchmarks, the developer
 * pages and tests: the same `(count, seed)` always gives the same events.
 *
 * The mix: 70 % days, 8 % hours, 12 % months, 8 % years, 1.5 % multi-year ranges and
 * 0.5 % decades; events bunch around a handful of busy periods (as a history
 * text would), about one in ten is approximate, and they come from three documents.
 */
import type { Granularity, TimelineEvent } from '../../extract/types.ts';

/** Options for {@link generateEvents}. */
export interface GenerateOptions {
	/** First year (astronomical, may be ≤ 0 for BCE). Default 1800. */
	fromYear?: number;
	/** Last year. Default 2025. */
	toYear?: number;
	/** Number of documents the events are spread over (default 3). */
	documents?: number;
}

/** Mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SUBJECTS = [
	'Parliament', 'The council', 'Rebels', 'The navy', 'Workers', 'The king', 'Students', 'The press',
	'Merchants', 'The army', 'Scientists', 'The court', 'Delegates', 'Farmers', 'The governor', 'Envoys'
];
const VERBS = [
	'sign', 'reject', 'debate', 'celebrate', 'occupy', 'found', 'abolish', 'reform', 'besiege', 'negotiate',
	'publish', 'elect', 'ratify', 'protest', 'defend', 'rebuild'
];
const OBJECTS = [
	'the treaty', 'a new charter', 'the capital', 'the harbour', 'the tariff law', 'the university',
	'a railway line', 'the border forts', 'the old bridge', 'the trade pact', 'the census', 'a cathedral',
	'the grain market', 'the constitution', 'the observatory', 'the northern province'
];

function pick<T>(rand: () => number, list: readonly T[]): T {
	return list[Math.floor(rand() * list.length)];
}

/** ISO 8601 for a UTC instant (`toISOString` already writes expanded years as `-000490`). */
export function isoOf(ms: number, withTime = false): string {
	const iso = new Date(ms).toISOString();
	return withTime ? iso : iso.slice(0, iso.indexOf('T'));
}

function utc(year: number, month = 0, day = 1, hour = 0): number {
	const d = new Date(0);
	d.setUTCFullYear(year, month, day);
	d.setUTCHours(hour);
	return d.getTime();
}

/** `count` events from `seed`; ids `g000000`, `g000001`, … in generation order. */
export function generateEvents(count: number, seed = 1, options: GenerateOptions = {}): TimelineEvent[] {
	const rand = mulberry32(seed);
	const fromYear = options.fromYear ?? 1800;
	const toYear = options.toYear ?? 2025;
	const docs = Math.max(1, options.documents ?? 3);
	const years = Math.max(1, toYear - fromYear);
	// Busy periods: a few centres with a spread of a few years.
	const hotspots = Array.from({ length: 6 }, () => ({ at: fromYear + rand() * years, spread: 1 + rand() * 6 }));
	const out: TimelineEvent[] = [];
	for (let i = 0; i < count; i++) {
		let yearF: number;
		if (rand() < 0.55) {
			const h = pick(rand, hotspots);
			// Sum of uniforms: a cheap bell shape.
			yearF = h.at + (rand() + rand() + rand() - 1.5) * h.spread;
		} else {
			yearF = fromYear + rand() * years;
		}
		yearF = Math.min(toYear + 0.999, Math.max(fromYear, yearF));
		const year = Math.floor(yearF);
		const month = Math.floor(rand() * 12);
		const day = 1 + Math.floor(rand() * 28);
		const roll = rand();
		let start: number;
		let end: number;
		let granularity: Granularity;
		let value: string;
		let withTime = false;
		if (roll < 0.7) {
			granularity = 'day';
			start = utc(year, month, day);
			end = utc(year, month, day + 1);
			value = isoOf(start);
		} else if (roll < 0.78) {
			granularity = 'hour';
			const hour = Math.floor(rand() * 24);
			start = utc(year, month, day, hour);
			end = utc(year, month, day, hour + 1);
			withTime = true;
			value = isoOf(start, true).slice(0, -11);
		} else if (roll < 0.9) {
			granularity = 'month';
			start = utc(year, month);
			end = utc(year, month + 1);
			value = isoOf(start).slice(0, -3);
		} else if (roll < 0.98) {
			granularity = 'year';
			start = utc(year);
			end = utc(year + 1);
			value = isoOf(start).slice(0, -6);
		} else if (roll < 0.995) {
			granularity = 'year';
			const length = 1 + Math.floor(rand() * 12);
			start = utc(year);
			end = utc(year + length);
			value = `${year}/${year + length - 1}`;
		} else {
			granularity = 'decade';
			const decade = Math.floor(year / 10) * 10;
			start = utc(decade);
			end = utc(decade + 10);
			value = String(decade).slice(0, -1);
		}
		const approximate = rand() < 0.1;
		const documentId = `d${1 + Math.floor(rand() * docs)}`;
		out.push({
			id: `g${String(i).padStart(6, '0')}`,
			title: `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}`,
			time: { value, start: isoOf(start, withTime), end: isoOf(end, withTime), granularity },
			mentions: [{ documentId, passageId: 'p1', start: 0, end: 1, text: '' }],
			confidence: approximate ? 0.5 : 0.9,
			derivation: [`generated (seed ${seed})`],
			provenance: { stated: approximate ? [] : ['year'], inferred: approximate ? ['year'] : [] }
		});
	}
	return out;
}
