import { describe, expect, it } from 'vitest';
import { errorMessage, sentence } from '../../../src/lib/app/errorMessage.ts';

class ExtractError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExtractError';
	}
}

describe('errorMessage', () => {
	it('shows an ExtractError’s own message as a sentence', () => {
		expect(errorMessage(new ExtractError('the text is empty'))).toBe('The text is empty.');
		expect(errorMessage(new ExtractError('This file is not text (it looks binary).'))).toBe('This file is not text (it looks binary).');
	});

	it('reports anything else as a bug with its message', () => {
		expect(errorMessage(new TypeError("cannot read properties of undefined (reading 'x')"))).toBe(
			"Something went wrong while finding the events: cannot read properties of undefined (reading 'x')."
		);
		expect(errorMessage('boom')).toBe('Something went wrong while finding the events: boom.');
		expect(errorMessage(new Error(''))).toBe('Something went wrong while finding the events.');
	});
});

describe('sentence', () => {
	it('capitalises and ends with a full stop once', () => {
		expect(sentence('  the text is empty ')).toBe('The text is empty.');
		expect(sentence('Done!')).toBe('Done!');
		expect(sentence('')).toBe('');
	});
});
