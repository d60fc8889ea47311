import { describe, expect, it } from 'vitest';
import { otherTheme, parseTheme } from '../../../src/lib/present/theme.ts';

describe('parseTheme(stored)', () => {
	it('reads the light theme', () => {
		expect(parseTheme('light')).toBe('light');
	});
	it('is dark for dark, nothing, or anything else', () => {
		expect(parseTheme('dark')).toBe('dark');
		expect(parseTheme(null)).toBe('dark');
		expect(parseTheme('neon')).toBe('dark');
	});
});

describe('otherTheme(theme)', () => {
	it('switches between the two', () => {
		expect(otherTheme('dark')).toBe('light');
		expect(otherTheme('light')).toBe('dark');
	});
});
