import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '$lib/extract';
import { goToTarget, matchEvents } from '$lib/app/goTo';

const ev = (id: string, title: string): TimelineEvent => ({
	id,
	title,
	time: { value: '1945', start: '1945-01-01', end: '1946-01-01', granularity: 'year' },
	mentions: [],
	confidence: 1,
	derivation: [],
	provenance: { stated: [], inferred: [] }
});
const events = [ev('a', 'World War II'), ev('b', 'March on Rome'), ev('c', 'Victory Day in Moscow'), ev('d', 'Moscow summit')];

describe('go to', () => {
	it('reads dates in the forms the edit field knows', () => {
		expect(goToTarget(events, 'May 1945')).toMatchObject({ kind: 'date', start: '1945-05-01' });
		expect(goToTarget(events, 'the 1990s')).toMatchObject({ kind: 'date', start: '1990-01-01', end: '2000-01-01' });
		expect(goToTarget(events, '44 BC')).toMatchObject({ kind: 'date' });
		expect(goToTarget(events, '1945-05-09')).toMatchObject({ kind: 'date', start: '1945-05-09' });
	});

	it('finds events by words of their titles, whole words first', () => {
		expect(goToTarget(events, 'march')).toEqual({ kind: 'event', id: 'b', label: 'March on Rome' });
		expect(matchEvents(events, 'moscow').map((e) => e.id)).toEqual(['d', 'c']);
		expect(goToTarget(events, 'victory moscow')).toMatchObject({ kind: 'event', id: 'c' });
	});

	it('says when nothing matches', () => {
		expect(goToTarget(events, '')).toMatchObject({ kind: 'none' });
		expect(goToTarget(events, 'zeppelin')).toEqual({ kind: 'none', message: 'No event or date matches “zeppelin”.' });
	});
});
