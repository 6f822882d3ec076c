/* test-date.c - date, daterange and duration claims: a table of expressions
 * with their publication date and expected value, near misses, intervals,
 * fixtures; times of day and clock readings in a table of their own
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-test.h"
#include "xc-private.h"

/* One row: @text published on @pub (NULL = unknown) must give @count temporal
 * claims (0 = a near miss); the first one has @kind and the value string of
 * xc_claim_value_string() ("2024-04-09", "2024-04-04/2024-04-08", "P2D",
 * "unresolved"), and @qual when it is not NULL. */
typedef struct {
  const char *text;
  const char *pub;
  const char *kind;
  const char *value;
  const char *qual;
  guint       count;
} DateCase;

#define P "2024-04-10"   /* a Wednesday */
#define D(t, v) { t, P, "date", v, NULL, 1 }
#define DP(t, p, v) { t, p, "date", v, NULL, 1 }
#define R(t, v) { t, P, "daterange", v, NULL, 1 }
#define RP(t, p, v) { t, p, "daterange", v, NULL, 1 }
#define U(t, v) { t, P, "duration", v, "exact", 1 }
#define UQ(t, v, q) { t, P, "duration", v, q, 1 }
#define NONE(t) { t, P, NULL, NULL, NULL, 0 }

static const DateCase date_cases[] = {
  /* complete dates */
  D ("It happened on April 9, 2024.", "2024-04-09"),
  D ("It happened on Apr. 9, 2024.", "2024-04-09"),
  D ("It happened on Apr 9 2024.", "2024-04-09"),
  D ("Tue Apr 09 2024", "2024-04-09"),
  D ("Tuesday, April 9, 2024, was cold.", "2024-04-09"),
  D ("It happened on 9 April 2024.", "2024-04-09"),
  D ("It happened on 9th April 2024.", "2024-04-09"),
  D ("It was the 9th of April, 2024.", "2024-04-09"),
  D ("The deal ended on Dec. 31, 2023.", "2023-12-31"),
  D ("The leap day, Feb. 29, 2024, passed.", "2024-02-29"),
  D ("The attacks of Sept. 11, 2001, changed it.", "2001-09-11"),
  D ("The attacks of Sep 11, 2001 changed it.", "2001-09-11"),
  D ("The law dates from January 1, 1900.", "1900-01-01"),
  D ("It began on March 3rd, 2022.", "2022-03-03"),
  D ("It began on October 17, 2023, in Beijing.", "2023-10-17"),
  D ("He arrived on 1 June 2021 by train.", "2021-06-01"),
  D ("The filing is dated 2024-04-09.", "2024-04-09"),
  D ("The filing is dated 2023/12/31.", "2023-12-31"),
  D ("The filing is dated 13/04/2024.", "2024-04-13"),
  D ("The filing is dated 04/13/2024.", "2024-04-13"),
  D ("The filing is dated 05/05/2024.", "2024-05-05"),
  D ("The filing is dated 1999-01-31 in the records.", "1999-01-31"),
  D ("On Friday, November 3, 2023, the talks ended.", "2023-11-03"),
  D ("The summit on July 4, 1976 was long.", "1976-07-04"),
  /* year-less days: the nearest fitting year, moved by the tense */
  D ("Xi met Lavrov on April 9.", "2024-04-09"),
  D ("They met on Apr. 2.", "2024-04-02"),
  D ("They will meet on April 12.", "2024-04-12"),
  D ("They will meet on May 3.", "2024-05-03"),
  DP ("They met on Dec. 28.", "2024-01-05", "2023-12-28"),
  DP ("They will meet on Jan. 3.", "2023-12-20", "2024-01-03"),
  D ("They met on 9 April.", "2024-04-09"),
  D ("He said on March 30 that talks failed.", "2024-03-30"),
  D ("The vote will be held on November 5.", "2024-11-05"),
  D ("They met on Oct. 12.", "2023-10-12"),
  D ("The ministry released it on Jan. 12.", "2024-01-12"),
  D ("Talks are planned for June 20.", "2024-06-20"),
  DP ("The storm hit on Dec. 30.", "2024-01-02", "2023-12-30"),
  DP ("The result is expected on Feb. 2.", "2023-12-28", "2024-02-02"),
  D ("In his April 11 speech, he warned.", "2024-04-11"),
  D ("On April 9, the minister met him.", "2024-04-09"),
  /* a past clause still names days a few weeks ahead; "payable", "effective",
   * "of record", "until" look ahead, "since" back; an "-ed" word after a
   * determiner is an adjective; "to" and a verb after a word of intent look ahead */
  D ("The board declared a dividend payable May 20.", "2024-05-20"),
  D ("The board declared a dividend on March 20.", "2024-03-20"),
  D ("The council extended the deadline to May 15.", "2024-05-15"),
  D ("They met on Aug. 20.", "2023-08-20"),
  D ("The new fare, effective June 30, was announced.", "2024-06-30"),
  D ("The fund pays holders of record May 2.", "2024-05-02"),
  D ("Inspectors have been barred since May 2.", "2023-05-02"),
  D ("Inspectors were barred on May 2.", "2024-05-02"),
  D ("The revised plan covers work in June.", "2024-06"),
  D ("The plan was revised in June.", "2023-06"),
  D ("The firm agreed to buy the plant in June.", "2024-06"),
  D ("The firm was pleased to report sales in June.", "2023-06"),
  D ("The ban lasts until Friday.", "2024-04-12"),
  D ("Until Friday, nobody had noticed.", "2024-04-05"),
  D ("A car exploded next to the embassy on Friday.", "2024-04-05"),
  D ("On Saturday, the groups were expected to rally.", "2024-04-13"),
  D ("On Saturday, the groups were in the square.", "2024-04-06"),
  /* months */
  D ("It was signed in February 2022.", "2022-02"),
  D ("It was signed in Feb. 2022.", "2022-02"),
  D ("It was signed in March of 2023.", "2023-03"),
  D ("It was signed in February, 2022, in Beijing.", "2022-02"),
  D ("In March of last year, Xi invited him.", "2023-03"),
  D ("In February this year, the agency reviewed it.", "2024-02"),
  D ("The plant opens in January next year.", "2025-01"),
  D ("Prices peaked in March last year.", "2023-03"),
  D ("The last meeting was in April 2018.", "2018-04"),
  D ("In March, sales rose sharply.", "2024-03"),
  D ("He will visit in May.", "2024-05"),
  D ("He visited in May.", "2023-05"),
  D ("Insiders said Putin might visit China in May.", "2024-05"),
  D ("Sales have grown since January.", "2024-01"),
  D ("During August, trade fell.", "2023-08"),
  D ("The work will finish by December.", "2024-12"),
  D ("Last August, the navy responded.", "2023-08"),
  D ("They expect a vote next March.", "2025-03"),
  D ("The fair opens this June.", "2024-06"),
  D ("It rained last March.", "2024-03"),
  D ("It rained last April.", "2023-04"),
  DP ("Last August was hot.", "2024-10-01", "2024-08"),
  D ("The figures were released in January.", "2024-01"),
  D ("It has been closed since September 2020.", "2020-09"),
  D ("Talks resumed in June 2023 after a pause.", "2023-06"),
  /* years in a date context */
  D ("Trade reached a record in 2023.", "2023"),
  D ("Xi took office in 2012.", "2012"),
  D ("The goal is to cut emissions by 2030.", "2030"),
  D ("The ban lasts until 2025.", "2025"),
  D ("Output fell during 2021.", "2021"),
  D ("It was rare before 2000.", "2000"),
  D ("It grew after 1990, slowly.", "1990"),
  D ("2023's record surprised analysts.", "2023"),
  D ("The 2022 invasion changed Europe.", "2022"),
  /* years and year-less days as modifiers */
  D ("A 2011 treaty governs the strait.", "2011"),
  D ("The court upheld his 2019 conviction.", "2019"),
  D ("That 1994 accord still holds.", "1994"),
  D ("The firm's 2022 annual report disappointed.", "2022"),
  D ("Notes due 2031 were sold.", "2031"),
  D ("Growth should carry into 2025.", "2025"),
  { "It will cut output in both 2025 and 2026.", P, "date", "2025", NULL, 2 },
  D ("The May 3 floods closed the road.", "2024-05-03"),
  D ("The October storm flooded the valley.", "2023-10"),
  D ("Sales figures for March rose.", "2024-03"),
  NONE ("They watched The March of the Penguins."),
  NONE ("The May rally drew crowds."),
  NONE ("The March Hare laughed."),
  NONE ("A 2000 percent jump was seen."),
  NONE ("His 2000 votes were not enough."),
  NONE ("Both 2000 and more were cited."),
  D ("Trade was up 26 percent compared with 2022.", "2022"),
  D ("Exports were higher than in 2021, officials said.", "2021"),
  D ("The first fall since 2019 was reported.", "2019"),
  D ("The town was founded in 1850.", "1850"),
  D ("The plan runs through 2026.", "2026"),
  D ("Prices held throughout 2020.", "2020"),
  D ("The program ends in 2199.", "2199"),
  D ("Its 2023 report was late.", "2023"),
  D ("The index stood at a high as of 2023, analysts noted.", "2023"),
  /* relative to the publication date */
  D ("The minister spoke yesterday.", "2024-04-09"),
  D ("The minister speaks today.", "2024-04-10"),
  /* the quarter an earnings report is about (published 2024-04-10: Q1 2024 is over) */
  R ("Acme posted a first-quarter loss of $5 million.", "2024-01-01/2024-03-31"),
  R ("Its fourth-quarter sales fell.", "2023-10-01/2023-12-31"),
  R ("Sales were weak in the latest quarter.", "2024-01-01/2024-03-31"),
  R ("Profit in the year-ago quarter was higher.", "2023-01-01/2023-03-31"),
  R ("Profit in the year-earlier period was higher.", "2023-01-01/2023-03-31"),
  D ("Its year-earlier results were better.", "2023"),
  NONE ("Sales fell 3% in the quarter."),
  NONE ("They cut the quarter of the budget left."),
  NONE ("Sales rose to $3 million from $2 million a year earlier."),
  /* a length of time counted from an event: its duration */
  U ("He bought the rifle two weeks before the raid.", "P2W"),
  U ("She had moved there three weeks before.", "P3W"),
  U ("It has been a month since the flood.", "P1M"),
  U ("Six months prior, the plant closed.", "P6M"),
  NONE ("Exports rose 5% from a year earlier."),
  NONE ("It came a year before the election."),
  /* a part of the day after a weekday stays that day */
  D ("Police arrived on Saturday night.", "2024-04-06"),
  D ("The vote ended Tuesday evening.", "2024-04-09"),
  /* "as soon as"/"as early as" right before a date look forward, whatever the verb */
  D ("The envoy said he could arrive as soon as Friday.", "2024-04-12"),
  D ("Officials said talks could resume as early as Monday.", "2024-04-15"),
  D ("She left as soon as the talks on Monday ended.", "2024-04-08"),
  /* the time of writing: TimeML's PRESENT_REF, vague (never a scope, never judged) */
  D ("The ferry is now back in port.", "PRESENT_REF"),
  D ("The agency currently employs 300 people.", "PRESENT_REF"),
  D ("Now, the court must decide.", "PRESENT_REF"),
  NONE ("Nowhere was the snow deeper."),
  NONE ("They knew the town well."),
  /* lengths of no stated number: TimeML's PXY, vague; "a couple of" is two */
  { "The dispute has run for several years.", P, "duration", "PXY", NULL, 1 },
  { "A few days later, the port reopened.", P, "duration", "PXD", NULL, 1 },
  { "Prices should hold over the next several days.", P, "duration", "PXD", NULL, 1 },
  { "Rates may fall in coming weeks.", P, "duration", "PXW", NULL, 1 },
  { "It lost money for several quarters.", P, "duration", "PXQ", NULL, 1 },
  { "Nothing will change for a couple of years.", P, "duration", "P2Y", NULL, 1 },
  { "Unrest has grown in recent years.", P, "duration", "PXY", NULL, 1 },
  { "The plant stood idle for years.", P, "duration", "PXY", NULL, 1 },
  { "Troops could arrive within weeks.", P, "duration", "PXW", NULL, 1 },
  NONE ("The recent days of rain flooded roads."),
  NONE ("Years of work were lost."),
  NONE ("Few days pass without a protest."),
  NONE ("The coming days-long festival drew crowds."),
  /* a clause of its own after a comma does not set the tense when the date's has a marker */
  D ("The plan is to admit them in early June, an official said.", "2024-06"),
  D ("In June, the board said it would sell.", "2023-06"),
  D ("The union was preparing for the bill to be voted on Thursday.", "2024-04-11"),
  D ("The bill was voted on Thursday.", "2024-04-04"),
  /* "last Oct. 23" is a day; "This Week" in capitals inside a sentence is a programme;
   * "the people of tomorrow" is no day */
  D ("He was shot last Oct. 23 at home.", "2023-10-23"),
  NONE ("Baker spoke on ABC's \"This Week\" programme."),
  R ("This week the port reopened.", "2024-04-08/2024-04-14"),
  NONE ("He praised the leaders of tomorrow."),
  D ("Talks resume tomorrow.", "2024-04-11"),
  /* spoken years (broadcast transcripts); "yesterday's", "tomorrow's" */
  D ("The plant closed in nineteen eighty-seven.", "1987"),
  D ("Jobs were promised by the year two thousand.", "2000"),
  D ("They cited a nineteen ninety-one law.", "1991"),
  D ("It reopened in two thousand and three.", "2003"),
  NONE ("Nineteen ninety-six people signed it."),
  NONE ("About two thousand marched."),
  D ("Shares fell after yesterday's report.", "2024-04-09"),
  D ("Tomorrow's vote matters.", "2024-04-11"),
  NONE ("In today's world, few write letters."),
  /* weekends: TimeML's YYYY-Www-WE, vague; "for the (full) year": the publication year */
  D ("Talks resumed over the weekend.", "2024-W14-WE"),
  D ("Traders sold ahead of the weekend.", "2024-W15-WE"),
  D ("The team will rest next weekend.", "2024-W15-WE"),
  DP ("Fans gathered over the weekend.", "2021-01-04", "2020-W53-WE"),
  NONE ("The weekend was quiet."),
  D ("The deal should close by year-end.", "2024-12-31"),
  D ("The index has risen 9% since year-end.", "2023-12-31"),
  NONE ("Year-end bonuses were cut."),
  NONE ("They reported that year-end net fell."),
  D ("Sales for the full year rose 4%.", "2024"),
  D ("It was a high for the year.", "2024"),
  NONE ("It happened in the year of the flood."),
  NONE ("They have the year to decide what to do."),
  /* a quarter of a named or relative year */
  R ("Sales for this year's third quarter fell.", "2024-07-01/2024-09-30"),
  R ("It could start in next year's first quarter.", "2025-01-01/2025-03-31"),
  R ("In the 2023 second quarter it lost money.", "2023-04-01/2023-06-30"),
  D ("In 2023 quarterly sales rose.", "2023"),
  NONE ("The period of mourning ended."),
  /* seasons: TimeML's YYYY-SP/SU/FA/WI, vague */
  D ("Sales slumped last fall.", "2023-FA"),
  DP ("The plant closed last fall.", "2024-01-15", "2023-FA"),
  DP ("The strike began last spring.", "2023-10-20", "2022-SP"),
  D ("Work starts this summer.", "2024-SU"),
  D ("Prices rose this past winter.", "2023-WI"),
  DP ("Demand held up well into the summer.", "2023-10-05", "2023-SU"),
  D ("The bridge opens next spring.", "2025-SP"),
  D ("It happened in the winter of 1994.", "1994-WI"),
  D ("Prices sank in the winter of nineteen ninety-four.", "1994-WI"),
  D ("It began in January nineteen ninety-seven.", "1997-01"),
  NONE ("The fall of the city shocked them."),
  NONE ("A fall in prices hurt."),
  NONE ("They spent the summer of love there."),
  /* holidays: the day, nearest or by "last"/"next" */
  D ("The boy was rescued on Thanksgiving Day.", "2023-11-23"),
  DP ("Shops close on Christmas Day.", "2024-12-01", "2024-12-25"),
  D ("They met last Christmas.", "2023-12-25"),
  D ("The vote came after Easter.", "2024-03-31"),
  NONE ("They spent Easter week at home."),
  /* "recently", "in the past": PAST_REF; "in the (near) future": FUTURE_REF */
  D ("The mill recently cut its workforce.", "PAST_REF"),
  D ("More recently, the port reopened.", "PAST_REF"),
  NONE ("The victims were named, most recently by the mayor."),
  NONE ("The recently built bridge is closed."),
  D ("In the past, the town flooded every spring.", "PAST_REF"),
  D ("The river has flooded in the past.", "PAST_REF"),
  NONE ("Prices have doubled in the past few seasons."),
  NONE ("He lived in the past tense of memory."),
  D ("The firm may list its shares in the near future.", "FUTURE_REF"),
  D ("Residents worry about the future and the rents.", "FUTURE_REF"),
  NONE ("The future of the mill is unclear."),
  NONE ("Talks on the future of the port stalled."),
  NONE ("The dam will stand for the foreseeable future."),
  /* a weekday or "today" after a name is said of that name ("The court Friday rejected") */
  D ("The Supreme Court Friday rejected the appeal.", "2024-04-05"),
  D ("Also Monday, the rebels freed two hostages.", "2024-04-08"),
  D ("Earlier Tuesday, the envoy met them.", "2024-04-09"),
  D ("Talks resumed in Geneva Sunday, officials said.", "2024-04-07"),
  D ("President Ortiz today signed the bill.", "2024-04-10"),
  D ("Rescue teams arrived in Kestria today.", "2024-04-10"),
  D ("The minister speaks tomorrow.", "2024-04-11"),
  D ("The minister speaks tonight.", "2024-04-10"),
  D ("Trade grew last year.", "2023"),
  D ("Trade will grow this year.", "2024"),
  D ("Trade will grow next year.", "2025"),
  D ("He won the election last month.", "2024-03"),
  D ("The talks end this month.", "2024-04"),
  D ("The talks resume next month.", "2024-05"),
  D ("In the previous month, imports rose.", "2024-03"),
  D ("He took office earlier this month.", "2024-04"),
  D ("He spoke early this month.", "2024-04"),
  D ("The visit is planned later this year.", "2024"),
  D ("The plant closed late last year.", "2023"),
  D ("The plant reopens early next year.", "2025"),
  D ("Prices rose earlier this year.", "2024"),
  D ("Prices rose late last month.", "2024-03"),
  DP ("He won the election last month.", "2024-01-15", "2023-12"),
  DP ("The talks resume next month.", "2024-12-20", "2025-01"),
  DP ("Trade grew last year.", "2025-03-01", "2024"),
  /* periods up to a month: the last such month begun by publication (P is 2024-04-10) */
  R ("Sales rose in the three months to June.", "2023-04-01/2023-06-30"),
  R ("Sales rose in the three months to March.", "2024-01-01/2024-03-31"),
  R ("Sales rose in the three months to April.", "2024-02-01/2024-04-30"),
  R ("Sales rose in the six months to March.", "2023-10-01/2024-03-31"),
  R ("Prices rose in the year to May.", "2022-06-01/2023-05-31"),
  R ("Prices rose in the year to February.", "2023-03-01/2024-02-29"),
  R ("Output fell in the 12 months through September.", "2022-10-01/2023-09-30"),
  R ("Sales in the nine months ended Sept. 30 fell.", "2023-01-01/2023-09-30"),
  R ("Sales in the nine months ended September 30, 2022 fell.", "2022-01-01/2022-09-30"),
  R ("Sales in the quarter ended March 31 fell.", "2024-01-01/2024-03-31"),
  R ("Sales in the quarter ending in March 2025 will rise.", "2025-01-01/2025-03-31"),
  R ("Sales in the half-year to December fell.", "2023-07-01/2023-12-31"),
  R ("Sales in the 18 months to March fell.", "2022-10-01/2024-03-31"),
  RP ("Sales rose in the three months to June.", NULL, "?/?"),
  R ("Sales in the year to March 2023 fell.", "2022-04-01/2023-03-31"),
  U ("It took the three months to finish.", "P3M"),
  NONE ("They have the year to decide."),
  NONE ("Use the quarter to May-be test."),
  R ("Prices fell last week.", "2024-04-01/2024-04-07"),
  R ("Prices fell this week.", "2024-04-08/2024-04-14"),
  R ("Talks resume next week.", "2024-04-15/2024-04-21"),
  R ("Prices fell earlier this week.", "2024-04-08/2024-04-10"),
  R ("Talks resume later this week.", "2024-04-10/2024-04-14"),
  R ("Profits fell last quarter.", "2024-01-01/2024-03-31"),
  R ("Profits will rise this quarter.", "2024-04-01/2024-06-30"),
  R ("Profits will rise next quarter.", "2024-07-01/2024-09-30"),
  RP ("Profits fell last quarter.", "2024-01-15", "2023-10-01/2023-12-31"),
  /* weekdays: past looks back, future forward */
  D ("Xi met Lavrov on Tuesday.", "2024-04-09"),
  D ("They met on Monday.", "2024-04-08"),
  D ("They met on Wednesday.", "2024-04-10"),
  D ("They met on Thursday.", "2024-04-04"),
  D ("They will meet on Thursday.", "2024-04-11"),
  D ("They will meet on Tuesday.", "2024-04-16"),
  D ("The strike began last Friday.", "2024-04-05"),
  D ("The strike begins next Monday.", "2024-04-15"),
  D ("The strike begins this Friday.", "2024-04-12"),
  D ("The ministry said Tuesday that exports fell.", "2024-04-09"),
  D ("On Sunday, police arrested two men.", "2024-04-07"),
  D ("Tuesday's meeting was tense.", "2024-04-09"),
  DP ("Kremlin spokesman Peskov told reporters on Tuesday that it was early.", "2024-04-09", "2024-04-09"),
  /* parts of periods: the value at the stated precision */
  D ("In early 2022, they declared a partnership.", "2022"),
  D ("Growth slowed in mid-2023.", "2023"),
  D ("Growth slowed in late 2021.", "2021"),
  D ("The plant closed at the end of 2023.", "2023"),
  D ("The plant opened at the beginning of 2020.", "2020"),
  D ("The plant opened in early April.", "2024-04"),
  D ("The plant opened in mid-March 2023.", "2023-03"),
  D ("The plant will open by the end of the year.", "2024"),
  D ("The plant closed at the end of last year.", "2023"),
  D ("The plant opened at the start of this year.", "2024"),
  D ("The plant closed at the end of last month.", "2024-03"),
  D ("The plant closed in late September 2019.", "2019-09"),
  /* quarters, halves, first months, decades */
  R ("Sales rose in Q1 2023.", "2023-01-01/2023-03-31"),
  R ("Sales rose in Q4 2022.", "2022-10-01/2022-12-31"),
  R ("Sales rose in 2023 Q3.", "2023-07-01/2023-09-30"),
  R ("Sales rose in Q2 '23.", "2023-04-01/2023-06-30"),
  R ("Sales rose in the first quarter of 2023.", "2023-01-01/2023-03-31"),
  R ("Sales are due in the second quarter.", "2024-04-01/2024-06-30"),
  R ("Sales rose in the first quarter.", "2024-01-01/2024-03-31"),
  R ("Profits fell in the fourth quarter.", "2023-10-01/2023-12-31"),
  R ("Profits fell in the third quarter of last year.", "2023-07-01/2023-09-30"),
  R ("Sales rose in the first half of 2024.", "2024-01-01/2024-06-30"),
  R ("Sales fell in the second half of 2023.", "2023-07-01/2023-12-31"),
  R ("Sales rose in H1 2024.", "2024-01-01/2024-06-30"),
  R ("Sales fell in H2 2023.", "2023-07-01/2023-12-31"),
  R ("Sales rose in the first half of this year.", "2024-01-01/2024-06-30"),
  R ("Sales rose in the first half of the year.", "2024-01-01/2024-06-30"),
  R ("Exports rose in the first 11 months of 2023.", "2023-01-01/2023-11-30"),
  R ("Exports rose in the first three months of 2024.", "2024-01-01/2024-03-31"),
  R ("Exports rose in the first nine months of last year.", "2023-01-01/2023-09-30"),
  R ("Exports rose in the first two months.", "2024-01-01/2024-02-29"),
  R ("Exports rose in the first six months.", "2023-01-01/2023-06-30"),
  R ("Growth was fast in the 1990s.", "1990/1999"),
  R ("Growth was slow in the 2010s.", "2010/2019"),
  R ("Growth was fast in the early 2000s.", "2000/2003"),
  R ("Growth was slow in the late 1980s.", "1987/1989"),
  /* ranges */
  R ("After his April 4–8 tour, the envoy flew home.", "2024-04-04/2024-04-08"),
  R ("Her April 4-8 visit ended.", "2024-04-04/2024-04-08"),
  R ("She visited April 4 to 8.", "2024-04-04/2024-04-08"),
  R ("The fair ran March 3-5, 2024.", "2024-03-03/2024-03-05"),
  R ("The fair ran 4-8 April 2024.", "2024-04-04/2024-04-08"),
  R ("The fair ran from April 4 to April 8.", "2024-04-04/2024-04-08"),
  R ("The fair ran between April 4 and April 8.", "2024-04-04/2024-04-08"),
  R ("The fair ran March 30 to April 2, 2024.", "2024-03-30/2024-04-02"),
  RP ("The fair ran Dec. 28 to Jan. 3.", "2024-01-05", "2023-12-28/2024-01-03"),
  R ("Output fell between 2019 and 2021.", "2019/2021"),
  R ("Output fell from 2019 to 2021.", "2019/2021"),
  R ("Output fell in 2019-2021.", "2019/2021"),
  R ("Output fell in 2019–21.", "2019/2021"),
  R ("Output fell from March to May 2023.", "2023-03/2023-05"),
  R ("Sales rose between January and March.", "2024-01/2024-03"),
  R ("The talks ran from May 2 through May 4, 2023.", "2023-05-02/2023-05-04"),
  { "From June 3, 2021, to Nov. 30, 2022, the mill shipped steel.", P, "date", "2021-06-03", NULL, 2 },
  /* durations */
  U ("He arrived for a two-day visit.", "P2D"),
  U ("The five-day exercise ended.", "P5D"),
  U ("It extended his 24 years of rule.", "P24Y"),
  U ("He began a new six-year term.", "P6Y"),
  U ("The talks took three weeks.", "P3W"),
  UQ ("It came less than three weeks after the pact.", "P3W", "less_than"),
  U ("The strike lasted 48 hours.", "PT48H"),
  U ("Growth stalled for a decade.", "P10Y"),
  U ("He was jailed for 10 months.", "P10M"),
  UQ ("They have ruled for more than 20 years.", "P20Y", "more_than"),
  UQ ("The siege lasted over 30 days.", "P30D", "more_than"),
  UQ ("It took nearly two decades.", "P20Y", "approx"),
  UQ ("The speech lasted about 90 minutes.", "PT90M", "approx"),
  UQ ("The loan runs at least 12 months.", "P12M", "at_least"),
  UQ ("Sentences of up to five years apply.", "P5Y", "at_most"),
  UQ ("The trip took under two hours.", "PT2H", "less_than"),
  U ("Unions called a 24-hour strike.", "PT24H"),
  U ("The project took 1.5 years.", "P1.5Y"),
  U ("He lived there for a year.", "P1Y"),
  UQ ("A reply is due within a week.", "P1W", "at_most"),
  U ("They met often over the past decade.", "P10Y"),
  U ("Prices doubled over the last two years.", "P2Y"),
  U ("She has covered markets for last 10 years.", "P10Y"),
  U ("Over the past year, ties deepened.", "P1Y"),
  U ("The empire lasted a century.", "P100Y"),
  U ("The dispute lasted two centuries.", "P200Y"),
  U ("The fair lasts a fortnight.", "P2W"),
  U ("The clip runs 30 seconds.", "PT30S"),
  U ("He served twenty-five years in office.", "P25Y"),
  U ("Leaders held a one-day summit.", "P1D"),
  U ("The 10-year bond yield rose.", "P10Y"),
  U ("The ban lasted for six months.", "P6M"),
  U ("A three-month delay followed.", "P3M"),
  U ("The camp ran for one week.", "P1W"),
  UQ ("Rescuers worked roughly 40 hours.", "PT40H", "approx"),
  UQ ("The war has lasted almost two years.", "P2Y", "approx"),
  UQ ("The vote came just over a decade later.", "P10Y", "more_than"),
  /* "ago": a date at the unit's precision */
  D ("The plant closed two years ago.", "2022"),
  D ("The plant closed three days ago.", "2024-04-07"),
  D ("The plant closed six months ago.", "2023-10"),
  D ("The plant closed a decade ago.", "2014"),
  D ("The plant closed two weeks ago.", "2024-03-27"),
  /* no publication date: relative expressions stay unresolved */
  { "Trade grew last year.", NULL, "date", "unresolved", NULL, 1 },
  { "Xi met Lavrov on Tuesday.", NULL, "date", "unresolved", NULL, 1 },
  { "Xi met Lavrov on April 9.", NULL, "date", "unresolved", NULL, 1 },
  { "Prices fell this week.", NULL, "daterange", "?/?", NULL, 1 },
  { "Sales rose in the first quarter.", NULL, "daterange", "?/?", NULL, 1 },
  { "He will visit in May.", NULL, "date", "unresolved", NULL, 1 },
  { "The minister spoke yesterday.", NULL, "date", "unresolved", NULL, 1 },
  { "The plant closed two years ago.", NULL, "date", "unresolved", NULL, 1 },
  { "It happened on April 9, 2024.", NULL, "date", "2024-04-09", NULL, 1 },
  { "Trade reached a record in 2023.", NULL, "date", "2023", NULL, 1 },
  { "It extended his 24 years of rule.", NULL, "duration", "P24Y", NULL, 1 },
  { "Sales rose in Q1 2023.", NULL, "daterange", "2023-01-01/2023-03-31", NULL, 1 },
  /* near misses: no temporal claim at all */
  NONE ("The drill, called Maritime Security Belt 2024, ended."),
  NONE ("The plan is known as Vision 2030."),
  NONE ("Fans watched Euro 2024 on screens."),
  NONE ("Delegates met at COP28 in Dubai."),
  NONE ("The G20 met in Delhi."),
  NONE ("COVID-19 spread quickly."),
  NONE ("It was the deadliest war since World War Two."),
  NONE ("Lucy Harlow (4126 articles)"),
  NONE ("Doctors saw it in 2000 cases."),
  NONE ("The index rose to 2100 points."),
  NONE ("About 2023 people attended."),
  NONE ("It was founded in 1799."),
  NONE ("The plan goes beyond 2200 units."),
  NONE ("Guests stayed in Room 2024."),
  NONE ("It cost $2023 in total."),
  NONE ("Turnout was 2023% of the target."),
  NONE ("He won by 2,023 votes."),
  NONE ("The mayor spoke at the 3rd Harbour and Rail Forum."),
  NONE ("She began her fifth term as mayor."),
  NONE ("Xi praised Sino-Russian ties."),
  NONE ("The meeting starts at 10:30."),
  NONE ("The meeting starts at 9 a.m. sharp."),
  /* duration ranges: start/end durations, qualifier range */
  UQ ("The repairs will take two to three years.", "P2Y/P3Y", "range"),
  UQ ("Talks could last three or four weeks.", "P3W/P4W", "range"),
  UQ ("The ship will stay between two and five days.", "P2D/P5D", "range"),
  UQ ("The work takes 2-3 years.", "P2Y/P3Y", "range"),
  UQ ("The work takes 2–3 years.", "P2Y/P3Y", "range"),
  UQ ("Each shift runs 10 to 12 hours.", "PT10H/PT12H", "range"),
  UQ ("It lasts from six to eight months.", "P6M/P8M", "range"),
  U ("He served twenty-five years in office.", "P25Y"),
  { "Children aged 5 to 10 years attended.", P, "duration", "P10Y", "exact", 1 },
  /* fiscal years: marked, never the calendar year */
  D ("Revenue was $3.2 billion in fiscal 2023.", "FY2023"),
  D ("Spending rose in fiscal year 2023.", "FY2023"),
  D ("Spending rose in Fiscal Year 2023.", "FY2023"),
  D ("Profit doubled in FY2023.", "FY2023"),
  D ("Profit doubled in FY23.", "FY2023"),
  D ("Profit doubled in FY 2023.", "FY2023"),
  D ("Profit fell in the 2023 fiscal year.", "FY2023"),
  R ("Output grew in the 2023-24 financial year.", "FY2023/2024"),
  R ("Output grew in FY2023/24.", "FY2023/2024"),
  R ("Output grew in fiscal 2023-24.", "FY2023/2024"),
  R ("Output grew in the financial year 2023/2024.", "FY2023/2024"),
  /* back from the date the sentence states */
  { "Inflation was 3.5 percent last month, against 4.1 percent a year earlier.", P, "date", "2024-03", NULL, 2 },
  { "In March, exports were $2 billion, against $1.5 billion a month earlier.", P, "date", "2024-03", NULL, 2 },
  { "In 2022, sales fell after rising 5 percent the year before.", P, "date", "2022", NULL, 2 },
  { "In 2022, sales fell after rising 5 percent the previous year.", P, "date", "2022", NULL, 2 },
  { "On April 2, the port shut; it had reopened two days earlier.", P, "date", "2024-04-02", NULL, 2 },
  D ("A year ago the port was empty.", "2023"),
  /* near misses of the forms above */
  NONE ("He left a year before the election."),
  NONE ("It finished a month earlier than planned."),
  NONE ("It fiscal plans were cut."),
  NONE ("The FY scheme ended."),
  NONE ("The score was 2 to 3 goals."),
  NONE ("Article 5 applies to members."),
  NONE ("The filing is dated 04/09/2024."),
  NONE ("The filing is dated 2024-13-01."),
  NONE ("It happened on Feb. 30, 2024."),
  NONE ("A 45-year-old man was arrested."),
  NONE ("The suspect is 45 years old."),
  NONE ("A 10-year-old girl was found."),
  NONE ("They meet twice a year."),
  NONE ("Take it once a day."),
  NONE ("It earns $5 billion a year."),
  NONE ("Trade was up 25 percent from a year earlier."),
  NONE ("Sales rose 12.8 percent from the previous year."),
  NONE ("It was the second time he came."),
  NONE ("He won a second term."),
  NONE ("One day he left the party."),
  NONE ("Fans gathered for Super Bowl Sunday."),
  NONE ("He reads The Sunday Times each week."),
  NONE ("Markets crashed on Black Monday."),
  NONE ("Pilgrims walked on Holy Thursday."),
    NONE ("Shops were busy on Good Friday."),
  NONE ("Candidates campaigned before Super Tuesday."),
  NONE ("The club meets every Monday."),
  NONE ("Black Friday sales were strong."),
  NONE ("May I ask a question?"),
  NONE ("Theresa May spoke to reporters."),
  NONE ("The author is Jan Smith."),
  NONE ("Dictatorship has no place in today's world."),
  NONE ("She read USA Today on the train."),
  NONE ("The March was peaceful."),
  NONE ("The march drew 300 people."),
  NONE ("The plan has 12 points."),
  NONE ("Route 66 is long."),
  NONE ("He scored 31 goals."),
  NONE ("It costs 1990 dollars."),
  NONE ("Flight 2024 landed safely."),
};

static const char *
first_temporal (GPtrArray *claims, guint *out_n, XcClaim **out_first)
{
  *out_n = 0;
  *out_first = NULL;
  for (guint i = 0; i < claims->len; i++)
    {
      XcClaim *c = claims->pdata[i];
      if (c->kind != XC_KIND_DATE && c->kind != XC_KIND_DATERANGE && c->kind != XC_KIND_DURATION)
        continue;
      if ((*out_n)++ == 0)
        *out_first = c;
    }
  return NULL;
}

START_TEST (test_date_table)
{
  const DateCase *tc = &date_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (tc->text, tc->pub);
  guint n;
  XcClaim *c;
  first_temporal (claims, &n, &c);
  ck_assert_msg (n == tc->count, "'%s': %u temporal claims, expected %u%s%s", tc->text, n, tc->count,
                 c ? ", first: " : "", c ? c->text : "");
  if (tc->count == 0)
    return;
  g_autofree char *v = xc_claim_value_string (c);
  ck_assert_msg (g_str_equal (xc_kind_to_string (c->kind), tc->kind) && g_str_equal (v, tc->value),
                 "'%s': got %s %s (\"%s\"), expected %s %s", tc->text, xc_kind_to_string (c->kind), v, c->text,
                 tc->kind, tc->value);
  if (tc->qual)
    ck_assert_str_eq (xc_qualifier_to_string (c->qualifier), tc->qual);
  gboolean want_resolved = !g_str_equal (tc->value, "unresolved") && !g_str_equal (tc->value, "?/?");
  ck_assert_int_eq (c->resolved, want_resolved);
  if (tc->pub == NULL && (g_str_equal (tc->value, "unresolved") || g_str_equal (tc->value, "?/?")))
    ck_assert (!c->resolved && isinf (c->interval.lo) && isinf (c->interval.hi));
}
END_TEST

/* The day of a year-less date after a determiner is no count ("the May 3
 * floods"); other counts stay. */
static const struct {
  const char *text;
  gboolean    count;
} modifier_cases[] = {
  { "The May 3 floods closed the road.", FALSE },
  { "Since the Jan. 9 strikes, the port is shut.", FALSE },
  { "Police said on March 3 that 7 rebels died.", TRUE },
};

START_TEST (test_date_modifier_count)
{
  g_autoptr(GPtrArray) claims = xc_test_extract (modifier_cases[_i].text, P);
  gboolean count = FALSE;
  for (guint i = 0; i < claims->len; i++)
    count |= ((XcClaim *) claims->pdata[i])->kind == XC_KIND_COUNT;
  ck_assert_msg (count == modifier_cases[_i].count, "'%s': count %d", modifier_cases[_i].text, count);
}
END_TEST

/* Intervals: dates in day numbers, closed; durations in days with the qualifier. */
typedef struct {
  const char *text;
  const char *lo;     /* ISO day for dated kinds, or NULL for durations */
  const char *hi;
  double      dlo, dhi;
  gboolean    hi_open;
} IntervalCase;

static const IntervalCase interval_cases[] = {
  { "On April 9, they met.", "2024-04-09", "2024-04-09", 0, 0, FALSE },
  { "Trade grew in 2023.", "2023-01-01", "2023-12-31", 0, 0, FALSE },
  { "It was signed in February 2024.", "2024-02-01", "2024-02-29", 0, 0, FALSE },
  { "In early 2022, they declared it.", "2022-01-01", "2022-04-30", 0, 0, FALSE },
  { "Growth slowed in mid-2023.", "2023-05-01", "2023-08-31", 0, 0, FALSE },
  { "Growth slowed in late 2021.", "2021-09-01", "2021-12-31", 0, 0, FALSE },
  { "The plant opened in early April.", "2024-04-01", "2024-04-10", 0, 0, FALSE },
  { "He took office earlier this month.", "2024-04-01", "2024-04-10", 0, 0, FALSE },
  { "The visit is planned later this year.", "2024-04-10", "2024-12-31", 0, 0, FALSE },
  { "Her April 4-8 visit ended.", "2024-04-04", "2024-04-08", 0, 0, FALSE },
  { "Output fell between 2019 and 2021.", "2019-01-01", "2021-12-31", 0, 0, FALSE },
  { "It extended his 24 years of rule.", NULL, NULL, 23.5 * 365.25, 24.5 * 365.25, TRUE },
  { "He arrived for a two-day visit.", NULL, NULL, 1.5, 2.5, TRUE },
  { "It came less than three weeks after.", NULL, NULL, 0, 21, TRUE },
  { "They have ruled for more than 20 years.", NULL, NULL, 20 * 365.25, INFINITY, FALSE },
  { "He was jailed for 10 months.", NULL, NULL, 9.5 * 30.44, 10.5 * 30.44, TRUE },
  { "The repairs will take two to three years.", NULL, NULL, 1.5 * 365.25, 3.5 * 365.25, TRUE },
  { "Profit doubled in fiscal 2023.", "2022-02-01", "2024-11-30", 0, 0, FALSE },
  { "Output grew in FY2023/24.", "2023-02-01", "2024-11-30", 0, 0, FALSE },
};

static double
day_of (const char *iso)
{
  GDate a, b;
  ck_assert (xc_iso_date_bounds (iso, &a, &b));
  return xc_date_day_number (&a);
}

START_TEST (test_date_interval)
{
  const IntervalCase *tc = &interval_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (tc->text, P);
  guint n;
  XcClaim *c;
  first_temporal (claims, &n, &c);
  ck_assert_msg (n == 1, "'%s': %u claims", tc->text, n);
  double lo = tc->lo ? day_of (tc->lo) : tc->dlo, hi = tc->hi ? day_of (tc->hi) : tc->dhi;
  ck_assert_msg (fabs (c->interval.lo - lo) < 1e-6 && (isinf (hi) ? isinf (c->interval.hi) : fabs (c->interval.hi - hi) < 1e-6),
                 "'%s': interval %g..%g, expected %g..%g", tc->text, c->interval.lo, c->interval.hi, lo, hi);
  ck_assert_int_eq (c->interval.hi_open, tc->hi_open);
}
END_TEST

/* A document without a publication date gets one warning when it has a relative date. */
START_TEST (test_date_unresolved_warning)
{
  g_autoptr(GError) error = NULL;
  XcExtractor *ex = xc_test_extractor ();
  g_autoptr(XcDocument) doc = xc_test_document ("Trade grew last year. It fell on Tuesday.", XC_FORMAT_TEXT, NULL);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) claims = xc_extractor_run (ex, doc, warnings, &error);
  ck_assert_ptr_nonnull (claims);
  ck_assert_uint_eq (claims->len, 2);
  ck_assert_uint_eq (warnings->len, 1);
  g_autoptr(XcDocument) doc2 = xc_test_document ("Trade grew in 2023.", XC_FORMAT_TEXT, NULL);
  g_autoptr(GPtrArray) warnings2 = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) claims2 = xc_extractor_run (ex, doc2, warnings2, &error);
  ck_assert_uint_eq (warnings2->len, 0);
}
END_TEST

/* The new fields survive xc_claim_to_json() / xc_claim_from_json() and xc_claim_copy(). */
static const char * const roundtrip_texts[] = {
  "The repairs will take two to three years.",
  "Revenue grew in fiscal 2023.",
  "Revenue grew in FY2023/24.",
};

START_TEST (test_date_roundtrip)
{
  g_autoptr(GPtrArray) claims = xc_test_extract (roundtrip_texts[_i], P);
  guint n;
  XcClaim *c;
  first_temporal (claims, &n, &c);
  ck_assert_msg (n == 1, "'%s': %u claims", roundtrip_texts[_i], n);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  xc_claim_to_json (c, b);
  g_autoptr(JsonNode) node = json_builder_get_root (b);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcClaim) back = xc_claim_from_json (json_node_get_object (node), &error);
  g_autoptr(XcClaim) copy = xc_claim_copy (c);
  ck_assert_ptr_nonnull (back);
  for (int k = 0; k < 2; k++)
    {
      const XcClaim *x = k ? copy : back;
      g_autofree char *v1 = xc_claim_value_string (c), *v2 = xc_claim_value_string (x);
      ck_assert_str_eq (v1, v2);
      ck_assert_int_eq (x->fiscal, c->fiscal);
      ck_assert_int_eq (x->qualifier, c->qualifier);
      ck_assert_str_eq (x->start ? x->start : "", c->start ? c->start : "");
      ck_assert_str_eq (x->end ? x->end : "", c->end ? c->end : "");
      ck_assert (x->value_high == c->value_high);
      ck_assert (fabs (x->interval.lo - c->interval.lo) < 1e-9 && fabs (x->interval.hi - c->interval.hi) < 1e-9);
    }
}
END_TEST

/* Times of day: @text published on P gives @count time claims (0: a near
 * miss; with @kind "duration" the first duration instead), the first with the
 * value string @value, @qual, the window [@lo, @hi] in minutes (UTC minutes
 * when the zone's offset is known; NAN: no window) and the day @date. */
typedef struct {
  const char *text;
  const char *kind;
  const char *value;
  const char *qual;
  double      lo, hi;
  const char *date;
  guint       count;
} TimeCase;

#define T(t, v, q, lo, hi, d) { t, "time", v, q, lo, hi, d, 1 }
#define TNONE(t) { t, "time", NULL, NULL, 0, 0, NULL, 0 }
#define ELAPSED(t, v) { t, "duration", v, "exact", 0, 0, NULL, 1 }

static const TimeCase time_cases[] = {
  T ("The shop was robbed at about 4 p.m. on Monday.", "16:00", "approx", 940, 980, "2024-04-08"),
  T ("The crash happened at 7:42 a.m. on March 3, 2024.", "07:42", "exact", 462, 462, "2024-03-03"),
  T ("The alarm sounded shortly before midnight.", "24:00", "less_than", 1410, 1440, NULL),
  T ("Fans left shortly after midnight on Sunday.", "00:00", "more_than", 0, 30, "2024-04-07"),
  T ("The ferry sank just before 10:15 p.m., officials said.", "22:15", "less_than", 1305, 1335, NULL),
  T ("Rescuers arrived around 6pm.", "18:00", "approx", 1060, 1100, NULL),
  T ("The convoy left at about 7:40 in the evening.", "19:40", "approx", 1175, 1185, NULL),
  T ("The raid began about 5:05 in the morning.", "05:05", "approx", 300, 310, NULL),
  T ("The patrol sailed at 0430 hours.", "04:30", "exact", 270, 270, NULL),
  T ("The tanker was boarded at 2215 GMT.", "22:15+00:00", "exact", 1335, 1335, NULL),
  T ("The ship radioed at about 1400 hrs IST.", "14:00+05:30", "approx", 490, 530, NULL),
  T ("The quake struck at 3:20 a.m. local time on Tuesday.", "03:20 local", "exact", 200, 200, "2024-04-09"),
  T ("Polls close at 8 p.m. EST on Nov. 5, 2024.", "20:00-05:00", "exact", 45, 75, "2024-11-05"),
  T ("The rocket lifted off at 9:30 p.m. ET on July 1, 2024.", "21:30-04:00", "exact", 90, 90, "2024-07-01"),
  T ("The talks resumed at noon on Friday.", "12:00", "exact", 705, 735, "2024-04-05"),
  T ("Voting ends at 12 noon.", "12:00", "exact", 705, 735, NULL),
  T ("Shops stay open until midnight.", "24:00", "exact", 1425, 1455, NULL),
  T ("As of 9 p.m., no one had been charged.", "21:00", "exact", 1245, 1275, NULL),
  T ("The blockade ended by 6 a.m.", "06:00", "at_most", -INFINITY, 360, NULL),
  T ("The march started at 14:30 in the square.", "14:30", "exact", 870, 870, NULL),
  T ("The guards were relieved at 9:15.", "09:15", "exact", NAN, NAN, NULL),
  T ("The session opened at 09:15.", "09:15", "exact", 555, 555, NULL),
  T ("The meeting began at 10 a.m. (1500 GMT) in the capital.", "10:00", "exact", 585, 615, NULL),
  T ("The blast came at 19:05 CET.", "19:05+01:00", "exact", 1085, 1085, NULL),
  T ("Trading halted at 2 p.m. GMT+3.", "14:00+03:00", "exact", 645, 675, NULL),
  /* clock readings of a game or a race are elapsed time, not times of day */
  ELAPSED ("He went down at the 2:15 mark of the third round.", "PT2M15S"),
  ELAPSED ("She scored 1:05 into the second half.", "PT1M5S"),
  ELAPSED ("The goal came 0:44 of the first period.", "PT44S"),
  ELAPSED ("He won the marathon in 2:08:31.", "PT2H8M31S"),
  /* near misses */
  TNONE ("The volunteers logged 1100 hours last year."),
  TNONE ("A total of 1200 hours of footage was seen."),
  TNONE ("Arsenal won 3-1 at home."),
  TNONE ("The map is drawn at a 1:50 scale."),
  TNONE ("He quoted John 3:16 to the crowd."),
  TNONE ("The midnight deadline passed."),
  TNONE ("They burned the midnight oil."),
  TNONE ("The ratio was 10:1 in favour."),
  TNONE ("The judges split 7:2 in favour."),
  TNONE ("The poll, since 2012 AT&T said, grew."),
  TNONE ("He took the 9:25 train."),
};

START_TEST (test_time_table)
{
  const TimeCase *tc = &time_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (tc->text, P);
  XcKind want;
  ck_assert (xc_kind_from_string (tc->kind, &want));
  guint n = 0, ntime = 0;
  XcClaim *c = NULL;
  for (guint i = 0; i < claims->len; i++)
    {
      XcClaim *x = claims->pdata[i];
      ntime += x->kind == XC_KIND_TIME;
      if (x->kind == want && n++ == 0)
        c = x;
    }
  if (tc->count == 0)
    {
      ck_assert_msg (ntime == 0, "'%s': %u time claims, expected none", tc->text, ntime);
      return;
    }
  ck_assert_msg (c != NULL, "'%s': no %s claim", tc->text, tc->kind);
  g_autofree char *v = xc_claim_value_string (c);
  ck_assert_msg (g_str_equal (v, tc->value), "'%s': got %s (\"%s\"), expected %s", tc->text, v, c->text, tc->value);
  ck_assert_str_eq (xc_qualifier_to_string (c->qualifier), tc->qual);
  if (want != XC_KIND_TIME)
    return;
  if (isnan (tc->lo))
    ck_assert_msg (isinf (c->interval.lo) && isinf (c->interval.hi), "'%s': a window", tc->text);
  else
    ck_assert_msg ((isinf (tc->lo) ? isinf (c->interval.lo) : fabs (c->interval.lo - tc->lo) < 1e-9)
                   && fabs (c->interval.hi - tc->hi) < 1e-9,
                   "'%s': window %g..%g, expected %g..%g", tc->text, c->interval.lo, c->interval.hi, tc->lo, tc->hi);
  ck_assert_str_eq (c->date ? c->date : "-", tc->date ? tc->date : "-");
}
END_TEST

/* "a year earlier", "a year ago", "the year-ago quarter" after a report named
 * its quarter: that quarter a year back, not the year (the last temporal
 * claim of the text, published P). */
static const struct { const char *text; const char *value; } back_cases[] = {
  { "Acme posted a first-quarter loss of $5 million. Sales rose to $3 million from $2 million a year earlier.",
    "2023-01-01/2023-03-31" },
  { "Acme posted a fourth-quarter loss of $5 million. A year ago, it earned $1 million.", "2022-10-01/2022-12-31" },
  { "Acme posted a first-quarter loss. The year-ago quarter was better. A year ago, it earned more.",
    "2023-01-01/2023-03-31" },
  { "Acme posted a first-quarter loss. Sales fell 3% in the quarter.", "2024-01-01/2024-03-31" },
  /* a year named for the reported quarter: that quarter of that year, no reported quarter itself */
  { "Acme posted a first-quarter loss. In the 2023 period, it earned $1 million.", "2023-01-01/2023-03-31" },
  { "Acme posted a first-quarter loss. Sales for last year's quarter were $3 million.", "2023-01-01/2023-03-31" },
  { "Acme posted a first-quarter loss. In the 2023 quarter it earned more. The latest quarter was weak.",
    "2024-01-01/2024-03-31" },
  /* a quarter still ahead is a forecast, no quarter reported on */
  { "Acme expects a third-quarter loss. A year ago, it earned $1 million.", "2023" },
};

START_TEST (test_date_quarter_back)
{
  g_autoptr(GPtrArray) claims = xc_test_extract (back_cases[_i].text, P);
  XcClaim *last = NULL;
  for (guint i = 0; i < claims->len; i++)
    {
      XcClaim *c = claims->pdata[i];
      if (c->kind == XC_KIND_DATE || c->kind == XC_KIND_DATERANGE)
        last = c;
    }
  ck_assert_ptr_nonnull (last);
  g_autofree char *v = xc_claim_value_string (last);
  ck_assert_msg (g_str_equal (v, back_cases[_i].value), "'%s': got %s (\"%s\"), expected %s", back_cases[_i].text, v,
                 last->text, back_cases[_i].value);
}
END_TEST

/* A time survives xc_claim_to_json() / xc_claim_from_json() and xc_claim_copy(). */
START_TEST (test_time_roundtrip)
{
  g_autoptr(GPtrArray) claims = xc_test_extract ("Polls close at about 8 p.m. EST on Nov. 5, 2024.", P);
  XcClaim *c = NULL;
  for (guint i = 0; i < claims->len && !c; i++)
    if (((XcClaim *) claims->pdata[i])->kind == XC_KIND_TIME)
      c = claims->pdata[i];
  ck_assert_ptr_nonnull (c);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  xc_claim_to_json (c, b);
  g_autoptr(JsonNode) node = json_builder_get_root (b);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcClaim) back = xc_claim_from_json (json_node_get_object (node), &error);
  g_autoptr(XcClaim) copy = xc_claim_copy (c);
  ck_assert_ptr_nonnull (back);
  for (int k = 0; k < 2; k++)
    {
      const XcClaim *x = k ? copy : back;
      g_autofree char *v1 = xc_claim_value_string (c), *v2 = xc_claim_value_string (x);
      ck_assert_str_eq (v1, v2);
      ck_assert_str_eq (x->zone, "EST");
      ck_assert_str_eq (x->date, "2024-11-05");
      ck_assert (x->has_offset && x->utc_offset == -300 && x->value == 1200);
      ck_assert (fabs (x->interval.lo - c->interval.lo) < 1e-9 && fabs (x->interval.hi - c->interval.hi) < 1e-9);
    }
}
END_TEST

/* Golden fixtures: fixtures/extract/date-<case>.txt and .expected.
 * The .expected format: a first line "published YYYY-MM-DD" (or "published none"),
 * then one temporal claim a line, in document order:
 *   <kind> TAB <text as written> TAB <value string> [TAB <qualifier>]
 * Lines starting with '#' are comments. */
static const char * const fixture_cases[] = {
  "date-absolute", "date-relative", "date-periods", "date-durations", "date-names", "date-forms",
  "date-to-month",
};

START_TEST (test_date_fixture)
{
  const char *name = fixture_cases[_i];
  g_autofree char *rel_txt = g_strdup_printf ("extract/%s.txt", name);
  g_autofree char *rel_exp = g_strdup_printf ("extract/%s.expected", name);
  g_autofree char *txt_path = xc_test_fixture_path (rel_txt);
  g_autofree char *exp_path = xc_test_fixture_path (rel_exp);
  g_autofree char *text = NULL, *expected = NULL;
  ck_assert_msg (g_file_get_contents (txt_path, &text, NULL, NULL), "cannot read %s", txt_path);
  ck_assert_msg (g_file_get_contents (exp_path, &expected, NULL, NULL), "cannot read %s", exp_path);
  g_auto(GStrv) lines = g_strsplit (expected, "\n", -1);
  ck_assert (g_str_has_prefix (lines[0], "published "));
  const char *pub = lines[0] + strlen ("published ");
  g_autoptr(GPtrArray) claims = xc_test_extract (text, g_str_equal (pub, "none") ? NULL : pub);
  g_autoptr(GString) got = g_string_new (NULL), want = g_string_new (NULL);
  for (guint i = 0; i < claims->len; i++)
    {
      XcClaim *c = claims->pdata[i];
      if (c->kind != XC_KIND_DATE && c->kind != XC_KIND_DATERANGE && c->kind != XC_KIND_DURATION)
        continue;
      g_autofree char *v = xc_claim_value_string (c);
      g_string_append_printf (got, "%s\t%s\t%s", xc_kind_to_string (c->kind), c->text, v);
      if (c->kind == XC_KIND_DURATION && c->qualifier != XC_QUALIFIER_EXACT)
        g_string_append_printf (got, "\t%s", xc_qualifier_to_string (c->qualifier));
      g_string_append_c (got, '\n');
    }
  for (guint i = 1; lines[i]; i++)
    if (lines[i][0] && lines[i][0] != '#')
      g_string_append_printf (want, "%s\n", lines[i]);
  ck_assert_msg (g_str_equal (got->str, want->str), "%s:\n--- got\n%s--- expected\n%s", name, got->str, want->str);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("date");
  TCase *tc = tcase_create ("date");
  tcase_add_loop_test (tc, test_date_table, 0, G_N_ELEMENTS (date_cases));
  tcase_add_loop_test (tc, test_date_interval, 0, G_N_ELEMENTS (interval_cases));
  tcase_add_loop_test (tc, test_date_modifier_count, 0, G_N_ELEMENTS (modifier_cases));
  tcase_add_test (tc, test_date_unresolved_warning);
  tcase_add_loop_test (tc, test_date_roundtrip, 0, G_N_ELEMENTS (roundtrip_texts));
  tcase_add_loop_test (tc, test_date_fixture, 0, G_N_ELEMENTS (fixture_cases));
  tcase_add_loop_test (tc, test_time_table, 0, G_N_ELEMENTS (time_cases));
  tcase_add_test (tc, test_time_roundtrip);
  tcase_add_loop_test (tc, test_date_quarter_back, 0, G_N_ELEMENTS (back_cases));
  suite_add_tcase (s, tc);
  return s;
}
