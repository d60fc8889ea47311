/**
 * The data formats of the Export menu and `timeweave export`, in one place. Pure. TimeML is
 * written by a function the caller gives: it runs the extractor again (with its tagger's
 * model), which the app keeps in its worker only and the command line calls directly.
 */
import { writeCsv } from './csv.ts';
import { writeTimelineFile, type TimelineData } from './timelineFile.ts';
import { writeTimelineJs } from './timelinejs.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'timelinejs', 'timeml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to download or write. */
export interface ExportedFile {
	text: string;
	mime: string;
	/** File name ending, with the dot. */
	extension: string;
}

/** Writes a timeline's first document as TimeML (`writeTimeMl` in `timeml.ts`, or the app's worker running it). */
export type TimeMlWriter = (data: TimelineData) => string | Promise<string>;

/** The timeline in `format`; TimeML needs `writeTimeMl`. */
export async function exportData(data: TimelineData, format: ExportFormat, writeTimeMl?: TimeMlWriter): Promise<ExportedFile> {
	switch (format) {
		case 'json':
			return { text: writeTimelineFile(data), mime: 'application/json', extension: '.timeweave.json' };
		case 'csv':
			return { text: writeCsv(data), mime: 'text/csv', extension: '.csv' };
		case 'timelinejs':
			return { text: writeTimelineJs(data), mime: 'application/json', extension: '.timelinejs.json' };
		case 'timeml':
			if (!writeTimeMl) throw new Error('TimeML needs the event finder, which is not loaded here');
			return { text: await writeTimeMl(data), mime: 'application/xml', extension: '.tml' };
	}
}

/** A file name from a title: letters, digits and dashes, at most 60 characters; "timeline" when nothing is left. */
export function fileStem(title: string): string {
	const stem = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '')
		.toLowerCase();
	return stem || 'timeline';
}
