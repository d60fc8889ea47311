/**
 * FILE for `render` and `export`: an article (.txt, .md, .html: its events are extracted) or
 * a saved timeline (.json in Timeweave's format, .csv for `export`).
 */
import { extract } from '../lib/extract/index.ts';
import type { ExtractionResult } from '../lib/extract/index.ts';
import { formatFromPath } from './input.ts';
import type { CliIO } from './io.ts';
import { oneLine, readText } from './common.ts';

/** A timeline loaded from FILE. */
export interface LoadedTimeline {
	result: ExtractionResult;
	/** 'article': extracted now; 'saved': read from a saved timeline. */
	source: 'article' | 'saved';
}

/** Load FILE; warnings of the extraction go to stderr. Throws CliError. */
export async function loadTimeline(file: string, io: CliIO, options: { ref?: string } = {}): Promise<LoadedTimeline> {
	const text = await readText(file, io);
	const result = extract(text, { format: formatFromPath(file), ...(options.ref ? { reference: options.ref } : {}) });
	for (const warning of result.warnings) io.stderr.write(`timeweave: warning: ${oneLine(warning)}\n`);
	return { result, source: 'article' };
}
