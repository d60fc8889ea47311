import { describe, expect, it } from 'vitest';
import { extract } from '$lib/extract';
import { listRows } from '$lib/app/listView';

describe('list view rows', () => {
	const text = `A summit

Leaders met in Moscow on 8 May 2025 to sign a pact. The parade followed on 9 May 2025.

Leaders met in Moscow on 8 May 2025 to sign a pact. The parade followed on 9 May 2025.`;
	const result = extract(text, { reference: '2025-05-10' });

	it('gives each event its date, title and quoted passages, repeats left out', () => {
		const rows = listRows(result.events, result.documents);
		expect(rows).toHaveLength(result.events.length);
		for (const row of rows) {
			expect(row.date).not.toBe('');
			expect(row.quotes.length).toBeGreaterThan(0);
			// The repeated paragraph is not quoted twice.
			expect(new Set(row.quotes.map((q) => q.before + q.mention + q.after)).size).toBe(row.quotes.length);
			for (const q of row.quotes) expect(text).toContain(q.mention);
		}
		const meeting = rows.find((r) => r.quotes.some((q) => q.mention.includes('8 May 2025')));
		expect(meeting?.quotes[0].source).toBe('paragraph 2');
	});

	it('names the document when there are several', () => {
		const other = extract('Notes\n\nThe treaty was signed on 1 June 2025.', { reference: '2025-06-02', documentId: 'd2' });
		const rows = listRows(other.events, [...result.documents, ...other.documents]);
		expect(rows[0].quotes[0].source).toBe('Notes, paragraph 2');
	});
});
