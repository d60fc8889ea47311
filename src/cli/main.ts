/**
 * `timeweave`: the command line. `main()` takes the arguments after the program name and
 * the outside world as `io`, and returns the exit code; `bin/timeweave.js` wires it to the
 * real process.
 *
 * Exit codes: 0 success, 1 a problem with the input (missing, unreadable, binary, empty,
 * too large, rejected by extraction), 2 a usage error (unknown command or option, missing
 * FILE, bad --ref). Every error is one line on stderr starting with `timeweave: `.
 */
import { basename } from 'node:path';
import { extract, ExtractError } from '../lib/extract/index.ts';
import { renderJson, renderTable } from './format.ts';
import { formatFromPath, isCalendarDate } from './input.ts';
import type { CliIO } from './io.ts';
import { CliError, dayOfUse, oneLine, readText, usageError } from './common.ts';
import { ANNOTATE_USAGE, runAnnotate } from './annotate.ts';
import { RENDER_USAGE, runRender } from './render.ts';
import { EXPORT_USAGE, runExport } from './export.ts';
import pkg from '../../package.json' with { type: 'json' };

export type { CliIO } from './io.ts';

const USAGE = `timeweave ${pkg.version}: turn articles into timelines

Usage:
  timeweave extract FILE [--ref YYYY-MM-DD] [--json]
  timeweave annotate --timeml IN_DIR OUT_DIR
  timeweave render FILE -o OUT.png|OUT.svg [--ref DATE] [--from DATE] [--to DATE]
                   [--width PX] [--scale N] [--theme light|dark|contrast] [--title TEXT]
  timeweave export FILE --format json|csv|timelinejs|timeml -o OUT [--ref DATE]
  timeweave help [COMMAND]
  timeweave --version

Commands:
  extract   Find the events in FILE and when they happened, and print them in
            time order with the passages (p1, p2, ...) that mention them.
  annotate  Write TIMEX3 tags into the TimeML files of IN_DIR, as new files
            in OUT_DIR (see 'timeweave help annotate').
  render    Draw the timeline of FILE (an article, or a saved timeline .json)
            as a PNG or SVG image (see 'timeweave help render').
  export    Write the timeline of FILE as data: Timeweave JSON, CSV, TimelineJS
            or TimeML (see 'timeweave help export').
  help      Show this help, or a command's help.

Options for extract:
  --ref YYYY-MM-DD   Reference date ("today") for relative dates such as
                     "on Thursday" or "last year". Without it, a date found in the
                     document (dateline, HTML metadata) is used, or one is inferred.
  --json             Print JSON instead of a table:
                     { referenceDate, documents: [{ id, title, passages }], events }
  -h, --help         Show this help.

FILE is read as UTF-8; .html/.htm are read as HTML, .md/.markdown as Markdown,
anything else as plain text. Files over 50 MB are refused.

Exit status: 0 success, 1 bad input, 2 usage error.

Examples:
  timeweave extract article.txt
  timeweave extract article.html --ref 2025-05-08
  timeweave extract notes.md --json > events.json
  timeweave annotate --timeml corpus/ annotated/
  timeweave render article.txt -o timeline.png --width 1600 --scale 2
  timeweave export article.txt --format json -o timeline.json
`;

const EXTRACT_USAGE = `Usage: timeweave extract FILE [--ref YYYY-MM-DD] [--json]

Find the events in FILE and when they happened.

  --ref YYYY-MM-DD   Reference date for relative dates ("on Thursday", "last year").
  --json             Print JSON: { referenceDate, documents, events }.
  -h, --help         Show this help.

A dateline without its year ("LONDON, 12 March (Reuters)") takes the latest year
up to today that fits the weekdays the text names; TIMEWEAVE_TODAY=YYYY-MM-DD sets
"today" so that a run can be repeated.
`;


/** Run the command line. `argv` is the arguments after the program name. */
export async function main(argv: string[], io: CliIO): Promise<number> {
	try {
		return await run(argv, io);
	} catch (error) {
		if (error instanceof CliError) {
			io.stderr.write(`timeweave: ${oneLine(error.message)}\n`);
			return error.exitCode;
		}
		if (error instanceof ExtractError) {
			io.stderr.write(`timeweave: ${oneLine(error.message)}\n`);
			return error.code === 'bad-reference' || error.code === 'bad-format' ? 2 : 1;
		}
		// A bug, not a user error: still one line, the stack only on request.
		const message = error instanceof Error ? error.message : String(error);
		io.stderr.write(`timeweave: internal error: ${oneLine(message)} (set TIMEWEAVE_DEBUG=1 for details)\n`);
		if (io.env?.TIMEWEAVE_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
		return 1;
	}
}

async function run(argv: string[], io: CliIO): Promise<number> {
	const [command, ...rest] = argv;
	switch (command) {
		case undefined:
			throw usageError('missing command');
		case '-h':
		case '--help':
			io.stdout.write(USAGE);
			return 0;
		case 'help':
			if (rest[0] === 'extract') io.stdout.write(EXTRACT_USAGE);
			else if (rest[0] === 'annotate') io.stdout.write(ANNOTATE_USAGE);
			else if (rest[0] === 'render') io.stdout.write(RENDER_USAGE);
			else if (rest[0] === 'export') io.stdout.write(EXPORT_USAGE);
			else if (rest[0] === undefined || rest[0] === 'help') io.stdout.write(USAGE);
			else throw usageError(`unknown command '${rest[0]}'`);
			return 0;
		case '-v':
		case '-V':
		case '--version':
			io.stdout.write(`${pkg.version}\n`);
			return 0;
		case 'extract':
			return runExtract(rest, io);
		case 'annotate':
			return runAnnotate(rest, io);
		case 'render':
			return runRender(rest, io);
		case 'export':
			return runExport(rest, io);
		default:
			if (command.startsWith('-')) throw usageError(`unknown option '${command}'`);
			throw usageError(`unknown command '${command}'`);
	}
}

interface ExtractArgs {
	file: string;
	ref?: string;
	json: boolean;
	help: boolean;
}

function parseExtractArgs(args: string[]): ExtractArgs {
	const files: string[] = [];
	let ref: string | undefined;
	let json = false;
	let help = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--') {
			files.push(...args.slice(i + 1));
			break;
		}
		if (arg === '--json') json = true;
		else if (arg === '-h' || arg === '--help') help = true;
		else if (arg === '--ref' || arg.startsWith('--ref=')) {
			const value = arg === '--ref' ? args[++i] : arg.slice('--ref='.length);
			if (value === undefined || value === '') throw usageError('--ref needs a date as YYYY-MM-DD');
			if (!isCalendarDate(value)) {
				throw new CliError(`--ref must be a real calendar date as YYYY-MM-DD, not '${value}'`, 2);
			}
			ref = value;
		} else if (arg.startsWith('-') && arg !== '-') throw usageError(`unknown option '${arg}'`);
		else files.push(arg);
	}
	if (help) return { file: '', json, help, ref };
	if (files.length === 0) throw usageError('extract needs a FILE to read');
	if (files.length > 1) throw usageError(`extract reads one FILE, got ${files.length}`);
	return { file: files[0], ref, json, help };
}

async function runExtract(argv: string[], io: CliIO): Promise<number> {
	const args = parseExtractArgs(argv);
	if (args.help) {
		io.stdout.write(EXTRACT_USAGE);
		return 0;
	}
	const text = await readText(args.file, io);
	const result = extract(text, {
		format: formatFromPath(args.file),
		...(args.ref ? { reference: args.ref } : {}),
		today: dayOfUse(io)
	});
	for (const warning of result.warnings) io.stderr.write(`timeweave: warning: ${oneLine(warning)}\n`);
	if (args.json) {
		io.stdout.write(renderJson(result));
	} else {
		const color = Boolean(io.stdout.isTTY) && !io.env?.NO_COLOR;
		io.stdout.write(renderTable(result, { fallbackTitle: basename(args.file), width: io.stdout.columns, color }));
	}
	return 0;
}
