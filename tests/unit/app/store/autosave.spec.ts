import { describe, expect, it } from 'vitest';
import { Autosave, type Timers } from '../../../../src/lib/app/store/autosave.ts';

/** Timers run by hand: `fire()` runs every pending callback. */
class ManualTimers implements Timers {
	pending = new Map<number, () => void>();
	delays: number[] = [];
	#next = 0;
	set(callback: () => void, ms: number): unknown {
		this.delays.push(ms);
		this.pending.set(++this.#next, callback);
		return this.#next;
	}
	clear(handle: unknown): void {
		this.pending.delete(handle as number);
	}
	fire(): void {
		const callbacks = [...this.pending.values()];
		this.pending.clear();
		callbacks.forEach((c) => c());
	}
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Autosave', () => {
	it('saves a burst of changes once, after the delay', async () => {
		const timers = new ManualTimers();
		let saves = 0;
		const states: string[] = [];
		const autosave = new Autosave(async () => void saves++, { delay: 400, timers, onstate: (s) => states.push(s) });
		autosave.schedule();
		autosave.schedule();
		autosave.schedule();
		expect(timers.pending.size).toBe(1);
		expect(timers.delays).toEqual([400]);
		expect(saves).toBe(0);
		expect(autosave.state).toBe('pending');
		timers.fire();
		await settle();
		expect(saves).toBe(1);
		expect(autosave.state).toBe('saved');
		expect(states).toEqual(['pending', 'pending', 'pending', 'saving', 'saved']);
	});

	it('flush saves at once, and only when something changed', async () => {
		const timers = new ManualTimers();
		let saves = 0;
		const autosave = new Autosave(async () => void saves++, { timers });
		await autosave.flush();
		expect(saves).toBe(0);
		autosave.schedule();
		await autosave.flush();
		expect(saves).toBe(1);
		expect(timers.pending.size).toBe(0);
	});

	it('a change during a save is saved right after it, never overlapping', async () => {
		const timers = new ManualTimers();
		let running = 0;
		let most = 0;
		let saves = 0;
		let release: () => void = () => {};
		const autosave = new Autosave(
			async () => {
				running++;
				most = Math.max(most, running);
				await new Promise<void>((resolve) => (release = resolve));
				running--;
				saves++;
			},
			{ timers }
		);
		autosave.schedule();
		const first = autosave.flush();
		await settle();
		autosave.schedule(); // while saving
		const second = autosave.flush();
		release();
		await settle();
		release();
		await Promise.all([first, second]);
		expect(saves).toBe(2);
		expect(most).toBe(1);
		expect(autosave.state).toBe('saved');
	});

	it('a failed save is reported and retried with the next flush', async () => {
		let fail = true;
		let saves = 0;
		const errors: unknown[] = [];
		const autosave = new Autosave(
			async () => {
				if (fail) throw new Error('quota exceeded');
				saves++;
			},
			{ timers: new ManualTimers(), onstate: (s, e) => s === 'error' && errors.push(e) }
		);
		autosave.schedule();
		await autosave.flush();
		expect(autosave.state).toBe('error');
		expect(String(errors[0])).toContain('quota exceeded');
		fail = false;
		await autosave.flush();
		expect(saves).toBe(1);
		expect(autosave.state).toBe('saved');
	});
});
