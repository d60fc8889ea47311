/**
 * Turn a user's file (name, size, bytes) into text Timeweave can read, or a clear refusal.
 * Pure: no DOM, no File API. The shell reads the bytes and calls these functions.
 */
import { decodeText } from '../extract/input/decodeText.ts';
import type { ExtractionResult } from '../extract/types.ts';
import { readCsv } from '../export/csv.ts';
import { ImportError, MAX_IMPORT_BYTES, readTimelineFile, toExtractionResult } from '../export/timelineFile.ts';

/** Input formats the extractor understands. */
export type TextFormat = 'text' | 'markdown' | 'html';

/** A file read as text. */
export interface ReadText {
	text: string;
	format: TextFormat;
}

/** A file Timeweave will not read; `message` is one line for the user. */
export class FileReadError extends Error {
	constructor(
		message: string,
		/** Machine-readable reason. */
		readonly code: 'unsupported' | 'too-large' | 'empty' | 'binary' | 'invalid'
	) {
		super(message);
		this.name = 'FileReadError';
	}
}

/** Largest file accepted, in bytes (50 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The `accept` attribute for file inputs: extensions first, then MIME types. */
export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm,.json,.csv,text/plain,text/markdown,text/html,application/json,text/csv';

const FORMATS: Record<string, TextFormat> = {
	txt: 'text',
	md: 'markdown',
	markdown: 'markdown',
	html: 'html',
	htm: 'html'
};

/** The format for a file name, from its extension (case-insensitive), or null. */
export function formatOfFileName(name: string): TextFormat | null {
	const dot = name.lastIndexOf('.');
	if (dot < 0) return null;
	return FORMATS[name.slice(dot + 1).toLowerCase()] ?? null;
}

/** `12.3 MB`, `740 KB`, `12 bytes`. */
export function formatSize(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}

/**
 * Checks that can run before the bytes are read (so a 2 GB file is refused at once):
 * the extension, the size limit and emptiness. Returns the format; throws FileReadError.
 */
export function checkFile(name: string, size: number): TextFormat {
	const format = formatOfFileName(name);
	if (!format) {
		throw new FileReadError(
			`Timeweave reads .txt, .md and .html files, and saved timelines (.json, .csv); “${name}” is not one of them.`,
			'unsupported'
		);
	}
	if (size > MAX_FILE_BYTES) {
		throw new FileReadError(
			`This file is too large (${formatSize(size)}); Timeweave reads files up to 50 MB.`,
			'too-large'
		);
	}
	if (size === 0) throw new FileReadError('This file is empty.', 'empty');
	return format;
}

const BINARY = 'This file is not text (it looks binary).';

/**
 * Read a file's bytes as text.
 * @param name - the file name; its extension picks the format (`.txt`, `.md`/`.markdown`, `.html`/`.htm`)
 * @param size - the file size in bytes, as reported by the file system
 * @param bytes - the file content
 * @returns the decoded text and its format
 * @throws FileReadError for an unsupported type, a file over 50 MB, an empty file, or binary content
 */
export function readFile(name: string, size: number, bytes: Uint8Array): ReadText {
	const format = checkFile(name, Math.max(size, bytes.length));
	const decoded = decodeText(bytes);
	if (!decoded.ok) throw new FileReadError(BINARY, 'binary');
	const text = decoded.text;
	if (!text.trim()) throw new FileReadError('This file is empty (it holds only blank space).', 'empty');
	return { text, format };
}

// ---- Saved timelines (.json, .csv) ------------------------------------------------------
// A separate path from texts: a saved timeline is opened as it is, never extracted again.

/** 'json' or 'csv' for a saved timeline's file name (case-insensitive), else null. */
export function savedTimelineKind(name: string): 'json' | 'csv' | null {
	const lower = name.toLowerCase();
	return lower.endsWith('.json') ? 'json' : lower.endsWith('.csv') ? 'csv' : null;
}

/** Checks before a saved timeline is read: its size (20 MB at most) and emptiness. */
export function checkSavedTimeline(name: string, size: number): void {
	if (size > MAX_IMPORT_BYTES) {
		throw new FileReadError(`This timeline file is too large (${formatSize(size)}); Timeweave opens saved timelines up to 20 MB.`, 'too-large');
	}
	if (size === 0) throw new FileReadError('This file is empty.', 'empty');
}

/**
 * Open a saved timeline (Timeweave JSON or CSV), validated.
 * @throws FileReadError with the reason, in words, when it is refused
 */
export function readSavedTimeline(name: string, size: number, bytes: Uint8Array): ExtractionResult {
	const kind = savedTimelineKind(name);
	if (!kind) throw new FileReadError(`“${name}” is not a saved timeline (.json or .csv).`, 'unsupported');
	checkSavedTimeline(name, Math.max(size, bytes.length));
	const decoded = decodeText(bytes);
	if (!decoded.ok) throw new FileReadError(BINARY, 'binary');
	try {
		return toExtractionResult(kind === 'json' ? readTimelineFile(decoded.text, bytes.length) : readCsv(decoded.text, bytes.length));
	} catch (error) {
		if (error instanceof ImportError) throw new FileReadError(`This timeline could not be opened: ${error.message}.`, 'invalid');
		throw error;
	}
}
