/**
 * Short event titles, "who did what", from the clause around a date expression, with the date
 * phrase itself left out: "Vladimir Putin and Xi Jinping convened in Moscow", "Military parade
 * in Red Square". Plain rules over the sentence; no date words, no honorifics, at most ~60 chars.
 */
import type { Span } from '../types.ts';

export const MAX_TITLE = 60;

const HONORIFIC = String.raw`(?:President|Vice[- ]President|Prime\s+Minister|Premier|Chancellor|King|Queen|Prince|Princess|Emperor|Empress|Tsar|Czar|Pope|General|Gen\.|Admiral|Marshal|Field\s+Marshal|Colonel|Col\.|Captain|Capt\.|Dr\.|Mr\.|Mrs\.|Ms\.|Sen\.|Senator|Rep\.|Representative|Governor|Gov\.|Mayor|Secretary(?:\s+of\s+State)?|Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|Chairman|Chairwoman|Ambassador|Judge|Justice|Sir|Lord|Lady|Dame|Archbishop|Bishop|Cardinal|Rev\.|Sheikh|Ayatollah)`;
const NAME = String.raw`(?:[A-Z][\p{L}'’.-]*\s+){0,3}[A-Z][\p{L}'’-]+`;
const TITLED_NAME = new RegExp(String.raw`(?:\b[A-Z][\p{L}-]+['’]s\s+)?\b${HONORIFIC}\s+(${NAME})(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)?`, 'gu');
const MIDDLE_INITIAL = /\b([A-Z][\p{L}]+)\s+[A-Z]\.\s+([A-Z][\p{L}]+)/gu;
const LEADING_ADVERBIAL = /^(?:(?:In|At|On|During|After|Before|With|Amid|Amidst|Despite|For|By|Following|Under|As|While|Meanwhile|However|Earlier|Later|Then|Today|Yesterday|Also|Still|Instead|Nevertheless|Overall)\b[^,]{0,70},\s+)+/;
const TRAILING_PREPOSITION = /\s+(?:on|in|at|by|during|since|from|until|till|of|for|to|as of|around|about|before|after|between|through|throughout|early|late|mid|this|that|last|next|the|a)\s*$/i;
const EVALUATIVE = /\b(?:significant|major|important|monumental|historic|historical|key|pivotal|big|huge|grand|much-anticipated|long-awaited|landmark|crucial|critical|so-called)\s+/gi;
const SCHEDULED = /(?:\s+(?:is|was|are|were|has been|had been|had|have|has))?\s+(?:scheduled|slated|planned|set|due|expected)\s+(?:to\s+(?:be\s+held|take\s+place|begin|start|open)\s+)?(?:for|on|in)\s*$/i;
const DETERMINER = /\b(?:the|a|an|its|their|his|her|this|that)\s+/gi;
const VERBISH = /\b(?:is|was|are|were|be|been|being|has|had|have|[a-z]{3,}ed)\b/g;

/** Strip honorifics and "of Russia" from titled names; "Vladimir V. Putin" -> "Vladimir Putin". */
export function simplifyNames(text: string): string {
	return text.replace(TITLED_NAME, '$1').replace(MIDDLE_INITIAL, '$1 $2');
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Cut to at most MAX_TITLE characters: at a clause boundary if one is late enough, else at a word, with an ellipsis. */
export function shorten(text: string, max = MAX_TITLE): string {
	const t = text.replace(/\s+/g, ' ').replace(/[\s,;:–—-]+$/, '').trim();
	if (t.length <= max) return t;
	const head = t.slice(0, max);
	const boundary = Math.max(head.lastIndexOf(', '), head.lastIndexOf(' while '), head.lastIndexOf(' as '), head.lastIndexOf(' where '), head.lastIndexOf(' which '));
	if (boundary >= 25) return head.slice(0, boundary).trim();
	const space = head.lastIndexOf(' ');
	return head.slice(0, space > 20 ? space : max).replace(/[\s,;:]+$/, '') + '…';
}

/** The noun phrase before "scheduled for" / "set for" / "planned for", if the date is attached that way. */
function scheduledSubject(before: string): string | null {
	const m = SCHEDULED.exec(before);
	if (!m) return null;
	const head = before.slice(0, m.index);
	let lastVerbEnd = 0;
	for (const v of head.matchAll(VERBISH)) lastVerbEnd = v.index + v[0].length;
	DETERMINER.lastIndex = 0;
	for (const d of head.matchAll(DETERMINER)) {
		if (d.index < lastVerbEnd) continue;
		const np = head.slice(d.index + d[0].length).trim();
		if (np.length >= 3 && np.length <= 80) return np;
		break;
	}
	return null;
}

/**
 * Title for the event a date expression dates, from its sentence.
 * `expr` and `others` are spans relative to `sentence`; other date phrases are removed too.
 */
export function clauseTitle(sentence: string, expr: Span, others: readonly Span[] = []): string {
	const before = sentence.slice(0, expr.start);
	const scheduled = scheduledSubject(before);
	if (scheduled) return shorten(capitalise(simplifyNames(scheduled.replace(EVALUATIVE, ''))));

	// The clause holding the expression: back to the last ';' or sentence start.
	const clauseStart = Math.max(0, before.lastIndexOf('; ') + 1);
	let head = before.slice(clauseStart);
	for (const o of [...others].sort((a, b) => b.start - a.start)) {
		if (o.end <= expr.start && o.start >= clauseStart) head = head.slice(0, o.start - clauseStart) + head.slice(o.end - clauseStart);
	}
	head = head.replace(/[\s,(—–-]+$/, '');
	while (TRAILING_PREPOSITION.test(head)) head = head.replace(TRAILING_PREPOSITION, '');
	head = head.replace(LEADING_ADVERBIAL, '');
	let title = head;
	// A date at the start of its sentence ("On 14 July 1789, the Bastille was stormed"): the rest says what happened.
	if (title.replace(/\W/g, '').length < 8) {
		let after = sentence.slice(expr.end).replace(/^[\s,:;—–-]+/, '');
		for (const o of others) if (o.start >= expr.end) after = after.replace(sentence.slice(o.start, o.end), '');
		title = after.replace(LEADING_ADVERBIAL, '').split(/[;.!?]\s|[;]|,\s(?:and|but|while|where|which|who)\s/)[0];
	}
	title = simplifyNames(title).replace(EVALUATIVE, '').replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').trim();
	title = title.replace(/[\s,;:.]+$/, '');
	return title ? shorten(capitalise(title)) : '';
}
