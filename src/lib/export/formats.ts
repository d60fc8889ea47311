/**
 * The data formats of the Export menu and `timeweave export`, in one place. Pure. TimeML is
 * loaded when asked for: it runs the extractor again (with its tagger's model), which the
 * page otherwise only loads in its worker.
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

/** The timeline in `format`. */
export async function exportData(data: TimelineData, format: ExportFormat): Promise<ExportedFile> {
	switch (format) {
		case 'json':
			return { text: writeTimelineFile(data), mime: 'application/json', extension: '.timeweave.json' };
		case 'csv':
			return { text: writeCsv(data), mime: 'text/csv', extension: '.csv' };
		case 'timelinejs':
			return { text: writeTimelineJs(data), mime: 'application/json', extension: '.timelinejs.json' };
		case 'timeml': {
			const { writeTimeMl } = await import('./timeml.ts');
			return { text: writeTimeMl(data), mime: 'application/xml', extension: '.tml' };
		}
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
