/* xc-date-forms.c - the date forms: one anchored PCRE2 pattern per form
 * (XcDateForm), the words a form's match can begin with, and the recognizer
 * that compiles them once, with JIT, for the life of the process
 * SPDX-License-Identifier: MIT */
#include "xc-date-private.h"

/* ---------- the pattern table ---------- */

/* The pieces the patterns are built of. */
#define RE_MONTHS "January|February|March|April|May|June|July|August|September|October|November|December" \
  "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\\.?"
#define MON(n) "(?<" n ">" RE_MONTHS ")(?![A-Za-z])"
#define DAY(n) "(?<" n ">3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])(?![.:][0-9])(?![A-Za-z%])"
#define YEAR(n) "(?<" n ">1[89][0-9]{2}|2[01][0-9]{2})(?![0-9])"
/* a year as broadcast transcripts write it: "nineteen ninety-six", "two thousand (and) three" */
#define SPOKEN_YEAR "(?<syear>(?i:nineteen)[\\s-]+(?<sdec>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))" \
  "(?:[\\s-]+(?<sone>(?i:one|two|three|four|five|six|seven|eight|nine)))?" \
  "|(?<s2k>(?i:two\\s+thousand))(?:\\s+(?:(?i:and)\\s+)?(?<sone>(?i:one|two|three|four|five|six|seven|eight|nine)))?)"
#define WEEKDAYS "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#define WEEKDAY_ABBR "Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun"
#define NUM "(?:" XC_RE_DIGITS "|(?i:" XC_RE_NUMBER_WORD "))"
#define UNITS "(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|fortnights?)"
#define QUAL "(?i:more\\s+than|just\\s+over|just\\s+under|over|nearly|almost|about|around|roughly|approximately|some" \
  "|at\\s+least|up\\s+to|less\\s+than|under|fewer\\s+than|no\\s+more\\s+than|at\\s+most|within|close\\s+to)"
#define RANGE_PREFIX "(?:(?<btw>(?i:between))\\s+|(?<frm>(?i:from))\\s+)?"
#define REL_YEAR "(?i:(?<rel>last|this|next|the)\\s+year)"
#define FY_YEARS "(?<fy>1[89][0-9]{2}|2[01][0-9]{2})(?:[/–-](?<fy2>[0-9]{4}|[0-9]{2}))?(?![0-9])"

/* One form: its pattern and what its match can begin with. */
typedef struct {
  const char *marker;   /* the form's name, for errors */
  const char *regex;
  guint       starts;   /* S_* */
  const char *words;    /* space-separated first words, lowercase */
} XcDateFormDef;

/* Indexed by XcDateForm, whose order is the order the forms are tried in
 * (see xc-date-private.h): where two can match at the same start, the first wins. */
static const XcDateFormDef xc_date_forms[F_N_FORMS] = {
  [F_RANGE_MDMD] = { "k_mdmd", RANGE_PREFIX MON ("mon") "\\s*" DAY ("day") "(?:,?\\s+" YEAR ("year") ")?,?\\s*"
                     "(?:(?(<btw>)(?i:and)|(?i:to|until|till|through))\\s+|[–—-]\\s*)"
                     MON ("mon2") "\\s*" DAY ("day2") "(?:,?\\s+" YEAR ("year2") ")?",
                S_MONTH, "between from" },
  [F_RANGE_MDD] = { "k_mdd", RANGE_PREFIX MON ("mon") "\\s*" DAY ("day")
                    "\\s*(?:[–—-]|(?(<btw>)\\s(?i:and)\\s|\\s(?i:to|until|through|till)\\s))\\s*"
                    DAY ("day2") "(?:,?\\s+" YEAR ("year") ")?",
                S_MONTH, "between from" },
  [F_RANGE_DDM] = { "k_ddm", RANGE_PREFIX DAY ("day")
                    "\\s*(?:[–—-]|(?(<btw>)\\s(?i:and)\\s|\\s(?i:to|until|through|till)\\s))\\s*"
                    DAY ("day2") "\\s+(?:(?i:of)\\s+)?" MON ("mon") "(?:,?\\s+" YEAR ("year") ")?",
                0, "between from" },
  [F_ISO] = { "k_iso", YEAR ("year") "-(?<mm>0[1-9]|1[0-2])-(?<dd>0[1-9]|[12][0-9]|3[01])(?![0-9])",
                0, "" },
  [F_RANGE_YY] = { "k_yy", RANGE_PREFIX YEAR ("year")
                   "\\s*(?:[–—-]|(?(<btw>)\\s+(?i:and)\\s+|(?(<frm>)\\s+(?i:to|until|through|till)\\s+|(?!))))\\s*"
                   "(?<year2>1[89][0-9]{2}|2[01][0-9]{2}|[0-9]{2})(?![0-9])(?![.,][0-9])(?!-[0-9])(?![A-Za-z%])",
                0, "between from" },
  [F_RANGE_MM] = { "k_mm", "(?:(?<btw>(?i:between))|(?i:from))\\s+" MON ("mon") "(?:,?\\s+" YEAR ("year") ")?"
                   "\\s+(?(<btw>)(?i:and)|(?i:to|until|through|till))\\s+" MON ("mon2")
                   "(?:,?\\s+" YEAR ("year2") ")?(?!\\s*[0-9])",
                0, "between from" },
  [F_SLASH] = { "k_slash", "(?<sa>[0-9]{1,2})/(?<sb>[0-9]{1,2})/" YEAR ("year"),
                0, "" },
  [F_YMD_SLASH] = { "k_ymds", YEAR ("year") "/(?<mm>0?[1-9]|1[0-2])/(?<dd>3[01]|[12][0-9]|0?[1-9])(?![0-9])",
                0, "" },
  [F_MDY] = { "k_mdy", "(?:(?<wd>" WEEKDAYS "|" WEEKDAY_ABBR ")\\.?,?\\s+)?" MON ("mon") "\\s*" DAY ("day")
              "(?:,?\\s+" YEAR ("year") ")?",
                S_MONTH | S_WEEKDAY, "" },
  [F_DMY] = { "k_dmy", "(?:(?<wd>" WEEKDAYS "),?\\s+)?" DAY ("day") "\\s+(?:(?i:of)\\s+)?" MON ("mon")
              "(?:,?\\s+" YEAR ("year") ")?",
                S_WEEKDAY, "" },
  [F_MON_REL] = { "k_monrel", MON ("mon") ",?\\s+(?:(?i:of)\\s+)?(?i:(?<rel>last|this|next)\\s+year)(?![A-Za-z0-9])",
                S_MONTH, "" },
  [F_MY] = { "k_my", MON ("mon") ",?\\s+(?:(?i:of)\\s+)?(?:" YEAR ("year") "|" SPOKEN_YEAR "(?![A-Za-z0-9'’-]))",
                S_MONTH, "" },
  [F_PART] = { "k_part", "(?<part>(?i:early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|beginning\\s+of"
               "|the\\s+start\\s+of|start\\s+of|the\\s+middle\\s+of|middle\\s+of))(?:\\s*-\\s*|\\s+)"
               "(?:" MON ("mon") "(?:,?\\s+" YEAR ("year") ")?|" YEAR ("year")
               "|(?i:(?<prel>the|this|last|next)\\s+(?<punit>year|month)))(?![A-Za-z0-9])(?!\\s*[0-9])",
                0, "early mid late the end beginning start middle" },
  [F_QUARTER] = { "k_q", "(?:(?i:the)\\s+)?(?:Q(?<qn>[1-4])\\s*(?:(?i:of)\\s+)?(?:" YEAR ("year") "|['’](?<yy>[0-9]{2}))"
                  /* "this year's third quarter", "the 1988 second quarter"; "the 1988
                   * quarter", "last year's period": the quarter the report is about */
                  "|(?:(?<rel>(?i:last|this|next))\\s+(?i:year)['’]s|" YEAR ("year") ")\\s+"
                  "(?:(?<qw>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final))(?:\\s+|-)(?i:quarter)"
                  "|(?<qdoc>(?i:quarter|period)))"
                  "|(?<qw>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final))(?:\\s+|-)(?i:quarter)"
                  "(?:\\s+(?i:of)\\s+(?:" YEAR ("year") "|" REL_YEAR "))?"
                  "|" YEAR ("year") "\\s*Q(?<qn>[1-4]))(?![A-Za-z0-9])",
                0, "the q first second third fourth final last this next" },
  [F_HALF] = { "k_half", "(?:(?i:the)\\s+)?(?:(?<hw>(?i:first|second|1st|2nd|latter))\\s+(?i:half)\\s+(?i:of)\\s+(?:"
               YEAR ("year") "|" REL_YEAR ")|H(?<hn>[12])\\s*" YEAR ("year") "|" YEAR ("year") "\\s*H(?<hn>[12]))"
               "(?![A-Za-z0-9])",
                0, "the h first second latter" },
  [F_NMONTHS] = { "k_nm", "(?:(?i:the)\\s+)?(?i:first)\\s+(?<nm>[0-9]{1,2}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
                  "\\s+(?i:months)(?:\\s+(?i:of)\\s+(?:" YEAR ("year") "|" REL_YEAR "))?(?![A-Za-z0-9])",
                0, "the first" },
  /* "the three months to June", "the year to May", "the 12 months through
   * September", "the nine months ended Sept. 30", "the quarter ending March 31, 2025" */
  [F_TO_MONTH] = { "k_tom", "(?i:the)\\s+(?:(?<tn>[0-9]{1,2}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven"
                   "|twelve|eighteen))\\s+(?i:months)|(?<tu>(?i:year|quarter|half-year|half)))"
                   "\\s+(?i:to|through|thru|until|ended|ending)\\s+(?:(?i:in)\\s+)?" MON ("mon")
                   "(?:\\s*" DAY ("day") ")?(?:,?\\s+" YEAR ("year") ")?(?![A-Za-z0-9])(?!-[A-Za-z])(?!\\s*[0-9])",
                   0, "the" },
  [F_DECADE] = { "k_dec", "(?:(?i:the)\\s+)?(?:(?<dpart>(?i:early|mid|late))(?:\\s*-\\s*|\\s+))?"
                 "(?<dec>1[89][0-9]0|20[0-9]0)['’]?s(?![A-Za-z0-9])",
                0, "the early mid late" },
  /* "fiscal 2023", "fiscal year 2023", "FY2023", "FY23", "the 2023 fiscal year",
   * "the 2023-24 financial year", "FY2023/24" */
  [F_FISCAL] = { "k_fy", "(?:(?i:the)\\s+)?(?:(?i:fiscal(?:\\s+year)?|financial\\s+year)\\s+" FY_YEARS
                 "|FY\\s?(?:" FY_YEARS "|(?<fyy>[0-9]{2})(?:[/–-](?<fyy2>[0-9]{2}))?)"
                 "|" FY_YEARS "\\s+(?i:fiscal|financial)\\s+(?i:year))(?![A-Za-z0-9])(?![.,/–-][0-9])",
                 0, "the fiscal financial fy" },
  /* "a year earlier", "a month before", "the year before", "two years earlier":
   * back from the date the sentence already states */
  [F_REL_BACK] = { "k_back", "(?:(?<bnum>" NUM "|(?i:an?))\\s+(?<bunit>(?i:years?|months?|weeks?|days?))"
                   "|(?i:the)\\s+(?<bunit>(?i:year|month|week|day)))\\s+"
                   "(?<bdir>(?i:earlier|before|prior|previously|since))(?![A-Za-z0-9'’-])",
                   0, "a an the one two three four five six seven eight nine ten" },
  /* "two to three years", "three or four weeks", "between two and five days", "2-3 years" */
  [F_DUR_RANGE] = { "k_drange", "(?:(?<btw>(?i:between))\\s+|(?i:from)\\s+)?(?<num>" NUM ")"
                    "(?:\\s+(?(<btw>)(?i:and)|(?i:to|or))\\s+|(?<=[0-9])\\s*[–-]\\s*(?=[0-9]))(?<num2>" NUM ")"
                    "(?<dsep>\\s+|\\s*-\\s*)(?<dunit>" UNITS ")(?![A-Za-z0-9])",
                    0, "between from one two three four five six seven eight nine ten eleven twelve "
                    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty "
                    "forty fifty sixty seventy eighty ninety" },
  /* "several years", "a few days", "the next few weeks", "a couple of years",
   * "coming months": a length with no number (TimeML's PXY), or two */
  [F_DUR_VAGUE] = { "k_dvague", "(?:(?i:the)\\s+(?i:next|past|last|coming)\\s+(?<vq>(?i:few|several|couple\\s+of))"
                    "|(?<vq>(?i:several|a\\s+few|a\\s+couple\\s+of|coming|recent))"
                    /* "for years", "within weeks": bare, after for/within/in */
                    "|(?<vbare>)(?=(?i:years|months|weeks|decades)(?![A-Za-z0-9'’-])))\\s*"
                    "(?<vunit>(?i:years|months|weeks|days|decades|quarters|hours|minutes))(?![A-Za-z0-9'’-])",
                    0, "the several a coming recent years months weeks decades" },
  [F_DUR_PAST] = { "k_dpast", "(?<dthe>(?i:the)\\s+)?(?i:past|last|previous)\\s+"
                   "(?:(?<num>" NUM ")\\s+|(?(<dthe>)(?<!(?i:previous)\\s)|(?!)))"
                   "(?<dunit>(?i:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?))(?![A-Za-z0-9'’])",
                0, "the past last previous" },
  [F_REL] = { "k_rel", "(?:(?:(?<edge>(?i:earlier|later|early|late))\\s+)?"
              "(?<rel>(?i:last|this|next|the\\s+previous|the\\s+prior|the\\s+coming|the\\s+current))\\s+"
              "(?<runit>(?i:week|month|year|quarter))"
              /* "for the full year", "of the year" */
              "|(?<rfull>(?i:the)(?:\\s+(?i:full|entire|whole))?)\\s+(?<runit>(?i:year))"
              /* "by year-end", "since year-end" */
              "|(?<yend>(?i:year[\\s-]end)))(?![A-Za-z0-9-])",
                0, "earlier later early late last this next the year" },
  /* the quarter an earnings report is about: "the latest quarter", "the
   * year-ago quarter", "the year-earlier period", "the quarter" (after a
   * quarter was named), "year-earlier" results */
  [F_QPERIOD] = { "k_qp", "(?:(?<qthe>(?i:the))\\s+)?(?:(?i:comparable|corresponding)\\s+)?"
                  "(?:(?<qpm>(?i:latest|most\\s+recent|just[\\s-]ended|year[\\s-]ago|year[\\s-]earlier))[\\s-]+"
                  "(?:(?<qpo>(?i:first|second|third|fourth))[\\s-]+)?(?<qpu>(?i:quarter|period))"
                  "|(?(<qthe>)(?<qpu>(?i:quarter))(?!\\s+(?i:of|century|mile|hour|note|final|point)(?![A-Za-z]))|(?!))"
                  "|(?<qpm>(?i:year-ago|year-earlier))(?!\\s+(?i:quarter|period|first|second|third|fourth)))"
                  "(?![A-Za-z0-9-])",
                0, "the comparable corresponding latest most just year" },
  /* "last fall", "this summer", "this past spring", "the early summer", "in
   * the winter of 1994": TimeML's YYYY-SU, -FA, -WI, -SP; holidays:
   * "Thanksgiving Day", "last Christmas", "New Year's Day", "Easter" */
  [F_SEASON] = { "k_season", "(?:(?:(?<srel>(?i:last|this\\s+past|this|next|the\\s+coming|the\\s+past|the\\s+previous))"
                 "|(?<sthe>(?i:the))(?:\\s+(?<spart>(?i:early|late)))?|(?<spart>(?i:early|late)))\\s+"
                 "(?<season>(?i:summer|winter|spring|fall|autumn))"
                 "(?:\\s+(?i:of)\\s+(?:" YEAR ("year") "|" SPOKEN_YEAR "))?"
                 "|(?:(?<hrel>(?i:last|this|next|this\\s+past))\\s+)?"
                 "(?<holiday>Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?"
                 "|Independence\\s+Day|Easter(?:\\s+Sunday)?)"
                 /* "over the weekend", "this weekend": TimeML's YYYY-Www-WE */
                 "|(?<wrel>(?i:the|this|last|next))\\s+(?<wknd>(?i:weekend)))(?![A-Za-z0-9'’-])",
                 0, "last this next the early late thanksgiving christmas new independence easter" },
  [F_MONTH] = { "k_mon", "(?:(?<rel>(?i:last|next|this|this\\s+past|the\\s+coming|the\\s+previous))\\s+)?"
                MON ("mon") "(?![A-Za-z0-9])(?!\\.?\\s*[0-9])",   /* not "last Oct" of "last Oct. 23" */
                S_MONTH, "last next this the" },
  [F_WEEKDAY] = { "k_wd", "(?:(?<rel>(?i:last|next|this|this\\s+past|this\\s+coming|coming))\\s+)?"
                  "(?<wday>" WEEKDAYS ")(?:\\s+(?i:night|morning|afternoon|evening)(?![A-Za-z0-9]))?(?![A-Za-z0-9])",
                S_WEEKDAY, "last next this coming" },
  /* "yesterday's announcement", "tomorrow's vote" (not "today's world": most often any present) */
  [F_TODAY] = { "k_today", "(?<today>(?i:yesterday|today|tomorrow|tonight))"
                "(?:(?<=[Yy]esterday|[Tt]omorrow)(?=['’][sS](?![A-Za-z0-9]))|(?![A-Za-z0-9'’]))",
                0, "yesterday today tomorrow tonight" },
  /* "now", "currently": the time of writing, TimeML's PRESENT_REF; "recently",
   * "in the past": PAST_REF; "in the future", "in the near future": FUTURE_REF */
  [F_NOW] = { "k_now", "(?:(?<now>(?i:now|currently))|(?<recent>(?i:(?:more\\s+)?recently))"
              "|(?i:the)\\s+(?:(?i:near|distant)\\s+)?(?<fut>(?i:future))"
              "|(?i:the)\\s+(?<past>(?i:past)))(?![A-Za-z0-9'’-])",
                0, "now currently recently more the" },
  [F_DUR] = { "k_dur", "(?:(?<qual>" QUAL ")\\s+)?(?<num>" NUM "|(?i:an?))(?<dsep>\\s+|\\s*-\\s*)"
              "(?<dunit>" UNITS ")(?![A-Za-z0-9])",
                0, "more just over nearly almost about around roughly approximately some "
                "at up less under fewer no within close a an dozen dozens one two "
                "three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty "
                "forty fifty sixty seventy eighty ninety" },
  /* also spoken, as broadcast transcripts write it: "nineteen ninety-six",
   * "the year two thousand" */
  [F_YEAR] = { "k_year", "(?:" YEAR ("year") "(?<poss>['’]s)?(?![A-Za-z0-9])(?![.,][0-9])"
               "|" SPOKEN_YEAR "(?![A-Za-z0-9'’-]))",
                0, "nineteen two" },
};

/* Every branch holds one of these words, a digit or a month or weekday name,
 * so the pattern is only tried, anchored, at the few word starts before one. */
static const char * const xc_anchor_words[] = {
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
  "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
  "fortnight", "fortnights", "quarter", "half", "today", "yesterday", "tomorrow", "tonight",
  "quarters", "period", "nineteen", "thousand", "weekend", "now", "currently", "recently", "future", "past", "summer", "winter", "spring", "fall",
  "autumn", "thanksgiving", "christmas", "easter", NULL,
};

/* The units a duration ends with (UNITS), caselessly. */
static const char * const xc_unit_words[] = {
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
  "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
  "fortnight", "fortnights", NULL,
};

/* The forms a start at "the" can be of, by the word after it (see
 * xc_date_start_forms()). */
const XcAfterThe xc_date_after_the[] = {
  { "end", FORM (F_PART) }, { "beginning", FORM (F_PART) }, { "start", FORM (F_PART) },
  { "middle", FORM (F_PART) },
  { "first", FORM (F_QUARTER) | FORM (F_HALF) | FORM (F_NMONTHS) },
  { "second", FORM (F_QUARTER) | FORM (F_HALF) }, { "1st", FORM (F_QUARTER) | FORM (F_HALF) },
  { "2nd", FORM (F_QUARTER) | FORM (F_HALF) }, { "third", FORM (F_QUARTER) }, { "fourth", FORM (F_QUARTER) },
  { "3rd", FORM (F_QUARTER) }, { "4th", FORM (F_QUARTER) }, { "final", FORM (F_QUARTER) },
  { "latter", FORM (F_HALF) },
  { "early", FORM (F_DECADE) | FORM (F_SEASON) }, { "mid", FORM (F_DECADE) },
  { "late", FORM (F_DECADE) | FORM (F_SEASON) },
  { "past", FORM (F_DUR_PAST) | FORM (F_NOW) | FORM (F_SEASON) | FORM (F_DUR_VAGUE) },
  { "last", FORM (F_DUR_PAST) | FORM (F_DUR_VAGUE) }, { "next", FORM (F_DUR_VAGUE) },
  { "summer", FORM (F_SEASON) }, { "winter", FORM (F_SEASON) }, { "spring", FORM (F_SEASON) },
  { "fall", FORM (F_SEASON) }, { "autumn", FORM (F_SEASON) },
  { "future", FORM (F_NOW) }, { "near", FORM (F_NOW) }, { "distant", FORM (F_NOW) },
  { "previous", FORM (F_DUR_PAST) | FORM (F_REL) | FORM (F_MONTH) | FORM (F_SEASON) },
  { "coming", FORM (F_REL) | FORM (F_MONTH) | FORM (F_SEASON) | FORM (F_DUR_VAGUE) }, { "current", FORM (F_REL) },
  { "prior", FORM (F_REL) },
  { "fiscal", FORM (F_FISCAL) }, { "financial", FORM (F_FISCAL) },
  { "quarter", FORM (F_TO_MONTH) | FORM (F_QPERIOD) }, { "half", FORM (F_TO_MONTH) }, { "two", FORM (F_TO_MONTH) },
  { "three", FORM (F_TO_MONTH) }, { "four", FORM (F_TO_MONTH) }, { "five", FORM (F_TO_MONTH) },
  { "six", FORM (F_TO_MONTH) }, { "seven", FORM (F_TO_MONTH) }, { "eight", FORM (F_TO_MONTH) },
  { "nine", FORM (F_TO_MONTH) }, { "ten", FORM (F_TO_MONTH) }, { "eleven", FORM (F_TO_MONTH) },
  { "twelve", FORM (F_TO_MONTH) }, { "eighteen", FORM (F_TO_MONTH) },
  { "year", FORM (F_REL_BACK) | FORM (F_TO_MONTH) | FORM (F_QPERIOD) | FORM (F_REL) },
  { "full", FORM (F_REL) }, { "entire", FORM (F_REL) }, { "whole", FORM (F_REL) },
  { "weekend", FORM (F_SEASON) },
  { "latest", FORM (F_QPERIOD) }, { "most", FORM (F_QPERIOD) }, { "just", FORM (F_QPERIOD) },
  { "comparable", FORM (F_QPERIOD) }, { "corresponding", FORM (F_QPERIOD) }, { "month", FORM (F_REL_BACK) }, { "week", FORM (F_REL_BACK) },
  { "day", FORM (F_REL_BACK) },
};
const gsize xc_date_n_after_the = G_N_ELEMENTS (xc_date_after_the);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcDateRecognizer, xc_date_recognizer_free)

XcDateRecognizer *
xc_date_recognizer_new (GError **error)
{
  g_autoptr(XcDateRecognizer) self = g_new0 (XcDateRecognizer, 1);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GArray) forms = g_array_new (FALSE, TRUE, sizeof (guint32));
  for (int f = 0; f < F_N_FORMS; f++)
    {
      g_autofree char *re = g_strconcat ("(?<![\\w$£€¥.,:/'’-])(?:", xc_date_forms[f].regex, ")", NULL);
      self->form[f] = xc_pattern_new (xc_date_forms[f].marker, re,
                                      XC_PATTERN_CASE | PCRE2_DUPNAMES | PCRE2_ANCHORED, error);
      if (self->form[f] == NULL)
        return NULL;
      g_auto (GStrv) fw = g_strsplit (xc_date_forms[f].words, " ", -1);
      for (char **w = fw; *w; w++)
        {
          guint k;
          if (**w == '\0')
            continue;
          if (!g_ptr_array_find_with_equal_func (words, *w, g_str_equal, &k))
            {
              k = words->len;
              g_ptr_array_add (words, g_strdup (*w));
              g_array_set_size (forms, k + 1);
            }
          g_array_index (forms, guint32, k) |= 1u << f;
        }
    }
  g_ptr_array_add (words, NULL);
  self->first_list = (char **) g_ptr_array_steal (words, NULL);
  self->first_forms = (guint32 *) (void *) g_array_free (g_steal_pointer (&forms), FALSE);
  self->first_words = xc_word_set_new ((const char * const *) self->first_list);
  self->anchors = xc_word_set_new (xc_anchor_words);
  self->calendar_list = xc_date_calendar_forms ();
  self->calendar = xc_word_set_new ((const char * const *) self->calendar_list);
  xc_date_anchor_pairs_add (self, xc_anchor_words);
  xc_date_anchor_pairs_add (self, (const char * const *) self->calendar_list);
  self->units = xc_word_set_new (xc_unit_words);
  self->after_the_list = g_new0 (const char *, xc_date_n_after_the + 1);
  for (gsize i = 0; i < xc_date_n_after_the; i++)
    self->after_the_list[i] = xc_date_after_the[i].word;
  self->after_the = xc_word_set_new (self->after_the_list);
  for (guint st = 0; st <= S_ALL; st++)
    for (int f = 0; f < F_N_FORMS; f++)
      if (xc_date_forms[f].starts & st)
        self->start_forms[st] |= 1u << f;
  return g_steal_pointer (&self);
}

void
xc_date_recognizer_free (XcDateRecognizer *self)
{
  if (self == NULL)
    return;
  for (int f = 0; f < F_N_FORMS; f++)
    xc_pattern_free (self->form[f]);
  xc_word_set_free (self->anchors);
  xc_word_set_free (self->calendar);
  g_strfreev (self->calendar_list);
  xc_word_set_free (self->first_words);
  xc_word_set_free (self->units);
  xc_word_set_free (self->after_the);
  g_free (self->after_the_list);
  g_free (self->first_forms);
  g_strfreev (self->first_list);
  g_free (self);
}
