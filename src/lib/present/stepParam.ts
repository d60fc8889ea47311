/**
 * The step in the URL (`?step=3`, 1-based), read and kept in range. Pure.
 */

/** The search parameter that holds the step. */
export const STEP_PARAM = 'step';

/**
 * The step a URL asks for: a positive whole number (`"3"`, `" 3 "`, `"03"`), or null when the
 * parameter is missing or is anything else (`"0"`, `"-1"`, `"2.5"`, `"abc"`, `""`).
 */
export function parseStepParam(raw: string | null | undefined): number | null {
	if (raw == null) return null;
	const text = raw.trim();
	if (!/^\d{1,9}$/.test(text)) return null;
	const n = Number(text);
	return n >= 1 ? n : null;
}

/**
 * A step that exists among `count` steps: the requested one, the last when it asks for more,
 * the first when it asks for none. 0 when there are no steps at all.
 */
export function clampStep(requested: number | null, count: number): number {
	if (count <= 0) return 0;
	if (requested === null || !Number.isFinite(requested)) return 1;
	return Math.min(Math.max(1, Math.trunc(requested)), count);
}

/**
 * `search` (with or without its `?`) with the step set to `step`, other parameters kept in
 * their order. Returns the new search string with its leading `?`.
 */
export function withStep(search: string, step: number): string {
	const params = new URLSearchParams(search);
	params.set(STEP_PARAM, String(step));
	return `?${params.toString()}`;
}
