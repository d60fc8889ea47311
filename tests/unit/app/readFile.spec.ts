import { describe, expect, it } from 'vitest';
import { checkFile, FileReadError, formatSize, MAX_FILE_BYTES, readFile } from '../../../src/lib/app/readFile.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (name: string, bytes: Uint8Array, size = bytes.length) => readFile(name, size, bytes);

function refusal(fn: () => unknown): FileReadError {
	try {
		fn();
	} catch (e) {
		if (e instanceof FileReadError) return e;
		throw e;
	}
	throw new Error('expected a FileReadError');
}

describe('readFile', () => {
	it.each([
		['notes.txt', 'text'],
		['NOTES.TXT', 'text'],
		['chapter.md', 'markdown'],
		['chapter.markdown', 'markdown'],
		['article.html', 'html'],
		['article.HTM', 'html'],
		['my.article.v2.txt', 'text']
	] as const)('reads %s as %s', (name, format) => {
		expect(read(name, utf8('On 9 May 1945, the war ended.'))).toEqual({ text: 'On 9 May 1945, the war ended.', format });
	});

	it('keeps non-ASCII text and drops a UTF-8 byte-order mark', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Xi’s visit — café, 1945')]);
		expect(read('a.txt', bytes).text).toBe('Xi’s visit — café, 1945');
	});

	it('reads UTF-16 text with a byte-order mark (Notepad "Unicode")', () => {
		const le = new Uint8Array([0xff, 0xfe, 0x31, 0x00, 0x39, 0x00, 0x34, 0x00, 0x35, 0x00]);
		const be = new Uint8Array([0xfe, 0xff, 0x00, 0x31, 0x00, 0x39, 0x00, 0x34, 0x00, 0x35]);
		expect(read('a.txt', le).text).toBe('1945');
		expect(read('a.txt', be).text).toBe('1945');
	});

	it('keeps HTML and script text as is (rendering it safely is the view’s job)', () => {
		const html = '<title>T</title><script>window.__pwned=1</script>';
		expect(read('a.html', utf8(html))).toEqual({ text: html, format: 'html' });
	});

	it('refuses files with NUL bytes as binary', () => {
		const e = refusal(() => read('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a])));
		expect(e.message).toBe('This file is not text (it looks binary).');
		expect(e.code).toBe('binary');
	});

	it('refuses invalid UTF-8 as binary', () => {
		const e = refusal(() => read('latin.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31])));
		expect(e.code).toBe('binary');
		expect(e.message).toBe('This file is not text (it looks binary).');
	});

	it('refuses empty and blank files', () => {
		expect(refusal(() => read('a.txt', new Uint8Array())).code).toBe('empty');
		expect(refusal(() => read('a.txt', utf8(' \n\t\n'))).code).toBe('empty');
		expect(refusal(() => read('a.txt', new Uint8Array())).message).toMatch(/empty/);
	});

	it('refuses files over 50 MB with their size, before looking at the bytes', () => {
		const e = refusal(() => read('big.txt', new Uint8Array(), 62 * 1024 * 1024 + 300 * 1024));
		expect(e.code).toBe('too-large');
		expect(e.message).toContain('62.3 MB');
		expect(e.message).toContain('50 MB');
		expect(() => checkFile('edge.txt', MAX_FILE_BYTES)).not.toThrow();
		expect(refusal(() => checkFile('edge.txt', MAX_FILE_BYTES + 1)).code).toBe('too-large');
	});

	it('refuses other file types, naming the file', () => {
		for (const name of ['report.pdf', 'slides.docx', 'README', 'archive.txt.gz']) {
			const e = refusal(() => read(name, utf8('text')));
			expect(e.code).toBe('unsupported');
			expect(e.message).toContain(name);
		}
	});
});

describe('formatSize', () => {
	it('uses bytes, KB and MB', () => {
		expect(formatSize(12)).toBe('12 bytes');
		expect(formatSize(740 * 1024)).toBe('740 KB');
		expect(formatSize(12.34 * 1024 * 1024)).toBe('12.3 MB');
	});
});
