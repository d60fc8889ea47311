/**
 * `timeweave export FILE --format json|csv|timelinejs|timeml -o OUT`: the timeline's data in
 * the same formats as the app's Export menu.
 */
import { exportData, EXPORT_FORMATS, type ExportFormat } from '../lib/export/formats.ts';
import { writeTimeMl } from '../lib/export/timeml.ts';
import { CliError, parseArgs, writeOutput } from './common.ts';
import { isCalendarDate } from './input.ts';
import type { CliIO } from './io.ts';
import { loadTimeline } from './loadTimeline.ts';

export const EXPORT_USAGE = `Usage: timeweave export FILE --format json|csv|timelinejs|timeml -o OUT

Write the timeline of FILE as data. FILE is an article (.txt, .md, .html) or a saved
timeline (.json, .csv).

  --format json        Timeweave's own file: documents, passages, events and mentions,
                       versioned; the app and this command open it again exactly.
  --format csv         One row per event: id, title, start, end, value, granularity,
                       confidence, passages, quote, document (opens again too).
  --format timelinejs  JSON for TimelineJS 3 (headline, dates, the passage quoted).
  --format timeml      The document's text with TIMEX3 tags and its date as the DCT.
  -o, --output OUT     The file to write ('-' for standard output).
  --ref YYYY-MM-DD     Reference date for relative dates (articles only).
  -h, --help           Show this help.

Examples:
  timeweave export article.txt --format json -o timeline.json
  timeweave export timeline.json --format csv -o events.csv
`;

const SPEC = { format: 'value', output: 'value', ref: 'value', help: 'flag' } as const;
const usage = (message: string) => new CliError(`${message} (try 'timeweave help export')`, 2);

/** `timeweave export ...` (the arguments after `export`); returns the exit code. */
export async function runExport(argv: string[], io: CliIO): Promise<number> {
	const args = parseArgs(argv, 'export', SPEC, { '-o': 'output', '-h': 'help', '-f': 'format' });
	if (args.flags.has('help')) {
		io.stdout.write(EXPORT_USAGE);
		return 0;
	}
	if (args.positional.length === 0) throw usage('export needs a FILE to read');
	if (args.positional.length > 1) throw usage(`export reads one FILE, got ${args.positional.length}`);
	const format = args.values.get('format');
	if (!format) throw usage(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
	if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw usage(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not '${format}'`);
	const out = args.values.get('output');
	if (!out) throw usage('export needs -o OUT (or -o - for standard output)');
	const ref = args.values.get('ref');
	if (ref !== undefined && !isCalendarDate(ref)) throw usage(`--ref must be a real calendar date as YYYY-MM-DD, not '${ref}'`);

	const { result } = await loadTimeline(args.positional[0], io, { ref });
	if (format === 'timeml' && result.documents.length > 1) io.stderr.write(`timeweave: warning: TimeML holds one document; writing the first of ${result.documents.length}\n`);
	let text: string;
	try {
		text = (await exportData(result, format as ExportFormat, writeTimeMl)).text;
	} catch (error) {
		throw new CliError(`cannot write ${format}: ${error instanceof Error ? error.message : String(error)}`, 1);
	}
	if (out === '-') {
		io.stdout.write(text);
		return 0;
	}
	await writeOutput(out, text, io);
	io.stdout.write(`wrote ${out} (${format}, ${result.events.length} events)\n`);
	return 0;
}
