/**
 * Checks on what the user hands the command line, done before extraction so that every
 * problem becomes one clear line: bytes -> text (or "binary"), file name -> format,
 * `--ref` -> a real calendar date.
 */
import type { ExtractOptions } from '../lib/extract/index.ts';
import { decodeText } from '../lib/extract/input/decodeText.ts';
import { parseYmd } from '../lib/extract/timex.ts';

export type InputFormat = NonNullable<ExtractOptions['format']>;

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The input format from a file name's extension; anything unknown is read as plain text. */
export function formatFromPath(path: string): InputFormat {
	const name = path.toLowerCase();
	if (/\.(html?|xhtml)$/.test(name)) return 'html';
	if (/\.(md|markdown|mdown|mkd)$/.test(name)) return 'markdown';
	return 'text';
}

const WHY: Record<'nul' | 'invalid' | 'control', string> = {
	nul: 'looks like a binary file (it contains NUL bytes), not text',
	invalid: 'looks like a binary file (it is not valid UTF-8 text)',
	control: 'looks like a binary file (it is mostly control characters), not text'
};

/** Decode bytes as text (see `decodeText` in the extraction library), or say in words why they are not text. */
export function decodeFile(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
	const r = decodeText(bytes);
	return r.ok ? r : { ok: false, reason: WHY[r.reason] };
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (year 0001 to 9999). */
export function isCalendarDate(value: string): boolean {
	const ymd = /^\d{4}-/.test(value) ? parseYmd(value) : null;
	return !!ymd && ymd.year >= 1;
}

/** `52428801` -> `50.0 MB`. */
export function formatMegabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
