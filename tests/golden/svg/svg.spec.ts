/**
 * Golden SVGs, in the style of Observable Plot's snapshot tests: each timeline is drawn,
 * normalised and compared with the file committed here. A missing file is written (review
 * it, then commit it); on a mismatch the new drawing is written next to it as
 * NAME-changed.svg (git-ignored) and the test fails, so the two can be compared side by side.
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimelineSvg, type SvgOptions, type TimelineInput } from '../../../src/lib/export/buildTimelineSvg.ts';
import { bceHistory, dense, sampleResult, twoDocuments } from '../../unit/export/fixtures.ts';

const DIR = import.meta.dirname;

/** One element per line, numbers rounded to two decimals, no trailing blanks: immune to float noise. */
export function normalizeSvg(svg: string): string {
	return (
		svg
			.replace(/>\s*</g, '>\n<')
			.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
			.split('\n')
			.map((l) => l.trimEnd())
			.filter(Boolean)
			.join('\n') + '\n'
	);
}

function expectGolden(name: string, input: TimelineInput, options: SvgOptions) {
	const actual = normalizeSvg(buildTimelineSvg(input, options));
	const file = resolve(DIR, `${name}.svg`);
	const changed = resolve(DIR, `${name}-changed.svg`);
	if (!existsSync(file)) {
		writeFileSync(file, actual);
		expect.fail(`wrote the new golden file ${name}.svg: look at it, then commit it`);
	}
	const expected = readFileSync(file, 'utf8');
	if (actual === expected) {
		if (existsSync(changed)) unlinkSync(changed);
	} else {
		writeFileSync(changed, actual);
	}
	expect(actual === expected, `${name}.svg changed: compare it with ${name}-changed.svg`).toBe(true);
}

describe('golden SVGs', () => {
	it('the sample article, reference 2025-05-08', () => expectGolden('sample', sampleResult(), { width: 1200 }));
	it('the sample article, narrow and dark', () => expectGolden('sample-narrow-dark', sampleResult(), { width: 480, theme: 'dark' }));
	it('Rome, BCE to CE', () => expectGolden('bce-history', bceHistory(), { width: 1000 }));
	it('a dense timeline, clustered', () => expectGolden('dense', dense(300), { width: 900 }));
	it('two documents, with a legend, in high contrast', () => expectGolden('two-documents', twoDocuments(), { width: 1000, theme: 'contrast' }));
	it('a chosen range of the two documents', () => expectGolden('two-documents-2022', twoDocuments(), { width: 700, range: { from: '2022', to: '2022' } }));
});
