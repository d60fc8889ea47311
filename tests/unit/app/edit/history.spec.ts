import { describe, expect, it } from 'vitest';
import {
	appliedCommands,
	canRedo,
	canUndo,
	createHistory,
	record,
	redo,
	redoLabel,
	undo,
	undoLabel,
	type History
} from '../../../../src/lib/app/edit/history.ts';

const step = (n: number) => ({ command: n, label: `step ${n}` });

function recordAll(history: History<number>, ...ns: number[]): History<number> {
	return ns.reduce((h, n) => record(h, step(n)), history);
}

describe('history', () => {
	it('starts with nothing to undo or redo', () => {
		const h = createHistory<number>();
		expect(canUndo(h)).toBe(false);
		expect(canRedo(h)).toBe(false);
		expect(undoLabel(h)).toBeNull();
		expect(redoLabel(h)).toBeNull();
		expect(undo(h)).toBe(h);
		expect(redo(h)).toBe(h);
	});

	it('undoes and redoes in order, with labels', () => {
		const h = recordAll(createHistory<number>(), 1, 2, 3);
		expect(appliedCommands(h)).toEqual([1, 2, 3]);
		expect(undoLabel(h)).toBe('Undo step 3');
		const back = undo(undo(h));
		expect(appliedCommands(back)).toEqual([1]);
		expect(undoLabel(back)).toBe('Undo step 1');
		expect(redoLabel(back)).toBe('Redo step 2');
		const forward = redo(back);
		expect(appliedCommands(forward)).toEqual([1, 2]);
		expect(redoLabel(forward)).toBe('Redo step 3');
		expect(appliedCommands(redo(forward))).toEqual([1, 2, 3]);
		expect(canRedo(redo(forward))).toBe(false);
	});

	it('a new step after undoing drops the steps that could be redone', () => {
		const h = record(undo(undo(recordAll(createHistory<number>(), 1, 2, 3))), step(9));
		expect(appliedCommands(h)).toEqual([1, 9]);
		expect(canRedo(h)).toBe(false);
		expect(h.entries.map((e) => e.command)).toEqual([1, 9]);
	});

	it('never changes a history in place', () => {
		const h = recordAll(createHistory<number>(), 1, 2);
		const frozen = JSON.stringify(h);
		undo(h);
		redo(undo(h));
		record(h, step(3));
		expect(JSON.stringify(h)).toBe(frozen);
	});

	it('is bounded: only the last `limit` steps can be undone, older ones stay applied', () => {
		let h = createHistory<number>();
		for (let n = 1; n <= 8; n++) h = record(h, step(n), 5);
		let undone = 0;
		while (canUndo(h)) {
			h = undo(h);
			undone++;
		}
		expect(undone).toBe(5);
		expect(appliedCommands(h)).toEqual([1, 2, 3]);
		expect(undoLabel(h)).toBeNull();
		expect(redoLabel(h)).toBe('Redo step 4');
	});

	it('keeps 200 steps by default', () => {
		let h = createHistory<number>();
		for (let n = 1; n <= 250; n++) h = record(h, step(n));
		let undone = 0;
		while (canUndo(h)) {
			h = undo(h);
			undone++;
		}
		expect(undone).toBe(200);
	});

	it('a history created from applied steps cannot undo them', () => {
		const h = createHistory([step(1), step(2)]);
		expect(appliedCommands(h)).toEqual([1, 2]);
		expect(canUndo(h)).toBe(false);
		expect(appliedCommands(undo(record(h, step(3))))).toEqual([1, 2]);
	});
});
