import type { ExtractOptions, ExtractionResult } from './types.ts';

/** A problem with the input itself (empty, binary, bad option): `message` is one clear line for the user. */
export class ExtractError extends Error {
	constructor(
		message: string,
		/** Machine-readable reason. */
		readonly code: 'empty' | 'binary' | 'too-large' | 'bad-reference' | 'bad-format'
	) {
		super(message);
		this.name = 'ExtractError';
	}
}

/**
 * Extract documents, temporal expressions and events from one text.
 * TEMPORARY placeholder while the pipeline is being written: returns no events.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
	if (!text.trim()) throw new ExtractError('the text is empty', 'empty');
	const id = options.documentId ?? 'd1';
	return {
		referenceDate: options.reference ? { value: options.reference, source: 'user', derivation: ['given by the user'] } : null,
		documents: [{ id, title: '', text, passages: [] }],
		events: [],
		expressions: [],
		warnings: []
	};
}
