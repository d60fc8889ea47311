/**
 * The built-in example: the article Timeweave was first specified on (Putin and Xi meet in
 * Moscow the day before the 80th Victory Day parade). It has no dateline and four repeated
 * paragraphs, so it exercises reference-date inference and repeat linking. The file is a
 * byte-for-byte copy of the seed article; Vite inlines it as a string with `?raw`.
 */
import text from './sample/putin-xi-moscow.txt?raw';

/** The example article's full text, exactly as shipped. */
export const sampleText: string = text;

/** The example article's headline (its second line), for labels and the page title. */
export const sampleTitle = 'Putin and Xi Strengthen Ties Ahead of Historic WWII Commemoration';

/** The file name shown as the example's source. */
export const sampleFileName = 'putin-xi-moscow.txt';
