/**
 * Bytes -> text, or why they are not text. Shared by the command line and the app, so a file
 * reads the same everywhere: UTF-8 (a byte-order mark dropped), or UTF-16 when a byte-order
 * mark says so (Windows Notepad's "Unicode"); NUL bytes, invalid UTF-8 or mostly control
 * characters mean a binary file.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: 'nul' | 'invalid' | 'control' };

/** Share of control characters (other than tab, newlines, form feed) in the first 64K characters. */
function controlRatio(text: string): number {
	const sample = text.length > 65536 ? text.slice(0, 65536) : text;
	if (!sample.length) return 0;
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) control++;
	}
	return control / sample.length;
}

/** Decode a file's bytes. */
export function decodeText(bytes: Uint8Array): DecodeResult {
	let encoding = 'utf-8';
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
	else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
	else if (bytes.includes(0)) return { ok: false, reason: 'nul' };
	let text: string;
	try {
		// fatal: invalid sequences throw instead of becoming U+FFFD; the byte-order mark is dropped.
		text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, reason: 'invalid' };
	}
	if (text.includes('\0')) return { ok: false, reason: 'nul' };
	if (controlRatio(text) > 0.1) return { ok: false, reason: 'control' };
	return { ok: true, text };
}
