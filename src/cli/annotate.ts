/**
 * `timeweave annotate --timeml IN_DIR OUT_DIR`: write TIMEX3 tags into TimeML files.
 *
 * For every `.tml` file under IN_DIR: the plain text of `<TEXT>` is extracted with the
 * document date (`<DCT>`) as reference, and the same file is written under OUT_DIR with the
 * TIMEX3s found inserted into `<TEXT>` (TIMEX3s already there are replaced; EVENT, SIGNAL and
 * every other character stay byte for byte). `annotateTimeML` is the same thing in memory,
 * used by `npm run eval`.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ExtractError } from '../lib/extract/index.ts';
import { TimeMLError } from '../lib/eval/timeml.ts';
import { annotateTimeML } from '../lib/eval/annotate.ts';
import type { CliIO, CodedError } from './io.ts';
import { MAX_FILE_BYTES } from './input.ts';

// The tagging itself is pure and shared with the app's TimeML export.
export { annotateTimeML, timexesFromText, type AnnotatedDocument } from '../lib/eval/annotate.ts';

export const ANNOTATE_USAGE = `Usage: timeweave annotate --timeml IN_DIR OUT_DIR

Write TIMEX3 tags into TimeML files. For every .tml file under IN_DIR (a <DCT> with
a TIMEX3, plain text inside <TEXT>), find the temporal expressions in the text of
<TEXT>, using the DCT's date as the reference date, and write the same file under
OUT_DIR (created if missing; subfolders are kept) with <TIMEX3 tid type value>
tags inserted into <TEXT>. TIMEX3 tags already in <TEXT> are replaced; every other
character stays as it was. A file that fails is reported and the others go on.

  --timeml     The input and output format (TimeML; the only one so far).
  -h, --help   Show this help.

Exit status: 0 every file written, 1 a file failed, 2 usage error.
`;

/** What `runAnnotate` needs from the file system beyond `io.readFile` (replaceable in tests). */
export interface AnnotateFs {
	/** Every file under a directory, as paths relative to it (`a.tml`, `sub/b.tml`). */
	listFiles(dir: string): Promise<string[]>;
	writeFile(path: string, text: string): Promise<void>;
	/** Create a directory and its parents; no error when it exists. */
	mkdirp(dir: string): Promise<void>;
}

export const nodeAnnotateFs: AnnotateFs = {
	async listFiles(dir) {
		const entries = await readdir(dir, { recursive: true, withFileTypes: true });
		return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
	},
	async writeFile(path, text) {
		await writeFile(path, text, 'utf8');
	},
	async mkdirp(dir) {
		await mkdir(dir, { recursive: true });
	}
};

const fail = (io: CliIO, message: string, code: 1 | 2) => {
	io.stderr.write(`timeweave: ${message}${code === 2 ? " (try 'timeweave help annotate')" : ''}\n`);
	return code;
};

/** `timeweave annotate ...` (the arguments after `annotate`); returns the exit code. */
export async function runAnnotate(argv: string[], io: CliIO, fs: AnnotateFs = nodeAnnotateFs): Promise<number> {
	const dirs: string[] = [];
	let timeml = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '-h' || arg === '--help') {
			io.stdout.write(ANNOTATE_USAGE);
			return 0;
		}
		if (arg === '--') {
			dirs.push(...argv.slice(i + 1));
			break;
		}
		if (arg === '--timeml') timeml = true;
		else if (arg.startsWith('-')) return fail(io, `unknown option '${arg}' for annotate`, 2);
		else dirs.push(arg);
	}
	if (!timeml) return fail(io, 'annotate needs --timeml (the format to read and write)', 2);
	if (dirs.length !== 2) return fail(io, `annotate needs IN_DIR and OUT_DIR, got ${dirs.length} path${dirs.length === 1 ? '' : 's'}`, 2);
	const [inDir, outDir] = dirs;
	if (resolve(inDir) === resolve(outDir)) return fail(io, 'OUT_DIR must not be IN_DIR (the files there would be overwritten)', 2);

	let files: string[];
	try {
		files = await fs.listFiles(inDir);
	} catch (error) {
		const e = error as CodedError;
		const why = e?.code === 'ENOENT' ? 'no such directory' : e?.code === 'ENOTDIR' ? 'it is not a directory' : e?.code === 'EACCES' ? 'permission denied' : (e?.message ?? String(error));
		return fail(io, `cannot read '${inDir}': ${why}`, 1);
	}
	// Never read back what we write when OUT_DIR lies inside IN_DIR.
	const outInside = relative(resolve(inDir), resolve(outDir));
	const insideOut = (file: string) => !outInside.startsWith('..') && (file === outInside || file.startsWith(outInside + sep));
	files = files.filter((f) => f.toLowerCase().endsWith('.tml') && !insideOut(f)).sort();
	if (files.length === 0) return fail(io, `no .tml files in '${inDir}'`, 1);

	let written = 0;
	let failed = 0;
	let timexes = 0;
	let skipped = 0;
	const madeDirs = new Set<string>();
	for (const file of files) {
		const inPath = join(inDir, file);
		const outPath = join(outDir, file);
		try {
			const raw = await readTimeMLFile(inPath, io);
			const result = annotateTimeML(raw);
			for (const w of result.warnings) if (!w.startsWith('No reference date found')) io.stderr.write(`timeweave: warning: ${inPath}: ${oneLine(w)}\n`);
			const dir = resolve(outPath, '..');
			try {
				if (!madeDirs.has(dir)) {
					await fs.mkdirp(dir);
					madeDirs.add(dir);
				}
				await fs.writeFile(outPath, result.document);
			} catch (error) {
				const e = error as CodedError;
				const why = e?.code === 'EACCES' || e?.code === 'EPERM' ? 'permission denied' : e?.code === 'ENOTDIR' || e?.code === 'EEXIST' ? 'a part of the path is not a directory' : e?.code === 'ENOSPC' ? 'no space left on the device' : (e?.message ?? String(error));
				throw new FileError(`cannot write '${outPath}': ${why}`);
			}
			written++;
			timexes += result.inserted.length;
			skipped += result.skipped.length;
		} catch (error) {
			failed++;
			const message = error instanceof Error ? error.message : String(error);
			const kind = error instanceof ExtractError || error instanceof TimeMLError || error instanceof FileError ? '' : 'internal error: ';
			io.stderr.write(`timeweave: ${inPath}: ${kind}${oneLine(message)}\n`);
		}
	}
	const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
	let summary = `annotated ${plural(written, 'file')} of ${files.length}: ${plural(timexes, 'TIMEX3')} written to ${outDir}`;
	if (skipped) summary += ` (${plural(skipped, 'overlapping or crossing expression')} left out)`;
	if (failed) summary += `; ${plural(failed, 'file')} failed`;
	io.stdout.write(`${summary}\n`);
	return failed ? 1 : 0;
}

/** A file that cannot be read as text. */
class FileError extends Error {}

/** Read a file as UTF-8 keeping any byte-order mark (so the output is byte for byte the same). */
async function readTimeMLFile(path: string, io: CliIO): Promise<string> {
	let bytes: Uint8Array;
	try {
		bytes = await io.readFile(path, MAX_FILE_BYTES);
	} catch (error) {
		const e = error as CodedError;
		const why = e?.code === 'ENOENT' ? 'no such file' : e?.code === 'EACCES' || e?.code === 'EPERM' ? 'permission denied' : e?.code === 'EFBIG' ? 'too large (the limit is 50 MB)' : (e?.message ?? String(error));
		throw new FileError(`cannot read it: ${why}`);
	}
	if (bytes.includes(0)) throw new FileError('not a text file (it contains NUL bytes)');
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		throw new FileError('not valid UTF-8 text');
	}
}

function oneLine(message: string): string {
	return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
