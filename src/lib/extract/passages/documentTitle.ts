/**
 * A document's title: a Markdown heading, else the first heading-like line (short, no final
 * full stop) among the first few passages, else the start of the first sentence.
 */
import type { Passage } from '../types.ts';
import { shorten } from '../events/eventTitle.ts';

export function documentTitle(passages: readonly Passage[]): string {
	for (const p of passages.slice(0, 6)) {
		// (A heading needs a "#": the multi-line regex, tried at every line of the passage, runs only then.)
		const md = p.text.includes('#') ? /^#{1,3}\s+(.+)$/m.exec(p.text) : null;
		if (md) return shorten(md[1].trim(), 120);
	}
	for (const p of passages.slice(0, 4)) {
		const t = p.text.trim();
		if (t.length >= 8 && t.length <= 140 && !/[.!?:;,]$/.test(t) && t.split(/\s+/).length >= 2 && !t.includes('\n')) return t;
	}
	const first = passages[0];
	if (!first) return 'Untitled';
	const s = first.sentences[0];
	return shorten(s ? first.text.slice(s.start - first.start, s.end - first.start) : first.text, 80);
}
