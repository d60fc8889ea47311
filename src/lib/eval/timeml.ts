/**
 * TimeML documents: read the document date, the text and the gold TIMEX3s of a `.tml` file,
 * and write predicted TIMEX3s back into it, leaving every other character as it was.
 *
 * Pure TypeScript (no DOM, no XML library): a TimeML file is read as a string and the
 * `<TEXT>` element is scanned tag by tag. Offsets called "plain" point into the text of
 * `<TEXT>` with every tag removed and the entities decoded (`&amp;` -> `&`); "raw" offsets
 * point into the file's string. `plainToRaw` maps the first to the second.
 */

/** One tag (or comment, processing instruction, CDATA marker) inside `<TEXT>`. */
export interface TextTag {
	/** Element name (`EVENT`, `TIMEX3`); `![CDATA[` for a CDATA section's markers; empty for comments and PIs. */
	name: string;
	kind: 'open' | 'close' | 'empty' | 'other';
	/** Raw offsets of the whole tag, `<` to `>` inclusive-exclusive. */
	rawStart: number;
	rawEnd: number;
	/** Plain-text offset the tag sits at (it lies between plain characters `at - 1` and `at`). */
	at: number;
	/** Attributes, values decoded. */
	attributes: Record<string, string>;
}

/** A TIMEX3 found inside `<TEXT>`. */
export interface GoldTimex {
	/** Plain-text offsets, half-open. */
	start: number;
	end: number;
	/** `plain.slice(start, end)`. */
	text: string;
	type: string;
	/** The `value` attribute, `''` when absent. */
	value: string;
	tid?: string;
	attributes: Record<string, string>;
}

export interface TimeMLDocument {
	/** The whole file as given. */
	raw: string;
	/** The `value` of the TIMEX3 inside `<DCT>`, or null when there is none. */
	dct: string | null;
	/** Raw offsets of the content of `<TEXT>` (after `<TEXT>`, before `</TEXT>`). */
	textStart: number;
	textEnd: number;
	/** `raw.slice(textStart, textEnd)`. */
	inner: string;
	/** The text of `<TEXT>` with every tag removed and entities decoded. */
	plain: string;
	/**
	 * `plainToRaw[i]` is the raw offset where plain character `i` comes from (the `&` of an
	 * entity); `plainToRaw[plain.length]` is `textEnd`. Length `plain.length + 1`.
	 */
	plainToRaw: Int32Array;
	/** Raw length of each plain character's source (1, or an entity's length; 0 for the first half of a surrogate pair decoded from one entity). */
	sourceLength: Uint8Array;
	/** Every tag inside `<TEXT>`, in document order. */
	tags: TextTag[];
	/** TIMEX3 elements inside `<TEXT>`, in document order of their start tags. */
	timexes: GoldTimex[];
	/** Plain-text ranges that come from CDATA sections (no tag can go inside one). */
	cdata: { start: number; end: number }[];
	/** The largest number N among `tid="tN"` of TIMEX3s outside `<TEXT>` (the DCT's t0), -1 when none. */
	maxOuterTid: number;
}

/** A problem that makes a file unusable as TimeML (no `<TEXT>`, unbalanced tags): one line. */
export class TimeMLError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'TimeMLError';
	}
}

/** Name given to the two markers of a CDATA section, which pair up like an element's tags. */
const CDATA = '![CDATA[';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode XML's predefined and numeric character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => decodeEntity(body) ?? whole);
}

function decodeEntity(body: string): string | null {
	if (body[0] === '#') {
		const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
		if (!Number.isFinite(code) || code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
		return String.fromCodePoint(code);
	}
	return NAMED_ENTITIES[body] ?? null;
}

/** Escape text for an attribute value in double quotes. */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of a start tag's text (`<TIMEX3 tid="t1" ...>`), values decoded. */
export function parseAttributes(tag: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const m of tag.matchAll(ATTRIBUTE)) attributes[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
	return attributes;
}

/** Raw offsets of the content of the first `<TEXT>` element, or null. */
function findText(raw: string): { start: number; end: number } | null {
	const open = /<TEXT(?:\s[^>]*)?>/.exec(raw);
	if (!open) return null;
	const start = open.index + open[0].length;
	const close = /<\/TEXT\s*>/g;
	close.lastIndex = start;
	const m = close.exec(raw);
	if (!m) return null;
	return { start, end: m.index };
}

/** The DCT value: the `value` of the first TIMEX3 inside `<DCT>`. */
function findDct(raw: string): string | null {
	const dct = /<DCT\b[^>]*>([\s\S]*?)<\/DCT\s*>/.exec(raw);
	if (!dct) return null;
	const timex = /<TIMEX3\b[^>]*>/.exec(dct[1]);
	if (!timex) return null;
	return parseAttributes(timex[0]).value ?? null;
}

/** Numbers N of `tid="tN"` on TIMEX3 tags in `text`. */
function maxTid(text: string): number {
	let max = -1;
	for (const m of text.matchAll(/<TIMEX3\b[^>]*>/g)) {
		const tid = /^t(\d+)$/.exec(parseAttributes(m[0]).tid ?? '');
		if (tid) max = Math.max(max, Number(tid[1]));
	}
	return max;
}

/**
 * Parse a TimeML document. Throws TimeMLError when there is no `<TEXT>...</TEXT>` or when
 * the tags inside it are not properly nested.
 */
export function parseTimeML(raw: string): TimeMLDocument {
	const where = findText(raw);
	if (!where) throw new TimeMLError('no <TEXT>…</TEXT> element');
	const { start: textStart, end: textEnd } = where;

	const plainParts: string[] = [];
	let plainLength = 0;
	// Raw start of each plain char and its source length, grown as we go.
	let plainToRaw = new Int32Array(Math.max(16, textEnd - textStart + 1));
	let sourceLength = new Uint8Array(plainToRaw.length);
	const push = (chars: string, rawAt: number, length: number) => {
		// `chars` is one decoded entity (1 or 2 UTF-16 units) or a run of literal chars (length = chars.length).
		const need = plainLength + chars.length + 1;
		if (need > plainToRaw.length) {
			const bigger = new Int32Array(Math.max(need, plainToRaw.length * 2));
			bigger.set(plainToRaw);
			plainToRaw = bigger;
			const biggerLengths = new Uint8Array(bigger.length);
			biggerLengths.set(sourceLength);
			sourceLength = biggerLengths;
		}
		if (length === chars.length) {
			for (let k = 0; k < chars.length; k++) {
				plainToRaw[plainLength + k] = rawAt + k;
				sourceLength[plainLength + k] = 1;
			}
		} else {
			// A decoded entity: the last unit carries the whole source; a leading surrogate owns none.
			for (let k = 0; k < chars.length; k++) {
				plainToRaw[plainLength + k] = rawAt;
				sourceLength[plainLength + k] = k === chars.length - 1 ? length : 0;
			}
		}
		plainParts.push(chars);
		plainLength += chars.length;
	};
	const pushText = (from: number, to: number) => {
		// Literal text with entities.
		let i = from;
		while (i < to) {
			const amp = raw.indexOf('&', i);
			const stop = amp === -1 || amp >= to ? to : amp;
			if (stop > i) push(raw.slice(i, stop), i, stop - i);
			if (stop === to) break;
			const semi = raw.indexOf(';', stop);
			const m = semi !== -1 && semi < to && semi - stop <= 12 ? /^&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);$/.exec(raw.slice(stop, semi + 1)) : null;
			const decoded = m ? decodeEntity(m[1]) : null;
			if (decoded !== null) {
				push(decoded, stop, semi + 1 - stop);
				i = semi + 1;
			} else {
				push('&', stop, 1);
				i = stop + 1;
			}
		}
	};

	const tags: TextTag[] = [];
	const timexes: GoldTimex[] = [];
	const stack: { name: string; timex?: GoldTimex }[] = [];
	const cdata: { start: number; end: number }[] = [];
	let i = textStart;
	while (i < textEnd) {
		const lt = raw.indexOf('<', i);
		const stop = lt === -1 || lt >= textEnd ? textEnd : lt;
		if (stop > i) pushText(i, stop);
		if (stop === textEnd) break;
		// A tag, comment, PI or CDATA section starting at `stop`.
		let end: number;
		let kind: TextTag['kind'];
		let name = '';
		if (raw.startsWith('<!--', stop)) {
			const close = raw.indexOf('-->', stop + 4);
			if (close === -1 || close + 3 > textEnd) throw new TimeMLError(`unterminated comment at offset ${stop}`);
			end = close + 3;
			kind = 'other';
		} else if (raw.startsWith('<![CDATA[', stop)) {
			const close = raw.indexOf(']]>', stop + 9);
			if (close === -1 || close + 3 > textEnd) throw new TimeMLError(`unterminated CDATA section at offset ${stop}`);
			// The markers pair up like an element's tags; the content is literal text.
			const from = plainLength;
			tags.push({ name: CDATA, kind: 'open', rawStart: stop, rawEnd: stop + 9, at: plainLength, attributes: {} });
			if (close > stop + 9) push(raw.slice(stop + 9, close), stop + 9, close - stop - 9);
			tags.push({ name: CDATA, kind: 'close', rawStart: close, rawEnd: close + 3, at: plainLength, attributes: {} });
			cdata.push({ start: from, end: plainLength });
			i = close + 3;
			continue;
		} else if (raw.startsWith('<?', stop)) {
			const close = raw.indexOf('?>', stop + 2);
			if (close === -1 || close + 2 > textEnd) throw new TimeMLError(`unterminated processing instruction at offset ${stop}`);
			end = close + 2;
			kind = 'other';
		} else {
			const m = /^<(\/?)([A-Za-z_:][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(raw.slice(stop, Math.min(textEnd, stop + 4096)));
			if (!m) throw new TimeMLError(`malformed tag at offset ${stop}: ${JSON.stringify(raw.slice(stop, stop + 40))}`);
			end = stop + m[0].length;
			name = m[2];
			kind = m[1] ? 'close' : m[4] ? 'empty' : 'open';
			if (m[1] && (m[3] || m[4])) throw new TimeMLError(`malformed end tag at offset ${stop}`);
		}
		const tag: TextTag = { name, kind, rawStart: stop, rawEnd: end, at: plainLength, attributes: kind === 'open' || kind === 'empty' ? parseAttributes(raw.slice(stop, end)) : {} };
		tags.push(tag);
		if (kind === 'open') {
			const entry: { name: string; timex?: GoldTimex } = { name };
			if (name === 'TIMEX3') {
				const a = tag.attributes;
				entry.timex = { start: plainLength, end: plainLength, text: '', type: a.type ?? '', value: a.value ?? '', ...(a.tid !== undefined ? { tid: a.tid } : {}), attributes: a };
				timexes.push(entry.timex);
			}
			stack.push(entry);
		} else if (kind === 'close') {
			const top = stack.pop();
			if (!top || top.name !== name) throw new TimeMLError(`</${name}> at offset ${stop} does not close ${top ? `<${top.name}>` : 'any open tag'}`);
			if (top.timex) top.timex.end = plainLength;
		} else if (kind === 'empty' && name === 'TIMEX3') {
			const a = tag.attributes;
			timexes.push({ start: plainLength, end: plainLength, text: '', type: a.type ?? '', value: a.value ?? '', ...(a.tid !== undefined ? { tid: a.tid } : {}), attributes: a });
		}
		i = end;
	}
	if (stack.length > 0) throw new TimeMLError(`<${stack[stack.length - 1].name}> is never closed inside <TEXT>`);

	const plain = plainParts.join('');
	plainToRaw[plainLength] = textEnd;
	for (const t of timexes) t.text = plain.slice(t.start, t.end);
	return {
		raw,
		dct: findDct(raw),
		textStart,
		textEnd,
		inner: raw.slice(textStart, textEnd),
		plain,
		plainToRaw: plainToRaw.subarray(0, plainLength + 1),
		sourceLength: sourceLength.subarray(0, plainLength + 1),
		tags,
		timexes,
		cdata,
		maxOuterTid: Math.max(maxTid(raw.slice(0, textStart)), maxTid(raw.slice(textEnd)))
	};
}

/** The date part (`YYYY-MM-DD`) of a DCT value such as `1998-08-07` or `1998-08-07T12:00`, or null. */
export function dctDate(value: string | null): string | null {
	const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
	return m ? m[1] : null;
}

/** A TIMEX3 to write: plain-text offsets into `<TEXT>` and its attributes. */
export interface TimexAnnotation {
	start: number;
	end: number;
	type: string;
	value: string;
	/** Further attributes written after tid, type and value. */
	attributes?: Record<string, string>;
}

export interface InsertReport {
	/** The document with the TIMEX3s of `<TEXT>` replaced by the annotations. */
	document: string;
	/** Annotations written, with the tid each was given, in text order. */
	inserted: (TimexAnnotation & { tid: string })[];
	/** Annotations not written, and why. */
	skipped: { annotation: TimexAnnotation; reason: string }[];
}

/** A tag in a gap between two plain characters, while inserting. */
interface GapTag {
	kind: TextTag['kind'];
	name: string;
	text: string;
}

/**
 * The same document with `<TIMEX3 tid="tN" type="..." value="...">…</TIMEX3>` around each
 * annotation inside `<TEXT>`. The TIMEX3 tags already in `<TEXT>` are removed (their content
 * kept); every other character of the file stays byte for byte as it was. tids continue after
 * the largest tid outside `<TEXT>` (the DCT's t0), so the first is t1.
 *
 * An annotation is skipped (never a crossing or nested tag) when it is empty, out of range,
 * overlaps an earlier one, splits an entity, or cannot be placed without crossing another
 * element's boundary (e.g. it covers half of an `<EVENT>`).
 */
export function insertTimex(rawDoc: string | TimeMLDocument, annotations: readonly TimexAnnotation[]): string {
	return insertTimexReport(rawDoc, annotations).document;
}

/** `insertTimex`, also saying which annotations were written (with their tids) and which were skipped. */
export function insertTimexReport(rawDoc: string | TimeMLDocument, annotations: readonly TimexAnnotation[]): InsertReport {
	const doc = typeof rawDoc === 'string' ? parseTimeML(rawDoc) : rawDoc;
	const { raw, plain, plainToRaw, sourceLength } = doc;
	const n = plain.length;

	// Tags per gap (plain offset), TIMEX3 removed. Only gaps that change are rewritten.
	const gaps = new Map<number, GapTag[]>();
	const changed = new Set<number>();
	const tagGaps: number[] = [];
	for (const tag of doc.tags) {
		let list = gaps.get(tag.at);
		if (!list) {
			list = [];
			gaps.set(tag.at, list);
			tagGaps.push(tag.at);
		}
		if (tag.name === 'TIMEX3') changed.add(tag.at);
		else list.push({ kind: tag.kind, name: tag.name, text: raw.slice(tag.rawStart, tag.rawEnd) });
	}

	const order = annotations
		.map((a, index) => ({ a, index }))
		.sort((x, y) => x.a.start - y.a.start || y.a.end - x.a.end || x.index - y.index);
	const inserted: InsertReport['inserted'] = [];
	const skipped: InsertReport['skipped'] = [];
	let nextTid = doc.maxOuterTid + 1;
	let lastEnd = -1;

	for (const { a } of order) {
		const skip = (reason: string) => skipped.push({ annotation: a, reason });
		if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end > n || a.start >= a.end) {
			skip(`bad or empty extent [${a.start}, ${a.end}) for a text of ${n} characters`);
			continue;
		}
		if (a.start < lastEnd) {
			skip(`overlaps the previous TIMEX3 (ends at ${lastEnd})`);
			continue;
		}
		if (!isBoundary(sourceLength, a.start, n) || !isBoundary(sourceLength, a.end, n)) {
			skip('splits a character reference');
			continue;
		}
		if (doc.cdata.some((c) => (a.start > c.start && a.start < c.end) || (a.end > c.start && a.end < c.end))) {
			skip('starts or ends inside a CDATA section');
			continue;
		}
		const placement = place(gaps, tagGaps, a.start, a.end);
		if (!placement) {
			skip(`would cross an element boundary: ${JSON.stringify(plain.slice(a.start, a.end))}`);
			continue;
		}
		const tid = `t${nextTid++}`;
		let open = `<TIMEX3 tid="${tid}" type="${escapeAttribute(a.type)}" value="${escapeAttribute(a.value)}"`;
		for (const [key, value] of Object.entries(a.attributes ?? {})) {
			if (key === 'tid' || key === 'type' || key === 'value' || !/^[A-Za-z_:][\w:.-]*$/.test(key)) continue;
			open += ` ${key}="${escapeAttribute(value)}"`;
		}
		open += '>';
		// start < end, so the two gap lists are different arrays and neither splice shifts the other's index.
		const endList = gapList(gaps, tagGaps, a.end);
		endList.splice(placement.close, 0, { kind: 'close', name: 'TIMEX3', text: '</TIMEX3>' });
		const startList = gapList(gaps, tagGaps, a.start);
		startList.splice(placement.open, 0, { kind: 'open', name: 'TIMEX3', text: open });
		changed.add(a.start);
		changed.add(a.end);
		inserted.push({ ...a, tid });
		lastEnd = a.end;
	}

	// Rebuild: raw copied up to each changed gap, the gap rewritten, and so on.
	const positions = [...changed].sort((x, y) => x - y);
	const out: string[] = [];
	let cursor = 0;
	for (const p of positions) {
		const gapStart = p === 0 ? doc.textStart : plainToRaw[p - 1] + sourceLength[p - 1];
		const gapEnd = plainToRaw[p];
		out.push(raw.slice(cursor, gapStart));
		for (const tag of gaps.get(p) ?? []) out.push(tag.text);
		cursor = gapEnd;
	}
	out.push(raw.slice(cursor));
	return { document: out.join(''), inserted, skipped };
}

/** May a tag go at plain offset `p` (not inside a character decoded from one entity)? */
function isBoundary(sourceLength: Uint8Array, p: number, n: number): boolean {
	return p === 0 || p >= n || sourceLength[p - 1] !== 0;
}

function gapList(gaps: Map<number, GapTag[]>, tagGaps: number[], p: number): GapTag[] {
	let list = gaps.get(p);
	if (!list) {
		list = [];
		gaps.set(p, list);
		tagGaps.splice(lowerBound(tagGaps, p), 0, p);
	}
	return list;
}

function lowerBound(sorted: number[], value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Where to put the start tag in gap `start` and the end tag in gap `end` so that the tags
 * between them are balanced: the outermost such placement, or null when there is none.
 */
function place(gaps: Map<number, GapTag[]>, tagGaps: number[], start: number, end: number): { open: number; close: number } | null {
	const startTags = gaps.get(start) ?? [];
	const endTags = gaps.get(end) ?? [];
	// Tags strictly inside (gaps start+1 .. end-1), in order.
	const middle: GapTag[] = [];
	for (let k = lowerBound(tagGaps, start + 1); k < tagGaps.length && tagGaps[k] < end; k++) middle.push(...(gaps.get(tagGaps[k]) ?? []));
	for (let open = 0; open <= startTags.length; open++) {
		for (let close = endTags.length; close >= 0; close--) {
			if (balanced([startTags.slice(open), middle, endTags.slice(0, close)])) return { open, close };
		}
	}
	return null;
}

/** Do these tags, in order, close exactly what they open? */
function balanced(parts: GapTag[][]): boolean {
	const stack: string[] = [];
	for (const part of parts) {
		for (const tag of part) {
			if (tag.kind === 'open') stack.push(tag.name);
			else if (tag.kind === 'close' && stack.pop() !== tag.name) return false;
		}
	}
	return stack.length === 0;
}

/** The document with every TIMEX3 tag inside `<TEXT>` removed (their content kept). */
export function stripTimex(rawDoc: string | TimeMLDocument): string {
	return insertTimex(rawDoc, []);
}
