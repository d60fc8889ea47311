/**
 * What the keys of a keyboard or a presentation clicker do in present mode. Pure.
 *
 * Clickers send Right/Left or PageDown/PageUp (some send Space, Down/Up, B or period for
 * "blank"); Home and End jump to the ends.
 */

/** A move through the steps. */
export type StepCommand = 'next' | 'previous' | 'first' | 'last';

/** Everything a key can do in present mode. */
export type PresentCommand = StepCommand | 'toggleTheme' | 'toggleFullscreen' | 'leave';

/** The modifier state of a key press. */
export interface KeyModifiers {
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

/**
 * The step command for a key (`KeyboardEvent.key`), or null for keys that do not move.
 * Shift+Space goes back, as in slide software. Presses with Ctrl, Alt or Meta never move:
 * they belong to the browser (Alt+Left is "back", Ctrl+End scrolls).
 */
export function stepCommand(key: string, modifiers: KeyModifiers = {}): StepCommand | null {
	if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case ' ':
		case 'Spacebar':
			return modifiers.shiftKey ? 'previous' : 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}

/**
 * The step after `command` from `current` (1-based) among `count` steps. Stays put at either
 * end (a clicker pressed once too often does nothing); 0 when there are no steps.
 */
export function applyStepCommand(command: StepCommand, current: number, count: number): number {
	if (count <= 0) return 0;
	const here = Math.min(Math.max(1, current), count);
	switch (command) {
		case 'next':
			return Math.min(here + 1, count);
		case 'previous':
			return Math.max(here - 1, 1);
		case 'first':
			return 1;
		case 'last':
			return count;
	}
}

/**
 * The present-mode command for a key: a step command, T (theme), F (full screen), Escape
 * (leave), or null. Letters ignore case; modified presses never count.
 */
export function presentCommand(key: string, modifiers: KeyModifiers = {}): PresentCommand | null {
	if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) return null;
	switch (key) {
		case 't':
		case 'T':
			return 'toggleTheme';
		case 'f':
		case 'F':
			return 'toggleFullscreen';
		case 'Escape':
		case 'Esc':
			return 'leave';
		default:
			return stepCommand(key, modifiers);
	}
}
