import { describe, expect, it } from 'vitest';
import { timexes, valueOf } from './helpers.ts';
import { storyKind } from '../../../src/lib/extract/temporal/resolveAll.ts';
import type { Candidate } from '../../../src/lib/extract/temporal/candidate.ts';
import { extract, timexesOf } from '../../../src/lib/extract/index.ts';

interface Row {
	name: string;
	text: string;
	reference?: string;
	expected: Array<[string, string | null]>;
	/** Extents that must not be read as times. */
	absent?: string[];
}

function table(title: string, rows: Row[]) {
	describe(title, () => {
		for (const row of rows) {
			it(row.name, () => {
				const found = timexes(row.text, row.reference ?? '2025-05-08');
				for (const pair of row.expected) expect(found).toContainEqual(pair);
				for (const text of row.absent ?? []) expect(found.map(([t]) => t)).not.toContain(text);
			});
		}
	});
}

table('chrono dates (full, partial, weekday, relative)', [
	{ name: 'full date, day first', text: 'The treaty was signed on 9 May 1945 in Berlin.', expected: [['9 May 1945', '1945-05-09']] },
	{ name: 'full date, month first', text: 'Elections were held on March 3, 2024, across the country.', expected: [['March 3, 2024', '2024-03-03']] },
	{ name: 'month and year', text: 'The factory closed in May 1998 after a strike.', expected: [['May 1998', '1998-05']] },
	{ name: 'month-day takes the year nearest the reference', text: 'The vote is due on June 2.', reference: '2025-05-08', expected: [['June 2', '2025-06-02']] },
	{ name: 'past weekday: the last one', text: 'The minister resigned on Monday.', reference: '2025-05-08', expected: [['Monday', '2025-05-05']] },
	{ name: 'an abbreviated weekday before a date', text: 'The vote is on Wed., May 14.', reference: '2025-05-08', expected: [['Wed., May 14', '2025-05-14']] },
	{ name: '“this week” at the start of a sentence is a time', text: 'This week, the company cut jobs. Shares fell this week.', reference: '1989-10-27', expected: [['This week', '1989-W43'], ['this week', '1989-W43']] },
	{ name: 'a relative clause between commas right before the date does not give it its tense', text: 'Harlan will close its plant in Hamilton, Ohio, which has operated since 1948, by March 31.', reference: '1998-07-22', expected: [['1948', '1948'], ['March 31', '1999-03-31']] },
	{ name: 'a weekday after “is” is the one ahead (“The meeting is Monday”)', text: 'The meeting is Monday at 10 a.m. The vote is on Tuesday.', reference: '2021-11-10', expected: [['Monday', '2021-11-15'], ['10 a.m.', '2021-11-15T10:00'], ['Tuesday', '2021-11-16']] },
	{ name: 'future weekday: the next one', text: 'The summit is scheduled for Monday.', reference: '2025-05-08', expected: [['Monday', '2025-05-12']] },
	{ name: 'last year', text: 'Sales fell last year.', reference: '2025-05-08', expected: [['last year', '2024']] },
	{ name: 'days ago', text: 'He arrived three days ago.', reference: '2025-05-08', expected: [['three days ago', '2025-05-05']] },
	{ name: 'yesterday', text: 'Officials said yesterday that talks had stalled.', reference: '2025-05-08', expected: [['yesterday', '2025-05-07']] },
	{ name: 'month-day in a history takes the narrative year', text: 'The war began in 1914. On 28 June, the archduke was shot.', expected: [['28 June', '1914-06-28']] }
]);

table('bare years and ranges', [
	{ name: '“the rest of the year”, told in the past after a day told centuries back, is that year even where the text reads as news', text: 'On 30 June 1520 the Spaniards fled the city, in circumstances still debated today. Cortés spent the rest of the year rebuilding his forces.', reference: '2021-08-13', expected: [['30 June 1520', '1520-06-30'], ['the rest of the year', '1520']] },
	{ name: '“in about 1438” is a year (“about 1945 people” is not); “two hundred and sixty-five years”; a year in a claim in the past perfect does not move the story', text: 'Pachacuti came to power in about 1438. About 1945 people came. For two hundred and sixty-five years Japan was at peace. Edward died in January 1066. William maintained that Harold had sworn to support his claim while a guest in Normandy in about 1064. In late April a comet appeared.', reference: '2023-05-02', expected: [['1438', '1438'], ['two hundred and sixty-five years', 'P265Y'], ['January 1066', '1066-01'], ['1064', '1064'], ['late April', '1066-04']] },
	{ name: '“the previous century” after a story centuries back is the one before it, even where the text also counts from the day of writing', text: 'Historians today still argue about the collapse. Around 1200 BC the palaces burned. Letters from Amarna, written in the previous century, tell of gifts. Last year a new study appeared.', reference: '2019-06-12', expected: [['1200 BC', 'BC1200'], ['the previous century', 'BC12']] },
	{ name: 'a lifespan in brackets after a name is no time the story moves to; “a century earlier” and “two centuries later” count from the story; “a thousand years”; “for centuries” is PXC; “the next century” in a history follows the story’s', text: 'In 1769 Richard Arkwright (1732–1792) patented the water frame, and ten years later Samuel Crompton (1753–1827) improved it. By 1850 the trip took twelve hours; it had taken ten days a century earlier. After a thousand years of neglect, texts unread for centuries returned. Copernicus published in 1543; over the next century, the debate grew.', reference: '2024-09-16', expected: [['1769', '1769'], ['1732–1792', '1732/1792'], ['ten years later', '1779'], ['1753–1827', '1753/1827'], ['1850', '1850'], ['twelve hours', 'PT12H'], ['ten days', 'P10D'], ['a century earlier', '1750'], ['a thousand years', 'P1000Y'], ['centuries', 'PXC'], ['1543', '1543'], ['the next century', '16']] },
	{ name: 'an anniversary column: “this day in 1986”, “Ten years ago this week”, “Fifty years ago this month”, “this past January”', text: 'On this day in 1986, the river crested. Ten years ago this week, the river climbed out of its banks. Fifty years ago this month the dam broke. It flooded again this past January.', reference: '2024-03-14', expected: [['this day in 1986', '1986-03-14'], ['Ten years ago this week', '2014-W11'], ['Fifty years ago this month', '1974-03'], ['this past January', '2024-01']] },
	{ name: 'a union local’s or a gate’s number is no year, and lends no year to the dates after it', text: 'Negotiators for Amalgamated Transit Union Local 1290 kept working through the summer. Talks collapsed on Sept. 19. Passengers waited at Gate 1912.', reference: '2003-10-09', expected: [['the summer', '2003-SU'], ['Sept. 19', '2003-09-19']] },
	{ name: 'a bill’s number is no year; “in the fall” before no “of” is the season', text: 'The Senate approved House Bill 1182. A draft is more likely to appear in the fall than over the summer.', reference: '2022-06-09', expected: [['the fall', '2022-FA']] },
	{ name: 'this, last and next season in news are years from the day of writing; the last season of a show is not', text: 'Rovers were the best team this season. He spent last season on loan. Next season he plays in Italy. The last season of the show aired.', reference: '2019-05-20', expected: [['this season', '2019'], ['last season', '2018'], ['Next season', '2020']] },
	{ name: 'a year written with a slash (“the 2025/26 tax year”) and a season across two years (“the 2019-20 Black Summer”, “the 2023/24 winter”) are one period, by its first year', text: 'Allowances will be the same in the 2025/26 tax year as in 2021. Drought set the stage for the 2019-20 Black Summer. The 2023/24 winter was mild. Prices on 12/05/2024 fell.', reference: '2025-01-16', expected: [['the 2025/26 tax year', '2025'], ['2021', '2021'], ['the 2019-20 Black Summer', '2019-SU'], ['The 2023/24 winter', '2023-WI'], ['12/05/2024', '2024-12-05']] },
	{ name: 'a season, school year or fiscal year across two years is one period, by its first year', text: 'Rovers lost twice in the 2018-19 season. The rules apply from the 2026-27 school year. The budget for the financial year 2023-24 and fiscal 1990-91 was cut. The Siege of Kut (1915-16) ended.', reference: '2023-03-08', expected: [['the 2018-19 season', '2018'], ['the 2026-27 school year', '2026'], ['the financial year 2023-24', '2023'], ['fiscal 1990-91', '1990'], ['1915-16', '1915/1916']] },
	{ name: 'in a sentence that counts in financial years, a bare span of two years is one such year', text: 'Net debt will reach $10 billion this financial year, up from $9.1 billion in 2023-24, and return to surplus in 2027-28. The plague of 1665-66 killed thousands.', reference: '2024-05-30', expected: [['this financial year', '2024'], ['2023-24', '2023'], ['2027-28', '2027'], ['1665-66', '1665/1666']] },
	{ name: 'in YEAR', text: 'The war ended in 1945.', expected: [['1945', '1945']] },
	{ name: 'since YEAR', text: 'Prices have doubled since 2014.', expected: [['2014', '2014']] },
	{ name: 'a hedged range', text: 'Historians speak of a second revolution from about 1870 to 1914. It was built between roughly 1500 and 1520.', expected: [['1870 to 1914', '1870/1914'], ['1500 and 1520', '1500/1520']] },
	{ name: 'years listed after a cue', text: 'It would dilute earnings in both 1990 and 1991. He crossed in 1994, 1995 and 1997.', expected: [['1990', '1990'], ['1991', '1991'], ['1995', '1995'], ['1997', '1997']] },
	{ name: 'a year before a capitalised plural names an event', text: 'He hoped for a republic by the opening of the 2000 Olympics.', expected: [['2000', '2000']] },
	{ name: 'a year after a determiner qualifies the plural after it', text: 'The first of the 1777 campaigns failed. Violence fell from its 2006 highs.', expected: [['1777', '1777'], ['2006', '2006']] },
	{ name: 'range with en dash', text: 'The First World War (1914–1918) changed Europe.', expected: [['1914–1918', '1914/1918']] },
	{ name: 'from .. to', text: 'He ruled from 1558 to 1603.', expected: [['1558 to 1603', '1558/1603']] },
	{ name: 'a range opening a sentence', text: 'Between 1961 and 1964 the army doubled. From 1939 to 1945 the city was bombed.', expected: [['1961 and 1964', '1961/1964'], ['1939 to 1945', '1939/1945']] },
	{ name: 'short range', text: 'During the war of 1939-45, the city was bombed.', expected: [['1939-45', '1939/1945']] },
	{ name: 'BC year', text: 'Caesar was killed in 44 BC.', expected: [['44 BC', 'BC0044']] },
	{ name: 'a BC range with the era after both years', text: 'The Third Punic War (149 B.C. - 146 B.C.) ended in ruin. Hannibal fought from 218 BC to 201 BC.', expected: [['149 B.C. - 146 B.C.', 'BC0149/BC0146'], ['218 BC to 201 BC', 'BC0218/BC0201']] },
	{ name: 'a count with a half (“four and a half months later”, “a year and a half later”) counts a half unit more; days with a half stay a length', text: 'The battle ended on 3 July 1863. Four and a half months later, Lincoln spoke. The fleet sailed on 3 May 1921. A year and a half later, the army left; two and a half days later, it had gone.', reference: '2020-01-01', expected: [['Four and a half months later', '1863-11'], ['A year and a half later', '1922'], ['two and a half days', 'P2DT12H']] },
	{ name: 'a count later after a stated range counts from its end', text: 'The war lasted from 1939 to 1945. Two years later, India became independent.', expected: [['Two years later', '1947']] },
	{ name: 'the following year after a stated range is the year after its end', text: 'The war lasted from 1939 to 1945. The following year, the first General Assembly met.', expected: [['The following year', '1946']] },
	{ name: 'BC with full stops, with or without the last', text: 'In 44 B.C. Caesar was killed. The siege began in 149 B.C and Carthage fell in 146 B.C', expected: [['44 B.C.', 'BC0044'], ['149 B.C', 'BC0149'], ['146 B.C', 'BC0146']] },
	{ name: 'AD year', text: 'Vesuvius erupted in AD 79.', expected: [['AD 79', '0079']] }
]);

table('decades and centuries', [
	{ name: 'the 1990s', text: 'In the 1990s the internet spread.', expected: [['the 1990s', '199']] },
	{ name: "the '80s", text: "Music of the '80s is back.", expected: [["the '80s", '198']] },
	{ name: 'the early 1970s', text: 'It started in the early 1970s.', expected: [['the early 1970s', '197']] },
	{ name: 'the 19th century', text: 'Railways spread in the 19th century.', expected: [['the 19th century', '18']] },
	{ name: 'the nineteenth century', text: 'Railways spread in the nineteenth century.', expected: [['the nineteenth century', '18']] },
	{ name: 'the 1800s is a century', text: 'Cities grew in the 1800s.', expected: [['the 1800s', '18']] },
	{ name: 'the 2000s is a decade', text: 'By the early 2000s the payroll had fallen.', reference: '2019-06-16', expected: [['the early 2000s', '200']] },
	{ name: 'a season', text: 'In the summer of 1989, Hungary opened its border.', expected: [['the summer of 1989', '1989-SU']] },
	{ name: 'the following or preceding season, from the day the story is at', text: 'On December 16, 1773, colonists dumped tea into the harbour. Parliament answered the following spring. In June 1941 Germany attacked; the preceding spring had been quiet. War came in 1812; the following winter was harsh.', reference: '2009-12-19', expected: [['the following spring', '1774-SP'], ['the preceding spring', '1941-SP'], ['the following winter', '1812-WI']] },
	{ name: 'a season takes the year of the season after it', text: 'The war went on in 1942. Both sides spent the spring and early summer of 1943 preparing. The winter and spring of 1945 were hard.', reference: '2009-12-19', expected: [['the spring', '1943-SP'], ['The winter', '1944-WI']] },
	{ name: 'a winter', text: 'The offensive stalled in winter 1941.', expected: [['winter 1941', '1941-WI']] }
]);

table('anniversaries and offsets', [
	{ name: '“the new year” is the year after the day of writing, or after the story’s, unless that is in its first months', text: 'Commissioners should start the new year by reversing the vote.', reference: '2016-12-28', expected: [['the new year', '2017']] },
	{ name: '“the new year” after a story told years back', text: 'Sherman occupied Savannah on December 21, 1864. In the new year the Confederacy weakened. The new year’s budget is larger.', reference: '2012-04-09', expected: [['December 21, 1864', '1864-12-21'], ['the new year', '1865']] },
	{ name: '“the new year” in January is this year', text: 'The council will vote on the plan in the new year, officials said.', reference: '2020-01-10', expected: [['the new year', '2020']] },
	{ name: 'the end or the rest of the decade: the decade of writing, or of a story told just before', text: 'Districts must offer the courses by the end of the decade, and growth will be slow for the rest of the decade.', reference: '2025-01-22', expected: [['the end of the decade', '202'], ['the rest of the decade', '202']] },
	{ name: 'the end of the decade in an infinitive, ahead of its verb, is the decade of writing, whatever year the paragraph told', text: 'He cut inflation from 900 percent in 1988 to about 60 percent. He has promised to balance the budget and to bring inflation below 10 percent before the end of the decade.', reference: '1990-04-09', expected: [['the end of the decade', '199']] },
	{ name: 'the end of the decade after a story told in the same paragraph', text: 'In April 1968 Johnson signed the Fair Housing Act. By the end of the decade segregation had been dismantled.', reference: '2009-08-02', expected: [['April 1968', '1968-04'], ['the end of the decade', '196']] },
	{ name: 'anniversary of a full date', text: 'They marked the 50th anniversary of 20 July 1969 with a launch.', expected: [['50th anniversary of 20 July 1969 with a launch', '2019-07-20']] },
	{ name: 'anniversary in words of a year', text: 'The city celebrated the hundredth anniversary of its founding in 1903.', expected: [['hundredth anniversary of its founding in 1903', '2003']] },
	{ name: 'a day before a dated event', text: 'Talks were held a day before 9 May 2025.', expected: [['a day before 9 May 2025', '2025-05-08']] },
	{ name: 'a day before a named event', text: 'Leaders met a day before the celebrations of the fall of the Berlin Wall.', expected: [['a day before', '1989-11-08']] },
	{ name: 'two weeks later from the narrative', text: 'The siege began on 1 March 1942. Two weeks later the city fell.', expected: [['Two weeks later', '1942-03-15']] },
	{ name: 'the following year', text: 'The party won in 1997. The following year it lost a referendum.', expected: [['The following year', '1998']] },
	{ name: 'the next day', text: 'Troops landed on 6 June 1944. The next day they took the town.', expected: [['The next day', '1944-06-07']] }
]);

table('quarters, durations, sets and references (TimeML values)', [
	{ name: 'the end of a year or month counted from the day of writing is that year or month (“the end of next year”, as “the end of 1990”); a quarter named by its last month (“the September quarter”)', text: 'The war will cost $2 billion by the end of next year. Rents rose from 3.6% at the end of last year. Savings are due by the end of next month. In the September quarter, net income fell.', reference: '1989-11-08', expected: [['the end of next year', '1990'], ['the end of last year', '1988'], ['the end of next month', '1989-12'], ['the September quarter', '1989-Q3']] },
	{ name: 'every n-th unit, every second weekday, on weekends', text: 'An extra day was added every fourth year. Pay comes every other week. The board meets every second Tuesday. The kitchen ran on weekends. Two weekends ago it rained.', reference: '2024-03-08', expected: [['every fourth year', 'P4Y'], ['every other week', 'P2W'], ['every second Tuesday', 'XXXX-WXX-2'], ['weekends', 'XXXX-WXX-WE']] },
	{ name: 'every weekend is the weekend of every week', text: 'Crew will strike every weekend in August.', reference: '2023-07-26', expected: [['every weekend', 'XXXX-WXX-WE'], ['August', '2023-08']] },
	{ name: 'clock times of a rule are on no day; a weekday set keeps its part of the day', text: 'The galleries will be open daily from 10 a.m. to 6 p.m., and every Thursday until 9 p.m. A van visits every Wednesday afternoon. Tours start at 11 a.m. on weekends. The clinic is open from 9 a.m. to 3 p.m. on Saturdays. Members may attend a reception tonight from 6 p.m. to 8 p.m. The vote closed at 8 p.m.', reference: '2007-09-13', expected: [['10 a.m.', 'XXXX-XX-XXT10:00'], ['6 p.m.', 'XXXX-XX-XXT18:00'], ['every Thursday', 'XXXX-WXX-4'], ['9 p.m.', 'XXXX-XX-XXT21:00'], ['every Wednesday afternoon', 'XXXX-WXX-3TAF'], ['11 a.m.', 'XXXX-XX-XXT11:00'], ['9 a.m.', 'XXXX-XX-XXT09:00'], ['3 p.m.', 'XXXX-XX-XXT15:00'], ['tonight', '2007-09-13TNI'], ['6 p.m.', '2007-09-13T18:00'], ['8 p.m.', '2007-09-13T20:00'], ['8 p.m.', '2007-09-13T20:00']] },
	{ name: 'the third quarter, latest by the reference', text: 'Profit rose in the third quarter.', reference: '1989-10-27', expected: [['the third quarter', '1989-Q3']] },
	{ name: 'third-quarter adjective', text: 'The company reported third-quarter earnings.', reference: '1989-10-27', expected: [['third-quarter', '1989-Q3']] },
	{ name: 'a later quarter still to come is this year’s', text: 'She said a new data center would open in the third quarter.', reference: '2024-04-26', expected: [['the third quarter', '2024-Q3']] },
	{ name: 'in a fiscal report a numbered quarter is the latest ended (or the one under way), whatever its number, and “the quarter” is the one numbered before', text: 'Halvorsen Instruments on Thursday reported record revenue for the fiscal third quarter. Revenue in the quarter rose 14 percent. The company expects to report fourth-quarter results in early August. Bramwell Stores posted fourth-quarter sales that beat estimates in fiscal 2024.', reference: '2024-04-25', expected: [['the fiscal third quarter', '2024-Q3'], ['the quarter', '2024-Q3'], ['fourth-quarter', '2024-Q4']] },
	{ name: 'in a fiscal report “the prior-year quarter” is the numbered quarter a year back; “the end of the calendar year”; “a generation ago” is PAST_REF; a year before a verb in -s is a year', text: 'Revenue for the fiscal third quarter rose 14 percent from the prior-year quarter. It plans a second line by the end of the calendar year. Prices are four times incomes, against three a generation ago. A pledge for 2030 means little.', reference: '2024-04-25', expected: [['the fiscal third quarter', '2024-Q3'], ['the prior-year quarter', '2023-Q3'], ['the end of the calendar year', '2024'], ['a generation ago', 'PAST_REF'], ['2030', '2030']] },
	{ name: 'a retailer’s fiscal fourth quarter reported in March is of the year before; its first quarter, “which ends May 3”, is under way', text: 'Bramwell Stores posted fourth-quarter sales that beat estimates. For fiscal 2024, sales totaled $27.9 billion. In the first quarter, which ends May 3, Bramwell sees sales declining.', reference: '2025-03-05', expected: [['fourth-quarter', '2024-Q4'], ['the first quarter', '2025-Q1']] },
	{ name: 'a later quarter told in the past is last year’s', text: 'Sales fell in the third quarter.', reference: '2024-04-26', expected: [['the third quarter', '2023-Q3']] },
	{ name: 'results to be reported are of a quarter past', text: 'The company expects to report third-quarter net income next week.', reference: '2024-01-20', expected: [['third-quarter', '2023-Q3']] },
	{ name: 'a year earlier than a quarter is that quarter a year back', text: 'Profit rose in the third quarter. A year earlier, it fell.', reference: '1989-10-27', expected: [['A year earlier', '1988-Q3']] },
	{ name: 'a year ago in a quarterly report', text: 'Net income in the third quarter was $5 million, up from $4 million a year ago.', reference: '1989-10-27', expected: [['a year ago', '1988-Q3']] },
	{ name: 'the year-ago period is the quarter in question a year back', text: 'Net income in the third quarter rose to $5 million. In the year-ago period, it earned $4 million.', reference: '1989-10-27', expected: [['the year-ago period', '1988-Q3']] },
	{ name: 'the latest period is the quarter in question', text: 'Sales in the fourth quarter rose. Sales in the latest period were $1.76 billion.', reference: '1989-11-02', expected: [['the latest period', '1989-Q4']] },
	{ name: 'results told in the past compare with the results’ quarter, not the forecast’s current quarter told between; a forecast with its own', text: 'Norvance said Tuesday its profit rose 18% in the quarter ended June 30. But its forecast for the current quarter fell short. It earned $2.31 billion, up from $1.96 billion in the year-earlier period. Revenue climbed to $9.8 billion from $8.6 billion a year earlier. It expects revenue for the current quarter of $10 billion, up from $9 billion in the year-earlier period.', reference: '2024-07-30', expected: [['the year-earlier period', '2023-Q2'], ['a year earlier', '2023-Q2'], ['the year-earlier period', '2023-Q3']] },
	{ name: 'a calendar quarter named by its months', text: 'For the July-September quarter, Norvance said it expects revenue of $9.9 billion. Sales fell in the October–December quarter. In the Aug.-Oct. quarter, it lost money.', reference: '2024-07-30', expected: [['the July-September quarter', '2024-Q3'], ['the October–December quarter', '2023-Q4']] },
	{ name: 'year-earlier before a noun', text: 'Profit was $1 million in the third quarter, compared with year-earlier profit of $2 million.', reference: '1989-10-27', expected: [['year-earlier', '1988-Q3']] },
	{ name: '“a year-earlier loss” is no duration “a year”', text: 'The company earned $5 million in the third quarter, compared with a year-earlier loss.', reference: '1989-10-27', expected: [['year-earlier', '1988-Q3']] },
	{ name: 'the corresponding period last year', text: 'The third quarter loss compares with net income for the corresponding period last year.', reference: '1989-11-02', expected: [['the corresponding period last year', '1988-Q3']] },
	{ name: 'last year in a comparison in a quarterly report', text: 'In the third quarter the unit posted earnings of $24 million, compared with a loss of $3 million last year.', reference: '1989-11-02', expected: [['last year', '1988-Q3']] },
	{ name: 'a year ago after the year-ago quarter counts from the quarter in question', text: 'Profit rose in the third quarter. It had fallen in the year-ago quarter. Sales were higher than a year ago.', reference: '1989-11-02', expected: [['a year ago', '1988-Q3']] },
	{
		name: 'a quarter compared with a year earlier, then the nine months',
		text: 'Columbia announced a loss for the third quarter. Assets rose to $12.7 billion in the latest quarter from $12.4 billion a year earlier. For the nine months, losses totaled $212 million, compared with net income a year earlier.',
		reference: '1989-10-26',
		expected: [['a year earlier', '1988-Q3'], ['a year earlier', '1988']]
	},
	{ name: 'a year earlier after a span of months is a year', text: 'Profit rose in the third quarter. Year-earlier results included a gain. For the nine months, net rose, compared with a loss a year earlier.', reference: '1989-10-26', expected: [['a year earlier', '1988']] },
	{ name: 'next year’s first quarter', text: 'The spin-off could be effective as early as next year’s first quarter.', reference: '1989-10-27', expected: [['next year’s first quarter', '1990-Q1']] },
	{ name: 'the quarter a year ago', text: 'It lost money in the third quarter. For the quarter a year ago, it reported earnings.', reference: '1989-10-26', expected: [['the quarter a year ago', '1988-Q3']] },
	{ name: 'a period after a span of months is a year', text: 'In the first nine months, net was $306 million, compared with a loss of $195 million in the 1988 period.', reference: '1989-11-02', expected: [['the 1988 period', '1988']] },
	{ name: 'for the year in a report is the year of writing', text: 'For the year, pet food volume was flat. Sales for the full year were $6.6 billion.', reference: '1989-11-02', expected: [['the year', '1989'], ['the full year', '1989']] },
	{ name: 'later in the year in a history is the story’s year', text: 'The civil war began in 1927. It paused in 1937 and resumed in 1946. Later in the year, Chiang realized that his army was stretched.', expected: [['Later in the year', '1946']] },
	{ name: 'the latter part of the year', text: 'The war began in 1939. France fell in 1940. The offensive began in May 1944. It stalled in the latter part of the year.', expected: [['the latter part of the year', '1944']] },
	{ name: 'the first half of a stated year', text: 'Sales fell in the first half of 1990.', expected: [['the first half of 1990', '1990-H1']] },
	{ name: 'the end of a quarter keeps its edge', text: 'He expected to complete the deal by the end of the second quarter.', reference: '1999-03-04', expected: [['the end of the second quarter', '1999-Q2']] },
	{ name: 'a half or quarter of the year, of next or last year', text: 'That pushes any change into the second half of the year. No recovery is seen before the second half of next year; sales fell in the third quarter of last year.', reference: '2013-03-20', expected: [['the second half of the year', '2013-H2'], ['the second half of next year', '2014-H2'], ['the third quarter of last year', '2012-Q3']] },
	{ name: 'a counted duration', text: 'The strike lasted two weeks.', expected: [['two weeks', 'P2W']] },
	{ name: 'a compound length of falling units is one duration', text: 'She won in one hour and 48 minutes. He served two years and three months, then waited 3 hours, 12 minutes; three days and two years stay apart.', expected: [['one hour and 48 minutes', 'PT1H48M'], ['two years and three months', 'P2Y3M'], ['3 hours, 12 minutes', 'PT3H12M'], ['three days', 'P3D'], ['two years', 'P2Y']] },
	{ name: 'the first nine months', text: 'In the first nine months, profit rose.', expected: [['the first nine months', 'P9M']] },
	{ name: 'the year ended a day is a year long', text: 'For the year ended Aug. 31, net income was C$2.7 million. In the fiscal year ending June 30 it may fall.', reference: '1989-10-27', expected: [['the year', 'P1Y'], ['the fiscal year', 'P1Y']] },
	{ name: 'a vague duration', text: 'Prices have risen for several years.', expected: [['several years', 'PXY']] },
	{ name: 'a count of more, additional or further units', text: 'Patients must be followed for at least five more years, and the agency wants an additional year and two further weeks.', expected: [['at least five more years', 'P5Y'], ['an additional year', 'P1Y'], ['two further weeks', 'P2W']] },
	{ name: 'several more, straight and consecutive units', text: 'They want several more months of data after 27 straight months of gains and five consecutive years of growth.', expected: [['several more months', 'PXM'], ['27 straight months', 'P27M'], ['five consecutive years', 'P5Y']] },
	{ name: 'the verb “last” stays outside a duration', text: 'A peace was meant to last fifty years; the union would last almost seventy years.', expected: [['fifty years', 'P50Y'], ['almost seventy years', 'P70Y']] },
	{ name: 'a single day; the next three and a half years', text: 'Red Guards shut it down after a single day. Five more crews landed over the next three and a half years.', expected: [['a single day', 'P1D'], ['the next three and a half years', 'P3Y6M']] },
	{ name: 'the past decade is ten years; the last decade of a century is not', text: 'Investment grew over the past decade. In the last decade of the century, it fell.', expected: [['the past decade', 'P10Y']] },
	{ name: 'for weeks, within days: a length without a number', text: 'For weeks the government held rallies. Troops will arrive within days.', expected: [['weeks', 'PXW'], ['days', 'PXD']] },
	{ name: '“almost” and “roughly” stay outside a count (not before “a”)', text: 'The siege lasted almost a year. The shaking went on for roughly 42 seconds, then almost three minutes.', expected: [['almost a year', 'P1Y'], ['42 seconds', 'PT42S'], ['three minutes', 'PT3M']] },
	{ name: '“about” and “over” stay outside a count, not before “a”', text: 'Talks took about five hours, then about 5 1/2 hours, over three years. It lasted about a decade, nearly two years.', expected: [['five hours', 'PT5H'], ['5 1/2 hours', 'PT5H30M'], ['three years', 'P3Y'], ['about a decade', 'P10Y'], ['nearly two years', 'P2Y']] },
	{ name: 'hundreds counted in words; the article of “a hundred” and “a couple of” stays', text: 'It had been known in China for more than four hundred years. A hundred days passed. It took a couple of years.', expected: [['more than four hundred years', 'P400Y'], ['A hundred days', 'P100D'], ['a couple of years', 'P2Y']] },
	{ name: '“took weeks”, “spent months”, “may take months”: a length without a number after a verb of taking or spending', text: 'Rebuilding took years. Envoys spent months on the road. The system may take months to recover. News needed weeks to cross the Atlantic.', expected: [['years', 'PXY'], ['months', 'PXM'], ['months', 'PXM'], ['weeks', 'PXW']] },
	{ name: 'the following weeks, the ensuing months: a length of time (the following year is a date)', text: 'Over the following weeks he showed it worked. In the ensuing months prices rose. The following year he died.', expected: [['the following weeks', 'PXW'], ['the ensuing months', 'PXM']] },
	{ name: 'a modifier before a century or decade belongs to it', text: 'Only at the start of the 19th century did iron presses come into use. At the end of the 1990s it fell.', expected: [['the start of the 19th century', '18'], ['the end of the 1990s', '199']] },
	{ name: 'a winter over two years before the common era starts in the first', text: 'Hannibal spent the winter of 218-217 BC among the Gauls.', reference: '2011-03-01', expected: [['the winter of 218-217 BC', 'BC0218-WI']] },
	{ name: 'an hour said in words after a date is on the story’s day (no digit, but no day counted from the reference)', text: 'On the evening of 4 August 1789 the Assembly began a sitting that lasted until two in the morning.', reference: '2019-07-14', expected: [['two in the morning', '1789-08-05T02:00']] },
	{ name: 'an hour in words with “o’clock” is read: with its part of the day (“eight o’clock in the morning”, “ten o’clock that night”) one time; in a night told, an hour from seven to eleven is that evening’s; in an evening told, “five o’clock” is 17:00; on the afternoon of a day, in that afternoon; before “on” and a day, two expressions', text: 'On 11 May 1857 the sowars crossed at about eight o’clock in the morning. On 18 March 1938 the decree was typed, and at ten o’clock that night he read it. On the night of 11 June 1770, at about eleven o’clock, the ship struck. On the evening of 30 January 1948 he was shot a little after five o’clock. At about three o’clock on the afternoon of 14 August 1900 troops entered. The meeting began at 3 o’clock on 4 May 1921.', reference: '2019-07-14', expected: [['eight o’clock in the morning', '1857-05-11T08:00'], ['ten o’clock that night', '1938-03-18T22:00'], ['eleven o’clock', '1770-06-11T23:00'], ['five o’clock', '1948-01-30T17:00'], ['three o’clock', '1900-08-14T15:00'], ['3 o’clock', '1921-05-04T03:00'], ['4 May 1921', '1921-05-04']] },
	{ name: 'an hour said in words before "on" and its day takes that day', text: 'The meeting began at two in the afternoon on 3 May 1921.', reference: '2019-07-14', expected: [['two in the afternoon', '1921-05-03T14:00'], ['3 May 1921', '1921-05-03']] },
	{ name: 'an hour said in words before the part of the day is a clock time of the story’s day', text: 'In 1066 William sailed. The armies met on 14 October 1066. Fighting began at about nine in the morning. They attacked again at ten at night.', reference: '2011-03-01', expected: [['nine in the morning', '1066-10-14T09:00'], ['ten at night', '1066-10-14T22:00']] },
	{ name: 'the previous quarter is the one before the quarter the report is about, and is not itself that quarter', text: 'Operating profit rose in the second quarter, while order intake increased 9 percent from the previous quarter and 11 percent from a year earlier. Sales fell from the prior quarter.', reference: '2024-07-25', expected: [['the second quarter', '2024-Q2'], ['the previous quarter', '2024-Q1'], ['a year earlier', '2023-Q2'], ['the prior quarter', '2024-Q1']] },
	{ name: 'half of one unit', text: 'The empire grew in little more than half a century. They waited half an hour. It took about half a year.', expected: [['half a century', 'P50Y'], ['half an hour', 'PT30M'], ['half a year', 'P6M']] },
	{ name: 'a year and a half is eighteen months, as annotators write it', text: 'It took a year and a half. Now they tell us it is another year and a half.', expected: [['a year and a half', 'P18M'], ['another year and a half', 'P18M']] },
	{ name: 'a count and a half', text: 'They lived in camps for 2 1/2 years. She spent five and a half hours there. It took a minute and a half.', expected: [['2 1/2 years', 'P2Y6M'], ['five and a half hours', 'PT5H30M'], ['a minute and a half', 'PT1M30S']] },
	{ name: 'every week', text: 'The council meets every week.', expected: [['every week', 'P1W']] },
	{ name: 'every 2 September, each July 4', text: 'The victory was celebrated every 2 September; Americans celebrate each July 4 with fireworks.', expected: [['every 2 September', 'XXXX-09-02'], ['each July 4', 'XXXX-07-04']] },
	{ name: 'twice a week: the count is in the extent', text: 'The squad met twice a week and played three times a month.', expected: [['twice a week', 'P1W'], ['three times a month', 'P1M']] },
	{ name: 'every few units', text: 'The Fed holds a news conference every three months; buses run every 10 minutes.', expected: [['every three months', 'P3M'], ['every 10 minutes', 'PT10M']] },
	{ name: 'each month, every season', text: 'Prices rise each July and every summer; Every May the river floods.', expected: [['each July', 'XXXX-07'], ['every summer', 'XXXX-SU'], ['Every May', 'XXXX-05']] },
	{ name: 'weekdays in the plural', text: 'The show airs on Tuesday nights and he jogs on Sundays, but he spoke on Tuesday.', reference: '1998-02-20', expected: [['Tuesday nights', 'XXXX-WXX-2TNI'], ['Sundays', 'XXXX-WXX-7'], ['Tuesday', '1998-02-17']] },
	{ name: 'daily', text: 'The paper is published daily.', expected: [['daily', 'P1D']] },
	{ name: 'now', text: 'The company now employs 500 people.', expected: [['now', 'PRESENT_REF']] },
	{ name: 'recently', text: 'Prices recently fell.', expected: [['recently', 'PAST_REF']] },
	{ name: 'last week is an ISO week', text: 'Shares fell last week.', reference: '1998-02-20', expected: [['last week', '1998-W07']] },
	{ name: 'last August', text: 'The plant closed last August.', reference: '1991-02-25', expected: [['last August', '1990-08']] },
	{ name: 'a month named as a modifier', text: 'The job figures for January extended a surge. Police found evidence in the October slaying. It sold itself under a June agreement.', reference: '1998-02-06', expected: [['January', '1998-01'], ['October', '1997-10'], ['June', '1997-06']] },
	{ name: 'last May (chrono keeps a lone “May” only after “in”)', text: 'It ratified the treaty the two presidents signed last May.', reference: '1998-02-27', expected: [['last May', '1997-05']] },
	{ name: 'a month and day before a count chrono reads as their year ("Sept. 21, 45 days before")', text: 'Ballots for overseas voters go out Sept. 21, 45 days before Election Day.', reference: '2024-08-26', expected: [['Sept. 21', '2024-09-21'], ['45 days before', '2024-09-21']] },
	{ name: '"that August" is the story’s month, "that" inside; not after a verb that takes a clause', text: 'The treaty was signed in January 1903, but the Senate rejected it that August. The chief said that October sales rose.', reference: '2011-03-01', expected: [['that August', '1903-08'], ['October', '1903-10']] },
	{ name: 'a lone May after a cue, at the end of a sentence', text: 'Peoria had rejected an earlier offer last May. Prices have risen since May.', reference: '1989-10-26', expected: [['last May', '1989-05'], ['May', '1989-05']] },
	{ name: 'a possessive after “X to Y” makes two dates, not a range', text: 'After a small downward revision Friday to December’s figures, the economy has been creating jobs.', reference: '1998-02-06', expected: [['Friday', '1998-02-06'], ['December', '1997-12']] },
	{ name: 'the previous Friday counts from the day told', text: 'Hopes were dashed Friday. The index closed down 4.5% from the previous Friday.', reference: '1989-10-30', expected: [['the previous Friday', '1989-10-20']] },
	{ name: 'year-end is the last day of the year', text: 'They will complete the deal by year-end. Prices have risen since year-end.', reference: '1989-10-30', expected: [['year-end', '1989-12-31'], ['year-end', '1988-12-31']] },
	{ name: 'the weekend just past', text: 'Talks broke down over the weekend.', reference: '1990-08-13', expected: [['the weekend', '1990-W32-WE']] },
	{ name: 'next weekend', text: 'Talks resume next weekend.', reference: '1990-08-13', expected: [['next weekend', '1990-W33-WE']] }
]);

table('extents chrono gets wrong, mended', [
	{ name: 'a rate after a month is no time', text: 'Inflation dropped to 3.4% in February from 4% in January.', reference: '2024-03-21', expected: [['February', '2024-02'], ['January', '2024-01']] },
	{ name: 'a closing bracket is not the date’s', text: 'The invasion began on March 20, 2003 (9:34 p.m., March 19 EST) with air strikes.', reference: '2009-12-19', expected: [['9:34 p.m., March 19 EST', '2003-03-19T21:34']] },
	{ name: 'a month and day “of” a year', text: 'On June 20 of 1792, crowds marched on the palace.', reference: '2009-12-19', expected: [['June 20 of 1792', '1792-06-20']] },
	{ name: 'a.m. keeps its full stop at the end of a sentence', text: 'The blast came at 10:35 a.m. Police arrived later.', reference: '1998-08-08', expected: [['10:35 a.m.', '1998-08-08T10:35']] },
	{ name: 'a stray number after a hyphen', text: 'The battle began on 17 August-2 divisions were lost.', reference: '1914-12-01', expected: [['17 August', '1914-08-17']] },
	{ name: 'a range of days with a month each, hyphenated', text: 'The First Battle of the Marne (5 September-12 September 1914) saved Paris. Tannenberg (17 August-2 September) followed.', reference: '1914-12-01', expected: [['5 September-12 September 1914', '1914-09-05/1914-09-12'], ['17 August-2 September', '1914-08-17/1914-09-02']] },
	{ name: 'a range of days with a month each, month first, hyphenated', text: 'In the invasion phase (March 19-April 30), 9,200 combatants were killed.', reference: '2003-06-01', expected: [['March 19-April 30', '2003-03-19/2003-04-30']] },
	{ name: 'a month opening a sentence', text: 'Germany sued for peace in 1918. September saw the Germans retreat. The fleet stayed into October.', reference: '2009-12-19', expected: [['September', '1918-09'], ['October', '1918-10']] },
	{ name: 'August of that year', text: 'The war began in 1940. By August of that year, the city had fallen.', expected: [['August of that year', '1940-08']] },
	{ name: 'the 20 September', text: 'The attack of 1917 opened on the 20 September.', expected: [['the 20 September', '1917-09-20']] },
	{ name: 'that same day', text: 'Troops landed on 10 May 1940. That same day, the cabinet met.', expected: [['That same day', '1940-05-10']] }
]);

table('parts of the day (TMO, TAF, TEV, TNI)', [
	{ name: '“overnight” is a night (TNI): before the day of writing in news told in the past, of it in a clause that looks ahead, of the day told last in its paragraph; not before a noun it qualifies', text: 'NATO warplanes struck targets in Belgrade overnight, cutting power. The storm will curve to the northeast overnight. The overnight lending rate rose.', reference: '1999-06-09', expected: [['overnight', '1999-06-08TNI'], ['overnight', '1999-06-09TNI']] },
	{ name: '“overnight” in a history is the night of the day told last', text: 'On 1 January 1492 the envoys entered by a hidden path, and overnight they took over the towers.', reference: '2019-01-02', expected: [['overnight', '1492-01-01TNI']] },
	{ name: 'weekday and part of day', text: 'Police said the attack happened Wednesday night.', reference: '2000-01-08', expected: [['Wednesday night', '2000-01-05TNI']] },
	{ name: 'this morning', text: 'The minister resigned this morning.', reference: '2000-01-08', expected: [['this morning', '2000-01-08TMO']] },
	{ name: 'last night', text: 'Fighting resumed last night near the border.', reference: '1998-01-20', expected: [['last night', '1998-01-19TNI']] },
	{ name: 'yesterday afternoon', text: 'Shares fell mid-afternoon yesterday.', reference: '1989-11-02', expected: [['mid-afternoon yesterday', '1989-11-01TAF']] },
	{ name: 'a clock time stays a clock time', text: 'The polls closed at 4 in the morning on Thursday.', reference: '2000-04-06', expected: [['4 in the morning', '2000-04-06T04:00'], ['Thursday', '2000-04-06']] },
	{ name: 'a range of clock times each on its day is two times (“from 9 p.m. Friday to 5 a.m. Monday”); not one time whose days are a range', text: 'Crews will close the span from 9 p.m. Friday to 5 a.m. Monday. Pakistan came into being at midnight of 14-15 August 1947.', reference: '2024-06-12', expected: [['9 p.m. Friday', '2024-06-14T21:00'], ['5 a.m. Monday', '2024-06-17T05:00'], ['midnight of 14-15 August 1947', '1947-08-14T24:00']] },
	{ name: 'the first clock time of a range whose second names its day is on that day (“from 10 a.m. to 4 p.m. Thursday”), or the day before when later (“from 10 p.m. to 6 a.m. Friday”)', text: 'A clinic will be at the fairgrounds from 10 a.m. to 4 p.m. Thursday. The road will close from 10 p.m. to 6 a.m. Friday.', reference: '2024-05-21', expected: [['10 a.m.', '2024-05-23T10:00'], ['4 p.m. Thursday', '2024-05-23T16:00'], ['10 p.m.', '2024-05-23T22:00'], ['6 a.m. Friday', '2024-05-24T06:00']] },
	{ name: 'an hour in words before its day is two expressions, as a clock time in digits is', text: 'Police said the robbery happened at ten at night on Friday.', reference: '2000-04-06', expected: [['ten at night', '2000-03-31T22:00'], ['Friday', '2000-03-31']] }
]);

describe('parts of the day: types and intervals', () => {
	it('a part of today is a TIME, a weekday with a part of day stays a DATE, and both cover their hours', async () => {
		const { extract } = await import('../../../src/lib/extract/index.ts');
		const { expressions } = extract('They met this morning and again Friday evening.', { reference: '2000-01-08' });
		const morning = expressions.find((e) => e.text === 'this morning');
		const evening = expressions.find((e) => e.text === 'Friday evening');
		expect(morning?.type).toBe('TIME');
		expect(morning?.time).toMatchObject({ start: '2000-01-08T06:00:00Z', end: '2000-01-08T12:00:00Z', granularity: 'hour' });
		expect(evening?.type).toBe('DATE');
		expect(evening?.time?.value).toBe('2000-01-07TEV');
	});
});

table('a month or weekday without a year takes its direction from the clause around it', [
	{ name: 'a forecast and a look ahead from a report: “were likely on Tuesday night”, “would remain badly affected until at least Thursday”, “who leaves office on Monday” are ahead; “shoppers likely completed their purchases over the weekend”, “lasted until Monday” are not', text: 'Forecasters said similar conditions were likely on Tuesday night. The operator warned that services would remain badly affected until at least Thursday. Biden, who leaves office on Monday, praised the deal. The strike lasted until Monday.', reference: '2025-12-24', expected: [['Tuesday night', '2025-12-30TNI'], ['Thursday', '2025-12-25'], ['Monday', '2025-12-29'], ['Monday', '2025-12-22']] },
	{ name: 'a thing set to start or end, told in the present (“starts on Sunday”, “opens on Friday”, “closes on Monday night”), is ahead, even where the day behind is nearer', text: 'The season starts on Sunday in Bahrain. The drama opens on Friday in 3,800 cinemas. Week 12 closes on Monday night in Los Angeles.', reference: '2025-02-26', expected: [['Sunday', '2025-03-02'], ['Friday', '2025-02-28'], ['Monday night', '2025-03-03TNI']] },
	{ name: 'in news, a time within an hour of the last one told with its day is on that day, in its half of the day', text: 'The plane went down at 9:47 p.m. Tuesday. Eight people survived; three were in critical condition Friday morning. The crew had been cleared to land at 9:41 p.m. and made its last radio call at 9:45.', reference: '2013-10-18', expected: [['9:47 p.m. Tuesday', '2013-10-15T21:47'], ['Friday morning', '2013-10-18TMO'], ['9:41 p.m.', '2013-10-15T21:41'], ['9:45', '2013-10-15T21:45']] },
	{ name: 'a month in a timetable told in the present is one to come', text: 'The band will tour: the tour opens in Dublin on May 3 and closes in Glasgow on Sept. 13. The qualifying window closes on April 30.', reference: '2024-02-21', expected: [['May 3', '2024-05-03'], ['Sept. 13', '2024-09-13'], ['April 30', '2024-04-30']] },
	{ name: 'a date in an infinitive takes no tense from the main verb after it', text: 'The judge ordered him to surrender to the Bureau of Prisons on Feb. 20 and rejected his request.', reference: '2023-12-14', expected: [['Feb. 20', '2024-02-20']] },
	{ name: 'in news, a flashback told by its season lends its year to a day close after it', text: 'She took the job in the spring of 1978, she said last week. That summer, a strike shut the mill. She remembers the Fourth of July parade that marched past it.', reference: '2019-06-16', expected: [['the spring of 1978', '1978-SP'], ['last week', '2019-W23'], ['That summer', '1978-SU'], ['Fourth of July', '1978-07-04']] },
	{ name: 'a quotation opened within the clause goes on from the words before it', text: 'A spokesperson said the rivers could stay high "well into Thursday morning".', reference: '2022-10-05', expected: [['Thursday morning', '2022-10-06TMO']] },
	{ name: 'a participle after a preposition is an adjective, not a past verb', text: 'The Met Office said 60mm could fall on saturated hillsides by early Thursday.', reference: '2022-10-05', expected: [['early Thursday', '2022-10-06']] },
	{ name: 'a time stamp opening a paragraph of news is on the day of writing; “since midnight” began it', text: 'Storm live\n\nThe river could peak on Thursday.\n\n17:15 Network Rail says the line is shut. The fire service has taken 200 calls since midnight.', reference: '2022-10-05', expected: [['Thursday', '2022-10-06'], ['17:15', '2022-10-05T17:15'], ['midnight', '2022-10-05T00:00']] },
	{ name: 'a weekday joined to the one before it follows it', text: 'The front would stall on Friday, setting off storms from Friday night into Saturday. Statements were made Friday and Thursday.', reference: '2024-05-23', expected: [['Friday', '2024-05-24'], ['Friday night', '2024-05-24TNI'], ['Saturday', '2024-05-25'], ['Friday', '2024-05-17'], ['Thursday', '2024-05-23']] },
	{ name: 'two weekdays before a modal are days to come; a date after “beginning” takes no tense from the verb before', text: 'Passengers booked on flights between Saturday and Sunday will be offered a refund. The union has notified the airline of a further strike beginning on 15 September.', reference: '2023-07-26', expected: [['Saturday', '2023-07-29'], ['Sunday', '2023-07-30'], ['15 September', '2023-09-15']] },
	{ name: 'a day listed after another goes on from it in order', text: 'The brutal stretch includes road trips to Central on Oct. 18 and Denver Metro on Nov. 1, both ranked in the preseason. Sales peaked on Dec. 5 and Jan. 3.', reference: '2025-08-19', expected: [['Oct. 18', '2025-10-18'], ['Nov. 1', '2025-11-01'], ['Dec. 5', '2024-12-05'], ['Jan. 3', '2025-01-03']] },
	{ name: 'a plan, a noun, with the verb of its making before the weekday, is no future cue', text: 'Under the revised capital plan approved Tuesday, work will not start until spring. The company plans to open the store on Friday.', reference: '2002-05-15', expected: [['Tuesday', '2002-05-14'], ['Friday', '2002-05-17']] },
	{ name: 'a weekday before a modal is a day to come, even after “said”', text: 'The agency said Friday could become its busiest day ever. Return trips on Monday afternoon could take longer.', reference: '2024-05-23', expected: [['Friday', '2024-05-24'], ['Monday afternoon', '2024-05-27TAF']] },
	{ name: 'news told long ago by its weekdays: the weekday fixes the year, the days after it are the story\'s', text: 'Thirty years ago, a blizzard buried Millbrook. The snow began on Monday, Jan. 8, and fell for two days. By Wednesday afternoon the roads were closed, and plows worked through the night. On Friday the National Guard arrived. The town will mark the anniversary on Sunday. The mayor said Tuesday that the park opens Thursday.', reference: '2026-01-20', expected: [['Thirty years ago', '1996'], ['Monday, Jan. 8', '1996-01-08'], ['Wednesday afternoon', '1996-01-10TAF'], ['the night', '1996-01-10TNI'], ['Friday', '1996-01-12'], ['Sunday', '2026-01-25'], ['Tuesday', '2026-01-20'], ['Thursday', '2026-01-22']] },
	{ name: 'news told long ago day by day: a weekday after three of its times is the story\'s', text: 'The earthquake struck at 7:58 a.m. on 26 December 2004 off Sumatra. Waves reached Thailand at 9:30 and Sri Lanka at 10 a.m. By the evening of 26 December thousands were dead. On Monday the government declared three days of mourning. The city said Tuesday it would hold a memorial.', reference: '2014-12-22', expected: [['the evening of 26 December', '2004-12-26TEV'], ['Monday', '2004-12-27'], ['Tuesday', '2014-12-16']] },
	{ name: 'a weekday with its date that does not fit the story\'s year takes a year stated before that fits', text: 'Spanish Armada, 1588\n\nThe fleet sailed in 1588. Dates follow the Gregorian calendar, which Spain adopted in 1582. The fleet sailed again on 22 July. On the afternoon of Friday, 29 July it was sighted off the Lizard; that night the English warped out.', reference: '2019-08-08', expected: [['the afternoon of Friday, 29 July', '1588-07-29TAF'], ['that night', '1588-07-29TNI']] },
	{ name: 'a history that names its days by the Julian calendar counts its weekdays by it', text: 'The Great Fire began at about 1 a.m. on Sunday, 2 September 1666, in a bakery. By Sunday evening a wall of fire stretched for half a mile. On Tuesday, 4 September the fire jumped the Fleet, and by Tuesday evening it threatened Whitehall. The last outbreak was put out on Thursday.', reference: '2016-09-05', expected: [['Sunday, 2 September 1666', '1666-09-02'], ['Sunday evening', '1666-09-02TEV'], ['Tuesday evening', '1666-09-04TEV'], ['Thursday', '1666-09-06']] },
	{ name: 'a month that runs into an earlier month of the calendar is of the year before it', text: 'The Huaihai campaign lasted until 10 January 1949. In the north, the Pingjin campaign, fought through December and January, ended with the storming of Tianjin on 15 January. Peace talks broke down in April.', reference: '2016-05-12', expected: [['December', '1948-12'], ['January', '1949-01'], ['15 January', '1949-01-15'], ['April', '1949-04']] },
	{ name: 'a holiday weekend, that weekend, and no weekend of chrono\'s Saturday', text: 'What to expect on the roads this Memorial Day weekend. The festival opens Friday, May 24. That weekend also brings fireworks. After a weekend of bitter accusations, talks resumed.', reference: '2024-05-23', expected: [['this Memorial Day weekend', '2024-W21-WE'], ['That weekend', '2024-W21-WE']] },
	{ name: 'a wire clock time in brackets is no year, and the day after the brackets is the clock time\'s', text: 'The 58-lap race starts at 2 p.m. local time (1300 GMT) on Sunday.', reference: '2018-06-16', expected: [['2 p.m.', '2018-06-17T14:00'], ['Sunday', '2018-06-17']] },
	{ name: 'the weekend that followed is the story’s', text: 'The border opened on Friday, 10 November 1989. Over the weekend that followed, two million people crossed.', reference: '2019-11-08', expected: [['the weekend', '1989-W45-WE']] },
	{ name: 'temperatures forecast to climb over the weekend: the weekend to come; a forecast raised on a weekday is past', text: 'Temperatures are forecast to climb again over the weekend. The company raised its full-year forecast on Tuesday.', reference: '2021-07-07', expected: [['the weekend', '2021-W27-WE'], ['Tuesday', '2021-07-06']] },
	{ name: 'the following weekend is the first after the day the story is at', text: 'The festival closes on Saturday, Sept. 14. The films tour three towns the following weekend. The premiere is on Wednesday, Sept. 4; the director leaves the following weekend.', reference: '2024-07-23', expected: [['the following weekend', '2024-W38-WE'], ['the following weekend', '2024-W36-WE']] },
	{ name: 'a background date is no story for the weekdays after it', text: 'Hungary joined NATO, founded on April 4, 1949, on Friday.', reference: '1999-03-13', expected: [['April 4, 1949', '1949-04-04'], ['Friday', '1999-03-12']] },
	{ name: 'with no tense, the weekday after the reference date is that day; a possessive stays past', text: 'On Tuesday, a rally at the capitol. The Dow finished above Tuesday\'s close.', reference: '2024-05-20', expected: [['Tuesday', '2024-05-21'], ['Tuesday', '2024-05-14']] },
	{ name: 'a weekday after a participle is the participle\'s, whatever modal follows', text: 'The measure unveiled late Tuesday would keep agencies operating. Officials said Friday could become the busiest day.', reference: '2023-11-15', expected: [['late Tuesday', '2023-11-14'], ['Friday', '2023-11-17']] },
	{ name: 'what someone was urged or advised to do is the nearest such day', text: 'Officials urged residents to leave by noon Friday. INRIX advised leaving before 10 a.m. Saturday. Police asked drivers to stay home Tuesday night. He told police he went to bed Friday.', reference: '2024-05-22', expected: [['noon Friday', '2024-05-24T12:00'], ['10 a.m. Saturday', '2024-05-25T10:00'], ['Tuesday night', '2024-05-21TNI'], ['Friday', '2024-05-17']] },
	{ name: 'what stands now lasts up to a day ahead; what stood, to one past', text: 'Heat advisories are likely through Monday. The exhibition ran until Sunday.', reference: '2024-05-23', expected: [['Monday', '2024-05-27'], ['Sunday', '2024-05-19']] },
	{ name: 'a clock range with “and” takes the day after it', text: 'Expect the worst congestion between 2 p.m. and 7 p.m. on Friday.', reference: '2024-05-23', expected: [['2 p.m.', '2024-05-24T14:00'], ['7 p.m.', '2024-05-24T19:00'], ['Friday', '2024-05-24']] },
	{ name: 'a weekday with its day picks the year it falls in', text: 'The Oscars were handed out on Sunday, March 10, after a long season.', reference: '2024-02-21', expected: [['Sunday, March 10', '2024-03-10']] },
	{ name: 'a relative clause between the subject and its verb of reporting says nothing of the tense', text: 'Guardiola, whose contract runs until the end of next season, said on Friday he had not decided.', reference: '2024-05-20', expected: [['Friday', '2024-05-17']] },
	{ name: 'a relative clause that holds the date keeps its tense', text: 'Taylor, who stepped down as chairman, president and chief executive in March, died.', reference: '1989-11-02', expected: [['March', '1989-03']] },
	{ name: 'past verb after the month', text: 'In January, the company brought a suit against its rival.', reference: '1989-11-02', expected: [['January', '1989-01']] },
	{ name: 'future verb after the month', text: 'In January, the company will open a plant.', reference: '1989-11-02', expected: [['January', '1990-01']] },
	{ name: 'a limit after a past verb is not in the past', text: 'The partnership extended to Nov. 20 its offer for the shares.', reference: '1989-11-02', expected: [['Nov. 20', '1989-11-20']] },
	{ name: '“by” a date is a limit', text: 'The officials decided the boy should go home by Jan. 14.', reference: '2000-01-05', expected: [['Jan. 14', '2000-01-14']] },
	{ name: '“would … by” a weekday looks ahead', text: 'Network Rail said most lines would reopen by Saturday.', reference: '2023-11-03', expected: [['Saturday', '2023-11-04']] },
	{ name: 'what a past verb agreed to do is ahead of it', text: 'The bank announced an agreement to acquire the holding company in January.', reference: '1989-11-02', expected: [['January', '1990-01']] },
	{ name: '“to” before a noun is no infinitive', text: 'The company changed from a fiscal year to a calendar year in December.', reference: '1989-10-27', expected: [['December', '1988-12']] },
	{ name: 'a present verb governs the date, not the reporting verb', text: 'Conseco said it is calling for the redemption on Dec. 7 of the shares.', reference: '1989-10-30', expected: [['Dec. 7', '1989-12-07']] },
	{ name: 'a passive takes its auxiliary’s tense', text: 'The ceremony would still be held at the summit on April 24.', reference: '1999-02-10', expected: [['April 24', '1999-04-24']] },
	{ name: 'a noun “plan” is no future cue', text: 'The thrift announced the plan Aug. 21.', reference: '1989-10-27', expected: [['Aug. 21', '1989-08-21']] },
	{ name: '“since” looks back', text: 'Investigators have searched for him since shortly after the Oct. 23 slaying.', reference: '1999-05-06', expected: [['Oct. 23', '1998-10-23']] },
	{ name: 'a future cue in another clause does not reach the date', text: 'She hoped the aid would reach their countries, where the Aug. 7 blasts killed 257 people.', reference: '1998-08-18', expected: [['Aug. 7', '1998-08-07']] },
	{ name: 'an -ed word after a possessive is an adjective, not a past verb', text: 'Midwest said it would redeem its preferred shares on Dec. 7.', reference: '1989-10-26', expected: [['Dec. 7', '1989-12-07']] },
	{ name: '“is to” looks ahead', text: 'The minister is to visit Paris on Friday.', reference: '2024-01-10', expected: [['Friday', '2024-01-12']] },
	{ name: 'a past verb in a relative clause keeps its date in the past', text: 'The vote, which was postponed in November, will be held in February.', reference: '2024-01-10', expected: [['November', '2023-11'], ['February', '2024-02']] },
	{ name: 'a day named as a thing takes no tense from the clause', text: 'They said they would look for ways to get around Wednesday’s ruling.', reference: '2000-01-07', expected: [['Wednesday', '2000-01-05']] },
	{ name: 'a date before its noun near the day of writing is that one, whatever the verb', text: 'Meissner gave no reason for the Jan. 14 deadline.', reference: '2000-01-05', expected: [['Jan. 14', '2000-01-14']] },
	{ name: 'a date before its noun months away keeps the tense of its clause', text: 'The police described the Oct. 23 slaying.', reference: '1999-05-06', expected: [['Oct. 23', '1998-10-23']] },
	{ name: 'a weekday before its noun takes no tense from a future verb', text: 'The court will review the Monday ruling.', reference: '2024-01-10', expected: [['Monday', '2024-01-08']] },
	{ name: '“could” is no future cue', text: 'His grandparents could not be located Wednesday in their hometown.', reference: '2000-01-06', expected: [['Wednesday', '2000-01-05']] },
	{ name: 'the clause before “as soon as” gives the tense; “did not resume until Monday night” is past', text: 'A rally that began as soon as the Nov. 2 election was settled carried stocks higher. The bank said it would buy its stock as soon as trading opened Monday. Talks collapsed on Sept. 19 and did not resume until Monday night.', reference: '2004-12-31', expected: [['Nov. 2', '2004-11-02'], ['Monday', '2005-01-03'], ['Sept. 19', '2004-09-19'], ['Monday night', '2004-12-27TNI']] },
	{ name: 'a plan in the past perfect with an adverb is past; “are to” after a weekday looks ahead; the morning after a night is the next day', text: 'Discovery had originally been scheduled to fly July 29. On Tuesday, astronauts Lena Farrow and Michael Ostrowski are to step outside. The breakthrough came late Wednesday night. A mediator announced the agreement at about 6:15 a.m.', reference: '1999-08-20', expected: [['July 29', '1999-07-29'], ['Tuesday', '1999-08-24'], ['late Wednesday night', '1999-08-18TNI'], ['6:15 a.m.', '1999-08-19T06:15']] },
	{ name: 'what must be done by a day is ahead of it', text: 'Parents must return the relevant forms by 5pm on Friday.', reference: '2024-09-03', expected: [['Friday', '2024-09-06']] },
	{ name: '“that fall” is the season, “that fall from power” is not; “the end of that year” is one expression', text: 'He was arrested on May 12, 1998, and indicted that fall. That fall from power was swift. In March 2016 the firm was sold, and its name was retired at the end of that year.', reference: '2019-06-14', expected: [['that fall', '1998-FA'], ['March 2016', '2016-03'], ['the end of that year', '2016']] },
	{ name: '“that month” is the month told last, past a year told since', text: 'The court threw out the conviction in August 2004, ruling that the judge had wrongly allowed testimony about a 1989 bankruptcy. Pruitt was released that month.', reference: '2006-03-17', expected: [['August 2004', '2004-08'], ['1989', '1989'], ['that month', '2004-08']] },
	{ name: '“March of last year” counts its year from the day of writing; “the early hours of Saturday” is that morning, and a clock time after it is on it', text: 'The accused had been subject to a suspended sentence until March of last year. A man died after an assault in the early hours of Saturday. He was found at about 2.45am.', reference: '2024-09-17', expected: [['March of last year', '2023-03'], ['the early hours of Saturday', '2024-09-14TMO'], ['2.45am', '2024-09-14T02:45']] },
	{ name: '“want to” as the nearest cue looks ahead (not past a nearer verb: “wants the judge to suspend the injunction issued Thursday”); “By Friday … will be” looks ahead', text: 'Now they want to push this through in a single meeting on Monday night. "By Friday many places will be struggling," she said. The court wants the judge to suspend the injunction issued Thursday.', reference: '2024-05-29', expected: [['Monday night', '2024-06-03TNI'], ['Friday', '2024-05-31'], ['Thursday', '2024-05-23']] },
	{ name: '“as early as” a day looks ahead', text: 'His father could come to the U.S. as early as Tuesday.', reference: '2000-04-03', expected: [['Tuesday', '2000-04-04']] },
	{ name: 'the following Saturday with no day told before it is some Saturday', text: 'They lost, and they answered that setback the following Saturday with a win.', reference: '2019-05-20', expected: [['the following Saturday', 'XXXX-WXX-6']] },
	{ name: 'a day in a clause told in the present: the nearest such day', text: 'The Met Office has issued an amber warning for wind across Wales on Saturday, with gusts of up to 75mph. Officials said on Monday that roads were closed.', reference: '2018-12-06', expected: [['Saturday', '2018-12-08'], ['Monday', '2018-12-03']] },
	{ name: 'a weekday with a part of its day or a clock word takes the tense', text: 'Crew members, who have been kept aboard since Thursday night, were questioned. Talks will resume Friday morning.', reference: '1998-08-10', expected: [['Thursday night', '1998-08-06TNI'], ['Friday morning', '1998-08-14TMO']] },
	{ name: 'a possibility ahead, a hearing set for a day: ahead', text: 'A weaker storm could bring strong gusts Thursday night. The boy could not be located Wednesday. The judge set a further hearing for 10:00 on 18 April; he moved to Paris on Friday.', reference: '2023-03-14', expected: [['Thursday night', '2023-03-16TNI'], ['Wednesday', '2023-03-08'], ['18 April', '2023-04-18'], ['Friday', '2023-03-10']] },
	{ name: 'this weekend, told late in the week, is the one to come', text: 'Passengers also face disruption this weekend, when engineering work will close the line. Police reported three arrests over the weekend.', reference: '2013-05-03', expected: [['this weekend', '2013-W18-WE'], ['the weekend', '2013-W17-WE']] },
	{ name: 'a plan told in the past perfect is for a day now past', text: 'The offer was extended. It had been due to expire Friday evening; the other had previously been scheduled to expire at midnight Friday.', reference: '1989-10-30', expected: [['Friday evening', '1989-10-27TEV'], ['midnight Friday', '1989-10-27T24:00']] },
	{ name: 'a verb of saying right before a weekday dates the saying, whatever the report looks ahead to', text: 'The line is now expected to open by late 2026, transit officials said Monday, nearly two years late. The winners will be announced Friday.', reference: '2024-05-14', expected: [['now', 'PRESENT_REF'], ['late 2026', '2026'], ['Monday', '2024-05-13'], ['Friday', '2024-05-17']] },
	{ name: 'a limit moved to a day by extending is ahead of the extending', text: 'The National Weather Service extended a red flag warning through 11 p.m. Monday, forecasting gusty winds.', reference: '2017-07-09', expected: [['11 p.m. Monday', '2017-07-10T23:00']] },
	{ name: 'a clause in the past after “until” looks back: its year moves the story', text: 'In 1242 Batu withdrew. Töregene ruled as regent until her son Güyük was elected in 1246, but Güyük died two years later.', reference: '2011-03-01', expected: [['1246', '1246'], ['two years later', '1248']] },
	{ name: 'a weekday looked back to inside a clause is an aside: the story stays at its day', text: 'The scheme began to unravel on Feb. 26, 2021, when a treasurer noticed that a payment had gone out the previous Tuesday to a company no one knew. She called the bank that afternoon.', reference: '2022-11-18', expected: [['the previous Tuesday', '2021-02-23'], ['that afternoon', '2021-02-26TAF']] },
	{ name: '“until” after a verb in the past ends a thing past; after one that moves a thing on it looks ahead', text: 'The strike lasted until Monday. The vote was postponed until Friday.', reference: '2017-07-09', expected: [['Monday', '2017-07-03'], ['Friday', '2017-07-14']] },
	{ name: 'a timetable told in the present (“the fiscal year that begins July 1”) is the nearest such day', text: 'The council approved a budget Tuesday night for the fiscal year that begins July 1.', reference: '2025-06-04', expected: [['Tuesday night', '2025-06-03TNI'], ['July 1', '2025-07-01']] },
	{ name: 'a cue word fourteen words back reads the word before it (“the plan” is no plan ahead)', text: 'He said the plan closes a $14 million gap without the layoffs he had warned about in March.', reference: '2025-06-04', expected: [['March', '2025-03']] },
	{ name: 'a thing set for a day, told in the present: the nearest such day', text: 'The festival opens Thursday. Its first film screens at 7 p.m. Thursday; Friday and Saturday are devoted to the competition. Tuesday marks its tenth year.', reference: '2023-09-13', expected: [['Thursday', '2023-09-14'], ['7 p.m. Thursday', '2023-09-14T19:00'], ['Friday', '2023-09-15'], ['Saturday', '2023-09-16'], ['Tuesday', '2023-09-12']] },
	{ name: 'a day that opens a clause in the future looks ahead', text: 'The president arrived in Hanoi on Friday. On Sunday, the Indonesian leader will fly to Ho Chi Minh City.', reference: '2013-03-22', expected: [['Friday', '2013-03-22'], ['Sunday', '2013-03-24']] }
]);

table('a range from a relative start to a named end', [
	{ name: 'from today through a month and day', text: 'The bank may buy shares at the same price from today through Nov. 17.', reference: '1989-10-27', expected: [['today through Nov. 17', '1989-10-27/1989-11-17']] },
	{ name: 'this year through a month', text: 'Sales this year through August rose 5%.', reference: '1989-10-27', expected: [['this year through August', '1989/1989-08']] }
]);

table('the year a month takes in history', [
	{ name: 'a weekday set after a full date is that date in any text (“On 28 June 1914, a Sunday,”); “the July Crisis” names no month; a holiday after a day told years back is of its year', text: 'The July Crisis. On 28 June 1914, a Sunday, the archduke was shot. Britain declared war on 4 August. Soldiers expected to be home by Christmas.', reference: '2026-06-22', expected: [['28 June 1914', '1914-06-28'], ['Sunday', '1914-06-28'], ['4 August', '1914-08-04'], ['Christmas', '1914-12-25']] },
	{ name: 'years after a clause (“six years after the war began”) count from no named event; the date after it is whole', text: 'The fighting had ended nearly six years after the war began with the invasion of Poland on September 1, 1939.', reference: '2026-05-07', expected: [['September 1, 1939', '1939-09-01']] },
	{ name: 'a lone month before “and” and another month is a month, not a name (“spends April and May”)', text: 'The coalition formed on 25 March 1815. The emperor spends April and May rebuilding the army.', reference: '2015-06-18', expected: [['April', '1815-04'], ['May', '1815-05']] },
	{ name: '“the following January”, “the next March”: the first such month after the story’s time', text: 'Apple was founded on April 1, 1976. The company was incorporated the following January. The next March it moved.', expected: [['the following January', '1977-01'], ['The next March', '1977-03']] },
	{ name: '“the previous November”: the last such month before it; “the following January” after a year alone, the next year’s', text: 'The treaty was signed in June 1919. The previous November the guns fell silent. In 1776 the army retreated; the following January it won at Princeton.', reference: '2009-12-19', expected: [['The previous November', '1918-11'], ['the following January', '1777-01']] },
	{ name: 'a weekday with its day says which year, the story’s or the next', text: 'By 1949 the border clashes had grown. At 4 a.m. on Sunday, 25 June, the artillery opened fire. On Saturday, 24 June, all had been quiet.', reference: '2008-10-02', expected: [['1949', '1949'], ['Sunday, 25 June', '1950-06-25'], ['Saturday, 24 June', '1950-06-24']] },
	{ name: 'from the month after it, with its year', text: 'Russia lost at Tannenberg in August and September 1914. Casualties between March and April 1918 were high.', reference: '2009-12-19', expected: [['August', '1914-08'], ['March', '1918-03']] },
	{ name: 'from the month after it, a year on', text: 'Attacks fell after the carnage of December and January 2005.', reference: '2009-12-19', expected: [['December', '2004-12']] },
	{ name: 'not from a year alone in brackets (a book’s)', text: 'The front held on 1 November 1950. Bevin Alexander, in How Wars Are Won (2003), reports the tactics. In late November, the army withdrew.', reference: '2009-12-19', expected: [['late November', '1950-11']] },
	{ name: 'a short history counts its holidays and years from the story', text: 'Germany declared war on France on 3 August 1914, and Britain, bound by the 1839 Treaty of London, followed. Many expected the war to be over by Christmas; by the end of the year the front had settled.', reference: '2026-11-29', expected: [['Christmas', '1914-12-25'], ['the end of the year', '1914']] },
	{ name: 'not from a year in a name', text: 'Germany declared war on France on 3 August 1914. Britain, bound by the 1839 Treaty of London, declared war at 11 p.m. on 4 August.', reference: '2026-11-29', expected: [['1839', '1839'], ['11 p.m.', '1914-08-04T23:00'], ['4 August', '1914-08-04']] },
	{ name: 'not from a year looked ahead to', text: 'On 10 March 1975, the army attacked the town. Its fall would open the road for a planned campaign in 1976. The defence collapsed on 11 March.', reference: '2009-12-19', expected: [['1976', '1976'], ['11 March', '1975-03-11']] },
	{
		name: 'not from a look years back',
		// A history (years long past, few words counted from today), in which "ago" counts back from the story's time.
		text: Array.from({ length: 10 }, (_, i) => `In ${1960 + i} the war went on.`).join(' ') + ' On 10 March 1975, the army attacked. “We fought here,” he said, “two years ago.” The defence collapsed on 11 March.',
		reference: '2009-12-19',
		expected: [['two years ago', '1973'], ['11 March', '1975-03-11']]
	},
	{
		name: 'in history, a look back that opens the text counts from the day of writing',
		text: 'Fifty years ago, on 30 April 1975, tanks broke through the gates. ' + Array.from({ length: 6 }, (_, i) => `In ${1960 + i} the war went on.`).join(' '),
		reference: '2025-04-30',
		expected: [['Fifty years ago', '1975']]
	},
	{
		name: '“N years ago today” is the day of writing that many years back, and a story told by weekdays and dates goes on from it',
		text: 'Two hundred years ago today, the armies met south of Brussels. The adventure had begun sixteen weeks earlier on Elba. Sunday 26 February: Napoleon boards the brig at about 7 p.m.',
		reference: '2015-06-18',
		expected: [['Two hundred years ago today', '1815-06-18'], ['sixteen weeks earlier', '1815-02-26'], ['Sunday 26 February', '1815-02-26']]
	},
	{
		name: 'a weekday set after its date (“March 6, 1836, a Sunday”) counts from no day of writing: the text is still history',
		text: 'Settlers arrived in 1821. Trouble began in 1832 and war came in 1835. The assault began on March 6, 1836, a Sunday. Texas Independence Day is observed every March 2, and today marks 180 years since the signing. On March 20 the column surrendered.',
		reference: '2016-03-02',
		expected: [['Sunday', '1836-03-06'], ['March 20', '1836-03-20']]
	},
	{ name: 'not from a look decades back', text: 'The Marines landed on 8 March 1965. They had fought there two decades earlier. In June, the army was beaten again.', reference: '2009-12-19', expected: [['two decades earlier', '1945'], ['June', '1965-06']] },
	{
		name: 'not from a look back inside a clause (an aside)',
		text: 'The invasion began on March 20, 2003. It was the largest since the attack on the Taliban just over a year earlier. On April 9 Baghdad fell.',
		reference: '2009-12-19',
		expected: [['a year earlier', '2002-03-20'], ['April 9', '2003-04-09']]
	},
	{
		name: '"that year" and "that month" are the story’s',
		text: 'In May 2005, the violence grew. Over 700 civilians died in that month. That year, the war ended.',
		reference: '2009-12-19',
		expected: [['that month', '2005-05'], ['That year', '2005']]
	},
	{
		name: 'a look back to a later month is to the year before, and a month after it goes on in order',
		text: 'On January 31, 2005, Iraqis voted. February to April proved peaceful compared to the carnage of November and January. Hopes were dashed in May.',
		reference: '2009-12-19',
		expected: [['November', '2004-11'], ['January', '2005-01'], ['May', '2005-05']]
	},
	{
		name: 'a pluperfect look back to a later month',
		text: 'The fleet sailed on 7 March 1942. Its commander had arrived in November to take charge.',
		reference: '2009-12-19',
		expected: [['November', '1941-11']]
	},
	{
		name: 'not from "the previous year" inside a clause',
		text: 'The only Allied success was a victory at Changsha in early January 1942. The Axis kept the gains they made during the previous year. In North Africa, the Germans attacked in February.',
		reference: '2009-12-19',
		expected: [['the previous year', '1941'], ['February', '1942-02']]
	},
	{
		name: 'from "the previous year" that opens its clause',
		text: 'The only Allied success was a victory at Changsha in early January 1942. In the previous year, the Axis had won everywhere. In February, the Germans attacked.',
		reference: '2009-12-19',
		expected: [['the previous year', '1941'], ['February', '1941-02']]
	},
	{
		name: 'from a look back that opens its clause',
		text: 'The invasion began on March 20, 2003. A year earlier, the plans were drawn up. In May, the first units trained.',
		reference: '2009-12-19',
		expected: [['A year earlier', '2002-03-20'], ['May', '2002-05']]
	}
]);

table('clock times and parts of the day in a story', [
	{ name: '“five minutes later”, “half an hour later”, “about an hour later”: the clock time told before, counted on', text: 'On 25 July 1914 the reply came at 6 p.m. The ambassador left Belgrade by train half an hour later. At 7:53 a.m. on 7 December 1941 Fuchida radioed the fleet. Five minutes later the alarm went out. Survivors were picked up about an hour later.', reference: '2026-06-22', expected: [['25 July 1914', '1914-07-25'], ['6 p.m.', '1914-07-25T18:00'], ['half an hour later', '1914-07-25T18:30'], ['7:53 a.m.', '1941-12-07T07:53'], ['7 December 1941', '1941-12-07'], ['Five minutes later', '1941-12-07T07:58'], ['about an hour later', '1941-12-07T08:58']] },
	{ name: 'after a look back in the past perfect, a clock time is on the story’s day; “at 2 p.m. that afternoon” is on the day told last', text: 'The first bombs fell on the morning of Sunday, December 7, 1941. The strike force had sailed from the Kuril Islands on November 26. At 6 a.m. the carriers launched the first wave. The test at the plant had been scheduled for Friday, 25 April 1986. At about 2 p.m. that afternoon the operators began.', reference: '2026-11-16', expected: [['the morning of Sunday, December 7, 1941', '1941-12-07TMO'], ['November 26', '1941-11-26'], ['6 a.m.', '1941-12-07T06:00'], ['Friday, 25 April 1986', '1986-04-25'], ['2 p.m.', '1986-04-25T14:00'], ['that afternoon', '1986-04-25TAF']] },
	{ name: 'in news, a date in a participle phrase after its noun (“the measure signed Nov. 3”) is no day for a clock time; an evening time after “midnight” is on its day', text: 'By Wednesday the deadline was pressing. The stopgap measure signed Nov. 3 was due to expire at midnight. The House did not pass an extension until 11:05 p.m., and the Senate cleared it 40 minutes later.', reference: '1999-11-19', expected: [['Wednesday', '1999-11-17'], ['Nov. 3', '1999-11-03'], ['midnight', '1999-11-17T24:00'], ['11:05 p.m.', '1999-11-17T23:05'], ['40 minutes later', '1999-11-17T23:45']] },
	{ name: 'a clock time at the end of a sentence is no part of the next (“at 4:10 p.m. Three days later”); a date that is named (“called December 7, 1941, …”) is no day the story moves to', text: 'Pearl Harbor was attacked on December 7, 1941. The following day, December 8, at 12:30 p.m., the president called December 7, 1941, “a date which will live in infamy.” Roosevelt signed the declaration at 4:10 p.m. Three days later, on December 11, Germany declared war.', reference: '2026-11-16', expected: [['December 7, 1941', '1941-12-07'], ['The following day', '1941-12-08'], ['December 8', '1941-12-08'], ['12:30 p.m.', '1941-12-08T12:30'], ['December 7, 1941', '1941-12-07'], ['4:10 p.m.', '1941-12-08T16:10'], ['Three days later', '1941-12-11'], ['December 11', '1941-12-11']] },
	{ name: 'a clock time with “ET” and “today” after it is one time', text: 'The company will host a conference call at 5 p.m. ET today.', reference: '2024-08-06', expected: [['5 p.m. ET today', '2024-08-06T17:00']] },
	{ name: '“the week of March 13” is that week; “Friday from 4 p.m. to 7 p.m.” is the day and two times on it', text: 'Replacements will begin shipping the week of March 13. Visiting hours will be held Friday from 4 p.m. to 7 p.m.', reference: '2023-02-27', expected: [['the week of March 13', '2023-W11'], ['Friday', '2023-03-03'], ['4 p.m.', '2023-03-03T16:00'], ['7 p.m.', '2023-03-03T19:00']] },
	{ name: 'in news, a clock time after a past day told with its year is on that day, however far back', text: 'Mr Okafor was punched outside a bar in the early hours of 14 June 2022. He fell shortly after 2am.', reference: '2023-01-19', expected: [['the early hours of 14 June 2022', '2022-06-14TMO'], ['2am', '2022-06-14T02:00']] },
	{ name: 'in news, a clock time after a past day told in the sentence right before is on that day; not after a look back in the past perfect (“had closed at $23.50 on Feb. 19”)', text: 'The plane disappeared in the early hours of Saturday 8 March, after taking off at 00:41. The last words were spoken at 01:19 Malaysian time. The stock had closed at $23.50 on Feb. 19. Its chairman told analysts on a call at 8:30 a.m.', reference: '2014-03-24', expected: [['the early hours of Saturday 8 March', '2014-03-08TMO'], ['00:41', '2014-03-08T00:41'], ['01:19', '2014-03-08T01:19'], ['Feb. 19', '2014-02-19'], ['8:30 a.m.', '2014-03-24T08:30']] },
	{ name: 'a rule told in a relative clause between commas (“who has given a press conference almost every day”) is not the rule of a clock time after it', text: 'The minister, who has given a press conference almost every day since 9 March, is due to brief reporters again at 5.30pm local time. The galleries, which reopened on Monday, will be open daily from 10 a.m.', reference: '2014-03-24', expected: [['5.30pm', '2014-03-24T17:30'], ['10 a.m.', 'XXXX-XX-XXT10:00']] },
	{ name: 'in news, a day or a season in a “since” clause after the present perfect runs up to now: near the day of writing, whatever flashback came before', text: 'Its recorders lay on the seabed until May 2011. Relatives have gathered daily at a hotel since the plane vanished on 8 March. The 2023 reform was forced through after five months of protests. The unions, which have kept a rare common front since the summer, will meet on Wednesday.', reference: '2026-10-13', expected: [['May 2011', '2011-05'], ['8 March', '2026-03-08'], ['2023', '2023'], ['the summer', '2026-SU']] },
	{ name: 'in news, a day still to come told in an earlier sentence lends itself to no clock time told in the past; one told in the clock time’s own sentence does', text: 'Counting is expected to last until at least Saturday. Officials closed the last polling station shortly after 5 p.m. Tickets go on sale this Friday at 10 a.m.', reference: '2000-12-07', expected: [['Saturday', '2000-12-09'], ['5 p.m.', '2000-12-07T17:00'], ['this Friday', '2000-12-08'], ['10 a.m.', '2000-12-08T10:00']] },
	{ name: 'in news, a clock time told in the past, after a month or year the story told last, is on the last day it told in the week before (not the day of writing)', text: 'The school board voted 5-2 Tuesday night to adopt a budget for the 2025-26 school year. The vote came just after 10:45 p.m.', reference: '2025-04-23', expected: [['Tuesday night', '2025-04-22TNI'], ['the 2025-26 school year', '2025'], ['10:45 p.m.', '2025-04-22T22:45']] },
	{ name: 'in news, a clause that opens with “Last year” or “in 2019” gives its year to a day in it; “last evening” is the evening before the day of writing', text: 'The monsoon reached Kerala on June 8. Last year, it reached the coast on May 29, while in 2019 the onset was declared on June 8. The chairman told journalists last evening that the count was on course.', reference: '2023-06-09', expected: [['June 8', '2023-06-08'], ['Last year', '2022'], ['May 29', '2022-05-29'], ['2019', '2019'], ['June 8', '2019-06-08'], ['last evening', '2023-06-08TEV']] },
	{ name: 'a casual word that ends a sentence is not joined to the date that opens the next (“the Sad Night. On 7 July”)', text: 'Cortés fled Tenochtitlan on 30 June 1520, La Noche Triste, the Sad Night. On 7 July the exhausted remnant beat off an attack.', reference: '2021-09-20', expected: [['30 June 1520', '1520-06-30'], ['7 July', '1520-07-07']] },
	{ name: 'in history, “last year”, “this month” in a sentence of the day of writing (an anniversary, the present, the future) count from the day of writing; in the story, or in a quotation, from the story', text: 'Luther posted his theses on 31 October 1517. In 1521 he was summoned to Worms. The peasants rose in 1524 and were crushed in 1525. The Peace of Augsburg was signed in 1555. Another major event of this year was the abdication of Charles V. In 1961 Kennedy promised a landing “before this decade is out”. The theses have been remembered every October, and last year, for the five hundredth anniversary, Germany made it a holiday. A new biography published last month takes much the same view.', reference: '2018-02-05', expected: [['1555', '1555'], ['this year', '1555'], ['1961', '1961'], ['this decade', '196'], ['last year', '2017'], ['last month', '2018-01']] },
	{ name: 'on a Saturday or a Sunday, “last weekend” is the weekend before the one under way; “this weekend” is the one under way', text: 'Police have maintained a presence since last weekend. Crowds came this weekend.', reference: '2022-08-13', expected: [['last weekend', '2022-W31-WE'], ['this weekend', '2022-W32-WE']] },
	{ name: 'in news, a day told in a “when” clause after a year lends that year to no month in a later sentence; within its sentence it does', text: 'The monsoon reached Kerala on Thursday, a week later than normal, the weather office said on Friday. Officials pointed out that in 2016, when the onset was also declared on June 8, rainfall still ended up close to normal. The IMD has forecast a normal monsoon, though rain could weaken in August. It was the worst decline since 1914, when the exchange reopened on Dec. 12 after a shutdown that had begun July 31.', reference: '2023-06-09', expected: [['2016', '2016'], ['June 8', '2016-06-08'], ['August', '2023-08'], ['1914', '1914'], ['Dec. 12', '1914-12-12'], ['July 31', '1914-07-31']] },
	{ name: 'a day of every year (a national holiday, a day observed or marked, “every year on …”) is no day in particular: XXXX-MM-DD', text: 'Hidalgo was shot on 30 July 1811. 16 September is Mexico’s national holiday. The Grito is re-enacted every year on the night of 15 September. Each year on 26 December, ceremonies are held. He died on 30 May.', reference: '2016-05-19', expected: [['30 July 1811', '1811-07-30'], ['16 September', 'XXXX-09-16'], ['the night of 15 September', 'XXXX-09-15TNI'], ['26 December', 'XXXX-12-26']] },
	{ name: 'a count set right after a date restates it at the count’s own granularity (“on 7 April 1803, ten months later”: the month)', text: 'Toussaint was seized in June 1802. He died in the fortress of Joux on 7 April 1803, ten months later.', reference: '2015-03-11', expected: [['June 1802', '1802-06'], ['7 April 1803', '1803-04-07'], ['ten months later', '1803-04']] },
	{ name: 'a race time is a length of time (“won in 2:01:53”, “in 28:42”, “The 2:00:35 clocking”); a clock time with seconds after “at” or before a.m. is not', text: 'He reached halfway in 1:00:48 and ran the last 10 kilometres in 28:42. He won in 2:01:53. The 2:00:35 clocking took 34 seconds off the record. The test began at 1:23:04 a.m. Trains left at 9:30.', reference: '2023-10-08', expected: [['1:00:48', 'PT1H48S'], ['28:42', 'PT28M42S'], ['2:01:53', 'PT2H1M53S'], ['2:00:35', 'PT2H35S'], ['34 seconds', 'PT34S'], ['1:23:04 a.m.', '2023-10-08T01:23'], ['9:30', '2023-10-08T09:30']] },
	{ name: 'a count of hours set before a clock time after “at about” is that time (“Four hours later, at about 2 a.m. on 12 October”)', text: 'On the night of 11 October 1492 Columbus saw a light. Four hours later, at about 2 a.m. on 12 October, Rodrigo sighted land.', reference: '2017-10-12', expected: [['Four hours later', '1492-10-12T02:00']] },
	{ name: 'in news, a small-hours time after one late in the evening is on the next day; “six and a half hours later, at 10:56 p.m.” is the time set after it', text: 'The polls closed at 8 p.m. Tuesday. By 2 a.m., Kimball had moved ahead. Armstrong and Aldrin landed at 4:17 p.m. EDT on July 20, 1969. About six and a half hours later, at 10:56 p.m. EDT, Armstrong climbed down the ladder.', reference: '1996-11-06', expected: [['8 p.m. Tuesday', '1996-11-05T20:00'], ['2 a.m.', '1996-11-06T02:00'], ['4:17 p.m. EDT', '1969-07-20T16:17'], ['July 20, 1969', '1969-07-20'], ['About six and a half hours later', '1969-07-20T22:56'], ['10:56 p.m. EDT', '1969-07-20T22:56']] },
	{ name: 'a date set right after a count (“six months later, on 4 July”, “two years later, in October 1407”) says where it reaches, at the count’s granularity', text: 'The British invaded Zululand in January 1879. Isandlwana fell on 22 January. The Prince Imperial was killed on 1 June. Chelmsford met the Zulu army for the last time six months later, on 4 July. Henry rebelled in 1400. The Percys fell in 1403 and the Welsh held out until 1405. Two years later, in October 1407, the siege ended.', reference: '2020-01-01', expected: [['January 1879', '1879-01'], ['22 January', '1879-01-22'], ['1 June', '1879-06-01'], ['six months later', '1879-07'], ['4 July', '1879-07-04'], ['1400', '1400'], ['1403', '1403'], ['1405', '1405'], ['Two years later', '1407'], ['October 1407', '1407-10']] },
	{ name: 'in history, a limit after “would … no later than” and a bare year in a sentence that opens in the present (“It remains …, the other being Fukushima in 2011”) are no times the story moves to', text: 'Attlee announced on 20 February 1947 that Britain would leave India no later than June 1948. Mountbatten arrived on 22 March. The explosion came on 26 April 1986. It remains the worst accident, the other being Fukushima in 2011. The reactor had entered service in 1983. On 25 April its operators were due to test it.', reference: '2022-08-12', expected: [['20 February 1947', '1947-02-20'], ['June 1948', '1948-06'], ['22 March', '1947-03-22'], ['26 April 1986', '1986-04-26'], ['2011', '2011'], ['1983', '1983'], ['25 April', '1986-04-25']] },
	{ name: 'a limit in the future of the past (“would be in Montgomery by the following February”) is no time the story moves to; “the same Monday” is the story’s, “the same” inside', text: 'South Carolina voted to secede on 20 December 1860. Several of the men would be in Montgomery by the following February. Buchanan told Congress in his message of 3 December that secession was illegal. Georgia seceded on 4 February 1861. On the same Monday, delegates met in Montgomery.', reference: '2020-10-14', expected: [['20 December 1860', '1860-12-20'], ['the following February', '1861-02'], ['3 December', '1860-12-03'], ['the same Monday', '1861-02-04']] },
	{ name: '“3 o’clock” is read, and after a time in the afternoon of its day it is in the afternoon; “late in the afternoon of 2 July” is that afternoon', text: 'The attack began on 3 July 1863. At about 1 p.m. some 150 guns opened. Shortly after 3 o’clock, Pickett stepped out. Late in the afternoon of 2 July Chamberlain had held. The infantry came up shortly after 10 o\'clock.', reference: '2023-06-29', expected: [['1 p.m.', '1863-07-03T13:00'], ['3 o’clock', '1863-07-03T15:00'], ['Late in the afternoon of 2 July', '1863-07-02TAF']] },
	{ name: '“Later that day” past a year told since is the day told last; a known event’s name whose last word takes a possessive (“the surrender of Japan’s armed forces”) is no mention of it', text: "At 8:15 a.m. on 6 August 1945 the bomb fell. By the end of the year the toll had risen to around 140,000. Later that day, Truman announced the weapon. On 26 July the leaders at Potsdam demanded the unconditional surrender of Japan's armed forces. Two days later Suzuki rejected it.", reference: '2020-08-06', expected: [['Later that day', '1945-08-06'], ['26 July', '1945-07-26'], ['Two days later', '1945-07-28']] },
	{ name: 'what a thing is put off until is a look ahead (“put it off until the spring of 1941”); “from that day” is the story’s day; “the Sunday Independent” names a paper', text: 'The battle began on 10 July 1940. Hitler put the invasion off until the spring of 1941. By the end of October the battle had dwindled. On Saturday evening, 22 April 1916, the order appeared in the Sunday Independent the next morning. A ceasefire came on 24 October 1973, and held from that day.', reference: '2020-09-15', expected: [['the end of October', '1940-10'], ['the next morning', '1916-04-23TMO'], ['that day', '1973-10-24']] },
	{ name: 'what a count of years since recalls (“fifty years since the Nazis closed the universities in November 1939”) is no time the story moves to', text: 'On 9 November 1989 the Berlin Wall fell. Students marched on Friday, 17 November, to mark fifty years since the Nazis closed the Czech universities in November 1939. On 24 November the leadership resigned.', reference: '2019-11-17', expected: [['November 1939', '1939-11'], ['24 November', '1989-11-24']] },
	{ name: 'a date named by a thing of its date with “a” (“a manifesto of August 1823”) is a look back too', text: 'Alexander I died at Taganrog on 19 November 1825. His brother had renounced the succession in 1822, and a manifesto of August 1823 named Nicholas as heir. When the news reached the capital on 27 November, Nicholas swore allegiance to Constantine.', reference: '2025-12-14', expected: [['August 1823', '1823-08'], ['27 November', '1825-11-27']] },
	{ name: 'a date in a participle phrase whose verb is only a participle (“a teacher chosen in July 1985”) is an aside the story does not move to', text: 'Challenger broke apart on 28 January 1986. It had first flown in April 1983. Its crew included Christa McAuliffe, a teacher chosen in July 1985 from 11,000 applicants. The launch, originally planned for 22 January, was postponed.', reference: '2021-01-26', expected: [['July 1985', '1985-07'], ['22 January', '1986-01-22']] },
	{ name: '“the night before”, “the evening before” with nothing after them are the part of the day before the story’s day', text: 'The launch was reset for 28 January 1986. On the night before, engineers warned NASA. The rebels fixed the oath for 14 December 1825. They met at Ryleyev’s flat the evening before and chose a leader.', reference: '2021-01-26', expected: [['the night before', '1986-01-27TNI'], ['the evening before', '1825-12-13TEV']] },
	{ name: 'a clock time past a month told as a look back is on the story’s day; “that morning” after a time late at night is the next morning', text: 'The launch was set for 28 January 1986. On 27 January the managers met, and the coldest launch, in January 1985, had shown damage. At about 11 p.m. they recommended that the launch proceed. That morning icicles hung from the tower. Challenger left the pad at 11:38 a.m.', reference: '2021-01-26', expected: [['11 p.m.', '1986-01-27T23:00'], ['That morning', '1986-01-28TMO'], ['11:38 a.m.', '1986-01-28T11:38']] },
	{ name: 'a season past a look back to a thing of its year (“the Townshend Acts of 1767”) is of the story’s year', text: 'In the spring of 1773 Parliament passed the Tea Act. The law, which received the royal assent on 10 May, kept the duty imposed by the Townshend Acts of 1767. Many colonists saw it as a trick, and during the autumn crowds forced the consignees to resign. The Dartmouth came in on 28 November.', reference: '2018-12-03', expected: [['1767', '1767'], ['the autumn', '1773-FA'], ['28 November', '1773-11-28']] },
	{ name: 'a day in a “when” clause after a year told alone is of that year, in news too', text: 'Monday’s rout was twice as steep as the plunge of Oct. 28, 1929, and some called it the worst decline since 1914, when the exchange reopened on Dec. 12 after a shutdown that had begun July 31.', reference: '1987-10-20', expected: [['Dec. 12', '1914-12-12'], ['July 31', '1914-07-31']] },
	{ name: 'so is a day in a “when” clause after a year and the noun it names (“the 2021 season, when”)', text: 'Central Plains fired its coach on Sunday, a day after a 41-13 loss. His best team came in the 2021 season, when Central Plains went 9-4 and won the Frontier Bowl on Dec. 18.', reference: '2024-11-17', expected: [['Dec. 18', '2021-12-18']] },
	{ name: 'a season after a later season told with its year is of the next year (“the autumn of 1682 … in the spring”)', text: 'Sultan Mehmed IV declared war in the autumn of 1682, and his army left Edirne in the spring. It reached Belgrade in early May.', reference: '2019-03-20', expected: [['the spring', '1683-SP'], ['early May', '1683-05']] },
	{ name: 'a month in a clause of its own in the simple past, after a look back in the past perfect in its sentence, is of the story’s year', text: 'On 2 January 1492 the emir rode out of the Alhambra. A royal commission had rejected the plan in 1490, and a second panel turned it down again at Santa Fe in January. On 31 March the monarchs signed the edict.', reference: '2017-10-12', expected: [['1490', '1490'], ['January', '1492-01'], ['31 March', '1492-03-31']] },
	{ name: 'a month after a look back in the past perfect, in a sentence of its own, is of the story’s year (“had been installed after the invasion of August 1968 … since August”)', text: 'By the autumn of 1989 the regime looked immovable. The men who ran it had been installed after the Warsaw Pact invasion of August 1968. Yet Poland had a non-communist prime minister since August, and on 9 November the Berlin Wall had fallen.', reference: '2019-11-17', expected: [['August 1968', '1968-08'], ['August', '1989-08'], ['9 November', '1989-11-09']] },
	{ name: 'a date that names which event it was (“the Pope’s visit of June 1979”) lends no year to the story after it; nor does a flashback lend it in its own sentence', text: 'On 7 August 1980 the shipyard sacked her. The accords were signed on 31 August, with a pen from the Pope’s visit of June 1979. The union was founded on 17 September. Batista had seized power on 10 March 1952, cancelling the elections due that June.', reference: '2020-08-31', expected: [['June 1979', '1979-06'], ['17 September', '1980-09-17'], ['that June', '1952-06']] },
	{ name: 'in a story a generation back, weekdays are the story’s (the text states no recent year, fewer weekdays than old years); “This year, a century after …” counts from the day of writing', text: 'By the autumn of 1989 Czechoslovakia looked immovable. Its rulers dated from 1968 and its party from 1948; Poland had changed in 1989. On Friday, 17 November, students marched from Albertov around 4 p.m. The next day the theatres joined them. On Monday some two hundred thousand people filled Wenceslas Square. This year, thirty years after the march, candles were lit again.', reference: '2019-11-17', expected: [['Friday, 17 November', '1989-11-17'], ['4 p.m.', '1989-11-17T16:00'], ['The next day', '1989-11-18'], ['Monday', '1989-11-20'], ['This year', '2019']] },
	{ name: 'news on an anniversary is no story a generation back: a weekday told before any date names a month counts from the day of writing', text: 'Quake kills 225 in Mexico on anniversary of 1985 disaster. The quake came 32 years after the devastating 1985 quake. It struck at 1:14 p.m. on Tuesday. Offices hold a drill to mark the 1985 disaster. Rescuers dug overnight and by Wednesday morning had pulled 11 children alive. The 1985 earthquake struck on Sept. 19, 1985. In 1991 the city installed an alarm.', reference: '2017-09-20', expected: [['1:14 p.m.', '2017-09-19T13:14'], ['Tuesday', '2017-09-19'], ['Wednesday morning', '2017-09-20TMO'], ['Sept. 19, 1985', '1985-09-19']] },
	{ name: 'a month in the subject of a clause of its own in the simple past, after a look back in the past perfect in its sentence, is of the story’s year', text: 'The war began in the early morning of Sunday, 25 June 1950, when the army crossed the border. Border clashes had been frequent throughout 1949, but the scale of the June offensive took the army by surprise. Seoul fell on 28 June.', reference: '2014-03-11', expected: [['1949', '1949'], ['June', '1950-06'], ['28 June', '1950-06-28']] },
	{ name: 'the point of a number is no full stop: the clause before a weekday reads past it (“will pay 225 naira ($0.54) a litre from Tuesday morning”)', text: 'Motorists will pay 225 naira ($0.54) a litre from Tuesday morning, up from 162 naira.', reference: '2022-01-08', expected: [['Tuesday morning', '2022-01-11TMO']] },
	{ name: 'a look ahead in a relative clause before the main verb in the past is not the date’s (“watches that now will be eligible … totaled … in 1988”)', text: 'Imports of the watches that now will be eligible for duty-free treatment totaled about 37 million dollars in 1988, a small share of all watch imports that year.', reference: '1989-11-02', expected: [['1988', '1988'], ['that year', '1988']] },
	{ name: '“retroactive to” a day looks back to it, whatever the verb group looks ahead to', text: 'Workers would receive raises of 3 percent a year, retroactive to July 1, and would begin paying premiums in January 2005.', reference: '2003-12-20', expected: [['July 1', '2003-07-01'], ['January 2005', '2005-01']] },
	{ name: 'in news, a month a clause with “will” looks ahead to is near the day of writing, whatever flashback came before', text: 'The last attempt to scrap the subsidy, on January 1, 2012, triggered a week of strikes and forced the president to restore it on January 16. Some 40 million Nigerians will receive 5,000 naira a month for six months, starting in February.', reference: '2022-01-08', expected: [['January 16', '2012-01-16'], ['February', '2022-02']] },
	{ name: 'where the words near a date give no tense, a “will” earlier in its clause looks ahead (“will be raised twice more …, before the cap is lifted altogether on June 30”)', text: 'The price will be raised twice more during the first half of the year, on March 1 and May 1, before the cap is lifted altogether on June 30.', reference: '2022-01-08', expected: [['June 30', '2022-06-30']] },
	{ name: 'a weekday right after “ruled” is the day of the ruling, whatever the clause it reports looks ahead to', text: 'The former chief executive will be sentenced on Jan. 12, a federal judge ruled Thursday.', reference: '2025-12-05', expected: [['Jan. 12', '2026-01-12'], ['Thursday', '2025-12-04']] },
	{ name: 'what odds or a forecast are given for is ahead (“the odds of acceptable weather at 80 percent for Thursday, falling to 60 percent over the weekend”)', text: 'Forecasters put the odds of acceptable weather at 80 percent for Thursday, falling to 60 percent over the weekend.', reference: '2026-04-14', expected: [['Thursday', '2026-04-16'], ['the weekend', '2026-W16-WE']] },
	{ name: 'a backup or target date of a weekday is ahead (“has reserved the backup date of Saturday”)', text: 'If that attempt also slips, the company has reserved the backup date of Saturday, when the window opens at 6:09 p.m. instead.', reference: '2026-04-14', expected: [['Saturday', '2026-04-18'], ['6:09 p.m.', '2026-04-18T18:09']] },
	{ name: 'a day listed after another is not put where the weekday named with it does not fall (“from 16 February to 20 February and ends on Thursday 2 April”)', text: 'The spring term includes a half-term break from 16 February to 20 February and ends on Thursday 2 April.', reference: '2025-07-10', expected: [['Thursday 2 April', '2026-04-02']] },
	{ name: 'in a text that dates years of three digits, “By 871” or “By 900,” opening a clause is a year', text: 'The raid on Lindisfarne on 8 June 793 shocked Europe. The Great Heathen Army landed in 865. By 871 only Wessex remained independent. That year Alfred succeeded his brother. By 900, the tax had been cut by 300 pounds.', reference: '2021-10-05', expected: [['871', '0871'], ['That year', '0871'], ['900', '0900']] },
	{ name: '“the next morning” after “by midnight” is the morning after that night (midnight, T24:00, ends the day it is written with)', text: 'The evening of 9 November 1989 began with a press conference. The officer raised the barrier at about 11:30 p.m., and by midnight the other crossings had opened too. The next morning people were chipping pieces out of the concrete.', reference: '2019-10-30', expected: [['midnight', '1989-11-09T24:00'], ['The next morning', '1989-11-10TMO']] },
	{ name: 'two weekdays joined as a range are two expressions, as TimeML tags them; the second is the first such weekday on or after the first', text: 'Traffic will be heavy from Thursday until Sunday, the police said. Travel will peak over the five days from Thursday through Monday.', reference: '2026-03-19', expected: [['Thursday', '2026-03-19'], ['Sunday', '2026-03-22'], ['Monday', '2026-03-23']] },
	{ name: 'a count after “for” and before “afterwards” is a length of time (“For over a decade afterwards”, “for two years afterwards”)', text: 'Antony and Cleopatra took their own lives in 30 BC. For over a decade afterwards the Roman world was divided. He lived for two years afterwards.', reference: '2016-09-27', expected: [['over a decade', 'P10Y'], ['two years', 'P2Y']] },
	{ name: 'a count before “after” or “before” a thing with no date is a length of time: “a sensor on a second-stage valve”, “an abortion”, “launch”, “lift-off”', text: 'The launch was scrubbed Monday evening, halting the countdown at T-minus 40 seconds after a sensor on a second-stage valve reported a fault. The law requires notice 48 hours before an abortion. Gagarin landed 108 minutes after launch. Vanguard lost thrust two seconds after lift-off.', reference: '2026-04-14', expected: [['40 seconds', 'PT40S'], ['48 hours', 'PT48H'], ['108 minutes', 'PT108M'], ['two seconds', 'PT2S']] },
	{ name: 'a half-century is fifty years (“for the following half-century”, “Over the next half century”)', text: 'The raiders struck Jarrow in 794, and for the following half-century attacks went on. Over the next half century the kings reconquered it.', reference: '2021-10-05', expected: [['the following half-century', 'P50Y'], ['the next half century', 'P50Y']] },
	{ name: 'in news, a year ahead that opens a clause (“By 2030,”, “In 2030,”) is the year of a month in it', text: 'Eid would fall around March 9 next year. By 2030, it will arrive in early February. In 2031, it will come in late January.', reference: '2026-03-19', expected: [['early February', '2030-02'], ['late January', '2031-01']] },
	{ name: 'a month that is no ordinary word after “as”, “its” or “their” is a month (“as soon as October”, “until its April meeting”, “their April invoices”)', text: 'Economists had expected the bank to hold off until its April meeting. Others see a second move as soon as October.', reference: '2024-03-15', expected: [['April', '2024-04'], ['October', '2024-10']] },
	{ name: '“this four years ago” is four years ago, not four years on (chrono reads “this four years”)', text: 'Lincoln was sworn in on 4 March 1865. His address recalled “the occasion corresponding to this four years ago”.', reference: '2022-09-08', expected: [['four years ago', '2018']] },
	{ name: 'a look back in the past perfect with an irregular participle (“had shut the gates … on 7 December 1688”) lends no year to the story after it', text: 'James landed at Kinsale on 12 March 1689. The chief exception was Derry, whose apprentice boys had shut the gates against a Catholic regiment on 7 December 1688. The Jacobite army arrived before its walls in mid-April, and by July the defenders were starving.', reference: '2019-02-27', expected: [['mid-April', '1689-04'], ['July', '1689-07']] },
	{ name: '“the day after” a name, set beside a date with a comma, is that date’s day (“On the evening of 28 July, the day after Killiecrankie,”)', text: 'The siege began in April 1689. On the evening of 28 July, the day after Killiecrankie, the ship broke through the boom, and three days later the army marched away.', reference: '2019-02-27', expected: [['the day after', '1689-07-28'], ['three days later', '1689-07-31']] },
	{ name: '“plans” as the object of a verb in the past is a noun, no look ahead (“submitted updated compensation plans on Sunday”)', text: 'Kazakhstan and Iraq submitted updated compensation plans on Sunday under which they would make up for past overproduction. Senators questioned NASA’s spending plans Wednesday.', reference: '2025-03-03', expected: [['Sunday', '2025-03-02'], ['Wednesday', '2025-02-26']] },
	{ name: 'in a history, “later this decade” in a sentence in the present (“aims to land”) counts from the day of writing', text: 'Apollo 12 landed in November 1969. Apollo 17 returned on 19 December 1972, and no astronaut left low Earth orbit for the rest of the decade. The Artemis programme aims to land astronauts near the lunar south pole later this decade.', reference: '2023-11-03', expected: [['the rest of the decade', '197'], ['later this decade', '202']] },
	{ name: 'a day of every year set between commas before “is celebrated” (“The date of the Wuchang Uprising, 10 October, is still celebrated every year”)', text: 'The abdication came on 12 February 1912. The date of the Wuchang Uprising, 10 October, is still celebrated every year in Taiwan.', reference: '2019-06-02', expected: [['10 October', 'XXXX-10-10']] },
	{ name: 'a day of the month a look back in the past perfect told goes on with it (“had left Libau in October 1904 … On the night of 21 October”)', text: 'Mukden fell in March 1905. Russia’s last hope lay at sea. The Baltic Fleet had left Libau in October 1904. On the night of 21 October, in the North Sea, its gunners fired on British fishing boats.', reference: '2025-11-03', expected: [['the night of 21 October', '1904-10-21TNI']] },
	{ name: 'a clock time after two days told as a span (“fought on 27-28 May 1905”) is on the first of them, and the night and the morning after follow', text: 'The war began in February 1904 and Mukden fell in March 1905. In the battle, fought on 27-28 May 1905, the fleet opened fire at 1:45 p.m. Torpedo boats kept up the attack through the night, and the following morning the admiral surrendered.', reference: '2025-11-03', expected: [['1:45 p.m.', '1905-05-27T13:45'], ['the night', '1905-05-27TNI'], ['the following morning', '1905-05-28TMO']] },
	{ name: 'an hour “in the evening” is one time, as “in the morning” is (“six o’clock in the evening”, “seven in the evening”), and a clock time after a day and “, from” is apart from it', text: 'Madero called on Mexicans to rise in arms on 20 November 1910, from six o’clock in the evening. At Marston Moor on 2 July 1644 the allies attacked at about seven in the evening.', reference: '2015-06-10', expected: [['20 November 1910', '1910-11-20'], ['six o’clock in the evening', '1910-11-20T18:00'], ['seven in the evening', '1644-07-02T19:00']] },
	{ name: 'a clock time, a bracket that restates it and “on” a day is on that day (“until 8 p.m. (1700 GMT) on Sunday”)', text: 'Polling stations in Moscow will stay open until 8 p.m. (1700 GMT) on Sunday, and the last ballot boxes will close in Kaliningrad an hour later.', reference: '2024-03-15', expected: [['8 p.m.', '2024-03-17T20:00'], ['an hour later', '2024-03-17T21:00']] },
	{ name: 'years listed after “the” before what they name are years (“the 2020 and 2021 finals”)', text: 'The city had been due to host the 2020 and 2021 finals, but both were moved.', reference: '2023-06-11', expected: [['2020', '2020'], ['2021', '2021']] },
	{ name: 'a part of the week (“earlier in the week”, “the end of the week”) is the week of writing, in news', text: 'The Nikkei hit a record high earlier in the week. The White House will decide by the end of the week.', reference: '2024-03-15', expected: [['earlier in the week', '2024-W11'], ['the end of the week', '2024-W11']] },
	{ name: 'told on a Sunday, “later in the week” and “the middle of the week” are the week ahead', text: 'Players will join their national teams later in the week. There is little chance of relief before the middle of the week.', reference: '2023-06-11', expected: [['later in the week', '2023-W24'], ['the middle of the week', '2023-W24']] },
	{ name: 'a count before “since” is a length of time (“marked a decade since the 2015 Paris agreement”, “In the three days since the crash”)', text: 'The summit marked a decade since the 2015 Paris agreement. In the three days since the crash, investigators combed the site. Tuesday marks 1,000 days since the invasion.', reference: '2025-11-23', expected: [['a decade', 'P10Y'], ['the three days', 'P3D'], ['1,000 days', 'P1000D']] },
	{ name: 'in news, a weekday told before a weekday with its date in its sentence, near the day of writing, is the last such weekday before that date (“from Friday to Sunday, with offices reopening on Monday, March 23”); not one far off', text: 'The ministry announced a three-day public holiday from Friday to Sunday, with offices reopening on Monday, March 23. The governor said Monday that the law takes effect on Wednesday, July 1.', reference: '2026-03-19', expected: [['Friday', '2026-03-20'], ['Sunday', '2026-03-22'], ['Monday', '2026-03-16']] },
	{ name: 'in a history, “that spring” is the spring of the story’s year, even where the story is past it (“1 November 1755 … opened only that spring”)', text: 'The earthquake struck Lisbon on 1 November 1755. Fires burned for five days. The new opera house, opened only that spring, was reduced to ashes.', reference: '2015-10-30', expected: [['that spring', '1755-SP']] },
	{ name: 'an hour said in words before “o’clock” in a sentence with no other date word is read (“By eight o’clock the fire had reached the bridge”)', text: 'The fire broke out on 2 September 1666. By eight o’clock the fire had reached the bridge.', reference: '2016-09-02', expected: [['eight o’clock', '1666-09-02T08:00']] },
	{ name: '“that” before a month after a verb in the passive is the story’s month, inside the extent (“was stormed that October”, “was crowned in Prague that November”); after “was” alone it opens a clause (“The trouble was that October sales fell”)', text: 'Frederick was elected in 1619 and was crowned in Prague that November. The city was stormed that October. The trouble was that October sales fell.', reference: '2015-01-01', expected: [['that November', '1619-11'], ['that October', '1619-10'], ['October', '1619-10']] },
	{ name: 'in a history whose only time told before is a range, a holiday or month without a year is at its start (“fought from October 1899 to May 1902. Expected … to be over by Christmas”), and the story goes on from there', text: 'The war was fought from October 1899 to May 1902. Expected in London to be over by Christmas, it dragged on. In December the British lost three battles. In January Roberts landed. The raid of 1895 and the conference of 1899 had failed. Peace came in 1902.', reference: '2024-02-18', expected: [['Christmas', '1899-12-25'], ['December', '1899-12'], ['January', '1900-01']] },
	{ name: 'a month in the subject of a clause in the past perfect looks back (“the news of December had caused dismay”, told at January 1900, is December 1899), and the story goes on from where it was', text: 'The war broke out in October 1899. The British lost three battles in mid-December 1899. Roberts landed at Cape Town on 10 January 1900. In Britain, where the news of December had caused dismay, the next spring brought a run of victories. Kimberley was relieved on 15 February. The raid of 1895 had failed, and peace came in 1902.', reference: '2024-02-18', expected: [['December', '1899-12'], ['the next spring', '1900-SP'], ['15 February', '1900-02-15']] },
	{ name: 'a capital “May” after another word is the month, not the modal that looks ahead (“We saw more finished work in May and June”, “crossed $40 a barrel in May and $50 in late September”)', text: '“We saw more finished work in May and June than at any point in the last decade,” he said. Oil crossed $40 a barrel in May and $50 in late September.', reference: '2025-07-22', expected: [['June', '2025-06'], ['late September', '2024-09']] },
	{ name: 'a weekday’s thing set to start, told in the present (“Monday’s meeting begins at 7pm”), is the next such day, and the clock time after it is on that day; not a thing named by its day (“most of Friday’s gain”)', text: 'The council will vote on the plan. Monday’s meeting begins at 7pm at the Guildhall. Stocks slipped, wiping out most of Friday’s gain, and were down 30 points at 2 p.m.', reference: '2024-05-29', expected: [['Monday', '2024-06-03'], ['7pm', '2024-06-03T19:00'], ['Friday', '2024-05-24'], ['2 p.m.', '2024-05-29T14:00']] },
	{ name: '“quarterly” after a verb is a set (“will be adjusted quarterly and”)', text: 'The reserve will be adjusted quarterly and will reflect the rate of sales.', reference: '1989-11-02', expected: [['quarterly', 'P1Q']] },
	{ name: 'the month figures are for is one gone by, whatever is said of their publishing (“house price data for October will be published on Dec. 18”)', text: 'Official house price data for October will be published on Dec. 18.', reference: '2024-12-02', expected: [['October', '2024-10'], ['Dec. 18', '2024-12-18']] },
	{ name: 'in news, “that year” points back to the last time told, even one counted from the day of writing (“moved to Aston Martin two years ago and … until the last race of that year”)', text: 'His last victory came in November 2021. He moved to Aston Martin two years ago and failed to reach the podium until the last race of that year.', reference: '2026-10-31', expected: [['two years ago', '2024'], ['that year', '2024']] },
	{ name: 'in news, a weekday whose clause gives no tense is the one the text named before near the day of writing (“kick off at 8 p.m. Sunday … sunshine on Sunday”); with a past verb after it, not (“The deadline is 5 p.m. Friday. … By Friday the deadline was pressing”)', text: 'The final will kick off at 8 p.m. Sunday. The outlook: sunshine on Sunday, temperatures in the 70s. The deadline is 5 p.m. Friday. By Friday the deadline was pressing.', reference: '2023-11-21', expected: [['8 p.m. Sunday', '2023-11-26T20:00'], ['Sunday', '2023-11-26'], ['5 p.m. Friday', '2023-11-24T17:00'], ['Friday', '2023-11-17']] },
	{ name: 'in a story, an hour from one to six o’clock alone is in the afternoon (“walked out … on 11 February 1990, shortly after four o’clock”), unless its sentence tells of the night (“woken by his maid at three o’clock”)', text: 'Mandela walked out of the prison gates on 11 February 1990, shortly after four o’clock. The fire broke out on 2 September 1666. Samuel Pepys, woken by his maid at three o’clock, looked out of his window.', reference: '2020-02-11', expected: [['four o’clock', '1990-02-11T16:00'], ['three o’clock', '1666-09-02T03:00']] },
	{ name: 'a count of seasons of play is a length in years (“the past three seasons”, “12 seasons”, “five straight seasons”); not “all four seasons” of the year', text: 'Over the past three seasons he scored 40 goals. He won 12 seasons in a row, five straight seasons at home. The hotel is open all four seasons.', reference: '2024-06-01', expected: [['the past three seasons', 'P3Y'], ['12 seasons', 'P12Y'], ['five straight seasons', 'P5Y']] },
	{ name: 'a year that ends an aside on the subject of a clause in the past perfect is a look back (“that Harold, shipwrecked on the coast of Ponthieu in 1064, had sworn”); the story goes on in its own year', text: 'Edward died on 5 January 1066. William claimed that Harold, shipwrecked on the coast of Ponthieu in 1064, had sworn to support his claim. On 24 April a comet appeared in the sky.', reference: '2016-10-12', expected: [['24 April', '1066-04-24']] },
	{ name: 'in a history, a look back to a day that opens a paragraph starts the story told there (“… ended on 27 January 1944. ¶ Army Group North had crossed the border on 22 June 1941 … By mid-August it had taken Novgorod”)', text: 'The siege began on 8 September 1941 and ended on 27 January 1944. It lasted 872 days, and the city had been founded in 1703.\n\nArmy Group North had crossed the Soviet border on 22 June 1941 and advanced rapidly. By mid-August it had taken Novgorod, and in early September it closed the ring.', reference: '2019-01-27', expected: [['mid-August', '1941-08'], ['early September', '1941-09']] },
	{ name: 'what starts on a weekday, after a noun, is ahead whatever verb came before (“agreed on Tuesday to a 72-hour truce starting at 8 a.m. local time (0500 GMT) on Thursday”), and a weekday put a week back for want of a tense (the headline’s “from Thursday”) lends itself to no later one', text: 'Sides agree truce around Taiz from Thursday\n\nADEN (Reuters) - The two sides agreed on Tuesday to a 72-hour truce starting at 8 a.m. local time (0500 GMT) on Thursday around the city.', reference: '2025-02-11', expected: [['8 a.m.', '2025-02-13T08:00'], ['Thursday', '2025-02-13']] },
	{ name: 'hearings beginning on a weekday are ahead (“agreed to consider the defense petition at hearings beginning Tuesday”, told on a Thursday)', text: 'A panel of law lords agreed to consider the defense petition at hearings beginning Tuesday.', reference: '1998-12-10', expected: [['Tuesday', '1998-12-15']] },
	{ name: 'in news, a season after a story told years back is near the day of writing again once a time counted from it is told since (“the last election, in 2021 … as high as 17 percent this spring, but support eroded over the summer”)', text: 'The party won 39 percent in the last election, in 2021. It had polled as high as 17 percent this spring, but support eroded steadily over the summer.', reference: '2026-09-21', expected: [['this spring', '2026-SP'], ['the summer', '2026-SU']] },
	{ name: 'a season of a year counted from the day of writing is that season (“the spring of next year”, “the summer of last year”); “the end of next year” stays the year', text: 'The next elections are scheduled for the spring of next year. Sales fell in the summer of last year. Work ends by the end of next year.', reference: '2026-09-21', expected: [['the spring of next year', '2027-SP'], ['the summer of last year', '2025-SU'], ['the end of next year', '2027']] },
	{ name: 'a plural subject’s timetable in the present is ahead too (“Classes begin Aug. 20”)', text: 'Families will receive route assignments in early August. Classes begin Aug. 20.', reference: '2026-03-10', expected: [['Aug. 20', '2026-08-20']] },
	{ name: '“close” as a noun is no timetable (“is down roughly 18% from its record close of 2999.75 on July 16”)', text: 'The industrial average has lost about 6% over the past two weeks and is down roughly 18% from its record close of 2999.75 on July 16.', reference: '1990-10-16', expected: [['July 16', '1990-07-16']] },
	{ name: 'a timetable with a plural subject or “follow” is ahead (“The semifinals follow on Sunday evening”, “The women’s final follows on Saturday”)', text: 'The heats were run on Tuesday. The semifinals follow on Sunday evening. The women’s final follows on Saturday.', reference: '2024-07-31', expected: [['Sunday evening', '2024-08-04TEV'], ['Saturday', '2024-08-03']] },
	{ name: 'a date after a noun, its participle and the participle’s agent is an aside (“the coronation charter issued by Henry I in 1100”): the story stays where it was', text: 'King John lost Normandy in 1204. At the beginning of January 1215 the barons demanded that he confirm the coronation charter issued by Henry I in 1100. John secured a truce until late April. In 1216 he died; the charter was reissued in 1217 and 1225.', reference: '2015-06-12', expected: [['late April', '1215-04']] },
	{ name: 'a day made a feast or the national holiday is a day of every year (“proclaimed 7 October a feast of Our Lady of Victory”, “made 14 July the national holiday in 1880”), and the story goes on; not one declared “a national holiday” once', text: 'The battle was fought on 7 October 1571. News reached Venice on 19 October, and Pius V proclaimed 7 October a feast of Our Lady of Victory. The fleet reached Corfu in late October. The Republic made 14 July the national holiday in 1880. The offensive began on 21 March 1918, and the Kaiser declared 24 March a national holiday.', reference: '2018-11-20', expected: [['7 October', 'XXXX-10-07'], ['late October', '1571-10'], ['14 July', 'XXXX-07-14'], ['24 March', '1918-03-24']] },
	{ name: 'a history’s last words on the day of writing count from it (“a memorial service is due to be held downtown on Monday”); a weekday of the story does not (“By Tuesday evening federal troops patrolled”)', text: 'The city had seen riots in 1863 and 1943, and tension had grown through 1964 and 1966. The riot began in the early hours of 23 July 1967. By Tuesday evening federal troops patrolled the streets. Order returned on 27 July. A memorial service is due to be held downtown on Monday.', reference: '2017-07-20', expected: [['Tuesday evening', '1967-07-25TEV'], ['Monday', '2017-07-24']] },
	{ name: 'what reopens on a weekday, told in the present, is ahead (“after eight weeks of repairs, the line reopens on Sunday morning”, told on a Thursday)', text: '“After eight weeks of repairs, the line reopens on Sunday morning,” the secretary said.', reference: '2026-03-12', expected: [['Sunday morning', '2026-03-15TMO']] },
	{ name: 'a season of play named by its year is one phrase (“the 2017 season”, “The 2021 season”)', text: 'Emergency managers pointed to the 2017 season, when three storms hit. The 2021 season ended early. In 2019 the team won.', reference: '2025-09-16', expected: [['the 2017 season', '2017'], ['The 2021 season', '2021'], ['2019', '2019']] },
	{ name: 'what runs from a weekday, told with no tense, starts ahead (a headline’s “agree three-day truce around Taiz from Thursday”)', text: 'Warring sides agree three-day truce around Taiz from Thursday', reference: '2025-02-11', expected: [['Thursday', '2025-02-13']] },
	{ name: 'a month no word or given name can be is a month with no preposition before it (“will release September figures”, “spend September with her sister”), and so is any month after an article and an adjective (“a busy April for skywatchers”) and “March” after a superlative (“the driest March since 1961”); figures named by a month are of one gone by; not a name (“Black September”)', text: 'The agency will release September figures on Thursday. Eleni plans to spend September with her sister. It was a busy April for skywatchers and the driest March since 1961. Black September claimed the attack.', reference: '2025-11-03', expected: [['September', '2025-09'], ['Thursday', '2025-11-06'], ['September', '2026-09'], ['April', '2025-04'], ['March', '2025-03'], ['1961', '1961']] },
	{ name: 'in news, a month read by its own words is no day the story is at: a clock time after it is on the day told before (“on Monday … a busy April for skywatchers. ¶ The partial phase begins at 2:14 p.m.”)', text: 'The moon will blot out the sun over Montreal on Monday. It is the headline event of a busy April for skywatchers.\n\nIn Montreal, the partial phase begins at 2:14 p.m.', reference: '2024-04-03', expected: [['Monday', '2024-04-08'], ['April', '2024-04'], ['2:14 p.m.', '2024-04-08T14:14']] },
	{ name: 'a day of the month before “Month of” and a word is read with its month (“reports had been arriving since 1 November of fresh Soviet divisions”)', text: 'Nagy took office on 24 October 1956. Reports had been arriving since 1 November of fresh Soviet divisions.', reference: '2016-10-21', expected: [['24 October 1956', '1956-10-24'], ['1 November', '1956-11-01']] },
	{ name: 'in a history, what a clause in the future of the past puts off until a date (“would hear that conversation until August 1974”) and a relative clause that opens on its date (“, who in 2005 revealed himself”) are no times the story moves to', text: 'The break-in came on 17 June 1972. Nobody outside the White House would hear that conversation until August 1974. The reporters traced the money during the summer, helped by a source, who in 2005 revealed himself as Mark Felt. That autumn Nixon ran again, and on 7 November he carried forty-nine states.', reference: '2014-08-09', expected: [['August 1974', '1974-08'], ['the summer', '1972-SU'], ['2005', '2005'], ['That autumn', '1972-FA'], ['7 November', '1972-11-07']] },
	{ name: 'in a history, “the previous year” past a date that names which event it was counts from the year the story is at (“reached the summit on 29 May 1953. … the reconnaissance of 1951 found a route … The previous year it had belonged to the Swiss”)', text: 'Hillary and Tenzing reached the summit on 29 May 1953.\n\nUntil 1949 Nepal was closed to foreigners. Shipton\'s reconnaissance of 1951 found a route into the Western Cwm. The previous year it had belonged to the Swiss.', reference: '2013-05-29', expected: [['1951', '1951'], ['The previous year', '1952']] },
	{ name: 'a holiday’s week is the week that holds it (“during Thanksgiving week”, “as Easter week began”), the weekend before or after a holiday is that weekend (“the weekend before Christmas”), and “the Christmas lights” name no day', text: 'Amtrak expects more than 1 million riders during Thanksgiving week. The switch-on of the Christmas lights is on Friday. Stalls will open on the weekend before Christmas.', reference: '2025-11-20', expected: [['Thanksgiving week', '2025-W48'], ['Friday', '2025-11-21'], ['the weekend before Christmas', '2025-W51-WE']] },
	{ name: 'a date after a relative clause that tells a timetable in the present is ahead, whatever the main verb’s tense (“Tickets for the grotto, which runs from 29 November to 23 December, went on sale last week”)', text: 'Tickets for the grotto, which runs from 29 November to 23 December, went on sale last week.', reference: '2025-11-20', expected: [['29 November to 23 December', '2025-11-29/2025-12-23'], ['last week', '2025-W46']] },
	{ name: 'in news, “that night” is of the day told last, counted from the day of writing or not, past a date told in full before it (“a record set on Nov. 26, 2023. … from 4 a.m. Wednesday until the last flights depart that night”)', text: 'That would top last year\'s record of 2.9 million, set on Nov. 26, 2023. An official said Tuesday the agency would open every lane from 4 a.m. Wednesday until the last flights depart that night.', reference: '2024-11-26', expected: [['Nov. 26, 2023', '2023-11-26'], ['that night', '2024-11-27TNI']] },
	{ name: 'where the text names the Fourth of July, its “Independence Day” and “the Fourth” are that day (“doesn’t feel like Independence Day without it”, “would go ahead on the Fourth as planned”), of the year a “when” clause follows (“in 2021, when the full slate of Independence Day events was last held”)', text: 'The Fourth of July fireworks drew crowds. “It just doesn’t feel like Independence Day without it,” she said. The mayor said the fireworks would go ahead on the Fourth as planned. Boats numbered 40, down from 61 in 2021, when the full slate of Independence Day events was last held.', reference: '2025-07-05', expected: [['Fourth of July', '2025-07-04'], ['Independence Day', '2025-07-04'], ['the Fourth', '2025-07-04'], ['2021', '2021'], ['Independence Day', '2021-07-04']] },
	{ name: 'a weekday after “that” opening a clause of saying in the present is the weekday alone (“it predicts that Sunday will be the busiest day”)', text: 'The agency predicts that Sunday will be the busiest day at airport checkpoints.', reference: '2024-11-26', expected: [['Sunday', '2024-12-01']] },
	{ name: 'in news, a weekday with no tense after a weekday ahead in its sentence, at most three days before it, is the first such day after it (“70 percent for Thursday, falling to 40 percent for a backup opportunity on Friday”), and “the weekend” told in no past tense after a day ahead is that day’s (“ahead of the weekend”)', text: 'Forecasters put the odds at 70 percent for Thursday, falling to 40 percent for a backup opportunity on Friday as a cold front pushes toward Florida ahead of the weekend.', reference: '2019-10-16', expected: [['Thursday', '2019-10-17'], ['Friday', '2019-10-18'], ['the weekend', '2019-W42-WE']] },
	{ name: 'a plan told as the first one, since changed, sets no direction: its days are the nearest (“was originally set for Aug. 22 but slipped to Sept. 30”, told in October), where a plan alone looks ahead (“The next launch is set for Sept. 2”)', text: 'The flight was originally set for Aug. 22 but slipped to Sept. 30 after a parachute test went awry. The next launch is set for Sept. 2.', reference: '2019-10-16', expected: [['Aug. 22', '2019-08-22'], ['Sept. 30', '2019-09-30'], ['Sept. 2', '2020-09-02']] },
	{ name: '“record” before a noun looks ahead to nothing (“emigration continued at record levels …, with about 250,000 leaving in 1851. The census of that year”)', text: 'Evictions peaked in 1850, and emigration continued at record levels, with about 250,000 leaving in 1851. The census of that year counted 6.5 million people.', reference: '2014-08-12', expected: [['1851', '1851'], ['that year', '1851']] },
	{ name: 'what bookings are tracked for is ahead (“had already begun tracking bookings for Labor Day”)', text: 'AAA said it had already begun tracking bookings for Labor Day.', reference: '2024-05-23', expected: [['Labor Day', '2024-09-02']] },
	{ name: 'a unit made an adjective is a length, the adjective alone (“a month-long siege”, “a months-long trek”, “The year-long trial”, “a decades-long battle”, “their third day-long meeting”), and a rate written with hyphens is a set (“a once-a-week pill”)', text: 'A month-long siege ended a months-long trek. The year-long trial followed a decades-long battle and their third day-long meeting. The FDA approved a once-a-week pill.', reference: '2024-01-01', expected: [['month-long', 'P1M'], ['months-long', 'PXM'], ['year-long', 'P1Y'], ['decades-long', 'PXY'], ['day-long', 'P1D'], ['once-a-week', 'P1W']] },
	{ name: 'in a history, a count ahead inside an infinitive is a look ahead the story does not move to (“it did much to shape the decision to enter the war two years later”)', text: 'The Lusitania left New York on 1 May 1915 and was torpedoed off Kinsale on 7 May 1915. The inquiry opened on 15 June and reported on 17 July 1915. In the United States the sinking caused outrage, and it did much to shape the decision to enter the war two years later. Wilson resisted calls for war: on 10 May he spoke in Philadelphia.', reference: '2019-06-11', expected: [['two years later', '1917'], ['10 May', '1915-05-10']] },
	{ name: 'in news, a known event named in passing is no day a clock time is on (“the relationship with the European Union after Brexit … shortly before 3am”)', text: 'Voters in Gibraltar have approved the treaty governing its relationship with the European Union after Brexit. The No campaign had conceded defeat shortly before 3am.', reference: '2025-11-14', expected: [['Brexit', '2020-01-31'], ['3am', '2025-11-14T03:00']] },
	{ name: 'in a history, a time in an alternative not taken is no time the story moves to (“decided to attack at once rather than wait until the following morning. Around noon”)', text: 'On 21 June 1876, Terry held a council. Custer rode out on 22 June. Early on 25 June, his scouts saw the camp. Custer decided to attack at once rather than wait until the following morning. Around noon Custer divided his command.', reference: '2022-03-15', expected: [['the following morning', '1876-06-26TMO'], ['noon', '1876-06-25T12:00']] },
	{ name: 'what one hoped, aimed, intended or promised to do is ahead (“crews hoped to reach full containment by Friday”, “she hoped to have a lane open by September”)', text: 'Cal Fire said crews hoped to reach full containment by Friday. Ortega said she hoped to have at least one lane open by September.', reference: '2024-02-07', expected: [['Friday', '2024-02-09'], ['September', '2024-09']] },
	{ name: 'in news, a clock time its clause looks ahead to is on no day gone by told before (“down from a peak of about 248,000 around 6 a.m. Saturday. The utility said it expects to have power back for 75% of affected customers by midnight”)', text: 'As of 11 a.m. Monday, the utility reported 91,400 customers still in the dark, down from a peak of about 248,000 around 6 a.m. Saturday. The utility said it expects to have power back for 75% of affected customers by midnight.', reference: '2024-01-15', expected: [['6 a.m. Saturday', '2024-01-13T06:00'], ['midnight', '2024-01-15T24:00']] },
	{ name: 'the week ending a day is the week that holds it (“11 new cases in the week ending Saturday”, “the week ended Sept. 30”), as “the week of March 13” is', text: 'The county reported 11 new cases in the week ending Saturday. Cases rose in the week ended Sept. 30.', reference: '2024-04-17', expected: [['the week ending Saturday', '2024-W15'], ['the week ended Sept. 30', '2023-W39']] },
	{ name: 'a weekday after a plural verb of a fixture in the present is the nearest such day, as after the singular (“The Knicks visit Toronto on Saturday”, “Netanyahu and Arafat meet separately Monday”), not the last one', text: 'The Knicks visit Toronto on Saturday. Netanyahu and Arafat meet separately Monday with Albright.', reference: '2025-02-07', expected: [['Saturday', '2025-02-08'], ['Monday', '2025-02-10']] },
	{ name: 'in news, a weekday in an infinitive after the weekday of a decision is the first such day after it (“Members voted Tuesday to stage a 48-hour walkout from 6 a.m. on Friday”, told on Wednesday); not one after “since”', text: 'Members voted Tuesday to stage a 48-hour walkout from 6 a.m. on Friday. Searchers set out Monday to find a woman not seen since Sunday night.', reference: '2025-07-23', expected: [['Tuesday', '2025-07-22'], ['6 a.m.', '2025-07-25T06:00'], ['Friday', '2025-07-25'], ['Sunday night', '2025-07-20TNI']] },
	{ name: 'a “that” opening a clause of saying is not the quarter’s (“warned that fourth-quarter margins would be squeezed”, “Du Pont reported that third-quarter profit grew”); “that quarter” keeps it', text: 'Du Pont reported that third-quarter profit grew 19%. It also warned that fourth-quarter margins would be squeezed. Costs rose in that quarter.', reference: '1989-10-25', expected: [['third-quarter', '1989-Q3'], ['fourth-quarter', '1989-Q4'], ['that quarter', '1989-Q3']] },
	{ name: '“last quarter” with no article is the quarter before the one under way (“sales fell 7% last quarter”, told in November: the third); “the last quarter of 2023” is the fourth', text: 'Valtra\'s U.S. sales fell 7% last quarter. The last quarter of 2023 was weak.', reference: '2024-11-22', expected: [['last quarter', '2024-Q3'], ['The last quarter of 2023', '2023-Q4']] },
	{ name: 'where the text writes a year of the common era with two digits (“AD 64”), a year of two digits after a month is that year (“April 65”, “9 June 68”), and chrono’s reading that ends on the era takes its year (“the night of 18–19 July AD 64”)', text: 'The Great Fire of Rome broke out on the night of 18–19 July AD 64. The rebuilding began the next year. A conspiracy was uncovered in April 65. On 9 June 68 Nero took his own life.', reference: '2014-05-12', expected: [['the night of 18–19 July AD 64', '0064-07-18TNI'], ['the next year', '0065'], ['April 65', '0065-04'], ['9 June 68', '0068-06-09']] },
	{ name: 'a school’s season takes its noun into the extent (“The autumn term”, “the summer holidays”; not “the summer recess”), and a spring or summer term after an autumn term is of the year after it, as a school year runs', text: 'Pupils broke up for the summer holidays on 23 July. The autumn term runs from 4 September to 20 December. The spring term starts on Monday 6 January. The summer term begins on 22 April. MPs return after the summer recess.', reference: '2024-09-03', expected: [['the summer holidays', '2024-SU'], ['The autumn term', '2024-FA'], ['The spring term', '2025-SP'], ['The summer term', '2025-SU'], ['the summer', '2024-SU']] },
	{ name: 'in news, a holiday or long weekend told late in the week in no past tense is the one to come, as “this weekend” is (“through the holiday weekend”, “gather indoors for the long weekend”, told on a Thursday and a Friday)', text: 'An excessive heat warning is in effect through the holiday weekend.', reference: '2026-07-02', expected: [['the holiday weekend', '2026-W27-WE']] },
	{ name: 'a long weekend told on a Friday is the one to come', text: 'Doctors urged caution, especially if people gather indoors for the long weekend.', reference: '2025-01-17', expected: [['the long weekend', '2025-W03-WE']] },
	{ name: 'a midnight after which something happens on a day named is the one that begins that day (“Shortly after midnight on 6 June 1944”); “midnight Friday” and “from midnight Friday” still end theirs', text: 'Shortly after midnight on 6 June 1944, British glider troops landed beside the bridges. Both sides agreed to halt all shelling from midnight Friday.', reference: '2019-11-13', expected: [['midnight', '1944-06-06T00:00'], ['midnight Friday', '2019-11-15T24:00']] },
	{ name: 'a day set after a year or week told, with a comma and “on” between, is of that year (“released 50 years ago this week, on Oct. 21”, “in 1998, on June 5”); not a day after an opening phrase (“Since 1880, 14 July has been”)', text: 'The album was released 50 years ago this week, on Oct. 21. The plant closed two years ago, on March 3, and reopened. It happened in 1998, on June 5.', reference: '2025-10-20', expected: [['Oct. 21', '1975-10-21'], ['March 3', '2023-03-03'], ['June 5', '1998-06-05']] },
	{ name: 'in a report of a game, a quarter or half with its year is still a time of the year (“the third quarter of 2024” beside “halftime”)', text: 'The halftime show drew record ratings. The league said revenue rose in the third quarter of 2024.', reference: '2025-02-10', expected: [['the third quarter of 2024', '2024-Q3']] },
	{ name: 'seconds with a fraction are one length, with the minutes before them (“3 minutes 26.7 seconds”, “53.4 seconds”), and minutes and seconds with a fraction are a race time, not a clock time (“the 3:28.04 set in 1998”, “ran 3:28.5”)', text: 'Aasen ran 3 minutes 26.7 seconds on Friday night and covered the final 400 in 53.4 seconds. He took down the 3:28.04 set in 1998; Bekele ran 3:28.5 in Birmingham.', reference: '2026-02-14', expected: [['3 minutes 26.7 seconds', 'PT3M26.7S'], ['53.4 seconds', 'PT53.4S'], ['3:28.04', 'PT3M28.04S'], ['3:28.5', 'PT3M28.5S']] },
	{ name: 'in news, a plan made now is near the day of writing whatever flashback came before (“arrested in January 2021 … a judge has set a status hearing for Oct. 2”), and so is what an extension runs to (“an automatic six-month extension to Oct. 15”)', text: 'A state appeals court on Tuesday overturned the conviction. Pruitt was arrested in January 2021 and has been held since August 2022. A Superior Court judge has set a status hearing for Oct. 2 to take up bail. Anyone can get an automatic six-month extension to Oct. 15 by filing a form.', reference: '2026-09-15', expected: [['Oct. 2', '2026-10-02'], ['Oct. 15', '2026-10-15']] },
	{ name: 'a weekday set after a count from the story (“Two days later, on Saturday”) is the story’s, no word of the day of writing: the text still reads as a history', text: 'US Airways Flight 1549 ditched in the Hudson River on 15 January 2009. The aircraft had entered service in 1999; its captain had flown since 1980. The plane was moored near Battery Park City that night. Two days later, on Saturday, it was lifted from the river. It is on display today at a museum.', reference: '2024-03-18', expected: [['that night', '2009-01-15TNI'], ['Two days later', '2009-01-17'], ['Saturday', '2009-01-17']] },
	{ name: 'a clock time keeps the seconds the text states (“at 9:04:35 a.m.”)', text: 'On 6 December 1917 the Mont-Blanc caught fire. At 9:04:35 a.m. the cargo detonated.', reference: '2017-12-06', expected: [['9:04:35 a.m.', '1917-12-06T09:04:35']] },
	{ name: 'in a history, a morning told bare after a night named by its date, or after a time late at night, is the next day’s (“on the night of 29 February … at dawn it was attacked”); not after the night a midnight ends', text: 'Italy signed the Treaty of Wuchale in 1889, and war came in 1895. The Italian army advanced in late February 1896. On the night of 29 February the brigades marched out, and at dawn it was attacked. By 9 a.m. it had been destroyed.', reference: '2021-03-02', expected: [['the night of 29 February', '1896-02-29TNI'], ['dawn', '1896-03-01TMO'], ['9 a.m.', '1896-03-01T09:00']] },
	{ name: 'a part of the day after “At” or “and in” opening its clause is the story’s, its subject after it (“At dawn the warships opened fire”, “and in the late afternoon the emperor ordered”), not a part of a day named after it', text: 'Napoleon III had joined the army in 1870 after the defeats of 1866 and 1867. The battle of Sedan began on 1 September 1870. By midday the German ring had closed, and in the late afternoon the emperor ordered the white flag raised. At dawn the next day he surrendered.', reference: '2019-05-27', expected: [['the late afternoon', '1870-09-01TAF']] },
	{ name: 'a part of a week counted from the day of writing is that week (“by the middle of next week”, “at the end of this week”), as “the end of May” is May', text: 'Forecasters expect a cooling trend by the middle of next week. The company will mail materials at the end of this week.', reference: '2026-07-02', expected: [['the middle of next week', '2026-W28'], ['the end of this week', '2026-W27']] },
	{ name: 'a bare “that week” is a week told close before, and “the week before” is the week before the one the story is at, a week (“in the week ending Jan. 11 … admitted with flu that week, up from about 19,000 the week before”)', text: 'Hospital admissions rose sharply in the week ending Jan. 11, according to figures released Friday. Nearly 24,000 people were admitted with flu that week, up from about 19,000 the week before.', reference: '2025-01-17', expected: [['that week', '2025-W02'], ['the week before', '2025-W01']] },
	{ name: '“the week before that” counts from the time told right before it, an aside or not, and “the week before Christmas” is the week seven days before the holiday’s', text: 'The county confirmed 41 cases this week, up from 29 the previous week and 17 the week before that. Stores expect their busiest days the week before Christmas.', reference: '2024-05-15', expected: [['the week before that', '2024-W18'], ['the week before Christmas', '2024-W51']] },
	{ name: 'a quarter gone by this year that its clause looks ahead to is next year’s (“must notify the commission by the end of the first quarter”, told in November); not one before a noun (“expects third-quarter results”), reported after its quarter', text: 'The company must notify the commission of the changes by the end of the first quarter. Its rival expects third-quarter results to show a loss.', reference: '2025-11-20', expected: [['the end of the first quarter', '2026-Q1'], ['third-quarter', '2025-Q3']] },
	{ name: 'in news, “last spring” told a month or more after the spring ended is the spring just past, this year’s (“a fine last spring”, told in November); told in June, or “last winter”, the one before', text: 'The company paid a 500 million euro fine last spring and was fined again last winter.', reference: '2025-11-20', expected: [['last spring', '2025-SP'], ['last winter', '2024-WI']] },
	{ name: '“last spring” told in June is the spring of the year before', text: 'The board rejected an earlier approach last spring.', reference: '1997-06-18', expected: [['last spring', '1996-SP']] },
	{ name: 'a part of the day set before a date, a comma between, is a time of its own, of that date (“The next morning, 4 July, the two armies faced each other”, “early the next morning, 7 April,”)', text: 'Lee attacked on 3 July 1863. In less than an hour it was over.\n\nThe next morning, 4 July, the two armies faced each other. Early the next morning, 5 July, the rain began.', reference: '2013-06-30', expected: [['The next morning', '1863-07-04TMO'], ['4 July', '1863-07-04'], ['Early the next morning', '1863-07-05TMO'], ['5 July', '1863-07-05']] },
	{ name: '“in recent years” and “recent decades” are a time gone by, PAST_REF, as TBAQ mostly writes them; “recent months” and “recent weeks” stay lengths', text: 'Columbia owes its growth in recent years to junk bonds. In recent decades the voyages were revived. Prices fell in recent months.', reference: '1989-11-02', expected: [['recent years', 'PAST_REF'], ['recent decades', 'PAST_REF'], ['recent months', 'PXM']] },
	{ name: 'a part of the day that opens its clause (“Early in the afternoon the French battleship struck a mine”, “but early in the afternoon the Second Army arrived”), and “the middle of the afternoon”, are of the day the story is at', text: 'On 18 March 1915 the fleet engaged the forts at 10:45 a.m. Early in the afternoon the French battleship Bouvet struck a mine. In the middle of the afternoon the wind dropped, but early in the evening the fleet withdrew.', reference: '2015-03-18', expected: [['Early in the afternoon', '1915-03-18TAF'], ['the middle of the afternoon', '1915-03-18TAF'], ['early in the evening', '1915-03-18TEV']] },
	{ name: 'in news, a market’s session by its part of the day is of the day the story is at (“rose 6 percent in afternoon trading”)', text: 'The company unveiled its e-reader on Tuesday. Golden shares rose 6 percent to $23.40 in afternoon trading.', reference: '2024-05-14', expected: [['afternoon', '2024-05-14TAF']] },
	{ name: 'the second clock time of a range is on the first one’s day (“On Wednesday, … running from 10 a.m. until 11 p.m.”), or on the day after when it is earlier in the day (“from 10 p.m. to 6 a.m.”)', text: 'French farmers were racing on Friday to bring in the crop. On Tuesday the crews worked from 10 p.m. to 6 a.m. and rested. On Wednesday, the only dry day this week, his crew kept the combine running from 10 a.m. until 11 p.m.', reference: '2024-08-02', expected: [['10 a.m.', '2024-07-31T10:00'], ['11 p.m.', '2024-07-31T23:00'], ['10 p.m.', '2024-07-30T22:00'], ['6 a.m.', '2024-07-31T06:00']] },
	{ name: 'a sentence that ends on “p.m.” ends the clause of a weekday in the next (“ran from 10 a.m. until 11 p.m. On Tuesday the crews worked late”: no “until” ahead); “at 10 p.m. Wednesday” still goes on', text: 'French farmers were racing on Friday. His crew ran from 10 a.m. until 11 p.m. On Tuesday the crews worked late. The vote came at 10 p.m. Wednesday.', reference: '2024-08-02', expected: [['Tuesday', '2024-07-30'], ['10 p.m. Wednesday', '2024-07-31T22:00']] },
	{ name: 'a year that opens its sentence, the subject then “had” and a participle after it, is a look back (“In 1891 the local forecaster, Isaac Cline, had written …”): a yearless date after it takes the story’s year; not where “had” is in a clause of its own (“In 1880 Cline wrote that the city had been spared”)', text: 'The Galveston hurricane of 1900 was the deadliest disaster in the history of the country. It struck on Saturday, 8 September 1900. In 1891 the local forecaster of the Weather Bureau, Isaac Cline, had written that the idea was absurd.\n\nThe storm crossed Cuba on 3 September. In 1880 Cline wrote that the city had been spared. It rained on 9 September.', reference: '2026-05-01', expected: [['3 September', '1900-09-03'], ['9 September', '1880-09-09']] },
	{ name: 'Easter and the feasts it moves are dated by the Julian computus before 1583, as histories of those years write their dates (“on Good Friday” 1519 is 22 April; Easter 1215 is 19 April), and a year of three digits after the name is its year where the text dates such years (“Easter 774”)', text: 'Charles crossed into Saxony in the eighth century. He besieged Pavia in the autumn of 773 and celebrated Easter 774 in Rome. Cortés reached the coast in 1519 and landed at Veracruz on Good Friday. His allies were crushed at Bouvines on 27 July 1214, and he came home in October. Talks dragged on through the winter and broke down soon after Easter.', reference: '2026-05-01', expected: [['Easter 774', '0774-04-03'], ['Good Friday', '1519-04-22'], ['Easter', '1215-04-19']] },
	{ name: 'a stretch of time after an event, not counted, is a length with the event it follows (“In the years after the storm”, “the weeks following the flood”, “the years following the First Punic War”, “In the days after,”)', text: 'The storm struck on 8 September 1900. In the years after the storm, Galveston built a seawall. In the weeks following the flood, relief came. In the days after, crews searched. Rome grew in the years following the First Punic War.', reference: '2026-05-01', expected: [['the years after the storm', 'PXY'], ['the weeks following the flood', 'PXW'], ['the days after', 'PXD'], ['the years following the First Punic War', 'PXY']] },
	{ name: 'a weekday that opens its sentence, with a short subject and a modal of what is ahead after it, is ahead (“By Monday or Tuesday it should be easy to spot”, “On Friday, officials are expected to vote”); not “could have”', text: 'The comet passed the Sun on Wednesday. By Monday or Tuesday it should be easy to spot. On Friday, officials are expected to vote. On Sunday the board could have voted.', reference: '2024-10-09', expected: [['Monday', '2024-10-14'], ['Tuesday', '2024-10-15'], ['Friday', '2024-10-11'], ['Sunday', '2024-10-06']] },
	{ name: 'a half of a thing is no half-year (“gives the comet the first half of its name”), and a quarter or half “of the fiscal year” takes it into its extent', text: 'The observatory gives the comet the first half of its name. Officials expect inflation to slow in the second half of the fiscal year.', reference: '2024-10-09', expected: [['the second half of the fiscal year', '2024-H2']], absent: ['the first half'] },
	{ name: 'a month, or a range of months, of every year is no month in particular (“draws visitors from March to July each year”, “in October annually”: XXXX-03)', text: 'The whale shark season, which draws thousands of visitors from March to July each year, is under way. The fair is held in October annually. Rains came in March.', reference: '2025-04-17', expected: [['March to July', 'XXXX-03/XXXX-07'], ['October', 'XXXX-10'], ['March', '2025-03']] },
	{ name: 'a “that” opening a clause of warning or fearing is not the story’s (“researchers warn that next week will be a rough one”, “Doctors fear that next month brings more cases”): “next week” counts from the day of writing', text: 'Sleep researchers warn that next week will be a rough one. Doctors fear that next month brings more cases.', reference: '2022-03-11', expected: [['next week', '2022-W11'], ['next month', '2022-04']] },
	{ name: '“night” before a noun that it modifies is no night nor a length (“in a night attack”, “the night shift”), and a capitalised “the Night of” before a name is a name (“the Night of Sorrows”); “spent a night” and “the Night of 14 April” stay', text: 'Cortés defeated Narváez in a night attack in late May 1520. The Spaniards remembered the episode as “the Night of Sorrows”. He spent a night in the town. Workers on the night shift left. On the Night of 14 April 1912 the ship sank.', reference: '2026-05-01', expected: [['a night', 'P1D'], ['the Night of 14 April 1912', '1912-04-14TNI']], absent: ['night', 'the Night', 'the night'] },
	{ name: '“Decoration Day” is Memorial Day’s old name (30 May), and a holiday with its full date set right after it takes that date’s year (“Decoration Day, Thursday, 30 May 1889, ended with a storm”)', text: 'The dam was raised in 1879. The clubhouse opened in 1881, and members came each summer.\n\nDecoration Day, Thursday, 30 May 1889, ended with a storm.', reference: '2026-05-01', expected: [['Decoration Day', '1889-05-30']] },
	{ name: 'a weekday after a participle of saying or ruling set after its clause is when that was done, in the past (“has given lawmakers until Dec. 15 to draw new districts, ruling late Tuesday that …”)', text: 'The state Supreme Court has given lawmakers until Dec. 15 to draw new districts, ruling late Tuesday that the maps were illegal. The governor will call a session, saying Friday is too late.', reference: '2023-11-29', expected: [['late Tuesday', '2023-11-28']] },
	{ name: 'a plan told in the past that was not kept (“was to have opened on 21 March and closed on 12 April”) gives no tense: its days are the ones nearest the day of writing', text: 'The singer has postponed her arena tour. The tour was to have opened at the OVO Hydro on 21 March and closed at the O2 in London on 12 April.', reference: '2025-03-14', expected: [['21 March', '2025-03-21'], ['12 April', '2025-04-12']] },
	{ name: 'a wish with “’d” (“I’d rather come back in the autumn”) is for a time to come; not the alternative after “than” (“We’d rather fly on Wednesday … than on Monday”)', text: '"I\'d rather come back in the autumn than limp through it," she wrote on Friday.', reference: '2025-03-14', expected: [['the autumn', '2025-FA']] },
	{ name: 'in news, “That year” opening a clause lends its year to a day after it, past a length of time between (“That year, a standoff stretched three weeks past the July 1 deadline”)', text: 'Negotiators said Friday they remained apart. It is the first time since 2019 that lawmakers have adjourned without a budget. That year, a standoff stretched three weeks past the July 1 deadline.', reference: '2024-05-31', expected: [['July 1', '2019-07-01']] },
	{ name: 'a weekday and its day opening a range whose end names the month is a day of that month (“from Friday 15 to Monday 18 August 1969”)', text: 'The festival was held on a dairy farm from Friday 15 to Monday 18 August 1969.', reference: '2026-05-01', expected: [['Friday 15', '1969-08-15'], ['Monday 18 August 1969', '1969-08-18']] },
	{ name: 'the day before or after a holiday is one date (“Nov. 22, 2023, the day before Thanksgiving”), and the first or last weekend of a month is the weekend of that Saturday (“since the first weekend of May”)', text: 'Paragon originally set the film for Nov. 22, 2023, the day before Thanksgiving. Receipts since the first weekend of May are down about 11%.', reference: '2024-07-22', expected: [['the day before Thanksgiving', '2023-11-22'], ['the first weekend of May', '2024-W18-WE']], absent: ['Thanksgiving', 'May'] },
	{ name: 'a part of a month or year is drawn with it (“during the rest of February”, “In the first days of March”, “the last days of August”, “the rest of 1961”), and a year in an aside on a thing’s beginning (“since its creation in 1936”) is no time the story moves to', text: 'The crisis came in 1933. During the rest of February runs spread. In the first days of March the bank lost gold. Dowding had led Fighter Command since its creation in 1936.\n\nIn July and early August the Luftwaffe attacked convoys.', reference: '2026-05-01', expected: [['the rest of February', '1933-02'], ['the first days of March', '1933-03'], ['July', '1933-07']] },
	{ name: 'by how much a time of day moves is a length of time (“Services on Sundays will start an hour earlier”, “going to bed 20 minutes earlier”); “An hour earlier, the plane had landed” is still a time', text: 'The last train will depart at 23:32. Services on Sundays will start an hour earlier. Liu recommends going to bed 20 minutes earlier each night. An hour earlier, the plane had landed.', reference: '2024-11-29', expected: [['an hour', 'PT1H'], ['20 minutes', 'PT20M'], ['An hour earlier', '2024-11-29T22:32']] },
	{ name: 'before a month joined to “mid-”, “early-” or “late-”, “the” is the noun’s (“The mid-December change”, “the late-November rally”), not the month’s; a decade keeps it (“the mid-1990s”)', text: 'The mid-December change is one of two updates. Stocks gave back the late-November rally. By the mid-1990s it had grown.', reference: '2024-11-29', expected: [['mid-December', '2024-12'], ['late-November', '2024-11'], ['the mid-1990s', '199']] },
	{ name: '“early in the week” and “late in the year” are the story’s week and year, as “later in the week” is', text: 'Most of those who fell ill early in the week had recovered. Sales slowed late in the year.', reference: '2023-02-17', expected: [['early in the week', '2023-W07'], ['late in the year', '2023']] },
	{ name: '“a quarter of an hour” is fifteen minutes and “three quarters of an hour” forty-five, as lengths and counted from a time (“Three quarters of an hour later”)', text: 'The match kicked off at 8:45 p.m. on Saturday. They scored a quarter of an hour from the end. Three quarters of an hour later the rain stopped.', reference: '2025-09-10', expected: [['a quarter of an hour', 'PT15M'], ['Three quarters of an hour later', '2025-09-06T21:30']] },
	{ name: 'the article before a clock time is the noun’s (“for the 7 p.m. start”, “the 6:57 p.m. EDT post time”), not the time’s; before a day of the month it is the day’s (“The 20 September”)', text: 'Fans waited for the 7 p.m. start. The race goes off at the 6:57 p.m. EDT post time. The 20 September was wet.', reference: '2026-05-01', expected: [['7 p.m.', '2026-05-01T19:00'], ['6:57 p.m. EDT', '2026-05-01T18:57'], ['The 20 September', '2025-09-20']] },
	{ name: '“the same weekend a year ago” and “the same weekend last year” are one time, the weekend of the same week a year before the one the story is about', text: 'The film earned $74.2 million in North America from Friday through Sunday, according to figures released Monday. Barbie opened to $162 million on the same weekend a year ago. Sales rose from the same weekend last year.', reference: '2024-07-22', expected: [['the same weekend a year ago', '2023-W29-WE'], ['the same weekend last year', '2023-W29-WE']], absent: ['a year ago', 'last year'] },
	{ name: 'in news, “overnight” after a night told just before, in the paragraph before, is that night (“raised its alert at about 11 p.m. on Friday … ¶ Residents drove out overnight”), not the night before the day of writing', text: 'Authorities kept the town empty on Monday after ordering residents to leave late Friday night.\n\nThe agency raised its alert at about 11 p.m. on Friday.\n\nResidents drove out overnight in a long line of cars.', reference: '2023-11-13', expected: [['overnight', '2023-11-10TNI']] },
	{ name: 'a limit after “before”, told in no past tense, is ahead (“free rebooking for travelers who change their plans before Sunday”); after a verb in the past it stays past (“He left before Sunday”)', text: 'The airline offered free rebooking for travelers who change their plans before Sunday. He left the city before Monday.', reference: '2025-11-12', expected: [['Sunday', '2025-11-16'], ['Monday', '2025-11-10']] },
	{ name: 'a weekday after “from” that names a thing (“$13.5 million from Thursday previews, which began at 7 p.m.”) is no start ahead, as “a truce from Thursday” is', text: 'The film earned $74.2 million from Friday through Sunday, according to figures released Monday. That total includes $13.5 million from Thursday previews, which began at 7 p.m. in most markets. The two sides agree a three-day truce from Thursday.', reference: '2024-07-22', expected: [['Thursday', '2024-07-18'], ['7 p.m.', '2024-07-18T19:00'], ['Thursday', '2024-07-25']] },
	{ name: 'a sentence that ends on a clock time written “7.05pm NZDT” ends there: the day that opens the next one is no part of it (“at 7.05pm NZDT. On Saturday 14 February the Blues host”)', text: 'The Christchurch match kicks off at 7.05pm NZDT. On Saturday 14 February the Blues host the Highlanders.', reference: '2026-01-20', expected: [['7.05pm NZDT', '2026-01-20T19:05'], ['Saturday 14 February', '2026-02-14']] },
	{ name: '“the weekend of” a day or of a range of days is the weekend of the week that holds it (“the weekend of 13–15 February”, “the weekend of March 29-30”), and a month’s two days joined by a hyphen are a range (“June 3-5”)', text: 'The competition opens on the weekend of 13–15 February. Viewing parties are planned for the weekend of March 29-30. The fair runs June 3-5.', reference: '2026-01-20', expected: [['the weekend of 13–15 February', '2026-W07-WE'], ['the weekend of March 29-30', '2026-W13-WE'], ['June 3-5', '2026-06-03/2026-06-05']], absent: ['the weekend', 'March 29'] },
	{ name: 'a quantifier TimeML draws into a count is drawn into “half a century”, “a quarter of a century” and “half an hour” too (“more than half a century”, “less than half an hour”); “about” and “little more than” stay out', text: 'It was the first landing in more than half a century. She served for more than a quarter of a century. The fire burned for less than half an hour. They waited about half an hour. The empire grew in little more than half a century.', reference: '2024-02-23', expected: [['more than half a century', 'P50Y'], ['more than a quarter of a century', 'P25Y'], ['less than half an hour', 'PT30M'], ['half an hour', 'PT30M'], ['half a century', 'P50Y']] },
	{ name: 'in a history whose last time told is no day, “that Wednesday” is the day told before that fell on a Wednesday; a count in days back from a clock time is a day (“a few days before”), and one that does not open its clause is a look back the story does not move to', text: 'The flood took place on Wednesday, 15 January 1919, in Boston. The tank was built in 1915.\n\nThat Wednesday was mild. By midday the tank, filled a few days before, was groaning. At about 12:30 p.m. it burst.', reference: '2026-05-01', expected: [['That Wednesday', '1919-01-15'], ['midday', '1919-01-15T12:00'], ['a few days before', '1919-01-12'], ['12:30 p.m.', '1919-01-15T12:30']] },
	{ name: 'a part of the day after “During” or “Through” opening its sentence is of the day the story is at (“Through the night the troops surrounded the camp”), not the night of a clause after it', text: 'The battle began on the morning of Friday, 3 July 1187. In the afternoon the army halted. Through the night the troops surrounded the camp. On 4 July the attack came. During the afternoon the tent fell.', reference: '2026-05-01', expected: [['the night', '1187-07-03TNI'], ['the afternoon', '1187-07-04TAF']] },
	{ name: 'in a history, “the day before” with no day told to count from is the day before the one its sentence tells after it (“Heavy rain had fallen the day before, but the sky was clear on Saturday, 10 October”)', text: 'The Games were awarded to Tokyo in May 1959. In August 1964 the torch arrived. Heavy rain had fallen on Tokyo the day before, but the sky was clear on Saturday, 10 October.', reference: '2026-05-01', expected: [['the day before', '1964-10-09'], ['Saturday, 10 October', '1964-10-10']] },
	{ name: 'in a history, a bare year decades ahead of the story that ends its paragraph is a look ahead: a yearless date of the next paragraph goes on from the story (“identified only in 2011. ¶ … indicted for manslaughter in April”)', text: 'The fire broke out on Saturday, 25 March 1911. On 5 April more than 100,000 marched in a funeral procession. The last six victims were identified only in 2011.\n\nThe owners were indicted for manslaughter in April. Their trial opened on 4 December.', reference: '2026-05-01', expected: [['2011', '2011'], ['April', '1911-04'], ['4 December', '1911-12-04']] },
	{ name: 'in news, a date set for a thing told in the present (“Diwali falls on November 12”, “closes on”, “runs until”) is near the day of writing, after a flashback to an old year', text: 'Primary schools in Delhi will stay closed until November 10, the government said on Sunday. The scheme was first tried in January 2016 and was last enforced in November 2019. The timing is crucial. Diwali falls on November 12, and officials fear readings will rise.', reference: '2023-11-05', expected: [['November 2019', '2019-11'], ['November 12', '2023-11-12']] },
	{ name: 'a weekday after “since” is the last such day, whatever the clause’s verb (“had warned of a dangerous setup since Tuesday”: not a warning of a Tuesday to come)', text: 'Forecasters had warned of a dangerous setup since Tuesday. Officials warned of storms on Tuesday.', reference: '2023-04-01', expected: [['Tuesday', '2023-03-28'], ['Tuesday', '2023-04-04']] },
	{ name: 'the month a range ends at goes on from the month it starts at, told right before it (“held up from early June until mid-September”)', text: 'The airline said Thursday that profit rose. Demand held up from early June until mid-September.', reference: '2023-10-26', expected: [['mid-September', '2023-09']] },
	{ name: 'a count after “after” set after a date with a comma is no part of it (“On the night of 8 February, after a day-long bombardment,”)', text: 'The causeway was blown on 31 January 1942. On the night of 8 February, after a day-long bombardment, two divisions crossed the strait. At about 8.30 p.m. the first wave landed.', reference: '2026-05-01', expected: [['the night of 8 February', '1942-02-08TNI'], ['8.30 p.m.', '1942-02-08T20:30']] },
	{ name: 'in news, a day in a “when” clause after a year is of that year past an aside between commas (“in 2011, when Game 6 between St. Louis and Texas, set for Oct. 26, was pushed back”); a weekday in the paragraph after such anecdotes, which tells a year of its own, is the day of writing’s', text: 'The game was postponed by rain on Monday night. Rainouts have become rare. The last one came in 2011, when Game 6 between St. Louis and Texas, set for Oct. 26, was pushed back a day. The Cardinals won it the next night and took the title a day later. In 2008, Game 5 was suspended on Oct. 27. It was finished two days later.\n\nThe Yankees, who have not won a World Series since 2009, spent part of Monday afternoon in the indoor cage.', reference: '2024-10-29', expected: [['Oct. 26', '2011-10-26'], ['the next night', '2011-10-27TNI'], ['a day later', '2011-10-28'], ['Monday afternoon', '2024-10-28TAF']] },
	{ name: 'a named event its clause dates by a count (“Apollo 11 landed on the Moon nine months later”) is no time to count from: the count goes on from the time told before it', text: 'Apollo 7 lifted off on 11 October 1968 and spent nearly 11 days in orbit. Apollo 11 landed on the Moon nine months later.', reference: '2026-05-01', expected: [['nine months later', '1969-07']] },
	{ name: 'a plural noun’s “open” or “close” right before a weekday sets a thing to start or end that day (“Heating aid applications open Monday”, “Polls close Tuesday”); “stayed open Monday” is past', text: 'Heating aid applications open Monday as fuel costs climb. Polls close Tuesday at 8 p.m. The stores stayed open Sunday.', reference: '2025-11-12', expected: [['Monday', '2025-11-17'], ['Tuesday', '2025-11-18'], ['Sunday', '2025-11-09']] },
	{ name: 'a year of three digits after “the events of”, “the sack of” and the like, or alone in brackets after a name (“The Sack of Rome (410)”), is a year; a known event’s name ends before its year in brackets', text: 'The Sack of Rome (410)\n\nThe sack began on 24 August 410. The city was sacked again in 455. Historians debate how much the events of 410 mattered. A force of 300 held the pass.', reference: '2026-05-01', expected: [['Sack of Rome', '0410'], ['410', '0410'], ['455', '0455']], absent: ['Sack of Rome (410)', '300'] },
	{ name: 'a text that states many old years and none of the day of writing’s, nearly all a generation back, is a history though it names a late year and a few weekdays (a history of 1929 that compares 1987 and 2008)', text: 'The boom of the 1920s ended in 1929. Prices had doubled since 1925 and again by 1928, after a slump in 1921 and a boom in 1924. On Black Thursday, 24 October 1929, the market fell. The market held steady on Friday and slipped in the short Saturday morning session. Over the weekend margin calls went out. On Monday, October 28, the selling resumed. The slide continued into November. Banks failed in 1930 and 1931, and the low came in 1932. The Dow did not recover until November 1954, and crashes in 1987 and 2008 were compared with it.', reference: '2026-05-01', expected: [['the weekend', '1929-W43-WE'], ['Monday, October 28', '1929-10-28'], ['November', '1929-11']] },
	{ name: 'in a history, a weekday named after the early hours of the next day is the day before (“the early hours of Saturday … Friday night”), not six days on', text: 'Plans were laid in 1968 and the site moved in July 1969. The festival ran from Friday 15 to Monday 18 August 1969. On Thursday 14 August the roads filled. The music began on Friday at 5:07 p.m. and went on into the early hours of Saturday. Friday night had brought rain. A film followed in 1970.', reference: '2026-05-01', expected: [['Friday night', '1969-08-15TNI']] },
	{ name: 'a season’s word capitalised before a capitalised word is part of a name (“the Summer Reading Challenge”, “the Winter Storm Warning”), no season, and lends no year', text: 'The director said Wednesday that hours were cut in 2009 during the recession. More than 3,000 children have signed up for the Summer Reading Challenge, which began June 10 and runs through Aug. 17.', reference: '2024-06-27', expected: [['June 10', '2024-06-10'], ['Aug. 17', '2024-08-17']], absent: ['the Summer'] },
	{ name: 'in news, a clause that opens with “Next year’s” or “Last year’s” and a noun gives its year to a day after it (“Next year’s race is set for 26 April”)', text: 'The race started at 7.30am on Sunday because of the heat. Next year\u2019s race is set for 26 April, when mornings are cooler.', reference: '2025-04-13', expected: [['Next year', '2026'], ['26 April', '2026-04-26']] },
	{ name: 'a quarter a clause looks ahead to is the next one, past a participle of reporting with its own time (“the level announced this week will hold for the whole of the fourth quarter”); results to be reported are of the last', text: 'The regulator reviews the cap every three months, and the level announced this week will hold for the whole of the fourth quarter. The company will report its second-quarter results next week.', reference: '2024-08-23', expected: [['the fourth quarter', '2024-Q4'], ['second-quarter', '2024-Q2']] },
	{ name: 'a month’s short name after a year, before a capitalised word, is a first name (“around 1640 Jan Brueghel the Younger painted”); “1640 May and June” is a month', text: 'Around 1640 Jan Brueghel the Younger painted the speculators as monkeys. It rained in 1640 May and June.', reference: '2026-05-01', expected: [['1640', '1640'], ['1640 May', '1640-05']], absent: ['1640 Jan'] },
	{ name: '“of the year” before a year that ends its clause names that year (“the arrival of the year 2000.”), no year of the story; “By the end of the year 137 civilians” is the story’s', text: 'The canal passed to Panama on 31 December 1999. That night crowds celebrated the arrival of the year 2000. By the end of the year 137 civilians had left.', reference: '2026-05-01', expected: [['2000', '2000'], ['the end of the year', '2000']], absent: ['the year'] },
	{ name: 'in a history, a date with its year that a “would” of its clause looks ahead to is no time the story moves to (“provided that the canal would pass to Panama on the last day of 1999; … a plebiscite on 23 October”)', text: 'The treaties were signed on 7 September 1977. The treaty provided that the canal would pass entirely to Panama on 31 December 1999. Voters approved the agreements in a plebiscite on 23 October. Ratification followed in 1978.', reference: '2026-05-01', expected: [['31 December 1999', '1999-12-31'], ['23 October', '1977-10-23']] },
	{ name: 'in news, a recent flashback told by its months in a paragraph of its own ends with that paragraph (“… arrested in October of that year. ¶ The trial began on Feb. 24”); an old story told at length goes on', text: 'A Dayton man was convicted Friday of setting the fire. He set it alight at about 2:40 a.m. on July 9, 2022. Investigators spent three months on the case before he was arrested in October of that year.\n\nThe trial began on Feb. 24 with jury selection.', reference: '2025-03-21', expected: [['October of that year', '2022-10'], ['Feb. 24', '2025-02-24']] },
	{ name: '“the following century” and “the century” count from a century told just before, where no year is told yet (“fought during the 19th century … They ended at the beginning of the following century”; “the first century AD … the middle of the century”)', text: 'The wars were five conflicts fought during the 19th century. They ended at the beginning of the following century with the annexation.\n\nAksum rose in the first century AD. By the middle of the century its port traded with Rome.', reference: '2026-05-01', expected: [['the following century', '19'], ['the middle of the century', '00']] },
	{ name: 'a bare year a state lasted until (“opened a dictatorship that lasted until 1990”) is its end, no time the story moves to: “Half a century later” counts from the story', text: 'The coup of 11 September 1973 overthrew the government of Salvador Allende and opened a dictatorship that lasted until 1990. Half a century later, it remains the most divisive date in the country.', reference: '2023-09-11', expected: [['1990', '1990'], ['Half a century later', '2023']] },
	{ name: 'a year in a claim told in the past perfect is a look back though an adverb after a comma stands between them (“claimed that Edward had promised him the throne years earlier, probably in 1051”): “In late April” is the story’s year', text: 'Edward the Confessor died on 5 January 1066. William of Normandy claimed that Edward had promised him the throne years earlier, probably in 1051. In late April a bright comet was visible for about a week.', reference: '2026-06-01', expected: [['1051', '1051'], ['late April', '1066-04']] },
	{ name: '“over the next decade” is ten years, a length (“Defence receives an extra $12 billion over the next decade”)', text: 'Defence receives an extra $12 billion over the next decade.', reference: '2026-05-13', expected: [['the next decade', 'P10Y']] },
	{ name: '“recall” as a noun, or with a count after it, is a product recall, no memory (“announced the recall on Friday, shortly after 5 p.m.”): the story moves to Friday, and the clock time is Friday’s', text: 'The maker recalled 12 batches of formula. The agency announced the recall on Friday, shortly after 5 p.m., in a notice.', reference: '2025-04-08', expected: [['Friday', '2025-04-04'], ['5 p.m.', '2025-04-04T17:00']] },
	{ name: 'in news, a clock time whose clause tells its tense only after it (“In its 5 a.m. EDT advisory, the center put …”) is told in the past: not on a day ahead told before', text: 'The storm is expected to make landfall late Wednesday or early Thursday. In its 5 a.m. EDT advisory, the National Hurricane Center put the winds at 85 mph.', reference: '2025-09-02', expected: [['5 a.m. EDT', '2025-09-02T05:00']] },
	{ name: 'in news, a morning clock time after a night told since the day the story is at is on the day after (“closed at 6 p.m. on Sunday … kept under guard overnight. Counting began at 8 a.m.”)', text: 'Polls closed at 6 p.m. on Sunday, and ballot boxes were kept under police guard overnight. Counting began at 8 a.m. local time.', reference: '2024-11-11', expected: [['Sunday', '2024-11-10'], ['8 a.m.', '2024-11-11T08:00']] },
	{ name: '“the next day or so”, “the next month or so”: about one unit ahead, a length with its “or so” (not a day with no value)', text: 'Over the next day or so, the storm will be over very warm water. He is expected to miss the next month or so.', reference: '2025-09-02', expected: [['the next day or so', 'P1D'], ['the next month or so', 'P1M']] },
	{ name: 'a lower-case “may” after a date phrase is the verb, no month (“thunderstorms forecast for later this week may bring some relief”)', text: 'Rain fell on Friday, and isolated thunderstorms forecast for later this week may bring some relief.', reference: '2026-01-21', expected: [['later this week', '2026-W04']], absent: ['later this week may'] },
	{ name: 'in a text that writes “AD 64”, a year of two digits after “in” that ends its phrase is a year (“a small child in 64, reported”, “opened by his son Titus in 80 with games”); a count is not (“in 30 days”)', text: 'The fire broke out on the night of 18–19 July AD 64. Tacitus, who was a small child in 64, wrote of it half a century later. The amphitheatre was opened by Titus in 80 with games. It was built in 30 days.', reference: '2026-06-15', expected: [['64', '0064'], ['half a century later', '0114'], ['80', '0080']], absent: ['30'] },
	{ name: 'a sentence that ends on “p.m.” and a second full stop (“at 5 p.m.. Three days later”) ends there: two expressions, not one', text: 'On 28 January 1986 the president spoke from the Oval Office at 5 p.m.. Three days later he spoke in Houston.', reference: '2026-06-15', expected: [['5 p.m.', '1986-01-28T17:00'], ['Three days later', '1986-01-31']] },
	{ name: 'a date in a quotation takes no tense from the attribution after its closing mark (“… cuts once in the fall, most likely in October,” said an economist): in news the nearest fall and October', text: 'The bank held its rate on Wednesday. “I think the bank stays on the sidelines in September and cuts once in the fall, most likely in October,” said an economist.', reference: '2025-07-30', expected: [['the fall', '2025-FA'], ['October', '2025-10']] },
	{ name: 'what a thing named after “follows” came after is gone by (“The declaration follows the failure of the rains in October and November”): no timetable, the nearest October and November before the day of writing', text: 'The municipality declared a drought disaster on Monday. The declaration follows the failure of the rains in October and November.', reference: '2026-01-21', expected: [['October', '2025-10'], ['November', '2025-11']] },
	{ name: '“since” right before a month is a time gone by, though the clause looks ahead (“he will meet the Prime Minister, where the two governments are expected to sign a treaty that has been under negotiation since January”)', text: 'Later that day he will meet the Prime Minister at Downing Street, where the two governments are expected to sign a treaty that has been under negotiation since January.', reference: '2025-04-02', expected: [['January', '2025-01']] },
	{ name: 'in news, a body named with a capital and its verb before a day is a subject and its verb, no noun and participle (“a calendar the Board of Education approved Tuesday night”): a clock time told next in the past is on that day', text: 'Students will head back to class on Aug. 18 under a calendar the Board of Education approved Tuesday night.\n\nThe board voted 5-0 for the calendar at a meeting that began at 7 p.m. and ran for nearly three hours.', reference: '2025-06-05', expected: [['Tuesday night', '2025-06-03TNI'], ['7 p.m.', '2025-06-03T19:00']] },
	{ name: 'in a history, a dawn after a night told since the day the story is at is the next day’s (“On 20 October … withdrew during the night … followed before dawn”); not after a night told in that day’s small hours (“shortly after midnight on 6 June 1944 … the rest of the night … At dawn”)', text: 'On 20 October 1600 Ieyasu reached Akasaka. Mitsunari withdrew during the night to the valley. The eastern army followed before dawn. That morning the valley was filled with fog.\n\nShortly after midnight on 6 June 1944, glider troops landed beside the bridges. Paratroopers spent the rest of the night searching for their units.\n\nAt dawn the warships opened fire.', reference: '2026-06-15', expected: [['dawn', '1600-10-21TMO'], ['That morning', '1600-10-21TMO'], ['the night', '1944-06-06TNI'], ['dawn', '1944-06-06TMO']] },
	{ name: 'a look back in the past perfect that opens a paragraph, then a clause of its own in the simple past in its sentence (“Mongke had died in China on 11 August 1259, and when the news reached Hulagu in the spring he withdrew”): the story’s year, after March 1260', text: 'Aleppo fell in January 1260 after a siege of six days. Damascus opened its gates in March.\n\nThen events far away intervened. Mongke had died in China on 11 August 1259, and when the news reached Hulagu in the spring he withdrew most of his army.', reference: '2026-06-15', expected: [['March', '1260-03'], ['the spring', '1260-SP']] },
	{ name: 'a death told ahead after “until” (“ruled for the next seventeen years, until his death in Damascus on 1 July 1277”) is an aside: the next paragraph’s “December” goes on from the story', text: 'On 24 October 1260 Qutuz was struck down. Baybars was proclaimed sultan the same day and ruled for the next seventeen years, until his death in Damascus on 1 July 1277.\n\nHulagu sent a new force into Syria in December, but it was defeated near Homs.', reference: '2026-06-15', expected: [['1 July 1277', '1277-07-01'], ['December', '1260-12']] },
	{ name: '“the spring of” and a place’s name is a spring of water, no season (“met in the early morning of 3 September near the spring of Ain Jalut”): “midday” after it is that day’s', text: 'The armies met in the early morning of 3 September 1260 near the spring of Ain Jalut. After several hours of fighting Kitbuqa was killed, and by midday his army was fleeing east.', reference: '2026-06-15', expected: [['midday', '1260-09-03T12:00']], absent: ['the spring'] },
	{ name: 'a day a people keeps in the present (“North Korea celebrates the alphabet on 15 January”) is a day of every year', text: 'South Korea marks Hangul Day with exhibitions, while North Korea celebrates the alphabet on 15 January.', reference: '2026-06-15', expected: [['15 January', 'XXXX-01-15']] },
	{ name: 'a bare span after “after”, “amid” and the like and before “of” (“after weeks of showers”, “amid months of talks”), or after “for” and before “before” or “after” (“for decades after his death”, “burned for hours before it sank”), is a length not counted', text: 'The ground was saturated after weeks of showers. A deal came amid months of talks. For decades after his death the elite kept its distance. The ship burned for hours before it sank. Two weeks after the vote, prices rose.', reference: '2025-11-13', expected: [['weeks', 'PXW'], ['months', 'PXM'], ['decades', 'PXY'], ['hours', 'PTXH']], absent: ['weeks after the vote'] },
	{ name: 'in news, a clock time in the small hours after an evening named by its day is the next day’s (“in the control room on Wednesday evening broke into applause shortly before 4 a.m.”)', text: 'Engineers gathered in the control room on Wednesday evening. They broke into applause shortly before 4 a.m., when the first frames arrived.', reference: '2026-03-19', expected: [['Wednesday evening', '2026-03-18TEV'], ['4 a.m.', '2026-03-19T04:00']] },
	{ name: 'a weekday that opens its sentence, a subject with “of” and “will” after it, is ahead (“On Sunday afternoon, members of the Hadley Players will reenact”)', text: 'The museum opened in May 1876. On Sunday afternoon, members of the Hadley Players will reenact the charter meeting.', reference: '2026-05-08', expected: [['Sunday afternoon', '2026-05-10TAF']] },
	{ name: 'in news, “the new year” is the one after the day of writing, past a bare year told before (“kept many people at home for three years from 2020 … as the new year begins”)', text: 'Officials said on Friday that travel had fully recovered from the pandemic, which kept many people at home for three years from 2020. On New Year’s Eve the last stroke will sound at midnight, as the new year begins.', reference: '2025-12-26', expected: [['2020', '2020'], ['the new year', '2026']] },
	{ name: 'a weekday and a day of a month joined as a range (“from Saturday through Jan. 4”, “from Friday to Jan. 4”) are two dates, the second on or after the first', text: 'Workers get nine days off, from Saturday through Jan. 4. Bookings for the period from Friday to Jan. 4 rose.', reference: '2025-12-26', expected: [['Saturday', '2025-12-27'], ['Jan. 4', '2026-01-04'], ['Friday', '2025-12-26'], ['Jan. 4', '2026-01-04']] },
	{ name: '“the back half” and “the front half” of a year are its second and first halves (“the back half of 2026 looks very different”); no quarter is so named (“the back quarter of the hall”)', text: 'If it can, the back half of 2026 looks very different. The front half of the year was weak. He sat in the back quarter of the hall.', reference: '2025-09-10', expected: [['the back half of 2026', '2026-H2'], ['The front half of the year', '2025-H1']], absent: ['the back quarter'] },
	{ name: 'in news, an evening told in the past after a day named by its small hours is the evening before them (“the debate ran into the early hours of Thursday … passed the bill at 10:52 p.m.”)', text: 'Lawmakers approved the bill late on Wednesday night after a debate that ran into the early hours of Thursday. The chamber passed the bill at 10:52 p.m., then went on to debate amendments.', reference: '2025-02-13', expected: [['the early hours of Thursday', '2025-02-13TMO'], ['10:52 p.m.', '2025-02-12T22:52']] },
	{ name: 'in news, a month of a season told with its year in the sentence before (“as Covid-19 spread through the building in the winter of 2020-21, an inquiry heard on Wednesday. The inquiry is examining the deaths between December and February”) is of that season', text: 'Staff worked back-to-back shifts as Covid-19 spread through the building in the winter of 2020-21, a statutory inquiry heard on Wednesday.\n\nThe inquiry is examining the deaths of 23 residents between December and February.', reference: '2024-11-21', expected: [['the winter of 2020-21', '2020-WI'], ['December', '2020-12'], ['February', '2021-02']] },
	{ name: '“were” a few words before “until” is a time gone by (“We were at the table until 11 p.m. Sunday”), not a limit ahead; “were given until March 24 to wind down” is one', text: '“We were at the table until 11 p.m. Sunday, and they would not move,” the local president said. Companies were given until March 24 to wind down existing transactions, officials said.', reference: '2025-10-08', expected: [['11 p.m. Sunday', '2025-10-05T23:00'], ['March 24', '2026-03-24']] },
	{ name: 'national days in news (“Monday was also Australia Day”, “at 7am on St Stephen’s Day”)', text: 'Horsham sweltered through its hottest day on record on Monday. Monday was also Australia Day. A nurse described arriving for work at 7am on St Stephen’s Day.', reference: '2026-01-28', expected: [['Australia Day', '2026-01-26'], ['St Stephen’s Day', '2025-12-26']] },
	{ name: '“almost overnight”, “virtually overnight” is suddenly, no night', text: 'The film premiered on Saturday night and made her a festival favourite almost overnight.', reference: '2024-09-09', expected: [['Saturday night', '2024-09-07TNI']], absent: ['overnight'] },
	{ name: 'weekdays listed after “today” (“The bans cover today, Thursday and Friday”) are the days after it; “Tomorrow, Thursday,” is that day', text: 'The bans, which came into force at 12:01am, cover today, Thursday and Friday.\n\n“Tomorrow, Thursday, is the first day of the festival,” the statement said.', reference: '2026-01-28', expected: [['Thursday', '2026-01-29'], ['Friday', '2026-01-30'], ['Thursday', '2026-01-29']] },
	{ name: 'a national day a history names as an institution (“Anzac Day was first marked in 1916”) is no day', text: 'The colonies federated in 1901. Troops sailed in 1914, landed on 25 April 1915 and left in December 1915. Anzac Day was first marked in 1916.', reference: '2026-06-15', expected: [['1916', '1916']], absent: ['Anzac Day'] },
	{ name: 'a name made of a count and its unit is no length (“the First Five-Year Plan”); “a five-year plan” is one', text: 'Dissatisfied with the pace of the First Five-Year Plan, he pressed on. A five-year plan began.', reference: '2026-06-15', expected: [['five-year', 'P5Y']], absent: ['Five-Year', 'the First Five-Year'] },
	{ name: 'a capitalised “Daily” after a name’s possessive is a newspaper (“the People’s Daily reported”), no set', text: 'Communes competed to promise higher targets, and the People’s Daily reported record harvests.', reference: '2026-06-15', expected: [], absent: ['Daily'] },
	{ name: 'a month and “that year” (“was charged in November that year”) is one expression, of the story’s year; “July the following year” the year after it', text: 'Feaver stole the money in the spring of 2022. She resigned the following day and was charged in November that year. She left the country in July the following year.', reference: '2024-05-17', expected: [['November that year', '2022-11'], ['July the following year', '2023-07']], absent: ['that year', 'November'] },
	{ name: '“night” before a noun in lower case (“brings back night train”, “a direct night train”) and a holiday after “pre-” (“a pre-Christmas strike”) are no times', text: 'Dutch timetable brings back night train; unions threaten pre-Christmas strike. NS will add a direct night train to Copenhagen. The offices close on Christmas Eve.', reference: '2025-12-10', expected: [['Christmas Eve', '2025-12-24']], absent: ['night', 'Christmas'] },
	{ name: '“first light” is a morning, of the day named after it; “overnight because of” is the night', text: 'Two climbers were last heard from on Saturday. The search was suspended overnight because of high winds. It resumed at first light on Sunday.', reference: '2025-07-21', expected: [['overnight', '2025-07-20TNI'], ['first light', '2025-07-20TMO'], ['Sunday', '2025-07-20']] },
	{ name: '“two summers ago”, “three winters ago”: seasons counted back from the last one before the day of writing', text: 'The last fatal accident on the peak was two summers ago. Three winters ago it snowed in the valley.', reference: '2025-07-21', expected: [['two summers ago', '2023-SU'], ['Three winters ago', '2022-WI']] },
	{ name: '“This year” in the frame of an anniversary (“This year, a century after the landing,”, “as every year”), in a history, counts from the day of writing', text: 'The colonies federated in 1901. Troops sailed in 1914, landed on 25 April 1915 and left in December 1915. Anzac Day was first marked in 1916; it was a holiday by 1921, and by 1927 every state kept it. The march grew in 1938, shrank in 1942 and grew again in 1946. This year, a century after the landing, crowds gathered at dawn.', reference: '2015-04-25', expected: [['1946', '1946'], ['This year', '2015']] },
	{ name: 'what an anniversary recalls (“the anniversary of the day in 1844 on which …”) is no time the story moves to', text: 'The colonial secretary announced the date: 6 March 1957, the anniversary of the day in 1844 on which Fante chiefs had signed a bond. On the evening of 5 March crowds gathered.', reference: '2022-03-06', expected: [['6 March 1957', '1957-03-06'], ['1844', '1844'], ['the evening of 5 March', '1957-03-05TEV']] },
	{ name: 'in a history written on an anniversary, “Eighty years ago” that lands on the story’s year counts from the day of writing; a likeness (“like the one of 1953”) is no time the story moves to', text: 'At 10 p.m. on 18 March 1938, President Cárdenas told his listeners that the oil had passed to the nation. Eighty years ago, that broadcast turned a dispute into a national cause. On 22 October 1979 the Shah was admitted to the United States, and in Tehran the decision looked like the prelude to another coup, like the one of 1953. Carter froze Iranian assets on 14 November.', reference: '2018-03-18', expected: [['Eighty years ago', '1938'], ['1953', '1953'], ['14 November', '1979-11-14']] },
	{ name: 'a day and the clock time after “at” are two expressions, as TimeML draws them (“March 3 at 2:15 p.m. ET”); a count before “, at” stays apart from the clock', text: 'The outage began on March 3 at 2:15 p.m. ET. A hearing is set for May 14 at 6:30 p.m. They waited. Three days later, at 6 o’clock, the ship docked. Reservations open on March 10 at noon.', reference: '2023-03-06', expected: [['March 3', '2023-03-03'], ['2:15 p.m. ET', '2023-03-03T14:15'], ['May 14', '2023-05-14'], ['6:30 p.m.', '2023-05-14T18:30'], ['Three days later', '2023-05-17'], ['March 10', '2023-03-10'], ['noon', '2023-03-10T12:00']] },
	{ name: 'a night told after a time in its small hours is the night of the day before', text: 'The invasion began on June 6, 1944. Glider troops captured the bridges at 12:16 a.m. Paratroopers jumped during the night.', reference: '2026-06-04', expected: [['June 6, 1944', '1944-06-06'], ['12:16 a.m.', '1944-06-06T00:16'], ['the night', '1944-06-05TNI']] },
	{ name: 'a clock time before “the next morning” is on that day; “11 o’clock that morning” is one time, of the day the story is at', text: 'Lincoln was shot on the evening of April 14, 1865. He died at 7:22 a.m. the next morning. Johnson took the oath at about 11 o’clock that morning.', reference: '2012-04-09', expected: [['the evening of April 14, 1865', '1865-04-14TEV'], ['7:22 a.m.', '1865-04-15T07:22'], ['the next morning', '1865-04-15TMO'], ['11 o’clock that morning', '1865-04-15T11:00']] },
	{
		name: 'a clock time in a night told before it: the evening on its first day, the small hours on the next; and past midnight after a late time',
		text: 'On the night of 14–15 April 1912, the ship struck an iceberg at 11:40 p.m. ship’s time. The first boat was lowered at about 12:45 a.m.',
		reference: '2009-12-19',
		expected: [['11:40 p.m.', '1912-04-14T23:40'], ['12:45 a.m.', '1912-04-15T00:45']]
	},
	{ name: 'midnight after a time of day told before: the midnight that ends its day', text: 'On the evening of 9 November 1989, crowds gathered at the checkpoints, and shortly before midnight the guards opened the gates.', reference: '2009-12-19', expected: [['midnight', '1989-11-09T24:00']] },
	{ name: 'midnight after a time of day, in history', text: 'The Wall went up in 1961. Kennedy came in 1963. A student was shot in 1967. On the evening of 9 November 1989, crowds gathered, and shortly before midnight the guards opened the gates.', reference: '2009-12-19', expected: [['midnight', '1989-11-09T24:00']] },
	{ name: 'the small hours of a night', text: 'Mobs burned synagogues across Germany on the night of 9 November 1938, and at 2 a.m. the police stood by.', reference: '2009-12-19', expected: [['2 a.m.', '1938-11-10T02:00']] },
	{ name: 'in news, a clock time alone is on the day the story last told', text: 'The rover touched down on Mars on Thursday afternoon.\n\nIt landed in Jezero Crater at 3:55 p.m. EST, and engineers cheered.', reference: '2021-02-19', expected: [['3:55 p.m. EST', '2021-02-18T15:55']] },
	{
		name: 'a flashback told by the time of day lends its year, as one told by day does',
		// A recent year too, so the text is neither history nor only past: only the flashback's day can lend its year.
		text: 'Shares have risen 3% in 2025. On October 14, 1962, a spy plane photographed missile sites. That same morning the president was told. On October 22, Kennedy spoke on television.',
		expected: [['October 22', '1962-10-22']]
	},
	{
		name: 'in news, a date counted from the day of writing brings the story back from a flashback',
		text: 'The first rover, Sojourner, landed in July 1997. Last year, China launched a mission to Mars; it entered orbit on Feb. 10.',
		reference: '2021-02-19',
		expected: [['Feb. 10', '2021-02-10']]
	},
	{
		name: 'in news, a length of time up to now brings the story back from a flashback',
		text: 'He was convicted in November 2018. A retrial began in late September of that year. Evidence gathered over the past 18 months shows the fire was an accident. The commission referred the case to the court in January.',
		reference: '2022-05-05',
		expected: [['January', '2022-01']]
	},
	{
		name: 'in news, a year told since a flashback and later than it, even in an aside, brings the story back from it',
		text: 'Lawyers for Pinochet won a ruling late Friday, with hearings set for next week. He was arrested on Oct. 16. Troops attacked the palace on Sept. 11, 1973; thousands were killed between 1973 and 1990. The judge has investigated since 1996. The High Court ruled on Oct. 28 that he was immune.',
		reference: '1998-12-12',
		expected: [['Sept. 11, 1973', '1973-09-11'], ['Oct. 28', '1998-10-28']]
	},
	{
		name: 'in news, a flashback in an aside lends no year',
		text: 'The party won the most votes in Sunday’s election. It had 136 seats, up from 89 in the last election in November 2019. Sánchez called the election in May.',
		reference: '2023-07-24',
		expected: [['November 2019', '2019-11'], ['May', '2023-05']]
	},
	{ name: 'a clock time alone takes the day the story is at', text: 'The armistice was signed on 11 November 1918. At 10:57 the guns fell silent.', reference: '2009-12-19', expected: [['11 November 1918', '1918-11-11'], ['10:57', '1918-11-11T10:57']] },
	{ name: 'that afternoon is the story’s day', text: 'On 31 January 1965, troops landed. They moved north that afternoon.', reference: '2009-12-19', expected: [['that afternoon', '1965-01-31TAF']] },
	{ name: 'a part of a day told sets the story’s day', text: 'The brigade was ordered out on the morning of 31 January 1965. It landed that afternoon.', reference: '2009-12-19', expected: [['that afternoon', '1965-01-31TAF']] },
	{ name: 'a clock time after a clock time is on the same day', text: 'The armistice was signed on 11 November 1918. At 10:57 the guns fired. At 10:58 they fell silent.', reference: '2009-12-19', expected: [['10:58', '1918-11-11T10:58']] },
	{ name: 'noon and midnight before “on” a day are on that day', text: 'The siege went on through 1855. The French stormed the Malakoff at noon on 8 September. The treaty was signed shortly before midnight on 31 May 1902.', reference: '2009-12-19', expected: [['noon', '1855-09-08T12:00'], ['midnight', '1902-05-31T24:00']] },
	{ name: 'a range of clock times is two times, on the day its sentence tells, however far from the day of writing; so is a midnight', text: 'On Election Day, polls will be open from 7 a.m. to 7 p.m. Officials hope to count the ballots cast on Election Day by midnight. The wind warning runs from 06:00 to 21:00 GMT.', reference: '2024-08-26', expected: [['7 a.m.', '2024-11-05T07:00'], ['7 p.m.', '2024-11-05T19:00'], ['midnight', '2024-11-05T24:00'], ['06:00', '2024-08-26T06:00'], ['21:00 GMT', '2024-08-26T21:00']] },
	{ name: 'a clock time before "the next day" is on that day', text: 'Talks failed, and on 22 February 1991 Bush gave Saddam until noon the next day, Washington time, to withdraw. The convoy left at 6 a.m. the following day.', reference: '2010-06-15', expected: [['noon', '1991-02-23T12:00'], ['the next day', '1991-02-23'], ['6 a.m.', '1991-02-24T06:00']] },
	{ name: 'a clock time and the day after its “on” are two expressions', text: 'The guns fell silent at 11 a.m. on 11 November 1918. A hearing was set for 10:00 on 18 April 1919.', expected: [['11 a.m.', '1918-11-11T11:00'], ['11 November 1918', '1918-11-11'], ['10:00', '1919-04-18T10:00'], ['18 April 1919', '1919-04-18']] },
	{ name: 'the early afternoon in news is the day the story is at, its article kept', text: 'Russia struck the power grid on Monday. A missile hit Kyiv in the early afternoon; dealers sold in the morning.', reference: '2024-11-18', expected: [['Monday', '2024-11-18'], ['the early afternoon', '2024-11-18TAF'], ['the morning', '2024-11-18TMO']] },
	{ name: 'a story goes on into the next year: January in a winter, a spring after November', text: 'The siege began in October 1854. On 4 November the Russians attacked. The winter of 1854–55 was harsh, and by January more soldiers were in hospital than fit for duty. The death rate fell sharply in the spring.', reference: '2009-12-19', expected: [['January', '1855-01'], ['the spring', '1855-SP']] },
	{ name: 'the early hours of a day are its morning', text: 'The war began in June 1967. The position fell in the early hours of 6 June. Saigon fell in the early morning hours of 30 April 1975.', reference: '2009-12-19', expected: [['the early hours of 6 June', '1967-06-06TMO'], ['the early morning hours of 30 April 1975', '1975-04-30TMO']] },
	{ name: 'a spring after a November is the next year’s', text: 'On 4 November 1854 the Russians attacked. The death rate fell sharply in the spring.', reference: '2009-12-19', expected: [['the spring', '1855-SP']] },
	{ name: '… unless the clause looks back', text: 'On 4 November 1854 the Russians attacked. The officers had arrived in the spring.', reference: '2009-12-19', expected: [['the spring', '1854-SP']] },
	{ name: 'a history that says what stands today is still a history', text: 'The war began on the morning of 5 June 1967. In the early afternoon Jordanian troops advanced. Peace came in 1979, and the last of Sinai was returned in 1982. The Golan Heights remain under Israeli control today.', reference: '2009-12-19', expected: [['the early afternoon', '1967-06-05TAF'], ['today', null]] },
	{ name: 'a part of the day in news with no day told is the day of writing', text: 'More heavy gunfire was heard in the province. By mid afternoon, official sources said the operation was over.', reference: '1998-03-06', expected: [['mid afternoon', '1998-03-06TAF']] },
	{ name: 'a part of the day whose day is named after it is not the story’s', text: 'Stocks fell on Friday. Officials released tapes from the night the plane went down, and from the early morning hours of its last day.', reference: '1998-01-14', expected: [['the night', 'XXXX-XX-XXTNI'], ['the early morning', 'XXXX-XX-XXTMO']] },
	{ name: 'early the next morning is the day after the story’s', text: 'The war began in 1861 and raged through 1862 and 1863. Lincoln was shot on April 14, 1865. He died early the next morning.', expected: [['early the next morning', '1865-04-15TMO']] },
	{
		name: '"the day after" an untold event, set beside a date, is that date',
		text: 'The army crossed the border on 1 October 1950. The Politburo authorized intervention on 2 October 1950-the day after the ROK Army crossed the parallel.',
		reference: '2009-12-19',
		expected: [['2 October 1950', '1950-10-02'], ['the day after', '1950-10-02']]
	},
	{
		name: 'a time before a zone and "on" a day is on that day',
		text: 'Talks broke down on July 10, 2002. At 5:34 AM Baghdad time on March 20, 2003 the invasion began.',
		reference: '2009-12-19',
		expected: [['5:34 AM', '2003-03-20T05:34'], ['March 20, 2003', '2003-03-20']]
	},
	{ name: 'in news a bare time is on the day of writing', text: 'Polls close at 8 p.m. in most states.', reference: '2000-11-07', expected: [['8 p.m.', '2000-11-07T20:00']] },
	{ name: 'a time and a weekday after "p.m." stay one expression', text: 'The vote is set for 10 p.m. Wednesday in the capital.', reference: '1998-02-13', expected: [['10 p.m. Wednesday', '1998-02-18T22:00']] }
]);

table('a part of a named day', [
	{ name: 'a part of the day "on" a full date is that part of the day, and the story goes on from it', text: 'Luther appeared before the assembly in the afternoon on 17 April 1521. The next evening he refused to recant.', reference: '2009-12-19', expected: [['the afternoon on 17 April 1521', '1521-04-17TAF'], ['The next evening', '1521-04-18TEV']] },
	{ name: 'the morning of a full date', text: 'Escalation started on the morning of 31 January 1965.', reference: '2009-12-19', expected: [['the morning of 31 January 1965', '1965-01-31TMO']] },
	{ name: 'the night of a date with its year after', text: 'Revere rode on the night of April 18, 1775.', reference: '2009-12-19', expected: [['the night of April 18, 1775', '1775-04-18TNI']] }
]);

table('a length of time before an undated clause is a duration', [
	{ name: 'a clause in the present, and one that ends at a comma before the next', text: 'The film opens on May 10, a week after the tour begins, and will arrive on a streaming service next fall.', reference: '2024-02-21', expected: [['May 10', '2024-05-10'], ['a week', 'P1W'], ['next fall', '2024-FA']] },
	{ name: 'a plan told in the past perfect is a day the story may go on to', text: 'The accident occurred at 01:23 on Saturday, 26 April 1986. The explosion happened during a test that had been scheduled for Friday, 25 April. At about 2 p.m. that afternoon the operators began reducing power.', reference: '2021-04-23', expected: [['Friday, 25 April', '1986-04-25'], ['2 p.m.', '1986-04-25T14:00'], ['that afternoon', '1986-04-25TAF']] },
	{ name: 'a day to come in an infinitive is a plan: the story stays where it was', text: 'On the afternoon of Thursday, 9 November 1989, the Politburo approved a rule intended to take effect the following day. At about 6 p.m. the spokesman began a press conference.', reference: '2019-11-08', expected: [['the following day', '1989-11-10'], ['6 p.m.', '1989-11-09T18:00']] },
	{ name: 'in news, a clock time after a day counted from the day of writing is not the old story\'s', text: 'Fifty years ago, on July 20, 1969, the town watched the landing. The next morning, the council voted to hold a picnic on the anniversary the following year. This year the picnic is on Saturday. Events begin at 10 a.m. with a breakfast.', reference: '2019-07-18', expected: [['The next morning', '1969-07-21TMO'], ['the following year', '1970'], ['Saturday', '2019-07-20'], ['10 a.m.', '2019-07-20T10:00']] },
	{ name: 'a quarter century and half a century, as lengths and as dates counted from the story', text: 'A quarter century after the flood, the town remembers. It ended a quarter of a century of quarrels. The Soviet Union fell in December 1991. A quarter of a century later, the events were remembered. The war ended in 1945. Half a century later, a treaty was signed.', reference: '2022-03-03', expected: [['A quarter century', 'P25Y'], ['a quarter of a century', 'P25Y'], ['A quarter of a century later', '2016'], ['Half a century later', '1995']] },
	{ name: 'a part of a season keeps its words in the extent', text: 'The army marched in June 1849. By the end of the summer Austria had restored its grip. Judge Jeffreys sent rebels to the gallows late that summer.', reference: '2020-01-01', expected: [['June 1849', '1849-06'], ['the end of the summer', '1849-SU'], ['late that summer', '1849-SU']] },
	{ name: 'a headline tells what is to come with "to" and a verb', text: 'Search for missing hiker near Bellwether Lake to resume Sunday\n\nSearchers will return to the mountains.', reference: '2019-10-12', expected: [['Sunday', '2019-10-13']] },
	{ name: 'a part of the day after a quotation and “By”, or “early in the”: the day the story is at; in news, after a day far from the day of writing, that day', text: 'On May 1, 1898, Dewey said, "You may fire when you are ready." By early afternoon the squadron had been sunk. Troops took the heights on 10 June 1967 and entered the town early in the afternoon.', reference: '2016-07-12', expected: [['early afternoon', '1898-05-01TAF'], ['early in the afternoon', '1967-06-10TAF']] },
	{ name: 'in news, the afternoon after a day far from the day of writing is the day of writing’s', text: 'Oil fell on Tuesday. OPEC meets in Vienna on June 25. Gold was fixed at $348.25 in London in the afternoon.', reference: '1997-04-08', expected: [['the afternoon', '1997-04-08TAF']] },
	{ name: 'a part of the day set beside a date, and one after "by": the day the story is at', text: 'On the night of April 18, 1775, the regulars marched out. The first shots were fired on Lexington green early the next morning, April 19, 1775, and by evening the column was retreating to Boston. On the morning of Wednesday, 21 August 1991, the minister ordered the troops out. By the evening the plotters had fled.', reference: '2016-07-12', expected: [['the night of April 18, 1775', '1775-04-18TNI'], ['April 19, 1775', '1775-04-19'], ['evening', '1775-04-19TEV'], ['the morning of Wednesday, 21 August 1991', '1991-08-21TMO'], ['the evening', '1991-08-21TEV']] },
	{ name: 'a bare span before "of" or a clause is the unit alone', text: 'Firemen arrived within minutes and fought the fires. Within hours of the announcement, tickets sold out. The two were killed within days of each other.', reference: '2020-01-01', expected: [['minutes', 'PTXM'], ['hours', 'PTXH'], ['days', 'PXD']] },
	{ name: 'a night across two days is one phrase, on its first day', text: 'The offensive began in January 1968. The first attacks came on the night of 29-30 January, when units struck. India followed during the night of 14-15 August 1947.', reference: '2019-03-08', expected: [['the night of 29-30 January', '1968-01-29TNI'], ['the night of 14-15 August 1947', '1947-08-14TNI']] },
	{ name: 'lengths told from the story (“the months that followed”) and half an hour before a thing', text: 'In the months that followed, millions crossed. During the eleven years that followed his government replaced the old order. The decade that followed was calm. He spoke half an hour after the statement.', reference: '2019-03-14', expected: [['the months that followed', 'PXM'], ['the eleven years that followed', 'P11Y'], ['The decade that followed', 'P10Y'], ['half an hour', 'PT30M']] },
	{ name: 'lengths of time before “before”: after “for only”, “lasted”, “over”', text: 'His successor reigned for only forty-six days before surrendering to Liu Bang in 206 BC. The fighting lasted nine days before the ceasefire. The tribunal indicted 93 people over 21 years before it closed in December 2015.', reference: '2019-03-14', expected: [['forty-six days', 'P46D'], ['nine days', 'P9D'], ['21 years', 'P21Y'], ['December 2015', '2015-12']] },
	{ name: '"last" as a verb, and "for almost two years before": lengths of time', text: 'Filming will begin in April and last about five months. It sat on a shelf for almost two years before the network ordered it in October 2015. Sales rose and last week the index fell.', reference: '2016-11-29', expected: [['five months', 'P5M'], ['two years', 'P2Y'], ['October 2015', '2015-10'], ['last week', '2016-W47']] },
	{ name: 'a count before "earlier than" or "later than" is a length, not a date', text: 'Play will begin at 10.30am, half an hour earlier than in the Perth Test. We brought it here two weeks earlier than planned. Two days later the city fell.', reference: '2018-12-20', expected: [['half an hour', 'PT30M'], ['two weeks', 'P2W'], ['Two days later', '2018-12-22']] },
	{ name: 'Black Friday and Cyber Monday follow Thanksgiving; “Black Friday sales” is no day', text: 'Shoppers flocked to its Black Friday and Cyber Monday promotions. Black Friday sales rose.', reference: '2025-03-05', expected: [['Black Friday', '2024-11-29'], ['Cyber Monday', '2024-12-02']] },
	{ name: 'a holiday close to the day of writing is that one, whatever the tense; "Memorial Day last year"', text: 'Australia have named an unchanged squad for the third Test, starting on Boxing Day, after the hosts levelled the series. Gas is 10 cents below the price drivers paid on Memorial Day last year.', reference: '2018-12-20', expected: [['Boxing Day', '2018-12-26'], ['Memorial Day last year', '2017-05-29']] },
	{ name: 'a thing\'s noun phrase ends at its comma or at the next subject; a count with thousands is no date', text: 'About two hours after the earthquake, at around 8:45 a.m., waves hit Sri Lanka. At 9:20 a.m. it swept across the Maldives, and seven hours after the earthquake it reached the coast of Somalia, about 5,000 kilometres from the epicentre.', reference: '2014-12-22', expected: [['two hours', 'PT2H'], ['seven hours', 'PT7H']] },
	{ name: 'a length of time before a thing with no date', text: 'The agency spoke on 14 May, 18 days after the explosion. Waves reached Africa seven hours after the earthquake.', reference: '1986-05-20', expected: [['14 May', '1986-05-14'], ['18 days', 'P18D'], ['seven hours', 'PT7H']] },
	{ name: 'a length of time before each, every or any thing (no one date to count from)', text: 'The names will be released 24 hours before each handover. Inspections come two weeks after every delivery.', reference: '2025-01-16', expected: [['24 hours', 'PT24H'], ['two weeks', 'P2W']] },
	{ name: '“a fortnight” and “the coming fortnight” are two weeks (a sentence with no other date word passes the quick test)', text: 'Refinery workers voted to strike for a fortnight. The danger would remain severe over the coming fortnight.', reference: '2025-01-16', expected: [['a fortnight', 'P2W'], ['the coming fortnight', 'P2W']] },
	{ name: '“another” and “a further” before a count are inside it, as the corpora draw them; “another year” is one year; before an adjective they stay out', text: 'The war persisted for another seven months. It was frozen for a further two years. Fuel duty will remain frozen for another year. They will not wait another quarter of a century. A further 72-hour ceasefire was agreed. He lived to fight another day.', reference: '2025-01-16', expected: [['another seven months', 'P7M'], ['a further two years', 'P2Y'], ['another year', 'P1Y'], ['another quarter of a century', 'P25Y'], ['72-hour', 'PT72H']] },
	{ name: '“every seven days after that” is a rule, not a day counted from another; “a good night for Labour” is a night, not a greeting', text: 'Four more will be freed on the seventh day, and further releases every seven days after that. It was a good night for Labour.', reference: '2025-01-16', expected: [['every seven days', 'P7D'], ['night', 'XXXX-XX-XXTNI']] },
	{ name: 'a month after a clause', text: 'This move comes barely a month after Qantas suspended a number of services.', reference: '1998-02-13', expected: [['a month', 'P1M']] },
	{ name: 'a clause with a short or irregular past verb', text: 'The judge issued the order late in the day, two weeks after a coalition of unions sued. It came a week after the rebels fled.', reference: '2025-03-14', expected: [['two weeks', 'P2W'], ['a week', 'P1W']] },
	{ name: 'a verb in -ing after "before" ends at its comma: a date after it is no time to count from', text: 'In 1760 Austrian raiders occupied Berlin, holding the city for three days before withdrawing, and Frederick won at Torgau in November.', reference: '2010-06-15', expected: [['three days', 'P3D']] },
	{ name: 'at least 30 days before a verb in -ing', text: 'The banks must wait at least 30 days before closing the purchase.', reference: '1989-10-27', expected: [['at least 30 days', 'P30D']] },
	{ name: 'a dated anchor still counts', text: 'Troops crossed the border two days after 1 September 1939, officials said.', reference: '2009-12-19', expected: [['two days after 1 September 1939', '1939-09-03']] }
]);

table('BCE dates, ranges without a year, history against a late document date', [
	{ name: 'a month told with its era before the year (“June AD 4”, “19 August AD 14”) is a date of that year; “the end of September” after a year BC is that September', text: 'In June AD 4 he adopted Tiberius. Augustus died on 19 August AD 14. Babylon fell in 539 BC. At the end of September the Persians destroyed the army; on 10 October Sippar surrendered, and two days later Gobryas entered.', reference: '2024-08-19', expected: [['June AD 4', '0004-06'], ['19 August AD 14', '0014-08-19'], ['the end of September', 'BC0539-09'], ['10 October', 'BC0539-10-10'], ['two days later', 'BC0539-10-12']] },
	{ name: 'BCE month as TimeML writes it', text: 'Xerxes crossed the Hellespont in April 480 BC.', expected: [['April 480 BC', 'BC0480-04']] },
	{ name: 'BCE season', text: 'The fleet sailed in the spring of 480 BC.', expected: [['the spring of 480 BC', 'BC0480-SP']] },
	{ name: 'a BCE range whose end has two digits counts down', text: 'Marius, elected consul seven times between 107 and 86 BC, reformed the army. The war of 1939-45 ended.', expected: [['107 and 86 BC', 'BC0107/BC0086'], ['1939-45', '1939/1945']] },
	{ name: 'a season of that year, or of the following one, is the story’s', text: 'Tiberius was elected tribune in 133 BC. In the summer of that year a crowd clubbed him to death. Caesar crossed the Rubicon in 49 BC, and in the spring of the following year he fought at Pharsalus.', reference: '2011-03-01', expected: [['the summer of that year', 'BC0133-SU'], ['the spring of the following year', 'BC0048-SP']] },
	{ name: 'a date in a relative clause in the past perfect looks back: the story stays in its year', text: 'The war went on into 1937. Málaga fell on 8 February. Behind the lines, the revolution that had broken out in the summer of 1936 came under attack. In early May communists fought anarchists in Barcelona.', reference: '2010-06-15', expected: [['the summer of 1936', '1936-SU'], ['early May', '1937-05']] },
	{ name: '… also without a preposition ("which had gained 21.48 points Wednesday"): "a day earlier" counts from the story’s day', text: 'Stock prices fell broadly Thursday. The Dow, which had gained 21.48 points Wednesday, dropped 29.65. In Tokyo the Nikkei fell 187 points. The Nikkei had slipped 95.16 points a day earlier.', reference: '1989-10-26', expected: [['Wednesday', '1989-10-25'], ['a day earlier', '1989-10-25']] },
	{ name: 'a century named by where it stands: the writer’s, or in history the story’s and the one before it', text: 'In 340 BC the city grew. In 339 BC it grew. In 338 BC it fell. In 337 BC it rose. In 336 BC it waned. In 335 BC it burned. Athens had fought Persia in the previous century.', reference: '2009-12-19', expected: [['the previous century', 'BC04']] },
	{ name: 'a bare season in a BCE story', text: 'Xerxes marched in 481 BC. The army wintered in Sardis; in the summer it reached Thrace.', expected: [['the summer', 'BC0481-SU']] },
	{ name: 'chrono’s Buddhist era is not read into “be”', text: 'The new rules, which took effect on January 1 be applied to all.', expected: [['January 1', '2025-01-01']] },
	{ name: 'a day range takes one year', text: 'The Korean War began in 1950. The battle was fought on 12-14 July, when the line broke.', reference: '2009-12-19', expected: [['12-14 July', '1950-07-12/1950-07-14']] },
	{ name: 'a range whose end states the year', text: 'The battle lasted (26 June - 4 August 1952) before the line held.', expected: [['26 June - 4 August 1952', '1952-06-26/1952-08-04']] },
	{
		name: 'history written long after: a date without a year follows the story, however far back its year was stated',
		text: 'The revolution began in 1789. The king fled in 1791. The Terror followed in 1793. ' + 'The Convention debated for weeks and factions rose and fell. '.repeat(40) + 'On 17 August, the Convention voted for general conscription.',
		reference: '2009-12-19',
		expected: [['17 August', '1793-08-17']]
	},
	{ name: 'dated news: “last February” counts from the day of writing, not from an old year told before', text: 'The crash of 1985 was recalled. Two helicopters crashed last February.', reference: '1998-03-01', expected: [['last February', '1998-02']] }
]);

table('a week of a month', [
	{ name: 'the last week of a month and year', text: 'The world watched Apollo 11 in the last week of July 1969.', reference: '2024-06-15', expected: [['the last week of July 1969', '1969-W31']] },
	{ name: 'the first week of a month takes the story’s year', text: 'The war began in 1914. The armies met in 1915 and 1916. In the first week of June, the offensive opened.', reference: '2009-12-19', expected: [['the first week of June', '1916-W22']] },
	{ name: 'a week told so sets the story’s year, even in news', text: 'NASA said Tuesday it would mark the anniversary. Apollo 11 flew in the last week of July 1969. In September, the crew toured the world.', reference: '2009-07-14', expected: [['September', '1969-09']] },
	{ name: '"last week" alone still counts from the day of writing', text: 'The company said last week that sales fell.', reference: '1998-02-13', expected: [['last week', '1998-W06']] }
]);

table('a day told by its ordinal alone', [
	{ name: 'a day of the month the story is at', text: 'Austria secured German support on 5 July 1914 and delivered an ultimatum to Belgrade on the 23rd.', reference: '2026-11-29', expected: [['the 23rd', '1914-07-23']] },
	{ name: 'a day before the story’s day is in the next month', text: 'The siege began on 25 July 1914. The town fell on the 3rd, after a week of shelling.', reference: '2026-11-29', expected: [['the 3rd', '1914-08-03']] },
	{ name: 'the first end of a range takes the month of the other', text: 'China re-scheduled the launch from the 13th to the 19th of October 1950.', reference: '2026-11-29', expected: [['the 13th', '1950-10-13']] },
	{ name: 'in news, the month of the day of writing, or the next when the clause looks ahead', text: 'Shares closed higher on the 20th. The meeting is set for the 15th.', reference: '2026-11-29', expected: [['the 20th', '2026-11-20'], ['the 15th', '2026-12-15']] },
	{ name: 'before the subject of the clause, and two days with no month after them', text: 'The attack began on 1 March 1975. The council met, and on the 4th it approved a force. Da Nang collapsed on the 29th and 30th amid panic. The 4th and 5th Armies held.', reference: '2026-11-29', expected: [['the 4th', '1975-03-04'], ['the 29th', '1975-03-29'], ['30th', '1975-03-30']] },
	{ name: 'not before a noun', text: 'On 5 June 1944 the 23rd Regiment landed, on the 5th anniversary of its founding.', reference: '2026-11-29', expected: [['5 June 1944', '1944-06-05']] }
]);

table('the other day of a pair that shares a month', [
	{ name: 'month first', text: 'The war ended in April 1865. Johnston surrendered on May 4 and 5, and the army disbanded.', expected: [['May 4', '1865-05-04'], ['5', '1865-05-05']] },
	{ name: 'day first, with ordinals', text: 'The war ended in 1918. The line was breached on the 28th and 29th of August.', expected: [['28th', '1918-08-28'], ['29th of August', '1918-08-29']] },
	{ name: 'or, in news', text: 'The vote is set for April 24 or 25.', reference: '1999-02-10', expected: [['April 24', '1999-04-24'], ['25', '1999-04-25']] }
]);

describe('a number after a date is no day of a pair when it counts something', () => {
	for (const text of ['The war ended in April 1865. The rains came on May 4 and 5 days later the river rose.', 'Shares rose on May 4 and 5 percent on May 6.', 'The index fell on May 4 and 5.5 points the day after.'])
		it(text, () => expect(timexes(text).map(([t]) => t)).not.toContain('5'));
});

describe('weekdays of the story', () => {
	it('in a history, "On Monday" is the first Monday after the day the story is at; "had spoken on Sunday" the last Sunday before it', () => {
		const years = Array.from({ length: 20 }, (_, i) => `In ${1890 + i} the army grew.`).join(' ');
		const found = timexes(`${years} On Thursday 7 December 1916 Asquith resigned. On Monday, the new cabinet met. Lloyd George had spoken on Sunday.`, '2009-12-19');
		expect(found).toContainEqual(['Monday', '1916-12-11']);
		expect(found).toContainEqual(['Sunday', '1916-12-10']);
	});
	it('"that Sunday afternoon" in news is the story’s Sunday; "said Tuesday that Sunday’s fair" is no "that Sunday"', () => {
		const found = timexes('Fifty years ago, on July 20, 1969, 400 people watched the landing in the gym. The janitor spent that Sunday afternoon running cords. The mayor said Tuesday that Sunday’s fair was a success.', '2019-07-18');
		expect(found).toContainEqual(['that Sunday afternoon', '1969-07-20TAF']);
		expect(found).toContainEqual(['Sunday', '2019-07-14']);
	});
});

describe('derivations write a BCE year as a reader does', () => {
	it('"took 123 BC", not the astronomical year -122', () => {
		const found = extract('Tiberius was elected tribune in 133 BC and Gaius in 123 BC. In the summer of that year the Senate met. In March riots broke out.', { reference: '2011-03-01' }).expressions;
		const derivations = found.flatMap((e) => e.derivation).join(' | ');
		expect(derivations).toContain('took 123 BC from the narrative');
		expect(derivations).not.toMatch(/took -\d/);
	});
});

describe('a name or an ordinal noun phrase holds no time of day', () => {
	it('"Moon Night", "the Opening Night gala": a capitalised part of the day after a capitalised word is a name', () => {
		const found = timexes('Moon Night, as residents call it, has grown. The Opening Night gala sold out. Fans met on Saturday Night.', '2019-07-18').map(([t]) => t);
		expect(found).not.toContain('Night');
		expect(found).toContain('Saturday Night');
	});
	it('"32 years to the day after" is an exact count: "the day after" is no day of its own', () => {
		const found = timexes('The quake killed 225 people 32 years to the day after the devastating 1985 quake.', '2017-09-20');
		expect(found).toContainEqual(['32 years', 'P32Y']);
		expect(found.map(([t]) => t)).not.toContain('the day after');
		// (Before a name, "the day after" is the offset parser's, not chrono's.)
		const named = timexes('Haile Selassie returned to his capital on 5 May 1941, five years to the day after Badoglio.', '2019-08-14');
		expect(named).toContainEqual(['five years', 'P5Y']);
		expect(named.map(([t]) => t)).not.toContain('the day after');
	});
	it('"the last day to register" is the final day of something, not yesterday', () => {
		expect(timexes('The last day to register to vote is near. It was the last day of the session.', '2024-08-26').map(([t]) => t.toLowerCase())).not.toContain('the last day');
		expect(timexes('It was the last day of the session.', '2024-08-26').map(([t]) => t)).not.toContain('last day');
	});
});

describe('a count before “after” or “before” with nothing to count from', () => {
	it('is the length of time it counts (“32 months after the loss of Challenger”), not a time joined to the clock time before it', () => {
		const found = timexes('Discovery lifted off on 29 September 1988 at 11:37 a.m., 32 months after the loss of Challenger. Seventeen years after Challenger, on 1 February 2003, Columbia broke up.', '2021-01-26');
		expect(found).toContainEqual(['11:37 a.m.', '1988-09-29T11:37']);
		expect(found).toContainEqual(['32 months', 'P32M']);
		expect(found).toContainEqual(['Seventeen years', 'P17Y']);
		expect(found.map(([t]) => t)).not.toContain('Seventeen years after');
	});
	it('counts from the story’s day where “that” names it (“two days after that”)', () => {
		expect(timexes('She jumped on 22 August 1961, and two days after that, Litfin was shot.', '2021-01-26')).toContainEqual(['two days after that', '1961-08-24']);
	});
});

describe('ages and names are no lengths of time', () => {
	it('“18-year-olds”, “a 44-year-old”, “a Day of Remembrance” hold none; a headline’s “Twelve Years of Injustice” does', () => {
		const found = timexes('Twelve Years of Injustice\n\nA record 246,000 18-year-olds were accepted. A 44-year-old man was held. The crew were honoured on a Day of Remembrance held each January.', '2025-08-15').map(([t]) => t);
		expect(found).not.toContain('18-year');
		expect(found).not.toContain('44-year');
		expect(found).not.toContain('a Day');
		expect(found).toContain('Twelve Years');
	});
});

describe('clock times with a point', () => {
	it('are read after “at” (and “about”) before a clause or a comma; one before the late morning told goes on into the afternoon', () => {
		const found = timexes('On 18 June 1815 the ground was wet. The first guns fire at about 11.30, as Reille’s corps attacks. At about 6.30 the farm falls. At 7.30 the Guard climbs the slope.', '2015-06-18');
		expect(found).toContainEqual(['11.30', '1815-06-18T11:30']);
		expect(found).toContainEqual(['6.30', '1815-06-18T18:30']);
		expect(found).toContainEqual(['7.30', '1815-06-18T19:30']);
	});
	it('are no prices, rates or sizes', () => {
		const found = timexes('The note started the year at 4.25 percent. The real stood at 1.42 to the dollar. The index stood at 11.30, up 2%. Shares closed at 9.45, and the pound rose.', '2015-06-18').map(([t]) => t);
		for (const n of ['4.25', '1.42', '11.30', '9.45']) expect(found).not.toContain(n);
	});
});

describe('dawn and dusk', () => {
	it('are parts of the story’s day, or of the day named after them; not “pre-dawn” nor a name', () => {
		const found = timexes('On 12 December 1939 the fleet sailed. It attacked at dawn near the river. By dusk the fight was over. Before dawn on 26 February 1991 the radio spoke. The pre-dawn raid of Operation Red Dawn failed.', '2015-06-18');
		expect(found).toContainEqual(['dawn', '1939-12-12TMO']);
		expect(found).toContainEqual(['dusk', '1939-12-12TEV']);
		expect(found).toContainEqual(['dawn', '1991-02-26TMO']);
		expect(found).toContainEqual(['26 February 1991', '1991-02-26']);
		expect(found.map(([t]) => t)).not.toContain('Dawn');
		expect(found.filter(([t]) => t === 'dawn')).toHaveLength(2);
	});
});

describe('words of the future', () => {
	it('“on record” says nothing of the future', () => {
		const found = timexes('The gain, the largest point advance on record, recovered only a fifth of Monday’s 508-point drop. The Dow posted its biggest one-day point drop on record Monday.', '1987-10-20');
		expect(found.filter(([t]) => t === 'Monday')).toEqual([['Monday', '1987-10-19'], ['Monday', '1987-10-19']]);
	});
});

describe('a bare “that day”', () => {
	it('is the day told before it, inside a clause too', () => {
		const found = timexes('On 17 December 1903 the wind was strong. The brothers made four flights that day, taking turns. The ultimatum expired on 11 January 1879, and that day the British commander crossed.', '2021-06-09');
		expect(found).toContainEqual(['that day', '1903-12-17']);
		expect(found).toContainEqual(['that day', '1879-01-11']);
	});
	it('is no time where no day was told before it, nor where “day” begins a compound', () => {
		const found = timexes('Funds can suffer huge losses on trades made that day. The rule changed on 3 May 2021 so that day traders pay more.', '2021-06-09').map(([t]) => t);
		expect(found).not.toContain('that day');
	});
});

table('holidays', [
	{ name: 'a day named by a weekday rule (“the first Sunday in November”, “the third Thursday of April 2019”) is dated as a holiday is', text: 'Clocks go back at 2 a.m. on the first Sunday in November. The council met on the third Thursday of April 2019.', reference: '2023-11-02', expected: [['the first Sunday in November', '2023-11-05'], ['the third Thursday of April 2019', '2019-04-18']] },
	{ name: '“the sun at 4:37 p.m.” holds no Sunday; “Mon 5 May 2014” is a weekday and its date', text: 'On Monday, April 8, the moon slides clear of the sun at 4:37 p.m. The fair opened Mon 5 May 2014.', reference: '2024-04-03', expected: [['4:37 p.m.', '2024-04-08T16:37'], ['Mon 5 May 2014', '2014-05-05']] },
	{ name: 'a weekday after or before a holiday (“the Sunday after Thanksgiving”, “the Friday before Christmas”) is one day', text: 'The busiest day is expected to be the Sunday after Thanksgiving. Shops will open late on the Friday before Christmas.', reference: '2023-11-22', expected: [['the Sunday after Thanksgiving', '2023-11-26'], ['the Friday before Christmas', '2023-12-22']] },
	{ name: 'a holiday set beside a date is of its year', text: 'Lee surrendered on April 9, 1865. On the evening of April 14, Good Friday, the President went to the theatre.', reference: '2012-04-09', expected: [['April 9, 1865', '1865-04-09'], ['the evening of April 14', '1865-04-14TEV'], ['Good Friday', '1865-04-14']] },
	{ name: 'a day with a name is no weekday; before its date the name is in the phrase', text: 'Letters and Black Saturday. On Super Tuesday the polls opened. King was arrested on Good Friday, 12 April 1963.', reference: '2010-03-14', expected: [['Good Friday, 12 April 1963', '1963-04-12']] },
	{ name: 'a holiday with its year', text: 'By Christmas 1963 the situation had worsened.', expected: [['Christmas 1963', '1963-12-25']] },
	{ name: 'the Ides of March, in the story’s year', text: 'Caesar crossed the Rubicon in 49 BC and defeated Pompey in 48 BC. He was named dictator for life early in 44 BC. The conspirators stabbed him to death on the Ides of March.', reference: '2011-03-01', expected: [['the Ides of March', 'BC0044-03-15']] },
	{ name: 'a part of a holiday', text: 'Washington crossed the Delaware on Christmas night 1776.', expected: [['Christmas night 1776', '1776-12-25TNI']] },
	{ name: 'Easter by the computus', text: 'The rising began on Easter Monday 1916.', expected: [['Easter Monday 1916', '1916-04-24']] },
	{ name: 'Thanksgiving: the fourth Thursday of November', text: 'Families met last Thanksgiving.', reference: '1999-12-01', expected: [['last Thanksgiving', '1999-11-25']] },
	{ name: 'a holiday in history takes the story’s year', text: 'The war began in 1914. The guns fell silent at Christmas, in a truce no general had ordered. It ended in 1918. Peace came in 1919.', reference: '2009-12-19', expected: [['Christmas', '1914-12-25']] }
]);

table('years in words, seasons as “fall”', [
	{ name: '“the previous summer” is a look back: the story goes on from where it was', text: 'On November 8, 1864 Lincoln was re-elected, a result few would have predicted the previous summer. A week later Sherman burned Atlanta.', reference: '2012-04-09', expected: [['November 8, 1864', '1864-11-08'], ['the previous summer', '1864-SU'], ['A week later', '1864-11-15']] },
	{ name: 'a season of a year of three digits; “the next summer” after a month is that year’s; the word before in the phrase', text: 'The Danes landed in AD 865. In the autumn of 865 a larger force came, and they spent the winter of 873–874 at Repton. They fled in March 867. The next summer it moved south; Mercia fell later that summer.', reference: '2008-06-19', expected: [['AD 865', '0865'], ['the autumn of 865', '0865-FA'], ['the winter of 873–874', '0873-WI'], ['March 867', '0867-03'], ['The next summer', '0867-SU'], ['later that summer', '0867-SU']] },
	{ name: 'in news, a bare season is near the day of writing, not in a year the story named last', text: 'The new trains were ordered in 2011. Ministers urged both sides to reach a settlement before the summer. The general election is due in May 2015. The next test for the parties is likely to come in the autumn.', reference: '2013-05-03', expected: [['the summer', '2013-SU'], ['the autumn', '2013-FA']] },
	{ name: 'in news, a bare season told in the past is the latest begun by the day of writing; a story years before lends its year', text: 'Sales were up from the 1988 period. Sun said Tuesday that demand outran supply well into the summer. The plant was sold in 1986. In the summer, workers struck.', reference: '1989-10-26', expected: [['the summer', '1989-SU'], ['the summer', '1986-SU']] },
	{ name: 'in news, a season still to come is the next from the day of writing', text: 'The mission launched on July 30, 2020. A small helicopter is expected to make its first flight in the spring.', reference: '2021-02-19', expected: [['the spring', '2021-SP']] },
	{ name: 'an irregular verb in the past tells the tense ("froze"), though a plan follows', text: 'To close a $3 million gap, the board froze hiring in January and plans to close a school in June.', reference: '2024-03-14', expected: [['January', '2024-01'], ['June', '2024-06']] },
	{ name: 'a participle after "is" is a passive in the present, not a past ("when the case is heard in May")', text: 'The relatives could lose the fight when the case is heard in May.', reference: '2000-03-29', expected: [['May', '2000-05']] },
	{ name: 'this century and the end of the century, in news, are the writer’s', text: 'Heat waves will arrive every year by the end of the century. This century has been hot.', reference: '2025-03-06', expected: [['the end of the century', '20'], ['This century', '20']] },
	{ name: 'a spoken year', text: 'Oil fell to thirteen dollars a barrel in nineteen ninety-four.', expected: [['nineteen ninety-four', '1994']] },
	{ name: 'a month and a spoken year', text: 'In January nineteen ninety-seven, the talks resumed.', expected: [['January nineteen ninety-seven', '1997-01']] },
	{ name: '“the year two thousand”', text: 'Computers may fail in the year two thousand.', expected: [['the year two thousand', '2000']] },
	{ name: 'a season of a spoken year', text: 'Next up is the level we saw in the winter of nineteen ninety-four.', reference: '1998-02-23', expected: [['the winter of nineteen ninety-four', '1994-WI']] },
	{ name: 'next fall, told in April, is this year’s', text: 'The district will start classes later next fall.', reference: '2025-04-23', expected: [['next fall', '2025-FA']] },
	{ name: 'next spring, told in May, and next fall, told in September, are next year’s', text: 'The plant will reopen next spring. The course returns next fall.', reference: '2023-09-14', expected: [['next spring', '2024-SP'], ['next fall', '2024-FA']] },
	{ name: '“next August” told in August is of the year after; “next November” told in August is this year’s', text: 'Results will be issued next August. Talks resume next November.', reference: '2025-08-15', expected: [['next August', '2026-08'], ['next November', '2025-11']] },
	{ name: 'a date remembered (“people who remember what happened in the summer of 1989”) lends no year to the months after it', text: 'Nobody takes a decision like this lightly, least of all people who remember what happened in the summer of 1989.\n\nThe union balloted members in January.', reference: '2026-02-17', expected: [['the summer of 1989', '1989-SU'], ['January', '2026-01']] },
	{ name: '“last November” told on 30 October, and “last October” told in October, are of the year before', text: 'The team lost the state final last November. The lessons of last October remain.', reference: '2016-10-30', expected: [['last November', '2015-11'], ['last October', '2015-10']] },
	{ name: 'an adjective in un- (“Unvaccinated children”) is no past verb', text: 'Unvaccinated children may not return before classes end on June 7.', reference: '2024-05-21', expected: [['June 7', '2024-06-07']] },
	{ name: 'this past spring', text: 'When it scrapped the unit this past spring, costs were high.', reference: '1989-10-30', expected: [['this past spring', '1989-SP']] },
	{ name: '“of the following year” is the story’s next year', text: 'The war began in 1940. In March of the following year, the city fell.', expected: [['March of the following year', '1941-03']] },
	{ name: 'a BCE range of three-digit years', text: 'The Ionian Revolt (499-493 BC) spread across Asia Minor.', expected: [['499-493 BC', 'BC0499/BC0493']] },
	{ name: '“mid-2007”', text: 'Troops were to be drawn down by mid-2007.', expected: [['mid-2007', '2007']] },
	{ name: '“the end of the year” in a story', text: 'The war began in 1775. Boston was evacuated in March 1776. Washington crossed the Delaware on 25 December 1776. Enlistments expired at the end of the year.', reference: '2009-12-19', expected: [['the end of the year', '1776']] },
	{ name: '“later that month” in a story', text: 'Manila fell on 3 March 1945. Later that month, Mindanao was captured.', reference: '2009-12-19', expected: [['Later that month', '1945-03']] },
	{ name: '“the end of the year” in dated news', text: 'The plant will close at the end of the year, the company said Friday.', reference: '1998-03-06', expected: [['the end of the year', '1998']] },
	{ name: '“June last year”', text: 'In June last year, the leadership split.', reference: '1998-02-19', expected: [['June last year', '1997-06']] },
	{ name: 'a year after “since” is background, not the story’s time', text: 'The first campaign, in 492 BC, re-subjugated Thrace, part of the empire since 513 BC. The following year, Darius sent ambassadors.', expected: [['The following year', 'BC0491']] },
	{ name: 'a part of the day with no day to put it on keeps TimeML’s underspecified value', text: 'Attacks came at night, and the lines held.', expected: [['night', 'XXXX-XX-XXTNI']] },
	{ name: '“twenty years earlier” is a year', text: 'The war broke out on 25 June 1950. Twenty years earlier, the peninsula had been a colony.', expected: [['Twenty years earlier', '1930']] },
	{ name: '“fifteen months later” is a month', text: 'The offensive opened on 23 May 1915. Fifteen months later, the front had barely moved.', expected: [['Fifteen months later', '1916-08']] },
	{ name: '“a year earlier” compares the same day', text: 'Profit rose on Sept. 30, 1989, from a loss a year earlier.', expected: [['a year earlier', '1988-09-30']] },
	{ name: 'a story told in order goes on into the next year', text: 'The war began in 1939. Poland fell in 1939 and France in 1940. The Ardennes offensive opened on December 16, 1944. In January, the Allies pushed the Germans back.', reference: '2009-12-19', expected: [['January', '1945-01']] },
	{ name: 'but not when the clause looks back', text: 'The war began in 1939. Poland fell in 1939 and France in 1940. Japan attacked on December 7, 1941. The plan had been drawn up in January.', reference: '2009-12-19', expected: [['January', '1941-01']] },
	{ name: 'the season of a campaign', text: 'The German Spring Offensive of 1918 failed to break the Allied line.', expected: [['Spring', '1918-SP']] },
	{ name: '“six weeks ago” is a week', text: 'He arrived six weeks ago.', reference: '2000-01-06', expected: [['six weeks ago', '1999-W47']] },
	{ name: '“last week” before “after” is still last week', text: 'He met with Sununu last week after holding talks.', reference: '1991-12-02', expected: [['last week', '1991-W48']] },
	{ name: '“This quarter” near a chrono word is the quarter parser’s', text: "Net income was $1.8 million a share last year. This quarter's loss includes charges.", reference: '1989-11-01', expected: [['last year', '1988'], ['This quarter', '1989-Q4']] },
	{ name: '“the following decade” is the decade after the story’s', text: 'The treaty was signed in 1962. In the following decade trade grew. The port had been built in the previous decade.', reference: '2009-12-19', expected: [['1962', '1962'], ['the following decade', '197'], ['the previous decade', '195']] },
	{ name: 'a place counted from is the battle fought there', text: 'The arsenal was seized eight days after Fort Sumter. Three months after Pearl Harbor, the fleet sailed. Fifteen days after Gettysburg, Lee crossed.', reference: '2009-12-19', expected: [['eight days after', '1861-04-20'], ['Fort Sumter', '1861-04-12/1861-04-13'], ['Three months after', '1942-03-07'], ['Pearl Harbor', '1941-12-07'], ['Fifteen days after', '1863-07-16'], ['Gettysburg', '1863-07-01/1863-07-03']] },
	{ name: 'a battle before the common era, and a year counted from it', text: 'The Greeks won the Battle of Marathon. A year after Marathon, Miltiades was wounded.', reference: '2009-12-19', expected: [['Battle of Marathon', 'BC0490'], ['A year after', 'BC0489'], ['Marathon', 'BC0490']] },
	{ name: 'a place that does something is no battle', text: 'Eight days after Britain declared war, the fleet sailed. He lived in Berlin after 1945.', reference: '2009-12-19', expected: [['Eight days', 'P8D'], ['1945', '1945']] },
	{ name: '“this day” is the day the story is at; “this day in 1945”, its month and day in 1945', text: 'On 8 August 1918 the Allies attacked. Ludendorff referred to this day as the Black Day. On this day in 1945 it ended.', reference: '2009-12-19', expected: [['8 August 1918', '1918-08-08'], ['this day', '1918-08-08'], ['this day in 1945', '1945-08-08']] },
	{ name: '“this day” in news that told no day is the day of writing', text: 'This day will be remembered, he said.', reference: '2000-06-01', expected: [['This day', '2000-06-01']] },
	{ name: '“this week” before “in” is still this week', text: 'The trial led to a verdict this week in favor of the clinics, and he was indicted last month in a civil suit.', reference: '1999-02-06', expected: [['this week', '1999-W05'], ['last month', '1999-01']] },
	{ name: '“the last half” and “the latter half” are the second half', text: 'Sales rose in the last half of 1989 and in the latter half of 2008.', expected: [['the last half of 1989', '1989-H2'], ['the latter half of 2008', '2008-H2']] },
	{ name: '“last fall” is the season', text: 'Sales rose last fall.', reference: '1998-03-01', expected: [['last fall', '1997-FA']] }
]);


describe('“former” and “future” as WikiWars tags them', () => {
	const found = (text: string) => extract(text, { reference: '2009-01-01' }).expressions.map((e) => [e.text, e.value ?? e.time?.value]);
	it('is PAST_REF before its noun in a history, not as a pronoun, and nothing in news', () => {
		const history = 'In 1898 the war began. In 1912 pressure came from former president Theodore Roosevelt. In 1862 the army took the former French Province. Of the two plans of 1914, the former was rejected and the former an illusion.';
		expect(found(history).filter(([t]) => t === 'former')).toEqual([['former', 'PAST_REF'], ['former', 'PAST_REF']]);
		expect(found('The former president said on Friday he would run again next year.').filter(([t]) => t === 'former')).toEqual([]);
	});
	it('so is “future” before its noun (FUTURE_REF), not before a person', () => {
		const history = 'In 1789 the Estates-General met. The king assumed it would approve future taxes in 1790, and the future Louis XVIII fled in 1791.';
		expect(found(history).filter(([t]) => /future/.test(t ?? ''))).toEqual([['future', 'FUTURE_REF']]);
		expect(found('Analysts worry about future earnings, the company said on Friday.').filter(([t]) => /future/.test(t ?? ''))).toEqual([]);
	});
});

describe('storyKind: history or news', () => {
	const cands = (...texts: string[]) => texts.map((text, i) => ({ start: i * 10, end: i * 10 + text.length, text }) as Candidate);
	const ref = { year: 2009, month: 12, day: 19 };
	it('old years and no day of writing: history', () => expect(storyKind(cands('1914', 'June 1916', '1918'), ref).historical).toBe(true));
	it('old years but many weekdays: news', () => expect(storyKind(cands('1914', '1916', '1918', 'Friday'), ref).historical).toBe(false));
	it('a weekday beside its date is no day of writing', () => {
		expect(storyKind(cands('the spring of 1961', 'October 14, 1962', 'June 1963', 'Saturday, October 27'), ref)).toEqual({ historical: true, pastOnly: true });
		expect(storyKind(cands('the spring of 1961', 'October 14, 1962', 'June 1963', 'Saturday'), ref)).toEqual({ historical: false, pastOnly: false });
	});
	it('a weekday inside a phrase with its date, or a holiday named by its weekday, is no day of writing', () => {
		expect(storyKind(cands('the spring of 1961', 'October 14, 1962', 'June 1963', 'the evening of Friday, 26 October', 'today'), ref).historical).toBe(true);
		const holiday = { ...cands('Easter Sunday')[0], start: 50, end: 63, parser: 'holiday' } as Candidate;
		expect(storyKind([...cands('the spring of 1961', 'October 14, 1962', 'June 1963', 'today'), holiday], ref).historical).toBe(true);
	});
	it('a weekday counted from the story (“the following Monday”) is no day of writing', () => {
		expect(storyKind(cands('the spring of 1961', 'October 14, 1962', 'June 1963', 'the following Monday'), ref)).toEqual({ historical: true, pastOnly: true });
		expect(storyKind(cands('the spring of 1961', 'October 14, 1962', 'June 1963', 'next Monday'), ref)).toEqual({ historical: false, pastOnly: false });
	});
	it('“the next year” counts from the story, not from the day of writing', () => {
		expect(storyKind(cands('221 BC', '219 BC', '218 BC', 'the next year', 'today'), ref).historical).toBe(true);
		expect(storyKind(cands('221 BC', '219 BC', '218 BC', 'next year', 'today'), ref).historical).toBe(false);
	});
	it('a story a generation back, with fewer weekdays than old years and no recent year: history; not when its latest year is recent, nor with as many weekdays as years', () => {
		expect(storyKind(cands('the autumn of 1989', 'August 1968', '1948', '1986', 'Sunday evening', 'Monday', 'today'), ref).historical).toBe(true);
		expect(storyKind(cands('the autumn of 1989', 'August 1968', '1948', '1991', 'Sunday evening', 'Monday', 'today'), ref).historical).toBe(false);
		expect(storyKind(cands('the autumn of 1989', 'August 1968', '1948', '1986', 'Sunday evening', 'Monday', 'today', 'Friday'), ref).historical).toBe(false);
	});
	it('recent years outnumber old ones: news', () => expect(storyKind(cands('1914', '2009', '2009'), ref).historical).toBe(false));
	it('years of three digits the year and season parsers read count as old', () => expect(storyKind([{ start: 0, end: 6, text: 'AD 865', parser: 'year' }, { start: 10, end: 27, text: 'the autumn of 865', parser: 'season' }, { start: 30, end: 33, text: '867', parser: 'year' }, { start: 40, end: 43, text: '300', parser: 'duration' }] as Candidate[], ref).historical).toBe(true));
	it('BCE years count as old', () => expect(storyKind(cands('480 BC', 'the spring of 479 BC', '478 BCE'), ref).historical).toBe(true));
	it('two old years and nothing counted from the day of writing: history', () => expect(storyKind(cands('28 June 1914', 'the 1839 Treaty'), ref)).toEqual({ historical: true, pastOnly: true }));
	it('two old years and a weekday: neither', () => expect(storyKind(cands('28 June 1914', '1839', 'Friday'), ref)).toEqual({ historical: false, pastOnly: false }));
	it('one old year and nothing else: past only, not history', () => expect(storyKind(cands('1914'), ref)).toEqual({ historical: false, pastOnly: true }));
	it('no reference date: neither', () => expect(storyKind(cands('1914', '1916', '1918'), null)).toEqual({ historical: false, pastOnly: false }));
});

describe('a count before “on”, “before” or “after” that is a length of time', () => {
	const found = (text: string, reference = '2011-03-01') => extract(text, { reference }).expressions.map((e) => [e.text, e.type === 'DURATION' ? e.value : (e.time?.value ?? null)]);
	it('“on” before a noun phrase is a preposition: the years are a length of time', () => {
		expect(found('Hannibal sailed from Italy in the autumn of 203 BC after fifteen years on Italian soil. Ten years on, the city had recovered.')).toEqual([
			['the autumn of 203 BC', 'BC0203-FA'],
			['fifteen years', 'P15Y'],
			['Ten years on', 'BC0193']
		]);
	});
	it('after “for” or “the”, a count before “before” or “after” is a length of time', () => {
		expect(found('The program is to run for 18 months before the council decides whether to keep it. Castles were raised in the two decades after the invasion. They smelled fuel for a few minutes before the explosion. Two days before the vote, he resigned.', '2025-06-04')).toEqual([
			['18 months', 'P18M'],
			['the two decades', 'P20Y'],
			['a few minutes', 'PTXM'],
			// Before a thing with no date, a length of time, as TBAQ-cleaned tags "90 days after their issue date".
			['Two days', 'P2D']
		]);
	});
});

describe('rates', () => {
	const found = (text: string) => extract(text, { reference: '2011-03-01' }).expressions.map((e) => [e.text, e.type, e.value ?? e.time?.value ?? null]);
	it('an amount “a day”, “an hour”, “per day” is a set; a speed, a length and “a year earlier” are not', () => {
		expect(found('A crew could print several hundred sheets a day. The press made more than a thousand impressions an hour. The line carried half a million people a year. Iran can raise exports by 500,000 barrels per day within a week. The train reached 30 miles an hour. Profit was $5 million a year earlier. He worked 12 hours a day.')).toEqual([
			['a day', 'SET', 'P1D'],
			['an hour', 'SET', 'PT1H'],
			['a year', 'SET', 'P1Y'],
			['per day', 'SET', 'P1D'],
			['a week', 'DURATION', 'P1W'],
			['a year earlier', 'DATE', null],
			['12 hours', 'DURATION', 'PT12H'],
			['a day', 'SET', 'P1D']
		]);
	});
});

describe('the future', () => {
	it('is no time before a name or what a person becomes (“the future Genghis Khan”, “the future king”)', () => {
		const found = extract('Temüjin, the future Genghis Khan, was born. Piccolomini, the future Pope Pius II, saw it. He met the future king. In the future, prices will rise. The future of the monarchy was unclear.', { reference: '2011-03-01' }).expressions.map((e) => [e.text, e.value]);
		expect(found).toEqual([['the future', 'FUTURE_REF'], ['The future', 'FUTURE_REF']]);
	});
});

describe('clock times as wires and forecasts write them', () => {
	const found = (text: string, reference: string) => extract(text, { reference }).expressions.map((e) => [e.text, e.time?.value ?? e.value ?? null]);
	it('a wire’s four digits and zone (“at 1400 GMT”) and “midday” are times of the story’s day; a gloss in brackets is not; so are “0300 local time” and a clock with a leading zero (“at 0530”), not a year', () => {
		expect(found('Brent was down $1.92 at 1400 GMT. Shares jumped by 0915 GMT. The DAX was down by midday. The blast came at 10:35 a.m. (0735 GMT).', '2015-08-24')).toEqual([
			['1400 GMT', '2015-08-24T14:00'],
			['0915 GMT', '2015-08-24T09:15'],
			['midday', '2015-08-24T12:00'],
			['10:35 a.m.', '2015-08-24T10:35']
		]);
		expect(found('The hostages landed in Muscat at 0300 local time. Militia attacked at 0530 on Thursday. Both sides have until 1800 local time on Saturday to pull back. The castle was built in 1800.', '2024-09-19')).toEqual([
			['0300 local time', '2024-09-19T03:00'],
			['0530', '2024-09-19T05:30'],
			['Thursday', '2024-09-19'],
			['1800 local time', '2024-09-21T18:00'],
			['Saturday', '2024-09-21'],
			['1800', '1800']
		]);
	});
	it('a range of clock times on days is four expressions, as TimeML tags them', () => {
		expect(found('The warning runs from midday on Friday until 18:00 on Sunday.', '2018-12-06')).toEqual([
			['midday', '2018-12-07T12:00'],
			['Friday', '2018-12-07'],
			['18:00', '2018-12-09T18:00'],
			['Sunday', '2018-12-09']
		]);
	});
});

describe('the short forms of reporting periods', () => {
	it('a quarter of a fiscal year is named as the report names it: “Q3 FY2024”, “the third quarter of fiscal year 2024”', () => {
		const found = extract('Results for the third quarter of fiscal year 2024 were strong. Q3 FY2024 revenue rose against Q3 FY23. Shipments begin in Q3 FY2025.', { reference: '2024-08-07' }).expressions.map((e) => [e.text, e.time?.value]);
		expect(found).toEqual([['the third quarter of fiscal year 2024', '2024-Q3'], ['Q3 FY2024', '2024-Q3'], ['Q3 FY23', '2023-Q3'], ['Q3 FY2025', '2025-Q3']]);
	});
	it('“H1”, “Q2”, “Q3 2023” are halves and quarters (the latest by the day of writing, or the next when the clause looks ahead); “H1N1” and “H1-B” are not', () => {
		const found = extract('Savings of 140 million crowns in H1 were offset. Q2 sales rose. Profit in Q3 2023 fell. The Q4 report will come. The H1N1 virus and H1-B visas.', { reference: '2024-07-25' }).expressions.map((e) => [e.text, e.time?.value]);
		expect(found).toEqual([['H1', '2024-H1'], ['Q2', '2024-Q2'], ['Q3 2023', '2023-Q3'], ['Q4', '2024-Q4']]);
	});
});

describe('parts of every day, and prices', () => {
	it('“each evening” is that part of every day; “$300 a night” is a price and a rate, no clock time', () => {
		const found = extract('Meters will be enforced each evening. Winds will gust each afternoon. Rooms cost $300 a night.', { reference: '2017-07-09' }).expressions.map((e) => [e.text, e.type, e.value ?? e.time?.value]);
		expect(found).toEqual([['each evening', 'SET', 'XXXX-XX-XXTEV'], ['each afternoon', 'SET', 'XXXX-XX-XXTAF'], ['a night', 'SET', 'P1D']]);
	});
});

describe('known events', () => {
	it('a name followed by a year outside the event’s span is another event of the same words', () => {
		const found = extract('Hannibal’s sudden march on Rome in 211 BC failed. Mussolini’s March on Rome in 1922 brought him power. They marked the anniversary of the March on Rome in 1932.', { reference: '2011-03-01' }).expressions.map((e) => [e.text, e.time?.value]);
		expect(found).toEqual([['211 BC', 'BC0211'], ['Mussolini’s March on Rome', '1922-10-28'], ['1922', '1922'], ['March on Rome', '1922-10-28'], ['1932', '1932']]);
	});
});

describe('timexesOf', () => {
	it('writes a "today" that history leaves unplaced as PRESENT_REF, and a placed one as its day', () => {
		const history = 'The war began in 1914. It spread in 1915, 1916 and 1917, ended in 1918, and was debated in 1919, 1920, 1921, 1922 and 1923. Today the battlefields are quiet.';
		const timex = (text: string) => timexesOf(extract(text, { reference: '2009-12-19' }).expressions).find((t) => t.text === 'Today')?.value;
		expect(timex(history)).toBe('PRESENT_REF');
		expect(timex('Shares fell. Today the market is quiet.')).toBe('2009-12-19');
	});

	it('writes the date or year in the name of an event, not the event', () => {
		const timexes = (text: string) => timexesOf(extract(text, { reference: '2009-12-19' }).expressions).map((t) => [t.text, t.value]);
		expect(timexes('The term dates back to the War of 1812.')).toEqual([['1812', '1812']]);
		expect(timexes('Commemorations concentrate on the armistice of 11 November 1918.')).toEqual([['11 November 1918', '1918-11-11']]);
		expect(timexes('The 2003 invasion of Iraq began.')).toEqual([['2003', '2003']]);
		expect(timexes('World War II ended.')).toEqual([]);
	});

	it('writes a known event named by its day (“D-Day”, “Black Tuesday”) as that day', () => {
		const timexes = (text: string) => timexesOf(extract(text, { reference: '2026-05-01' }).expressions).map((t) => [t.text, t.value]);
		expect(timexes('The Allies landed on D-Day.')).toEqual([['D-Day', '1944-06-06']]);
		expect(timexes('Black Tuesday was worse still.')).toEqual([['Black Tuesday', '1929-10-29']]);
		expect(timexes('The Normandy landings changed the war.')).toEqual([]);
	});

	it('leaves the comma before a range’s connector out of its first end', () => {
		const timexes = (text: string) => timexesOf(extract(text, { reference: '1989-10-30' }).expressions).map((t) => [t.text, t.value]);
		expect(timexes('The offer runs from last Thursday, to Nov. 6.')).toEqual([['last Thursday', '1989-10-26'], ['Nov. 6', '1989-11-06']]);
	});
});

describe('sentence ends, midnights and sizes', () => {
	it('cuts chrono’s windows after a month written in full and a full stop', () => {
		expect(timexes('The final attack began on the night of 13 July. After two days of fighting, the tower was pushed against the wall.', '2008-10-30')).toEqual([
			['the night of 13 July', '2008-07-13TNI'],
			['two days', 'P2D']
		]);
	});
	it('writes a midnight as the end of its day, named or not', () => {
		expect(valueOf('Money for most federal agencies runs out at midnight Sept. 30.', 'midnight Sept. 30', '1997-09-18')).toBe('1997-09-30T24:00');
		expect(valueOf('The battle went on until nearly midnight.', 'midnight', '1997-09-18')).toBe('1997-09-18T24:00');
		expect(valueOf('Talks ended at midnight Friday.', 'midnight Friday', '1997-09-18')).toBe('1997-09-12T24:00');
	});
	it('reads “a quarter-mile” as a size, not three months', () => {
		expect(timexes('He directed the operation from a command post a quarter-mile down the road.', '1996-10-16')).toEqual([]);
		expect(valueOf('It took the company a quarter to recover.', 'a quarter', '1996-10-16')).toBe('P1Q');
	});
	it('leaves “recently” out of “as recently as”', () => {
		expect(timexes('Economists warned as recently as last spring that the expansion was over.', '1998-12-23').map(([t]) => t)).toEqual(['last spring']);
		expect(valueOf('Prices rose recently.', 'recently', '1998-12-23')).toBe('PAST_REF');
		// "the past century" is neither the past nor a time TBAQ tags.
		expect(timexes('Views of the Boxers have shifted over the past century.', '2010-09-23')).toEqual([]);
	});
});

describe('news years after a flashback, and with no tense', () => {
	it('puts a date after “since” in the present perfect near the day of writing, whatever flashback came before', () => {
		const text = 'A peace accord signed in Ivory Coast in November 1996 collapsed within months. Most shops have been shut since Jan. 6, residents said.';
		expect(valueOf(text, 'Jan. 6', '1999-01-12')).toBe('1999-01-06');
		// In the past tense, after the flashback, the month is the flashback's year's.
		expect(valueOf('A peace accord was signed in Ivory Coast in November 1996. The rebels broke it on Dec. 6.', 'Dec. 6', '1999-01-12')).toBe('1996-12-06');
	});
	it('reads no tense from what was said after “, saying”, and puts a month with no tense in the past unless the next one is much nearer', () => {
		const text = 'About 140 workers were let go when the company shut the plant in April, saying it could no longer get enough timber.';
		expect(valueOf(text, 'April', '1996-10-16')).toBe('1996-04');
		expect(valueOf('The company shut the plant in November, saying it could no longer get enough timber.', 'November', '1996-10-16')).toBe('1996-11');
	});
});

describe('decades ago, possessives and names', () => {
	it('counts “a decade ago” back ten years from the day of writing', () => {
		expect(valueOf('Prices were low a decade ago.', 'a decade ago', '1991-06-14')).toBe('1981');
		expect(valueOf('Two decades ago, it rained.', 'Two decades ago', '1991-06-14')).toBe('1971');
	});
	it('reads a year after a possessive as a year, not a count', () => {
		expect(valueOf("She cut her estimate of Carrolton's 1991 earnings.", '1991', '1991-06-14')).toBe('1991');
	});
	it('writes the month and year in an event’s name as the time', () => {
		const found = timexesOf(extract('Stocks are dearer than at any time since the October 1987 crash.', { reference: '1991-06-14' }).expressions).map((t) => [t.text, t.value]);
		expect(found).toEqual([['October 1987', '1987-10']]);
	});
	it('makes a day named in a possessive an aside: a clock time after it is not on that day', () => {
		const text = 'The average fell 18 points, wiping out most of Friday’s 22-point gain. The average had been down 30 points at 2 p.m.';
		expect(valueOf(text, '2 p.m.', '1991-03-19')).not.toBe('1991-03-15T14:00');
	});
	it('counts no anniversary from a thing done ("two years after crossing the Niemen"): the count is a length of time', () => {
		expect(timexes('He abdicated in April 1814, less than two years after crossing the Niemen.', '2010-06-01')).toEqual([
			['April 1814', '1814-04'],
			['less than two years', 'P2Y']
		]);
	});
	it('reads no tense from the clause after ", but"', () => {
		expect(valueOf('Whitcomb said he still hoped to send the bills to the White House by Oct. 1, but he acknowledged that a stopgap would be needed.', 'Oct. 1', '1997-09-18')).toBe('1997-10-01');
	});
});

describe('parts of the story’s days', () => {
	const reference = '2010-06-01';
	it('puts “late that evening”, “later that evening” and “the same afternoon” on the story’s day', () => {
		expect(valueOf('On 14 June 1982 the general agreed to a ceasefire, and the surrender was signed late that evening.', 'late that evening', reference)).toBe('1982-06-14TEV');
		expect(valueOf('On 14 June 1982 the general agreed to a ceasefire. Later that evening they left.', 'Later that evening', reference)).toBe('1982-06-14TEV');
		expect(valueOf('On 30 November 1939 troops crossed the border. Bombers struck Helsinki the same afternoon.', 'the same afternoon', reference)).toBe('1939-11-30TAF');
	});
	it('tags “the following morning at 11:00” as the morning and the time in it', () => {
		expect(timexes('The treaty was signed on 12 March 1940, and fighting ended the following morning at 11:00. Two days later, they met.', reference)).toEqual([
			['12 March 1940', '1940-03-12'],
			['the following morning', '1940-03-13TMO'],
			['11:00', '1940-03-13T11:00'],
			['Two days later', '1940-03-15']
		]);
	});
	it('puts “the next morning” after a night told into its small hours on the day those hours are in', () => {
		expect(valueOf('Students gathered on 23 October 1956. By midnight the fighting had spread. At 2 a.m. tanks entered the city. The next morning Nagy was named prime minister.', 'The next morning', reference)).toBe('1956-10-24TMO');
		expect(valueOf('At 3 a.m. on 5 June 1967 the attack began. The next morning the town fell.', 'The next morning', reference)).toBe('1967-06-06TMO');
	});
	it('counts “two nights later” from the night told', () => {
		expect(valueOf('The attacks began on the night of 11 June 1982. Two nights later, the Guards took the hill.', 'Two nights later', reference)).toBe('1982-06-13TNI');
	});
	it('reads a count set between commas after a date, or before a year its clause states, as that date; passes a date in an aside on when a source wrote', () => {
		expect(valueOf('He won at Barnet on 14 April 1471, and on 4 May, twenty days later, he destroyed the army at Tewkesbury.', 'twenty days later', reference)).toBe('1471-05-04');
		expect(valueOf('He won at Barnet on 14 April 1471. Twenty days later, he destroyed the army at Tewkesbury.', 'Twenty days later', reference)).toBe('1471-05-04');
		// A rough count ("About two years later") counts from the story, not from the day of writing as chrono would.
		expect(valueOf('The war began in 1914. About two years later, the offensive began.', 'About two years later', reference)).toBe('1916');
		// A round count in decades, a year its clause states close to where it reaches.
		expect(valueOf('Nancy Astor took her seat in December 1919. A decade later, the Equal Franchise Act of 1928 gave women the vote.', 'A decade later', reference)).toBe('1928');
		// A date in an aside on when a source wrote is no time the story moves to.
		expect(valueOf('In 1346 the plague reached the army besieging Caffa. According to the notary Gabriele de\' Mussi, writing in 1348, the Mongols lifted the siege the following year.', 'the following year', reference)).toBe('1347');
		// A year counted in years, the count ending its sentence.
		expect(valueOf('The treaty was signed on 30 March 1856. It closed the Black Sea, a clause that Russia repudiated in 1870, fourteen years later. The war had cost lives.', 'fourteen years later', reference)).toBe('1870');
	});
	it('goes on past a winter the story came to into the next year, for a month of spring, not for a later one', () => {
		const story = 'The crusaders reached Antioch on 20 October 1097. The besiegers suffered terribly during the winter.';
		expect(valueOf(`${story} They climbed the walls on 3 June.`, '3 June', reference)).toBe('1098-06-03');
		expect(valueOf(`${story} The first assault had come in August.`, 'August', reference)).toBe('1097-08');
	});
	it('puts a midnight on a named day in history in the story’s year', () => {
		expect(valueOf('The armistice was signed in 1918. The guns fell silent at midnight 30 September.', 'midnight 30 September', reference)).toBe('1918-09-30T24:00');
	});
});

describe('years of three digits', () => {
	const reference = '2010-06-01';
	it('reads them where the text dates such years, bare or with a month, a day, a decade or a range', () => {
		const text = 'The crisis ran from the murder of Severus Alexander in AD 235 to the accession of Diocletian in 284. In March 235 he was killed. In the 220s the Persians rose. Aurelian, who reigned from 270 to 275, was murdered. Taizong (626–649) ruled well. At the end of 755 the general rebelled. Diocletian abdicated on 1 May 305.';
		expect(timexes(text, reference)).toEqual([
			['AD 235', '0235'],
			['284', '0284'],
			['March 235', '0235-03'],
			['the 220s', '022'],
			['270 to 275', '0270/0275'],
			['626–649', '0626/0649'],
			['the end of 755', '0755'],
			['1 May 305', '0305-05-01']
		]);
	});
	it('leaves counts alone: a unit or plural after, a range with no cue, and every three-digit number where no early year is dated', () => {
		const early = 'In AD 235 the army revolted. In 300 ships they sailed, and Sparta sent 700-800 men. In 260 the emperor was captured.';
		expect(timexes(early, reference).map(([t]) => t)).toEqual(['AD 235', '260']);
		expect(timexes('Sales rose from 270 to 275 in 2009, and in 260 stores prices fell.', reference)).toEqual([['2009', '2009']]);
	});
	it('reads a year of three digits after “about” alone, not a count after it', () => {
		const text = 'The Gupta era began in AD 320. Chandragupta II ruled from about 375. Faxian sailed for Sri Lanka about 408. He was defeated, about 528, by a coalition. About 300 of them fled.';
		expect(timexes(text, reference).map(([t]) => t)).toEqual(['AD 320', '375', '408', '528']);
	});
	it('does not take a bare three-digit year as one of the common era in a text that dates years before it', () => {
		const text = 'Hannibal crossed the Alps in 218 BC. The Scipios, who had fought in Spain since 218, were killed. In the 220s BC Carthage had expanded.';
		expect(timexes(text, reference).map(([t]) => t)).toEqual(['218 BC', 'the 220s BC']);
	});
	it('reads the years listed after one, and one after a hedge, but not counts after a year', () => {
		const text = 'In AD 793 Lindisfarne was raided. Iona was attacked in 795 and again in 802 and 806. Iceland was settled from about 870. In 860, 300 and 500 ships came.';
		expect(timexes(text, reference).map(([t]) => t)).toEqual(['AD 793', '795', '802', '806', '870', '860']);
	});
	it('reads them in a text that dates more years of the common era than before it, and a range after its era', () => {
		const text = 'The Classic period is dated from AD 250 to 900. The calendar counted from a creation date in 3114 BC. In January 378 a warrior arrived, and Stela 29 was erected in AD 292. The city fell in 695.';
		expect(timexes(text, reference)).toEqual([
			['AD 250 to 900', '0250/0900'],
			['3114 BC', 'BC3114'],
			['January 378', '0378-01'],
			['AD 292', '0292'],
			['695', '0695']
		]);
	});
	it('writes a decade before the common era and a count with a thousands comma', () => {
		expect(valueOf('Athens grew rich in the 470s BC.', 'the 470s BC', reference)).toBe('BC047');
		expect(valueOf('The empire had lasted for more than 1,100 years.', 'more than 1,100 years', reference)).toBe('P1100Y');
	});
});

describe('story days and weeks, fortnights, obligations and shares', () => {
	const reference = '2008-03-17';
	it('puts “later that day”, “That day” and “earlier that week” on the story’s day or ISO week, and leaves a bare “that day” in a clause alone', () => {
		expect(timexes('On 3 March 1862 the fleet sailed. That day the wind rose. Later that day it rained.', reference)).toEqual([
			['3 March 1862', '1862-03-03'],
			['That day', '1862-03-03'],
			['Later that day', '1862-03-03']
		]);
		expect(valueOf('On May 13, 1846 Congress declared war. Taylor crossed the river the following week.', 'the following week', reference)).toBe('1846-W21');
		expect(valueOf('The exact date will be announced next Monday, with downloads expected to open later that week.', 'later that week', '2026-03-04')).toBe('2026-W11');
		expect(timexes('Market makers can suffer losses on trades made that day.', reference)).toEqual([]);
	});
	it('reads “mid-May” without a year and “a fortnight later”', () => {
		expect(valueOf('On May 9, 1846 Taylor won, and by mid-May the army had gone.', 'mid-May', reference)).toBe('1846-05');
		expect(valueOf('Plevna fell on 10 December 1877, and Gurko crossed the mountains a fortnight later.', 'a fortnight later', reference)).toBe('1877-12-24');
	});
	it('reads “6:12 a.m. local time Sunday” as one time on that Sunday', () => {
		expect(timexes('The quake struck at 6:12 a.m. local time Sunday about 40 miles off the coast.', reference)).toEqual([['6:12 a.m. local time Sunday', '2008-03-16T06:12']]);
	});
	it('reads a day before a word that opens like “am” (“September 13 American troops”), and still “5 pm”', () => {
		const text = 'Talks collapsed on 20 August 1847, and on the morning of September 13 American troops stormed the hill. At 5 pm they rested.';
		expect(timexes(text, reference).map(([t]) => t)).toEqual(['20 August 1847', 'the morning of September 13', '5 pm']);
		expect(valueOf(text, 'the morning of September 13', reference)).toBe('1847-09-13TMO');
	});
	it('tags a day and the clock time after its comma apart', () => {
		expect(timexes('On the night of February 15, 1898, at 9:40 p.m., an explosion tore through her.', reference)).toEqual([
			['the night of February 15, 1898', '1898-02-15TNI'],
			['9:40 p.m.', '1898-02-15T21:40']
		]);
	});
	it('looks ahead after “must” in the date’s own verb group, not in a clause before it', () => {
		expect(valueOf('Results must be certified by Monday.', 'Monday', '2022-11-09')).toBe('2022-11-14');
		expect(valueOf('The service had ruled that Elian must be returned to his father, Juan Miguel Gonzalez, and set Friday as the deadline.', 'Friday', '2000-01-15')).toBe('2000-01-14');
	});
	it('reads “by a quarter” as a share', () => {
		expect(timexes('Runoff turnout has historically dropped by a quarter or more.', '2022-11-09')).toEqual([]);
	});
	it('counts on from “four years ago” that opens its sentence, and counts only “a year ago” from a period told', () => {
		const text = 'In the first half, sales rose. Four years ago, Hensley won. Two years later, he held on.';
		expect(timexes(text, '2022-11-09').slice(1)).toEqual([
			['Four years ago', '2018'],
			['Two years later', '2020']
		]);
	});
	it('puts “the previous afternoon” in news on the day before the story’s day', () => {
		expect(valueOf('The verdict was read on Thursday shortly before 3 p.m. The jury had received the case the previous afternoon.', 'the previous afternoon', '2019-11-21')).toBe('2019-11-20TAF');
	});
});

describe('financial years, race times, fortnights and counts from now', () => {
	it('reads “FY24”, “this financial year” and “the current financial year”', () => {
		const text = 'The economy is expected to grow by 8.2 per cent in FY24, against 7.8 per cent for FY23. The deficit is 3 per cent this financial year, and spending rose over the current financial year.';
		expect(timexes(text, '2023-03-08').map(([t, v]) => `${t}=${v}`)).toEqual(['FY24=2024', 'FY23=2023', 'this financial year=2023', 'the current financial year=2023']);
	});
	it('reads no clock time in a race time; a race time of hours is a length of time (the sets tag it 10 to 2)', () => {
		expect(timexes('Kiprono won in a course record of 2:06:11. "We were happy to get one runner under 2:10," she said. The gates open at 6:45.', '2023-10-05')).toEqual([['2:06:11', 'PT2H6M11S'], ['6:45', '2023-10-05T06:45']]);
	});
	it('reads “the past fortnight” and “two fortnights” as lengths of time', () => {
		expect(timexes('Over the past fortnight, heavy falls have flooded Bihar. The trial lasted two fortnights.', '2019-10-01')).toEqual([
			['the past fortnight', 'P2W'],
			['two fortnights', 'P4W']
		]);
	});
	it('counts “twenty years from now” on from the day of writing', () => {
		expect(timexes('The assets will still be earning for the state twenty years from now.', '2023-03-08')).toEqual([['twenty years from now', '2043']]);
	});
	it('puts a fixture told in the present on the nearest such day (“They host Stanwick on Tuesday night”)', () => {
		expect(valueOf('They host league leaders Stanwick on Tuesday night and travel to Bramley a week later.', 'Tuesday night', '2023-04-16')).toBe('2023-04-18TNI');
	});
	it('reads “one-day internationals” as a format of cricket, and “a one-day strike” as a length of time', () => {
		expect(timexes('The teams then play three one-day internationals. Workers held a one-day strike.', '2018-12-20')).toEqual([['one-day', 'P1D']]);
	});
});

describe('“overnight” before a noun it qualifies is no time', () => {
	it('“the overnight lending rate”, “an overnight count”: not tagged; “overnight, cutting power”: tagged', () => {
		expect(timexes('The overnight lending rate rose. An overnight count began.', '1999-06-09').map(([t]) => t)).not.toContain('overnight');
		expect(timexes('Jets struck Belgrade overnight, cutting power.', '1999-06-09').map(([t]) => t)).toContain('overnight');
	});
});

describe('a telephone number is no year', () => {
	it('“1800 666 111”, “1800-666-111”: not tagged; “in 1800 and 1801”: two years', () => {
		expect(timexes('Call the Confidential Line on 1800 666 111 or 1800-666-111.', '2024-11-18').map(([t]) => t)).not.toContain('1800');
		expect(timexes('The ships sailed in 1800 and 1801.', '2024-11-18')).toContainEqual(['1800', '1800']);
	});
});
