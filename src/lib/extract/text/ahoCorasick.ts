/**
 * An Aho–Corasick automaton folded into a complete transition table, for scans that find many
 * words in one pass (the parsers' word gates, the gates of chrono's parsers): one table look-up
 * per character, whatever the number of words.
 */

/** `next[state * width + column]`: the state after a character of that column; `output[state]`: the bits of the words it completes. */
export interface Automaton {
	next: Int32Array;
	output: Int32Array;
}

/**
 * The automaton of `words` (each with the bits it sets in a scan's mask). `columnOf` gives the
 * column of each UTF-16 unit the words hold; `columns` lists the columns words may use, of the
 * table's `width`. Any other column (a character no word holds) stays 0: back to the start state.
 * A state's output holds its own word's bits and, by its failure links, those of every word that
 * ends there too.
 */
export function buildAutomaton(words: ReadonlyArray<readonly [word: string, bits: number]>, columnOf: (unit: number) => number, columns: readonly number[], width: number): Automaton {
	const goto: number[][] = [new Array(width).fill(-1)];
	const output: number[] = [0];
	for (const [w, bits] of words) {
		let state = 0;
		for (let i = 0; i < w.length; i++) {
			const k = columnOf(w.charCodeAt(i));
			if (goto[state][k] < 0) {
				goto[state][k] = goto.length;
				goto.push(new Array(width).fill(-1));
				output.push(0);
			}
			state = goto[state][k];
		}
		output[state] |= bits;
	}
	// Breadth-first: failure links, folded into the table.
	const next = new Int32Array(goto.length * width);
	const fail = new Int32Array(goto.length);
	const queue: number[] = [];
	for (const k of columns) {
		const s = goto[0][k];
		next[k] = s < 0 ? 0 : s;
		if (s > 0) queue.push(s);
	}
	for (let q = 0; q < queue.length; q++) {
		const r = queue[q];
		output[r] |= output[fail[r]];
		for (const k of columns) {
			const s = goto[r][k];
			if (s < 0) next[r * width + k] = next[fail[r] * width + k];
			else {
				fail[s] = next[fail[r] * width + k];
				next[r * width + k] = s;
				queue.push(s);
			}
		}
	}
	return { next, output: Int32Array.from(output) };
}
