import { describe, expect, it } from 'vitest';
import { clauseTitle, resolvePronoun, shorten, simplifyNames, titleFaults } from '../../../src/lib/extract/events/eventTitle.ts';
import { taggedTitle } from '../../../src/lib/extract/events/taggedTitle.ts';
import { extract } from '../../../src/lib/extract/index.ts';

const titleOf = (sentence: string, phrase: string) => {
	const start = sentence.indexOf(phrase);
	return clauseTitle(sentence, { start, end: start + phrase.length });
};

describe('clauseTitle: a date phrase cut out takes its preposition with it', () => {
	const title = (sentence: string, phrase: string, other: string) => {
		const at = (p: string) => ({ start: sentence.indexOf(p), end: sentence.indexOf(p) + p.length });
		return clauseTitle(sentence, at(phrase), [at(other)]);
	};
	it('before the date', () => {
		expect(title('Inflation dropped to 3.4% in February from 4% in January.', 'January', 'February')).toBe('Inflation dropped to 3.4% from 4%');
		expect(title('The triumph of the Bolsheviks in November 1917 was followed by an armistice in December.', 'December', 'November 1917')).toBe('The triumph of the Bolsheviks was followed by an armistice');
	});
	it('an elliptic conjunct after "and then": the first verb with the phrase after the date, and each date its own conjunct', () => {
		const sentence = 'In 1815 the crown passed to Louis XVIII and then, in 1830, to Louis-Philippe.';
		expect(title(sentence, '1830', '1815')).toBe('The crown passed to Louis-Philippe');
		expect(title(sentence, '1815', '1830')).toBe('The crown passed to Louis XVIII');
		expect(title('He worked in Paris until 1850 and later, in 1851, in London.', '1851', '1850')).toBe('He worked in London');
		// Two days joined by "and" are one phrase, no conjunct of their own.
		expect(title('Surrendering on May 4 and 5 were the Confederate departments.', 'May 4', '5')).not.toBe('Surrendering');
	});
	it('a possessive date cut out leaves its noun, with an article', () => {
		expect(title('Relatives of the victims of Tuesday’s crash gathered on Thursday evening at a church.', 'Thursday evening', 'Tuesday')).toBe('Relatives of the victims of the crash gathered');
	});
	it('"as soon as", "as early as" go with the date (not after a comma and "but", where the clause before says more)', () => {
		expect(titleOf('Others see a second move as soon as October, once wages rise.', 'October')).toBe('Others see a second move');
		expect(titleOf('The full government could vote as early as Saturday night.', 'Saturday night')).toBe('The full government could vote');
		expect(titleOf('The loyalists were too poorly organized to be effective, but as late as 1781 senior officials placed their confidence in them.', '1781')).toBe('The loyalists were too poorly organized to be effective');
	});
	it('after the date, and a clause ends at ", and,"', () => {
		expect(title('LONDON, March 21 — The Bank of England kept interest rates at 5.25% on Thursday, the fifth meeting in a row.', 'March 21', 'Thursday')).toBe('The Bank of England kept interest rates at 5.25%');
		expect(title('In 1952, the U.S. elected a new president, and, on 29 November 1952, the president-elect went to Korea.', '1952', '29 November 1952')).toBe('The U.S. elected a new president');
	});
});

describe('clauseTitle: who did what, without the date phrase', () => {
	const rows: Array<{ sentence: string; phrase: string; expected: string }> = [
		{ sentence: 'In a ceremonial atmosphere, President Vladimir V. Putin of Russia and China’s President Xi Jinping convened in Moscow on Thursday.', phrase: 'Thursday', expected: 'Vladimir Putin and Xi Jinping convened in Moscow' },
		{ sentence: 'The meeting came ahead of the significant military parade in Red Square scheduled for Friday, where leaders gather.', phrase: 'Friday', expected: 'Military parade in Red Square' },
		{ sentence: 'The Lord Mayor, Sir Thomas Bloodworth, arrived at around 3 a.m., judged the blaze a minor one and went home.', phrase: '3 a.m.', expected: 'Thomas Bloodworth arrived' },
		{ sentence: 'The two men, Ronald Stauber and Michael Gingrich, were named Thursday in a bulletin.', phrase: 'Thursday', expected: 'Ronald Stauber and Michael Gingrich were named' },
		{ sentence: 'On 14 July 1789, the Bastille was stormed in Paris.', phrase: '14 July 1789', expected: 'The Bastille was stormed in Paris' },
		{ sentence: 'A tank crashed through the gates, and at 11:30 a.m. local time the NLF flag was raised above the palace.', phrase: '11:30 a.m.', expected: 'The NLF flag was raised above the palace' },
		{ sentence: 'The Battle of Waterloo was fought on 18 June 1815.', phrase: '18 June 1815', expected: 'The Battle of Waterloo was fought' },
		{ sentence: 'Zelensky attended, a reminder that war has returned since Russia invaded Ukraine in February 2022.', phrase: 'February 2022', expected: 'Russia invaded Ukraine' },
		{ sentence: 'BAYEUX, France — World leaders gathered on the beaches on Thursday.', phrase: 'Thursday', expected: 'World leaders gathered on the beaches' },
		// A dateline with its date (and no second date phrase left to cut it): the subject after it stays.
		{ sentence: 'GENEVA, March 11, 2020 — The World Health Organization on Wednesday declared a pandemic.', phrase: 'Wednesday', expected: 'The World Health Organization declared a pandemic' },
		{ sentence: 'In the summer of 1989, Hungary opened its border with Austria.', phrase: 'the summer of 1989', expected: 'Hungary opened its border with Austria' },
		// A relative clause inside the subject, the main verb after it: the subject keeps its noun, the relative clause goes.
		{ sentence: 'The men who ran it had been installed after the Warsaw Pact invasion of August 1968.', phrase: 'August 1968', expected: 'The men had been installed after the Warsaw Pact invasion' },
		{ sentence: 'Seven bishops who petitioned against the order were sent to the Tower in June 1688.', phrase: 'June 1688', expected: 'Seven bishops were sent to the Tower' },
		// (Not after a verb of saying: "that" there opens what was said.)
		{ sentence: 'Eden told the Commons that the ceasefire would take effect at midnight.', phrase: 'midnight', expected: 'The ceasefire would take effect' },
		{ sentence: 'Berlin became the capital, and the Bundestag moved there in 1999.', phrase: '1999', expected: 'The Bundestag moved there' },
		{ sentence: 'The Huaihai Campaign, in late 1948, secured east-central China for the CPC.', phrase: 'late 1948', expected: 'The Huaihai Campaign secured east-central China for the CPC' },
		{ sentence: 'Moreover, in 1793 the universal suffrage was replaced by limited suffrage.', phrase: '1793', expected: 'The universal suffrage was replaced by limited suffrage' },
		{ sentence: 'In a speech on 25 May 1961, President John F. Kennedy set a goal.', phrase: '25 May 1961', expected: 'John Kennedy set a goal' },
		{ sentence: 'Explorer 1 flew in January, and later that year Congress created NASA.', phrase: 'later that year', expected: 'Congress created NASA' },
		{ sentence: 'In 1973 the Court decided Roe v. Wade.', phrase: '1973', expected: 'The Court decided Roe v. Wade' },
		{ sentence: 'Germany was reunified less than a year later.', phrase: 'a year later', expected: 'Germany was reunified' },
		// A date between a verb's determiner and its noun: the clause goes on after it, to the noun phrase's end.
		{ sentence: 'He received the 1921 Nobel Prize in Physics.', phrase: '1921', expected: 'He received the Nobel Prize in Physics' },
		{ sentence: 'Savin Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a share.', phrase: 'third-quarter', expected: 'Savin Corp. reported a net loss of $35.2 million' },
		{ sentence: 'Despite the success of the June 1916 Brusilov offensive in eastern Galicia, dissatisfaction with the Russian government’s conduct of the war grew.', phrase: 'June 1916', expected: 'Brusilov offensive in eastern Galicia' },
		// A second verb of the sentence's subject takes the subject.
		{ sentence: 'He settled in Princeton, New Jersey, and became an American citizen in 1940.', phrase: '1940', expected: 'He became an American citizen' },
		{ sentence: 'Burgoyne set off in June, and recaptured Fort Ticonderoga in early July.', phrase: 'early July', expected: 'Burgoyne recaptured Fort Ticonderoga' },
		// "not … until" a date: what happened then.
		{ sentence: 'The wreck was not found until 1 September 1985, when an expedition located it.', phrase: '1 September 1985', expected: 'The wreck was found' },
		{ sentence: 'Women were not allowed to vote until 1920.', phrase: '1920', expected: 'Women were allowed to vote' },
		// A date where a span begins or ends is told by its "when" clause; a date of the main clause is not.
		{ sentence: 'Prices have now fallen by more than half since June 2014, when Brent traded at $115 a barrel.', phrase: 'June 2014', expected: 'Brent traded at $115 a barrel' },
		{ sentence: 'The family owned the house until 1985, when it was sold to the city.', phrase: '1985', expected: 'It was sold to the city' },
		{ sentence: 'Unemployment is lower than in 2009, when the recession peaked.', phrase: '2009', expected: 'The recession peaked' },
		{ sentence: 'The company was founded in 1998, when the internet was young.', phrase: '1998', expected: 'The company was founded' },
		// A date in a participle aside tells what was done to the noun before it, with who did it when that fits.
		{ sentence: 'Under the Severan dynasty, founded by Septimius Severus in 193, the army had grown in size.', phrase: '193', expected: 'The Severan dynasty was founded by Septimius Severus' },
		{ sentence: 'The company, founded in 2009 by two former library software engineers, is scheduled to report results.', phrase: '2009', expected: 'The company was founded' },
		{ sentence: 'Born in 1920 in Paris, she studied law in Lyon.', phrase: '1920', expected: 'She was born in Paris' },
		{ sentence: 'Founded in 1887 by railway workers, the club has been champion of England three times.', phrase: '1887', expected: 'The club was founded by railway workers' },
		{ sentence: 'Built in 1650, the houses stood for centuries.', phrase: '1650', expected: 'The houses were built' },
		{ sentence: 'Founded in 1987, Northbrook Home Products makes kettles.', phrase: '1987', expected: 'Northbrook Home Products was founded' },
		{ sentence: 'Founded in 1868 by Thomas Brannock, it had become by the 1930s one of the largest employers in Scotland.', phrase: 'the 1930s', expected: 'It had become one of the largest employers in Scotland' },
		{ sentence: 'The town remained until 1945 a garrison, and the port grew.', phrase: '1945', expected: 'The town remained a garrison' },
		{ sentence: 'The Geneva Accords, signed in April 1988, set a timetable.', phrase: 'April 1988', expected: 'The Geneva Accords were signed' },
		// A "when" clause that opens what follows the date is an aside: the main clause says what happened.
		{ sentence: 'In 1991, when the Soviet Union collapsed, Ukraine became independent.', phrase: '1991', expected: 'Ukraine became independent' },
		// The clause after ", and" with its preposition, and with a subject in lower case.
		{ sentence: 'The Continental Congress abandoned Philadelphia, and on September 26, the British army marched into the city.', phrase: 'September 26', expected: 'The British army marched into the city' },
		{ sentence: 'Farkas was made a brigadier general, and the following year he was appointed military attache.', phrase: 'the following year', expected: 'He was appointed military attache' },
		// A number's comma leaves the subject whole.
		{ sentence: 'The initial deployment of 3,500 in March was increased.', phrase: 'March', expected: 'The initial deployment of 3,500 was increased' }
	];
	for (const row of rows) it(row.expected, () => expect(titleOf(row.sentence, row.phrase)).toBe(row.expected));

	it('a noun and a second verb after "as" are no clause of their own', () => {
		const sentence = 'Jobs resigned as chief executive in August 2011 and died on October 5 of that year.';
		const span = (phrase: string) => ({ start: sentence.indexOf(phrase), end: sentence.indexOf(phrase) + phrase.length });
		expect(clauseTitle(sentence, span('August 2011'), [span('October 5 of that year')])).toBe('Jobs resigned as chief executive');
		// (The second date dates the second verb alone: see "two verbs of one subject, each with its date" below.)
		expect(clauseTitle(sentence, span('October 5 of that year'), [span('August 2011')])).toBe('Jobs died');
		expect(titleOf('Talks had stalled when Britain and France declared war in September.', 'September')).toBe('Britain and France declared war');
	});
	it('another date at the start of the sentence leaves with its preposition, whatever its case', () => {
		const sentence = 'By the mid-1990s Apple was losing money and cut jobs in June.';
		const span = (phrase: string) => ({ start: sentence.indexOf(phrase), end: sentence.indexOf(phrase) + phrase.length });
		expect(clauseTitle(sentence, span('June'), [span('the mid-1990s')])).toBe('Apple was losing money and cut jobs');
	});

	it('names without honorifics or middle initials', () => {
		expect(simplifyNames('President Vladimir V. Putin of Russia met Prime Minister Narendra Modi')).toBe('Vladimir Putin met Narendra Modi');
	});
	it('names without their country’s initials and title', () => {
		expect(simplifyNames('U.S. President Franklin D. Roosevelt met U.S. Secretary of Defense Robert Gates and U.N. Secretary-General Kofi Annan')).toBe('Franklin Roosevelt met Robert Gates and Kofi Annan');
	});
	it('shortens to 60 characters at a word', () => {
		const t = shorten('The quick brown fox jumped over the lazy dog and then kept running far into the forest beyond');
		expect(t.length).toBeLessThanOrEqual(61);
		expect(t.endsWith('…')).toBe(true);
	});
	it('does not cut inside a name: it leaves out the phrase that holds it', () => {
		expect(shorten('A small Greek force held the pass for three days at the Battle of Thermopylae')).toBe('A small Greek force held the pass for three days');
		expect(shorten('French naval forces defeated a British fleet at the Battle of the Chesapeake')).toBe('French naval forces defeated a British fleet');
		expect(shorten('A small Greek force held the pass at the Battle of Thermopylae for three days')).toBe('A small Greek force held the pass');
		// A name the cut does not split is cut as before.
		expect(shorten('The quick brown fox jumped over the lazy dog near Paris and then kept running far')).toMatch(/…$/);
		// A cut right after a preposition: the title ends before the phrase it opens, with no ellipsis.
		expect(shorten('The campaign of that June remains among the most studied in all military history')).toBe('The campaign of that June remains among the most studied');
	});
});

describe('events and their mentions', () => {
	it('a repeated paragraph is a second mention of the same event', () => {
		const p = 'The summit in Geneva was held on 16 June 2021, officials said.';
		const r = extract(`Intro line here.\n${p}\nMiddle.\n${p}`);
		expect(r.events).toHaveLength(1);
		expect([...new Set(r.events[0].mentions.map((m) => m.passageId))]).toEqual(['p2', 'p4']);
	});
	it('later references by the event noun join the event', () => {
		const r = extract('Leaders met in Geneva on 16 June 2021.\nThe Geneva meeting was tense.\nAnalysts praised the meeting.');
		expect(r.events).toHaveLength(1);
		expect(r.events[0].mentions.map((m) => m.text)).toEqual(['16 June 2021', 'The Geneva meeting', 'the meeting']);
	});
	it('a wire’s gloss in Greenwich time, weekday and all, is a mention of the local time’s event, not an event of its own', () => {
		const r = extract('JAKARTA, March 17 (Reuters) - Indonesia lifted a tsunami warning on Tuesday. The quake hit at 4:47 a.m. (2147 GMT Monday) off Sumatra.', { reference: '2009-03-17' });
		const quake = r.events.filter((e) => e.title === 'The quake hit');
		expect(quake).toHaveLength(1);
		expect(quake[0].time.value).toBe('2009-03-17T04:47');
		expect(quake[0].mentions.map((m) => m.text)).toEqual(['4:47 a.m.', '2147 GMT Monday']);
	});
	it('a relative phrase apposed to a full date is one event', () => {
		const r = extract('Demolition began in June 1990. Less than a year later, on 3 October 1990, Germany was reunified.');
		const reunified = r.events.find((e) => e.time.value === '1990-10-03');
		expect(reunified?.title).toBe('Germany was reunified');
		expect(r.events.some((e) => e.time.value === '1991-06')).toBe(false);
	});
	it('a date heading alone dates the paragraph after it: its title is that paragraph’s, or it joins that paragraph’s first time', () => {
		const r = extract('Napoleon’s Hundred Days\n\nThe story began on 26 February 1815 on Elba.\n\nSunday 5 March\n\nNews of the landing reaches Louis XVIII at the Tuileries.\n\nThursday 15 June\n\nIn the early morning the French cross the Sambre.', { reference: '2015-06-18' });
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([
			['1815-02-26', 'The story began'],
			['1815-03-05', 'News of the landing reaches Louis XVIII at the Tuileries'],
			['1815-06-15TMO', 'The French cross the Sambre']
		]);
		expect(r.events[2].mentions.map((m) => m.text)).toEqual(['Thursday 15 June', 'the early morning']);
	});
	it.each([
		['The Comte d’Artois, sent to hold Lyon, flees on 10 March 1815 when the garrison refuses to fight.', '1815-03-10', 'The Comte d’Artois flees'],
		['Napoleon reached Grenoble on 6 March 1815.\n\nTuesday 7 March\n\nAt Laffrey, south of Grenoble, a battalion of the 5th Line bars the road.', '1815-03-07', 'A battalion of the 5th Line bars the road'],
		['The adventure that ended there had begun on 26 February 1815 on the island of Elba.', '1815-02-26', 'The adventure had begun on the island of Elba'],
		['On 25 March 1815 the allies formed a coalition. The emperor spends April and May rebuilding the army and courting liberal opinion.', '1815-04', 'The emperor spends April and May rebuilding the army'],
		['Sonora sued in March 2015 in federal court in Marshall, Texas, a venue long favored by patent holders.', '2015-03', 'Sonora sued in federal court in Marshall'],
		// (A date that is the subject of its clause stays in the title: "Was a year of upheaval" says nothing.)
		['Mao died in 1976 after a decade of purges. The following year brought new blows to his followers.', '1977', 'The following year brought new blows to his followers'],
		['The airlift began in June 1948. The winter was the real test.', '1948-WI', 'The winter was the real test'],
		['The siege began on 20 June 1900. Ten days later came the heaviest assault of the siege.', '1900-06-30', 'Ten days later came the heaviest assault of the siege'],
		// (A judge's court before the title goes with it: not "Montgomery County Common Pleas Ellen Hartley".)
		['Montgomery County Common Pleas Judge Ellen Hartley set sentencing for June 12, 2025.', '2025-06-12', 'Ellen Hartley set sentencing'],
		['U.S. District Judge Rodney Gilstrap entered judgment on March 3, 2021.', '2021-03-03', 'Rodney Gilstrap entered judgment'],
		// (A relative clause on the subject that ends on the date: its verb, without the pronoun.)
		['The siege of Antioch, which lasted until June 1098, was the longest episode of the expedition.', '1098-06', 'The siege of Antioch lasted'],
		['Cato, who died in 149 BC, did not live to see the outcome.', 'BC0149', 'Cato died'],
		// (A year before a noun is part of its noun phrase: not "Appeal court to review".)
		['Appeal court to review 2018 arson conviction', '2018', 'Appeal court to review 2018 arson conviction'],
		// (A relative clause after the sentence's own verb and object is the object's: not "An Ottoman army landed on Cyprus had been ruled".)
		['In July 1570 an Ottoman army landed on Cyprus, which had been ruled by Venice since 1489.', '1489', 'Cyprus had been ruled by Venice'],
		// (A conjunct's noun phrase after "and" is the antecedent: not "Which reached it at sea".)
		['It sailed on 16 September 1571 with 200 galleys, and the news of Famagusta’s fate, which reached it at sea in early October, hardened its resolve.', '1571-10', 'The news of Famagusta’s fate reached it at sea'],
		// (A phrase in lower case in apposition to the name before it: the name says who.)
		['In 1572 the alliance faltered. Pius V, its driving force, had died on 1 May, and Philip II held back his galleys.', '1572-05-01', 'Pius V had died'],
		// (A subject in lower case after its conjunction, the date inside it: not "Cut the kingdom off …".)
		['Aksum prospered. But the Arab conquest of Egypt in the 640s cut Aksum off from its partners.', '064', 'The Arab conquest of Egypt cut Aksum off from its partners'],
		// (A title that would open on "said" takes the subject of what was said.)
		// (An age after a name, before an insertion, is not who: not "54 appeared at Northampton Crown Court".)
		['Gary Lorimer, 54, of Headlands, appeared at Northampton Crown Court by video link on 11 June 2025.', '2025-06-11', 'Gary Lorimer appeared at Northampton Crown Court'],
		['Alaric besieged Rome in AD 409. Under this pressure the Senate accepted a rival emperor, the city prefect Priscus Attalus, whom Alaric himself deposed in the summer of 410 when he proved unmanageable.', '0410-SU', 'Alaric deposed'],
		['On 15 December 1899 Buller himself was repulsed at Colenso on the Tugela River and lost ten guns.', '1899-12-15', 'Buller was repulsed at Colenso on the Tugela River'],
		['Prime Minister John Howard, a monarchist himself, promised to put the question to a national referendum next year after convention delegates voted 89-52 for a republic.', '2021', 'John Howard promised to put the question'],
		['Fushimi Castle, held for Ieyasu by his old retainer Torii Mototada with fewer than 2,000 men, resisted for more than a week before it fell on 8 September 1600.', '1600-09-08', 'Fushimi Castle fell'],
		['The Battle of Sekigahara, fought in Mino Province on 21 October 1600, decided the struggle for power that followed the death of Toyotomi Hideyoshi.', '1600-10-21', 'The Battle of Sekigahara was fought in Mino Province'],
		['The dispute was settled by the Anglo-Dutch Treaty, signed in London on 17 March 1824, under which the Netherlands withdrew its objections.', '1824-03-17', 'The Anglo-Dutch Treaty was signed in London'],
		['General Motors Corp.’s big defense and automotive electronics unit, GM Hughes Electronics, said net income fell 22% in the third quarter of 1989, reflecting declining military spending.', '1989-Q3', 'Net income fell 22%'],
		// (The body or country that holds an office goes with the office: not "City Council Lorraine Whitfield", "Chinese Xi Jinping".)
		['City Council President Lorraine Whitfield was elected mayor on May 17, 2022.', '2022-05-17', 'Lorraine Whitfield was elected mayor'],
		['Chinese President Xi Jinping arrived in Moscow on 20 March 2023.', '2023-03-20', 'Xi Jinping arrived in Moscow'],
		['Finance Minister Chrystia Freeland announced the budget on 7 April 2022.', '2022-04-07', 'Chrystia Freeland announced the budget'],
		// (A word after an honorific's that is no name keeps it: "General Assembly", "King Jr.".)
		['The United Nations General Assembly met on 14 October 1974.', '1974-10-14', 'The United Nations General Assembly met'],
		['Martin Luther King Jr. spoke in Montgomery on 25 March 1965.', '1965-03-25', 'Martin Luther King Jr. spoke in Montgomery'],
		// (A quotation before "…," NAME told: the title is the telling, not the quotation's tail.)
		['"Great God! this is an awful place," Scott wrote in his diary on 17 January 1912.', '1912-01-17', 'Scott wrote in his diary'],
		['"Nothing is agreed until everything is agreed," SPD General Secretary Lars Klingbeil told broadcaster ZDF on 18 November 2021.', '2021-11-18', 'Lars Klingbeil told broadcaster ZDF'],
		// (The "of" before a date cut from the title goes with it; not before a noun the date modifies, nor a clause of its own.)
		['The Revolution of 1952 began with an uprising in La Paz on 9 April 1952.', '1952-04-09', 'The Revolution began with an uprising in La Paz'],
		['The riots of 1780 were vividly recreated by Charles Dickens in Barnaby Rudge, published in 1841.', '1841', 'The riots were vividly recreated by Charles Dickens'],
	])('titles say who did what: %s', (text, value, title) => {
		const r = extract(text, { reference: '2020-06-15' });
		expect(r.events.find((e) => e.time.value === value)?.title).toBe(title);
	});
	it('two things done on one day in different paragraphs are two events; in one paragraph, or an anniversary with what marks it, one', () => {
		const text = 'LONDON, 8 May 2025 (Reuters) - City Council President Lorraine Whitfield was elected mayor on Tuesday.\n\nBin crews voted to strike on Tuesday, the union said.';
		expect(extract(text).events.map((e) => [e.time.value, e.title]).sort()).toEqual([
			['2025-05-06', 'Bin crews voted to strike'],
			['2025-05-06', 'Lorraine Whitfield was elected mayor']
		]);
		const one = extract('LONDON, 8 May 2025 (Reuters) - Lorraine Whitfield was elected mayor on Tuesday. The council met on Tuesday.');
		expect(one.events).toHaveLength(1);
	});
	it('a date the text only names or tells is no event (“called December 7, 1941, …”, “it was already December 8”); a clause that only tells the time gives way to the one after it', () => {
		const r = extract('The first bombs fell on the morning of December 7, 1941. In Japan it was already December 8. Over Oahu, it was 8:50 a.m., and the second wave of planes was approaching the island. At 2:20 p.m., unaware of what had happened, the ambassadors handed their message to Hull. The next day Roosevelt called December 7, 1941, “a date which will live in infamy.”', { reference: '2026-11-16' });
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([
			['1941-12-07TMO', 'The first bombs fell'],
			['1941-12-07T08:50', 'The second wave of planes was approaching the island'],
			['1941-12-07T14:20', 'The ambassadors handed their message to Hull'],
			['1941-12-08', 'Roosevelt called, “a date which will live in infamy.”']
		]);
	});
	it('a weekday set beside the date and a phrase in apposition to the subject stay out of the title', () => {
		const r = extract('On 28 June 1914, a Sunday, Archduke Franz Ferdinand, heir to the throne, and his wife Sophie drove through Sarajevo.', { reference: '2026-06-22' });
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([['1914-06-28', 'Archduke Franz Ferdinand and his wife Sophie drove']]);
	});
	it('a long quotation the sentence breaks inside is cut from the title at its start', () => {
		const r = extract('At 7:53 a.m. on 7 December 1941 the flight leader radioed the fleet. Five minutes later a Navy radio station sent out the message "Air raid Pearl Harbor. This is not drill."', { reference: '2026-11-16' });
		expect(r.events.find((e) => e.time.value === '1941-12-07T07:58')?.title).toBe('A Navy radio station sent out the message');
	});
	it('a title cut before a name, after its honorific (“… to Secretary”), is a broken one', () => {
		expect(titleFaults('Kurusu handed their message to Secretary')).toBe(1);
		expect(titleFaults('An uprising against the King')).toBe(0);
		// ("Met" opening a title is a verb with its subject cut off; the Met Office is a name.)
		expect(titleFaults('Met Abdel Fattah el-Sisi in Cairo and held talks')).toBe(1);
		expect(titleFaults('Met Office issued an amber warning')).toBe(0);
	});
	it('a cleft sentence (“it was about 7 p.m. … when the Parliamentarians attacked”) is titled by its “when” clause', () => {
		const r = extract('On 2 July 1644 the armies met on Marston Moor. The armies faced each other all day; it was about 7 p.m., in a summer thunderstorm, when the Parliamentarians attacked.', { reference: '2026-11-16' });
		expect(r.events.find((e) => e.time.value === '1644-07-02T19:00')?.title).toBe('The Parliamentarians attacked');
	});
	it('the time a figure is compared with is no event of its own', () => {
		const r = extract('Midwest reported third-quarter net income of $45 million, up from $38 million a year earlier.', { reference: '1989-10-26' });
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([['1989-Q3', 'Midwest reported net income of $45 million']]);
		expect(r.events[0].mentions.map((m) => m.text)).toEqual(['third-quarter', 'a year earlier']);
	});
	it('what an anniversary set beside an event’s date recalls is told with that event, no event of its own', () => {
		const r = extract("The striking force left the Inland Sea on 27 May 1942, the anniversary of Japan's naval victory at Tsushima in 1905.", { reference: '2026-06-15' });
		expect(r.events.map((e) => e.time.value)).toEqual(['1942-05-27']);
		expect(r.events[0].mentions.map((m) => m.text)).toEqual(['27 May 1942', '1905']);
	});
	it('a month in a name (“the July Crisis”) is neither a time nor an event', () => {
		const r = extract('The July Crisis\n\nOn 28 June 1914, the heir to the throne was shot in Sarajevo.', { reference: '2026-11-29' });
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([['1914-06-28', 'The heir to the throne was shot in Sarajevo']]);
		expect(r.expressions.map((e) => e.text)).not.toContain('July');
	});
	it('nor is the time a record is counted since', () => {
		const r = extract('Apple went public on December 12, 1980, in the largest initial public offering since Ford Motor Company in 1956.');
		expect(r.events.map((e) => [e.time.value, e.title, e.mentions.map((m) => m.text)])).toEqual([['1980-12-12', 'Apple went public', ['December 12, 1980', '1956']]]);
	});
	it('a clock time, its zone and the day it is on are one event, and a restatement in another zone joins it', () => {
		const berlin = extract('The Soviets had hoped the blockade would force the Allies out. At 12:01 a.m. Berlin time on 12 May 1949, the blockade was lifted.', { reference: '2024-06-15' });
		expect(berlin.events.map((e) => [e.time.value, e.title])).toEqual([['1949-05-12T00:01', 'The blockade was lifted']]);
		// With no zone between them ("at 10:00 on Monday 8 March 1999"), the event keeps its clock time too.
		const board = extract('The board will meet at 10:00 on Monday 8 March 1999 to review it.', { reference: '1999-03-04' });
		expect(board.events.map((e) => [e.time.value, e.mentions.map((m) => m.text)])).toEqual([['1999-03-08T10:00', ['10:00', 'Monday 8 March 1999']]]);
		const iraq = extract('Talks broke down on July 10, 2002. At 5:34 AM Baghdad time on March 20, 2003 (9:34 p.m., March 19 EST) the military invasion of Iraq began.', { reference: '2009-12-19' });
		const invasion = iraq.events.find((e) => e.time.value === '2003-03-20T05:34');
		expect(invasion?.title).toBe('The military invasion of Iraq began');
		expect(invasion?.mentions.map((m) => m.text)).toEqual(['5:34 AM', 'March 20, 2003', '9:34 p.m., March 19 EST']);
		// A day apart is no restatement: "4 in the morning (4 a.m. EDT Thursday)" read as two days stays two events.
		const far = extract('The father will leave at 4 in the morning (4 a.m. EDT Thursday), officials said Wednesday.', { reference: '2000-04-05' });
		expect(far.events.filter((e) => e.time.value.includes('T04:00')).map((e) => e.mentions.map((m) => m.text))).toEqual([['4 in the morning'], ['4 a.m. EDT Thursday']]);
	});
	it('a counted time right before a known event it agrees with is told by that event', () => {
		const korea = extract('Flights continued until 30 September 1949. A year later, the Korean War began, and the Cold War spread to Asia.', { reference: '2024-06-15' });
		const war = korea.events.find((e) => e.title === 'Korean War');
		expect(war?.time.value).toBe('1950-06-25/1953-07-27');
		expect(war?.mentions.map((m) => m.text)).toEqual(['A year later', 'Korean War']);
		expect(korea.events.some((e) => e.title.includes('began'))).toBe(false);
		// Not where the sentence tells its own date, nor where the count runs from the known event.
		const moon = extract('The last test flight came in 1967. Two years later, Apollo 11 lifted off on July 16, 1969.', { reference: '2024-06-15' });
		expect(moon.events.find((e) => e.title === 'Apollo 11 Moon landing')?.mentions.map((m) => m.text)).toEqual(['Apollo 11']);
		const sumter = extract('The war began at Fort Sumter in April 1861. Eight days after Fort Sumter, Missouri was seized.', { reference: '2024-06-15' });
		expect(sumter.events.map((e) => e.title)).toContain('Missouri was seized');
	});
	it('the two days of a pair are one event over both', () => {
		const r = extract('The war ended in April 1865. Johnston surrendered on May 4 and 5, and the army disbanded.');
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([['1865-04', 'The war ended'], ['1865-05-04/1865-05-05', 'Johnston surrendered']]);
		expect(r.events[1].mentions.map((m) => m.text)).toEqual(['May 4', '5']);
	});
	it('a range of clock times is one event over its span, on the day its sentence tells', () => {
		const r = extract('On Election Day, polls will be open from 7 a.m. to 7 p.m. The wind warning runs from 06:00 to 21:00 GMT.', { reference: '2024-08-26' });
		expect(r.events.map((e) => [e.time.value, e.title, e.mentions.map((m) => m.text)])).toEqual([
			['2024-08-26T06:00/2024-08-26T21:00', 'The wind warning runs', ['06:00', '21:00 GMT']],
			['2024-11-05T07:00/2024-11-05T19:00', 'Polls will be open', ['Election Day', '7 a.m.', '7 p.m.']]
		]);
		// It ends at 19:00, not at the end of that hour.
		expect(r.events[1].time.end).toBe('2024-11-05T19:00:00Z');
	});
	it('a record counted from a date is no event at that date; a figure compared with is told with its sentence’s event', () => {
		const r = extract('Oil sinks to lowest since 2009 as China rout spreads\n\nOil prices slumped more than 4 percent on Monday. Brent was down $1.92 at $43.54 a barrel at 1400 GMT, after falling as low as $43.21, its weakest since March 2009. The Shanghai index closed 8.5 percent lower, its steepest fall since 2007. Holt expects Brent to average $52 in 2016, compared with nearly $100 in 2014. It was the most emotional of many rallies held since early December, when Castro promised mass mobilization.', { reference: '2015-08-24' });
		expect(r.events.map((e) => [e.time.value, e.mentions.map((m) => m.text)])).toEqual([
			['2014-12', ['early December']],
			['2015-08-24', ['Monday']],
			['2015-08-24T14:00', ['1400 GMT', 'March 2009']],
			['2016', ['2016', '2014']]
		]);
	});
	it('a range of clock times told with their days is one event over its span; a day after the range is both times’ day', () => {
		const warning = extract('The Met Office issued an amber warning that runs from midday on Friday until 18:00 on Sunday.', { reference: '2018-12-06' });
		expect(warning.events.map((e) => [e.time.value, e.mentions.map((m) => m.text)])).toEqual([['2018-12-07T12:00/2018-12-09T18:00', ['midday', 'Friday', '18:00', 'Sunday']]]);
		const polls = extract('Polls will be open from 7 a.m. to 7 p.m. on Nov. 5.', { reference: '2018-12-06' });
		expect(polls.expressions.map((e) => [e.text, e.time?.value])).toEqual([['7 a.m.', '2019-11-05T07:00'], ['7 p.m.', '2019-11-05T19:00'], ['Nov. 5', '2019-11-05']]);
		expect(polls.events.map((e) => [e.time.value, e.title])).toEqual([['2019-11-05T07:00/2019-11-05T19:00', 'Polls will be open']]);
	});
	it('a clock time leaves the title of another date of its clause with its zone, and the two are one event', () => {
		const r = extract('On the night of 14–15 April 1912, the ship struck an iceberg at 11:40 p.m. ship’s time.', { reference: '2009-12-19' });
		expect(r.events.map((e) => [e.time.value, e.title, e.mentions.length])).toEqual([['1912-04-14T23:40', 'The ship struck an iceberg', 2]]);
	});
	it('a stated time that agrees with the known event of its clause is that event’s', () => {
		const events = (text: string) => extract(text).events.map((e) => [e.time.value, e.title, e.mentions.map((m) => m.text)]);
		expect(events('The Great Exhibition, held in Hyde Park from May to October 1851, showed off Britain’s industrial might.')).toEqual([['1851-05-01/1851-10-15', 'Great Exhibition', ['Great Exhibition', 'May to October 1851']]]);
		expect(events('The Battle of Gettysburg, fought from July 1 to 3, 1863, ended the invasion.')).toEqual([['1863-07-01/1863-07-03', 'Battle of Gettysburg', ['Battle of Gettysburg', 'July 1 to 3, 1863']]]);
		// Another clause, or a year alone: two events.
		expect(events('In late October 1944, American forces invaded Leyte; soon after, the Allies won the Battle of Leyte Gulf.')).toHaveLength(2);
		expect(events('In 1815, Napoleon was defeated at the Battle of Waterloo.')).toHaveLength(2);
	});

	it('a known event right before a stated time stays an event of its own', () => {
		const r = extract('After the American victory at the Battles of Saratoga in the autumn of 1777, France entered the war.');
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([['1777-FA', 'France entered the war'], ['1777-09-19/1777-10-07', 'Battles of Saratoga']]);
	});
	it('nor is the time of the figure a change is told from, right after the first time', () => {
		const inflation = extract('Consumer price inflation dropped to 3.4% in February from 4% in January, figures showed.', { reference: '2024-03-21' });
		expect(inflation.events.map((e) => [e.time.value, e.title])).toEqual([['2024-02', 'Consumer price inflation dropped to 3.4%']]);
		expect(inflation.events[0].mentions.map((m) => m.text)).toEqual(['February', 'January']);
		const exports = extract('Exports fell to 3.1 billion euros in May, compared with 3.4 billion in April.', { reference: '2024-07-01' });
		expect(exports.events.map((e) => e.time.value)).toEqual(['2024-05']);
		// No change told, no figure compared: two events.
		expect(extract('The strike began in May and ended in June.', { reference: '2024-07-01' }).events.map((e) => e.time.value)).toEqual(['2024-05', '2024-06']);
	});
	it('one sentence, one title, one time inside the other: one event at the more precise time', () => {
		const r = extract('Midwest Financial Group said Thursday that it had agreed to acquire Peoria Bancorp for about $2 billion in stock, the largest bank merger in the state this year.', { reference: '1989-10-26' });
		expect(r.events.map((e) => e.time.value)).toEqual(['1989-10-26']);
		expect(r.events[0].mentions.map((m) => m.text)).toEqual(['Thursday', 'this year']);
	});
	it('two dates in a sentence without a comparison stay two events', () => {
		const r = extract('The plant opened in March 1990 and closed in May 1995.', { reference: '2000-01-01' });
		expect(r.events.map((e) => e.time.value)).toEqual(['1990-03', '1995-05']);
	});
	it('an offset naming an undated event stays unplaced', () => {
		const r = extract('Leaders met on 6 June 2024.\nThe ceremony came two days after Mr. Biden arrived in Paris.');
		expect(r.events.map((e) => e.time.value)).toEqual(['2024-06-06']);
	});
	it('two weekdays in one clause leave no stray words in the titles', () => {
		const r = extract('Residents were ordered to evacuate on Monday and Tuesday.', { reference: '2024-10-10' });
		expect(r.events.map((e) => e.title)).toEqual(['Residents were ordered to evacuate', 'Residents were ordered to evacuate']);
		expect(r.events.map((e) => e.time.value)).toEqual(['2024-10-07', '2024-10-08']);
	});
	it('each event says how its date was found and what was stated', () => {
		const r = extract('The Bastille was stormed on 14 July 1789.');
		expect(r.events[0].provenance).toEqual({ stated: ['year', 'month', 'day'], inferred: [] });
		expect(r.events[0].derivation[0]).toMatch(/14 July 1789/);
		expect(r.events[0].confidence).toBeGreaterThan(0.9);
	});
});

describe('titles that start with a pronoun', () => {
	it('“It” names the thing the text last defined (“X was a …”), where the name fits', () => {
		expect(resolvePronoun('It was founded', 'Brannock & Reid\n\nBrannock & Reid Ltd. was a Scottish manufacturer of sewing machines. ')).toBe('Brannock & Reid Ltd. was founded');
		expect(resolvePronoun('It lasted thirteen days', 'The Cuban Missile Crisis was a confrontation between the two powers. ')).toBe('The Cuban Missile Crisis lasted thirteen days');
		// Not a pronoun, not a name across a heading's line break, not where the name would not fit.
		expect(resolvePronoun('It began', 'This was a hard year. ')).toBe('It began');
		expect(resolvePronoun('It ended with the Argentine surrender at Stanley', 'The Falklands War was an undeclared conflict. ')).toBe('It ended with the Argentine surrender at Stanley');
		expect(resolvePronoun('It began', 'The war went on. ')).toBe('It began');
	});
	it('name the person last named with an honorific', () => {
		expect(resolvePronoun('He announced a naval quarantine', 'President John F. Kennedy was told two days later. ')).toBe('John Kennedy announced a naval quarantine');
		expect(resolvePronoun('She resigned', 'Prime Minister Margaret Thatcher lost the vote. Then Chancellor Angela Merkel spoke. ')).toBe('Angela Merkel resigned');
		// "She" names a woman (by her honorific or given name), "He" anyone else: "She" after a captain is his ship.
		expect(resolvePronoun('She reached New York', 'Shortly after midnight, Captain Edward Smith ordered the lifeboats uncovered. ')).toBe('She reached New York');
		expect(resolvePronoun('She abdicated', 'King Edward spoke. Queen Wilhelmina of the Netherlands fled. ')).toBe('Wilhelmina abdicated');
		expect(resolvePronoun('He replied', 'President Richard Nixon wrote. Prime Minister Indira Gandhi answered. ')).toBe('Richard Nixon replied');
		// Not a name after a preposition (an object).
		expect(resolvePronoun('He died in Princeton', 'In August 1939 he had signed a letter to President Franklin D. Roosevelt warning of a bomb. ')).toBe('He died in Princeton');
		// No one named, or no pronoun: unchanged.
		expect(resolvePronoun('He resigned', 'The committee met on Monday. ')).toBe('He resigned');
		expect(resolvePronoun('They resigned', 'President Lincoln spoke. ')).toBe('They resigned');
		expect(resolvePronoun('Helsinki hosted the games', 'President Kekkonen spoke. ')).toBe('Helsinki hosted the games');
	});
});

describe('event titles with words that are also property names of every object', () => {
	it('"constructor" in a title is an ordinary word', () => {
		const result = extract('The constructor was hired on March 5, 1998.', { reference: '1998-03-06' });
		expect(result.events.map((e) => e.title)).toEqual(['The constructor was hired']);
	});
});

/** Span of `phrase` in `sentence` (the `nth` occurrence, from 0). */
const spanOf = (sentence: string, phrase: string, nth = 0) => {
	let start = -1;
	for (let k = 0; k <= nth; k++) start = sentence.indexOf(phrase, start + 1);
	if (start < 0) throw new Error(`“${phrase}” is not in “${sentence}”`);
	return { start, end: start + phrase.length };
};

describe('taggedTitle: subject, verb and object of the clause that holds the date (news and history sentences)', () => {
	const rows: Array<{ sentence: string; phrase: string; others?: string[]; before?: string; expected: string }> = [
		// A relative clause between subject and verb; an honorific dropped.
		{ sentence: 'Gen. Nhek Bunchhay, who had been closely involved in the search for Howes, was arrested on Monday.', phrase: 'Monday', expected: 'Nhek Bunchhay was arrested' },
		{ sentence: '"It just doesn\'t feel like Independence Day without it," said Carol Brandt, 71, who has watched from the same spot near the pier every summer since the 1976 bicentennial.', phrase: '1976', expected: 'Carol Brandt has watched from the same spot near the pier' },
		// A "that" set off by a comma after a clause that says what its subject was: that subject's, not the place just before it;
		// a "which" so set off stays the noun's before it.
		{ sentence: 'US Airways Flight 1549 was a scheduled passenger flight from LaGuardia Airport in New York City to Charlotte, North Carolina, that ditched in the Hudson River on 15 January 2009, after both engines lost power.', phrase: '15 January 2009', expected: 'US Airways Flight 1549 ditched in the Hudson River' },
		{ sentence: 'He was the 456th person to be placed on the FBI\'s most wanted list, which began in 1950.', phrase: '1950', expected: 'The FBI\'s most wanted list began' },
		// An apposition and a leading adverbial; the main clause, not the participle clause with the date.
		{ sentence: 'According to press reports, Caridad Gonzalez, the oldest sister, was the first to come to the United States, arriving in 1966.', phrase: '1966', expected: 'Caridad Gonzalez was the first to come to the United States' },
		// An apposition with a relative clause of its own: the verb after it is the clause's, and the subject before it.
		{ sentence: 'On the night before, engineers at Morton Thiokol, the company that built the solid rocket boosters, warned in a teleconference with NASA managers that the rings might fail.', phrase: 'the night before', expected: 'Engineers at Morton Thiokol warned in a teleconference' },
		// A title cut before a clause of its own that opens right after the verb, not inside it; a phrasal verb keeps its particle.
		{ sentence: 'A further attempt on 27 January was scrubbed when a handle on the crew hatch could not be removed and crosswinds grew too strong.', phrase: '27 January', expected: 'A further attempt was scrubbed' },
		{ sentence: 'In May 1594 the Nine Years\' War broke out.', phrase: 'May 1594', expected: 'The Nine Years\' War broke out' },
		// An aside between dashes is left out, its commas too; the zone after a clock time goes with it.
		{ sentence: 'The suspect -- Khalfan Khamis Mohamed, 26 -- was scheduled to appear in court at noon on Friday.', phrase: 'Friday', others: ['noon'], expected: 'The suspect was scheduled to appear in court' },
		{ sentence: 'The minister is due to brief reporters again at 5.30pm local time.', phrase: '5.30pm', expected: 'The minister is due to brief reporters again' },
		// A dateline dropped; the long subject keeps its head; what was said, "he" being the one who said it; the object cut at a phrase edge.
		{ sentence: 'PHNOM PENH, Cambodia (AP) _ The top commander of a Cambodian resistance force said Thursday he has sent a team to recover the remains of a British mine removal expert.', phrase: 'Thursday', expected: 'The top commander has sent a team to recover the remains' },
		// The date opens the clause: the verb after it.
		{ sentence: 'In early trading in Tokyo Monday, the Nikkei index fell 148.85 points to 35378.44.', phrase: 'Monday', expected: 'The Nikkei index fell 148.85 points to 35378.44' },
		{ sentence: 'In 1941 the New Fourth Army Incident led to several thousand deaths in the CPC.', phrase: '1941', expected: 'The New Fourth Army Incident led to several thousand deaths' },
		// The second of two coordinated clauses, each with its date.
		{ sentence: 'On the 14 September Austria sent a note to all belligerents and neutrals suggesting a meeting for peace talks on neutral soil and on 15 September Germany made a peace offer to Belgium.', phrase: '15 September', others: ['the 14 September'], expected: 'Germany made a peace offer to Belgium' },
		// The date and its preposition cut without a hole ("fled to Florida in and returned").
		{ sentence: 'According to sources quoted by the Miami Herald, Munero had fled to Florida in June 1998 and returned to Cuba later that year.', phrase: 'June 1998', expected: 'Munero had fled to Florida' },
		// "however," between subject and verb.
		{ sentence: "Japan made several demands of the Dutch East Indies; these attempts, however, broke down in June 1941.", phrase: 'June 1941', expected: 'These attempts broke down' },
		// The antecedent of "who".
		{ sentence: 'Tanzania expelled five Iraqis and a Libyan who were questioned by the FBI and police in connection of the bombing last month, a newspaper reported Friday.', phrase: 'last month', expected: 'Five Iraqis and a Libyan were questioned by the FBI' },
		// "…, an official said Saturday": what was said.
		{ sentence: 'But the solid construction of the Israeli-built embassy may have prevented the carnage of a similar bomb in Kenya, an official said Saturday.', phrase: 'Saturday', expected: 'The solid construction may have prevented the carnage' },
		{ sentence: 'MindSpring, which provided the Internet space for the site, closed it Thursday night for violating its policies, spokesman Serge Clermont said.', phrase: 'Thursday night', expected: 'MindSpring closed it for violating its policies' },
		// The date opens the sentence; the verb of the relative clause on the way is not the one.
		{ sentence: 'In the third quarter, the company, which is 61%-owned by Murphy Oil Corp. of Arkansas, had a net loss of $46.9 million, or 91 cents a share.', phrase: 'the third quarter', expected: 'The company had a net loss of $46.9 million' },
		// "Second Prime Minister" is a title too.
		{ sentence: "In July last year in Phnom Penh, Cambodia's capital, Second Prime Minister Hun Sen staged a successful coup d'etat against First Prime Minister Prince Norodom Ranariddh.", phrase: 'July last year', expected: "Hun Sen staged a successful coup d'etat" },
		// A relative clause ends the object; a participle between article and noun is part of the subject.
		{ sentence: "But on Friday night a principled commitment could not stop the assassin's bullet that tore through his kitchen window.", phrase: 'Friday night', expected: "A principled commitment could not stop the assassin's bullet" },
		// The date in a relative clause dates its verb, said of the noun it follows.
		{ sentence: "But a principled commitment could not stop the assassin's bullet that tore through his kitchen window Friday night.", phrase: 'Friday night', expected: "The assassin's bullet tore through his kitchen window" },
		// The date ends a relative clause; the verb after it is the main clause's.
		{ sentence: 'Two members who had voted for a rise in February switched sides.', phrase: 'February', expected: 'Two members had voted for a rise' },
		// What was stated, when "X stated that …" does not fit.
		{ sentence: "In 2004 the ISG's Duelfer Report stated that Iraq did not have a viable WMD program.", phrase: '2004', expected: 'Iraq did not have a viable WMD program' },
		// No phrase edge after the verb: an ellipsis, not a bare "delayed".
		{ sentence: "While the invasion ended as a disaster for the Americans, Arnold's efforts in 1776 delayed a full-scale British counteroffensive until the Saratoga campaign of 1777.", phrase: '1776', others: ['1777'], expected: "Arnold's efforts delayed a full-scale British…" },
		// "he" is the one person named earlier in the sentence.
		{ sentence: 'Although President Bill Clinton was abroad, he signed the bill on Tuesday.', phrase: 'Tuesday', expected: 'Bill Clinton signed the bill' },
		// ... or the person last named with a title just before it.
		{ sentence: 'He resigned on Friday after a long dispute with the board.', phrase: 'Friday', before: 'Shareholders had long criticised Mr. Gerstner. ', expected: 'Gerstner resigned after a long dispute with the board' },
		// No one to name: the pronoun stays.
		{ sentence: 'They resigned on Friday after a long dispute with the board.', phrase: 'Friday', before: 'Mr. Gerstner spoke. ', expected: 'They resigned after a long dispute with the board' },
		// A speech verb with a thing for its object tells what was done, even cut short; not the clause after "as".
		{ sentence: 'The World Health Organization on Wednesday declared the spread of the new coronavirus a pandemic, as the number of cases outside China rose thirteenfold in the past two weeks.', phrase: 'Wednesday', others: ['the past two weeks'], expected: 'The World Health Organization declared the spread' },
		// ... but a clause after it is what was said.
		{ sentence: 'The company announced on Friday that shareholders of the smaller broadcaster would receive cash for each of their shares.', phrase: 'Friday', expected: 'Shareholders would receive cash for each of their shares' },
		// "the hastily planned trip": a participle between article and noun (after an adverb) is no verb of the clause.
		{ sentence: 'On Friday, when Albright set aside vacation plans for the hastily planned trip to East Africa, the State Department lifted a warning against travel to Kenya, whose economy relies heavily on foreign visitors.', phrase: 'Friday', expected: 'The State Department lifted a warning against travel' },
		// A participle clause between subject and verb is an insertion: the subject before it.
		{ sentence: 'The winners of the audience award, chosen by ballots collected after every screening, will be announced on the morning of Sept. 25, 2023.', phrase: 'the morning of Sept. 25, 2023', expected: 'The winners will be announced' },
		// A title does not end on a preposition cut from its object ("… a war of attrition along [the Suez Canal]").
		{ sentence: 'Egypt and Israel fought a war of attrition along the Suez Canal until August 1970, and Egypt and Syria attacked again in October 1973.', phrase: 'August 1970', others: ['October 1973'], expected: 'Egypt and Israel fought a war of attrition' },
		// A participle after its noun, its phrase cut ("associated [with …]"): the sentence's own verb.
		{ sentence: "Profit at the unit fell to $110.6 million, or 37 cents a share, from $142.4 million, largely because of a $24 million one-time charge associated with Hughes's previously announced plan to reduce employment by at least 6,000 people by year end.", phrase: 'year end', expected: 'Profit at the unit fell to $110.6 million' },
		// The antecedent of "who" is the people named last, not the phrase of a preposition before them.
		{ sentence: 'By the late 11th century the Byzantine Empire had lost most of Asia Minor to the Seljuk Turks, who had crushed a Byzantine army at Manzikert in 1071 and overran Syria.', phrase: '1071', others: ['the late 11th century'], expected: 'The Seljuk Turks had crushed a Byzantine army at Manzikert' },
		// A phrase in apposition to a name before the relative clause: the name says who.
		{ sentence: "The Tang was founded by Li Yuan, a general and aristocrat who rebelled against the collapsing Sui dynasty in 617 and took Chang'an.", phrase: '617', expected: 'Li Yuan rebelled against the collapsing Sui dynasty' },
		{ sentence: 'The commemorations honoured Marti, the revolutionary and poet who fought for Cuba’s independence from Spain in 1898.', phrase: '1898', expected: 'Marti fought for Cuba’s independence from Spain' }
	];
	for (const row of rows)
		it(row.expected, () => {
			const others = (row.others ?? []).map((o) => spanOf(row.sentence, o));
			expect(taggedTitle(row.sentence, spanOf(row.sentence, row.phrase), others, row.before ?? '')).toBe(row.expected);
		});

	it('no verb governs the date: null', () => {
		expect(taggedTitle('Monday, 3 June 2024', spanOf('Monday, 3 June 2024', '3 June 2024'))).toBeNull();
	});
});

describe('titleFaults: which rule titles the tagger is asked to mend', () => {
	const rows: Array<{ title: string; faulty: boolean }> = [
		{ title: 'Estimated earnings for its', faulty: true },
		{ title: 'In', faulty: true },
		{ title: 'Who had been closely involved in the search for Howes…', faulty: true },
		{ title: 'That he probably died within weeks or months of his capture', faulty: true },
		{ title: 'Cambodia (AP)_ The top commander of a Cambodian resistance…', faulty: true },
		{ title: 'Munero had fled to Florida in and returned to Cuba', faulty: true },
		{ title: 'Neal Horsley said', faulty: true },
		{ title: 'Fournier said Navigation Mixte’s', faulty: true },
		{ title: 'Will be announced', faulty: true },
		{ title: 'Would be paid on a still unspecified date', faulty: true },
		{ title: 'Said the laundry machines in the building were removed', faulty: true },
		{ title: 'Around a U-2 piloted by Rudolf Anderson was shot down', faulty: true },
		{ title: 'Vladimir Putin and Xi Jinping convened in Moscow', faulty: false },
		{ title: 'Military parade in Red Square', faulty: false },
		{ title: 'The Bastille was stormed in Paris', faulty: false },
		{ title: 'Her brother Delfin was imprisoned as an anti-Castro activist', faulty: false }
	];
	for (const row of rows) it(`${row.title}: ${row.faulty ? 'faulty' : 'fine'}`, () => expect(titleFaults(row.title) > 0).toBe(row.faulty));
});

describe('titles in whole news texts', () => {
	it('a dateline and a relative clause do not make the title', () => {
		const r = extract('PHNOM PENH, Cambodia (AP) _ Gen. Nhek Bunchhay, who had been closely involved in the search for Howes, was arrested on Monday.', { reference: '1998-03-05' });
		expect(r.events.map((e) => e.title)).toEqual(['Nhek Bunchhay was arrested']);
	});
	it('a clock time takes the time in brackets that restates it out of the title ("until 8 p.m. (1700 GMT)")', () => {
		const r = extract('Polling stations in Moscow will stay open until 8 p.m. (1700 GMT) on Sunday, and the last ballot boxes will be sealed in the western exclave of Kaliningrad an hour later.', { reference: '2024-03-15' });
		expect(r.events.find((e) => e.time.value === '2024-03-17T21:00')?.title).not.toMatch(/GMT/);
	});
	it('"…, the airline announced Friday" is titled by what was announced', () => {
		const r = extract('Qantas plans daily flights between Sydney and Bombay, up from four flights a week, to boost tourism ties with India, the airline announced Friday.', { reference: '1998-02-13' });
		expect(r.events.map((e) => e.title)).toEqual(['Qantas plans daily flights between Sydney and Bombay']);
	});
});

describe('later references without a date join the event they name', () => {
	const rows: Array<{ name: string; text: string; value: string; mentions: string[]; events: number }> = [
		{ name: '"the meeting"', text: 'Leaders met in Geneva on 16 June 2021.\nThe Geneva meeting was tense.\nAnalysts praised the meeting.', value: '2021-06-16', mentions: ['16 June 2021', 'The Geneva meeting', 'the meeting'], events: 1 },
		{ name: '"the summit" after "held talks"', text: 'Vladimir Putin and Xi Jinping held talks in Moscow on 8 May 2025.\nThe talks lasted three hours.\nAfter the summit, both leaders spoke.', value: '2025-05-08', mentions: ['talks', '8 May 2025', 'The talks', 'the summit'], events: 1 },
		{ name: '"the talks" after "gathered … for talks"', text: 'Leaders gathered in Moscow on 8 May 2025 for talks. The talks ended late.', value: '2025-05-08', mentions: ['8 May 2025', 'talks', 'The talks'], events: 1 },
		{ name: '"the parade"', text: 'Troops marched across Red Square in a parade on 9 May 2025.\nThe parade lasted an hour.', value: '2025-05-09', mentions: ['a parade', '9 May 2025', 'The parade'], events: 1 },
		// A dated clause that opens with "The Geneva summit" speaks of the earlier summit: it does not take the noun from it.
		// Passages are searched for the noun in the whole lower-cased text, except where lower-casing changes its length or a long s stands for an "s".
		{ name: '"the meeting" in several passages, one with a dotted İ', text: 'Leaders met in Geneva on 16 June 2021.\nİstanbul papers wrote.\nAll of them disliked the meeting\nThe meeting was tense.', value: '2021-06-16', mentions: ['16 June 2021', 'the meeting', 'The meeting'], events: 1 },
		{ name: '"the ſummit" (a long s)', text: 'Vladimir Putin and Xi Jinping held talks in Moscow on 8 May 2025.\nAfter the ſummit, both leaders spoke.', value: '2025-05-08', mentions: ['talks', '8 May 2025', 'the ſummit'], events: 1 },
		{ name: '"the Geneva summit" in a clause with another date', text: 'The two presidents will meet at a summit in Geneva on 16 June 2021.\nThe Geneva summit is the first since 2018.\nOfficials said the meeting would be long.', value: '2021-06-16', mentions: ['a summit', '16 June 2021', 'The Geneva summit', 'the meeting'], events: 2 }
	];
	for (const row of rows)
		it(row.name, () => {
			const r = extract(row.text, { reference: '2025-05-10' });
			expect(r.events).toHaveLength(row.events);
			expect(r.events.find((e) => e.time.value === row.value)?.mentions.map((m) => m.text)).toEqual(row.mentions);
		});
	it('a reference before an event is told, in a sentence that tells another, is not the first one’s', () => {
		const r = extract(
			'The Fed left its benchmark rate unchanged at its two-day meeting, which ended Wednesday afternoon, but officials penciled in only two cuts next year. Oil prices were mostly unchanged. The next Fed meeting is scheduled for Jan. 28-29.',
			{ reference: '2024-12-18' }
		);
		// (A two-day meeting, "Jan. 28-29", is a span of two days.)
		const next = r.events.find((e) => e.time.value === '2025-01-28/2025-01-29');
		expect(next?.mentions.map((m) => m.text)).toEqual(['Fed meeting', 'Jan. 28-29']);
	});
	it('a reference a date of another event is counted from stays the later event’s', () => {
		const r = extract('Leaders met in Moscow on Thursday, a day before the military parade. The military parade was held on Friday in Red Square.', { reference: '2025-05-10' });
		expect(r.events.find((e) => e.time.value === '2025-05-09')?.mentions.map((m) => m.text)).toEqual(['the military parade', 'The military parade', 'Friday']);
	});
	it('a noun that opens the subject of another dated event, naming a thing of its own, is no reference back', () => {
		const r = extract('On 7 April 1967, an air battle over the Golan ended with six fighters shot down. The battle for Ammunition Hill began at 02:30 on 6 June 1967. The uprising began in 1917. The uprising was crushed at the end of March 1917.', { reference: '2009-12-19' });
		expect(r.events.find((e) => e.time.value === '1967-04-07')?.mentions.map((m) => m.text)).toEqual(['7 April 1967', 'an air battle']);
		expect(r.events.find((e) => e.time.value === '1917')?.mentions.map((m) => m.text)).toContain('The uprising');
	});
	it('a noun two events own joins neither', () => {
		const r = extract('Leaders met in Geneva on 16 June 2021.\nThey met again in Paris on 3 July 2021.\nThe meeting was tense.', { reference: '2021-08-01' });
		expect(r.events).toHaveLength(2);
		for (const e of r.events) expect(e.mentions.map((m) => m.text)).not.toContain('The meeting');
	});
	it('"for talks" and "held talks" are not a modifier and its noun', () => {
		const r = extract('Leaders gathered in Moscow on 8 May 2025 for talks.', { reference: '2025-05-10' });
		expect(r.events[0].mentions.map((m) => m.text)).toEqual(['8 May 2025', 'talks']);
	});
});

describe('titles leave out recurring days, not recurring units', () => {
	it('"on Mondays and Tuesday nights" goes with the date; "daily" stays', () => {
		const r = extract('Two new flights will leave Bombay on Mondays and Tuesday nights from March 30. Qantas plans daily flights to Sydney from April 2.', { reference: '1998-02-13' });
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([
			['1998-03-30', 'Two new flights will leave Bombay'],
			['1998-04-02', 'Qantas plans daily flights to Sydney']
		]);
	});
});

describe('a named event a date counts from goes with the date, not into the title', () => {
	it('"Three months after Pearl Harbor, the fleet sailed west"', () => {
		const r = extract('Three months after Pearl Harbor, the fleet sailed west. A week before the Battle of Gettysburg, Lee moved north. The treaty was signed on 9 November 1989.', { reference: '2009-12-19' });
		expect(r.events.map((e) => [e.time.value, e.title])).toEqual([
			['1863-06-24', 'Lee moved north'],
			['1863-07-01/1863-07-03', 'Battle of Gettysburg'],
			['1941-12-07', 'Attack on Pearl Harbor'],
			['1942-03-07', 'The fleet sailed west'],
			['1989-11-09', 'The treaty was signed']
		]);
	});
});

describe('clauseTitle: two verbs of one subject, each with its date', () => {
	const span = (sentence: string, phrase: string) => ({ start: sentence.indexOf(phrase), end: sentence.indexOf(phrase) + phrase.length });
	it('titles the second date by the subject and the second verb (“The army crossed the river on 5 May and took the city on 9 May”)', () => {
		const s = 'The army crossed the river on 5 May and took the city on 9 May.';
		expect(clauseTitle(s, span(s, '9 May'), [span(s, '5 May'), span(s, '9 May')])).toBe('The army took the city');
		expect(clauseTitle(s, span(s, '5 May'), [span(s, '5 May'), span(s, '9 May')])).toBe('The army crossed the river');
	});
	it('keeps the two together after an auxiliary, which the second verb may or may not share (“was hit at noon and sank at 2 p.m.”)', () => {
		const s = 'The ship was hit at noon and sank at 2 p.m.';
		expect(clauseTitle(s, span(s, '2 p.m.'), [span(s, 'noon'), span(s, '2 p.m.')])).toBe('The ship was hit and sank');
	});
});
