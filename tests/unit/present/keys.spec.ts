import { describe, expect, it } from 'vitest';
import { applyStepCommand, presentCommand, stepCommand, type StepCommand } from '../../../src/lib/present/keys.ts';

describe('stepCommand(key, modifiers)', () => {
	const rows: { key: string; shift?: boolean; expected: StepCommand | null }[] = [
		{ key: 'ArrowRight', expected: 'next' },
		{ key: 'PageDown', expected: 'next' },
		{ key: ' ', expected: 'next' },
		{ key: 'ArrowDown', expected: 'next' },
		{ key: 'ArrowLeft', expected: 'previous' },
		{ key: 'PageUp', expected: 'previous' },
		{ key: ' ', shift: true, expected: 'previous' },
		{ key: 'ArrowUp', expected: 'previous' },
		{ key: 'Home', expected: 'first' },
		{ key: 'End', expected: 'last' },
		{ key: 'Escape', expected: null },
		{ key: 'Enter', expected: null },
		{ key: 'a', expected: null }
	];
	for (const { key, shift, expected } of rows) {
		it(`${JSON.stringify(key)}${shift ? ' with Shift' : ''} -> ${expected}`, () => {
			expect(stepCommand(key, { shiftKey: shift })).toBe(expected);
		});
	}

	it('leaves presses with Ctrl, Alt or Meta to the browser', () => {
		expect(stepCommand('ArrowLeft', { altKey: true })).toBeNull();
		expect(stepCommand('End', { ctrlKey: true })).toBeNull();
		expect(stepCommand('ArrowRight', { metaKey: true })).toBeNull();
	});
});

describe('applyStepCommand(command, current, count)', () => {
	it('moves one step forward and back', () => {
		expect(applyStepCommand('next', 3, 12)).toBe(4);
		expect(applyStepCommand('previous', 3, 12)).toBe(2);
	});
	it('stays at either end', () => {
		expect(applyStepCommand('next', 12, 12)).toBe(12);
		expect(applyStepCommand('previous', 1, 12)).toBe(1);
	});
	it('jumps to the first and the last step', () => {
		expect(applyStepCommand('first', 7, 12)).toBe(1);
		expect(applyStepCommand('last', 2, 12)).toBe(12);
	});
	it('brings an out-of-range step back in range before moving', () => {
		expect(applyStepCommand('previous', 40, 12)).toBe(11);
		expect(applyStepCommand('next', 0, 12)).toBe(2);
	});
	it('is 0 with no steps', () => {
		expect(applyStepCommand('next', 1, 0)).toBe(0);
	});
});

describe('presentCommand(key, modifiers)', () => {
	it('maps T, F and Escape, in either case', () => {
		expect(presentCommand('t')).toBe('toggleTheme');
		expect(presentCommand('T', { shiftKey: true })).toBe('toggleTheme');
		expect(presentCommand('f')).toBe('toggleFullscreen');
		expect(presentCommand('F')).toBe('toggleFullscreen');
		expect(presentCommand('Escape')).toBe('leave');
	});
	it('passes the step keys through', () => {
		expect(presentCommand('PageDown')).toBe('next');
		expect(presentCommand(' ', { shiftKey: true })).toBe('previous');
		expect(presentCommand('x')).toBeNull();
	});
	it('ignores modified presses (Ctrl+F is the browser\'s find)', () => {
		expect(presentCommand('f', { ctrlKey: true })).toBeNull();
		expect(presentCommand('t', { metaKey: true })).toBeNull();
	});
});
