/**
 * Checks on what the user hands the command line, done before extraction so that every
 * problem becomes one clear line: bytes -> text (or "binary"), file name -> format,
 * `--ref` -> a real calendar date.
 */
import type { ExtractOptions } from '../lib/extract/index.ts';

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

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decode bytes as UTF-8 text, or say why they are not text: NUL bytes, invalid UTF-8, a
 * UTF-16 byte-order mark, or mostly control characters. A UTF-8 byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
	if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
		return { ok: false, reason: 'is UTF-16 text; save it as UTF-8 and try again' };
	}
	if (bytes.includes(0)) return { ok: false, reason: 'looks like a binary file (it contains NUL bytes), not text' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return { ok: false, reason: 'looks like a binary file (it is not valid UTF-8 text)' };
	}
	if (controlRatio(text) > 0.1) {
		return { ok: false, reason: 'looks like a binary file (it is mostly control characters), not text' };
	}
	return { ok: true, text };
}

/** Share of control characters (other than tab, newlines, form feed) in the first 64K characters. */
function controlRatio(text: string): number {
	const sample = text.length > 65536 ? text.slice(0, 65536) : text;
	if (!sample.length) return 0;
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) {
			control++;
		}
	}
	return control / sample.length;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (year 0001 to 9999). */
export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	if (year < 1 || month < 1 || month > 12 || day < 1) return false;
	return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `52428801` -> `50.0 MB`. */
export function formatMegabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
