/**
 * Writing XML by hand, safely and deterministically: text escaped, characters XML cannot
 * hold dropped, numbers written the same way on every machine. Pure.
 */

// Characters XML 1.0 forbids (C0 controls other than tab, newline and return; U+FFFE/U+FFFF),
// and lone surrogates, which no XML parser accepts.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * `text` safe inside XML text or a double- or single-quoted attribute: `& < > " '` become
 * entities and characters XML cannot carry are removed, so user text is only ever text.
 * @example escapeXml('<b> & "x"') // "&lt;b&gt; &amp; &quot;x&quot;"
 */
export function escapeXml(text: string): string {
	return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * A number for SVG: at most two decimals, no exponent, no `-0`, no trailing zeros, so the
 * same drawing prints the same characters everywhere.
 * @example num(12.3456) // "12.35"
 */
export function num(n: number): string {
	if (!Number.isFinite(n)) return '0';
	const r = Math.round(n * 100) / 100;
	if (Object.is(r, -0) || r === 0) return '0';
	// toFixed never uses an exponent for |r| < 1e21; trim the zeros it pads with.
	return r.toFixed(2).replace(/\.?0+$/, '');
}
