import { describe, expect, it } from 'vitest';
import { dctDate, decodeEntities, insertTimex, insertTimexReport, parseTimeML, stripTimex, TimeMLError, type TimexAnnotation } from '../../../src/lib/eval/timeml.ts';
import { extract } from '../../../src/lib/extract/index.ts';
import { annotateTimeML, runAnnotate, timexesFromText, type AnnotateFs } from '../../../src/cli/annotate.ts';
import type { CliIO } from '../../../src/cli/io.ts';

/** A small TimeML document in TBAQ's layout around `text` (the content of <TEXT>). */
const doc = (text: string, dct = '1998-08-07') =>
	`<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n\n<DOCID>X1</DOCID>\n\n` +
	`<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" temporalFunction="false" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>\n\n` +
	`<TITLE>AT&amp;T &lt;news&gt;</TITLE>\n\n<TEXT>${text}</TEXT>\n\n<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>\n</TimeML>\n`;

/** The TEXT content of a document. */
const textOf = (raw: string) => raw.slice(raw.indexOf('<TEXT>') + 6, raw.indexOf('</TEXT>'));
/** Everything outside TEXT's content. */
const outside = (raw: string) => raw.slice(0, raw.indexOf('<TEXT>') + 6) + raw.slice(raw.indexOf('</TEXT>'));

describe('parseTimeML', () => {
	const rows = [
		{
			name: 'plain text, DCT and a timex',
			text: '\nThe deal closed <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3>.\n',
			plain: '\nThe deal closed Thursday.\n',
			timexes: [{ start: 17, end: 25, text: 'Thursday', type: 'DATE', value: '1998-08-06', tid: 't1' }]
		},
		{
			name: 'EVENT and SIGNAL around and beside a timex',
			text: 'Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.',
			plain: 'Prices fell for three days.',
			timexes: [{ start: 16, end: 26, text: 'three days', type: 'DURATION', value: 'P3D', tid: 't2' }]
		},
		{
			name: 'entities decoded, offsets into the decoded text',
			text: 'AT&amp;T &lt;b&gt; said <TIMEX3 tid="t3" type="DATE" value="1998-08">this month</TIMEX3> &#233;t&#xE9; &nbsp;',
			plain: 'AT&T <b> said this month été &nbsp;',
			timexes: [{ start: 14, end: 24, text: 'this month', type: 'DATE', value: '1998-08', tid: 't3' }]
		},
		{
			name: 'a timex holding an EVENT, and one without value',
			text: '<TIMEX3 tid="t4" type="DATE" value="XXXX">the <EVENT eid="e2">war</EVENT> years</TIMEX3> and <TIMEX3 tid="t5" type="SET">weekly</TIMEX3>',
			plain: 'the war years and weekly',
			timexes: [
				{ start: 0, end: 13, text: 'the war years', type: 'DATE', value: 'XXXX', tid: 't4' },
				{ start: 18, end: 24, text: 'weekly', type: 'SET', value: '', tid: 't5' }
			]
		},
		{
			name: 'single-quoted attributes, comment, CDATA',
			text: "<!-- note --><TIMEX3 tid='t6' type='DATE' value='1998'>1998</TIMEX3> <![CDATA[a <b> & c]]>",
			plain: '1998 a <b> & c',
			timexes: [{ start: 0, end: 4, text: '1998', type: 'DATE', value: '1998', tid: 't6' }]
		},
		{
			name: 'CRLF line ends kept as they are',
			text: '\r\nOn <TIMEX3 tid="t7" type="DATE" value="1998-08-01">Aug. 1</TIMEX3>\r\n',
			plain: '\r\nOn Aug. 1\r\n',
			timexes: [{ start: 5, end: 11, text: 'Aug. 1', type: 'DATE', value: '1998-08-01', tid: 't7' }]
		}
	];
	for (const row of rows) {
		it(row.name, () => {
			const raw = doc(row.text);
			const parsed = parseTimeML(raw);
			expect(parsed.dct).toBe('1998-08-07');
			expect(parsed.inner).toBe(row.text);
			expect(parsed.plain).toBe(row.plain);
			expect(parsed.timexes.map(({ start, end, text, type, value, tid }) => ({ start, end, text, type, value, tid }))).toEqual(row.timexes);
			expect(parsed.maxOuterTid).toBe(0);
			// Every plain character maps back to its source in the raw file.
			for (let i = 0; i < parsed.plain.length; i++) {
				const source = raw.slice(parsed.plainToRaw[i], parsed.plainToRaw[i] + parsed.sourceLength[i]);
				expect(decodeEntities(source)).toBe(parsed.plain[i]);
			}
			expect(parsed.plainToRaw[parsed.plain.length]).toBe(parsed.textEnd);
		});
	}

	it('reads the DCT value and its date part', () => {
		expect(parseTimeML(doc('x', '1998-01-08T10:30:00')).dct).toBe('1998-01-08T10:30:00');
		expect(dctDate('1998-01-08T10:30:00')).toBe('1998-01-08');
		expect(dctDate('1998-01')).toBeNull();
		expect(dctDate(null)).toBeNull();
		expect(parseTimeML('<TimeML><TEXT>x</TEXT></TimeML>').dct).toBeNull();
	});

	const broken = [
		{ name: 'no TEXT', raw: '<TimeML><DCT></DCT></TimeML>', message: /no <TEXT>/ },
		{ name: 'TEXT never closed', raw: '<TimeML><TEXT>abc</TimeML>', message: /no <TEXT>/ },
		{ name: 'crossing tags', raw: '<TEXT><EVENT>a<TIMEX3>b</EVENT>c</TIMEX3></TEXT>', message: /does not close/ },
		{ name: 'unclosed tag', raw: '<TEXT><EVENT>abc</TEXT>', message: /never closed/ },
		{ name: 'malformed tag', raw: '<TEXT>a < b</TEXT>', message: /malformed tag/ }
	];
	for (const row of broken) {
		it(`refuses: ${row.name}`, () => {
			expect(() => parseTimeML(row.raw)).toThrow(TimeMLError);
			expect(() => parseTimeML(row.raw)).toThrow(row.message);
		});
	}
});

describe('insertTimex', () => {
	it('round-trips a document byte for byte (entities, EVENT tags, CRLF, t0 outside TEXT)', () => {
		const text =
			'\r\nAT&amp;T <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3> that ' +
			'<TIMEX3 tid="t2" type="DURATION" value="P3M">the &quot;past&quot; three months</TIMEX3> were <EVENT eid="e2" class="STATE">bad</EVENT>' +
			'<SIGNAL sid="s1">in</SIGNAL> <TIMEX3 tid="t3" type="DATE" value="1998-Q2"><EVENT eid="e3">Q2</EVENT></TIMEX3>.\r\n\r\n';
		const raw = doc(text);
		const parsed = parseTimeML(raw);
		const annotations: TimexAnnotation[] = parsed.timexes.map(({ start, end, type, value }) => ({ start, end, type, value }));
		expect(insertTimex(raw, annotations)).toBe(raw);
		// Stripping keeps everything else, entities included.
		const stripped = stripTimex(raw);
		expect(outside(stripped)).toBe(outside(raw));
		expect(textOf(stripped)).toBe(text.replace(/<\/?TIMEX3[^>]*>/g, ''));
		// And annotating the stripped document gives the original back.
		expect(insertTimex(stripped, annotations)).toBe(raw);
	});

	it('keeps a UTF-8 BOM and non-ASCII text as they are', () => {
		const raw = `\uFEFF${doc('Été 1998 — naïve <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3> 😀')}`;
		const p = parseTimeML(raw);
		expect(insertTimex(raw, p.timexes)).toBe(raw);
	});

	/** Insert into `text` (stripped first) and return the new TEXT content. */
	const into = (text: string, annotations: TimexAnnotation[]) => {
		const raw = doc(text);
		const report = insertTimexReport(raw, annotations);
		expect(outside(report.document)).toBe(outside(raw));
		return { text: textOf(report.document), report };
	};
	const A = (start: number, end: number, value = 'V', type = 'DATE'): TimexAnnotation => ({ start, end, type, value });

	const rows = [
		{ name: 'plain text', text: 'On May 5 it rained.', annotations: [A(3, 8)], expected: 'On <TIMEX3 tid="t1" type="DATE" value="V">May 5</TIMEX3> it rained.' },
		{ name: 'at the very start and end', text: '1998', annotations: [A(0, 4)], expected: '<TIMEX3 tid="t1" type="DATE" value="V">1998</TIMEX3>' },
		{
			name: 'around a whole EVENT: outside it',
			text: 'a <EVENT eid="e1">Monday</EVENT> b',
			annotations: [A(2, 8)],
			expected: 'a <TIMEX3 tid="t1" type="DATE" value="V"><EVENT eid="e1">Monday</EVENT></TIMEX3> b'
		},
		{
			name: 'next to EVENTs that end where it starts and start where it ends',
			text: '<EVENT eid="e1">said</EVENT>Monday<EVENT eid="e2">x</EVENT>',
			annotations: [A(4, 10)],
			expected: '<EVENT eid="e1">said</EVENT><TIMEX3 tid="t1" type="DATE" value="V">Monday</TIMEX3><EVENT eid="e2">x</EVENT>'
		},
		{
			name: 'inside an EVENT',
			text: '<EVENT eid="e1">the Monday meeting</EVENT>',
			annotations: [A(4, 10)],
			expected: '<EVENT eid="e1">the <TIMEX3 tid="t1" type="DATE" value="V">Monday</TIMEX3> meeting</EVENT>'
		},
		{
			name: 'skips one that would cross an EVENT',
			text: 'x <EVENT eid="e1">Monday night</EVENT> y',
			annotations: [A(9, 16), A(2, 8)],
			expected: 'x <EVENT eid="e1"><TIMEX3 tid="t1" type="DATE" value="V">Monday</TIMEX3> night</EVENT> y',
			skipped: ['would cross an element boundary: "night y"']
		},
		{
			name: 'adjacent annotations close before they open',
			text: '19981999',
			annotations: [A(4, 8, 'B'), A(0, 4, 'A')],
			expected: '<TIMEX3 tid="t1" type="DATE" value="A">1998</TIMEX3><TIMEX3 tid="t2" type="DATE" value="B">1999</TIMEX3>'
		},
		{
			name: 'overlapping and nested annotations: the first and longest wins',
			text: 'May 5, 1998 and June',
			annotations: [A(7, 11), A(0, 11), A(16, 20), A(14, 18)],
			expected: '<TIMEX3 tid="t1" type="DATE" value="V">May 5, 1998</TIMEX3> an<TIMEX3 tid="t2" type="DATE" value="V">d Ju</TIMEX3>ne',
			skipped: ['overlaps the previous TIMEX3 (ends at 11)', 'overlaps the previous TIMEX3 (ends at 18)']
		},
		{
			name: 'entities stay encoded; attribute values escaped',
			text: 'Q&amp;A on &quot;Monday&quot;',
			annotations: [A(8, 14, 'a"<&>')],
			expected: 'Q&amp;A on &quot;<TIMEX3 tid="t1" type="DATE" value="a&quot;&lt;&amp;&gt;">Monday</TIMEX3>&quot;'
		},
		{
			name: 'bad extents skipped',
			text: 'abc',
			annotations: [A(2, 2), A(-1, 1), A(1, 9), A(2, 1)],
			expected: 'abc',
			skipped: ['bad or empty extent [-1, 1) for a text of 3 characters', 'bad or empty extent [1, 9) for a text of 3 characters', 'bad or empty extent [2, 1) for a text of 3 characters', 'bad or empty extent [2, 2) for a text of 3 characters']
		},
		{
			name: 'never inside a CDATA section',
			text: 'a <![CDATA[May 5]]> b',
			annotations: [A(0, 1), A(3, 9)],
			expected: '<TIMEX3 tid="t1" type="DATE" value="V">a</TIMEX3> <![CDATA[May 5]]> b',
			skipped: ['starts or ends inside a CDATA section']
		},
		{
			name: 'around a whole CDATA section',
			text: 'a <![CDATA[May 5]]> b',
			annotations: [A(2, 7)],
			expected: 'a <TIMEX3 tid="t1" type="DATE" value="V"><![CDATA[May 5]]></TIMEX3> b'
		},
		{
			name: 'gold TIMEX3s replaced, extra attributes written',
			text: 'in <TIMEX3 tid="t9" type="DATE" value="1997">1997</TIMEX3>',
			annotations: [{ start: 3, end: 7, type: 'DATE', value: '1997', attributes: { mod: 'APPROX', tid: 'ignored', 'bad name': 'x' } }],
			expected: 'in <TIMEX3 tid="t1" type="DATE" value="1997" mod="APPROX">1997</TIMEX3>'
		}
	];
	for (const row of rows) {
		it(row.name, () => {
			const { text, report } = into(row.text, row.annotations);
			expect(text).toBe(row.expected);
			expect(report.skipped.map((s) => s.reason).sort()).toEqual((row.skipped ?? []).sort());
			expect(parseTimeML(doc(text)).plain).toBe(parseTimeML(doc(row.text)).plain);
		});
	}

	it('tids continue after the largest tid outside TEXT', () => {
		const raw = doc('On May 5.').replace('<TITLE>', '<TITLE><TIMEX3 tid="t7" type="DATE" value="1998">1998</TIMEX3>');
		const report = insertTimexReport(raw, [A(3, 8)]);
		expect(report.inserted.map((a) => a.tid)).toEqual(['t8']);
		expect(report.document).toContain('<TIMEX3 tid="t8" type="DATE" value="V">May 5</TIMEX3>');
	});

	it('never splits a character decoded from one entity', () => {
		const raw = doc('x &#x1F600; y');
		expect(parseTimeML(raw).plain).toBe('x 😀 y');
		const report = insertTimexReport(raw, [A(2, 3)]);
		expect(report.skipped.map((s) => s.reason)).toEqual(['splits a character reference']);
		expect(insertTimex(raw, [A(2, 4)])).toContain('<TIMEX3 tid="t1" type="DATE" value="V">&#x1F600;</TIMEX3>');
	});
});

describe('annotate (in memory)', () => {
	it('extracts against the DCT and writes TIMEX3s, the rest unchanged', () => {
		const raw = doc('\nThe company <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3> it expects results on March 3, 1999.\n');
		const result = annotateTimeML(raw);
		expect(result.reference).toBe('1998-08-07');
		expect(outside(result.document)).toBe(outside(raw));
		expect(stripTimex(result.document)).toBe(stripTimex(raw));
		const written = parseTimeML(result.document).timexes.map((t) => [t.text, t.value]);
		expect(written).toContainEqual(['March 3, 1999', '1999-03-03']);
	});

	it('maps offsets back through CRLF line ends, and a range is valued by its start', () => {
		const text = 'Line one.\r\nOn March 3, 1999 it rained.\r\n';
		const { annotations } = timexesFromText(text, '1998-08-07');
		const march = annotations.find((a) => text.slice(a.start, a.end).includes('March'));
		expect(march && text.slice(march.start, march.end)).toBe('March 3, 1999');
		expect(timexesFromText('   ', '1998-08-07').annotations).toEqual([]);
		for (const a of timexesFromText('From 1990 to 1995 it grew.', '1998-08-07').annotations) expect(a.value).not.toContain('/');
	});

	it('a vague offset is PAST_REF or FUTURE_REF in TimeML, though the timeline places it', () => {
		const text = 'Support rose from 35 percent several years ago. He left in 1996. A few days later, he returned.';
		const values = timexesFromText(text, '1998-02-13').annotations.map((a) => [text.slice(a.start, a.end), a.value]);
		expect(values).toContainEqual(['several years ago', 'PAST_REF']);
		expect(values).toContainEqual(['A few days later', 'FUTURE_REF']);
		const placed = extract(text, { reference: '1998-02-13' }).expressions.find((e) => e.text === 'several years ago');
		expect(placed?.time?.value).toBe('1995');
		expect(placed?.confidence).toBeLessThanOrEqual(0.4);
	});

	it('runAnnotate writes every file, reports the failures, and exits 1 when one failed', async () => {
		const files: Record<string, string> = { 'in/a.tml': doc('It rained on March 3, 1999.'), 'in/sub/b.tml': doc('Nothing here.'), 'in/bad.tml': '<TimeML>no text</TimeML>', 'in/notes.txt': 'x' };
		const written: Record<string, string> = {};
		const out = { text: '', write: (s: string) => (out.text += s) };
		const err = { text: '', write: (s: string) => (err.text += s) };
		const io: CliIO = {
			stdout: out,
			stderr: err,
			readFile: async (path) => new TextEncoder().encode(files[path.replace(/\\/g, '/')])
		};
		const fs: AnnotateFs = {
			listFiles: async () => ['a.tml', 'bad.tml', 'notes.txt', 'sub/b.tml'],
			writeFile: async (path, text) => void (written[path.replace(/\\/g, '/')] = text),
			mkdirp: async () => {}
		};
		const code = await runAnnotate(['--timeml', 'in', 'out'], io, fs);
		expect(code).toBe(1);
		expect(Object.keys(written).sort()).toEqual(['out/a.tml', 'out/sub/b.tml']);
		expect(written['out/a.tml']).toContain('value="1999-03-03">March 3, 1999</TIMEX3>');
		expect(err.text).toBe('timeweave: in/bad.tml: no <TEXT>…</TEXT> element\n');
		expect(out.text).toMatch(/^annotated 2 files of 3: \d+ TIMEX3s? written to out; 1 file failed\n$/);
	});

	const usage = [
		{ argv: ['in', 'out'], message: /needs --timeml/ },
		{ argv: ['--timeml', 'in'], message: /needs IN_DIR and OUT_DIR, got 1 path/ },
		{ argv: ['--timeml', 'in', 'in/'], message: /must not be IN_DIR/ },
		{ argv: ['--timeml', '--fast', 'in', 'out'], message: /unknown option '--fast'/ }
	];
	for (const row of usage) {
		it(`usage error: ${row.argv.join(' ')}`, async () => {
			const err = { text: '', write: (s: string) => (err.text += s) };
			const io: CliIO = { stdout: { write: () => true }, stderr: err, readFile: async () => new Uint8Array() };
			expect(await runAnnotate(row.argv, io)).toBe(2);
			expect(err.text).toMatch(row.message);
		});
	}
});
