/** Timelines for the export tests: small, deterministic, each exercising one part of the picture. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract } from '../../../src/lib/extract/index.ts';
import type { ExtractionResult, Granularity, TimelineEvent } from '../../../src/lib/extract/index.ts';
import type { TimelineInput } from '../../../src/lib/export/buildTimelineSvg.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
export const SAMPLE_PATH = resolve(ROOT, 'src/lib/app/sample/putin-xi-moscow.txt');

/** The app's sample article, extracted with the reference date 2025-05-08. */
export function sampleResult(): ExtractionResult {
	return extract(readFileSync(SAMPLE_PATH, 'utf8'), { reference: '2025-05-08' });
}

/** An event with the given id, title and time; mentioned in `doc`. */
export function ev(id: string, title: string, start: string, end: string, granularity: Granularity, doc = 'd1', value = start): TimelineEvent {
	return {
		id,
		title,
		time: { value, start, end, granularity },
		mentions: [{ documentId: doc, passageId: 'p1', start: 0, end: 4, text: 'text' }],
		confidence: 0.9,
		derivation: [],
		provenance: { stated: ['year'], inferred: [] }
	};
}

/** Rome, from its founding to the fall of the West: BCE to CE, days, years, a century and ranges. */
export function bceHistory(): TimelineInput {
	return {
		documents: [{ id: 'd1', title: 'Rome: from the founding to the fall of the West' }],
		events: [
			ev('e1', 'Founding of Rome', '-000752-04-21', '-000752-04-22', 'day', 'd1', '-0753-04-21'),
			ev('e2', 'Roman Republic founded', '-000508-01-01', '-000507-01-01', 'year', 'd1', '-0509'),
			ev('e3', 'Battle of Marathon', '-000489-01-01', '-000488-01-01', 'year', 'd1', '-0490'),
			ev('e4', 'The 5th century BCE', '-000499-01-01', '-000399-01-01', 'century', 'd1', '-05'),
			ev('e5', 'Reign of Alexander the Great', '-000335-01-01', '-000322-01-01', 'year', 'd1', '-0336/-0323'),
			ev('e6', 'Julius Caesar assassinated', '-000043-03-15', '-000043-03-16', 'day', 'd1', '-0044-03-15'),
			ev('e7', 'Reign of Augustus', '-000026-01-16', '0014-08-20', 'day', 'd1', '-0027-01-16/0014-08-19'),
			ev('e8', 'Eruption of Vesuvius buries Pompeii', '0079-08-24', '0079-08-25', 'day'),
			ev('e9', 'Deposition of Romulus Augustulus', '0476-01-01', '0477-01-01', 'year', 'd1', '0476')
		]
	};
}

/** `n` events between 2000 and 2024 from a fixed pseudo-random sequence: dense enough to cluster. */
export function dense(n = 300, docs = 1): TimelineInput {
	let seed = 12345;
	const next = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed / 2147483648;
	};
	const day0 = Date.UTC(2000, 0, 1);
	const span = Date.UTC(2024, 0, 1) - day0;
	const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
	const events: TimelineEvent[] = [];
	for (let i = 0; i < n; i++) {
		// Bunched: a third of the events fall in 2008.
		const t = i % 3 === 0 ? Date.UTC(2008, 0, 1) + Math.floor(next() * 365) * 86_400_000 : day0 + Math.floor(next() * (span / 86_400_000)) * 86_400_000;
		const doc = `d${(i % docs) + 1}`;
		if (i % 7 === 0) {
			const y = new Date(t).getUTCFullYear();
			events.push(ev(`e${i + 1}`, `Year event number ${i + 1}`, `${y}-01-01`, `${y + 1}-01-01`, 'year', doc, String(y)));
		} else {
			events.push(ev(`e${i + 1}`, `Event number ${i + 1} in the sequence`, iso(t), iso(t + 86_400_000), 'day', doc));
		}
	}
	return { documents: Array.from({ length: docs }, (_, i) => ({ id: `d${i + 1}`, title: `Document ${i + 1}` })), events };
}

/** Two articles on one timeline: a legend, and events coloured by document. */
export function twoDocuments(): TimelineInput {
	return {
		documents: [
			{ id: 'd1', title: 'Putin and Xi meet in Moscow' },
			{ id: 'd2', title: 'Владимир Путин и 习近平: a history of summits' }
		],
		events: [
			ev('a1', 'Putin and Xi convene in Moscow', '2025-05-08', '2025-05-09', 'day', 'd1'),
			ev('a2', 'Victory Day parade in Red Square', '2025-05-09', '2025-05-10', 'day', 'd1'),
			ev('b1', 'Xi visits Moscow', '2023-03-20', '2023-03-23', 'day', 'd2', '2023-03-20/2023-03-22'),
			ev('b2', 'Putin attends the Beijing Olympics', '2022-02-04', '2022-02-05', 'day', 'd2'),
			ev('b3', 'Treaty of Good-Neighbourliness renewed', '2021-06-01', '2021-07-01', 'month', 'd2', '2021-06'),
			ev('b4', 'Summit in Samarkand', '2022-09-15', '2022-09-16', 'day', 'd2')
		]
	};
}
