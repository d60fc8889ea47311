/**
 * The user-facing message for a failed extraction. An ExtractError's message is already
 * written for the user (empty text, binary input, bad reference date); anything else is a
 * bug, reported with a generic line plus its own message so it can be quoted in an issue.
 * Either way it is shown as a sentence: capital first letter, final full stop.
 * Shared by the worker and the client's in-thread fallback.
 *
 * ExtractError is recognised by its name rather than `instanceof`, so the page's bundle does
 * not have to import the extractor (it only runs in the worker).
 */
export function errorMessage(error: unknown): string {
	if (error instanceof Error && error.name === 'ExtractError' && error.message.trim()) return sentence(error.message);
	const detail = error instanceof Error ? error.message : String(error);
	return sentence(`Something went wrong while finding the events${detail ? `: ${detail}` : ''}`);
}

/** "the text is empty" → "The text is empty." */
export function sentence(message: string): string {
	const text = message.trim();
	if (!text) return text;
	const capital = text[0].toUpperCase() + text.slice(1);
	return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
