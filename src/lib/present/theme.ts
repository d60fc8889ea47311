/**
 * The projector themes of present mode. Pure: the shell reads and writes localStorage.
 */

/** dark: light text on near-black (a dim room); light: black on white, high contrast (a bright room). */
export type PresentTheme = 'dark' | 'light';

/** The localStorage key under which the chosen theme is remembered. */
export const THEME_STORAGE_KEY = 'timeweave.present.theme';

/** The theme a stored value names; dark for anything else (nothing stored, an old or garbled value). */
export function parseTheme(stored: string | null | undefined): PresentTheme {
	return stored === 'light' ? 'light' : 'dark';
}

/** The other theme. */
export function otherTheme(theme: PresentTheme): PresentTheme {
	return theme === 'dark' ? 'light' : 'dark';
}
