/* xc-extract-date.c - date, daterange and duration claims: one PCRE2
 * alternation finds the expressions, C checks their context and resolves them
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "xc-date-private.h"
#include "xc-pattern-private.h"
#include "xc-wordset-private.h"

/* ---------- the pattern table ---------- */

#define RE_MONTHS "January|February|March|April|May|June|July|August|September|October|November|December" \
  "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\\.?"
#define MON(n) "(?<" n ">" RE_MONTHS ")(?![A-Za-z])"
#define DAY(n) "(?<" n ">3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])(?![.:][0-9])(?![A-Za-z%])"
#define YEAR(n) "(?<" n ">1[89][0-9]{2}|2[01][0-9]{2})(?![0-9])"
#define WEEKDAYS "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#define WEEKDAY_ABBR "Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun"
#define NUM "(?:" XC_RE_DIGITS "|(?i:" XC_RE_NUMBER_WORD "))"
#define UNITS "(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|fortnights?)"
#define QUAL "(?i:more\\s+than|just\\s+over|just\\s+under|over|nearly|almost|about|around|roughly|approximately|some" \
  "|at\\s+least|up\\s+to|less\\s+than|under|fewer\\s+than|no\\s+more\\s+than|at\\s+most|within|close\\s+to)"
#define RANGE_PREFIX "(?:(?<btw>(?i:between))\\s+|(?<frm>(?i:from))\\s+)?"
#define REL_YEAR "(?i:(?<rel>last|this|next|the)\\s+year)"
#define FY_YEARS "(?<fy>1[89][0-9]{2}|2[01][0-9]{2})(?:[/–-](?<fy2>[0-9]{4}|[0-9]{2}))?(?![0-9])"

typedef enum {
  F_FISCAL, F_RANGE_MDMD, F_RANGE_MDD, F_RANGE_DDM, F_ISO, F_RANGE_YY, F_RANGE_MM, F_SLASH, F_YMD_SLASH,
  F_MDY, F_DMY, F_MON_REL, F_MY, F_PART, F_QUARTER, F_HALF, F_NMONTHS, F_TO_MONTH, F_DECADE,
  F_REL_BACK, F_DUR_RANGE, F_DUR_PAST, F_REL, F_MONTH, F_WEEKDAY, F_TODAY, F_DUR, F_YEAR, F_N_FORMS
} XcDateForm;

/* What a form's match can begin with when it begins with a letter (a
 * necessary condition, checked before the form's pattern is tried): a month
 * or weekday name, or one of the caseless words in XcDateFormDef.words.
 * Starts with a digit are sorted by digit_forms(). */
enum {
  S_MONTH    = 1 << 0,
  S_WEEKDAY  = 1 << 1,
  S_ALL      = (1 << 2) - 1,
};

typedef struct {
  const char *marker;   /* the form's name, for errors */
  const char *regex;
  guint       starts;   /* S_* */
  const char *words;    /* space-separated first words, lowercase */
} XcDateFormDef;

/* Order matters where two branches can start at the same place: the first wins. */
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
  [F_MY] = { "k_my", MON ("mon") ",?\\s+(?:(?i:of)\\s+)?" YEAR ("year"),
                S_MONTH, "" },
  [F_PART] = { "k_part", "(?<part>(?i:early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|beginning\\s+of"
               "|the\\s+start\\s+of|start\\s+of|the\\s+middle\\s+of|middle\\s+of))(?:\\s*-\\s*|\\s+)"
               "(?:" MON ("mon") "(?:,?\\s+" YEAR ("year") ")?|" YEAR ("year")
               "|(?i:(?<prel>the|this|last|next)\\s+(?<punit>year|month)))(?![A-Za-z0-9])(?!\\s*[0-9])",
                0, "early mid late the end beginning start middle" },
  [F_QUARTER] = { "k_q", "(?:(?i:the)\\s+)?(?:Q(?<qn>[1-4])\\s*(?:(?i:of)\\s+)?(?:" YEAR ("year") "|['’](?<yy>[0-9]{2}))"
                  "|(?<qw>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final))\\s+(?i:quarter)"
                  "(?:\\s+(?i:of)\\s+(?:" YEAR ("year") "|" REL_YEAR "))?"
                  "|" YEAR ("year") "\\s*Q(?<qn>[1-4]))(?![A-Za-z0-9])",
                0, "the q first second third fourth final" },
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
                   "(?<bdir>(?i:earlier|before|prior|previously))(?![A-Za-z0-9'’-])",
                   0, "a an the one two three four five six seven eight nine ten" },
  /* "two to three years", "three or four weeks", "between two and five days", "2-3 years" */
  [F_DUR_RANGE] = { "k_drange", "(?:(?<btw>(?i:between))\\s+|(?i:from)\\s+)?(?<num>" NUM ")"
                    "(?:\\s+(?(<btw>)(?i:and)|(?i:to|or))\\s+|(?<=[0-9])\\s*[–-]\\s*(?=[0-9]))(?<num2>" NUM ")"
                    "(?<dsep>\\s+|\\s*-\\s*)(?<dunit>" UNITS ")(?![A-Za-z0-9])",
                    0, "between from one two three four five six seven eight nine ten eleven twelve "
                    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty "
                    "forty fifty sixty seventy eighty ninety" },
  [F_DUR_PAST] = { "k_dpast", "(?<dthe>(?i:the)\\s+)?(?i:past|last|previous)\\s+"
                   "(?:(?<num>" NUM ")\\s+|(?(<dthe>)(?<!(?i:previous)\\s)|(?!)))"
                   "(?<dunit>(?i:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?))(?![A-Za-z0-9'’])",
                0, "the past last previous" },
  [F_REL] = { "k_rel", "(?:(?<edge>(?i:earlier|later|early|late))\\s+)?"
              "(?<rel>(?i:last|this|next|the\\s+previous|the\\s+prior|the\\s+coming|the\\s+current))\\s+"
              "(?<runit>(?i:week|month|year|quarter))(?![A-Za-z0-9-])",
                0, "earlier later early late last this next the" },
  [F_MONTH] = { "k_mon", "(?:(?<rel>(?i:last|next|this|this\\s+past|the\\s+coming|the\\s+previous))\\s+)?"
                MON ("mon") "(?![A-Za-z0-9])(?!\\s*[0-9])",
                S_MONTH, "last next this the" },
  [F_WEEKDAY] = { "k_wd", "(?:(?<rel>(?i:last|next|this|this\\s+past|this\\s+coming|coming))\\s+)?"
                  "(?<wday>" WEEKDAYS ")(?![A-Za-z0-9])",
                S_WEEKDAY, "last next this coming" },
  [F_TODAY] = { "k_today", "(?<today>(?i:yesterday|today|tomorrow|tonight))(?![A-Za-z0-9'’])",
                0, "yesterday today tomorrow tonight" },
  [F_DUR] = { "k_dur", "(?:(?<qual>" QUAL ")\\s+)?(?<num>" NUM "|(?i:an?))(?<dsep>\\s+|\\s*-\\s*)"
              "(?<dunit>" UNITS ")(?![A-Za-z0-9])",
                0, "more just over nearly almost about around roughly approximately some "
                "at up less under fewer no within close a an dozen dozens one two "
                "three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty "
                "forty fifty sixty seventy eighty ninety" },
  [F_YEAR] = { "k_year", YEAR ("year") "(?<poss>['’]s)?(?![A-Za-z0-9])(?![.,][0-9])",
                0, "" },
};

/* Every branch holds one of these words, a digit or a month or weekday name,
 * so the pattern is only tried, anchored, at the few word starts before one. */
static const char * const xc_anchor_words[] = {
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
  "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
  "fortnight", "fortnights", "quarter", "half", "today", "yesterday", "tomorrow", "tonight",
  NULL,
};

/* The units a duration ends with (UNITS), caselessly. */
static const char * const xc_unit_words[] = {
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
  "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
  "fortnight", "fortnights", NULL,
};

/* The forms a start at "the" can be of, by the word after it. */
typedef struct {
  const char *word;
  guint32     forms;
} XcAfterThe;

#define FORM(f) (1u << (f))

static const XcAfterThe xc_after_the[] = {
  { "end", FORM (F_PART) }, { "beginning", FORM (F_PART) }, { "start", FORM (F_PART) },
  { "middle", FORM (F_PART) },
  { "first", FORM (F_QUARTER) | FORM (F_HALF) | FORM (F_NMONTHS) },
  { "second", FORM (F_QUARTER) | FORM (F_HALF) }, { "1st", FORM (F_QUARTER) | FORM (F_HALF) },
  { "2nd", FORM (F_QUARTER) | FORM (F_HALF) }, { "third", FORM (F_QUARTER) }, { "fourth", FORM (F_QUARTER) },
  { "3rd", FORM (F_QUARTER) }, { "4th", FORM (F_QUARTER) }, { "final", FORM (F_QUARTER) },
  { "latter", FORM (F_HALF) },
  { "early", FORM (F_DECADE) }, { "mid", FORM (F_DECADE) }, { "late", FORM (F_DECADE) },
  { "past", FORM (F_DUR_PAST) }, { "last", FORM (F_DUR_PAST) },
  { "previous", FORM (F_DUR_PAST) | FORM (F_REL) | FORM (F_MONTH) },
  { "coming", FORM (F_REL) | FORM (F_MONTH) }, { "current", FORM (F_REL) },
  { "prior", FORM (F_REL) },
  { "fiscal", FORM (F_FISCAL) }, { "financial", FORM (F_FISCAL) },
  { "quarter", FORM (F_TO_MONTH) }, { "half", FORM (F_TO_MONTH) }, { "two", FORM (F_TO_MONTH) },
  { "three", FORM (F_TO_MONTH) }, { "four", FORM (F_TO_MONTH) }, { "five", FORM (F_TO_MONTH) },
  { "six", FORM (F_TO_MONTH) }, { "seven", FORM (F_TO_MONTH) }, { "eight", FORM (F_TO_MONTH) },
  { "nine", FORM (F_TO_MONTH) }, { "ten", FORM (F_TO_MONTH) }, { "eleven", FORM (F_TO_MONTH) },
  { "twelve", FORM (F_TO_MONTH) }, { "eighteen", FORM (F_TO_MONTH) },
  { "year", FORM (F_REL_BACK) | FORM (F_TO_MONTH) }, { "month", FORM (F_REL_BACK) }, { "week", FORM (F_REL_BACK) },
  { "day", FORM (F_REL_BACK) },
};

/* The forms whose pattern needs a day number right after a starting month name. */
#define MONTH_DAY_FORMS (FORM (F_RANGE_MDMD) | FORM (F_RANGE_MDD) | FORM (F_MDY))

/* Each form is its own anchored pattern. Trying the forms a start can begin
 * (see XcDateFormDef.starts) in table order finds what one alternation of
 * all of them would, without running most of them at most starts. */
struct _XcDateRecognizer {
  XcPattern *form[F_N_FORMS];
  XcWordSet *anchors;       /* xc_anchor_words */
  XcWordSet *first_words;   /* every form's first words ... */
  guint32   *first_forms;   /* ... and for each, the forms (1 << XcDateForm) it can begin */
  guint32    start_forms[S_ALL + 1];   /* the forms each combination of S_* bits can begin */
  char     **first_list;    /* owns the words of first_words */
  XcWordSet *units;         /* xc_unit_words */
  const char *after_the_list[G_N_ELEMENTS (xc_after_the) + 1];
  XcWordSet *after_the;     /* the words of xc_after_the */
};

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
  self->units = xc_word_set_new (xc_unit_words);
  for (gsize i = 0; i < G_N_ELEMENTS (xc_after_the); i++)
    self->after_the_list[i] = xc_after_the[i].word;
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
  xc_word_set_free (self->first_words);
  xc_word_set_free (self->units);
  xc_word_set_free (self->after_the);
  g_free (self->first_forms);
  g_strfreev (self->first_list);
  g_free (self);
}

/* ---------- one match ---------- */

typedef struct {
  XcPattern        *pattern;   /* the form's, holding the match */
  XcScan           *scan;
  gsize             start, end;          /* the match */
  gsize             sent_start, sent_end;
  XcTense           tense;
  gboolean          tense_known;
} XcMatch;

static gboolean
group (XcMatch *m, const char *name, gsize *s, gsize *e)
{
  return xc_pattern_named (m->pattern, name, s, e);
}

static gboolean
has (XcMatch *m, const char *name)
{
  return group (m, name, NULL, NULL);
}

static int
group_int (XcMatch *m, const char *name)
{
  gsize s, e;
  if (!group (m, name, &s, &e))
    return 0;
  int v = 0;
  for (gsize i = s; i < e && g_ascii_isdigit (m->scan->text[i]); i++)
    v = v * 10 + (m->scan->text[i] - '0');
  return v;
}

static int
group_month (XcMatch *m, const char *name)
{
  gsize s, e;
  return group (m, name, &s, &e) ? xc_date_month_from_name (m->scan->text + s, e - s) : 0;
}

/* The lower-cased group text in @buf (truncated); "" when unset. */
static const char *
group_lower (XcMatch *m, const char *name, char *buf, gsize size)
{
  gsize s, e;
  buf[0] = '\0';
  if (!group (m, name, &s, &e))
    return buf;
  gsize n = MIN (e - s, size - 1), o = 0;
  for (gsize i = 0; i < n; i++)
    {
      char ch = g_ascii_tolower (m->scan->text[s + i]);
      if (g_ascii_isspace (ch))
        {
          if (o > 0 && buf[o - 1] == ' ')
            continue;
          ch = ' ';
        }
      buf[o++] = ch;
    }
  buf[o] = '\0';
  return buf;
}

static XcTense
tense (XcMatch *m)
{
  if (!m->tense_known)
    {
      m->tense = xc_date_tense (m->scan->text, m->sent_start, m->sent_end, m->start, m->end);
      m->tense_known = TRUE;
    }
  return m->tense;
}

static XcClaim *
add_claim (XcMatch *m, XcKind kind, gsize start, gsize end)
{
  XcClaim *c = xc_claim_new (kind);
  c->offset = start;
  c->length = end - start;
  g_ptr_array_add (m->scan->claims, c);
  return c;
}

static XcClaim *
add_match_claim (XcMatch *m, XcKind kind)
{
  return add_claim (m, kind, m->start, m->end);
}

/* The word before @pos in the sentence, lower-cased into @buf; sets
 * *out_capital when it starts with a capital and *out_initial when there is
 * none (the expression opens the sentence). */
static const char *
prev_word (XcMatch *m, gsize pos, char *buf, gsize size, gboolean *out_capital, gboolean *out_initial)
{
  const char *t = m->scan->text;
  gsize i = pos;
  while (i > m->sent_start && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n'))
    i--;
  gsize we = i;
  while (i > m->sent_start && (g_ascii_isalpha (t[i - 1]) || t[i - 1] == '.'))
    i--;
  gsize n = MIN (we - i, size - 1);
  for (gsize k = 0; k < n; k++)
    buf[k] = g_ascii_tolower (t[i + k]);
  buf[n] = '\0';
  if (out_capital)
    *out_capital = n > 0 && g_ascii_isupper (t[i]);
  if (out_initial)
    {
      /* nothing but quotes/brackets between the sentence start and the word */
      gsize j = m->sent_start;
      while (j < i && !g_ascii_isalnum (t[j]))
        j++;
      *out_initial = j >= i;
    }
  return buf;
}

/* The word after @pos (after white space), lower-cased into @buf; *out_punct
 * gets the first non-space character when it is not a letter. */
static const char *
next_word (XcMatch *m, gsize pos, char *buf, gsize size, char *out_punct, gboolean *out_capital)
{
  const char *t = m->scan->text;
  gsize i = pos, end = m->sent_end;
  while (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n'))
    i++;
  *out_punct = i < end && !g_ascii_isalpha (t[i]) ? t[i] : (i >= end ? '.' : '\0');
  if (out_capital)
    *out_capital = i < end && g_ascii_isupper (t[i]);
  gsize n = 0;
  while (i + n < end && g_ascii_isalpha (t[i + n]) && n < size - 1)
    {
      buf[n] = g_ascii_tolower (t[i + n]);
      n++;
    }
  buf[n] = '\0';
  return buf;
}

static gboolean
in_list (const char *w, const char * const *list)
{
  for (; *list; list++)
    if ((*list)[0] == w[0] && strcmp (w, *list) == 0)   /* first byte first: most words fail there */
      return TRUE;
  return FALSE;
}

static const char * const xc_strong_preps[] = {
  "in", "since", "by", "until", "till", "through", "throughout", "during", "from", "before",
  "after", "circa", "c.", "as", "early", "late", "mid", "and", "or", NULL,
};

static const char * const xc_weak_preps[] = {
  "than", "with", "versus", "vs", "vs.", "over", "of", "to", "against", "for", "on", NULL,
};

/* Words that can follow a year without making it a count ("in 2023 and", "by 2030, the"). */
static const char * const xc_after_year_ok[] = {
  "and", "or", "but", "when", "while", "as", "after", "before", "the", "a", "an", "that",
  "which", "according", "compared", "with", "to", "for", "in", "on", "at", "from", "alone",
  "until", "levels", "level", "figures", "is", "was", "were", "had", "has", "have", "it",
  "they", "he", "she", "we", "there", "this", "its", "his", "her", "their", "also", "amid",
  "despite", "under", "during", "against", "because", "so", "if", "then", "than", NULL,
};

static const char * const xc_count_nouns[] = {
  "people", "men", "women", "children", "percent", "per", "feet", "km", "kg", "mph", "units",
  "troops", "soldiers", "votes", "points", "times", NULL,
};

/* "in 2023" yes; "4126 articles", "Euro 2024", "rose to 2100 points" no. */
static gboolean
year_in_context (XcMatch *m, gsize ys, gsize ye, gboolean poss)
{
  char pw[16], nw[24], punct;
  gboolean cap, initial;
  if (poss)
    return TRUE;
  prev_word (m, ys, pw, sizeof pw, &cap, &initial);
  next_word (m, ye, nw, sizeof nw, &punct, NULL);
  if (punct == '%')
    return FALSE;
  gboolean clean_after = (punct != '\0' && punct != '$' && !g_ascii_isdigit (punct))
                         || in_list (nw, xc_after_year_ok);
  gboolean count_after = in_list (nw, xc_count_nouns)
                         || (strlen (nw) > 3 && g_str_has_suffix (nw, "s") && !in_list (nw, xc_after_year_ok)
                             && !g_str_has_suffix (nw, "ss") && !g_str_has_suffix (nw, "us"));
  if (in_list (pw, xc_strong_preps))
    {
      /* "as" only in "as of 2023"; "and"/"or" only between years */
      if (g_str_equal (pw, "as"))
        return FALSE;
      if (g_str_equal (pw, "and") || g_str_equal (pw, "or"))
        return clean_after && m->scan->claims->len > 0;
      return !count_after;
    }
  if (g_str_equal (pw, "of") && ys >= 6 && g_ascii_strncasecmp (m->scan->text + ys - 6, "as of ", 6) == 0)
    return !count_after;
  if (in_list (pw, xc_weak_preps))
    return clean_after && !count_after && (punct != '\0' || in_list (nw, xc_after_year_ok));
  /* "the 2022 invasion": a singular noun after "the YEAR" */
  if ((g_str_equal (pw, "the") || g_str_equal (pw, "its") || g_str_equal (pw, "their")) && nw[0] && !count_after
      && !in_list (nw, xc_after_year_ok) && strlen (nw) >= 3)
    return TRUE;
  return FALSE;
}

/* Resolves a year-less month/day, or marks the claim unresolved. */
static void
set_yearless (XcMatch *m, XcClaim *c, int month, int day)
{
  if (m->scan->published == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return;
    }
  int y = xc_date_pick_year (m->scan->published, month, day, tense (m));
  xc_date_set (c, y, month, day);
}

static gboolean
valid_dmy (int y, int mo, int d)
{
  return mo >= 1 && mo <= 12 && d >= 1 && y >= 1 && g_date_valid_dmy ((GDateDay) d, (GDateMonth) mo, (GDateYear) y);
}

static void
gdate (GDate *d, int y, int mo, int day)
{
  g_date_clear (d, 1);
  g_date_set_dmy (d, (GDateDay) day, (GDateMonth) mo, (GDateYear) y);
}

static int
days_in (int y, int mo)
{
  return g_date_get_days_in_month ((GDateMonth) mo, (GDateYear) y);
}

/* ---------- handlers: each returns FALSE to reject the match ---------- */

static gboolean
on_month_day (XcMatch *m)
{
  int mo = group_month (m, "mon"), d = group_int (m, "day"), y = group_int (m, "year");
  XcClaim *c;
  if (y)
    {
      if (!valid_dmy (y, mo, d))
        return FALSE;
      c = add_match_claim (m, XC_KIND_DATE);
      xc_date_set (c, y, mo, d);
      return TRUE;
    }
  if (!valid_dmy (2000, mo, d))   /* 2000 is a leap year: Feb. 29 passes */
    return FALSE;
  c = add_match_claim (m, XC_KIND_DATE);
  set_yearless (m, c, mo, d);
  return TRUE;
}

/* Two month/day ends, years from the text or from each other or from the publication date. */
static gboolean
emit_day_range (XcMatch *m, int m1, int d1, int y1, int m2, int d2, int y2)
{
  if (!y1 && y2)
    y1 = m1 > m2 ? y2 - 1 : y2;
  if (y1 && !y2)
    y2 = m2 < m1 ? y1 + 1 : y1;
  if (!valid_dmy (y1 ? y1 : 2000, m1, d1) || !valid_dmy (y2 ? y2 : 2000, m2, d2))
    return FALSE;
  XcClaim *c = add_match_claim (m, XC_KIND_DATERANGE);
  if (!y1)
    {
      if (m->scan->published == NULL)
        {
          xc_date_set_unresolved (c, m->scan);
          return TRUE;
        }
      y1 = xc_date_pick_year (m->scan->published, m1, d1, tense (m));
      y2 = m2 < m1 ? y1 + 1 : y1;
      if (!valid_dmy (y1, m1, d1) || !valid_dmy (y2, m2, d2))
        {
          g_ptr_array_remove (m->scan->claims, c);
          return FALSE;
        }
    }
  GDate a, b;
  gdate (&a, y1, m1, d1);
  gdate (&b, y2, m2, d2);
  if (g_date_compare (&a, &b) >= 0)
    {
      g_ptr_array_remove (m->scan->claims, c);
      return FALSE;
    }
  xc_date_set_range_days (c, &a, &b);
  return TRUE;
}

static gboolean
on_range_mdmd (XcMatch *m)
{
  gsize s1, e1, s2, e2, x;
  if (group (m, "year", &x, &e1) && group (m, "year2", &x, &e2))
    {
      /* both ends complete ("from June 3, 2021, to Nov. 30, 2022"): two
       * dates, each checkable on its own */
      int y1 = group_int (m, "year"), y2 = group_int (m, "year2");
      int m1 = group_month (m, "mon"), m2 = group_month (m, "mon2");
      int d1 = group_int (m, "day"), d2 = group_int (m, "day2");
      if (!valid_dmy (y1, m1, d1) || !valid_dmy (y2, m2, d2))
        return FALSE;
      group (m, "mon", &s1, &x);
      group (m, "mon2", &s2, &x);
      xc_date_set (add_claim (m, XC_KIND_DATE, s1, e1), y1, m1, d1);
      xc_date_set (add_claim (m, XC_KIND_DATE, s2, e2), y2, m2, d2);
      return TRUE;
    }
  return emit_day_range (m, group_month (m, "mon"), group_int (m, "day"), group_int (m, "year"),
                         group_month (m, "mon2"), group_int (m, "day2"), group_int (m, "year2"));
}

static gboolean
on_range_days (XcMatch *m)
{
  int mo = group_month (m, "mon"), y = group_int (m, "year");
  return emit_day_range (m, mo, group_int (m, "day"), y, mo, group_int (m, "day2"), y);
}

static gboolean
on_range_years (XcMatch *m)
{
  int y1 = group_int (m, "year"), y2 = group_int (m, "year2");
  gsize s, e;
  group (m, "year2", &s, &e);
  if (e - s == 2)
    {
      y2 += y1 / 100 * 100;
      if (y2 <= y1)
        return FALSE;
    }
  if (y2 <= y1 || y2 - y1 > 100)
    return FALSE;
  char a[8], b[8];
  g_snprintf (a, sizeof a, "%04d", y1);
  g_snprintf (b, sizeof b, "%04d", y2);
  XcClaim *c = add_match_claim (m, XC_KIND_DATERANGE);
  return xc_date_set_range (c, a, b);
}

static gboolean
on_range_months (XcMatch *m)
{
  int m1 = group_month (m, "mon"), m2 = group_month (m, "mon2");
  int y1 = group_int (m, "year"), y2 = group_int (m, "year2");
  if (!y1 && y2)
    y1 = m1 > m2 ? y2 - 1 : y2;
  if (y1 && !y2)
    y2 = m2 < m1 ? y1 + 1 : y1;
  XcClaim *c = add_match_claim (m, XC_KIND_DATERANGE);
  if (!y1)
    {
      if (m->scan->published == NULL)
        {
          xc_date_set_unresolved (c, m->scan);
          return TRUE;
        }
      y1 = xc_date_pick_year (m->scan->published, m1, 0, tense (m));
      y2 = m2 < m1 ? y1 + 1 : y1;
    }
  char a[16], b[16];
  g_snprintf (a, sizeof a, "%04d-%02d", y1, m1);
  g_snprintf (b, sizeof b, "%04d-%02d", y2, m2);
  if (y1 * 12 + m1 >= y2 * 12 + m2 || !xc_date_set_range (c, a, b))
    {
      g_ptr_array_remove (m->scan->claims, c);
      return FALSE;
    }
  return TRUE;
}

static gboolean
on_numeric (XcMatch *m, XcDateForm f)
{
  int y = group_int (m, "year"), mo, d;
  if (f == F_SLASH)
    {
      /* "04/09/2024" is April 9 in the US and 4 September elsewhere: only
       * dates that read the same either way are taken */
      int a = group_int (m, "sa"), b = group_int (m, "sb");
      if (a > 12 && b <= 12)
        d = a, mo = b;
      else if (b > 12 && a <= 12)
        mo = a, d = b;
      else if (a == b)
        mo = d = a;
      else
        return FALSE;
    }
  else
    {
      mo = group_int (m, "mm");
      d = group_int (m, "dd");
    }
  if (!valid_dmy (y, mo, d))
    return FALSE;
  xc_date_set (add_match_claim (m, XC_KIND_DATE), y, mo, d);
  return TRUE;
}

static int
rel_offset (const char *rel)
{
  if (g_str_has_prefix (rel, "last") || g_str_has_prefix (rel, "the previous") || g_str_has_prefix (rel, "the prior")
      || g_str_has_prefix (rel, "this past"))
    return -1;
  if (g_str_has_prefix (rel, "next") || g_str_has_prefix (rel, "the coming") || g_str_has_prefix (rel, "coming")
      || g_str_has_prefix (rel, "this coming"))
    return 1;
  return 0;
}

static gboolean
on_month_rel (XcMatch *m)
{
  char rel[24];
  int mo = group_month (m, "mon");
  group_lower (m, "rel", rel, sizeof rel);
  XcClaim *c = add_match_claim (m, XC_KIND_DATE);
  if (m->scan->published == NULL)
    xc_date_set_unresolved (c, m->scan);
  else
    xc_date_set (c, g_date_get_year (m->scan->published) + rel_offset (rel), mo, 0);
  return TRUE;
}

static gboolean
on_month_year (XcMatch *m)
{
  xc_date_set (add_match_claim (m, XC_KIND_DATE), group_int (m, "year"), group_month (m, "mon"), 0);
  return TRUE;
}

/* early = 1, mid = 2, late = 3 */
static int
part_of (const char *w)
{
  if (strstr (w, "early") || strstr (w, "beginning") || strstr (w, "start"))
    return 1;
  if (strstr (w, "mid"))
    return 2;
  return 3;
}

static void
narrow_part (XcClaim *c, int part, int y, int mo)
{
  GDate a, b;
  if (mo == 0)
    {
      static const int first[] = { 0, 1, 5, 9 }, last[] = { 0, 4, 8, 12 };
      gdate (&a, y, first[part], 1);
      gdate (&b, y, last[part], days_in (y, last[part]));
    }
  else
    {
      static const int dfirst[] = { 0, 1, 11, 21 };
      gdate (&a, y, mo, dfirst[part]);
      gdate (&b, y, mo, part == 1 ? 10 : part == 2 ? 20 : days_in (y, mo));
    }
  xc_date_narrow (c, &a, &b);
}

static gboolean
on_part (XcMatch *m)
{
  char w[32], prel[8], punit[8];
  int part = part_of (group_lower (m, "part", w, sizeof w));
  int mo = group_month (m, "mon"), y = group_int (m, "year");
  group_lower (m, "prel", prel, sizeof prel);
  group_lower (m, "punit", punit, sizeof punit);
  XcClaim *c = add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (!y)
    {
      if (pub == NULL)
        {
          xc_date_set_unresolved (c, m->scan);
          return TRUE;
        }
      if (mo)
        y = xc_date_pick_year (pub, mo, 0, tense (m));
      else if (g_str_equal (punit, "month"))
        {
          int idx = (int) g_date_get_year (pub) * 12 + (int) g_date_get_month (pub) - 1 + rel_offset (prel);
          y = idx / 12;
          mo = idx % 12 + 1;
        }
      else
        y = g_date_get_year (pub) + rel_offset (prel);
    }
  xc_date_set (c, y, mo, 0);
  narrow_part (c, part, y, mo);
  return TRUE;
}

/* The year of "the first quarter" and its kind when none is written. */
static gboolean
period_year (XcMatch *m, const GDate *first_day, int month_first, int month_last, int *y)
{
  char rel[8];
  if ((*y = group_int (m, "year")))
    return TRUE;
  gsize s, e;
  if (group (m, "yy", &s, &e))
    {
      *y = 2000 + group_int (m, "yy");
      return TRUE;
    }
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    return FALSE;
  int py = g_date_get_year (pub);
  group_lower (m, "rel", rel, sizeof rel);
  if (rel[0])
    {
      *y = py + (g_str_equal (rel, "the") ? 0 : rel_offset (rel));
      return TRUE;
    }
  /* unwritten: this year's, unless the clause looks back at a period that
   * has not begun (or, for "first N months", not ended) */
  GDate a, b;
  gdate (&a, py, month_first, 1);
  gdate (&b, py, month_last, days_in (py, month_last));
  const GDate *probe = first_day ? &a : &b;
  *y = py;
  if (g_date_compare (probe, pub) > 0 && tense (m) != XC_TENSE_FUTURE
      && (tense (m) == XC_TENSE_PAST || first_day == NULL))
    *y = py - 1;
  return TRUE;
}

static gboolean
emit_months (XcMatch *m, int month_first, int month_last, gboolean by_start)
{
  GDate probe;
  int y;
  XcClaim *c = add_match_claim (m, XC_KIND_DATERANGE);
  if (!period_year (m, by_start ? &probe : NULL, month_first, month_last, &y))
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  GDate a, b;
  gdate (&a, y, month_first, 1);
  gdate (&b, y, month_last, days_in (y, month_last));
  xc_date_set_range_days (c, &a, &b);
  return TRUE;
}

static gboolean
on_quarter (XcMatch *m)
{
  char w[16];
  int q = group_int (m, "qn");
  if (!q)
    {
      group_lower (m, "qw", w, sizeof w);
      q = w[0] == 'f' && w[1] == 'i' && w[2] == 'r' ? 1 : w[0] == '1' ? 1
        : (w[0] == 's' || w[0] == '2') ? 2 : (w[0] == 't' && w[1] == 'h' && w[2] == 'i') || w[0] == '3' ? 3 : 4;
    }
  return emit_months (m, q * 3 - 2, q * 3, TRUE);
}

static gboolean
on_half (XcMatch *m)
{
  char w[16];
  int h = group_int (m, "hn");
  if (!h)
    h = group_lower (m, "hw", w, sizeof w)[0] == 'f' || w[0] == '1' ? 1 : 2;
  return emit_months (m, h == 1 ? 1 : 7, h == 1 ? 6 : 12, TRUE);
}

static gboolean
on_nmonths (XcMatch *m)
{
  gsize s, e;
  XcNumber n;
  group (m, "nm", &s, &e);
  if (!xc_number_parse (m->scan->text + s, (gssize) (e - s), &n) || n.value < 1 || n.value > 12)
    return FALSE;
  return emit_months (m, 1, (int) n.value, FALSE);
}

/* "the three months to June": the months up to and including the one named
 * (to its day when one is given); without a year, the last such month that
 * has begun by the publication date (the next one in a clause about the future). */
static gboolean
on_to_month (XcMatch *m)
{
  char u[16];
  int n;
  gsize s, e;
  if (group (m, "tn", &s, &e))
    {
      XcNumber num;
      if (!xc_number_parse (m->scan->text + s, (gssize) (e - s), &num) || num.value < 1 || num.value > 24)
        return FALSE;
      n = (int) num.value;
    }
  else
    {
      group_lower (m, "tu", u, sizeof u);
      n = u[0] == 'y' ? 12 : u[0] == 'q' ? 3 : 6;
    }
  int mo = group_month (m, "mon"), day = group_int (m, "day"), y = group_int (m, "year");
  if (mo < 1 || (day && !valid_dmy (2000, mo, day)))
    return FALSE;
  XcClaim *c = add_match_claim (m, XC_KIND_DATERANGE);
  if (!y)
    {
      const GDate *pub = m->scan->published;
      if (pub == NULL)
        {
          xc_date_set_unresolved (c, m->scan);
          return TRUE;
        }
      GDate first;
      y = g_date_get_year (pub);
      gdate (&first, y, mo, 1);
      if (g_date_compare (&first, pub) > 0 && tense (m) != XC_TENSE_FUTURE)
        y--;   /* results are reported for periods that have begun; a forecast looks ahead */
    }
  if (day && !valid_dmy (y, mo, day))
    day = days_in (y, mo);
  GDate a, b;
  gdate (&b, y, mo, day ? day : days_in (y, mo));
  gdate (&a, y, mo, 1);
  g_date_subtract_months (&a, (guint) (n - 1));
  xc_date_set_range_days (c, &a, &b);
  return TRUE;
}

static gboolean
on_decade (XcMatch *m)
{
  char part[8], a[8], b[8];
  int d = group_int (m, "dec"), lo = 0, hi = 9;
  group_lower (m, "dpart", part, sizeof part);
  if (part[0])
    {
      int p = part_of (part);
      lo = p == 1 ? 0 : p == 2 ? 3 : 7;
      hi = p == 1 ? 3 : p == 2 ? 6 : 9;
    }
  g_snprintf (a, sizeof a, "%04d", d + lo);
  g_snprintf (b, sizeof b, "%04d", d + hi);
  return xc_date_set_range (add_match_claim (m, XC_KIND_DATERANGE), a, b);
}

/* ---------- durations ---------- */

typedef struct {
  const char *stem;
  const char *unit;      /* claim->unit */
  double      factor;    /* in that unit */
  double      days;      /* one unit in days */
  char        designator;
  gboolean    time;      /* after "T" in ISO 8601 */
} XcDurUnit;

static const XcDurUnit xc_dur_units[] = {
  { "year", "year", 1, 365.25, 'Y', FALSE },
  { "decade", "year", 10, 365.25, 'Y', FALSE },
  { "centur", "year", 100, 365.25, 'Y', FALSE },
  { "month", "month", 1, 30.44, 'M', FALSE },
  { "fortnight", "week", 2, 7, 'W', FALSE },
  { "week", "week", 1, 7, 'W', FALSE },
  { "day", "day", 1, 1, 'D', FALSE },
  { "hour", "hour", 1, 1.0 / 24, 'H', TRUE },
  { "minute", "minute", 1, 1.0 / 1440, 'M', TRUE },
  { "second", "second", 1, 1.0 / 86400, 'S', TRUE },
};

static const XcDurUnit *
dur_unit (const char *w)
{
  for (gsize i = 0; i < G_N_ELEMENTS (xc_dur_units); i++)
    if (g_str_has_prefix (w, xc_dur_units[i].stem))
      return &xc_dur_units[i];
  return NULL;
}

static XcQualifier
qualifier_of (const char *q)
{
  static const struct { const char *word; XcQualifier q; } map[] = {
    { "more than", XC_QUALIFIER_MORE_THAN }, { "just over", XC_QUALIFIER_MORE_THAN },
    { "over", XC_QUALIFIER_MORE_THAN }, { "at least", XC_QUALIFIER_AT_LEAST },
    { "less than", XC_QUALIFIER_LESS_THAN }, { "fewer than", XC_QUALIFIER_LESS_THAN },
    { "under", XC_QUALIFIER_LESS_THAN }, { "just under", XC_QUALIFIER_LESS_THAN },
    { "up to", XC_QUALIFIER_AT_MOST }, { "no more than", XC_QUALIFIER_AT_MOST },
    { "at most", XC_QUALIFIER_AT_MOST }, { "within", XC_QUALIFIER_AT_MOST },
  };
  if (q[0] == '\0')
    return XC_QUALIFIER_EXACT;
  for (gsize i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (q, map[i].word))
      return map[i].q;
  return XC_QUALIFIER_APPROX;   /* nearly, almost, about, around, roughly, some, close to */
}

static void
set_duration (XcClaim *c, const XcNumber *n, const XcDurUnit *u, XcQualifier q)
{
  double v = n->value * u->factor;
  char num[G_ASCII_DTOSTR_BUF_SIZE];
  if (v == floor (v))
    g_snprintf (num, sizeof num, "%.0f", v);
  else
    g_ascii_formatd (num, sizeof num, "%.6g", v);
  c->kind = XC_KIND_DURATION;
  g_free (c->iso);
  c->iso = g_strdup_printf ("P%s%s%c", u->time ? "T" : "", num, u->designator);
  c->value = v;
  g_free (c->unit);
  c->unit = g_strdup (u->unit);
  c->qualifier = q;
  /* the interval in days, at the precision of one stated unit ("a decade": ±5 years) */
  XcNumber days = { .value = v * u->days, .step = n->step * u->factor * u->days };
  xc_interval_from_number (&c->interval, &days, q);
}

static gboolean
on_duration (XcMatch *m, gboolean past)
{
  char unit_w[16], num_w[40], qual[24], pw[16], nw[16], punct;
  gsize ns = 0, ne = 0, us, ue;
  XcNumber n = { .value = 1, .step = 1 };
  gboolean have_num = group (m, "num", &ns, &ne);
  group (m, "dunit", &us, &ue);
  group_lower (m, "dunit", unit_w, sizeof unit_w);
  group_lower (m, "num", num_w, sizeof num_w);
  group_lower (m, "qual", qual, sizeof qual);
  const XcDurUnit *u = dur_unit (unit_w);
  if (u == NULL)
    return FALSE;
  if (have_num && !xc_number_parse (m->scan->text + ns, (gssize) (ne - ns), &n))
    return FALSE;
  if (n.value <= 0)
    return FALSE;
  next_word (m, m->end, nw, sizeof nw, &punct, NULL);
  const char *after = m->scan->text + m->end;
  gsize left = m->scan->len - m->end;
  /* ages are not durations: "a 45-year-old man", "45 years old", "45 years of age" */
  if ((left >= 4 && strncmp (after, "-old", 4) == 0) || g_str_equal (nw, "old")
      || (g_str_equal (nw, "of") && left > 8 && g_ascii_strncasecmp (after + 1, "of age", 6) == 0))
    return FALSE;
  if (!past)
    {
      gsize ss, se;
      group (m, "dsep", &ss, &se);
      gboolean hyphen = memchr (m->scan->text + ss, '-', se - ss) != NULL;
      if (hyphen && unit_w[strlen (unit_w) - 1] == 's' && !g_str_has_prefix (unit_w, "centur"))
        return FALSE;   /* "two-days" */
      prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
      if (g_str_equal (pw, "aged"))
        return FALSE;
      /* "a year", "one day": only as a length ("for a year", "a one-day visit", "a decade") */
      if ((g_str_equal (num_w, "a") || g_str_equal (num_w, "an") || g_str_equal (num_w, "one")) && !hyphen
          && qual[0] == '\0' && u->factor == 1
          && !(g_str_equal (pw, "for") || g_str_equal (pw, "within") || g_str_equal (pw, "lasting")
               || g_str_equal (pw, "after") || g_str_equal (pw, "in") || g_str_equal (pw, "nearly")
               || g_str_equal (nw, "ago")))
        return FALSE;
      if (g_str_equal (nw, "earlier") || g_str_equal (nw, "before") || g_str_equal (nw, "prior"))
        {
          if (!have_num || g_str_equal (num_w, "a") || g_str_equal (num_w, "an"))
            return FALSE;   /* "from a year earlier": a basis, not a length */
        }
      if (g_str_equal (nw, "ago") && !u->time)
        {
          /* "three years ago": a date at the unit's precision */
          gsize ago = m->end;
          while (ago < m->scan->len && g_ascii_isspace (m->scan->text[ago]))
            ago++;
          XcClaim *c = add_claim (m, XC_KIND_DATE, m->start, ago + 3);
          const GDate *pub = m->scan->published;
          if (pub == NULL)
            {
              xc_date_set_unresolved (c, m->scan);
              return TRUE;
            }
          if (n.value != floor (n.value))
            {
              g_ptr_array_remove (m->scan->claims, c);
              return FALSE;
            }
          GDate d = *pub;
          int k = (int) (n.value * u->factor);
          if (u->designator == 'Y')
            {
              xc_date_set (c, g_date_get_year (pub) - k, 0, 0);
              return TRUE;
            }
          if (u->designator == 'M')
            {
              g_date_subtract_months (&d, k);
              xc_date_set (c, g_date_get_year (&d), g_date_get_month (&d), 0);
              return TRUE;
            }
          g_date_subtract_days (&d, (guint) (k * (u->designator == 'W' ? 7 : 1)));
          xc_date_set (c, g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
          if (u->designator == 'W')
            {
              GDate a = d, b = d;
              g_date_subtract_days (&a, 3);
              g_date_add_days (&b, 3);
              xc_date_narrow (c, &a, &b);
            }
          return TRUE;
        }
    }
  XcClaim *c = add_match_claim (m, XC_KIND_DURATION);
  set_duration (c, &n, u, qualifier_of (qual));
  return TRUE;
}

/* ---------- relative to the publication date ---------- */

static void
week_bounds (const GDate *day, GDate *mon, GDate *sun)
{
  *mon = *day;
  g_date_subtract_days (mon, g_date_get_weekday (day) - G_DATE_MONDAY);
  *sun = *mon;
  g_date_add_days (sun, 6);
}

static const XcClaim *sentence_date_before (XcMatch *m, gsize pos);
static gboolean set_back_from (XcMatch *m, XcClaim *c, const XcClaim *ref, char unit, int k);

static const char * const xc_basis_words[] = {
  "from", "than", "over", "versus", "vs.", "vs", "with", "to", "against", "on", NULL,
};

static gboolean
on_relative (XcMatch *m)
{
  char edge[16], rel[24], unit[16];
  group_lower (m, "edge", edge, sizeof edge);
  group_lower (m, "rel", rel, sizeof rel);
  group_lower (m, "runit", unit, sizeof unit);
  int off = rel_offset (rel);
  if (g_str_has_prefix (rel, "the previous"))
    {
      /* "up 26% from the previous year": relative to the figure's period, not to the publication */
      char pw[16];
      prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
      if (in_list (pw, xc_basis_words))
        return FALSE;
    }
  gboolean week = g_str_equal (unit, "week"), quarter = g_str_equal (unit, "quarter");
  if (off < 0 && g_str_has_prefix (rel, "the ") && (unit[0] == 'y' || unit[0] == 'm'))
    {
      /* "In March ... the previous year": back from the sentence's own date */
      const XcClaim *ref = sentence_date_before (m, m->start);
      if (ref)
        {
          XcClaim *c = xc_claim_new (XC_KIND_DATE);
          c->offset = m->start;
          c->length = m->end - m->start;
          if (set_back_from (m, c, ref, unit[0] == 'y' ? 'Y' : 'M', 1))
            {
              g_ptr_array_add (m->scan->claims, c);
              return TRUE;
            }
          xc_claim_free (c);
        }
    }
  XcClaim *c = add_match_claim (m, week || quarter ? XC_KIND_DATERANGE : XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  /* earlier/later this X: up to / from the publication day; early/late: a third */
  gboolean upto = g_str_equal (edge, "earlier") && off == 0;
  gboolean from = g_str_equal (edge, "later") && off == 0;
  int part = edge[0] == '\0' || upto || from ? 0 : part_of (edge);
  GDate a, b;
  if (week)
    {
      GDate ref = *pub;
      if (off < 0)
        g_date_subtract_days (&ref, 7);
      else if (off > 0)
        g_date_add_days (&ref, 7);
      week_bounds (&ref, &a, &b);
      if (upto)
        b = *pub;
      if (from)
        a = *pub;
      xc_date_set_range_days (c, &a, &b);
      return TRUE;
    }
  int y = g_date_get_year (pub), mo = g_date_get_month (pub);
  if (quarter)
    {
      int q = (mo - 1) / 3 + off;   /* 0-based, may leave the year */
      int qy = y + (q < 0 ? -1 : q > 3 ? 1 : 0);
      q = (q + 4) % 4;
      gdate (&a, qy, q * 3 + 1, 1);
      gdate (&b, qy, q * 3 + 3, days_in (qy, q * 3 + 3));
      if (upto)
        b = *pub;
      if (from)
        a = *pub;
      xc_date_set_range_days (c, &a, &b);
      return TRUE;
    }
  if (g_str_equal (unit, "month"))
    {
      int idx = y * 12 + mo - 1 + off;
      y = idx / 12;
      mo = idx % 12 + 1;
    }
  else
    {
      y += off;
      mo = 0;
    }
  xc_date_set (c, y, mo, 0);
  if (part)
    narrow_part (c, part, y, mo);
  else if (upto || from)
    {
      GDate f, l;
      xc_iso_date_bounds (c->iso, &f, &l);
      xc_date_narrow (c, upto ? &f : pub, upto ? pub : &l);
    }
  return TRUE;
}

static const char * const xc_month_preps[] = {
  "in", "since", "by", "until", "till", "through", "throughout", "during", "from", "before",
  "after", "around", NULL,
};

static gboolean
on_month (XcMatch *m)
{
  char rel[24], pw[16];
  gsize s, e;
  group (m, "mon", &s, &e);
  int mo = xc_date_month_from_name (m->scan->text + s, e - s);
  group_lower (m, "rel", rel, sizeof rel);
  if (!rel[0])
    {
      /* a bare month needs a preposition, and an abbreviation its full stop ("Jan Smith") */
      static const int full_len[] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
      if (m->scan->text[e - 1] != '.' && (int) (e - s) < full_len[mo - 1])
        return FALSE;
      prev_word (m, s, pw, sizeof pw, NULL, NULL);
      if (!in_list (pw, xc_month_preps))
        return FALSE;
    }
  XcClaim *c = add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  int y = g_date_get_year (pub), pm = g_date_get_month (pub);
  int off = rel_offset (rel);
  if (!rel[0])
    y = xc_date_pick_year (pub, mo, 0, tense (m));
  else if (off < 0)
    y = mo < pm ? y : y - 1;   /* "last August": the latest August before this month */
  else if (off > 0)
    y = mo > pm ? y : y + 1;
  xc_date_set (c, y, mo, 0);
  return TRUE;
}

static const char * const xc_weekday_preps[] = {
  "on", "since", "by", "until", "till", "from", "before", "after", "said", "late", "early",
  "and", "or", NULL,
};

static gboolean
on_weekday (XcMatch *m)
{
  char rel[24], pw[16];
  gboolean cap, initial;
  gsize s, e;
  group (m, "wday", &s, &e);
  GDateWeekday wd = xc_date_weekday_from_name (m->scan->text + s, e - s);
  group_lower (m, "rel", rel, sizeof rel);
  if (!rel[0])
    {
      prev_word (m, s, pw, sizeof pw, &cap, &initial);
      /* "Good Friday", "Super Tuesday"; "every Monday" recurs */
      if ((cap && !in_list (pw, xc_weekday_preps)) || g_str_equal (pw, "every")
          || g_str_equal (pw, "each"))
        return FALSE;
    }
  XcClaim *c = add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  int pwd = g_date_get_weekday (pub);
  int back = (pwd - (int) wd + 7) % 7, fwd = ((int) wd - pwd + 7) % 7;
  int delta;
  if (g_str_equal (rel, "this"))
    delta = (int) wd - pwd;   /* in the same Monday-to-Sunday week */
  else if (rel_offset (rel) < 0)
    delta = -(back ? back : 7);
  else if (rel_offset (rel) > 0)
    delta = fwd ? fwd : 7;
  else
    delta = tense (m) == XC_TENSE_FUTURE ? fwd : -back;
  GDate d = *pub;
  if (delta < 0)
    g_date_subtract_days (&d, (guint) -delta);
  else
    g_date_add_days (&d, (guint) delta);
  xc_date_set (c, g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
  return TRUE;
}

static gboolean
on_today (XcMatch *m)
{
  char w[16], pw[16];
  gboolean cap, initial;
  group_lower (m, "today", w, sizeof w);
  prev_word (m, m->start, pw, sizeof pw, &cap, &initial);
  if (cap && !initial)
    return FALSE;   /* "USA Today" */
  XcClaim *c = add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  GDate d = *pub;
  if (g_str_equal (w, "yesterday"))
    g_date_subtract_days (&d, 1);
  else if (g_str_equal (w, "tomorrow"))
    g_date_add_days (&d, 1);
  xc_date_set (c, g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
  return TRUE;
}

static gboolean
on_year (XcMatch *m)
{
  gsize s, e;
  group (m, "year", &s, &e);
  if (!year_in_context (m, s, e, has (m, "poss")))
    return FALSE;
  xc_date_set (add_claim (m, XC_KIND_DATE, s, e), group_int (m, "year"), 0, 0);
  return TRUE;
}

/* ---------- fiscal years ---------- */

/* A two-digit year after a four-digit one: the same century ("2023-24"). */
static int
full_year (int base, int yy, gsize digits)
{
  if (digits != 2)
    return yy;
  int y = base / 100 * 100 + yy;
  return y < base ? y + 100 : y;
}

/* "fiscal 2023" (a date, "2023", fiscal), "FY2023/24" (a daterange 2023/2024, fiscal).
 * The interval holds every twelve months that may carry the name: a fiscal
 * year named after the year it ends in (US federal: Oct.-Sept.) or begins in
 * (Japan: April-March). */
static gboolean
on_fiscal (XcMatch *m)
{
  gsize s, e, s2 = 0, e2 = 0;
  int y;
  gboolean two = FALSE;
  if (group (m, "fy", &s, &e))
    {
      y = group_int (m, "fy");
      two = group (m, "fy2", &s2, &e2);
    }
  else if (group (m, "fyy", &s, &e))
    {
      y = 2000 + group_int (m, "fyy");
      two = group (m, "fyy2", &s2, &e2);
    }
  else
    return FALSE;
  int y2 = y;
  if (two)
    {
      int v = 0;
      for (gsize i = s2; i < e2; i++)
        v = v * 10 + (m->scan->text[i] - '0');
      y2 = full_year (y, v, e2 - s2);
      if (y2 != y + 1)
        return FALSE;   /* "FY2023-25" is no fiscal year */
    }
  XcClaim *c = add_match_claim (m, XC_KIND_DATE);
  GDate first, last;
  if (two)
    {
      char a[8], b[8];
      g_snprintf (a, sizeof a, "%04d", y);
      g_snprintf (b, sizeof b, "%04d", y2);
      xc_date_set_range (c, a, b);
      gdate (&first, y, 2, 1);
      gdate (&last, y2, 11, 30);
    }
  else
    {
      xc_date_set (c, y, 0, 0);
      gdate (&first, y - 1, 2, 1);
      gdate (&last, y + 1, 11, 30);
    }
  c->interval.lo = xc_date_day_number (&first);
  c->interval.hi = xc_date_day_number (&last);
  c->fiscal = TRUE;
  return TRUE;
}

/* ---------- back from the sentence's own date ---------- */

/* An ISO date "YYYY[-MM[-DD]]" moved back @k units ('Y', 'M', 'D'; weeks as
 * 7 days) at its own precision; NULL when it is coarser than the unit. */
static char *
iso_back (const char *iso, char unit, int k)
{
  gsize n = strlen (iso);
  GDate f, l;
  if (!xc_iso_date_bounds (iso, &f, &l))
    return NULL;
  if ((unit == 'M' && n < 7) || ((unit == 'D' || unit == 'W') && n < 10))
    return NULL;
  if (unit == 'Y')
    g_date_subtract_years (&f, (guint) k);
  else if (unit == 'M')
    g_date_subtract_months (&f, (guint) k);
  else
    g_date_subtract_days (&f, (guint) (k * (unit == 'W' ? 7 : 1)));
  char *out = xc_iso_from_date (&f);   /* "YYYY-MM-DD", cut to the precision */
  out[n] = '\0';
  return out;
}

/* The last dated claim of the sentence before @pos: the date "a year
 * earlier" counts back from. */
static const XcClaim *
sentence_date_before (XcMatch *m, gsize pos)
{
  GPtrArray *claims = m->scan->claims;
  for (guint i = claims->len; i-- > 0;)
    {
      const XcClaim *c = claims->pdata[i];
      /* this recognizer's claims come last, in text order, after the
       * quantities: before them, or before the sentence, there is none
       * (walking on was quadratic in a document without dates) */
      if (c->kind != XC_KIND_DATE && c->kind != XC_KIND_DATERANGE && c->kind != XC_KIND_DURATION)
        return NULL;
      if (c->offset < m->sent_start)
        return NULL;
      if (c->kind != XC_KIND_DURATION && c->offset + c->length <= pos && !c->fiscal)
        return c;
    }
  return NULL;
}

/* Sets @c to @ref moved back @k units; FALSE when it cannot be. */
static gboolean
set_back_from (XcMatch *m, XcClaim *c, const XcClaim *ref, char unit, int k)
{
  if (!ref->resolved)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  if (ref->kind == XC_KIND_DATE)
    {
      g_autofree char *iso = ref->iso ? iso_back (ref->iso, unit, k) : NULL;
      if (iso == NULL)
        return FALSE;
      GDate f, l;
      xc_iso_date_bounds (iso, &f, &l);
      xc_date_set (c, g_date_get_year (&f), strlen (iso) >= 7 ? g_date_get_month (&f) : 0,
                   strlen (iso) >= 10 ? g_date_get_day (&f) : 0);
      return TRUE;
    }
  g_autofree char *a = ref->start ? iso_back (ref->start, unit, k) : NULL;
  g_autofree char *b = ref->end ? iso_back (ref->end, unit, k) : NULL;
  return a && b && xc_date_set_range (c, a, b);
}

static char
unit_letter (const char *w)
{
  switch (w[0])
    {
    case 'y': return 'Y';
    case 'm': return 'M';
    case 'w': return 'W';
    default: return 'D';
    }
}

/* "a year earlier", "the month before", "two years earlier": the date the
 * sentence states before it, moved back. Without one, nothing: "from a year
 * earlier" after a change is a basis (docs/claims.md), not a date. */
static gboolean
on_rel_back (XcMatch *m)
{
  char unit[16], num[40], dir[16], nw[16], punct;
  group_lower (m, "bunit", unit, sizeof unit);
  group_lower (m, "bnum", num, sizeof num);
  group_lower (m, "bdir", dir, sizeof dir);
  int k = 1;
  gsize ns, ne;
  if (group (m, "bnum", &ns, &ne) && !g_str_equal (num, "a") && !g_str_equal (num, "an"))
    {
      XcNumber n;
      if (!xc_number_parse (m->scan->text + ns, (gssize) (ne - ns), &n) || n.value != floor (n.value)
          || n.value < 1 || n.value > 100)
        return FALSE;
      k = (int) n.value;
    }
  /* "a year before the election", "a month earlier than planned": another reference */
  next_word (m, m->end, nw, sizeof nw, &punct, NULL);
  if (punct == '\0' && !in_list (nw, xc_after_year_ok))
    return FALSE;
  if (g_str_equal (nw, "than") || g_str_equal (nw, "the") || g_str_equal (nw, "a") || g_str_equal (nw, "an")
      || g_str_equal (nw, "that") || g_str_equal (nw, "its") || g_str_equal (nw, "his") || g_str_equal (nw, "her")
      || g_str_equal (nw, "their"))
    return FALSE;
  const XcClaim *ref = sentence_date_before (m, m->start);
  if (ref == NULL)
    return FALSE;
  XcClaim *c = xc_claim_new (XC_KIND_DATE);
  c->offset = m->start;
  c->length = m->end - m->start;
  if (!set_back_from (m, c, ref, unit_letter (unit), k))
    {
      xc_claim_free (c);
      return FALSE;
    }
  g_ptr_array_add (m->scan->claims, c);
  return TRUE;
}

/* ---------- duration ranges ---------- */

/* "two to three years", "three or four weeks", "between two and five days":
 * a duration with qualifier range; iso the low end, start/end both ends. */
static gboolean
on_duration_range (XcMatch *m)
{
  char unit_w[16], pw[16], nw[16], punct;
  gsize s1, e1, s2, e2;
  XcNumber lo, hi;
  group (m, "num", &s1, &e1);
  group (m, "num2", &s2, &e2);
  group_lower (m, "dunit", unit_w, sizeof unit_w);
  const XcDurUnit *u = dur_unit (unit_w);
  if (u == NULL || !xc_number_parse (m->scan->text + s1, (gssize) (e1 - s1), &lo)
      || !xc_number_parse (m->scan->text + s2, (gssize) (e2 - s2), &hi))
    return FALSE;
  if (!(hi.value > lo.value) || lo.value <= 0 || hi.value > 20 * lo.value)
    return FALSE;
  /* ages ("aged 18 to 25 years", "5-10 years old") and dates ("2 to 3 years ago") */
  const char *after = m->scan->text + m->end;
  gsize left = m->scan->len - m->end;
  next_word (m, m->end, nw, sizeof nw, &punct, NULL);
  prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
  if ((left >= 4 && strncmp (after, "-old", 4) == 0) || g_str_equal (nw, "old") || g_str_equal (nw, "ago")
      || g_str_equal (pw, "aged") || g_str_equal (pw, "ages"))
    return FALSE;
  gsize ss, se;
  group (m, "dsep", &ss, &se);
  gboolean hyphen = memchr (m->scan->text + ss, '-', se - ss) != NULL;
  if (hyphen && unit_w[strlen (unit_w) - 1] == 's')
    return FALSE;   /* "two-to-three-years" */
  XcClaim *c = add_match_claim (m, XC_KIND_DURATION);
  set_duration (c, &lo, u, XC_QUALIFIER_EXACT);
  XcClaim tmp = { 0 };
  set_duration (&tmp, &hi, u, XC_QUALIFIER_EXACT);
  c->start = g_strdup (c->iso);
  c->end = g_steal_pointer (&tmp.iso);
  g_free (tmp.unit);
  c->value_high = tmp.value;
  c->qualifier = XC_QUALIFIER_RANGE;
  c->interval.hi = tmp.interval.hi;
  c->interval.hi_open = tmp.interval.hi_open;
  return TRUE;
}

static gboolean
dispatch (XcMatch *m, XcDateForm f)
{
  switch (f)
    {
    case F_RANGE_MDMD: return on_range_mdmd (m);
    case F_RANGE_MDD:
    case F_RANGE_DDM: return on_range_days (m);
    case F_RANGE_YY: return on_range_years (m);
    case F_RANGE_MM: return on_range_months (m);
    case F_ISO:
    case F_SLASH:
    case F_YMD_SLASH: return on_numeric (m, f);
    case F_MDY:
    case F_DMY: return on_month_day (m);
    case F_MON_REL: return on_month_rel (m);
    case F_MY: return on_month_year (m);
    case F_PART: return on_part (m);
    case F_QUARTER: return on_quarter (m);
    case F_HALF: return on_half (m);
    case F_NMONTHS: return on_nmonths (m);
    case F_TO_MONTH: return on_to_month (m);
    case F_DECADE: return on_decade (m);
    case F_FISCAL: return on_fiscal (m);
    case F_REL_BACK: return on_rel_back (m);
    case F_DUR_RANGE: return on_duration_range (m);
    case F_DUR_PAST: return on_duration (m, TRUE);
    case F_REL: return on_relative (m);
    case F_MONTH: return on_month (m);
    case F_WEEKDAY: return on_weekday (m);
    case F_TODAY: return on_today (m);
    case F_DUR: return on_duration (m, FALSE);
    case F_YEAR: return on_year (m);
    case F_N_FORMS:
    default: return FALSE;
    }
}

/* ---------- anchors ---------- */

static gboolean
is_anchor (const XcDateRecognizer *self, const char *w, gsize n)
{
  if (g_ascii_isdigit (w[0]))
    return TRUE;
  if (n < 3 || n >= 16)
    return FALSE;   /* "Q1", "H2" are alnum runs with a digit: see next_anchor() */
  if (g_ascii_isupper (w[0])
      && (xc_date_month_from_name (w, n) || xc_date_weekday_from_name (w, n) != G_DATE_BAD_WEEKDAY))
    return TRUE;
  switch (xc_lower (w[0]))
    {
    case 'y': case 'm': case 'w': case 'd': case 'h': case 's': case 'c': case 'f': case 'q':
    case 't':
      break;
    default:
      return FALSE;
    }
  return xc_word_set_has (self->anchors, w, n);
}

static inline gboolean
is_alnum (char c)
{
  return g_ascii_isalnum (c);
}

/* \s with PCRE2_UCP: ASCII white space or (any byte of) a Unicode space. */
static inline gboolean
maybe_space (guchar c)
{
  return g_ascii_isspace (c) || c >= 0x80;
}

/* The forms a digit run of @n digits followed by the byte @c can begin: what
 * each form's pattern needs right after its first number. Most numbers in a
 * text are counts, which only F_DUR could take. */
static guint32
digit_forms (gsize n, guchar c)
{
  gboolean suffix = g_ascii_isalpha (c);   /* "1st", "21st" */
  guint32 forms = 0;
  if (c == ',' || c == '.' || c == '-' || maybe_space (c))
    forms |= FORM (F_DUR);
  if (n <= 2)
    {
      if (c == '/')
        forms |= FORM (F_SLASH);
      if (suffix || c == '-' || maybe_space (c))
        forms |= FORM (F_RANGE_DDM);
      if (suffix || maybe_space (c))
        forms |= FORM (F_DMY);
      if (n == 1 && suffix)
        forms |= FORM (F_QUARTER) | FORM (F_HALF);
    }
  if (n == 4)
    {
      forms |= FORM (F_YEAR);
      if (c == '-')
        forms |= FORM (F_ISO);
      if (c == '/')
        forms |= FORM (F_YMD_SLASH);
      if (c == '-' || maybe_space (c))
        forms |= FORM (F_RANGE_YY);
      if (c == 'Q' || maybe_space (c))
        forms |= FORM (F_QUARTER);
      if (c == 'H' || maybe_space (c))
        forms |= FORM (F_HALF);
      if (c == 's' || c == '\'' || c >= 0x80)
        forms |= FORM (F_DECADE);
    }
  return forms;
}

/* The filters below are necessary conditions of a form's match, read off
 * its pattern, so that the pattern is not run where it cannot match. Where a
 * byte >= 0x80 could be a Unicode space (\s) or a caseless match of "s"
 * (U+017F), they keep the form. */

static gboolean
is_ascii_space (guchar c)
{
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Can a duration (F_DUR, F_DUR_PAST) start at @w? Its words up to the unit
 * are at most three of a qualifier, "the past", two of a number or "an",
 * joined by blanks, hyphens and the digits, commas and points of a figure. */
static gboolean
duration_possible (const XcDateRecognizer *self, const char *w, gsize len)
{
  int words = 0;
  gsize i = 0;
  while (i < len)
    {
      guchar c = (guchar) w[i];
      if (c >= 0x80)
        return TRUE;
      if (g_ascii_isalpha (c))
        {
          gsize e = i;
          while (e < len && g_ascii_isalpha (w[e]))
            e++;
          if (xc_word_set_has (self->units, w + i, e - i))
            return TRUE;
          if (++words > 6)
            return FALSE;
          i = e;
        }
      else if (g_ascii_isdigit (c) || c == ',' || c == '.' || c == '-' || is_ascii_space (c))
        i++;
      else
        return FALSE;
    }
  return FALSE;
}

/* The words of a start, for the checks below: letters (with inner hyphens)
 * or a figure, up to @max of them; *@out_wide when a byte >= 0x80 (maybe a
 * Unicode space or dash) comes first. Returns how many were found. */
typedef struct { gsize s, e; gboolean dash_before; } StartWord;

static int
start_words (const char *w, gsize len, StartWord *out, int max, gboolean *out_wide)
{
  int n = 0;
  gsize i = 0;
  gboolean dash = FALSE;
  *out_wide = FALSE;
  while (i < len && n < max)
    {
      guchar c = (guchar) w[i];
      if (c >= 0x80)
        {
          *out_wide = TRUE;
          return n;
        }
      if (g_ascii_isalnum (c))
        {
          gsize e = i;
          gboolean digits = g_ascii_isdigit (c);
          while (e < len && (digits ? (g_ascii_isdigit (w[e]) || w[e] == ',' || w[e] == '.')
                                    : (g_ascii_isalpha (w[e]) || (w[e] == '-' && e + 1 < len && g_ascii_isalpha (w[e + 1])))))
            e++;
          out[n++] = (StartWord) { i, e, dash };
          dash = FALSE;
          i = e;
        }
      else if (c == '-')
        dash = TRUE, i++;
      else if (is_ascii_space (c))
        i++;
      else
        return n;
    }
  return n;
}

static gboolean
start_word_is (const char *w, const StartWord *x, const char *word)
{
  gsize n = strlen (word);
  return x->e - x->s == n && g_ascii_strncasecmp (w + x->s, word, n) == 0;
}

/* F_REL_BACK: a unit among the first words, "earlier"/"before"/"prior"/"previously" right after it. */
static gboolean
rel_back_possible (const XcDateRecognizer *self, const char *w, gsize len)
{
  StartWord x[5];
  gboolean wide;
  int n = start_words (w, len, x, 5, &wide);
  for (int k = 1; k < n; k++)
    if (xc_word_set_has (self->units, w + x[k].s, x[k].e - x[k].s))
      {
        if (k + 1 >= n)
          return wide;
        const StartWord *d = &x[k + 1];
        return start_word_is (w, d, "earlier") || start_word_is (w, d, "before") || start_word_is (w, d, "prior")
               || start_word_is (w, d, "previously");
      }
  return wide;
}

/* F_DUR_RANGE: "to"/"or"/"and" or a dash between the numbers, then a unit. */
static gboolean
dur_range_possible (const XcDateRecognizer *self, const char *w, gsize len)
{
  StartWord x[6];
  gboolean wide;
  int n = start_words (w, len, x, 6, &wide);
  gboolean link = FALSE;
  for (int k = 0; k < n; k++)
    {
      if (x[k].dash_before || start_word_is (w, &x[k], "to") || start_word_is (w, &x[k], "or")
          || start_word_is (w, &x[k], "and"))
        link = TRUE;
      else if (xc_word_set_has (self->units, w + x[k].s, x[k].e - x[k].s))
        return link;
    }
  return wide;
}

/* Where the word after the blanks at @w starts; @len when a byte >= 0x80
 * (maybe a Unicode space) comes first or there is no blank. */
static gsize
after_blanks (const char *w, gsize len)
{
  gsize i = 0;
  while (i < len && is_ascii_space ((guchar) w[i]))
    i++;
  if (i == 0 || i == len || (guchar) w[i] >= 0x80)
    return len;
  return i;
}

/* The forms a start at "the" (@n letters at @w) can be of, by its next word. */
static guint32
after_the_forms (const XcDateRecognizer *self, const char *w, gsize len, gsize n)
{
  if (n < len && (guchar) w[n] >= 0x80)
    return G_MAXUINT32;   /* maybe a Unicode space */
  gsize i = n + after_blanks (w + n, len - n);
  if (i >= len)
    return n < len && is_ascii_space ((guchar) w[n]) ? G_MAXUINT32 : 0;
  const char *x = w + i;
  if (g_ascii_isdigit (x[0]))
    return FORM (F_QUARTER) | FORM (F_HALF) | FORM (F_DECADE) | FORM (F_FISCAL) | FORM (F_TO_MONTH);
  if (i + 1 < len && g_ascii_isdigit (x[1]) && (xc_lower (x[0]) == 'q' || xc_lower (x[0]) == 'h'))
    return FORM (F_QUARTER) | FORM (F_HALF);
  gsize e = i;
  while (e < len && g_ascii_isalnum (w[e]))
    e++;
  if (e < len && (guchar) w[e] >= 0x80)
    return G_MAXUINT32;   /* maybe a caseless "s" */
  int k = xc_word_set_index (self->after_the, x, e - i);
  return k >= 0 ? xc_after_the[k].forms : 0;
}

/* After a month name (@n letters at @w): is there a day number (after an
 * optional point and blanks), as MONTH_DAY_FORMS need? */
static gboolean
month_day_possible (const char *w, gsize len, gsize n)
{
  if (n < len && w[n] == '.')
    n++;
  while (n < len && is_ascii_space ((guchar) w[n]))
    n++;
  return n < len && (g_ascii_isdigit (w[n]) || (guchar) w[n] >= 0x80);
}

/* The position after the ASCII blanks at @i; *@out_wide when a byte >= 0x80
 * (maybe a Unicode space) ends them. */
static gsize
skip_ascii_blanks (const char *w, gsize len, gsize i, gboolean *out_wide)
{
  while (i < len && is_ascii_space ((guchar) w[i]))
    i++;
  *out_wide = i < len && (guchar) w[i] >= 0x80;
  return i;
}

/* Do the 3 bytes at @w begin a month name of MON (case-sensitive)? */
static gboolean
month_prefix_at (const char *w, gsize len)
{
  static const char prefixes[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  if (len < 3)
    return FALSE;
  for (gsize k = 0; k < 36; k += 3)
    if (w[0] == prefixes[k] && w[1] == prefixes[k + 1] && w[2] == prefixes[k + 2])
      return TRUE;
  return FALSE;
}

/* F_DUR from a number: its digits (XC_RE_DIGITS), then blanks or a hyphen
 * between blanks, then a unit word (UNITS) that no letter or digit follows. */
static gboolean
digit_duration_possible (const XcDateRecognizer *self, const char *w, gsize len, gsize n)
{
  gsize i = n;
  while (i < len && (g_ascii_isdigit (w[i]) || w[i] == ',' || w[i] == '.'))
    i++;
  if (i >= len)
    return FALSE;
  if ((guchar) w[i] >= 0x80)
    return TRUE;   /* a Unicode digit or space */
  gboolean wide;
  gsize j = skip_ascii_blanks (w, len, i, &wide);
  if (wide)
    return TRUE;
  if (j < len && w[j] == '-')
    {
      j = skip_ascii_blanks (w, len, j + 1, &wide);
      if (wide)
        return TRUE;
    }
  else if (j == i)
    return FALSE;
  gsize e = j;
  while (e < len && g_ascii_isalpha (w[e]))
    e++;
  if (e == j)
    return FALSE;
  if (e < len && (guchar) w[e] >= 0x80)
    return TRUE;   /* maybe a caseless "s" (U+017F) ending the unit */
  return xc_word_set_has (self->units, w + j, e - j);
}

/* After a day of DAY at @w (@n digits): where its suffix ("st") ends. */
static gsize
day_end (const char *w, gsize len, gsize n)
{
  if (n + 1 < len
      && ((w[n] == 's' && w[n + 1] == 't') || (w[n] == 'n' && w[n + 1] == 'd')
          || (w[n] == 'r' && w[n + 1] == 'd') || (w[n] == 't' && w[n + 1] == 'h')))
    return n + 2;
  return n;
}

/* F_DMY from a day: blanks, then "of" or a month name. */
static gboolean
dmy_possible (const char *w, gsize len, gsize n)
{
  gsize p = day_end (w, len, n);
  if (p >= len)
    return FALSE;
  if ((guchar) w[p] >= 0x80)
    return TRUE;
  if (!is_ascii_space ((guchar) w[p]))
    return FALSE;
  gboolean wide;
  gsize q = skip_ascii_blanks (w, len, p, &wide);
  if (wide)
    return TRUE;
  if (q + 1 < len && (w[q] | 0x20) == 'o' && (w[q + 1] | 0x20) == 'f')
    return TRUE;
  return month_prefix_at (w + q, len - q);
}

/* F_RANGE_DDM from a day: a dash, or blanks and "to"/"until"/"through"/"till"
 * and a blank, then blanks and the second day's digit. */
static gboolean
range_ddm_possible (const char *w, gsize len, gsize n)
{
  static const char * const links[] = { "to", "until", "through", "till", NULL };
  gsize p = day_end (w, len, n);
  gboolean wide;
  gsize q = skip_ascii_blanks (w, len, p, &wide);
  if (wide)
    return TRUE;
  if (q >= len)
    return FALSE;
  gsize r = q;
  if (w[q] == '-')
    r = q + 1;
  else if (q > p)
    {
      while (r < len && g_ascii_isalpha (w[r]))
        r++;
      if (r >= len)
        return FALSE;
      if ((guchar) w[r] >= 0x80)
        return TRUE;   /* a Unicode space, or a letter caselessly in a link word */
      gboolean link = FALSE;
      for (const char * const *l = links; *l && !link; l++)
        link = strlen (*l) == r - q && g_ascii_strncasecmp (w + q, *l, r - q) == 0;
      if (!link || !is_ascii_space ((guchar) w[r]))
        return FALSE;
    }
  else
    return FALSE;
  r = skip_ascii_blanks (w, len, r, &wide);
  if (wide)
    return TRUE;
  return r < len && g_ascii_isdigit (w[r]);
}

/* The ranges from a month name of @n letters at @w (F_RANGE_MDD, F_RANGE_MDMD):
 * its day, then for F_RANGE_MDD what range_ddm_possible() wants, for
 * F_RANGE_MDMD (past any year, commas and blanks) a dash or a link word. */
static guint32
month_range_forms (const char *w, gsize len, gsize n)
{
  static const char * const links[] = { "to", "until", "through", "till", NULL };
  const guint32 both = FORM (F_RANGE_MDD) | FORM (F_RANGE_MDMD);
  gsize p = n;
  if (p < len && w[p] == '.')
    p++;
  gboolean wide;
  p = skip_ascii_blanks (w, len, p, &wide);
  if (wide)
    return both;
  gsize d = 0;
  while (p + d < len && g_ascii_isdigit (w[p + d]))
    d++;
  if (d == 0 || d > 2)
    return 0;
  guint32 forms = 0;
  if (range_ddm_possible (w + p, len - p, d))
    forms |= FORM (F_RANGE_MDD);
  gsize q = p + day_end (w + p, len - p, d);
  while (q < len && (w[q] == ',' || is_ascii_space ((guchar) w[q]) || g_ascii_isdigit (w[q])))
    q++;
  if (q >= len)
    return forms;
  if ((guchar) w[q] >= 0x80 || w[q] == '-')
    return forms | FORM (F_RANGE_MDMD);
  gsize r = q;
  while (r < len && g_ascii_isalpha (w[r]))
    r++;
  if (r < len && (guchar) w[r] >= 0x80)
    return forms | FORM (F_RANGE_MDMD);
  for (const char * const *l = links; *l; l++)
    if (r > q && strlen (*l) == r - q && g_ascii_strncasecmp (w + q, *l, r - q) == 0)
      return forms | FORM (F_RANGE_MDMD);
  return forms;
}

/* F_QUARTER ("2024 Q1") or F_HALF ("2024 H1") from a year and blanks: @letter next. */
static gboolean
year_letter_possible (const char *w, gsize len, gsize n, char letter)
{
  gboolean wide;
  gsize q = skip_ascii_blanks (w, len, n, &wide);
  return wide || (q < len && w[q] == letter);
}

/* F_DUR_RANGE from a number: after its digits, a dash or "to"/"or" (a
 * Unicode dash or space: maybe). */
static gboolean
digit_range_possible (const char *w, gsize len, gsize n)
{
  gsize i = n;
  while (i < len && (g_ascii_isdigit (w[i]) || w[i] == ',' || w[i] == '.'))
    i++;
  gboolean wide;
  gsize j = skip_ascii_blanks (w, len, i, &wide);
  if (wide || (j < len && w[j] == '-'))
    return TRUE;
  return j > i && j + 2 < len && is_ascii_space ((guchar) w[j + 2])
         && (((w[j] | 0x20) == 't' && (w[j + 1] | 0x20) == 'o') || ((w[j] | 0x20) == 'o' && (w[j + 1] | 0x20) == 'r'));
}

/* F_FISCAL from a year: "2023 fiscal year", "2023-24 financial year": an
 * optional second year, blanks, then an "f". */
static gboolean
fiscal_after_year_possible (const char *w, gsize len, gsize n)
{
  gsize i = n;
  if (i < len && (w[i] == '-' || w[i] == '/' || (guchar) w[i] >= 0x80))
    {
      i++;
      while (i < len && ((guchar) w[i] >= 0x80 || g_ascii_isdigit (w[i])))
        i++;
    }
  gboolean wide;
  gsize j = skip_ascii_blanks (w, len, i, &wide);
  return wide || (j > i && j < len && (w[j] | 0x20) == 'f');
}

/* digit_forms() narrowed by what follows the first number, further on. */
static guint32
digit_forms_after (const XcDateRecognizer *self, const char *w, gsize len, gsize n, guint32 forms)
{
  if (forms & FORM (F_DUR))
    {
      if (digit_duration_possible (self, w, len, n))
        forms |= FORM (F_REL_BACK);   /* "2 years earlier" */
      else
        forms &= ~FORM (F_DUR);
      if (digit_range_possible (w, len, n))
        forms |= FORM (F_DUR_RANGE);   /* "2 to 3 years", "2-3 years" */
    }
  if (n == 4 && fiscal_after_year_possible (w, len, n))
    forms |= FORM (F_FISCAL);   /* "2023 fiscal year", "2023-24 financial year" */
  if ((forms & FORM (F_DMY)) && !dmy_possible (w, len, n))
    forms &= ~FORM (F_DMY);
  if ((forms & FORM (F_RANGE_DDM)) && !range_ddm_possible (w, len, n))
    forms &= ~FORM (F_RANGE_DDM);
  if (n == 4 && (forms & FORM (F_QUARTER)) && !year_letter_possible (w, len, n, 'Q'))
    forms &= ~FORM (F_QUARTER);
  if (n == 4 && (forms & FORM (F_HALF)) && !year_letter_possible (w, len, n, 'H'))
    forms &= ~FORM (F_HALF);
  return forms;
}

/* The forms (1 << XcDateForm) a match starting at the word @w can be of. */
static guint32
start_forms (const XcDateRecognizer *self, const char *w, gsize len)
{
  guint32 forms = 0;
  guint starts = 0;
  gsize n = 0;
  if (g_ascii_isdigit (w[0]))
    {
      while (n < len && g_ascii_isdigit (w[n]))
        n++;
      return digit_forms_after (self, w, len, n, digit_forms (n, n < len ? (guchar) w[n] : '\0'));
    }
  else
    {
      while (n < len && g_ascii_isalpha (w[n]) && n < 16)
        n++;
      int k = xc_word_set_index (self->first_words, w, n);
      if (k >= 0)
        forms = self->first_forms[k];
      if (g_ascii_isupper (w[0]) && xc_date_month_from_name (w, n))
        starts |= S_MONTH;
      if (g_ascii_isupper (w[0]) && xc_date_weekday_from_name (w, n) != G_DATE_BAD_WEEKDAY)
        starts |= S_WEEKDAY;
      if (n == 3 && xc_lower (w[0]) == 't' && xc_lower (w[1]) == 'h' && xc_lower (w[2]) == 'e')
        forms &= after_the_forms (self, w, len, n);
    }
  forms |= self->start_forms[starts];
  if (starts == S_MONTH && !month_day_possible (w, len, n))
    forms &= ~MONTH_DAY_FORMS;
  else if (starts == S_MONTH && (forms & (FORM (F_RANGE_MDD) | FORM (F_RANGE_MDMD))))
    forms &= ~(FORM (F_RANGE_MDD) | FORM (F_RANGE_MDMD)) | month_range_forms (w, len, n);
  const guint32 dur_forms = FORM (F_DUR) | FORM (F_DUR_PAST) | FORM (F_DUR_RANGE) | FORM (F_REL_BACK);
  if ((forms & dur_forms) && !duration_possible (self, w, len))
    forms &= ~dur_forms;
  if ((forms & FORM (F_REL_BACK)) && !rel_back_possible (self, w, len))
    forms &= ~FORM (F_REL_BACK);
  if ((forms & FORM (F_DUR_RANGE)) && !dur_range_possible (self, w, len))
    forms &= ~FORM (F_DUR_RANGE);
  return forms;
}

/* The first form, in table order, matching at @start; F_N_FORMS when none. */
static XcDateForm
match_form (const XcDateRecognizer *self, guint32 forms, const char *t, gsize len, gsize start,
            GError **error)
{
  for (int f = 0; f < F_N_FORMS; f++)
    if ((forms & (1u << f)) && xc_pattern_match (self->form[f], t, len, start, error))
      return (XcDateForm) f;
  return F_N_FORMS;
}

#define XC_BACK_WORDS 6
#define XC_RING 8   /* a power of two above XC_BACK_WORDS */

/* The word starts seen last, the anchor's own included: the words an anchor
 * looks back at are remembered on the way to it rather than searched for again. */
typedef struct {
  gsize pos[XC_RING];
  guint n;
} WordRing;

/* The next anchor word at or after @pos: [*out_start, *out_end). Every word
 * start passed goes into @ring. */
static gboolean
next_anchor (const XcDateRecognizer *self, const char *t, gsize len, gsize pos, WordRing *ring,
             gsize *out_start, gsize *out_end)
{
  gsize i = pos;
  while (i < len)
    {
      if (!is_alnum (t[i]) || (i > 0 && is_alnum (t[i - 1])))
        {
          i++;
          continue;
        }
      gsize e = i;
      while (e < len && is_alnum (t[e]))
        e++;
      ring->pos[ring->n++ % XC_RING] = i;
      if (is_anchor (self, t + i, e - i)
          || (e - i == 2 && (t[i] == 'Q' || t[i] == 'H') && t[i + 1] >= '1' && t[i + 1] <= '4')
          || (e - i >= 4 && t[i] == 'F' && t[i + 1] == 'Y' && g_ascii_isdigit (t[i + 2])))
        {
          *out_start = i;
          *out_end = e;
          return TRUE;
        }
      i = e;
    }
  return FALSE;
}

/* What is known of one word start: see xc_date_recognizer_run(). */
typedef struct {
  gsize    pos;     /* G_MAXSIZE: none */
  guint32  forms;   /* start_forms() */
  gboolean none;    /* match_form() found no form */
} StartMemo;

gboolean
xc_date_recognizer_run (XcDateRecognizer *self, XcScan *scan, GError **error)
{
  g_return_val_if_fail (self != NULL && scan != NULL, FALSE);
  const char *t = scan->text;
  gsize pos = 0, done = 0, as, ae;
  GError *local = NULL;
  /* Nearby anchors look back at the same word starts: what a start can be
   * (start_forms()) and whether no form matches there at all (match_form()
   * gives F_N_FORMS) depend on the start alone, so they are kept for the last
   * starts, by position modulo 64. */
  StartMemo memo[64];
  for (gsize i = 0; i < G_N_ELEMENTS (memo); i++)
    memo[i].pos = G_MAXSIZE;
  WordRing ring = { .n = 0 };
  while (next_anchor (self, t, scan->len, pos, &ring, &as, &ae))
    {
      /* up to XC_BACK_WORDS word starts before the anchor ("no more than
       * twenty-five years", "the beginning of 2023"), within 64 bytes,
       * never into a claim */
      gsize starts[XC_BACK_WORDS + 1];
      int n = 0;
      starts[n++] = as;
      for (guint back = 2; back <= ring.n && back <= XC_RING && n <= XC_BACK_WORDS; back++)
        {
          gsize st = ring.pos[(ring.n - back) % XC_RING];
          if (st < done || as - st > 64)
            break;
          starts[n++] = st;
        }
      gboolean taken = FALSE;
      for (int k = n - 1; k >= 0 && !taken; k--)
        {
          gsize st = starts[k];
          StartMemo *mm = &memo[st % G_N_ELEMENTS (memo)];
          if (mm->pos != st)
            {
              mm->pos = st;
              mm->forms = start_forms (self, t + st, scan->len - st);
              mm->none = FALSE;
            }
          guint32 forms = mm->forms;
          if (forms == 0 || mm->none)
            continue;
          XcDateForm f = match_form (self, forms, t, scan->len, st, &local);
          if (local)
            break;
          if (f == F_N_FORMS)
            {
              mm->none = TRUE;
              continue;
            }
          XcMatch m = { .pattern = self->form[f], .scan = scan };
          xc_pattern_group (m.pattern, 0, &m.start, &m.end);
          if (m.end <= as && k > 0)
            continue;   /* a match that does not reach this anchor */
          if (scan->sentences && scan->sentences->len > 0)
            {
              XcSpan *sp = &g_array_index (scan->sentences, XcSpan, xc_segment_find (scan->sentences, m.start));
              m.sent_start = MIN (sp->start, m.start);
              m.sent_end = MAX (sp->end, m.end);
            }
          else
            m.sent_end = scan->len;
          if (m.end > m.start && dispatch (&m, f))
            {
              taken = TRUE;
              done = m.end;
            }
        }
      if (local)
        break;
      pos = MAX (ae, done);
    }
  if (local)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}
