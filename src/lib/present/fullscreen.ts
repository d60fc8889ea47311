/**
 * Full screen for present mode: thin wrappers over the Fullscreen API that never throw (a
 * browser may refuse, e.g. without a user gesture or inside a frame; the view works anyway).
 */

/** Whether the page is in full screen now. */
export function isFullscreen(): boolean {
	return typeof document !== 'undefined' && document.fullscreenElement !== null && document.fullscreenElement !== undefined;
}

/** Asks for full screen on the whole page. Call from a user gesture (a click or a key press). */
export async function enterFullscreen(): Promise<void> {
	const root = typeof document === 'undefined' ? null : document.documentElement;
	if (!root?.requestFullscreen || isFullscreen()) return;
	try {
		await root.requestFullscreen({ navigationUI: 'hide' });
	} catch {
		// Refused: present mode still works in the window.
	}
}

/** Leaves full screen, if in it. */
export async function exitFullscreen(): Promise<void> {
	if (!isFullscreen()) return;
	try {
		await document.exitFullscreen();
	} catch {
		// Already left (the user pressed Escape first).
	}
}
