/** The shortcuts taken for speed find exactly what the plain scans find. */
import { describe, expect, it } from 'vitest';
import { EVENT_NOUNS, referencePattern, referencesIn } from '../../../src/lib/extract/events/triggers.ts';

const plain = (text: string, noun: string) => [...text.matchAll(referencePattern(noun))].map((m) => [m.index, m[0]]);
const fast = (text: string, noun: string) => [...referencesIn(text, text.toLowerCase(), noun)].map((m) => [m.index, m[0]]);

describe('referencesIn: the matches of referencePattern, run only near the noun', () => {
	const texts = [
		'The meeting was held. A pivotal meeting followed; the Moscow meeting, then meetings and a meeting-room.',
		'THE MEETING, the  first   meeting and their meeting’s end; the re-meeting; ill-timed meeting.',
		'Parade, parade. The victory parade, the Victory Day parade and paraded crowds.',
		'In March they march; the March march, the long march. Marches.',
		'Crème brûlée visit, the Élysée visit, their visit. São Paulo visit.',
		'A \u212Aelvin-sign strike (\u212A) and the long-\u017f \u017fpeech, speech, the speech.',
		'İstanbul summit, the summit, a summit.',
		'', 'meeting', 'the', 'a meeting', '—meeting—', "o'meeting a'meeting"
	];
	for (const text of texts)
		it(JSON.stringify(text.slice(0, 40)), () => {
			for (const noun of new Set(EVENT_NOUNS)) expect(fast(text, noun), noun).toEqual(plain(text, noun));
		});
});
