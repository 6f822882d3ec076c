/* test-quantity.c - quantity claims: expression -> kind, value, unit, qualifier, direction, share, vague
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-test.h"
#include "xc-private.h"

/* One row: @text holds one expression; the @nth numeric claim (money, percent,
 * measure, count) found in it must have these fields. kind NULL: no numeric
 * claim at all. unit NULL: not checked. qualifier NULL: "exact". direction
 * NULL: none. */
typedef struct {
  const char *text;
  const char *kind;
  double      value;
  const char *unit;
  const char *qualifier;
  const char *direction;
  gboolean    share;
  gboolean    vague;
  guint       nth;
} QtyCase;

#define MONEY(t, v, u, q) { t, "money", v, u, q, NULL, FALSE, FALSE, 0 }
#define PCT(t, v, u, q, d) { t, "percent", v, u, q, d, FALSE, FALSE, 0 }
#define SHARE(t, v) { t, "percent", v, "%", NULL, NULL, TRUE, FALSE, 0 }
#define MEASURE(t, v, u, q) { t, "measure", v, u, q, NULL, FALSE, FALSE, 0 }
#define COUNT(t, v, u, q) { t, "count", v, u, q, NULL, FALSE, FALSE, 0 }
#define VAGUE(t, k, v, u) { t, k, v, u, "approx", NULL, FALSE, TRUE, 0 }
#define CHANGE(t, k, v, u, q, d) { t, k, v, u, q, d, FALSE, FALSE, 0 }
#define NTH(n, t, k, v, u, q, d) { t, k, v, u, q, d, FALSE, FALSE, n }
#define NONE(t) { t, NULL, 0, NULL, NULL, NULL, FALSE, FALSE, 0 }

static const QtyCase qty_cases[] = {
  /* money: prefix and suffix forms, scales, codes */
  MONEY ("Trade reached $240 billion last year.", 240e9, "USD", NULL),
  MONEY ("The bill came to $240.1 billion.", 240.1e9, "USD", NULL),
  MONEY ("They signed a $3.5bn deal.", 3.5e9, "USD", NULL),
  /* abbreviated scales with a full stop before the currency word, and "bln" */
  MONEY ("The fund lent it 110 bn. euros over three years.", 110e9, "EUR", NULL),
  MONEY ("The fund lent it 110 b. euro over three years.", 110e9, "EUR", NULL),
  MONEY ("The firm raised 3 mln. dollars in May.", 3e6, "USD", NULL),
  MONEY ("The state owes 45 bln euros.", 45e9, "EUR", NULL),
  /* "MM": the trade press's millions, only right after an amount of money */
  MONEY ("The shortstop signed for $18.5MM a season.", 18.5e6, "USD", NULL),
  MONEY ("Her agent asked for $40MM over four years.", 40e6, "USD", NULL),
  MEASURE ("The bracket takes an 8MM bolt.", 8, "mm", NULL),
  MONEY ("The fund holds US$5 million.", 5e6, "USD", NULL),
  MONEY ("It pledged USD 5 million in aid.", 5e6, "USD", NULL),
  MONEY ("It pledged 5 million dollars in aid.", 5e6, "USD", NULL),
  MONEY ("Output was worth 1.2 trillion yuan.", 1.2e12, "CNY", NULL),
  MONEY ("The plan costs €4bn.", 4e9, "EUR", NULL),
  MONEY ("The club paid £300m for players.", 300e6, "GBP", NULL),
  MONEY ("Lending reached ¥500 billion.", 500e9, "CNY", NULL),
  MONEY ("The budget is 2 billion rubles.", 2e9, "RUB", NULL),
  MONEY ("The budget is 3 billion roubles.", 3e9, "RUB", NULL),
  MONEY ("The grant was 50 million euros.", 50e6, "EUR", NULL),
  MONEY ("It issued 10 billion renminbi of bonds.", 10e9, "CNY", NULL),
  MONEY ("It issued RMB 20 billion of bonds.", 20e9, "CNY", NULL),
  MONEY ("The tower sold for HK$1.5 billion.", 1.5e9, "HKD", NULL),
  MONEY ("The mine raised A$200 million.", 200e6, "AUD", NULL),
  MONEY ("Her salary is $12k a month.", 12e3, "USD", NULL),
  MONEY ("A ticket costs $50.", 50, "USD", NULL),
  MONEY ("The invoice said $1,234.56 in total.", 1234.56, "USD", NULL),
  MONEY ("It spent five million dollars.", 5e6, "USD", NULL),
  MONEY ("It is a billion dollars of damage.", 1e9, "USD", NULL),
  MONEY ("She left half a million dollars.", 5e5, "USD", NULL),
  MONEY ("A loan of EUR 300 million was agreed.", 300e6, "EUR", NULL),
  MONEY ("A loan of GBP 1.5bn was agreed.", 1.5e9, "GBP", NULL),
  MONEY ("The deficit was $7.5 mn.", 7.5e6, "USD", NULL),
  MONEY ("Debt tops $3 trillion.", 3e12, "USD", NULL),
  MONEY ("The firm earned 2 million US dollars.", 2e6, "USD", NULL),
  MONEY ("The meal cost 300 Hong Kong dollars.", 300, "HKD", NULL),
  MONEY ("The fare is 1,000 yen.", 1000, "JPY", NULL),
  MONEY ("The grant was C$40 million.", 40e6, "CAD", NULL),
  MONEY ("The grant was 40 million Canadian dollars.", 40e6, "CAD", NULL),
  MONEY ("The project cost £2.5bn.", 2.5e9, "GBP", NULL),
  MONEY ("The port took in chemicals worth $10.6 million in all.", 10.6e6, "USD", NULL),
  MONEY ("The bank was fined 2 million pounds by the regulator.", 2e6, "GBP", NULL),
  MONEY ("The estate sold for 5 million pounds sterling.", 5e6, "GBP", NULL),
  MONEY ("The price was 80 pounds a night.", 80, "GBP", NULL),
  /* money forms of the wire services, a sign lost in transit, a wrapped line */
  MONEY ("The fund will lend euro45 billion to Lisbon.", 45e9, "EUR", NULL),
  MONEY ("It agreed a 75bn-euro rescue.", 75e9, "EUR", NULL),
  MONEY ("It agreed a 75-billion euro rescue.", 75e9, "EUR", NULL),
  MONEY ("Berlin agreed to lend? 8.3bn to Athens.", 8.3e9, "XXX", NULL),
  MONEY ("A clerk who earns? 700 a month spoke.", 700, "XXX", NULL),
  MONEY ("Trade reached $240\nbillion last year.", 240e9, "USD", NULL),
  /* a compound whose hyphens were lost counts its head: "rocket propelled grenade launcher" */
  COUNT ("Troops seized one rocket propelled grenade launcher near the port.", 1, "launcher", NULL),
  COUNT ("Each jet carried one laser guided bomb.", 1, "bomb", NULL),
  COUNT ("One tanker sailed west at dawn.", 1, "tanker", NULL),   /* a verb, then an adverb */
  COUNT ("Officials said 1.2\nmillion people voted.", 1.2e6, "person", NULL),
  NONE ("Why? 700 is too many, she said."),
  NONE ("Is it fair? 12 say no."),
  /* calibres and batting averages are measures, never counts */
  MEASURE ("Police found a .45-caliber pistol.", 0.45, "caliber", NULL),
  MEASURE ("He carried a .22 calibre rifle.", 0.22, "caliber", NULL),
  MEASURE ("The shortstop hit .315 last season.", 0.315, "avg", NULL),
  MEASURE ("A career .281 hitter signed.", 0.281, "avg", NULL),
  NONE ("A .45 was found."),
  /* money with qualifiers and ranges */
  MONEY ("It lost more than $1 billion.", 1e9, "USD", "more_than"),
  MONEY ("It cost about $300 million.", 300e6, "USD", "approx"),
  MONEY ("Fines of up to $2 billion apply.", 2e9, "USD", "at_most"),
  MONEY ("It needs at least $10 million.", 10e6, "USD", "at_least"),
  MONEY ("It took less than $5 million.", 5e6, "USD", "less_than"),
  MONEY ("It spent nearly $9 billion.", 9e9, "USD", "approx"),
  MONEY ("It spent roughly $9 billion.", 9e9, "USD", "approx"),
  MONEY ("It spent some $9 billion.", 9e9, "USD", "approx"),
  MONEY ("It spent in excess of $9 billion.", 9e9, "USD", "more_than"),
  MONEY ("It will cost between $1bn and $2bn.", 1e9, "USD", "range"),
  MONEY ("It will cost $1bn-$2bn.", 1e9, "USD", "range"),
  MONEY ("It will cost $1bn to $2bn.", 1e9, "USD", "range"),
  MONEY ("It will cost $2-3 billion.", 2e9, "USD", "range"),
  MONEY ("It will cost €1–2 billion.", 1e9, "EUR", "range"),
  /* money changes */
  CHANGE ("The firm's revenue rose $2 billion.", "money", 2e9, "USD", NULL, "up"),
  CHANGE ("Spending fell by $500 million.", "money", 500e6, "USD", NULL, "down"),
  CHANGE ("It announced a $5bn increase in spending.", "money", 5e9, "USD", NULL, "up"),
  CHANGE ("Profits were up $3 million.", "money", 3e6, "USD", NULL, "up"),
  CHANGE ("Sales were down $4 million.", "money", 4e6, "USD", NULL, "down"),
  CHANGE ("Trade hit a record $240 billion.", "money", 240e9, "USD", NULL, NULL),
  CHANGE ("Revenue rose to $2 billion.", "money", 2e9, "USD", NULL, NULL),
  /* a bound before the first of counts joined by "and" bounds each; not across a verb */
  NTH (1, "He has averaged more than 30 home runs and 100 RBIs a season.", "count", 100, "rbi", "more_than", NULL),
  NTH (1, "At least five soldiers and 12 civilians died in the raid.", "count", 12, "civilian", "at_least", NULL),
  NTH (1, "About 40 people were hurt and 12 were killed.", "count", 12, "killed", "exact", NULL),
  NTH (1, "The crew of 18 and 300 passengers were rescued.", "count", 300, "passenger", "exact", NULL),
  NTH (1, "Revenue rose from $1 billion to $2 billion.", "money", 2e9, "USD", NULL, "up"),
  NTH (0, "Revenue rose from $1 billion to $2 billion.", "money", 1e9, "USD", NULL, NULL),
  NTH (1, "Sales dropped from $5bn to $3bn.", "money", 3e9, "USD", NULL, "down"),
  NTH (1, "Exports slid by 12.4 percent and stood at $581 billion.", "money", 581e9, "USD", NULL, NULL),
  NTH (0, "Exports slid by 12.4 percent and stood at $581 billion.", "percent", 12.4, "%", NULL, "down"),
  NTH (1, "Exports rose in a year when imports reached $240 billion.", NULL, 0, NULL, NULL, NULL),
  CHANGE ("Exports rose in a year when imports reached $240 billion.", "money", 240e9, "USD", NULL, NULL),

  /* percent */
  PCT ("Inflation is 26.3 percent.", 26.3, "%", NULL, NULL),
  PCT ("Inflation is 26%.", 26, "%", NULL, NULL),
  PCT ("Inflation is 26 per cent.", 26, "%", NULL, NULL),
  PCT ("Inflation is 40 %.", 40, "%", NULL, NULL),
  PCT ("Inflation is 3.5-percent.", 3.5, "%", NULL, NULL),
  PCT ("Inflation is five percent.", 5, "%", NULL, NULL),
  PCT ("Inflation is 4.2 pct.", 4.2, "%", NULL, NULL),
  PCT ("Turnout was about 30%.", 30, "%", "approx", NULL),
  PCT ("Turnout was ~40%.", 40, "%", "approx", NULL),
  PCT ("Turnout was more than 60 percent.", 60, "%", "more_than", NULL),
  PCT ("Turnout was less than 1%.", 1, "%", "less_than", NULL),
  PCT ("Turnout was nearly 50%.", 50, "%", "approx", NULL),
  PCT ("Turnout was almost 50%.", 50, "%", "approx", NULL),
  PCT ("Turnout was at least 50%.", 50, "%", "at_least", NULL),
  PCT ("Turnout was over 26%.", 26, "%", "more_than", NULL),
  PCT ("Turnout was above 70%.", 70, "%", "more_than", NULL),
  PCT ("Turnout was below 20%.", 20, "%", "less_than", NULL),
  PCT ("Turnout was under 20%.", 20, "%", "less_than", NULL),
  PCT ("Turnout was between 20 and 30 percent.", 20, "%", "range", NULL),
  PCT ("Turnout was 20-30%.", 20, "%", "range", NULL),
  PCT ("Turnout was 20%-30%.", 20, "%", "range", NULL),
  PCT ("Turnout was 20% to 30%.", 20, "%", "range", NULL),
  PCT ("Turnout was 20 to 30 percent.", 20, "%", "range", NULL),
  PCT ("Turnout was 20–30 per cent.", 20, "%", "range", NULL),
  PCT ("Rates rose 2 percentage points.", 2, "pp", NULL, "up"),
  PCT ("Rates moved 0.25 percentage point.", 0.25, "pp", NULL, NULL),
  PCT ("Rates were cut by 50 basis points.", 0.5, "pp", NULL, "down"),
  /* percent changes */
  PCT ("Sales were up 12.8 percent from the previous year.", 12.8, "%", NULL, "up"),
  PCT ("Trade was up by 25 percent.", 25, "%", NULL, "up"),
  PCT ("Trade rose 5%.", 5, "%", NULL, "up"),
  PCT ("Trade increased 5 percent.", 5, "%", NULL, "up"),
  PCT ("Trade grew 7.2%.", 7.2, "%", NULL, "up"),
  PCT ("Shares jumped 12%.", 12, "%", NULL, "up"),
  PCT ("Shares climbed 3%.", 3, "%", NULL, "up"),
  PCT ("Shares surged 40%.", 40, "%", NULL, "up"),
  PCT ("Shares soared 80%.", 80, "%", NULL, "up"),
  PCT ("Shares gained 1.5%.", 1.5, "%", NULL, "up"),
  PCT ("Trade fell 11.6 percent.", 11.6, "%", NULL, "down"),
  PCT ("Trade dropped 4%.", 4, "%", NULL, "down"),
  PCT ("Trade declined 2.5%.", 2.5, "%", NULL, "down"),
  PCT ("Trade decreased 9%.", 9, "%", NULL, "down"),
  PCT ("Shares slid 3%.", 3, "%", NULL, "down"),
  PCT ("Shares plunged 30%.", 30, "%", NULL, "down"),
  PCT ("Sales slumped 15%.", 15, "%", NULL, "down"),
  PCT ("The economy shrank 0.5%.", 0.5, "%", NULL, "down"),
  PCT ("Sales were down 3%.", 3, "%", NULL, "down"),
  PCT ("Trade saw a growth of over 26%.", 26, "%", "more_than", "up"),
  PCT ("Trade saw a significant growth of over 26%.", 26, "%", "more_than", "up"),
  PCT ("They reported a 5% rise.", 5, "%", NULL, "up"),
  PCT ("They reported a 5 percent increase.", 5, "%", NULL, "up"),
  PCT ("They reported a 10% drop.", 10, "%", NULL, "down"),
  PCT ("They reported a 3 percent decline.", 3, "%", NULL, "down"),
  PCT ("They reported a 6.5 pct gain.", 6.5, "%", NULL, "up"),
  PCT ("They reported a 4% annual increase.", 4, "%", NULL, "up"),
  PCT ("They reported an increase of 5%.", 5, "%", NULL, "up"),
  PCT ("Shares fell sharply by 8%.", 8, "%", NULL, "down"),
  PCT ("Prices were 5% higher.", 5, "%", NULL, "up"),
  PCT ("Costs were 3% lower.", 3, "%", NULL, "down"),
  PCT ("Exports were up 7% year on year.", 7, "%", NULL, "up"),
  PCT ("Inflation rose to 5%.", 5, "%", NULL, NULL),
  PCT ("Inflation eased to 3.1%.", 3.1, "%", NULL, NULL),
  PCT ("Unemployment stood at 4.2 percent.", 4.2, "%", NULL, NULL),
  PCT ("Unemployment rose above 5%.", 5, "%", "more_than", NULL),
  PCT ("Unemployment fell below 4%.", 4, "%", "less_than", NULL),
  NTH (1, "Rates rose from 4% to 5%.", "percent", 5, "%", NULL, "up"),
  NTH (1, "Exports rose 5% while imports were 20%.", "percent", 20, "%", NULL, NULL),
  /* shares */
  SHARE ("China takes 26% of exports.", 26),
  SHARE ("It bought a 40 percent stake.", 40),
  SHARE ("It bought a 40% minority stake.", 40),
  SHARE ("Oil accounted for 40% of sales.", 40),
  SHARE ("Oil accounts for 12 percent.", 12),
  SHARE ("Women make up 30% of staff.", 30),
  SHARE ("They hold a 51% majority.", 51),

  /* measures */
  MEASURE ("The border runs 1,150 km.", 1150, "km", NULL),
  MEASURE ("The border runs 715 miles.", 715, "mi", NULL),
  MEASURE ("The border runs 10km.", 10, "km", NULL),
  MEASURE ("A 10-km stretch was closed.", 10, "km", NULL),
  MEASURE ("Missiles can fly up to 30 km.", 30, "km", "at_most"),
  MEASURE ("The zone spans 200 nautical miles.", 200, "nmi", NULL),
  MEASURE ("The wall is 100 metres long.", 100, "m", NULL),
  MEASURE ("The peak is 8,848 meters high.", 8848, "m", NULL),
  MEASURE ("The waves were 30 feet high.", 30, "ft", NULL),
  MEASURE ("The truck carried 5 tonnes.", 5, "t", NULL),
  MEASURE ("The ship carried 5,000 tons.", 5000, "t", NULL),
  MEASURE ("The parcel weighed 20 kg.", 20, "kg", NULL),
  MEASURE ("The fire burned 300 square kilometres.", 300, "km2", NULL),
  MEASURE ("The fire burned 50 sq km.", 50, "km2", NULL),
  MEASURE ("The fire burned 12 square miles.", 12, "mi2", NULL),
  MEASURE ("The fire burned 400 hectares.", 400, "ha", NULL),
  MEASURE ("The fire burned 1,000 acres.", 1000, "acre", NULL),
  MEASURE ("The tank holds 100 litres.", 100, "l", NULL),
  MEASURE ("The tank holds 10 gallons.", 10, "gal", NULL),
  MEASURE ("Stocks hold 2 million barrels.", 2e6, "bbl", NULL),
  MEASURE ("Output is 9.5 million barrels per day.", 9.5e6, "bbl/d", NULL),
  MEASURE ("The pipe moves 50 cubic metres.", 50, "m3", NULL),
  MEASURE ("The pipeline carries 40 bcm.", 40, "bcm", NULL),
  MEASURE ("The plant makes 1,200 MW.", 1200, "MW", NULL),
  MEASURE ("The plant makes 3 GW.", 3, "GW", NULL),
  MEASURE ("The home used 500 kWh.", 500, "kWh", NULL),
  MEASURE ("The country used 20 TWh.", 20, "TWh", NULL),
  MEASURE ("The train reaches 120 km/h.", 120, "km/h", NULL),
  MEASURE ("The limit is 60 mph.", 60, "mph", NULL),
  MEASURE ("Winds reached 25 knots.", 25, "kn", NULL),
  MEASURE ("It was 35°C in the shade.", 35, "°C", NULL),
  MEASURE ("It was 95 °F in the shade.", 95, "°F", NULL),
  MEASURE ("It was 40 degrees Celsius.", 40, "°C", NULL),
  MEASURE ("A magnitude 5.9 earthquake struck.", 5.9, "magnitude", NULL),
  MEASURE ("A 6.1-magnitude quake struck.", 6.1, "magnitude", NULL),
  MEASURE ("A 5.9 magnitude quake struck.", 5.9, "magnitude", NULL),
  MEASURE ("The quake measured 7.8 on the Richter scale.", 7.8, "magnitude", NULL),
  MEASURE ("A magnitude-7.1 earthquake struck.", 7.1, "magnitude", NULL),
  MEASURE ("The road is about 300 kilometres long.", 300, "km", "approx"),
  MEASURE ("They harvested 5 million tonnes of grain.", 5e6, "t", NULL),
  MEASURE ("He won the 100m sprint.", 100, "m", NULL),
  MEASURE ("The 8,848m peak is high.", 8848, "m", NULL),
  MEASURE ("The crack is 15 cm wide.", 15, "cm", NULL),
  MEASURE ("The crack is 2 mm wide.", 2, "mm", NULL),
  MEASURE ("The baby weighed 5 pounds.", 5, "lb", NULL),
  MEASURE ("They bought 5 pounds of sugar.", 5, "lb", NULL),
  MEASURE ("The field covers 2 hectares.", 2, "ha", NULL),
  MEASURE ("The tunnel runs 57 kilometers.", 57, "km", NULL),

  /* counts */
  COUNT ("The drill drew more than 20 warships.", 20, "warship", "more_than"),
  COUNT ("Asean consists of 10 states.", 10, "state", NULL),
  COUNT ("They have met more than 40 times.", 40, "time", "more_than"),
  COUNT ("It sold 840,000 Chinese vehicles.", 840000, "vehicle", NULL),
  COUNT ("It sent 4,000 troops.", 4000, "troop", NULL),
  COUNT ("It killed two people.", 2, "person", NULL),
  COUNT ("Lucy Harlow (4126 articles) wrote it.", 4126, "article", NULL),
  COUNT ("China has 1.4 billion people.", 1.4e9, "person", NULL),
  COUNT ("The city has 5m people.", 5e6, "person", NULL),
  COUNT ("Police held a dozen protesters.", 12, "protester", NULL),
  COUNT ("Some 300 families fled.", 300, "family", "approx"),
  COUNT ("About 50 countries signed.", 50, "country", "approx"),
  COUNT ("At least 12 children died.", 12, "child", "at_least"),
  COUNT ("It has fewer than 100 employees.", 100, "employee", "less_than"),
  COUNT ("There were under 50 cases.", 50, "case", "less_than"),
  COUNT ("No more than 30 companies applied.", 30, "company", "at_most"),
  COUNT ("As many as 500 women marched.", 500, "woman", "at_most"),
  COUNT ("Nearly 200 passengers were aboard.", 200, "passenger", "approx"),
  COUNT ("Almost 90 aircraft flew.", 90, "aircraft", "approx"),
  COUNT ("Between 20 and 30 people came.", 20, "person", "range"),
  COUNT ("It took 20-30 people.", 20, "person", "range"),
  COUNT ("It took 20 to 30 boats.", 20, "boat", "range"),
  COUNT ("It hired 40+ vendors.", 40, "vendor", "more_than"),
  COUNT ("It sent three hundred soldiers.", 300, "soldier", NULL),
  COUNT ("It named twenty-five ministers.", 25, "minister", NULL),
  COUNT ("It drew fifty thousand protesters.", 50000, "protester", NULL),
  COUNT ("It sent an estimated 4,000 troops.", 4000, "troop", "approx"),
  COUNT ("It shipped in excess of 1,000 boxes.", 1000, "box", "more_than"),
  COUNT ("It built upwards of 600 churches.", 600, "church", "more_than"),
  COUNT ("It bought 120 new buses.", 120, "bus", NULL),
  COUNT ("Police found 3 armed men.", 3, "man", NULL),
  COUNT ("They sent 12 police.", 12, "police", NULL),
  COUNT ("There were seven deaths.", 7, "death", NULL),
  COUNT ("There were 15 injuries.", 15, "injury", NULL),
  COUNT ("It hit 11 cities.", 11, "city", NULL),
  COUNT ("They saw 8 wolves.", 8, "wolf", NULL),
  COUNT ("It lost 9 armored vehicles.", 9, "armored vehicle", NULL),
  COUNT ("It launched a thousand drones.", 1000, "drone", NULL),
  COUNT ("It sent a hundred ships.", 100, "ship", NULL),
  COUNT ("It won one hundred and twenty votes.", 120, "vote", NULL),
  COUNT ("It sent 2,500 more troops.", 2500, "troop", NULL),
  COUNT ("It listed 19 Chinese firms.", 19, "firm", NULL),
  COUNT ("It built 6 new nuclear reactors.", 6, "nuclear reactor", NULL),
  COUNT ("It named the 10 states.", 10, "state", NULL),
  COUNT ("It housed half a million people.", 5e5, "person", NULL),
  COUNT ("It housed 1.5 million refugees.", 1.5e6, "refugee", NULL),
  COUNT ("It invited two dozen reporters.", 24, "reporter", NULL),
  COUNT ("The party won 70 seats.", 70, "seat", NULL),
  COUNT ("Russia fired 40 missiles.", 40, "missile", NULL),
  COUNT ("It moved 2 million people.", 2e6, "person", NULL),
  COUNT ("About a dozen boats sank.", 12, "boat", "approx"),
  COUNT ("When two enemies meet, trouble follows.", 2, "enemy", NULL),
  COUNT ("It employs 250 staff.", 250, "staff", NULL),
  COUNT ("In 2022, 5 people died.", 5, "person", NULL),
  COUNT ("China's 1,300 stores closed.", 1300, "store", NULL),
  COUNT ("It covers 27 member states.", 27, "state", NULL),
  COUNT ("Top 10 companies reported results.", 10, "company", NULL),
  COUNT ("He scored 2 goals in 90 minutes.", 2, "goal", NULL),
  SHARE ("Pfizer said 95% of patients recovered.", 95),
  CHANGE ("The index fell 2.3 points to 4,500.", "count", 2.3, "point", NULL, "down"),
  CHANGE ("Brent crude rose $2 to $85 a barrel.", "money", 2, "USD", NULL, "up"),
  NTH (1, "Brent crude rose $2 to $85 a barrel.", "money", 85, "USD", NULL, NULL),
  CHANGE ("Oil output fell 300,000 barrels a day.", "measure", 300000, "bbl/d", NULL, "down"),
  MEASURE ("The earthquake had a magnitude of 7.8.", 7.8, "magnitude", NULL),
  PCT ("Rates are now 5.25%-5.5%.", 5.25, "%", "range", NULL),
  CHANGE ("The party gained 12 seats.", "count", 12, "seat", NULL, "up"),
  CHANGE ("The firm cut 5,000 jobs.", "count", 5000, "job", NULL, "down"),
  CHANGE ("They set up 5 centres.", "count", 5, "centre", NULL, NULL),
  /* vague amounts */
  VAGUE ("It razed dozens of villages.", "count", 24, "village"),
  VAGUE ("It hired hundreds of workers.", "count", 100, "worker"),
  VAGUE ("It drew thousands of people.", "count", 1000, "person"),
  VAGUE ("They moved tens of thousands of troops.", "count", 10000, "troop"),
  VAGUE ("It displaced hundreds of thousands of refugees.", "count", 1e5, "refugee"),
  VAGUE ("It hit millions of households.", "count", 1e6, "household"),
  VAGUE ("It sent several hundred soldiers.", "count", 200, "soldier"),
  VAGUE ("It moved a few thousand residents.", "count", 2000, "resident"),
  VAGUE ("It lost tens of millions of dollars.", "money", 1e7, "USD"),
  VAGUE ("It lost hundreds of millions of dollars.", "money", 1e8, "USD"),
  VAGUE ("It spent billions of dollars.", "money", 1e9, "USD"),
  VAGUE ("It shipped thousands of tonnes.", "measure", 1000, "t"),

  /* "X or Y": a range, like "between X and Y" */
  { "Two or three ships were seen.", "count", 2, "ship", "range", NULL, FALSE, FALSE, 0 },
  { "Prices climbed 20 or 30 percent.", "percent", 20, "%", "range", "up", FALSE, FALSE, 0 },
  { "Repairs will cost $5 or $6 million.", "money", 5e6, "USD", "range", NULL, FALSE, FALSE, 0 },
  { "Two or three million people fled.", "count", 2e6, "person", "range", NULL, FALSE, FALSE, 0 },
  { "One or two tugs stood by.", "count", 1, "tug", "range", NULL, FALSE, FALSE, 0 },
  { "It fined 4 or 5 firms.", "count", 4, "firm", "range", NULL, FALSE, FALSE, 0 },
  COUNT ("It fined 20 or so firms.", 20, "firm", "approx"),
  /* counts of one */
  COUNT ("One tanker caught fire.", 1, "tanker", NULL),
  COUNT ("Only one person was hurt.", 1, "person", NULL),
  COUNT ("A single vessel was lost.", 1, "vessel", NULL),
  COUNT ("One Chinese tanker was struck.", 1, "tanker", NULL),
  COUNT ("Officials said one large freighter sank.", 1, "freighter", NULL),
  COUNT ("The storm killed one fisherman.", 1, "fisherman", NULL),
  COUNT ("More than one country objected.", 1, "country", "more_than"),
  COUNT ("Only 1 person came.", 1, "person", NULL),
  /* capitalized counted nouns */
  COUNT ("About 20 Democrats and 15 Republicans voted.", 20, "democrat", "approx"),
  NTH (1, "About 20 Democrats and 15 Republicans voted.", "count", 15, "republican", NULL, NULL),
  COUNT ("Some 40 House Republicans objected.", 40, "republican", "approx"),
  COUNT ("It hired 300 Ukrainians last year.", 300, "ukrainian", NULL),
  COUNT ("At least 12 MPs resigned.", 12, "mp", "at_least"),
  /* a line in capitals: the noun is no name, after a number word or digits */
  COUNT ("FOUR MINERS WERE RESCUED AT DAWN.", 4, "miner", NULL),
  COUNT ("9 MINERS WERE RESCUED AT DAWN.", 9, "miner", NULL),
  NONE ("He toured with 5 SECONDS Of Summer in May."),
  /* a modifier and the noun, one noun in WordNet */
  COUNT ("She hit 21 home runs in April.", 21, "home run", NULL),
  COUNT ("Two fishing boats capsized.", 2, "fishing boat", NULL),
  COUNT ("Nine tall buildings burned.", 9, "building", NULL),
  /* models and nationalities */
  COUNT ("Guards found nine AK-47 assault rifles aboard.", 9, "assault rifle", NULL),
  COUNT ("Guards found 4 AK 47 guns aboard.", 4, "gun", NULL),
  COUNT ("Guards found three M16s and a pistol.", 3, "m16", NULL),
  COUNT ("The air force bought 24 F-35 jets.", 24, "jet", NULL),
  COUNT ("The coastguard held 9 Eritreans and 4 Sudanese.", 9, "eritrean", NULL),
  COUNT ("The coastguard held 14 Iraqis overnight.", 14, "iraqi", NULL),
  COUNT ("Among them were 6 Pakistani and 2 Afghan sailors.", 6, "pakistani", NULL),
  NTH (1, "The crew (8 Kenyan and 5 Indonesian) was freed.", "count", 5, "indonesian", NULL, NULL),
  COUNT ("Police held 12 Tunisians and 3 Libyans.", 12, "tunisian", NULL),
  COUNT ("The champion has 29 KO's in his career.", 29, "ko", NULL),
  COUNT ("The champion (30-1, 22KOs) defended.", 22, "ko", NULL),
  COUNT ("Nine crewmen were rescued.", 9, "crewman", NULL),
  COUNT ("Pirates seized 15 fishermen.", 15, "fisherman", NULL),
  NONE ("He parked at Pier 4 near 12 Paris."),
  NONE ("A Tu-154 jet and a 737 MAX flew."),
  NONE ("The two specimen jars broke."),
  COUNT ("They visited 5 Iran sites.", 5, "site", NULL),
  COUNT ("They booked 12 Paris hotels.", 12, "hotel", NULL),

  /* near misses of the forms above */
  NONE ("One of the tankers caught fire."),
  NONE ("No one was hurt."),
  NONE ("They helped one another."),
  NONE ("At one point the ship stopped."),
  NONE ("It was a one-off payment."),
  NONE ("One day the ship sank."),
  NONE ("For one thing, the port was shut."),
  NONE ("Not a single vessel was lost."),
  NONE ("Each one was checked."),
  NONE ("It was one more setback."),
  NONE ("The one ship left."),
  NONE ("One remains in port."),
  NONE ("It happened one time only."),
  NONE ("They chose option 1 or 2."),
  NONE ("Talks may resume in 2025 or 2026 elections."),
  NONE ("The 2024 Olympics open soon."),
  NONE ("The 3 Gorges Dam is huge."),
  NONE ("He joined the 5 Seconds Of Summer tour."),
  COUNT ("It flew 20 Apache helicopters.", 20, "helicopter", NULL),
  NONE ("The 20 Democrats who voted left."),

  /* near misses: no numeric claim */
  NONE ("She opened the 3rd Harbour and Rail Forum."),
  NONE ("It shaped the 21st century."),
  NONE ("An F-16 fighter jet flew over."),
  NONE ("A Boeing 737 aircraft landed."),
  NONE ("The G20 summit opened."),
  NONE ("COVID-19 cases rose."),
  NONE ("It invoked Article 5 provisions."),
  NONE ("It named the drill Maritime Security Belt 2024 exercises."),
  NONE ("It was the worst since World War Two ended."),
  NONE ("He began his fifth term in office."),
  NONE ("They met at 10:30 local time."),
  NONE ("Call 555-1234 now."),
  NONE ("See page 5 documents."),
  NONE ("Trade grew in 2023."),
  NONE ("He has ruled since 2012."),
  NONE ("The 2024 elections loom."),
  NONE ("It extended his 24 years of rule."),
  NONE ("He made a two-day visit."),
  NONE ("He began a new six-year term."),
  NONE ("It sold cars in the first 11 months of 2023."),
  NONE ("She has reported for the last 10 years."),
  NONE ("The five-day exercise ended."),
  NONE ("On May 16 the leaders met."),
  NONE ("Tue Apr 09 2024"),
  NONE ("It was signed on Oct. 17, 2023."),
  NONE ("It recalled the 1990s."),
  NONE ("It offers 24/7 coverage."),
  NONE ("Install version 2.1.3 software."),
  NONE ("They earned a 3-1 win."),
  NONE ("They won 2-0 against the hosts."),
  NONE ("It may sanction one of China's banks."),
  NONE ("The two countries agreed."),
  NONE ("The two sides met."),
  /* a pair the clause tells of: the parts listed, or what happened to the people */
  COUNT ("The two sisters and a cousin were injured in the crash.", 2, "sister", NULL),
  COUNT ("Police said the two sisters were injured.", 2, "sister", NULL),
  COUNT ("The two men were later arrested.", 2, "man", NULL),
  NONE ("The two countries were founded in 1991 as republics."),   /* not people: a pair named before */
  NONE ("The two leaders agreed to talk."),
  /* a number word after a plural run into it by a dash; a model number stays a name */
  NTH (1, "The three bank workers-two women and a man-were killed.", "count", 2, "woman", NULL, NULL),
  NONE ("The squadron flies the F-16 now."),
  /* a group counted by the number after "of" */
  COUNT ("The organisers counted a crowd of 5,000 outside the hall.", 5000, "crowd", NULL),
  COUNT ("The party holds a majority of 88 in the chamber.", 88, "majority", NULL),
  NONE ("He scored a total of 20 in the game."),   /* a total of what: not said */
  NONE ("He said 20 would come."),
  NONE ("Room 101 was empty."),
  NONE ("He lives at No. 10 Downing Street."),
  NONE ("Visit www.site2024.com for details."),
  NONE ("It built a 5G network."),
  COUNT ("It named a 20-member panel.", 20, "member", NULL),
  COUNT ("Rebels staged a four-truck ambush.", 4, "truck", NULL),
  COUNT ("The party keeps a one-seat lead.", 1, "seat", NULL),
  MEASURE ("They sailed a 90-nautical-mile route.", 90, "nmi", NULL),
  MEASURE ("He carried a 4 1/2-inch knife.", 4.5, "in", NULL),
  NONE ("It was a two-way race."),
  NONE ("It needs a two-thirds vote."),
  NONE ("It was a three-sided contest."),
  NONE ("A 25-year-old man was held."),
  NONE ("It lasted three weeks."),
  NONE ("Two hours later it ended."),
  NONE ("It took 12 months."),
  NONE ("He won a third term."),
  NONE ("Half of the members left."),
  NONE ("One side won."),
  NONE ("It happened in March 2023."),
  NONE ("They were the #1 seed."),
  NONE ("On 9 April talks resumed."),
  NONE ("It cited Section 230 protections."),
  NONE ("The Apollo 11 astronauts landed."),
  NONE ("It runs on Windows 10 computers."),
  NONE ("They met at 3 pm."),
  NONE ("It starts in the 2023-24 season."),
  NONE ("Prices climbed from 2020 to 2023."),
  COUNT ("He met 4 of the victims.", 4, "victim", NULL),
  COUNT ("Only 1 person came.", 1, "person", NULL),
  NONE ("The decade ended."),
  NONE ("It was a one-sided match."),
  NONE ("A 2000 troops figure is a year."),
  NONE ("He turned 40 today."),
  NONE ("There were 2 to 1 odds."),
  NONE ("The drill lasted two days and nights."),
  NONE ("Only one in five voters agreed."),
  NONE ("About 1 in 3 adults smoke."),
  NONE ("The 3 Gorges dam is huge."),
  NONE ("The vote was 52-48."),
  COUNT ("Gunmen killed 12 and wounded 30.", 12, "killed", NULL),
  NTH (1, "Gunmen killed 12 and wounded 30.", "count", 30, "wounded", NULL, NULL),
  /* counts governed by the clause: events, partitives, what was counted before */
  COUNT ("The quake left 48 dead.", 48, "dead", NULL),
  COUNT ("Officials said 17 were hurt in the crush.", 17, "hurt", NULL),
  COUNT ("By noon 210 had been evacuated.", 210, "evacuated", NULL),
  COUNT ("The storm struck the coast, injuring 31.", 31, "injured", NULL),
  COUNT ("Police took 14 into custody.", 14, "arrested", NULL),
  COUNT ("The death toll climbed to 26.", 26, "killed", NULL),
  /* the subject of a toll, back to its clause's start: a phrase between, "the number of" */
  COUNT ("The death toll from the ferry fire rose to 19 on Friday.", 19, "killed", NULL),
  COUNT ("The number of dead has risen to 31.", 31, "dead", NULL),
  COUNT ("The number of people injured climbed to 64.", 64, "injured", NULL),
  /* a part of those an event befell: "nine of the injured" (not "the hijacked ships") */
  COUNT ("Nine of the injured were in a critical condition.", 9, "injured", NULL),
  COUNT ("Two of the dead were firefighters.", 2, "dead", NULL),
  COUNT ("Eleven of the hijacked tankers are still held.", 11, "tanker", NULL),
  COUNT ("Raiders captured seven of the trawlers.", 7, "trawler", NULL),
  NTH (1, "Six barges broke loose; four of them sank.", "count", 4, "barge", NULL, NULL),
  NTH (1, "Nine drones flew in; the remaining five were jammed.", "count", 5, "drone", NULL, NULL),
  NTH (1, "Eight rafts set out. Three were found.", "count", 3, "raft", NULL, NULL),
  NTH (1, "Eight rafts set out and the other four turned back.", "count", 4, "raft", NULL, NULL),
  COUNT ("Crews towed the five damaged barges.", 5, "barge", NULL),
  NTH (1, "Nine shells hit the hull, including four that pierced it.", "count", 4, "shell", NULL, NULL),
  NTH (1, "He took twelve shots — five to the stern.", "count", 5, "shot", NULL, NULL),
  NTH (1, "She threw 240 jabs to only 85 for her rival.", "count", 85, "jab", NULL, NULL),
  COUNT ("The mayor, a mother of three, spoke.", 3, "child", NULL),
  COUNT ("The island of 6,000 voted.", 6000, "resident", NULL),
  COUNT ("The boat lay four berths away.", 4, "berth", NULL),
  COUNT ("Police struck Ortega nine times.", 9, "time", NULL),
  COUNT ("SIX TRAWLERS SANK IN THE STORM.", 6, "trawler", NULL),
  COUNT ("He has 97 RBI.", 97, "rbi", NULL),
  COUNT ("He won a nine round decision.", 9, "round", NULL),
  COUNT ("The 300 person rally ended.", 300, "person", NULL),
  COUNT ("In his four big-league seasons he starred.", 4, "season", NULL),
  COUNT ("Four Harbour Patrol Special Unit divers searched.", 4, "diver", NULL),
  NONE ("They met at 5 PM."),
  NONE ("She spent the last 10 years there."),
  NONE ("It was the worst since World War Two ended."),
  NONE ("He said 20 would come."),
  NONE ("The panel voted 9 to 3."),
  COUNT ("Three of them left.", 3, NULL, NULL),   /* a count of what the text does not name */
  /* a verb left out after "and": the count before lends its noun */
  NTH (2, "Of the 23 arrested sailors, 12 are from Chile and 11 from Peru.", "count", 11, "sailor", NULL, NULL),
  NTH (1, "Five soldiers died in Orlek and three in Varenna.", "count", 3, "soldier", NULL, NULL),
  COUNT ("They poured in, like 40 or 50 of them.", 40, NULL, "range"),
  NONE ("The two rivals met again."),
  NONE ("Trump, 77, said he would run."),
  NONE ("Boeing's 737 Max 9 jets were grounded."),
  NONE ("It filed for Chapter 11 bankruptcy."),
  NONE ("Meet at 5 p.m. on 12 June."),
  NONE ("A 10-year bond was sold."),
};

static gboolean
is_numeric (const XcClaim *c)
{
  return c->kind == XC_KIND_MONEY || c->kind == XC_KIND_PERCENT || c->kind == XC_KIND_MEASURE
         || c->kind == XC_KIND_COUNT;
}

static const XcClaim *
nth_numeric (GPtrArray *claims, guint nth)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const XcClaim *c = claims->pdata[i];
      if (is_numeric (c) && nth-- == 0)
        return c;
    }
  return NULL;
}

START_TEST (test_quantity_expression)
{
  const QtyCase *k = &qty_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (k->text, "2024-04-09");
  const XcClaim *c = nth_numeric (claims, k->nth);
  if (k->kind == NULL)
    {
      ck_assert_msg (c == NULL, "'%s': unexpected %s claim '%s'", k->text,
                     c ? xc_kind_to_string (c->kind) : "", c ? c->text : "");
      return;
    }
  ck_assert_msg (c != NULL, "'%s': no claim #%u", k->text, k->nth);
  ck_assert_msg (g_str_equal (xc_kind_to_string (c->kind), k->kind), "'%s': kind %s, expected %s",
                 k->text, xc_kind_to_string (c->kind), k->kind);
  ck_assert_msg (fabs (c->value - k->value) <= 1e-9 * MAX (1, fabs (k->value)),
                 "'%s': value %.17g, expected %.17g", k->text, c->value, k->value);
  if (k->unit)
    ck_assert_msg (g_strcmp0 (c->unit, k->unit) == 0, "'%s': unit '%s', expected '%s'", k->text,
                   c->unit, k->unit);
  const char *q = k->qualifier ? k->qualifier : "exact";
  ck_assert_msg (g_str_equal (xc_qualifier_to_string (c->qualifier), q), "'%s': qualifier %s, expected %s",
                 k->text, xc_qualifier_to_string (c->qualifier), q);
  ck_assert_msg (g_strcmp0 (xc_direction_to_string (c->direction), k->direction) == 0,
                 "'%s': direction %s, expected %s", k->text,
                 xc_direction_to_string (c->direction), k->direction);
  ck_assert_msg (c->share == k->share, "'%s': share %d", k->text, c->share);
  ck_assert_msg (c->vague == k->vague, "'%s': vague %d", k->text, c->vague);
}
END_TEST

/* Spans: the claim covers qualifier, number and unit or counted noun. */
typedef struct { const char *text; const char *span; } SpanCase;
static const SpanCase span_cases[] = {
  { "The drill involved more than 20 warships, boats and planes.", "more than 20 warships" },
  { "Trade saw a growth of over 26%, reaching a record.", "over 26%" },
  { "Output set a record at $240.1 billion last year.", "$240.1 billion" },
  { "Missiles can fly up to 30 km at sea.", "up to 30 km" },
  { "Russia imported more than 840,000 Chinese vehicles last year.", "more than 840,000 Chinese vehicles" },
  { "They moved tens of thousands of soldiers across the border.", "tens of thousands of soldiers" },
  { "It will cost between $1bn and $2bn to build.", "between $1bn and $2bn" },
  { "Output was up 12.8 percent from the prior year.", "12.8 percent" },
  { "A 6.1-magnitude quake struck the coast.", "6.1-magnitude" },
  { "A magnitude 5.9 earthquake struck.", "magnitude 5.9" },
};

START_TEST (test_quantity_span)
{
  const SpanCase *k = &span_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (k->text, NULL);
  const XcClaim *c = nth_numeric (claims, 0);
  ck_assert_msg (c != NULL, "'%s': no claim", k->text);
  ck_assert_msg (g_str_equal (c->text, k->span), "'%s': span '%s', expected '%s'", k->text, c->text, k->span);
}
END_TEST

/* Bases of changes. */
typedef struct { const char *text; const char *basis; } BasisCase;
static const BasisCase basis_cases[] = {
  { "Sales were up 12.8 percent from the previous year.", "previous year" },
  { "Trade was up 26 percent compared with 2022.", "2022" },
  { "Sales were up by 14 percent from a year earlier.", "previous year" },
  { "Exports rose 7% year-on-year.", "year on year" },
  { "Exports rose 7% year on year.", "year on year" },
  { "Exports rose 7%, compared to 2021.", "2021" },
  { "Exports fell 3% from a year ago.", "previous year" },
  { "Exports fell 3% from the same period last year.", "previous year" },
  { "Sales rose 2% month-on-month.", "month on month" },
  { "Sales rose 2% from the previous quarter.", "previous quarter" },
  { "Revenue rose from $1 billion to $2 billion.", "$1 billion" },
  { "Inflation is 3% and the outlook is poor.", NULL },
  { "Trade reached $240 billion from China.", NULL },
  { "Trade was 26 percent from 2022 levels.", NULL },
};

START_TEST (test_quantity_basis)
{
  const BasisCase *k = &basis_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (k->text, NULL);
  const XcClaim *c = NULL;
  for (guint i = 0; i < claims->len; i++)
    if (is_numeric (claims->pdata[i]))
      c = claims->pdata[i];   /* the last one: "from X to Y" puts the basis on Y */
  ck_assert_msg (c != NULL, "'%s': no claim", k->text);
  ck_assert_msg (g_strcmp0 (c->basis, k->basis) == 0, "'%s': basis '%s', expected '%s'", k->text,
                 c->basis, k->basis);
}
END_TEST

/* Intervals (docs/claims.md, "Intervals (numeric)"); measures in SI units. */
typedef struct {
  const char *text;
  double lo, hi;
  gboolean lo_open, hi_open;
  double value_high;
} IntervalCase;

static const IntervalCase interval_cases[] = {
  { "It is 26 percent.", 25.5, 26.5, FALSE, TRUE, 0 },
  { "It is 26.3 percent.", 26.25, 26.35, FALSE, TRUE, 0 },
  { "It cost $240 billion.", 239.5e9, 240.5e9, FALSE, TRUE, 0 },
  { "It met more than 40 times.", 40, INFINITY, TRUE, FALSE, 0 },
  { "It sent about 300 troops.", 270, 330, FALSE, FALSE, 0 },
  { "It sent nearly 300 troops.", 270, 300, FALSE, FALSE, 0 },
  { "It sent at least 300 troops.", 300, INFINITY, FALSE, FALSE, 0 },
  { "It sent fewer than 300 troops.", 0, 300, FALSE, TRUE, 0 },
  { "It sent up to 300 troops.", 0, 300, FALSE, FALSE, 0 },
  { "It sold 840,000 cars.", 835000, 845000, FALSE, TRUE, 0 },
  { "It sold 2,000 cars.", 1950, 2050, FALSE, TRUE, 0 },
  { "It sold 2,400 cars.", 2399.5, 2400.5, FALSE, TRUE, 0 },
  { "It sold 842,137 cars.", 842136.5, 842137.5, FALSE, TRUE, 0 },
  { "It sold 100 cars.", 99.5, 100.5, FALSE, TRUE, 0 },
  { "It will cost between $1bn and $2bn.", 0.5e9, 2.5e9, FALSE, TRUE, 2e9 },
  { "Turnout was 20-30%.", 19.5, 30.5, FALSE, TRUE, 30 },
  { "They moved tens of thousands of troops.", 1e4, 1e5, FALSE, TRUE, 0 },
  { "It hired hundreds of workers.", 100, 1000, FALSE, TRUE, 0 },
  { "The road is 10 km long.", 9500, 10500, FALSE, TRUE, 0 },
  { "It was 20°C outside.", 292.65, 293.65, FALSE, TRUE, 0 },
};

START_TEST (test_quantity_interval)
{
  const IntervalCase *k = &interval_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (k->text, NULL);
  const XcClaim *c = nth_numeric (claims, 0);
  ck_assert_msg (c != NULL, "'%s': no claim", k->text);
  const XcInterval *iv = &c->interval;
  gboolean lo_ok = isinf (k->lo) ? isinf (iv->lo) : fabs (iv->lo - k->lo) <= 1e-6 * MAX (1, fabs (k->lo));
  gboolean hi_ok = isinf (k->hi) ? isinf (iv->hi) : fabs (iv->hi - k->hi) <= 1e-6 * MAX (1, fabs (k->hi));
  ck_assert_msg (lo_ok && hi_ok && iv->lo_open == k->lo_open && iv->hi_open == k->hi_open,
                 "'%s': interval %s%.10g, %.10g%s, expected %s%.10g, %.10g%s", k->text,
                 iv->lo_open ? "(" : "[", iv->lo, iv->hi, iv->hi_open ? ")" : "]",
                 k->lo_open ? "(" : "[", k->lo, k->hi, k->hi_open ? ")" : "]");
  if (k->value_high > 0)
    ck_assert_msg (c->value_high == k->value_high, "'%s': high %g", k->text, c->value_high);
}
END_TEST

/* Measures compare in SI units. */
START_TEST (test_quantity_si)
{
  g_autoptr(GPtrArray) a = xc_test_extract ("The line runs 1,150 km.", NULL);
  g_autoptr(GPtrArray) b = xc_test_extract ("The line runs 715 miles.", NULL);
  const XcClaim *ca = nth_numeric (a, 0), *cb = nth_numeric (b, 0);
  ck_assert (ca && cb);
  ck_assert_str_eq (ca->si_unit, "m");
  ck_assert_str_eq (cb->si_unit, "m");
  ck_assert (fabs (ca->value_si - 1150000) < 1e-6);
  ck_assert (fabs (cb->value_si - 715 * 1609.344) < 1e-6);
  /* 715 miles is 1,150.7 km: the two agree */
  ck_assert (xc_interval_overlaps (&ca->interval, &cb->interval));
  g_autoptr(GPtrArray) c = xc_test_extract ("It was 212 °F.", NULL);
  const XcClaim *cc = nth_numeric (c, 0);
  ck_assert (cc && fabs (cc->value_si - 373.15) < 1e-9);
  ck_assert_str_eq (cc->si_unit, "K");
}
END_TEST

/* A bare "$" is the recognizer's dollar. */
START_TEST (test_quantity_dollar)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcExtractor) ex = xc_extractor_new (&error);
  ck_assert (ex != NULL);
  xc_extractor_set_dollar (ex, "AUD");
  g_autoptr(XcDocument) doc = xc_test_document ("It cost $5 million and US$2 million.", XC_FORMAT_TEXT, NULL);
  g_autoptr(GPtrArray) claims = xc_extractor_run (ex, doc, NULL, &error);
  ck_assert (claims != NULL);
  ck_assert_uint_eq (claims->len, 2);
  ck_assert_str_eq (((XcClaim *) claims->pdata[0])->unit, "AUD");
  ck_assert_str_eq (((XcClaim *) claims->pdata[1])->unit, "USD");
}
END_TEST

/* Old values, "X of the Y" counts, fractions of a point: the claim whose span
 * is @span must exist with @kind, @value, @unit and @previous; @kind NULL: no
 * numeric claim may have that span (the total of "42 of the 120 seats"). */
typedef struct {
  const char *text;
  const char *span;
  const char *kind;
  double      value;
  const char *unit;
  gboolean    previous;
} CompareCase;

static const CompareCase compare_cases[] = {
  /* an old value after a change's "from" */
  { "Growth is seen at 1.4%, down from a forecast of 1.9% in March.", "1.9%", "percent", 1.9, "%", TRUE },
  { "Growth is seen at 1.4%, down from a forecast of 1.9% in March.", "1.4%", "percent", 1.4, "%", FALSE },
  { "The party won 42 seats, up from 35 seats in 2021.", "35 seats", "count", 35, "seat", TRUE },
  { "The party won 42 seats, up from 35 seats in 2021.", "42 seats", "count", 42, "seat", FALSE },
  { "It took its rate to 4.75 percent from 4.25 percent.", "4.25 percent", "percent", 4.25, "%", TRUE },
  { "It took its rate to 4.75 percent from 4.25 percent.", "4.75 percent", "percent", 4.75, "%", FALSE },
  { "Profit dropped to $1.1bn from $1.25bn a year ago.", "$1.25bn", "money", 1.25e9, "USD", TRUE },
  { "Profit dropped to $1.1bn from $1.25bn a year ago.", "$1.1bn", "money", 1.1e9, "USD", FALSE },
  { "Sales rose from $10 billion to $12 billion.", "$10 billion", "money", 10e9, "USD", TRUE },
  { "Sales rose from $10 billion to $12 billion.", "$12 billion", "money", 12e9, "USD", FALSE },
  { "Costs rose sharply from $3 million last year.", "$3 million", "money", 3e6, "USD", TRUE },
  { "It was an increase from 12% in 2022.", "12%", "percent", 12, "%", TRUE },
  /* other comparison markers */
  { "Online sales were 23% of the total, against 18% in 2024.", "18%", "percent", 18, "%", TRUE },
  { "Online sales were 23% of the total, against 18% in 2024.", "23%", "percent", 23, "%", FALSE },
  { "Earnings were 84 cents, compared with 95 cents a year earlier.", "95 cents", "count", 95, "cent", TRUE },
  { "Earnings were 84 cents, compared to 95 cents a year earlier.", "95 cents", "count", 95, "cent", TRUE },
  { "Turnout was 61% versus 58% last time.", "58%", "percent", 58, "%", TRUE },
  { "Turnout was 61% vs. 58% last time.", "58%", "percent", 58, "%", TRUE },
  { "Turnout was 61% vs 58% last time.", "58%", "percent", 58, "%", TRUE },
  { "Prices were 12% higher than the 9% rise seen in 2023.", "9%", "percent", 9, "%", TRUE },
  { "The loss was smaller than the $2 million analysts expected.", "$2 million", "money", 2e6, "USD", TRUE },
  { "Output grew 3% relative to the 2% forecast.", "2%", "percent", 2, "%", TRUE },
  /* near misses: qualifiers, ranges, sources, plain "from" */
  { "More than 40 people died.", "More than 40 people", "count", 40, "person", FALSE },
  { "Costs were less than $5 million.", "less than $5 million", "money", 5e6, "USD", FALSE },
  { "Between 20 and 30 ships sailed.", "Between 20 and 30 ships", "count", 20, "ship", FALSE },
  { "Estimates range from 20 to 30 percent.", "20 to 30 percent", "percent", 20, "%", FALSE },
  { "The fund raised $2 million from 300 donors.", "300 donors", "count", 300, "donor", FALSE },
  { "Aid came from 12 countries.", "12 countries", "count", 12, "country", FALSE },
  { "The army sent 40 tanks from 3 bases.", "3 bases", "count", 3, "base", FALSE },
  { "The index gained 0.8% against the euro.", "0.8%", "percent", 0.8, "%", FALSE },
  { "Protesters marched against 5 new mines.", "5 new mines", "count", 5, "mine", FALSE },
  { "Police held 3 men against 2 women.", "2 women", "count", 2, "woman", FALSE },
  { "Police held 3 men against 2 men a year ago.", "2 men", "count", 2, "man", TRUE },
  { "The team rose from 3rd place to 12 points clear.", "12 points", "count", 12, "point", FALSE },
  { "Sales rose from 2020 to 2023 by 40%.", "40%", "percent", 40, "%", FALSE },
  { "Shares rose 4% to $12, from $11.50 on Friday.", "$11.50", "money", 11.5, "USD", TRUE },
  { "The rate held at 5%, the same as 5% in May.", "5%", "percent", 5, "%", FALSE },
  /* "X of the Y <noun>": one count, the total no claim of its own */
  { "The party won 42 of the 120 seats in the vote.", "42 of the 120 seats", "count", 42, "seat", FALSE },
  { "The party won 42 of the 120 seats in the vote.", "120 seats", NULL, 0, NULL, FALSE },
  { "The party won 42 of 120 seats.", "42 of 120 seats", "count", 42, "seat", FALSE },
  { "Seven of the nine board members voted for it.", "Seven of the nine board members", "count", 7, "board member", FALSE },
  { "Two of the three largest banks failed.", "Two of the three largest banks", "count", 2, "bank", FALSE },
  { "One of the nine members abstained.", "One of the nine members", NULL, 0, NULL, FALSE },
  { "Police said 40% of the 120 seats were contested.", "40%", "percent", 40, "%", FALSE },
  { "Ten of the 12 months were dry.", "Ten of the 12 months", NULL, 0, NULL, FALSE },
  { "Five of the 2023 budget lines were cut.", "Five of the 2023 budget lines", NULL, 0, NULL, FALSE },
  { "The 30 of the 20 players story is wrong.", "30 of the 20 players", NULL, 0, NULL, FALSE },
  /* fractions of a percentage point */
  { "It raised rates by half a percentage point.", "half a percentage point", "percent", 0.5, "pp", FALSE },
  { "It cut rates by a quarter of a percentage point.", "a quarter of a percentage point", "percent", 0.25, "pp", FALSE },
  { "It cut rates by a quarter point.", "a quarter point", "percent", 0.25, "pp", FALSE },
  { "It made a quarter-point cut.", "a quarter-point", "percent", 0.25, "pp", FALSE },
  { "It raised rates by three-quarters of a percentage point.", "three-quarters of a percentage point", "percent", 0.75, "pp", FALSE },
  { "It raised rates by a half point.", "a half point", "percent", 0.5, "pp", FALSE },
  { "It raised rates by 50 basis points.", "50 basis points", "percent", 0.5, "pp", FALSE },
  { "She scored half a point more.", "half a point", "percent", 0.5, "pp", FALSE },
  { "A quarter of the staff left.", "A quarter", NULL, 0, NULL, FALSE },
  { "Half a million people marched.", "Half a million people", "count", 5e5, "person", FALSE },
  { "The point is that half a percent is small.", "half a percent", NULL, 0, NULL, FALSE },
};

START_TEST (test_quantity_compare)
{
  const CompareCase *k = &compare_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (k->text, "2024-04-09");
  const XcClaim *c = NULL;
  for (guint i = 0; i < claims->len && c == NULL; i++)
    {
      const XcClaim *x = claims->pdata[i];
      if (is_numeric (x) && g_str_equal (x->text, k->span))
        c = x;
    }
  if (k->kind == NULL)
    {
      ck_assert_msg (c == NULL, "'%s': unexpected claim '%s'", k->text, k->span);
      return;
    }
  ck_assert_msg (c != NULL, "'%s': no claim '%s'", k->text, k->span);
  ck_assert_msg (g_str_equal (xc_kind_to_string (c->kind), k->kind), "'%s': kind %s, expected %s", k->text,
                 xc_kind_to_string (c->kind), k->kind);
  ck_assert_msg (fabs (c->value - k->value) <= 1e-9 * MAX (1, fabs (k->value)), "'%s': value %.17g, expected %.17g",
                 k->text, c->value, k->value);
  ck_assert_msg (g_strcmp0 (c->unit, k->unit) == 0, "'%s': unit '%s', expected '%s'", k->text, c->unit, k->unit);
  ck_assert_msg (c->previous == k->previous, "'%s': '%s' previous=%d, expected %d", k->text, k->span, c->previous,
                 k->previous);
}
END_TEST

/* "previous" goes to JSON only when set, comes back, and survives a copy. */
START_TEST (test_quantity_previous_json)
{
  g_autoptr(GPtrArray) claims = xc_test_extract ("It took its rate to 4.75 percent from 4.25 percent.", NULL);
  ck_assert_uint_eq (claims->len, 2);
  for (guint i = 0; i < 2; i++)
    {
      const XcClaim *c = claims->pdata[i];
      ck_assert_int_eq (c->previous, i == 1);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      xc_claim_to_json (c, b);
      g_autoptr(JsonNode) node = json_builder_get_root (b);
      JsonObject *o = json_node_get_object (node);
      ck_assert_int_eq (json_object_has_member (o, "previous"), c->previous);
      g_autoptr(GError) error = NULL;
      g_autoptr(XcClaim) back = xc_claim_from_json (o, &error);
      ck_assert_ptr_nonnull (back);
      ck_assert_int_eq (back->previous, c->previous);
      g_autoptr(XcClaim) copy = xc_claim_copy (c);
      ck_assert_int_eq (copy->previous, c->previous);
    }
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("quantity");
  TCase *tc = tcase_create ("expressions");
  tcase_add_loop_test (tc, test_quantity_expression, 0, G_N_ELEMENTS (qty_cases));
  tcase_add_loop_test (tc, test_quantity_span, 0, G_N_ELEMENTS (span_cases));
  tcase_add_loop_test (tc, test_quantity_basis, 0, G_N_ELEMENTS (basis_cases));
  tcase_add_loop_test (tc, test_quantity_interval, 0, G_N_ELEMENTS (interval_cases));
  tcase_add_loop_test (tc, test_quantity_compare, 0, G_N_ELEMENTS (compare_cases));
  tcase_add_test (tc, test_quantity_previous_json);
  tcase_add_test (tc, test_quantity_si);
  tcase_add_test (tc, test_quantity_dollar);
  suite_add_tcase (s, tc);
  return s;
}
