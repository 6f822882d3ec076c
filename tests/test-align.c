/* test-align.c - which pairs of claims state the same fact: a table of hand-built
 * pairs that must and must not be aligned, run through the whole comparison
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-test.h"
#include "xc-private.h"
#include "xc-compare-private.h"

typedef struct {
  XcKind      kind;
  const char *sentence;
  const char *text;       /* must occur in the sentence */
  double      lo, hi;     /* interval (numeric kinds) */
  const char *unit;       /* or ISO date / duration for temporal kinds */
  XcDirection dir;
  gboolean    share;
  const char *scope;
  gboolean    is_scope;
  gboolean    previous;   /* an old value: "down from 1.9%" */
} Spec;

typedef struct {
  const char *what;
  Spec        a, b;
  gboolean    aligned;
} AlignCase;

#define UP XC_DIRECTION_UP
#define DOWN XC_DIRECTION_DOWN
#define NONE XC_DIRECTION_NONE
#define MONEY(s, t, lo, hi, cur) { XC_KIND_MONEY, s, t, lo, hi, cur, NONE, FALSE, NULL, FALSE }
#define MONEY_IN(s, t, lo, hi, cur, scope) { XC_KIND_MONEY, s, t, lo, hi, cur, NONE, FALSE, scope, FALSE }
#define RATE(s, t, lo, hi, dir) { XC_KIND_PERCENT, s, t, lo, hi, "%", dir, FALSE, NULL, FALSE }
#define RATE_IN(s, t, lo, hi, dir, scope) { XC_KIND_PERCENT, s, t, lo, hi, "%", dir, FALSE, scope, FALSE }
#define PP(s, t, lo, hi, dir) { XC_KIND_PERCENT, s, t, lo, hi, "pp", dir, FALSE, NULL, FALSE }
#define SHARE(s, t, lo, hi) { XC_KIND_PERCENT, s, t, lo, hi, "%", NONE, TRUE, NULL, FALSE }
#define LEVEL(s, t, lo, hi) { XC_KIND_PERCENT, s, t, lo, hi, "%", NONE, FALSE, NULL, FALSE }
#define LEVEL_IN(s, t, lo, hi, scope) { XC_KIND_PERCENT, s, t, lo, hi, "%", NONE, FALSE, scope, FALSE }
#define LEVEL_OLD_IN(s, t, lo, hi, scope) { XC_KIND_PERCENT, s, t, lo, hi, "%", NONE, FALSE, scope, FALSE, TRUE }
#define MAG(s, t, v) { XC_KIND_MEASURE, s, t, v - 0.05, v + 0.05, "magnitude", NONE, FALSE, NULL, FALSE }
#define COUNT(s, t, lo, hi, noun) { XC_KIND_COUNT, s, t, lo, hi, noun, NONE, FALSE, NULL, FALSE }
#define MEASURE(s, t, lo, hi, si) { XC_KIND_MEASURE, s, t, lo, hi, si, NONE, FALSE, NULL, FALSE }
#define DATE(s, t, iso) { XC_KIND_DATE, s, t, 0, 0, iso, NONE, FALSE, NULL, FALSE }
#define SCOPE_DATE(s, t, iso) { XC_KIND_DATE, s, t, 0, 0, iso, NONE, FALSE, NULL, TRUE }
#define RANGE(s, t, iso) { XC_KIND_DATERANGE, s, t, 0, 0, iso, NONE, FALSE, NULL, FALSE }
#define DUR(s, t, iso) { XC_KIND_DURATION, s, t, 0, 0, iso, NONE, FALSE, NULL, FALSE }

static const AlignCase align_cases[] = {
  /* the same fact in other words */
  { "money, same words", MONEY ("Zambia's copper exports reached $4.2 billion, the mines ministry said.", "$4.2 billion", 4.15e9, 4.25e9, "USD"),
    MONEY ("Copper exports from Zambia were worth $4.2 billion, according to the mines ministry.", "$4.2 billion", 4.15e9, 4.25e9, "USD"), TRUE },
  { "money, rounding", MONEY ("Zambia's copper exports reached $4.2 billion, the mines ministry said.", "$4.2 billion", 4.15e9, 4.25e9, "USD"),
    MONEY ("The mines ministry put Zambia's copper exports at $4.17 billion.", "$4.17 billion", 4.165e9, 4.175e9, "USD"), TRUE },
  { "money, disagreeing but clearly one fact", MONEY ("Zambia's copper exports reached $4.2 billion, the mines ministry said.", "$4.2 billion", 4.15e9, 4.25e9, "USD"),
    MONEY ("Zambia's copper exports reached $4.9 billion, the mines ministry said on Friday.", "$4.9 billion", 4.85e9, 4.95e9, "USD"), TRUE },
  { "growth, other verb", RATE ("Zambia's copper exports rose 12 percent on the year, the mines ministry said.", "12 percent", 11.5, 12.5, UP),
    RATE ("Copper exports from Zambia grew by 12.3% over the year, according to the mines ministry.", "12.3%", 12.25, 12.35, UP), TRUE },
  { "growth, conflicting figure", RATE ("Zambia's copper exports rose 12 percent on the year, the mines ministry said.", "12 percent", 11.5, 12.5, UP),
    RATE ("Zambia's copper exports rose 15 percent on the year, the mines ministry said.", "15 percent", 14.5, 15.5, UP), TRUE },
  { "up vs down of one figure", RATE ("Zambia's copper exports rose 12 percent, the mines ministry said.", "12 percent", 11.5, 12.5, UP),
    RATE ("Zambia's copper exports fell 12 percent, the mines ministry said.", "12 percent", 11.5, 12.5, DOWN), TRUE },
  { "count, same noun", COUNT ("The storm destroyed 1,200 homes in the coastal district of Varenna.", "1,200 homes", 1199.5, 1200.5, "home"),
    COUNT ("In Varenna, a coastal district, 1,200 homes were destroyed by the storm.", "1,200 homes", 1199.5, 1200.5, "home"), TRUE },
  { "count, conflicting", COUNT ("The storm destroyed 1,200 homes in the coastal district of Varenna.", "1,200 homes", 1199.5, 1200.5, "home"),
    COUNT ("The storm destroyed 1,500 homes in the coastal district of Varenna, officials said.", "1,500 homes", 1499.5, 1500.5, "home"), TRUE },
  { "count, more than", COUNT ("Rescuers evacuated more than 300 residents from the flooded Varenna valley.", "more than 300 residents", 300, INFINITY, "resident"),
    COUNT ("About 320 residents were evacuated from the flooded Varenna valley by rescuers.", "320 residents", 319.5, 320.5, "resident"), TRUE },
  { "measure, same unit", MEASURE ("The new Lindqvist bridge spans 1.2 kilometres across the fjord.", "1.2 kilometres", 1150, 1250, "m"),
    MEASURE ("Spanning 1,200 metres, the Lindqvist bridge crosses the fjord.", "1,200 metres", 1199.5, 1200.5, "m"), TRUE },
  { "measure, slip by ten", MEASURE ("The new Lindqvist bridge spans 1.2 kilometres across the fjord.", "1.2 kilometres", 1150, 1250, "m"),
    MEASURE ("The new Lindqvist bridge spans 12 kilometres across the fjord.", "12 kilometres", 11500, 12500, "m"), TRUE },
  { "date, same event", DATE ("The Lindqvist bridge opened to traffic on March 3, the roads agency said.", "March 3", "2025-03-03"),
    DATE ("Traffic first crossed the Lindqvist bridge on March 3, according to the roads agency.", "March 3", "2025-03-03"), TRUE },
  { "date, same event, other day", DATE ("The Lindqvist bridge opened to traffic on March 3, the roads agency said.", "March 3", "2025-03-03"),
    DATE ("The Lindqvist bridge opened to traffic on March 4, the roads agency said.", "March 4", "2025-03-04"), TRUE },
  { "date, month and day", DATE ("The Lindqvist bridge opened to traffic in March, the roads agency said.", "March", "2025-03"),
    DATE ("The Lindqvist bridge opened to traffic on March 3, the roads agency said.", "March 3", "2025-03-03"), TRUE },
  { "date, a day inside the span", RANGE ("The Orlek folk festival ran from June 2 to June 6 this year.", "June 2 to June 6", "2025-06-02/2025-06-06"),
    DATE ("The Orlek folk festival opened its main stage on June 4 this year.", "June 4", "2025-06-04"), TRUE },
  { "duration", DUR ("The Varenna delegation began a five-day visit to Oslo on Monday.", "five-day", "P5D"),
    DUR ("On Monday the Varenna delegation started its five-day visit to Oslo.", "five-day", "P5D"), TRUE },
  { "duration, conflicting", DUR ("The Varenna delegation began a five-day visit to Oslo on Monday.", "five-day", "P5D"),
    DUR ("The Varenna delegation began a three-day visit to Oslo on Monday.", "three-day", "P3D"), TRUE },
  { "share, same words", SHARE ("Copper made up 70% of Zambia's exports last year, the central bank said.", "70%", 69.5, 70.5),
    SHARE ("Copper accounted for 70 percent of Zambia's exports last year, the central bank said.", "70 percent", 69.5, 70.5), TRUE },
  { "level, same words", LEVEL ("Unemployment in Varenna stood at 7.1% in March, the statistics office said.", "7.1%", 7.05, 7.15),
    LEVEL ("The statistics office said unemployment in Varenna was 7.1 percent in March.", "7.1 percent", 7.05, 7.15), TRUE },
  { "one side without scope", MONEY_IN ("Zambia's copper exports reached $4.2 billion in 2021, the mines ministry said.", "$4.2 billion", 4.15e9, 4.25e9, "USD", "2021"),
    MONEY ("Zambia's copper exports reached $4.2 billion, the mines ministry said.", "$4.2 billion", 4.15e9, 4.25e9, "USD"), TRUE },
  { "scope month inside year", MONEY_IN ("Zambia's copper exports reached $420 million in March 2021, the mines ministry said.", "$420 million", 415e6, 425e6, "USD", "2021-03"),
    MONEY_IN ("Zambia's copper exports reached $420 million, the mines ministry said of 2021.", "$420 million", 415e6, 425e6, "USD", "2021"), TRUE },
  { "pp with pp", PP ("Unemployment in Varenna rose 2 percentage points, the statistics office said.", "2 percentage points", 1.5, 2.5, UP),
    PP ("The statistics office said unemployment in Varenna was up 2 points.", "2 points", 1.5, 2.5, UP), TRUE },

  /* another fact */
  { "another year", MONEY_IN ("Zambia's copper exports reached $4.2 billion in 2021, the mines ministry said.", "$4.2 billion", 4.15e9, 4.25e9, "USD", "2021"),
    MONEY_IN ("Zambia's copper exports reached $3.6 billion in 2020, the mines ministry said.", "$3.6 billion", 3.55e9, 3.65e9, "USD", "2020"), FALSE },
  { "another year, same value", RATE_IN ("Zambia's copper exports rose 12 percent in 2021.", "12 percent", 11.5, 12.5, UP, "2021"),
    RATE_IN ("Zambia's copper exports rose 12 percent in 2019.", "12 percent", 11.5, 12.5, UP, "2019"), FALSE },
  { "another country", RATE ("Zambia's copper exports rose 12 percent, the mines ministry said.", "12 percent", 11.5, 12.5, UP),
    RATE ("Chile's copper exports rose 9 percent, the mines ministry said.", "9 percent", 8.5, 9.5, UP), FALSE },
  { "another country, same value", RATE ("Zambia's copper exports rose 12 percent.", "12 percent", 11.5, 12.5, UP),
    RATE ("Chile's copper exports rose 12 percent.", "12 percent", 11.5, 12.5, UP), FALSE },
  { "another country, money", MONEY ("Trade between Varenna and Ostland reached $8 billion, customs data showed.", "$8 billion", 7.5e9, 8.5e9, "USD"),
    MONEY ("Trade between Varenna and Pelland stood at $31 billion, customs data showed.", "$31 billion", 30.5e9, 31.5e9, "USD"), FALSE },
  { "another currency", MONEY ("Zambia's copper exports reached $4.2 billion, the mines ministry said.", "$4.2 billion", 4.15e9, 4.25e9, "USD"),
    MONEY ("Zambia's copper exports reached €4.2 billion, the mines ministry said.", "€4.2 billion", 4.15e9, 4.25e9, "EUR"), FALSE },
  { "share vs change", SHARE ("Copper made up 70% of Zambia's exports last year.", "70%", 69.5, 70.5),
    RATE ("Zambia's copper exports rose 70% last year.", "70%", 69.5, 70.5, UP), FALSE },
  { "level vs change", LEVEL ("Unemployment in Varenna stood at 7.1% in March.", "7.1%", 7.05, 7.15),
    RATE ("Unemployment in Varenna rose 7.1% in March.", "7.1%", 7.05, 7.15, UP), FALSE },
  { "pp vs percent", PP ("Unemployment in Varenna rose 2 percentage points.", "2 percentage points", 1.5, 2.5, UP),
    RATE ("Unemployment in Varenna rose 2 percent.", "2 percent", 1.5, 2.5, UP), FALSE },
  { "share vs level", SHARE ("Copper made up 70% of Zambia's exports.", "70%", 69.5, 70.5),
    LEVEL ("Zambia's export tax on copper is 70%.", "70%", 69.5, 70.5), FALSE },
  { "another noun", COUNT ("The storm destroyed 1,200 homes in Varenna.", "1,200 homes", 1199.5, 1200.5, "home"),
    COUNT ("The storm destroyed 1,200 schools in Varenna.", "1,200 schools", 1199.5, 1200.5, "school"), FALSE },
  { "another measure", MEASURE ("The Lindqvist bridge spans 1.2 kilometres.", "1.2 kilometres", 1150, 1250, "m"),
    MEASURE ("The Lindqvist bridge weighs 1.2 tonnes per metre.", "1.2 tonnes", 1150, 1250, "kg"), FALSE },
  { "another event on the same day", DATE ("The Lindqvist bridge opened to traffic on March 3, the roads agency said.", "March 3", "2025-03-03"),
    DATE ("Dock workers at the Orlek port walked out on March 3 over unpaid wages.", "March 3", "2025-03-03"), FALSE },
  { "another event, another day", DATE ("The Lindqvist bridge opened to traffic on March 3, the roads agency said.", "March 3", "2025-03-03"),
    DATE ("Dock workers at the Orlek port walked out on March 5 over unpaid wages.", "March 5", "2025-03-05"), FALSE },
  { "other participants", DATE ("Mayor Ostrova met Governor Pell at the city hall on May 5.", "May 5", "2025-05-05"),
    DATE ("Mayor Ostrova met Minister Dane at the city hall on May 7.", "May 7", "2025-05-07"), FALSE },
  { "other participants, reversed roles", DATE ("Premier Halvard met Chancellor Brix in Orlek on May 5.", "May 5", "2025-05-05"),
    DATE ("Chancellor Brix met Premier Tamsin in Orlek on May 9.", "May 9", "2025-05-09"), FALSE },
  { "scope date is not an event", SCOPE_DATE ("Zambia's copper exports reached $4.2 billion in 2021.", "2021", "2021"),
    DATE ("Zambia's copper mines were privatised in 2021 after a long debate.", "2021", "2021"), FALSE },
  { "date vs duration", DATE ("The Varenna delegation arrived in Oslo on May 4.", "May 4", "2025-05-04"),
    DUR ("The Varenna delegation began a five-day visit to Oslo.", "five-day", "P5D"), FALSE },
  { "money vs count", MONEY ("The storm caused $40 million of damage in Varenna.", "$40 million", 39.5e6, 40.5e6, "USD"),
    COUNT ("The storm damaged 40 million homes in Varenna.", "40 million homes", 39.5e6, 40.5e6, "home"), FALSE },
  { "unrelated figures, same unit", MONEY ("The storm caused $40 million of damage in Varenna, insurers estimated.", "$40 million", 39.5e6, 40.5e6, "USD"),
    MONEY ("Ostland's central bank sold $900 million of bonds to foreign funds on Tuesday.", "$900 million", 899.5e6, 900.5e6, "USD"), FALSE },
  { "unrelated rates", RATE ("Zambia's copper exports rose 12 percent, the mines ministry said.", "12 percent", 11.5, 12.5, UP),
    RATE ("Ticket sales at the Orlek folk festival rose 30 percent, organisers said.", "30 percent", 29.5, 30.5, UP), FALSE },
  { "unrelated counts, shared word", COUNT ("The storm destroyed 1,200 homes in Varenna.", "1,200 homes", 1199.5, 1200.5, "home"),
    COUNT ("Builders in Ostland finished 9,000 homes last spring under a state programme.", "9,000 homes", 8999.5, 9000.5, "home"), FALSE },
  /* dates are aligned by the event they date (xc-event.c) */
  { "event: verb and its noun", DATE ("Ostland's army invaded the Pelland lowlands on August 3, its defence ministry said.", "August 3", "2030-08-03"),
    DATE ("The invasion began on August 3, according to Pelland's defence ministry.", "August 3", "2030-08-03"), TRUE },
  { "event: other words for one event", DATE ("In early 2031, Mayor Ostrova and Mayor Tamsin proclaimed a lasting twinning of their cities.", "early 2031", "2031-02"),
    DATE ("The twinning of Orlek and Skarn was declared by their mayors, Ostrova and Tamsin, in February 2031.", "February 2031", "2031-02"), TRUE },
  { "event: declaration vs declared", DATE ("Pelland's parliament declared a state of emergency on June 2 after the floods.", "June 2", "2030-06-02"),
    DATE ("The declaration of the emergency by Pelland's parliament came on June 2.", "June 2", "2030-06-02"), TRUE },
  { "event: the date of a visit during which something was signed", DATE ("During a May 2030 visit by Premier Halvard to Orlek, the two governments signed a fisheries treaty.", "May 2030", "2030-05"),
    DATE ("Halvard's governments signed the Orlek fisheries treaty in May 2030 when the premier visited the port.", "May 2030", "2030-05"), TRUE },
  { "event: proclaimed ~ declared, few shared words", DATE ("In early 2031, the mayors of Skarn and Orlek proclaimed an unbreakable friendship.", "early 2031", "2031-02"),
    DATE ("Orlek's council declared a partnership with Skarn in February 2031, well ahead of the festival season.", "February 2031", "2031-02"), TRUE },
  { "event: invasion ~ invaded, few shared words", DATE ("Brixia ordered the invasion of the Tamsin islands on July 14, 2030, after months of threats.", "July 14, 2030", "2030-07-14"),
    DATE ("Soldiers invaded Tamsin in July 2030, and fighting spread to the northern coast within a week.", "July 2030", "2030-07"), TRUE },
  { "event: appointment ~ named, few shared words", DATE ("Varenna's cabinet appointed Lise Marrow as central bank governor on April 2, 2030.", "April 2, 2030", "2030-04-02"),
    DATE ("Marrow's nomination to head the monetary authority came in April 2030, to little surprise.", "April 2030", "2030-04"), TRUE },
  { "event: arrived is not met", DATE ("Minister Dane arrived in Orlek on May 4 aboard a navy frigate.", "May 4", "2030-05-04"),
    DATE ("Minister Dane met the Orlek fisheries council on May 4, officials said.", "May 4", "2030-05-04"), FALSE },
  { "event: arrived is not met, other day", DATE ("Minister Dane arrived in Orlek on May 4, the fisheries council said.", "May 4", "2030-05-04"),
    DATE ("Minister Dane met the Orlek fisheries council on May 5, officials said.", "May 5", "2030-05-05"), FALSE },
  { "event: invaded is not declared", DATE ("Ostland's army invaded the Pelland lowlands in February 2030, a year of turmoil.", "February 2030", "2030-02"),
    DATE ("Ostland and Brixia declared a defence pact in February 2030, a year of turmoil.", "February 2030", "2030-02"), FALSE },
  { "event: resigned is not elected", DATE ("Mayor Ostrova of Skarn resigned on October 9, the city council said.", "October 9", "2030-10-09"),
    DATE ("Mayor Ostrova of Skarn was elected on October 9, the city council said.", "October 9", "2030-10-09"), FALSE },
  { "event: unknown words stay neutral", DATE ("The Lindqvist bridge opened to traffic on March 3, the roads agency said.", "March 3", "2025-03-03"),
    DATE ("Cars first crossed the Lindqvist bridge on March 3, according to the roads agency.", "March 3", "2025-03-03"), TRUE },
  /* compounds count for their last word ("earthquake" ~ "quake"); a block each document
   * states once or twice: each one's best match in the other, with a word beside both
   * figures in common, gets a bonus */
  { "rare: quake ~ earthquake, few other words", MAG ("A magnitude 5.8 earthquake struck the Orlek valley before dawn on Sunday.", "magnitude 5.8", 5.8),
    MAG ("The 5.8-magnitude quake, centred near the Orlek dam, damaged hundreds of homes.", "5.8-magnitude", 5.8), TRUE },
  { "rare: magnitudes that disagree, one quake", MAG ("A magnitude 5.8 earthquake struck the Orlek valley on Sunday, killing four people.", "magnitude 5.8", 5.8),
    MAG ("A strong earthquake of magnitude 5.6 shook the Orlek valley on Sunday, killing four people, officials said.", "magnitude 5.6", 5.6), TRUE },
  { "rare: the quake is not its aftershock", MAG ("A magnitude 5.8 earthquake struck the Orlek valley on Sunday, killing four people.", "magnitude 5.8", 5.8),
    MAG ("The strongest aftershock, a magnitude 4.9 tremor, shook the Orlek valley on Monday.", "magnitude 4.9", 4.9), FALSE },
  { "rare: the quake is not its aftershock, other day", MAG ("A magnitude 5.8 earthquake struck the Orlek valley on Sunday, killing four people.", "magnitude 5.8", 5.8),
    MAG ("An aftershock of magnitude 5.1 rattled the Orlek valley again on Tuesday, officials said.", "magnitude 5.1", 5.1), FALSE },
  { "measure noun: the quake is not its aftershock, same verb", MAG ("A magnitude 5.8 earthquake struck the Orlek valley on Sunday, killing four people.", "magnitude 5.8", 5.8),
    MAG ("An aftershock of magnitude 4.9 struck the Orlek valley on Sunday evening.", "magnitude 4.9", 4.9), FALSE },
  { "measure noun: earthquake of magnitude ~ magnitude earthquake", MAG ("A magnitude 5.8 earthquake struck the Orlek valley on Sunday, killing four people.", "magnitude 5.8", 5.8),
    MAG ("An earthquake of magnitude 5.8 struck the Orlek valley on Sunday.", "magnitude 5.8", 5.8), TRUE },
  { "measure noun: depth is not distance", MEASURE ("The quake struck at a depth of 10 km under the Orlek valley, the survey said.", "10 km", 9500, 10500, "m"),
    MEASURE ("The quake struck 10 km south of the Orlek valley, the survey said.", "10 km", 9500, 10500, "m"), FALSE },
  { "measure noun: distance past a conversion", MEASURE ("The quake struck 40 kilometres (25 miles) south of Skarn, the survey said.", "40 kilometres", 39500, 40500, "m"),
    MEASURE ("The quake was centred 45 km south of Skarn, according to the survey.", "45 km", 44500, 45500, "m"), TRUE },
  { "rare: no bonus without a word beside both", MAG ("A magnitude 5.8 earthquake struck the Orlek valley before dawn on Sunday.", "magnitude 5.8", 5.8),
    MAG ("Seismologists in Orlek said the strongest tremor recorded there, in 1931, had measured 5.9 on the magnitude scale.", "5.9", 5.9), FALSE },
  { "rare: figures far apart are other facts", MONEY ("Orlek's fish oil exports to Pelland were worth $10.6 million, customs data showed.", "$10.6 million", 10.55e6, 10.65e6, "USD"),
    MONEY ("Trade between the two neighbours hit a record $240 billion, Pelland's customs office said.", "$240 billion", 239.5e9, 240.5e9, "USD"), FALSE },
  /* the same month or day as scope, with a word beside both figures in common */
  { "scope: same month, same measured noun", LEVEL_IN ("Annual inflation in Pelland accelerated to 7.4 percent in May, the statistics office said last week.", "7.4 percent", 7.35, 7.45, "2030-05"),
    LEVEL_IN ("Pelland's central bank raised its key rate by a quarter point on Thursday, its second rise this year, as annual inflation reached 7.2% in May.", "7.2%", 7.15, 7.25, "2030-05"), TRUE },
  { "scope: same month, other measured noun", LEVEL_IN ("Unemployment in Pelland stood at 7.4 percent in May, the statistics office said last week.", "7.4 percent", 7.35, 7.45, "2030-05"),
    LEVEL_IN ("Pelland's central bank raised its key rate by a quarter point on Thursday, its second rise this year, as inflation reached 7.2% in May.", "7.2%", 7.15, 7.25, "2030-05"), FALSE },
  { "scope: same month, same verb, other noun", RATE_IN ("Timber and furniture exports from Pelland rose 7.4% in May, the customs office said.", "7.4%", 7.35, 7.45, UP, "2030-05"),
    RATE_IN ("Fuel purchases pushed Pelland's imports up 7.1% in May, according to the trade ministry.", "7.1%", 7.05, 7.15, UP, "2030-05"), FALSE },
  { "scope: same noun, other month", LEVEL_IN ("Annual inflation in Pelland accelerated to 7.4 percent in April, the statistics office said last week.", "7.4 percent", 7.35, 7.45, "2030-04"),
    LEVEL_IN ("Pelland's central bank raised its key rate by a quarter point on Thursday, its second rise this year, as inflation reached 7.2% in May.", "7.2%", 7.15, 7.25, "2030-05"), FALSE },
  { "scope: same noun, same year only", LEVEL_IN ("Annual inflation in Pelland will average 7.4 percent in 2030, the statistics office said last week.", "7.4 percent", 7.35, 7.45, "2030"),
    LEVEL_IN ("Pelland's central bank raised its key rate by a quarter point on Thursday, its second rise this year, as inflation reached 7.2% in May.", "7.2%", 7.15, 7.25, "2030-05"), FALSE },
  { "unrelated durations", DUR ("The Varenna delegation began a five-day visit to Oslo.", "five-day", "P5D"),
    DUR ("Dock workers at the Orlek port held a two-day strike over wages.", "two-day", "P2D"), FALSE },
};

/* Sentences of other facts, so that term weights vary as in a real run. */
static const char * const background[] = {
  "The ministry said the figures were provisional and could be revised next month.",
  "Officials said the government would publish a full report later in the year.",
  "Analysts said the data showed the economy was recovering from a difficult period.",
  "The report said prices had risen across the region, according to the statistics office.",
  "Residents said they had not been warned, and officials said an inquiry would follow.",
  "The company said it expected demand to remain strong through the rest of the year.",
};

static XcClaim *
make_claim (const Spec *s, const char *file, const char *source)
{
  XcClaim *c = xc_claim_new (s->kind);
  c->file = g_strdup (file);
  c->source = g_strdup (source);
  c->sentence = g_strdup (s->sentence);
  c->text = g_strdup (s->text);
  const char *at = strstr (s->sentence, s->text);
  ck_assert_msg (at != NULL, "'%s' not in '%s'", s->text, s->sentence);
  c->offset = (gsize) (at - s->sentence);
  c->length = strlen (s->text);
  c->sentence_offset = 0;
  c->direction = s->dir;
  c->share = s->share;
  c->scope = g_strdup (s->scope);
  c->is_scope = s->is_scope;
  c->previous = s->previous;
  if (s->kind == XC_KIND_DATE || s->kind == XC_KIND_DURATION)
    c->iso = g_strdup (s->unit);
  else if (s->kind == XC_KIND_DATERANGE)
    {
      g_auto(GStrv) parts = g_strsplit (s->unit, "/", 2);
      c->start = g_strdup (parts[0]);
      c->end = g_strdup (parts[1]);
    }
  else
    {
      c->unit = g_strdup (s->unit);
      if (s->kind == XC_KIND_MEASURE)
        c->si_unit = g_strdup (s->unit);
      c->value = isfinite (s->hi) ? (s->lo + s->hi) / 2 : s->lo;
      c->interval.lo = s->lo;
      c->interval.hi = s->hi;
      c->interval.lo_open = !isfinite (s->hi);
      c->interval.hi_open = isfinite (s->hi) && s->hi > s->lo;
      if (!isfinite (s->hi))
        c->qualifier = XC_QUALIFIER_MORE_THAN;
    }
  return c;
}

static void
add_background (XcComparison *cmp)
{
  for (guint i = 0; i < G_N_ELEMENTS (background); i++)
    {
      GPtrArray *claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
      Spec s = DUR (background[i], "the", "P1D");
      s.kind = XC_KIND_MEASURE;   /* a block of its own: only the words matter */
      s.unit = "bg";
      s.lo = i;
      s.hi = i + 0.5;
      g_ptr_array_add (claims, make_claim (&s, "bg.txt", "Background"));
      ((XcClaim *) claims->pdata[0])->offset += i * 1000;
      ((XcClaim *) claims->pdata[0])->sentence_offset = i * 1000;
      xc_comparison_add_document (cmp, "bg.txt", "Background", NULL, NULL, claims);
    }
}

START_TEST (test_align_pairs)
{
  const AlignCase *t = &align_cases[_i];
  g_autoptr(XcComparison) cmp = xc_comparison_new ();
  add_background (cmp);
  GPtrArray *a = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  GPtrArray *b = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  XcClaim *ca = make_claim (&t->a, "a.txt", "Source A");
  XcClaim *cb = make_claim (&t->b, "b.txt", "Source B");
  g_ptr_array_add (a, ca);
  g_ptr_array_add (b, cb);
  xc_comparison_add_document (cmp, "a.txt", "Source A", NULL, NULL, g_ptr_array_ref (a));
  xc_comparison_add_document (cmp, "b.txt", "Source B", NULL, NULL, g_ptr_array_ref (b));
  ca = a->pdata[0];   /* where the run keeps them now */
  cb = b->pdata[0];
  g_ptr_array_unref (a);
  g_ptr_array_unref (b);
  XcCompareOptions opts = { 0 };
  ck_assert (xc_comparison_run (cmp, &opts, NULL));
  XcGroup *ga = xc_comparison_group_of (cmp, ca), *gb = xc_comparison_group_of (cmp, cb);
  gboolean together = ga != NULL && ga == gb;
  ck_assert_msg (together == t->aligned, "%s: aligned=%d, expected %d (%s | %s)", t->what, together,
                 t->aligned, ga ? ga->reason : "-", gb ? gb->reason : "-");
}
END_TEST

/* The event a date governs (xc-event.c, found by the aligner): sentence, date, class. */
typedef struct {
  const char *sentence;
  const char *date;
  const char *event;     /* class name, NULL when none is found */
} EventCase;

static const EventCase event_cases[] = {
  { "Ostland invaded the Tamsin islands on August 3.", "August 3", "invade" },
  { "The invasion of the Tamsin islands began on August 3.", "August 3", "invade" },
  { "Brixia ordered an invasion of Tamsin on August 3, 2030, after months of threats.", "August 3, 2030", "invade" },
  { "Pelland's parliament declared a state of emergency on June 2.", "June 2", "declare" },
  { "The declaration of the emergency came on June 2.", "June 2", "declare" },
  { "In early 2031, the two mayors proclaimed a lasting friendship.", "early 2031", "declare" },
  { "During a May 2030 visit by the premier to Orlek, the two governments signed a treaty.", "May 2030", "visit" },
  { "The governments signed the treaty in May 2030 when the premier visited Orlek.", "May 2030", "sign" },
  { "The premier arrived in Orlek on May 4 and met the mayor.", "May 4", "arrive" },
  { "On May 4, the premier met the mayor of Orlek.", "May 4", "meet" },
  { "Talks between the two unions broke down on Friday.", "Friday", "meet" },
  { "The premier travelled to Orlek in May to sign a fisheries pact.", "May", "visit" },
  { "The Lindqvist bridge opened to traffic on March 3.", "March 3", "open" },
  { "The storm made landfall on March 2 near the harbour.", "March 2", "disaster" },
  { "Mayor Ostrova resigned on Friday after a long dispute.", "Friday", "resign" },
  { "Voters in Skarn elected a new council on October 9.", "October 9", "vote" },
  { "The two firms completed their merger on July 1.", "July 1", "acquire" },
  { "The ministry said on Tuesday that exports had risen.", "Tuesday", NULL },
  { "Cars first crossed the Lindqvist bridge on March 3.", "March 3", NULL },
  { "On March 3 the weather in Orlek was calm.", "March 3", NULL },
};

START_TEST (test_align_event)
{
  const EventCase *t = &event_cases[_i];
  Spec spec = DATE (t->sentence, t->date, "2030-05-04");
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  g_ptr_array_add (claims, make_claim (&spec, "a.txt", "Source A"));
  XcAligner *al = xc_aligner_new (claims, 0, NULL);
  XcItem *it = xc_aligner_item (al, 0);
  const char *got = xc_event_class_name (it->event);
  ck_assert_msg (g_strcmp0 (got, t->event) == 0, "'%s' in '%s': event %s, expected %s", t->date, t->sentence,
                 got ? got : "(none)", t->event ? t->event : "(none)");
  xc_aligner_free (al);
}
END_TEST

/* One sentence dating two events; two other sources each dating one of them: each
 * date goes with the source of its own event. */
typedef struct {
  const char *what;
  const char *both;      /* the sentence with two dates */
  const char *date1, *iso1, *date2, *iso2;
  const char *first;     /* another source's sentence dating the first event */
  const char *first_date, *first_iso;
  const char *second;    /* ... the second event */
  const char *second_date, *second_iso;
} TwoCase;

static const TwoCase two_cases[] = {
  { "arrived, then met",
    "Premier Halvard arrived in Skarn on May 4 and met Chancellor Brix at the harbour on May 5.",
    "May 4", "2030-05-04", "May 5", "2030-05-05",
    "Halvard's arrival in Skarn on May 4 drew small crowds to the quay.", "May 4", "2030-05-04",
    "Brix and Halvard held talks in Skarn on May 5, their aides said.", "May 5", "2030-05-05" },
  { "proclaimed, then invaded",
    "In early 2030, Ostland and Brixia proclaimed a defence pact, shortly before Ostland invaded the Tamsin islands in March 2030.",
    "early 2030", "2030-02", "March 2030", "2030-03",
    "Ostland and Brixia declared their pact in February 2030 at a ceremony in the capital.", "February 2030", "2030-02",
    "The invasion of the Tamsin islands by Ostland began in March 2030, islanders recall.", "March 2030", "2030-03" },
  { "visited, then signed",
    "Chancellor Brix visited Orlek in June 2029 and signed the Orlek water accord there in April 2030.",
    "June 2029", "2029-06", "April 2030", "2030-04",
    "Brix's visit to Orlek in June 2029 was the first by a chancellor in a decade.", "June 2029", "2029-06",
    "The Orlek water accord was signed by Brix in April 2030, the treaty office says.", "April 2030", "2030-04" },
};

START_TEST (test_align_two_events)
{
  const TwoCase *t = &two_cases[_i];
  g_autoptr(XcComparison) cmp = xc_comparison_new ();
  add_background (cmp);
  Spec s1 = DATE (t->both, t->date1, t->iso1), s2 = DATE (t->both, t->date2, t->iso2);
  Spec sf = DATE (t->first, t->first_date, t->first_iso), ss = DATE (t->second, t->second_date, t->second_iso);
  GPtrArray *a = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  GPtrArray *b = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  GPtrArray *c = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  XcClaim *a1 = make_claim (&s1, "a.txt", "Source A"), *a2 = make_claim (&s2, "a.txt", "Source A");
  XcClaim *cf = make_claim (&sf, "b.txt", "Source B"), *cs = make_claim (&ss, "c.txt", "Source C");
  g_ptr_array_add (a, a1);
  g_ptr_array_add (a, a2);
  g_ptr_array_add (b, cf);
  g_ptr_array_add (c, cs);
  xc_comparison_add_document (cmp, "a.txt", "Source A", NULL, NULL, g_ptr_array_ref (a));
  xc_comparison_add_document (cmp, "b.txt", "Source B", NULL, NULL, g_ptr_array_ref (b));
  xc_comparison_add_document (cmp, "c.txt", "Source C", NULL, NULL, g_ptr_array_ref (c));
  a1 = a->pdata[0];   /* where the run keeps them now */
  a2 = a->pdata[1];
  cf = b->pdata[0];
  cs = c->pdata[0];
  g_ptr_array_unref (a);
  g_ptr_array_unref (b);
  g_ptr_array_unref (c);
  XcCompareOptions opts = { 0 };
  ck_assert (xc_comparison_run (cmp, &opts, NULL));
  XcGroup *g1 = xc_comparison_group_of (cmp, a1), *g2 = xc_comparison_group_of (cmp, a2);
  XcGroup *gf = xc_comparison_group_of (cmp, cf), *gs = xc_comparison_group_of (cmp, cs);
  ck_assert_msg (g1 && g1 == gf, "%s: '%s' not with '%s' (%s | %s)", t->what, t->date1, t->first_date,
                 g1 ? g1->reason : "-", gf ? gf->reason : "-");
  ck_assert_msg (g2 && g2 == gs, "%s: '%s' not with '%s' (%s | %s)", t->what, t->date2, t->second_date,
                 g2 ? g2->reason : "-", gs ? gs->reason : "-");
  ck_assert_msg (cmp->n_conflicts == 0, "%s: %u conflicts", t->what, cmp->n_conflicts);
}
END_TEST

/* Several documents, several figures each: which end up together (the rare and scope
 * bonuses pick each document's best match, not any figure of the block). */
typedef struct {
  guint doc;
  Spec  spec;
} Placed;

typedef struct {
  guint    a, b;
  gboolean together;
} Expect;

typedef struct {
  const char *what;
  Placed      claims[5];
  guint       n_claims;
  Expect      expect[4];
  guint       n_expect;
} ScenarioCase;

static const ScenarioCase scenario_cases[] = {
  { "quake: today's magnitude, not the 1998 one",
    { { 0, MAG ("A magnitude 6.4 earthquake struck the coastal region of Tamsin early on Tuesday, killing at least 12 people and injuring dozens, the national disaster agency said.", "magnitude 6.4", 6.4) },
      { 0, MAG ("It was the strongest quake there since 1998, when a magnitude 6.1 tremor flattened the old harbour.", "magnitude 6.1", 6.1) },
      { 1, MAG ("SKARN, May 2 (Coast Wire) - A strong earthquake of magnitude 6.3 rocked northern Tamsin on Tuesday, killing at least 9 people, officials said, as rescuers dug through rubble.", "magnitude 6.3", 6.3) },
      { 2, MAG ("The 6.4-magnitude quake, centred 30 km off the Tamsin coast, damaged 800 homes and left roughly 4,000 people homeless.", "6.4-magnitude", 6.4) } }, 4,
    { { 0, 2, TRUE }, { 0, 3, TRUE }, { 1, 2, FALSE }, { 1, 3, FALSE } }, 4 },
  { "inflation: the same month and noun, not unemployment or April",
    { { 0, LEVEL_IN ("Pelland's central bank raised its key rate to 5.25% on Thursday, as annual inflation hit 6.2% in May.", "6.2%", 6.15, 6.25, "2030-05") },
      { 0, LEVEL_IN ("Inflation had been 5.8% in April, the bank said.", "5.8%", 5.75, 5.85, "2030-04") },
      { 1, LEVEL_IN ("Annual inflation in Pelland accelerated to 6.1 percent in May, the statistics office said.", "6.1 percent", 6.05, 6.15, "2030-05") },
      { 1, LEVEL_IN ("Unemployment in Pelland stood at 6.0 percent in May.", "6.0 percent", 5.95, 6.05, "2030-05") } }, 4,
    { { 0, 2, TRUE }, { 1, 2, FALSE }, { 0, 3, FALSE }, { 1, 3, FALSE } }, 4 },
  { "an old forecast never conflicts with the new one; the new ones agree",
    { { 0, LEVEL_IN ("The Pelland central bank now expects the economy to expand by 1.4% this year.", "1.4%", 1.35, 1.45, "2030") },
      { 0, LEVEL_OLD_IN ("The Pelland central bank cut its growth forecast for this year, down from a forecast of 1.9% in March.", "1.9%", 1.85, 1.95, "2030") },
      { 1, LEVEL_IN ("The Pelland central bank cut its growth forecast for this year to 1.4 percent.", "1.4 percent", 1.35, 1.45, "2030") },
      { 2, LEVEL_OLD_IN ("Pelland's central bank had forecast growth of 1.9 percent this year before cutting it.", "1.9 percent", 1.85, 1.95, "2030") } }, 4,
    { { 1, 2, FALSE }, { 0, 2, TRUE }, { 1, 3, TRUE } }, 3 },
};

START_TEST (test_align_scenario)
{
  const ScenarioCase *t = &scenario_cases[_i];
  g_autoptr(XcComparison) cmp = xc_comparison_new ();
  add_background (cmp);
  XcClaim *made[G_N_ELEMENTS (t->claims)] = { NULL };
  for (guint d = 0; d < 3; d++)
    {
      g_autofree char *file = g_strdup_printf ("%c.txt", 'a' + d);
      g_autofree char *source = g_strdup_printf ("Source %c", 'A' + d);
      GPtrArray *claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
      gsize at = 0;
      for (guint i = 0; i < t->n_claims; i++)
        if (t->claims[i].doc == d)
          {
            made[i] = make_claim (&t->claims[i].spec, file, source);
            made[i]->offset += at;   /* one sentence after the other */
            made[i]->sentence_offset = at;
            at += 1000;
            g_ptr_array_add (claims, made[i]);
          }
      xc_comparison_add_document (cmp, file, source, NULL, NULL, g_ptr_array_ref (claims));
      for (guint i = 0, k = 0; i < t->n_claims; i++)
        if (t->claims[i].doc == d)
          made[i] = claims->pdata[k++];   /* where the run keeps it now */
      g_ptr_array_unref (claims);
    }
  XcCompareOptions opts = { 0 };
  ck_assert (xc_comparison_run (cmp, &opts, NULL));
  for (guint e = 0; e < t->n_expect; e++)
    {
      const Expect *x = &t->expect[e];
      XcGroup *ga = xc_comparison_group_of (cmp, made[x->a]), *gb = xc_comparison_group_of (cmp, made[x->b]);
      gboolean together = ga != NULL && ga == gb;
      ck_assert_msg (together == x->together, "%s: '%s' ~ '%s' together=%d, expected %d (%s | %s)", t->what,
                     made[x->a]->text, made[x->b]->text, together, x->together, ga ? ga->reason : "-",
                     gb ? gb->reason : "-");
    }
}
END_TEST

/* Compounds count for their last word when it is a word of its own: where a stem may split. */
typedef struct {
  const char *stem;
  gsize       at;
  gboolean    compound;
} CompoundCase;

static const CompoundCase compound_cases[] = {
  { "earthquak", 5, TRUE },       /* earth|quake */
  { "rainfall", 4, TRUE },
  { "landslid", 4, TRUE },
  { "workforc", 4, TRUE },
  { "airport", 3, FALSE },        /* a head of three letters: air|port */
  { "international", 5, FALSE },  /* a Latin prefix: inter|national */
  { "reaffirm", 4, FALSE },
  { "destination", 5, FALSE },    /* a vowel at the seam: desti|nation */
  { "assistanc", 4, FALSE },
  { "individual", 6, FALSE },
  { "kilometr", 4, FALSE },       /* kilo|metre */
  { "earthquak", 6, FALSE },      /* a tail of three letters */
  { "2023", 2, FALSE },
  { "u.s.", 2, FALSE },
};

/* Verbs that move a figure are no head terms: looked up by stem, whatever the form. */
typedef struct {
  const char *word;
  gboolean    verb;
} VerbCase;

static const VerbCase verb_cases[] = {
  { "rose", TRUE }, { "rises", TRUE }, { "accelerated", TRUE }, { "struck", TRUE }, { "stood", TRUE },
  { "climbing", TRUE }, { "hit", TRUE },
  { "inflation", FALSE }, { "earthquake", FALSE }, { "unemployment", FALSE }, { "exports", FALSE },
  { "depth", FALSE }, { "aftershock", FALSE },
};

START_TEST (test_align_figure_verb)
{
  const VerbCase *t = &verb_cases[_i];
  g_autofree char *stem = xc_terms_stem (t->word);
  ck_assert_msg (stem != NULL && xc_terms_is_figure_verb (stem) == t->verb, "'%s' (%s): expected %d", t->word,
                 stem ? stem : "(stopword)", t->verb);
}
END_TEST

START_TEST (test_align_compound)
{
  const CompoundCase *t = &compound_cases[_i];
  ck_assert_msg (xc_terms_compound_at (t->stem, t->at) == t->compound, "'%s' at %zu: expected %d", t->stem,
                 t->at, t->compound);
}
END_TEST

/* A figure restated in other units in parentheses is one statement: a conversion of a
 * measure takes no part of its own; a conversion of money is aligned in its own currency
 * as a restatement of the figure before it (sources convert at other rates). */
typedef struct {
  Spec     figure, other;
  gboolean conversion;
} ConversionCase;

static const ConversionCase conversion_cases[] = {
  { MEASURE ("The tremor struck 40 kilometres (25 miles) south of Skarn.", "40 kilometres", 39500, 40500, "m"),
    MEASURE ("The tremor struck 40 kilometres (25 miles) south of Skarn.", "25 miles", 40200, 40300, "m"), TRUE },
  { MEASURE ("The new tunnel is 12 miles ( 19 km ) long.", "12 miles", 19300, 19400, "m"),
    MEASURE ("The new tunnel is 12 miles ( 19 km ) long.", "19 km", 18500, 19500, "m"), TRUE },
  { MONEY ("The port received 50 million euros ($54 million) in aid.", "50 million euros", 49.5e6, 50.5e6, "EUR"),
    MONEY ("The port received 50 million euros ($54 million) in aid.", "$54 million", 53.5e6, 54.5e6, "USD"), TRUE },
  { MONEY ("The port received 50 million euros and $54 million in loans.", "50 million euros", 49.5e6, 50.5e6, "EUR"),
    MONEY ("The port received 50 million euros and $54 million in loans.", "$54 million", 53.5e6, 54.5e6, "USD"), FALSE },
  { MEASURE ("The tremor struck 40 kilometres south of Skarn, 25 miles from the coast.", "40 kilometres", 39500, 40500, "m"),
    MEASURE ("The tremor struck 40 kilometres south of Skarn, 25 miles from the coast.", "25 miles", 40200, 40300, "m"), FALSE },
  { MEASURE ("The line runs 40 kilometres (and 25 miles of it underground).", "40 kilometres", 39500, 40500, "m"),
    MEASURE ("The line runs 40 kilometres (and 25 miles of it underground).", "25 miles", 40200, 40300, "m"), FALSE },
  { MEASURE ("The bridge spans 40 metres (25 tonnes of steel).", "40 metres", 39.5, 40.5, "m"),
    MEASURE ("The bridge spans 40 metres (25 tonnes of steel).", "25 tonnes", 24500, 25500, "kg"), FALSE },
  { LEVEL ("Inflation was 6.2% (5.8% in April).", "6.2%", 6.15, 6.25),
    LEVEL ("Inflation was 6.2% (5.8% in April).", "5.8%", 5.75, 5.85), FALSE },
  { COUNT ("The storm damaged 3,500 homes (1,200 of them beyond repair).", "3,500 homes", 3499.5, 3500.5, "home"),
    COUNT ("The storm damaged 3,500 homes (1,200 of them beyond repair).", "1,200", 1199.5, 1200.5, "home"), FALSE },
};

START_TEST (test_align_conversion)
{
  const ConversionCase *t = &conversion_cases[_i];
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  g_ptr_array_add (claims, make_claim (&t->figure, "a.txt", "Source A"));
  g_ptr_array_add (claims, make_claim (&t->other, "a.txt", "Source A"));
  XcAligner *al = xc_aligner_new (claims, 0, NULL);
  ck_assert_msg (xc_aligner_item (al, 0)->aligned, "'%s': the figure must stay", t->figure.text);
  const XcItem *o = xc_aligner_item (al, 1);
  gboolean restates = o->claim->kind == XC_KIND_MONEY ? o->aligned && o->conv_of == 0 : o->aligned == 0;
  ck_assert_msg (restates == t->conversion, "'%s' in '%s': conversion expected %d",
                 t->other.text, t->other.sentence, t->conversion);
  if (o->claim->kind != XC_KIND_MONEY || !t->conversion)
    ck_assert_int_eq (o->conv_of, -1);
  xc_aligner_free (al);
}
END_TEST

/* A word in capitals right after a figure is what the figure counts ("121 RBIs",
 * "46 KOs"), not a name that tells two sentences apart; a capitalized word elsewhere
 * still is one. */
typedef struct {
  Spec        claim;
  const char *name;      /* a name the item must hold, or NULL */
  const char *not_name;  /* a word it must not hold as a name */
} CountedCase;

static const CountedCase counted_cases[] = {
  { COUNT ("He hit .308 with 33 homers and 121 RBIs for the Angels.", "33 homers", 32.5, 33.5, "homer"), "angels", "rbis" },
  { COUNT ("Venn, now 31-2 with 24 KOs, fights in Harlen.", "24 KOs", 23.5, 24.5, "ko"), "harlen", "kos" },
};

START_TEST (test_align_counted_not_named)
{
  const CountedCase *t = &counted_cases[_i];
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  g_ptr_array_add (claims, make_claim (&t->claim, "a.txt", "Source A"));
  XcAligner *al = xc_aligner_new (claims, 0, NULL);
  const XcItem *it = xc_aligner_item (al, 0);
  gboolean has = FALSE, has_not = FALSE;
  for (guint k = 0; k < it->n_names; k++)
    {
      has |= it->names[k].word && g_str_equal (it->names[k].word, t->name);
      has_not |= it->names[k].word && g_str_equal (it->names[k].word, t->not_name);
    }
  ck_assert_msg (has, "'%s': no name '%s'", t->claim.sentence, t->name);
  ck_assert_msg (!has_not, "'%s': '%s' read as a name", t->claim.sentence, t->not_name);
  xc_aligner_free (al);
}
END_TEST

/* What a date with no year still says (xc-weekday.c): its weekday and its day of the
 * month, read from its text when unresolved, from its day when resolved. */
typedef struct {
  const char *text;
  const char *iso;        /* NULL: unresolved */
  guint       weekday;    /* 1 = Monday ... 7 = Sunday, 0: unknown */
  guint       month_day;  /* month * 100 + day, 0: unknown */
} CalendarCase;

static const CalendarCase calendar_cases[] = {
  { "Saturday night", NULL, 6, 0 },
  { "on Sunday", NULL, 7, 0 },
  { "Dec. 6", NULL, 0, 1206 },
  { "on 6 December", NULL, 0, 1206 },
  { "November 19th", NULL, 0, 1119 },
  { "Sept 3", NULL, 0, 903 },
  { "Friday or Saturday", NULL, 0, 0 },     /* two weekdays: none */
  { "last month", NULL, 0, 0 },
  { "Mayday", NULL, 0, 0 },                 /* no month name standing alone */
  { "December 6, 2008", "2008-12-06", 6, 1206 },
  { "in March 2008", "2008-03", 0, 0 },     /* a month: no day */
};

START_TEST (test_align_calendar)
{
  const CalendarCase *t = &calendar_cases[_i];
  XcClaim *c = xc_claim_new (XC_KIND_DATE);
  c->text = g_strdup (t->text);
  c->iso = g_strdup (t->iso);
  c->resolved = t->iso != NULL;
  ck_assert_msg (xc_claim_weekday (c) == t->weekday, "%s: weekday %u, expected %u", t->text, xc_claim_weekday (c),
                 t->weekday);
  ck_assert_msg (xc_claim_month_day (c) == t->month_day, "%s: month-day %u, expected %u", t->text,
                 xc_claim_month_day (c), t->month_day);
  xc_claim_free (c);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("align");
  TCase *tc = tcase_create ("pairs");
  tcase_add_loop_test (tc, test_align_pairs, 0, G_N_ELEMENTS (align_cases));
  suite_add_tcase (s, tc);
  tc = tcase_create ("events");
  tcase_add_loop_test (tc, test_align_event, 0, G_N_ELEMENTS (event_cases));
  tcase_add_loop_test (tc, test_align_two_events, 0, G_N_ELEMENTS (two_cases));
  suite_add_tcase (s, tc);
  tc = tcase_create ("forms");
  tcase_add_loop_test (tc, test_align_compound, 0, G_N_ELEMENTS (compound_cases));
  tcase_add_loop_test (tc, test_align_figure_verb, 0, G_N_ELEMENTS (verb_cases));
  tcase_add_loop_test (tc, test_align_conversion, 0, G_N_ELEMENTS (conversion_cases));
  tcase_add_loop_test (tc, test_align_counted_not_named, 0, G_N_ELEMENTS (counted_cases));
  tcase_add_loop_test (tc, test_align_scenario, 0, G_N_ELEMENTS (scenario_cases));
  tcase_add_loop_test (tc, test_align_calendar, 0, G_N_ELEMENTS (calendar_cases));
  suite_add_tcase (s, tc);
  return s;
}
