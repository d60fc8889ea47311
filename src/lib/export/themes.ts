/** Colours of exported images. Each theme reads well on a slide, on paper and projected. */
import { DOCUMENT_COLORS } from '../timeline/palette.ts';

export type ThemeName = 'light' | 'dark' | 'contrast';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'contrast'];

export interface Theme {
	background: string;
	/** Title and labels. */
	text: string;
	/** Subtitle, tick labels, source line. */
	muted: string;
	axis: string;
	grid: string;
	/** One colour per document, in order; the first is used when there is one document. */
	series: readonly string[];
	/** Fill of a cluster's bar (its members' ticks use the series colour). */
	cluster: string;
	/** Opacity of a coarse (year, month) span's fill; its outline is solid. */
	spanOpacity: number;
}

export const THEMES: Record<ThemeName, Theme> = {
	light: {
		background: '#ffffff',
		text: '#15191f',
		muted: '#5b626d',
		axis: '#8a929e',
		grid: '#e8ebef',
		// The on-screen document colours, so a picture matches the view it came from.
		series: DOCUMENT_COLORS,
		cluster: '#dfe5ee',
		spanOpacity: 0.35
	},
	dark: {
		background: '#15191f',
		text: '#eef1f5',
		muted: '#a7afba',
		axis: '#7c8592',
		grid: '#2a3039',
		series: ['#6ea3ff', '#f5a524', '#3cc99f', '#f072a5', '#a48bff', '#9aa8b8'],
		cluster: '#333b47',
		spanOpacity: 0.4
	},
	contrast: {
		background: '#ffffff',
		text: '#000000',
		muted: '#000000',
		axis: '#000000',
		grid: '#9a9a9a',
		series: ['#0000c8', '#a03c00', '#006400', '#a0005a', '#4b0096', '#000000'],
		cluster: '#d0d0d0',
		spanOpacity: 0.3
	}
};
