/**
 * `timeweave render FILE -o OUT.png|OUT.svg [...]`: the timeline of FILE as an image, drawn by
 * the same builder as the app's Export menu, so both give the same picture.
 */
import { buildTimelineSvg, MAX_SCALE, MAX_WIDTH, MIN_WIDTH, type SvgOptions } from '../lib/export/buildTimelineSvg.ts';
import { rangeEdge } from '../lib/export/range.ts';
import { THEME_NAMES, type ThemeName } from '../lib/export/themes.ts';
import { CliError, parseArgs, writeOutput } from './common.ts';
import { isCalendarDate } from './input.ts';
import type { CliIO } from './io.ts';
import { loadTimeline } from './loadTimeline.ts';
import { svgToPng } from './png.ts';

export const RENDER_USAGE = `Usage: timeweave render FILE -o OUT.png|OUT.svg [options]

Draw the timeline of FILE as a PNG or an SVG image: a title, the time axis, the events
in lanes with labels that never overlap (neighbours merge into "12 events" when there
is no room), a legend of documents when there are several, and a source line.
FILE is an article (.txt, .md, .html) or a saved timeline (.json).

  -o, --output OUT     The image to write; .png or .svg picks the format.
  --ref YYYY-MM-DD     Reference date for relative dates (articles only).
  --from DATE          Show from DATE (a year, YYYY-MM or YYYY-MM-DD; -499 is 500 BCE).
  --to DATE            Show up to the end of DATE. Default: the whole timeline.
  --width PX           Width in pixels, ${MIN_WIDTH} to ${MAX_WIDTH} (default 1200); the height follows.
  --scale N            Pixel density of a PNG, 1 to ${MAX_SCALE} (default 1): the PNG is PX x N wide.
  --theme NAME         light (default), dark or contrast.
  --title TEXT         Title (default: the document's title).
  -h, --help           Show this help.

Examples:
  timeweave render article.txt -o timeline.png --width 1600 --scale 2
  timeweave render article.txt -o timeline.svg --from 1939 --to 1945 --theme dark
`;

const SPEC = { output: 'value', ref: 'value', from: 'value', to: 'value', width: 'value', scale: 'value', theme: 'value', title: 'value', help: 'flag' } as const;

const usage = (message: string) => new CliError(`${message} (try 'timeweave help render')`, 2);

/** `timeweave render ...` (the arguments after `render`); returns the exit code. */
export async function runRender(argv: string[], io: CliIO): Promise<number> {
	const args = parseArgs(argv, 'render', SPEC, { '-o': 'output', '-h': 'help' });
	if (args.flags.has('help')) {
		io.stdout.write(RENDER_USAGE);
		return 0;
	}
	if (args.positional.length === 0) throw usage('render needs a FILE to read');
	if (args.positional.length > 1) throw usage(`render reads one FILE, got ${args.positional.length}`);
	const out = args.values.get('output');
	if (!out) throw usage('render needs -o OUT.png or -o OUT.svg');
	const kind = /\.png$/i.test(out) ? 'png' : /\.svg$/i.test(out) ? 'svg' : null;
	if (!kind) throw usage(`the output must end in .png or .svg, not '${out}'`);

	const options: SvgOptions = {};
	const width = args.values.get('width');
	if (width !== undefined) {
		if (!/^\d+$/.test(width) || Number(width) < MIN_WIDTH || Number(width) > MAX_WIDTH) throw usage(`--width must be a whole number of pixels from ${MIN_WIDTH} to ${MAX_WIDTH}, not '${width}'`);
		options.width = Number(width);
	}
	const scale = args.values.get('scale');
	if (scale !== undefined) {
		if (!/^\d+(\.\d+)?$/.test(scale) || Number(scale) < 1 || Number(scale) > MAX_SCALE) throw usage(`--scale must be a number from 1 to ${MAX_SCALE}, not '${scale}'`);
		if (kind === 'png' && !Number.isInteger(Number(options.width ?? 1200) * Number(scale))) throw usage(`--width x --scale must be a whole number of pixels`);
		options.scale = Number(scale);
	}
	const theme = args.values.get('theme');
	if (theme !== undefined) {
		if (!THEME_NAMES.includes(theme as ThemeName)) throw usage(`--theme must be one of ${THEME_NAMES.join(', ')}, not '${theme}'`);
		options.theme = theme as ThemeName;
	}
	const title = args.values.get('title');
	if (title !== undefined) options.title = title;
	const from = args.values.get('from');
	const to = args.values.get('to');
	for (const [name, value] of [['--from', from], ['--to', to]] as const) {
		if (value === undefined) continue;
		try {
			rangeEdge(value, 'from');
		} catch {
			throw usage(`${name} must be a year, YYYY-MM or YYYY-MM-DD, not '${value}'`);
		}
	}
	if (from && to && rangeEdge(to, 'to') <= rangeEdge(from, 'from')) throw usage(`--to ${to} is before --from ${from}`);
	if (from || to) options.range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
	const ref = args.values.get('ref');
	if (ref !== undefined && !isCalendarDate(ref)) throw usage(`--ref must be a real calendar date as YYYY-MM-DD, not '${ref}'`);

	const { result } = await loadTimeline(args.positional[0], io, { ref });
	const svg = buildTimelineSvg(result, options);
	if (kind === 'svg') {
		await writeOutput(out, svg, io);
		io.stdout.write(`wrote ${out} (SVG, ${result.events.length} events)\n`);
		return 0;
	}
	const png = await svgToPng(svg);
	await writeOutput(out, png.png, io);
	io.stdout.write(`wrote ${out} (PNG, ${png.width} x ${png.height} pixels, ${result.events.length} events)\n`);
	return 0;
}
