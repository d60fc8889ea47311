/**
 * What every command shares: the one-line error type and reading FILE as text, with every
 * way that can fail turned into one clear line.
 */
import { decodeFile, formatMegabytes, isCalendarDate, MAX_FILE_BYTES } from './input.ts';
import { calendarDay } from '../lib/extract/timex.ts';
import type { CliIO, CodedError } from './io.ts';

/** A problem to report as one line; `exitCode` 2 for usage errors, 1 for input errors. */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode: 1 | 2
	) {
		super(message);
		this.name = 'CliError';
	}
}

export const usageError = (message: string) => new CliError(`${message} (try 'timeweave --help')`, 2);

/** Read FILE's bytes (at most `limit`), turning every way it can fail into one CliError. */
export async function readBytes(file: string, io: CliIO, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
	const name = `'${file}'`;
	const mb = `${Math.round(limit / (1024 * 1024))} MB`;
	let bytes: Uint8Array;
	try {
		bytes = await io.readFile(file, limit);
	} catch (error) {
		const e = error as CodedError;
		switch (e?.code) {
			case 'ENOENT':
				throw new CliError(`cannot read ${name}: no such file`, 1);
			case 'EISDIR':
				throw new CliError(`cannot read ${name}: it is a directory, not a file`, 1);
			case 'EACCES':
			case 'EPERM':
				throw new CliError(`cannot read ${name}: permission denied`, 1);
			case 'ENOTDIR':
				throw new CliError(`cannot read ${name}: a part of the path is not a directory`, 1);
			case 'EFBIG':
				throw new CliError(`${name} is too large${typeof e.size === 'number' ? ` (${formatMegabytes(e.size)})` : ''}; the limit is ${mb}`, 1);
			default:
				throw new CliError(`cannot read ${name}: ${e?.message ?? String(error)}`, 1);
		}
	}
	if (bytes.length > limit) {
		throw new CliError(`${name} is too large (${formatMegabytes(bytes.length)}); the limit is ${mb}`, 1);
	}
	if (bytes.length === 0) throw new CliError(`${name} is empty; there is no text to read`, 1);
	return bytes;
}

/** Read FILE as text, turning every way it can fail into one CliError. */
export async function readText(file: string, io: CliIO, limit = MAX_FILE_BYTES): Promise<string> {
	const name = `'${file}'`;
	const bytes = await readBytes(file, io, limit);
	const decoded = decodeFile(bytes);
	if (!decoded.ok) throw new CliError(`${name} ${decoded.reason}`, 1);
	if (!decoded.text.trim()) throw new CliError(`${name} contains only whitespace; there is no text to read`, 1);
	return decoded.text;
}

/** Errors are one line: collapse any newline a message carries. */
/**
 * The day of use (ExtractOptions.today), for a dateline that gives no year: TIMEWEAVE_TODAY (`YYYY-MM-DD`) where it is set,
 * so that a run can be repeated, else today's date where the command runs.
 */
export function dayOfUse(io: CliIO): string {
	const set = io.env?.TIMEWEAVE_TODAY;
	if (set !== undefined && set !== '') {
		if (!isCalendarDate(set)) throw new CliError(`TIMEWEAVE_TODAY must be a date as YYYY-MM-DD, not '${set}'`, 2);
		return set;
	}
	return calendarDay(new Date());
}

export function oneLine(message: string): string {
	return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Parsed command arguments: option values by name (without dashes), flags, positional arguments. */
export interface ParsedArgs {
	values: Map<string, string>;
	flags: Set<string>;
	positional: string[];
}

/**
 * Parse `args` against `spec` (option name -> takes a value or is a flag). Accepts `--name value`,
 * `--name=value`, short aliases (`-o value`), `--` ending options. Unknown options, missing or
 * repeated values are usage errors naming `command`.
 */
export function parseArgs(args: string[], command: string, spec: Record<string, 'value' | 'flag'>, aliases: Record<string, string> = {}): ParsedArgs {
	const values = new Map<string, string>();
	const flags = new Set<string>();
	const positional: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--') {
			positional.push(...args.slice(i + 1));
			break;
		}
		if (!arg.startsWith('-') || arg === '-') {
			positional.push(arg);
			continue;
		}
		const eq = arg.indexOf('=');
		const raw = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
		const name = aliases[raw] ?? (raw.startsWith('--') ? raw.slice(2) : '');
		const kind = spec[name];
		if (!kind) throw new CliError(`unknown option '${raw}' for ${command} (try 'timeweave help ${command}')`, 2);
		if (kind === 'flag') {
			if (eq > 0 && arg.startsWith('--')) throw new CliError(`${raw} takes no value (try 'timeweave help ${command}')`, 2);
			flags.add(name);
			continue;
		}
		const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : args[++i];
		if (value === undefined || value === '') throw new CliError(`${raw} needs a value (try 'timeweave help ${command}')`, 2);
		if (values.has(name)) throw new CliError(`${raw} is given twice (try 'timeweave help ${command}')`, 2);
		values.set(name, value);
	}
	return { values, flags, positional };
}

/** Write OUT, turning every way it can fail into one CliError. */
export async function writeOutput(path: string, data: Uint8Array | string, io: CliIO): Promise<void> {
	const write = io.writeFile ?? (async (p: string, d: Uint8Array | string) => (await import('node:fs/promises')).writeFile(p, d));
	try {
		await write(path, data);
	} catch (error) {
		const e = error as CodedError;
		const why =
			e?.code === 'ENOENT' ? 'its folder does not exist'
			: e?.code === 'EISDIR' ? 'it is a directory'
			: e?.code === 'EACCES' || e?.code === 'EPERM' ? 'permission denied'
			: e?.code === 'ENOTDIR' ? 'a part of the path is not a directory'
			: e?.code === 'ENOSPC' ? 'no space left on the device'
			: (e?.message ?? String(error));
		throw new CliError(`cannot write '${path}': ${why}`, 1);
	}
}
