import { describe, it, expect } from 'vitest';
import {
	findKnownEventByName,
	findKnownEvents,
	getKnownEvent,
	knownEventKinds,
	knownEvents,
	validateKnownEvents,
	knownDateParts,
	type KnownEvent
} from '../../../src/lib/extract/knowledge/knowledgeBase.ts';

/** One expected mention: entry id and the text exactly as found. */
type Found = [id: string, text: string];

interface Row {
	name: string;
	text: string;
	expected: Found[];
}

/** Mentions found in `text`, checking on the way that every offset is exact. */
function mentions(text: string): Found[] {
	const found = findKnownEvents(text);
	for (const match of found) expect(text.slice(match.start, match.end)).toBe(match.text);
	return found.map((match) => [match.entry.id, match.text]);
}

const DAY = /^(?:BC)?\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(?:BC)?\d{4}-\d{2}$/;
const YEAR = /^(?:BC)?\d{4}$/;

/** A knowledge-base date in ISO 8601 form: `BC0490` (490 BCE) is the astronomical year -489, `-000489`. */
function iso(value: string): string {
	const bce = /^BC(\d{4})(.*)$/.exec(value);
	return bce ? `-${String(Number(bce[1]) - 1).padStart(6, '0')}${bce[2]}` : value;
}

/** First and last instant of a knowledge-base date, as milliseconds (UTC). */
function bounds(date: string): [number, number] {
	const value = iso(date);
	if (DAY.test(date)) {
		const t = Date.parse(`${value}T00:00:00Z`);
		return [t, t];
	}
	if (MONTH.test(date)) return [Date.parse(`${value}-01T00:00:00Z`), Date.parse(`${value}-01T00:00:00Z`)];
	return [Date.parse(`${value}-01-01T00:00:00Z`), Date.parse(`${value}-01-01T00:00:00Z`)];
}

const lookups: Row[] = [
	{
		name: 'Soviet victory and World War II in an anniversary sentence',
		text: "Moscow held a parade to mark the 80th anniversary of the Soviet Union's victory over Nazi Germany in World War II.",
		expected: [
			['victory-day-9-may', "Soviet Union's victory over Nazi Germany"],
			['world-war-ii', 'World War II']
		]
	},
	{
		name: 'VE Day',
		text: 'Britain marked VE Day with a flypast over Buckingham Palace.',
		expected: [['ve-day', 'VE Day']]
	},
	{
		name: 'Victory in Europe Day, full name',
		text: 'Victory in Europe Day is a public holiday in France.',
		expected: [['ve-day', 'Victory in Europe Day']]
	},
	{
		name: 'Victory Day in Russia',
		text: 'Victory Day is the most important holiday in the Russian calendar.',
		expected: [['victory-day-9-may', 'Victory Day']]
	},
	{
		name: 'fall of the Berlin Wall',
		text: 'Germany reunified less than a year after the fall of the Berlin Wall.',
		expected: [['fall-of-the-berlin-wall', 'fall of the Berlin Wall']]
	},
	{
		name: 'Second World War',
		text: 'The Second World War ended in 1945.',
		expected: [['world-war-ii', 'Second World War']]
	},
	{
		name: 'First World War and the Somme',
		text: 'His grandfather fought in the First World War and was wounded at the Battle of the Somme.',
		expected: [
			['world-war-i', 'First World War'],
			['battle-of-the-somme', 'Battle of the Somme']
		]
	},
	{
		name: 'September 11 attacks and 9/11',
		text: 'Airport security changed after the September 11 attacks; nothing was the same after 9/11.',
		expected: [
			['september-11-attacks', 'September 11 attacks'],
			['september-11-attacks', '9/11']
		]
	},
	{
		name: 'Treaty of Versailles',
		text: 'The Treaty of Versailles was signed in the Hall of Mirrors.',
		expected: [['treaty-of-versailles', 'Treaty of Versailles']]
	},
	{
		name: 'Molotov–Ribbentrop Pact with an en dash',
		text: 'The Molotov–Ribbentrop Pact divided Eastern Europe into spheres of influence.',
		expected: [['molotov-ribbentrop-pact', 'Molotov–Ribbentrop Pact']]
	},
	{
		name: 'Molotov-Ribbentrop Pact with a hyphen',
		text: 'the Molotov-Ribbentrop Pact of 1939',
		expected: [['molotov-ribbentrop-pact', 'Molotov-Ribbentrop Pact']]
	},
	{
		name: 'Russian invasion of Ukraine',
		text: 'Since the Russian invasion of Ukraine, gas prices in Europe have soared.',
		expected: [['russian-invasion-of-ukraine', 'Russian invasion of Ukraine']]
	},
	{
		name: 'Chernobyl disaster',
		text: 'The Chernobyl disaster contaminated large parts of Belarus.',
		expected: [['chernobyl-disaster', 'Chernobyl disaster']]
	},
	{
		name: 'D-Day',
		text: 'The plans were drawn up long before D-Day.',
		expected: [['normandy-landings', 'D-Day']]
	},
	{
		name: 'Cuban Missile Crisis',
		text: 'Historians still debate the causes of the Cuban Missile Crisis.',
		expected: [['cuban-missile-crisis', 'Cuban Missile Crisis']]
	},
	{
		name: 'Brexit referendum and Brexit',
		text: 'The Brexit referendum split the country; Brexit itself came three and a half years later.',
		expected: [
			['brexit-referendum', 'Brexit referendum'],
			['brexit', 'Brexit']
		]
	},
	{
		name: 'October Revolution',
		text: 'The October Revolution brought the Bolsheviks to power.',
		expected: [['october-revolution', 'October Revolution']]
	},
	{
		name: 'COVID-19 pandemic, Covid spelling',
		text: 'The Covid-19 pandemic closed schools for months.',
		expected: [['covid-19-pandemic', 'Covid-19 pandemic']]
	},
	{
		name: 'Apollo 11 and the Moon landing',
		text: "Apollo 11's Moon landing was watched by 600 million people.",
		expected: [
			['apollo-11-moon-landing', 'Apollo 11'],
			['apollo-11-moon-landing', 'Moon landing']
		]
	},
	{
		name: 'atomic bombing of Hiroshima',
		text: 'Japan remembers the atomic bombing of Hiroshima every August.',
		expected: [['atomic-bombing-of-hiroshima', 'atomic bombing of Hiroshima']]
	},
	{
		name: "Mandela's release from prison",
		text: "Crowds filled the streets of Cape Town on the day of Mandela's release from prison.",
		expected: [['release-of-nelson-mandela', "Mandela's release from prison"]]
	},
	{
		name: 'assassination of Archduke Franz Ferdinand',
		text: 'The assassination of Archduke Franz Ferdinand in Sarajevo set off the July Crisis.',
		expected: [['assassination-of-archduke-franz-ferdinand', 'assassination of Archduke Franz Ferdinand']]
	},
	{
		name: 'Indian Ocean tsunami',
		text: 'The 2004 Indian Ocean tsunami killed more than 200,000 people.',
		expected: [['2004-indian-ocean-tsunami', '2004 Indian Ocean tsunami']]
	},
	{
		name: 'fall of Saigon and the Vietnam War',
		text: 'The fall of Saigon marked the end of the Vietnam War.',
		expected: [
			['fall-of-saigon', 'fall of Saigon'],
			['vietnam-war', 'Vietnam War']
		]
	},
	{
		name: 'VJ Day',
		text: 'Sailors celebrated in Times Square on VJ Day.',
		expected: [['vj-day', 'VJ Day']]
	},
	{
		name: 'Great Depression and the Wall Street crash',
		text: 'The Great Depression followed the Wall Street Crash of 1929.',
		expected: [
			['great-depression', 'Great Depression'],
			['wall-street-crash-of-1929', 'Wall Street Crash of 1929']
		]
	},
	{
		name: 'dissolution of the Soviet Union',
		text: 'The dissolution of the Soviet Union left fifteen independent states.',
		expected: [['dissolution-of-the-soviet-union', 'dissolution of the Soviet Union']]
	},
	{
		name: 'attack on Pearl Harbor',
		text: 'The attack on Pearl Harbor brought the United States into the war.',
		expected: [['attack-on-pearl-harbor', 'attack on Pearl Harbor']]
	},
	{
		name: 'two wars of the 19th century',
		text: 'Veterans of the Napoleonic Wars lived to see the Crimean War.',
		expected: [
			['napoleonic-wars', 'Napoleonic Wars'],
			['crimean-war', 'Crimean War']
		]
	},
	{
		name: 'German reunification',
		text: 'German reunification took place on a Wednesday.',
		expected: [['german-reunification', 'German reunification']]
	},
	{
		name: 'Battle of Waterloo with possessive and sentence end',
		text: "Wellington's army won the Battle of Waterloo.",
		expected: [['battle-of-waterloo', 'Battle of Waterloo']]
	},
	{
		name: 'flexible whitespace across a line break',
		text: 'veterans of the Second\nWorld  War gathered',
		expected: [['world-war-ii', 'Second\nWorld  War']]
	},
	{
		name: 'curly apostrophe',
		text: 'the Soviet Union’s victory over Nazi Germany',
		expected: [['victory-day-9-may', 'Soviet Union’s victory over Nazi Germany']]
	},
	{
		name: 'mention in quotes and brackets, followed by a possessive',
		text: '“World War II” (WWII) — World War II’s end',
		expected: [
			['world-war-ii', 'World War II'],
			['world-war-ii', 'WWII'],
			['world-war-ii', 'World War II']
		]
	},
	{
		name: 'a name “… of X” whose X takes a possessive is no mention (the possessive is X’s)',
		text: "Potsdam demanded the unconditional surrender of Japan's armed forces. The surrender of Japan ended the war.",
		expected: [['surrender-of-japan', 'surrender of Japan']]
	},
	{
		name: 'hyphenated compounds keep the mention',
		text: 'post-9/11 security and WWII-era bunkers',
		expected: [
			['september-11-attacks', '9/11'],
			['world-war-ii', 'WWII']
		]
	},
	{
		name: 'a year range after a year alias',
		text: 'the War of 1812–15',
		expected: [['war-of-1812', 'War of 1812']]
	}
];

const caseRows: Row[] = [
	{ name: 'WWII upper case matches', text: 'WWII veterans', expected: [['world-war-ii', 'WWII']] },
	{ name: 'wwii lower case does not', text: 'wwii veterans', expected: [] },
	{ name: 'Ww2 mixed case does not', text: 'Ww2 veterans', expected: [] },
	{ name: 'WW2 matches', text: 'a WW2 bomber', expected: [['world-war-ii', 'WW2']] },
	{ name: 'world war ii lower case matches', text: 'after world war ii', expected: [['world-war-ii', 'world war ii']] },
	{ name: 'WORLD WAR II upper case matches', text: 'AFTER WORLD WAR II', expected: [['world-war-ii', 'WORLD WAR II']] },
	{ name: 'VE day with lower-case day matches', text: 'on VE day', expected: [['ve-day', 'VE day']] },
	{ name: 've day lower case does not', text: 'on ve day', expected: [] },
	{ name: 'V-E Day matches', text: 'on V-E Day', expected: [['ve-day', 'V-E Day']] },
	{ name: 'US Civil War matches', text: 'a US Civil War general', expected: [['american-civil-war', 'US Civil War']] },
	{ name: 'UN Charter matches', text: 'the UN Charter', expected: [['charter-of-the-united-nations', 'UN Charter']] },
	{ name: 'un charter lower case does not', text: 'un charter', expected: [] },
	{ name: 'Cold War matches', text: 'the end of the Cold War', expected: [['cold-war', 'Cold War']] },
	{ name: 'Great War matches', text: 'the Great War', expected: [['world-war-i', 'Great War']] },
	{ name: 'Victory Day matches', text: 'on Victory Day', expected: [['victory-day-9-may', 'Victory Day']] },
	{
		name: 'victory over Nazi Germany is not case-sensitive',
		text: 'Victory Over Nazi Germany',
		expected: [['victory-day-9-may', 'Victory Over Nazi Germany']]
	}
];

const overlapRows: Row[] = [
	{
		name: 'longer alias wins over the one nested in it',
		text: 'the Soviet Union’s victory over Nazi Germany',
		expected: [['victory-day-9-may', 'Soviet Union’s victory over Nazi Germany']]
	},
	{
		name: 'Allied victory is VE Day, not the Soviet victory nested in it',
		text: "the Allies' victory over Nazi Germany",
		expected: [['ve-day', "Allies' victory over Nazi Germany"]]
	},
	{
		name: 'Great Patriotic War victory contains the Great Patriotic War',
		text: 'Great Patriotic War victory; the Great Patriotic War',
		expected: [
			['victory-day-9-may', 'Great Patriotic War victory'],
			['eastern-front-world-war-ii', 'Great Patriotic War']
		]
	},
	{
		name: 'fall of the Berlin Wall contains the Berlin Wall',
		text: 'the Berlin Wall, then the fall of the Berlin Wall',
		expected: [
			['berlin-wall', 'Berlin Wall'],
			['fall-of-the-berlin-wall', 'fall of the Berlin Wall']
		]
	},
	{
		name: 'first day of the Battle of the Somme',
		text: 'the first day of the Battle of the Somme',
		expected: [['first-day-on-the-somme', 'first day of the Battle of the Somme']]
	},
	{
		name: 'Russian Revolution of 1905 is not the Russian Revolution',
		text: 'the Russian Revolution of 1905 and the Russian Revolution',
		expected: [
			['russian-revolution-of-1905', 'Russian Revolution of 1905'],
			['october-revolution', 'Russian Revolution']
		]
	},
	{
		name: 'both cities, then one',
		text: 'the atomic bombing of Hiroshima and Nagasaki; the atomic bombing of Hiroshima',
		expected: [
			['atomic-bombings-of-hiroshima-and-nagasaki', 'atomic bombing of Hiroshima and Nagasaki'],
			['atomic-bombing-of-hiroshima', 'atomic bombing of Hiroshima']
		]
	},
	{
		name: 'Soviet war in Afghanistan is not the 2001 war',
		text: 'the Soviet war in Afghanistan and the war in Afghanistan',
		expected: [
			['soviet-afghan-war', 'Soviet war in Afghanistan'],
			['war-in-afghanistan-2001-2021', 'war in Afghanistan']
		]
	},
	{
		name: 'overturning of Roe v. Wade contains Roe v. Wade',
		text: 'the overturning of Roe v. Wade',
		expected: [['dobbs-v-jackson', 'overturning of Roe v. Wade']]
	},
	{
		name: 'a longer mention starting inside a shorter one wins',
		text: 'The Anglo-Irish War of Independence ended with a truce.',
		expected: [['irish-war-of-independence', 'Irish War of Independence']]
	}
];

const negativeRows: Row[] = [
	{ name: 'victory parade', text: 'The victory parade drew large crowds.', expected: [] },
	{ name: 'a world war', text: 'It was a world war in all but name.', expected: [] },
	{ name: 'independence', text: 'Campaigners marked independence with fireworks.', expected: [] },
	{ name: 'Independence Day', text: 'Independence Day fireworks lit up the sky.', expected: [] },
	{ name: 'a great war (football)', text: 'He had a great war, scoring twelve goals.', expected: [] },
	{ name: 'a new cold war', text: 'Some fear a new cold war between the two companies.', expected: [] },
	{ name: 'a verb, “would march on Rome”, is no March on Rome; nor “to march on Washington”', text: 'Cavour feared that Garibaldi would march on Rome. They planned to march on Washington.', expected: [] },
	{ name: 'the March on Rome and the March on Washington', text: 'The March on Rome took place in 1922. The March on Washington drew 250,000.', expected: [['march-on-rome', 'March on Rome'], ['march-on-washington', 'March on Washington']] },
	{ name: 'the revolution', text: 'The revolution will not be televised.', expected: [] },
	{ name: 'declared victory', text: 'The committee declared victory after the vote.', expected: [] },
	{ name: 'Waterloo station', text: 'Meet me at Waterloo station at nine.', expected: [] },
	{ name: 'a place, not an attack', text: 'They sailed from Pearl Harbor in the morning.', expected: [] },
	{ name: 'a date, not 9/11', text: 'The report was filed on 9/11/2019 at noon.', expected: [] },
	{ name: 'a date, not 26/11', text: 'Delivered 26/11/2008.', expected: [] },
	{ name: 'Sputnik the news agency', text: 'Sputnik News reported the statement.', expected: [] },
	{ name: 'a cultural revolution', text: 'A cultural revolution swept the company.', expected: [] },
	{ name: 'victory day for fans', text: 'It was a victory day for the fans.', expected: [] },
	{ name: 'inside longer words', text: 'Berliners, Brexiteers and Blitzkrieg tactics.', expected: [] },
	{ name: 'a great depression', text: 'She fell into a great depression.', expected: [] },
	{ name: 'the war alone', text: 'The war went on for years.', expected: [] },
	{ name: 'empty string', text: '', expected: [] }
];

describe('findKnownEvents: look-ups through different names', () => {
	it.each(lookups)('$name', ({ text, expected }) => {
		expect(mentions(text)).toEqual(expected);
	});
});

describe('findKnownEvents: case rules', () => {
	it.each(caseRows)('$name', ({ text, expected }) => {
		expect(mentions(text)).toEqual(expected);
	});
});

describe('findKnownEvents: overlaps, the longest mention wins', () => {
	it.each(overlapRows)('$name', ({ text, expected }) => {
		expect(mentions(text)).toEqual(expected);
	});
});

describe('findKnownEvents: no match', () => {
	it.each(negativeRows)('$name', ({ text, expected }) => {
		expect(mentions(text)).toEqual(expected);
	});
});

describe('findKnownEvents: offsets', () => {
	it('gives exact offsets, without a leading "the"', () => {
		const text = "Moscow marked the 80th anniversary of the Soviet Union's victory over Nazi Germany in World War II.";
		const found = findKnownEvents(text);
		expect(found.map((m) => [m.entry.id, m.start, m.end])).toEqual([
			['victory-day-9-may', 42, 82],
			['world-war-ii', 86, 98]
		]);
		expect(text.slice(found[0].start, found[0].end)).toBe("Soviet Union's victory over Nazi Germany");
	});

	it('offsets a mention that starts inside a shorter one', () => {
		const found = findKnownEvents('The Anglo-Irish War of Independence ended.');
		expect(found.map((m) => [m.start, m.end, m.text])).toEqual([[10, 35, 'Irish War of Independence']]);
	});

	it('returns mentions sorted by start and never overlapping', () => {
		const text = lookups.map((row) => row.text).join('\n\n');
		const found = findKnownEvents(text);
		expect(found.length).toBe(lookups.reduce((n, row) => n + row.expected.length, 0));
		for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
	});

	it('finds the entry again through every one of its names and aliases', () => {
		const wrong: string[] = [];
		for (const entry of knownEvents) {
			for (const alias of [entry.name, ...entry.aliases]) {
				const bare = alias.replace(/^the\s+/i, '');
				const found = findKnownEvents(`Before ${alias}, after.`);
				const got = found.map((m) => `${m.entry.id}:${m.text}`).join(' | ');
				if (got !== `${entry.id}:${bare}`) wrong.push(`${alias} -> ${got}`);
				if (findKnownEventByName(alias) !== entry) wrong.push(`by name: ${alias}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('finds every alias written with other spaces, dashes and apostrophes (the first-two-words filter reads them as the trie does)', () => {
		const wrong: string[] = [];
		for (const entry of knownEvents) {
			for (const alias of [entry.name, ...entry.aliases]) {
				const bare = alias.replace(/^the\s+/i, '');
				const written = bare.replace(/\s+/g, ' \n\t').replace(/[-‐‑‒–—]/g, '—').replace(/['’ʼ‘`]/g, '’');
				const found = findKnownEvents(`Before the ${written}, after.`);
				const got = found.map((m) => `${m.entry.id}:${m.text}`).join(' | ');
				if (got !== `${entry.id}:${written}`) wrong.push(`${written} -> ${got}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it.each([
		['a first word alone, then a word no alias has after it', 'The first time, the battle was over.', []],
		['a first word before a full stop', 'They fought the battle. Of course it ended.', []],
		['a first word at the end of the text', 'They fought the battle', []]
	] as const)('no mention: %s', (_, text, expected) => {
		expect(mentions(text)).toEqual(expected);
	});
});

describe('findKnownEventByName', () => {
	it.each([
		['the Second World War', 'world-war-ii'],
		['WWII', 'world-war-ii'],
		['  fall of   the Berlin Wall ', 'fall-of-the-berlin-wall'],
		['Soviet Union’s victory over Nazi Germany', 'victory-day-9-may'],
		['Molotov-Ribbentrop Pact', 'molotov-ribbentrop-pact'],
		['victory day', undefined],
		['wwii', undefined],
		['Berlin', undefined],
		['World War II veterans', undefined],
		['', undefined]
	])('%j', (name, id) => {
		expect(findKnownEventByName(name)?.id).toBe(id);
	});
});

describe('knowledge base data', () => {
	it('has at least 150 entries with unique kebab-case ids', () => {
		expect(knownEvents.length).toBeGreaterThanOrEqual(150);
		const ids = knownEvents.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('gives every entry a name, a source and a known kind', () => {
		for (const entry of knownEvents) {
			expect(entry.name.trim(), entry.id).not.toBe('');
			expect(entry.source.trim(), entry.id).not.toBe('');
			expect(knownEventKinds, entry.id).toContain(entry.kind);
		}
	});

	it('has dates that parse, match their granularity, and end on or after they start', () => {
		const pattern: Record<string, RegExp> = { day: DAY, month: MONTH, year: YEAR };
		for (const entry of knownEvents) {
			expect(entry.start, entry.id).toMatch(pattern[entry.granularity]);
			const [start] = bounds(entry.start);
			expect(Number.isNaN(start), entry.id).toBe(false);
			if (entry.granularity === 'day') {
				expect(new Date(start).toISOString().replace(/T.*$/, ''), entry.id).toBe(iso(entry.start));
			}
			if (entry.end !== undefined) {
				expect(entry.end, entry.id).toMatch(pattern[entry.granularity]);
				const [end] = bounds(entry.end);
				expect(end, entry.id).toBeGreaterThan(start);
			}
		}
	});

	it('covers the 19th, 20th and 21st centuries', () => {
		const century = (entry: KnownEvent) => Math.floor((Number(entry.start.slice(0, 4)) - 1) / 100) + 1;
		const counts = new Map<number, number>();
		for (const entry of knownEvents) counts.set(century(entry), (counts.get(century(entry)) ?? 0) + 1);
		expect(counts.get(19)).toBeGreaterThanOrEqual(30);
		expect(counts.get(20)).toBeGreaterThanOrEqual(100);
		expect(counts.get(21)).toBeGreaterThanOrEqual(30);
	});

	it('gives every war an end, except ongoing ones, which have none', () => {
		for (const entry of knownEvents) {
			if (entry.kind === 'war') expect(entry.end !== undefined || entry.ongoing === true, entry.id).toBe(true);
			if (entry.ongoing) expect(entry.end, entry.id).toBeUndefined();
		}
		expect(knownEvents.filter((entry) => entry.ongoing).map((entry) => entry.id)).toEqual(
			expect.arrayContaining(['russian-invasion-of-ukraine', 'russo-ukrainian-war'])
		);
	});

	it('uses every kind', () => {
		const used = new Set(knownEvents.map((entry) => entry.kind));
		expect([...used].sort()).toEqual([...knownEventKinds].sort());
	});

	it('keeps Victory Day (9 May) and VE Day (8 May) apart', () => {
		const victoryDay = findKnownEventByName('Victory Day');
		const veDay = findKnownEventByName('VE Day');
		expect(victoryDay?.start).toBe('1945-05-09');
		expect(veDay?.start).toBe('1945-05-08');
		expect(victoryDay?.id).not.toBe(veDay?.id);
		expect(findKnownEventByName("Soviet Union's victory over Nazi Germany")?.id).toBe(victoryDay?.id);
		expect(findKnownEventByName('Great Patriotic War victory')?.id).toBe(victoryDay?.id);
		expect(findKnownEventByName('Victory in Europe Day')?.id).toBe(veDay?.id);
	});

	it.each([
		['world-war-i', '1914-07-28', '1918-11-11'],
		['world-war-ii', '1939-09-01', '1945-09-02'],
		['napoleonic-wars', '1803-05-18', '1815-11-20'],
		['crimean-war', '1853-10-16', '1856-03-30'],
		['franco-prussian-war', '1870-07-19', '1871-01-28'],
		['second-boer-war', '1899-10-11', '1902-05-31'],
		['russo-japanese-war', '1904-02-08', '1905-09-05'],
		['spanish-civil-war', '1936-07-17', '1939-04-01'],
		['korean-war', '1950-06-25', '1953-07-27'],
		['vietnam-war', '1955-11-01', '1975-04-30'],
		['six-day-war', '1967-06-05', '1967-06-10'],
		['yom-kippur-war', '1973-10-06', '1973-10-25'],
		['iran-iraq-war', '1980-09-22', '1988-08-20'],
		['gulf-war', '1990-08-02', '1991-02-28'],
		['bosnian-war', '1992-04-06', '1995-12-14'],
		['kosovo-war', '1998-02-28', '1999-06-11'],
		['war-in-afghanistan-2001-2021', '2001-10-07', '2021-08-30'],
		['iraq-war', '2003-03-20', '2011-12-18'],
		['battle-of-waterloo', '1815-06-18', undefined],
		['battle-of-gettysburg', '1863-07-01', '1863-07-03'],
		['battle-of-stalingrad', '1942-08-23', '1943-02-02'],
		['battle-of-berlin', '1945-04-16', '1945-05-02'],
		['normandy-landings', '1944-06-06', undefined],
		['treaty-of-versailles', '1919-06-28', undefined],
		['molotov-ribbentrop-pact', '1939-08-23', undefined],
		['north-atlantic-treaty', '1949-04-04', undefined],
		['paris-agreement', '2015-12-12', undefined],
		['october-revolution', '1917-11-07', undefined],
		['founding-of-the-peoples-republic-of-china', '1949-10-01', undefined],
		['sinking-of-the-titanic', '1912-04-15', undefined],
		['chernobyl-disaster', '1986-04-26', undefined],
		['2004-indian-ocean-tsunami', '2004-12-26', undefined],
		['fukushima-nuclear-disaster', '2011-03-11', undefined],
		['ve-day', '1945-05-08', undefined],
		['victory-day-9-may', '1945-05-09', undefined],
		['vj-day', '1945-08-15', undefined],
		['surrender-of-japan', '1945-09-02', undefined],
		['attack-on-pearl-harbor', '1941-12-07', undefined],
		['atomic-bombing-of-hiroshima', '1945-08-06', undefined],
		['atomic-bombing-of-nagasaki', '1945-08-09', undefined],
		['apollo-11-moon-landing', '1969-07-20', undefined],
		['fall-of-the-berlin-wall', '1989-11-09', undefined],
		['german-reunification', '1990-10-03', undefined],
		['dissolution-of-the-soviet-union', '1991-12-26', undefined],
		['september-11-attacks', '2001-09-11', undefined],
		['assassination-of-john-f-kennedy', '1963-11-22', undefined],
		['assassination-of-archduke-franz-ferdinand', '1914-06-28', undefined],
		['armistice-of-11-november-1918', '1918-11-11', undefined],
		['wall-street-crash-of-1929', '1929-10-29', undefined],
		['brexit-referendum', '2016-06-23', undefined],
		['brexit', '2020-01-31', undefined],
		['indian-independence', '1947-08-15', undefined],
		['israeli-declaration-of-independence', '1948-05-14', undefined],
		['sputnik-1', '1957-10-04', undefined],
		['cuban-missile-crisis', '1962-10-16', '1962-10-29'],
		['tiananmen-square-massacre', '1989-06-04', undefined],
		['release-of-nelson-mandela', '1990-02-11', undefined],
		['rwandan-genocide', '1994-04-07', '1994-07-15'],
		['russian-invasion-of-ukraine', '2022-02-24', undefined]
	])('%s: %s to %s', (id, start, end) => {
		const entry = getKnownEvent(id);
		expect(entry?.start).toBe(start);
		expect(entry?.end).toBe(end);
	});

	it('gives COVID-19 the day the WHO called it a pandemic', () => {
		expect(getKnownEvent('covid-19-pandemic')?.start).toBe('2020-03-11');
		expect(getKnownEvent('no-such-event')).toBeUndefined();
	});
});

describe('validateKnownEvents', () => {
	const valid = {
		id: 'test-event',
		name: 'Test Event',
		aliases: [],
		start: '2000-01-01',
		granularity: 'day',
		kind: 'landmark',
		source: 'Test'
	};

	it('accepts a valid entry', () => {
		expect(validateKnownEvents([valid])[0]).toMatchObject({ id: 'test-event', start: '2000-01-01' });
	});

	it('accepts years before the common era, as TimeML writes them, and orders them backwards', () => {
		expect(validateKnownEvents([{ ...valid, start: 'BC0431', end: 'BC0404', granularity: 'year' }])[0]).toMatchObject({ start: 'BC0431', end: 'BC0404' });
		expect(validateKnownEvents([{ ...valid, start: 'BC0044-03-15' }])[0]).toMatchObject({ start: 'BC0044-03-15' });
		expect(() => validateKnownEvents([{ ...valid, start: 'BC0404', end: 'BC0431', granularity: 'year' }])).toThrow(/before start/);
		expect(() => validateKnownEvents([{ ...valid, start: 'BC0001', end: '0001', granularity: 'year' }])).not.toThrow();
		// 45 BCE (astronomical -44) was a leap year; 44 BCE was not.
		expect(() => validateKnownEvents([{ ...valid, start: 'BC0045-02-29' }])).not.toThrow();
		expect(() => validateKnownEvents([{ ...valid, start: 'BC0044-02-29' }])).toThrow(/start/);
	});

	it('places a year before the common era astronomically', () => {
		expect(knownDateParts('BC0490')).toEqual({ year: -489 });
		expect(knownDateParts('BC0044-03-15')).toEqual({ year: -43, month: 3, day: 15 });
		expect(knownDateParts('1066')).toEqual({ year: 1066 });
		expect(knownDateParts('0476-09')).toEqual({ year: 476, month: 9 });
	});

	it.each([
		['an impossible date', { ...valid, start: '2000-02-30' }, /"test-event".*start/],
		['a year 0 before the common era', { ...valid, start: 'BC0000', granularity: 'year' }, /"test-event".*start/],
		['a date finer than its granularity', { ...valid, granularity: 'year' }, /"test-event".*start/],
		['an end before the start', { ...valid, end: '1999-12-31' }, /"test-event".*before start/],
		['an unknown kind', { ...valid, kind: 'party' }, /"test-event".*kind/],
		['a missing source', { ...valid, source: undefined }, /"test-event".*source/],
		['an unknown field', { ...valid, date: '2000' }, /"test-event"/],
		['an ongoing event with an end', { ...valid, end: '2001-01-01', ongoing: true }, /"test-event".*ongoing/],
		['a case-sensitive name that is not a name', { ...valid, caseSensitive: ['Other'] }, /"test-event".*caseSensitive/],
		['an entry without an id', { ...valid, id: undefined }, /#0/]
	])('rejects %s', (_, entry, message) => {
		expect(() => validateKnownEvents([entry])).toThrow(message);
	});

	it('rejects duplicate ids', () => {
		expect(() => validateKnownEvents([valid, valid])).toThrow(/"test-event".*duplicate/);
	});
});
