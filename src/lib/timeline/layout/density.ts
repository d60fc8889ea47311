/**
 * The overview strip's density: how many events fall in each column of the whole extent.
 * Pure.
 */
import type { PreparedEvents } from './prepare.ts';

/**
 * Counts per column: the extent `[d0, d1]` (ms) split into `columns` equal columns, each
 * event counted once in the column of its midpoint (clamped to the extent).
 */
export function densityColumns(p: PreparedEvents, d0: number, d1: number, columns: number): Uint32Array {
	const n = Math.max(1, Math.floor(columns));
	const out = new Uint32Array(n);
	const span = d1 - d0;
	if (!(span > 0)) return out;
	for (let i = 0; i < p.count; i++) {
		const mid = (p.start[i] + p.end[i]) / 2;
		const c = Math.min(n - 1, Math.max(0, Math.floor(((mid - d0) / span) * n)));
		out[c]++;
	}
	return out;
}

/**
 * An SVG path of the density as a filled area over `width` × `height`, heights on a square
 * root scale so a few events still show next to a thousand.
 */
export function densityPath(counts: Uint32Array, width: number, height: number): string {
	let max = 0;
	for (const c of counts) max = Math.max(max, c);
	if (max === 0 || counts.length === 0) return '';
	const w = width / counts.length;
	const top = Math.sqrt(max);
	let d = `M0,${height}`;
	counts.forEach((c, i) => {
		const y = height - (c === 0 ? 0 : Math.max(1.5, (Math.sqrt(c) / top) * height));
		d += `V${y.toFixed(1)}H${((i + 1) * w).toFixed(1)}`;
	});
	return `${d}V${height}Z`;
}
