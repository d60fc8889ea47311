/**
 * Axis ticks that adapt to the zoom: the finest calendar interval whose labels fit the
 * width without colliding, from minutes to hundred-thousand-year steps. Pure.
 */
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, type TimeInterval } from 'd3-time';
import { MONTH_SHORT, formatInterval, formatYear } from './format.ts';
import { estimateTextWidth } from './layout/labelText.ts';
import { DAY_MS, HOUR_MS, YEAR_MS } from './time.ts';

/** One axis tick: where it is, in time and in pixels, and what it says. */
export interface Tick {
	value: Date;
	label: string;
	x: number;
}

/** Tuning for {@link computeTicks}. */
export interface TickOptions {
	/** Estimated pixels per label character (default 7, for 12px text). */
	charWidth?: number;
	/** Free pixels required between two neighbouring labels, sized by the widest label (default 20). */
	gap?: number;
	/** Minimum distance between two ticks in pixels, however short the labels (default 72). */
	minSpacing?: number;
}

/** The calendar unit a tick interval counts in. */
export type TickUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

interface Candidate {
	unit: TickUnit;
	/** Approximate length of one step, to skip hopeless candidates cheaply. */
	approx: number;
	/** Tick times in `[lo, hi]`, ascending. */
	times(lo: number, hi: number): number[];
}

function fromInterval(unit: TickUnit, approx: number, interval: TimeInterval | null): Candidate {
	if (!interval) throw new Error(`invalid tick interval: ${unit}`);
	return {
		unit,
		approx,
		times: (lo, hi) => interval.range(new Date(lo), new Date(hi + 1)).map(Number)
	};
}

function yearStart(year: number): number {
	const d = new Date(0);
	d.setUTCFullYear(year, 0, 1);
	return d.getTime();
}

/**
 * Years every `step`, aligned on round numbers people read: CE years divisible by `step`,
 * and BCE years whose BCE number is (so "500 BCE", not astronomical −500 = "501 BCE").
 */
function yearCandidate(step: number): Candidate {
	return {
		unit: 'year',
		approx: step * YEAR_MS,
		times(lo, hi) {
			const y0 = new Date(lo).getUTCFullYear();
			const y1 = new Date(hi).getUTCFullYear();
			const years: number[] = [];
			if (y0 <= 0) {
				const bMin = 1 - Math.min(y1, 0);
				for (let b = Math.floor((1 - y0) / step) * step; b >= bMin; b -= step) if (b >= 1) years.push(1 - b);
			}
			for (let y = Math.ceil(Math.max(y0, 1) / step) * step; y <= y1; y += step) years.push(y);
			return years.map(yearStart).filter((t) => t >= lo && t <= hi);
		}
	};
}

const evenDays = utcDay.filter((d) => Math.round(d.getTime() / DAY_MS) % 2 === 0);
/** The 1st and the 16th of each month: nearly regular, and reads well as "1 Jan | 16 Jan". */
const halfMonths = utcDay.filter((d) => d.getUTCDate() === 1 || d.getUTCDate() === 16);

/** Finest first. Every interval is regular, so no tick lands a day or two after another. */
const CANDIDATES: readonly Candidate[] = [
	fromInterval('minute', 5 * 60_000, utcMinute.every(5)),
	fromInterval('minute', 10 * 60_000, utcMinute.every(10)),
	fromInterval('minute', 15 * 60_000, utcMinute.every(15)),
	fromInterval('minute', 30 * 60_000, utcMinute.every(30)),
	fromInterval('hour', HOUR_MS, utcHour),
	fromInterval('hour', 3 * HOUR_MS, utcHour.every(3)),
	fromInterval('hour', 6 * HOUR_MS, utcHour.every(6)),
	fromInterval('hour', 12 * HOUR_MS, utcHour.every(12)),
	fromInterval('day', DAY_MS, utcDay),
	fromInterval('day', 2 * DAY_MS, evenDays),
	fromInterval('week', 7 * DAY_MS, utcMonday),
	fromInterval('day', YEAR_MS / 24, halfMonths),
	fromInterval('month', YEAR_MS / 12, utcMonth),
	fromInterval('month', YEAR_MS / 4, utcMonth.every(3)),
	fromInterval('month', YEAR_MS / 2, utcMonth.every(6)),
	...[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000, 100_000].map(
		yearCandidate
	)
];

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Labels for one set of tick times, distinct within the visible domain:
 * - hours and minutes carry their day when the domain is longer than a day;
 * - days and months carry their year on every tick when the domain is a year or more
 *   (a label could repeat otherwise), else only on the first tick and the first tick of
 *   each new year ("Nov 2024 | Dec | Jan 2025 | Feb"), and never within a single year.
 */
function labelTimes(unit: TickUnit, times: number[], lo: number, hi: number): string[] {
	const yearOf = (t: number): number => new Date(t).getUTCFullYear();
	const oneYear = yearOf(lo) === yearOf(hi);
	const longSpan = hi - lo >= 360 * DAY_MS;
	const oneDay = hi - lo <= DAY_MS;
	const era = yearOf(lo) <= 0 ? 'always' : 'auto';
	return times.map((t, i) => {
		const d = new Date(t);
		const day = `${d.getUTCDate()} ${MONTH_SHORT[d.getUTCMonth()]}`;
		const year = formatYear(d.getUTCFullYear(), era);
		const withYear = !oneYear && (longSpan || i === 0 || yearOf(times[i - 1]) !== d.getUTCFullYear());
		switch (unit) {
			case 'minute':
			case 'hour': {
				const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
				if (midnight) return withYear ? `${day} ${year}` : day;
				const clock = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
				return oneDay ? clock : `${day} ${clock}`;
			}
			case 'day':
			case 'week':
				return withYear ? `${day} ${year}` : day;
			case 'month':
				return withYear ? `${MONTH_SHORT[d.getUTCMonth()]} ${year}` : MONTH_SHORT[d.getUTCMonth()];
			case 'year':
				return year;
		}
	});
}

/**
 * The candidate's ticks whose labels fit inside `[0, width]`. Labels depend on which ticks
 * are shown (the first one names the year), so they are made again after any is dropped.
 */
function visibleTicks(
	c: Candidate,
	scale: ScaleTime<number, number>,
	lo: number,
	hi: number,
	width: number,
	charWidth: number
): Tick[] {
	let times = c.times(lo, hi);
	for (let pass = 0; pass < 3; pass++) {
		const labels = labelTimes(c.unit, times, lo, hi);
		const ticks: Tick[] = [];
		times.forEach((t, i) => {
			const x = scale(new Date(t));
			const half = estimateTextWidth(labels[i], charWidth) / 2;
			if (x - half >= 0 && x + half <= width) ticks.push({ value: new Date(t), label: labels[i], x });
		});
		if (ticks.length === times.length) return ticks;
		times = ticks.map((t) => +t.value);
	}
	return [];
}

interface Choice {
	unit: TickUnit;
	ticks: Tick[];
}

function choose(scale: ScaleTime<number, number>, width: number, options: TickOptions): Choice {
	const charWidth = options.charWidth ?? 7;
	const gap = options.gap ?? 20;
	const minSpacing = options.minSpacing ?? 72;
	if (!(width > 0)) return { unit: 'year', ticks: [] };
	// The visible domain is what the whole view shows, not only the scale's padded range.
	const lo = +scale.invert(0);
	const hi = +scale.invert(width);
	if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi <= lo) return { unit: 'year', ticks: [] };
	const maxTicks = width / minSpacing + 2;
	const need = (a: Tick, b: Tick): number =>
		Math.max(minSpacing, Math.max(estimateTextWidth(a.label, charWidth), estimateTextWidth(b.label, charWidth)) + gap);

	let fallback: Choice | null = null;
	for (const c of CANDIDATES) {
		if ((hi - lo) / c.approx > maxTicks) continue;
		const ticks = visibleTicks(c, scale, lo, hi, width, charWidth);
		// Each pair is spaced by the wider of its two labels: "2 May | 2 May 12:00 | 3 May"
		// must not pass just because every other label is short.
		const fits = ticks.every((t, i) => i === 0 || t.x - ticks[i - 1].x >= need(ticks[i - 1], t));
		if (fits) return { unit: c.unit, ticks };
		fallback = { unit: c.unit, ticks };
	}
	// Beyond the coarsest interval (deep time at a tiny width): keep every label that fits.
	const kept: Tick[] = [];
	for (const t of fallback?.ticks ?? []) {
		const prev = kept.at(-1);
		if (!prev || t.x - prev.x >= need(prev, t)) kept.push(t);
	}
	return { unit: fallback?.unit ?? 'year', ticks: kept };
}

/**
 * Ticks for the part of `scale` visible in `[0, width]` pixels: the finest calendar interval
 * (5 minutes … 100,000 years) whose labels do not collide and are not cut by the edges.
 *
 * Labels: "14:30" / "9 May 14:30" (minutes and hours), "9 May" (days), "May" (months),
 * with the year added where it changes ("Jan 2025") or on every tick over a year or more;
 * "1945" / "500 BCE" (years; CE years read "100 CE" when the view reaches back before
 * 1 CE). They are distinct within one call. Spacing follows the widest label.
 */
export function computeTicks(scale: ScaleTime<number, number>, width: number, options: TickOptions = {}): Tick[] {
	return choose(scale, width, options).ticks;
}

/**
 * {@link computeTicks} and {@link tickContext} together, choosing the interval once (for a
 * redraw per frame).
 */
export function computeTickSet(
	scale: ScaleTime<number, number>,
	width: number,
	options: TickOptions = {}
): { ticks: Tick[]; context: string } {
	const choice = choose(scale, width, options);
	return { ticks: choice.ticks, context: contextFor(choice.unit, scale, width) };
}

function contextFor(unit: TickUnit, scale: ScaleTime<number, number>, width: number): string {
	if (!(width > 0) || unit === 'year') return '';
	const lo = +scale.invert(0);
	const hi = +scale.invert(width);
	const granularity = unit === 'month' ? 'year' : unit === 'day' || unit === 'week' ? 'month' : 'day';
	return formatInterval(lo, hi, granularity);
}

/**
 * What the tick labels leave out, for a caption under the axis: the day(s) when ticks
 * are hours ("9 May 2025"), the month(s) when ticks are days ("May 2025"), the year(s)
 * when ticks are months ("2024 – 2025"); empty when ticks are years.
 */
export function tickContext(scale: ScaleTime<number, number>, width: number, options: TickOptions = {}): string {
	return contextFor(choose(scale, width, options).unit, scale, width);
}
