/**
 * Module web worker that runs extraction off the main thread, so the page stays responsive
 * on long texts. Messages in: `{ id, text, options }`. Messages out, tagged with the same id:
 * `progress` (0..1, throttled), then exactly one `result` or `error`. It also writes a
 * timeline as TimeML (`{ id, kind: 'timeml', data }` → `timeml` or `error`), which runs the
 * extractor again: the extractor and its tagger's model are loaded here only, not in the page.
 */
import { extract } from '../extract/index.ts';
import type { ExtractOptions, ExtractionResult } from '../extract/index.ts';
import { writeTimeMl } from '../export/timeml.ts';
import type { TimelineData } from '../export/timelineFile.ts';
import { errorMessage } from './errorMessage.ts';

/** Extraction options that can cross the worker boundary (no callbacks). */
export type WorkerExtractOptions = Omit<ExtractOptions, 'onProgress' | 'timings'>;

/** A request from the page: an extraction, or a timeline to write as TimeML. */
export type ExtractRequest = { id: number; kind?: 'extract'; text: string; options: WorkerExtractOptions } | { id: number; kind: 'timeml'; data: TimelineData };

/** A message back to the page. */
export type ExtractResponse =
	| { id: number; type: 'progress'; fraction: number }
	| { id: number; type: 'result'; result: ExtractionResult }
	| { id: number; type: 'timeml'; text: string }
	| { id: number; type: 'error'; message: string };

// The worker global, typed narrowly: the project's TS lib is DOM, not WebWorker.
const scope = self as unknown as {
	postMessage(message: ExtractResponse): void;
	onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
};

/** Smallest progress step worth a message: a 50 MB text must not flood the page with thousands of them. */
const PROGRESS_STEP = 0.01;

scope.onmessage = (event) => {
	const request = event.data;
	if (request.kind === 'timeml') {
		try {
			scope.postMessage({ id: request.id, type: 'timeml', text: writeTimeMl(request.data) });
		} catch (error) {
			scope.postMessage({ id: request.id, type: 'error', message: errorMessage(error) });
		}
		return;
	}
	const { id, text, options } = request;
	let last = -1;
	const onProgress = (fraction: number) => {
		if (fraction - last < PROGRESS_STEP && fraction < 1) return;
		last = fraction;
		scope.postMessage({ id, type: 'progress', fraction });
	};
	try {
		const result = extract(text, { ...options, onProgress });
		scope.postMessage({ id, type: 'result', result });
	} catch (error) {
		scope.postMessage({ id, type: 'error', message: errorMessage(error) });
	}
};
