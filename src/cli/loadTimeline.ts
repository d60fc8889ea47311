/**
 * FILE for `render` and `export`: an article (.txt, .md, .html: its events are extracted now)
 * or a saved timeline (.json in Timeweave's format, or Timeweave's .csv), validated on the way in.
 */
import { extract } from '../lib/extract/index.ts';
import type { ExtractionResult } from '../lib/extract/index.ts';
import { readCsv } from '../lib/export/csv.ts';
import { ImportError, MAX_IMPORT_BYTES, readTimelineFile, toExtractionResult } from '../lib/export/timelineFile.ts';
import { formatFromPath } from './input.ts';
import type { CliIO } from './io.ts';
import { CliError, dayOfUse, oneLine, readText } from './common.ts';

/** A timeline loaded from FILE. */
export interface LoadedTimeline {
	result: ExtractionResult;
	/** 'article': extracted now; 'saved': read from a saved timeline. */
	source: 'article' | 'saved';
}

/** Which kind of saved timeline a path names, by extension; null for an article. */
export function savedKind(path: string): 'json' | 'csv' | null {
	const name = path.toLowerCase();
	return name.endsWith('.json') ? 'json' : name.endsWith('.csv') ? 'csv' : null;
}

/** Load FILE; warnings of the extraction go to stderr. Throws CliError. */
export async function loadTimeline(file: string, io: CliIO, options: { ref?: string } = {}): Promise<LoadedTimeline> {
	const kind = savedKind(file);
	if (kind) {
		if (options.ref) throw new CliError(`--ref applies to articles; '${file}' is a saved timeline with its dates already worked out`, 2);
		const text = await readText(file, io, MAX_IMPORT_BYTES);
		try {
			const data = kind === 'json' ? readTimelineFile(text) : readCsv(text);
			return { result: toExtractionResult(data), source: 'saved' };
		} catch (error) {
			if (error instanceof ImportError) throw new CliError(`cannot open '${file}': ${oneLine(error.message)}`, 1);
			throw error;
		}
	}
	const text = await readText(file, io);
	const result = extract(text, { format: formatFromPath(file), ...(options.ref ? { reference: options.ref } : {}), today: dayOfUse(io) });
	for (const warning of result.warnings) io.stderr.write(`timeweave: warning: ${oneLine(warning)}\n`);
	return { result, source: 'article' };
}
