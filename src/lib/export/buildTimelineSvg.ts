/**
 * The image builder: a timeline as a standalone SVG string, for PNG and SVG export from the
 * app and from the command line alike (the same input gives the same picture). Pure: no DOM,
 * no random ids, fixed number formatting, so the output is byte-for-byte deterministic.
 *
 * The picture: a title and a subtitle (the dates shown, the number of events), a legend of
 * documents when there are several, the events in lanes above a time axis (a dot for a day,
 * a light bar with an outline for a year or a month, a solid bar for a range of days), labels
 * that never overlap (lanes first; when the lanes run out, neighbouring events are merged
 * into clusters labelled "12 events"), and a source line naming the documents.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Granularity, TimelineEvent } from '../extract/types.ts';
import { formatEventDate, formatInterval } from '../timeline/format.ts';
import { assignLanes } from '../timeline/layout/assignLanes.ts';
import { createBaseScale } from '../timeline/scale.ts';
import { computeTicks, tickContext } from '../timeline/ticks.ts';
import { DAY_MS, YEAR_MS, eventInterval } from '../timeline/time.ts';
import { fitText, SVG_FONT_STACK, textWidth, wrapText } from './fonts.ts';
import { isoFromMillis, rangeEdge } from './range.ts';
import { THEMES, type Theme, type ThemeName } from './themes.ts';
import { escapeXml, num } from './xml.ts';

/** What the builder draws: the documents (for the legend and the source line) and the events. */
export interface TimelineInput {
	documents: readonly { id: string; title: string }[];
	events: readonly TimelineEvent[];
}

/**
 * The part of time shown: everything, or `from` to `to` (each a year, `YYYY-MM`, `YYYY-MM-DD`
 * or an ISO date-time; `to` includes the period it names; a side left out is the events' own
 * start or end).
 */
export type ImageRange = 'whole' | { from?: string; to?: string };

export interface SvgOptions {
	/** Default 'whole'. The app's "current view" passes its view's from/to. */
	range?: ImageRange;
	/** Width in CSS pixels (320 to 10,000; default 1200). The height follows from the content. */
	width?: number;
	/** Default 'light'. */
	theme?: ThemeName;
	/** Default: the document's title (several documents: their titles, joined). */
	title?: string;
	/** Multiplies the SVG's `width`/`height` attributes (not its coordinates), so a rasteriser draws it N times larger. 1 to 8; default 1. */
	scale?: number;
	/** Most lanes of labels before events are clustered (1 to 40; default 8). */
	maxLanes?: number;
}

/** Bounds of the options. */
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 10_000;
export const MAX_SCALE = 8;

/** How one item is drawn. */
export type MarkShape = 'point' | 'span' | 'range' | 'cluster';

/** One drawn item: an event, or a cluster of neighbouring events. x values are image pixels. */
export interface ImageMark {
	shape: MarkShape;
	/** Event id, or `cluster-N`. */
	id: string;
	lane: number;
	x0: number;
	x1: number;
	/** y of the mark's centre line. */
	y: number;
	color: string;
	/** The label as drawn ('' when the lanes ran out and only the mark is shown). */
	label: string;
	labelX: number;
	labelY: number;
	labelWidth: number;
	/** Tooltip: full title and date. */
	tooltip: string;
	/** Clusters: how many events, and where each member sits (one tick per distinct pixel) with its colour. */
	count: number;
	ticks: { x: number; color: string }[];
}

/** The laid-out picture, before it is written as SVG (tests read it directly). */
export interface ImageModel {
	width: number;
	height: number;
	scale: number;
	theme: Theme;
	/** The whole title (the SVG's accessible name), and the one or two lines drawn. */
	title: string;
	titleLines: string[];
	subtitle: string;
	legend: { x: number; y: number; color: string; label: string }[];
	/** Left and right pixel of the plot; the axis runs between them. */
	plotX0: number;
	plotX1: number;
	plotTop: number;
	axisY: number;
	ticks: { x: number; label: string }[];
	caption: string;
	marks: ImageMark[];
	/** Shown in the plot when no event falls in the range. */
	empty: string;
	source: string;
	sourceY: number;
}

// ---- geometry ---------------------------------------------------------------------------

const PAD = 24;
/** assignLanes keeps labels 8px inside its view; the plot's view starts this far in. */
const VIEW_INSET = PAD - 8;
const TITLE_SIZE = 20;
const TITLE_CHAR = 12.5;
const TITLE_LINE = 26;
const TEXT_SIZE = 12;
const LABEL_SIZE = 11;
/** Generous for DejaVu Sans at 11px (measured: 6.2 to 6.7 per character). */
const CHAR_W = 7;
const LANE_H = 34;
const POINT_R = 5;
const BAR_H = 8;
/** Marks narrower than this (or than half the widest cluster) may be merged into a cluster; longer bars stand alone. */
const CLUSTERABLE = 40;

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
const FINE: ReadonlySet<Granularity> = new Set(['day', 'hour', 'minute', 'second']);

/** One thing to place: a single event or a cluster. */
interface Item {
	id: string;
	label: string;
	members: TimelineEvent[];
	start: number;
	end: number;
	cluster: boolean;
}

/** The event assignLanes places for an item: same interval, a title as wide as our label (so CJK counts double). */
function proxy(item: Item): TimelineEvent {
	const chars = Math.ceil(textWidth(item.label, LABEL_SIZE, CHAR_W) / CHAR_W);
	const base = item.members[0];
	if (!item.cluster) return { ...base, title: 'x'.repeat(chars) };
	return {
		...base,
		id: item.id,
		title: 'x'.repeat(chars),
		time: { value: '', start: isoFromMillis(item.start), end: isoFromMillis(item.end), granularity: 'year' }
	};
}

/** An event with its interval and pixel extent, computed once per picture. */
interface Placed {
	e: TimelineEvent;
	start: number;
	end: number;
	px0: number;
	px1: number;
	label: string;
}

function single(p: Placed): Item {
	return { id: p.e.id, label: p.label, members: [p.e], start: p.start, end: p.end, cluster: false };
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * Items for `events` with short marks closer than `gap` pixels merged into clusters at most
 * `4 * gap` pixels wide (gap < 0: no clustering). Events come sorted by start.
 */
function group(events: readonly Placed[], gap: number): Item[] {
	if (gap < 0) return events.map(single);
	const items: Item[] = [];
	let run: { members: Placed[]; start: number; end: number; left: number; right: number } | null = null;
	// A cluster never grows wider than this, so a long chain of close events splits into several.
	const widest = 4 * gap;
	let clusters = 0;
	const close = () => {
		if (!run) return;
		if (run.members.length === 1) items.push(single(run.members[0]));
		else {
			clusters++;
			items.push({ id: `cluster-${clusters}`, label: plural(run.members.length, 'event'), members: run.members.map((m) => m.e), start: run.start, end: run.end, cluster: true });
		}
		run = null;
	};
	for (const p of events) {
		if (p.px1 - p.px0 >= Math.max(CLUSTERABLE, widest / 2)) {
			items.push(single(p));
			continue;
		}
		const left = Math.min(p.px0, (p.px0 + p.px1) / 2 - POINT_R);
		const right = Math.max(p.px1, (p.px0 + p.px1) / 2 + POINT_R);
		if (run && left <= run.right + gap && right <= run.left + widest) {
			run.members.push(p);
			run.start = Math.min(run.start, p.start);
			run.end = Math.max(run.end, p.end);
			run.right = Math.max(run.right, right);
		} else {
			close();
			run = { members: [p], start: p.start, end: p.end, left, right };
		}
	}
	close();
	// Keep the order by start (clusters were closed after singles that started later).
	return items.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The granularity that names a span of time in a subtitle. */
function spanGranularity(lo: number, hi: number): Granularity {
	if (hi - lo > 3 * YEAR_MS) return 'year';
	if (hi - lo > 62 * DAY_MS) return 'month';
	return 'day';
}

/** Lays the picture out: everything the SVG needs, in pixels. */
export function layoutTimelineImage(input: TimelineInput, options: SvgOptions = {}): ImageModel {
	const width = Math.round(clamp(Number.isFinite(options.width) ? (options.width as number) : 1200, MIN_WIDTH, MAX_WIDTH));
	const scale = clamp(Number.isFinite(options.scale) ? (options.scale as number) : 1, 0.25, MAX_SCALE);
	const maxLanes = Math.round(clamp(options.maxLanes ?? 8, 1, 40));
	const theme = THEMES[options.theme ?? 'light'] ?? THEMES.light;
	const range = options.range ?? 'whole';
	const docs = input.documents;
	const docIndex = new Map(docs.map((d, i) => [d.id, i]));
	const colorOf = (e: TimelineEvent) => theme.series[(docIndex.get(e.mentions[0]?.documentId ?? '') ?? 0) % theme.series.length];

	// The events in the range, earliest first.
	const all = input.events.map((e) => ({ e, ...eventInterval(e) }));
	let lo: number;
	let hi: number;
	if (range === 'whole') {
		lo = Math.min(...all.map((a) => a.start));
		hi = Math.max(...all.map((a) => a.end));
	} else {
		const first = all.length ? Math.min(...all.map((a) => a.start)) : null;
		const last = all.length ? Math.max(...all.map((a) => a.end)) : null;
		lo = range.from ? rangeEdge(range.from, 'from') : (first ?? rangeEdge(range.to ?? '2000', 'to') - YEAR_MS);
		hi = range.to ? rangeEdge(range.to, 'to') : (last ?? lo + YEAR_MS);
		if (!(hi > lo)) throw new Error(`the range ends before it starts (${range.from ?? 'the first event'} to ${range.to ?? 'the last event'})`);
	}
	const inRange = all
		.filter((a) => range === 'whole' || (a.end > lo && a.start < hi) || (a.start === a.end && a.start >= lo && a.start < hi))
		.sort((a, b) => a.start - b.start || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
	const shown = inRange.map((a) => a.e);

	// The x scale over the plot's view, [0, inner]; drawn translated by VIEW_INSET.
	const inner = width - 2 * VIEW_INSET;
	const x: ScaleTime<number, number> =
		range === 'whole'
			? createBaseScale(shown, inner, 24)
			: scaleUtc()
					.domain([new Date(lo), new Date(hi)])
					.range([0, inner]);

	// Lanes, clustering harder until every label fits.
	// Labels may be longer on wide images: 160 to 360 pixels.
	const maxLabel = clamp(Math.round(width * 0.4), 160, 360);
	const placed: Placed[] = inRange.map((a) => ({ ...a, px0: x(new Date(a.start)), px1: x(new Date(a.end)), label: fitText(a.e.title, maxLabel, LABEL_SIZE, CHAR_W) }));
	let items: Item[] = [];
	let layout = assignLanes([], x);
	// Far more events than labels could ever fit (at most one per 40 px per lane): start clustering at once.
	const hopeless = shown.length > (maxLanes * inner) / 40;
	for (let gap = hopeless ? 6 : -1; ; gap = gap < 0 ? 6 : gap * 2) {
		items = group(placed, gap);
		layout = assignLanes(items.map(proxy), x, { viewWidth: inner, maxLanes, maxLabelWidth: 1e6, pointRadius: POINT_R });
		if (layout.events.every((p) => p.labelled) || gap > inner) break;
	}
	const laneCount = Math.max(1, layout.laneCount);

	// Header.
	const titleText = (options.title?.trim() || (docs.length === 1 ? docs[0].title : docs.map((d) => d.title).join(' · ')) || 'Timeline').replace(/\s+/g, ' ');
	const titleLines = wrapText(titleText, width - 2 * PAD, 2, TITLE_SIZE, TITLE_CHAR);
	let y = PAD + TITLE_SIZE + (titleLines.length - 1) * TITLE_LINE;
	const count = range === 'whole' || shown.length === input.events.length ? plural(shown.length, 'event') : `${shown.length.toLocaleString('en-US')} of ${plural(input.events.length, 'event')}`;
	const span = shown.length === 0 && range === 'whole' ? '' : formatInterval(lo, hi, spanGranularity(lo, hi));
	const subtitle = fitText(span ? `${span} · ${count}` : count, width - 2 * PAD, TEXT_SIZE, 7.5);
	y += 22;

	const legend: ImageModel['legend'] = [];
	if (docs.length > 1) {
		y += 22;
		let lx = PAD;
		docs.forEach((d, i) => {
			const label = fitText(d.title || d.id, Math.min(320, width - 2 * PAD - 16), LABEL_SIZE, CHAR_W);
			const w = 16 + textWidth(label, LABEL_SIZE, CHAR_W) + 20;
			if (lx > PAD && lx + w > width - PAD) {
				lx = PAD;
				y += 18;
			}
			legend.push({ x: lx, y, color: theme.series[i % theme.series.length], label });
			lx += w;
		});
	}

	const plotTop = y + 20;
	const axisY = plotTop + laneCount * LANE_H + 4;
	const laneTop = (lane: number) => plotTop + (laneCount - 1 - lane) * LANE_H;

	const byId = new Map(items.map((it) => [it.id, it]));
	const marks: ImageMark[] = layout.events.map((p) => {
		const item = byId.get(p.id) as Item;
		const top = laneTop(p.lane);
		const e = item.members[0];
		const shape: MarkShape = item.cluster ? 'cluster' : p.kind === 'point' ? 'point' : FINE.has(e.time.granularity) ? 'range' : 'span';
		const ticks: ImageMark['ticks'] = [];
		if (item.cluster) {
			const seen = new Set<number>();
			for (const m of item.members) {
				const { start, end } = eventInterval(m);
				const cx = Math.round(VIEW_INSET + (x(new Date(start)) + x(new Date(end))) / 2);
				if (!seen.has(cx)) {
					seen.add(cx);
					ticks.push({ x: cx, color: colorOf(m) });
				}
			}
			ticks.sort((a, b) => a.x - b.x);
		}
		const tooltip = item.cluster
			? `${item.label}, ${formatInterval(item.start, item.end, spanGranularity(item.start, item.end))}`
			: `${e.title} — ${formatEventDate(e.time)}`;
		return {
			shape,
			id: item.id,
			lane: p.lane,
			x0: VIEW_INSET + p.markX0,
			x1: VIEW_INSET + p.markX1,
			y: top + 9,
			color: item.cluster ? theme.cluster : colorOf(e),
			label: p.labelled ? item.label : '',
			labelX: VIEW_INSET + p.labelX,
			labelY: top + 27,
			labelWidth: p.labelled ? textWidth(item.label, LABEL_SIZE, CHAR_W) : 0,
			tooltip,
			count: item.members.length,
			ticks
		};
	});

	const tickList = computeTicks(x, inner).map((t) => ({ x: VIEW_INSET + t.x, label: t.label }));
	const caption = tickContext(x, inner);
	const sourceY = axisY + (caption ? 34 : 18) + 28;
	const suffix = ' · made with Timeweave';
	const titles = docs.map((d) => d.title || d.id).join('; ');
	const room = width - 2 * PAD - textWidth(`Source: ${suffix}`, LABEL_SIZE, CHAR_W);
	const source = titles ? `Source: ${fitText(titles, Math.max(60, room), LABEL_SIZE, CHAR_W)}${suffix}` : 'Made with Timeweave';

	return {
		width,
		height: sourceY + PAD - 6,
		scale,
		theme,
		title: titleText,
		titleLines,
		subtitle,
		legend,
		plotX0: VIEW_INSET,
		plotX1: VIEW_INSET + inner,
		plotTop,
		axisY,
		ticks: tickList,
		caption,
		marks,
		empty: shown.length === 0 ? (input.events.length === 0 ? 'No events' : 'No events in this range') : '',
		source,
		sourceY
	};
}

/** The laid-out picture written as SVG: one element per line, attributes in a fixed order. */
export function renderSvg(m: ImageModel): string {
	const t = m.theme;
	const out: string[] = [];
	const w = num(m.width);
	const h = num(m.height);
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${num(m.width * m.scale)}" height="${num(m.height * m.scale)}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="tw-title tw-desc" font-family="${escapeXml(SVG_FONT_STACK)}">`,
		`<title id="tw-title">${escapeXml(m.title)}</title>`,
		`<desc id="tw-desc">${escapeXml(m.subtitle)}</desc>`,
		`<defs><clipPath id="tw-plot"><rect x="${num(m.plotX0)}" y="0" width="${num(m.plotX1 - m.plotX0)}" height="${h}"/></clipPath></defs>`,
		`<rect width="${w}" height="${h}" fill="${t.background}"/>`,
		...m.titleLines.map((line, i) => `<text x="${PAD}" y="${PAD + TITLE_SIZE + i * TITLE_LINE}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${t.text}">${escapeXml(line)}</text>`),
		`<text x="${PAD}" y="${PAD + TITLE_SIZE + (m.titleLines.length - 1) * TITLE_LINE + 22}" font-size="${TEXT_SIZE}" fill="${t.muted}">${escapeXml(m.subtitle)}</text>`
	);
	if (m.legend.length) {
		out.push('<g class="legend">');
		for (const l of m.legend) {
			out.push(`<rect x="${num(l.x)}" y="${num(l.y - 9)}" width="10" height="10" rx="2" fill="${l.color}"/>`);
			out.push(`<text x="${num(l.x + 16)}" y="${num(l.y)}" font-size="${LABEL_SIZE}" fill="${t.text}">${escapeXml(l.label)}</text>`);
		}
		out.push('</g>');
	}
	// Grid, axis, ticks.
	out.push('<g class="axis">');
	for (const k of m.ticks) out.push(`<line x1="${num(k.x)}" x2="${num(k.x)}" y1="${num(m.plotTop - 6)}" y2="${num(m.axisY)}" stroke="${t.grid}"/>`);
	out.push(`<line x1="${num(m.plotX0)}" x2="${num(m.plotX1)}" y1="${num(m.axisY)}" y2="${num(m.axisY)}" stroke="${t.axis}" stroke-width="1.5"/>`);
	for (const k of m.ticks) {
		out.push(`<line x1="${num(k.x)}" x2="${num(k.x)}" y1="${num(m.axisY)}" y2="${num(m.axisY + 5)}" stroke="${t.axis}"/>`);
		out.push(`<text x="${num(k.x)}" y="${num(m.axisY + 18)}" font-size="${LABEL_SIZE}" text-anchor="middle" fill="${t.muted}">${escapeXml(k.label)}</text>`);
	}
	if (m.caption) out.push(`<text x="${num((m.plotX0 + m.plotX1) / 2)}" y="${num(m.axisY + 34)}" font-size="${LABEL_SIZE}" text-anchor="middle" fill="${t.muted}">${escapeXml(m.caption)}</text>`);
	out.push('</g>');
	if (m.empty) out.push(`<text x="${num(m.width / 2)}" y="${num(m.axisY - LANE_H / 2)}" font-size="${TEXT_SIZE}" text-anchor="middle" fill="${t.muted}">${escapeXml(m.empty)}</text>`);
	// Marks (clipped to the plot), then labels.
	out.push('<g class="events">');
	for (const k of m.marks) {
		out.push(`<g class="event ${k.shape}" data-id="${escapeXml(k.id)}">`);
		out.push(`<title>${escapeXml(k.tooltip)}</title>`);
		const x0 = Math.max(k.x0, m.plotX0 - 16);
		const x1 = Math.min(k.x1, m.plotX1 + 16);
		const bar = `x="${num(x0)}" y="${num(k.y - BAR_H / 2)}" width="${num(Math.max(0, x1 - x0))}" height="${BAR_H}" rx="${BAR_H / 2}"`;
		switch (k.shape) {
			case 'point':
				out.push(`<circle cx="${num((k.x0 + k.x1) / 2)}" cy="${num(k.y)}" r="${POINT_R}" fill="${k.color}" stroke="${t.background}" stroke-width="1.5"/>`);
				break;
			case 'range':
				out.push(`<rect ${bar} fill="${k.color}" clip-path="url(#tw-plot)"/>`);
				break;
			case 'span':
				out.push(`<rect ${bar} fill="${k.color}" fill-opacity="${t.spanOpacity}" stroke="${k.color}" stroke-width="1.5" clip-path="url(#tw-plot)"/>`);
				break;
			case 'cluster':
				out.push(`<rect ${bar} fill="${k.color}" stroke="${t.axis}" clip-path="url(#tw-plot)"/>`);
				for (const tick of k.ticks) out.push(`<line x1="${num(tick.x)}" x2="${num(tick.x)}" y1="${num(k.y - 4)}" y2="${num(k.y + 4)}" stroke="${tick.color}" stroke-width="1.5"/>`);
				break;
		}
		// A halo in the background colour keeps a label readable where it crosses a grid line.
		if (k.label) out.push(`<text x="${num(k.labelX)}" y="${num(k.labelY)}" font-size="${LABEL_SIZE}" fill="${k.shape === 'cluster' ? t.muted : t.text}" stroke="${t.background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(k.label)}</text>`);
		out.push('</g>');
	}
	out.push('</g>');
	out.push(`<text x="${PAD}" y="${num(m.sourceY)}" font-size="${LABEL_SIZE}" fill="${t.muted}">${escapeXml(m.source)}</text>`);
	out.push('</svg>');
	return out.join('\n') + '\n';
}

/**
 * A timeline as a standalone SVG document (UTF-8 text). Same input and options, same bytes.
 * @throws Error when a range date is not a date, or the range ends before it starts.
 */
export function buildTimelineSvg(input: TimelineInput, options: SvgOptions = {}): string {
	return renderSvg(layoutTimelineImage(input, options));
}
