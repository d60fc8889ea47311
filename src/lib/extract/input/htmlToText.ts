/**
 * HTML -> plain text without a DOM (this runs in Node and in a worker): scripts, styles and
 * comments are dropped, block elements become paragraph breaks, entities are decoded. The
 * metadata a reader would use to date the article (published time, title) is read on the way.
 */

export interface HtmlText {
	text: string;
	title?: string;
	/** `YYYY-MM-DD` from article:published_time, datePublished, a date meta or the first <time>. */
	published?: { value: string; source: string };
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
	lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', copy: '©', eacute: 'é', egrave: 'è',
	aacute: 'á', oacute: 'ó', uacute: 'ú', iacute: 'í', ntilde: 'ñ', uuml: 'ü', ouml: 'ö', auml: 'ä',
	ccedil: 'ç', laquo: '«', raquo: '»', middot: '·', shy: ''
};

/** Decode HTML character references (named, decimal, hex). Unknown ones stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
	});
}

const BLOCK = /^(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|figure|figcaption|dd|dt|dl|hr|main|aside|nav|title)$/i;

/** Is this text an HTML document or fragment (rather than prose that mentions a tag)? */
export function looksLikeHtml(text: string): boolean {
	const head = text.slice(0, 2000).trimStart().toLowerCase();
	return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body)[\s>]/.test(head);
}

function attr(tag: string, name: string): string | undefined {
	const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return m ? decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') : undefined;
}

function isoDay(value: string | undefined): string | undefined {
	const m = value && /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
	return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Read publication date and title from `<meta>`, `<time>` and `<title>` tags. */
function readMetadata(html: string): Pick<HtmlText, 'title' | 'published'> {
	const out: Pick<HtmlText, 'title' | 'published'> = {};
	const dateKeys = ['article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date', 'dc.date.issued', 'og:published_time'];
	for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
		const tag = m[0];
		const key = (attr(tag, 'property') ?? attr(tag, 'name') ?? attr(tag, 'itemprop') ?? '').toLowerCase();
		const content = attr(tag, 'content');
		if (!out.published && dateKeys.includes(key)) {
			const day = isoDay(content);
			if (day) out.published = { value: day, source: `HTML metadata ${key}` };
		}
		if (!out.title && key === 'og:title' && content?.trim()) out.title = content.trim();
	}
	if (!out.published) {
		const time = /<time\b[^>]*\bdatetime\s*=[^>]*>/i.exec(html);
		const day = time ? isoDay(attr(time[0], 'datetime')) : undefined;
		if (day) out.published = { value: day, source: 'HTML <time> element' };
	}
	if (!out.title) {
		// The article's own heading says it better than <title>, which usually carries the site's name too.
		const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
		const heading = h1 ? decodeEntities(h1[1].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() : '';
		if (heading) out.title = heading;
	}
	if (!out.title) {
		const t = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
		const title = t ? decodeEntities(t[1]).replace(/\s+/g, ' ').trim() : '';
		if (title) out.title = title;
	}
	return out;
}

/**
 * Convert HTML to text. Linear in the input: one pass of a tag tokenizer. Content of script,
 * style, template, noscript, svg, head and iframe elements is dropped; every other tag is
 * removed; block tags end a paragraph.
 */
export function htmlToText(html: string): HtmlText {
	const meta = readMetadata(html);
	const parts: string[] = [];
	const skip = /^(script|style|template|noscript|svg|head|iframe|object|math)$/i;
	let skipping: string | null = null;
	let i = 0;
	const re = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\/?([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*>|<![^>]*>|<\?[^>]*>/g;
	for (let m = re.exec(html); m; m = re.exec(html)) {
		if (!skipping && m.index > i) parts.push(html.slice(i, m.index));
		i = m.index + m[0].length;
		const name = m[1];
		if (!name) continue;
		const closing = m[0][1] === '/';
		if (skipping) {
			if (closing && name.toLowerCase() === skipping) skipping = null;
			continue;
		}
		if (!closing && skip.test(name) && !m[0].endsWith('/>')) {
			skipping = name.toLowerCase();
			continue;
		}
		if (BLOCK.test(name)) parts.push('\n\n');
	}
	if (!skipping && i < html.length) parts.push(html.slice(i));
	const text = decodeEntities(parts.join(''))
		.replace(/[ \t\f\v\r\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return { text, ...meta };
}
