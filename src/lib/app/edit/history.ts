/**
 * Undo and redo over a list of commands. The state is the list and a cursor: the commands
 * before the cursor are applied, the ones after it can be redone. Doing something new drops
 * the redoable ones. Bounded: only the last `limit` applied commands can be undone; older
 * ones stay applied (below `floor`) but are out of reach. Immutable: every function returns
 * a new history, or the same one when nothing changes. Pure: no Svelte, no DOM.
 */

/** One step: what was done and how to name it ("rename “Victory Day”"). */
export interface HistoryEntry<C> {
	command: C;
	label: string;
}

export interface History<C> {
	/** Every command, applied or redoable, oldest first. */
	readonly entries: readonly HistoryEntry<C>[];
	/** How many entries are applied. */
	readonly cursor: number;
	/** Entries below this index can no longer be undone. */
	readonly floor: number;
}

/** How many steps can be undone by default. */
export const HISTORY_LIMIT = 200;

/** A fresh history whose `applied` entries are already done and cannot be undone. */
export function createHistory<C>(applied: readonly HistoryEntry<C>[] = []): History<C> {
	return { entries: [...applied], cursor: applied.length, floor: applied.length };
}

/** Record a new step after the applied ones; redoable steps are dropped. */
export function record<C>(history: History<C>, entry: HistoryEntry<C>, limit = HISTORY_LIMIT): History<C> {
	const entries = [...history.entries.slice(0, history.cursor), entry];
	const cursor = entries.length;
	return { entries, cursor, floor: Math.max(history.floor, cursor - Math.max(0, limit)) };
}

export function canUndo<C>(history: History<C>): boolean {
	return history.cursor > history.floor;
}

export function canRedo<C>(history: History<C>): boolean {
	return history.cursor < history.entries.length;
}

/** One step back; the same history when there is nothing to undo. */
export function undo<C>(history: History<C>): History<C> {
	return canUndo(history) ? { ...history, cursor: history.cursor - 1 } : history;
}

/** One step forward again; the same history when there is nothing to redo. */
export function redo<C>(history: History<C>): History<C> {
	return canRedo(history) ? { ...history, cursor: history.cursor + 1 } : history;
}

/** "Undo rename “Victory Day”", or null when there is nothing to undo. */
export function undoLabel<C>(history: History<C>): string | null {
	return canUndo(history) ? `Undo ${history.entries[history.cursor - 1].label}` : null;
}

/** "Redo rename “Victory Day”", or null when there is nothing to redo. */
export function redoLabel<C>(history: History<C>): string | null {
	return canRedo(history) ? `Redo ${history.entries[history.cursor].label}` : null;
}

/** The applied commands, oldest first. */
export function appliedCommands<C>(history: History<C>): C[] {
	return history.entries.slice(0, history.cursor).map((e) => e.command);
}

/** The applied entries, oldest first. */
export function appliedEntries<C>(history: History<C>): HistoryEntry<C>[] {
	return history.entries.slice(0, history.cursor);
}
