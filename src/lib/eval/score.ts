/**
 * TempEval-3 scoring of temporal expressions (Task A), micro-averaged over documents.
 *
 * - A predicted and a gold TIMEX match RELAXED when their extents overlap (share a character
 *   after trimming surrounding whitespace, so at least one token), STRICT when the extents are
 *   identical. Each gold and each predicted TIMEX is matched at most once: pairs are taken
 *   greedily, identical extents first, then by overlap size.
 * - Precision = matches / predicted, recall = matches / gold, F1 their harmonic mean, for
 *   strict and relaxed matches.
 * - Type and value accuracy: exact string equality over the relaxed matches; type F1 =
 *   type accuracy × relaxed F1, value F1 = value accuracy × relaxed F1.
 * - The document creation time is not scored: callers leave it out of both lists.
 * Pure functions.
 */

/** A TIMEX to score: a half-open character range into the document text, with its attributes. */
export interface ScoredTimex {
	start: number;
	end: number;
	type?: string;
	value?: string;
}

/** A pair of matched TIMEXes: indices into the gold and predicted lists. */
export interface Match {
	gold: number;
	predicted: number;
	/** Characters shared by the two trimmed extents (> 0). */
	overlap: number;
	/** Identical trimmed extents. */
	strict: boolean;
	typeCorrect: boolean;
	valueCorrect: boolean;
}

/** Counts that add up over documents (micro-averaging). */
export interface Counts {
	documents: number;
	gold: number;
	predicted: number;
	strict: number;
	relaxed: number;
	/** Relaxed matches whose types are equal. */
	typeCorrect: number;
	/** Relaxed matches whose values are equal. */
	valueCorrect: number;
}

export interface PRF {
	precision: number;
	recall: number;
	f1: number;
}

export interface Metrics {
	strict: PRF;
	relaxed: PRF;
	typeAccuracy: number;
	valueAccuracy: number;
	typeF1: number;
	valueF1: number;
}

export const ZERO_COUNTS: Readonly<Counts> = Object.freeze({ documents: 0, gold: 0, predicted: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 });

/** `[start, end)` with the whitespace at either end removed, when the text is known. */
export function trimExtent(t: { start: number; end: number }, text?: string): { start: number; end: number } {
	let { start, end } = t;
	if (text !== undefined) {
		while (start < end && /\s/.test(text[start] ?? '')) start++;
		while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	}
	return { start, end };
}

/**
 * Match predicted TIMEXes to gold ones (one to one, greedy: identical extents first, then the
 * largest overlap, then the closest lengths, then reading order). `text` is the document text,
 * used to trim whitespace off the extents; without it extents are taken as they are.
 */
export function matchTimexes(gold: readonly ScoredTimex[], predicted: readonly ScoredTimex[], text?: string): Match[] {
	const g = gold.map((t) => trimExtent(t, text));
	const p = predicted.map((t) => trimExtent(t, text));
	const order = p.map((_, i) => i).sort((a, b) => p[a].start - p[b].start || a - b);
	const candidates: { gold: number; predicted: number; overlap: number; strict: boolean; lengthGap: number }[] = [];
	for (let gi = 0; gi < g.length; gi++) {
		const a = g[gi];
		if (a.end <= a.start) continue;
		for (const pi of order) {
			const b = p[pi];
			if (b.start >= a.end) break;
			const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
			if (overlap <= 0) continue;
			candidates.push({ gold: gi, predicted: pi, overlap, strict: a.start === b.start && a.end === b.end, lengthGap: Math.abs(a.end - a.start - (b.end - b.start)) });
		}
	}
	candidates.sort((x, y) => Number(y.strict) - Number(x.strict) || y.overlap - x.overlap || x.lengthGap - y.lengthGap || x.gold - y.gold || x.predicted - y.predicted);
	const goldUsed = new Set<number>();
	const predictedUsed = new Set<number>();
	const matches: Match[] = [];
	for (const c of candidates) {
		if (goldUsed.has(c.gold) || predictedUsed.has(c.predicted)) continue;
		goldUsed.add(c.gold);
		predictedUsed.add(c.predicted);
		matches.push({
			gold: c.gold,
			predicted: c.predicted,
			overlap: c.overlap,
			strict: c.strict,
			typeCorrect: (gold[c.gold].type ?? '') === (predicted[c.predicted].type ?? ''),
			valueCorrect: (gold[c.gold].value ?? '') === (predicted[c.predicted].value ?? '')
		});
	}
	return matches.sort((x, y) => x.gold - y.gold);
}

/** Score one document: its counts and the matches behind them. */
export function scoreDocument(gold: readonly ScoredTimex[], predicted: readonly ScoredTimex[], text?: string): { counts: Counts; matches: Match[] } {
	const matches = matchTimexes(gold, predicted, text);
	return {
		matches,
		counts: {
			documents: 1,
			gold: gold.length,
			predicted: predicted.length,
			strict: matches.filter((m) => m.strict).length,
			relaxed: matches.length,
			typeCorrect: matches.filter((m) => m.typeCorrect).length,
			valueCorrect: matches.filter((m) => m.valueCorrect).length
		}
	};
}

/** Sum counts over documents. */
export function addCounts(...all: Counts[]): Counts {
	const sum: Counts = { ...ZERO_COUNTS };
	for (const c of all) for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] += c[key];
	return sum;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Precision, recall and F1 of `matched` out of `predicted` and `gold`. */
export function prf(matched: number, gold: number, predicted: number): PRF {
	const precision = ratio(matched, predicted);
	const recall = ratio(matched, gold);
	return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** Micro-averaged metrics from summed counts (every figure 0..1; 0 when undefined). */
export function metrics(counts: Counts): Metrics {
	const strict = prf(counts.strict, counts.gold, counts.predicted);
	const relaxed = prf(counts.relaxed, counts.gold, counts.predicted);
	const typeAccuracy = ratio(counts.typeCorrect, counts.relaxed);
	const valueAccuracy = ratio(counts.valueCorrect, counts.relaxed);
	return { strict, relaxed, typeAccuracy, valueAccuracy, typeF1: typeAccuracy * relaxed.f1, valueF1: valueAccuracy * relaxed.f1 };
}

/** The TIMEX value used for scoring: a range `A/B` counts as one TIMEX valued `A`. */
export function scoringValue(value: string | undefined | null): string {
	if (!value) return '';
	const slash = value.indexOf('/');
	return slash > 0 ? value.slice(0, slash) : value;
}
