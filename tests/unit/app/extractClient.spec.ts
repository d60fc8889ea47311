import { describe, expect, it } from 'vitest';
import { ExtractClient, ExtractFailedError, SupersededError } from '../../../src/lib/app/extractClient.ts';

// Node has no Worker: the client runs the extractor in this thread, with the same contract.
describe('ExtractClient (in-thread fallback)', () => {
	it('resolves with the extraction result and reports progress', async () => {
		const client = new ExtractClient();
		const fractions: number[] = [];
		const result = await client.run('The Bastille was stormed on 14 July 1789.', { format: 'text' }, (f) => fractions.push(f));
		expect(result.documents[0].text).toBe('The Bastille was stormed on 14 July 1789.');
		expect(result.events.some((e) => e.time.start.startsWith('1789-07-14'))).toBe(true);
		expect(fractions.at(-1)).toBe(1);
	});

	it('the latest request wins: an older one rejects as superseded', async () => {
		const client = new ExtractClient();
		const first = client.run('On 14 July 1789.', {});
		const second = client.run('On 18 June 1815.', {});
		await expect(first).rejects.toBeInstanceOf(SupersededError);
		expect((await second).documents[0].text).toBe('On 18 June 1815.');
	});

	it('writes TimeML of a timeline (the extractor run again)', async () => {
		const client = new ExtractClient();
		const result = await client.run('The Bastille was stormed on 14 July 1789.', { reference: '2020-01-01' });
		const tml = await client.timeml(result);
		expect(tml).toContain('<TIMEX3 tid="t1" type="DATE" value="1789-07-14">14 July 1789</TIMEX3>');
	});

	it('rejects empty text with a user-facing sentence', async () => {
		const error = await new ExtractClient().run('   ', {}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ExtractFailedError);
		expect((error as Error).message).toMatch(/^[A-Z].*empty.*\.$/);
	});
});
