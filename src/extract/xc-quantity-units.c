/* xc-quantity-units.c - what a number can measure: physical units, currencies, time units, counted nouns
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-quantity-private.h"
#include "xc-wordset-private.h"

#define BBL 0.158987294928
#define F_TO_K_OFFSET (273.15 - 32.0 * 5.0 / 9.0)

/* Names are lowercase; xc_measure_unit_at() takes the longest that matches. */
static const XcMeasureUnit measure_units[] = {
  /* length */
  { "nautical miles", "nmi", "m", 1852, 0 }, { "nautical mile", "nmi", "m", 1852, 0 },
  { "nautical-miles", "nmi", "m", 1852, 0 }, { "nautical-mile", "nmi", "m", 1852, 0 },
  { "caliber", "caliber", "caliber", 1, 0 }, { "calibre", "caliber", "caliber", 1, 0 },
  { "square-mile", "mi2", "m2", 2589988.110336, 0 }, { "square-kilometre", "km2", "m2", 1e6, 0 },
  { "square-kilometer", "km2", "m2", 1e6, 0 },
  { "kilometres", "km", "m", 1000, 0 }, { "kilometers", "km", "m", 1000, 0 },
  { "kilometre", "km", "m", 1000, 0 }, { "kilometer", "km", "m", 1000, 0 },
  { "km", "km", "m", 1000, 0 }, { "kms", "km", "m", 1000, 0 },
  { "miles", "mi", "m", 1609.344, 0 }, { "mile", "mi", "m", 1609.344, 0 },
  { "metres", "m", "m", 1, 0 }, { "meters", "m", "m", 1, 0 }, { "metre", "m", "m", 1, 0 },
  { "meter", "m", "m", 1, 0 }, { "m", "m", "m", 1, 0 },
  { "centimetres", "cm", "m", 0.01, 0 }, { "centimeters", "cm", "m", 0.01, 0 },
  { "cm", "cm", "m", 0.01, 0 },
  { "millimetres", "mm", "m", 0.001, 0 }, { "millimeters", "mm", "m", 0.001, 0 },
  { "mm", "mm", "m", 0.001, 0 },
  { "feet", "ft", "m", 0.3048, 0 }, { "foot", "ft", "m", 0.3048, 0 }, { "ft", "ft", "m", 0.3048, 0 },
  { "inches", "in", "m", 0.0254, 0 }, { "inch", "in", "m", 0.0254, 0 },
  { "yards", "yd", "m", 0.9144, 0 }, { "yard", "yd", "m", 0.9144, 0 },
  /* mass: "tons" is taken as the metric tonne */
  { "metric tonnes", "t", "kg", 1000, 0 }, { "metric tons", "t", "kg", 1000, 0 },
  { "tonnes", "t", "kg", 1000, 0 }, { "tonne", "t", "kg", 1000, 0 },
  { "tons", "t", "kg", 1000, 0 }, { "ton", "t", "kg", 1000, 0 },
  { "kilograms", "kg", "kg", 1, 0 }, { "kilogrammes", "kg", "kg", 1, 0 },
  { "kilogram", "kg", "kg", 1, 0 }, { "kg", "kg", "kg", 1, 0 }, { "kgs", "kg", "kg", 1, 0 },
  { "grams", "g", "kg", 0.001, 0 }, { "gram", "g", "kg", 0.001, 0 },
  { "lbs", "lb", "kg", 0.45359237, 0 }, { "lb", "lb", "kg", 0.45359237, 0 },
  { "ounces", "oz", "kg", 0.028349523125, 0 }, { "ounce", "oz", "kg", 0.028349523125, 0 },
  { "oz", "oz", "kg", 0.028349523125, 0 },
  /* area */
  { "square kilometres", "km2", "m2", 1e6, 0 }, { "square kilometers", "km2", "m2", 1e6, 0 },
  { "square kilometre", "km2", "m2", 1e6, 0 }, { "square kilometer", "km2", "m2", 1e6, 0 },
  { "sq km", "km2", "m2", 1e6, 0 }, { "sq. km", "km2", "m2", 1e6, 0 },
  { "km2", "km2", "m2", 1e6, 0 }, { "km²", "km2", "m2", 1e6, 0 },
  { "square miles", "mi2", "m2", 2589988.110336, 0 }, { "square mile", "mi2", "m2", 2589988.110336, 0 },
  { "sq miles", "mi2", "m2", 2589988.110336, 0 }, { "sq mi", "mi2", "m2", 2589988.110336, 0 },
  { "square metres", "m2", "m2", 1, 0 }, { "square meters", "m2", "m2", 1, 0 },
  { "sq m", "m2", "m2", 1, 0 }, { "m2", "m2", "m2", 1, 0 }, { "m²", "m2", "m2", 1, 0 },
  { "square feet", "ft2", "m2", 0.09290304, 0 }, { "sq ft", "ft2", "m2", 0.09290304, 0 },
  { "hectares", "ha", "m2", 1e4, 0 }, { "hectare", "ha", "m2", 1e4, 0 }, { "ha", "ha", "m2", 1e4, 0 },
  { "acres", "acre", "m2", 4046.8564224, 0 }, { "acre", "acre", "m2", 4046.8564224, 0 },
  /* volume */
  { "cubic metres", "m3", "m3", 1, 0 }, { "cubic meters", "m3", "m3", 1, 0 },
  { "cubic metre", "m3", "m3", 1, 0 }, { "cubic meter", "m3", "m3", 1, 0 },
  { "m3", "m3", "m3", 1, 0 }, { "m³", "m3", "m3", 1, 0 }, { "bcm", "bcm", "m3", 1e9, 0 },
  { "cubic feet", "ft3", "m3", 0.028316846592, 0 },
  { "litres", "l", "m3", 0.001, 0 }, { "liters", "l", "m3", 0.001, 0 },
  { "litre", "l", "m3", 0.001, 0 }, { "liter", "l", "m3", 0.001, 0 },
  { "gallons", "gal", "m3", 0.003785411784, 0 }, { "gallon", "gal", "m3", 0.003785411784, 0 },
  { "barrels of oil per day", "bbl/d", "m3/d", BBL, 0 }, { "barrels per day", "bbl/d", "m3/d", BBL, 0 },
  { "barrels a day", "bbl/d", "m3/d", BBL, 0 }, { "bpd", "bbl/d", "m3/d", BBL, 0 },
  { "b/d", "bbl/d", "m3/d", BBL, 0 },
  { "barrels", "bbl", "m3", BBL, 0 }, { "barrel", "bbl", "m3", BBL, 0 }, { "bbl", "bbl", "m3", BBL, 0 },
  /* energy and power */
  { "kilowatt-hours", "kWh", "J", 3.6e6, 0 }, { "kilowatt hours", "kWh", "J", 3.6e6, 0 },
  { "kwh", "kWh", "J", 3.6e6, 0 },
  { "megawatt-hours", "MWh", "J", 3.6e9, 0 }, { "megawatt hours", "MWh", "J", 3.6e9, 0 },
  { "mwh", "MWh", "J", 3.6e9, 0 },
  { "gigawatt-hours", "GWh", "J", 3.6e12, 0 }, { "gigawatt hours", "GWh", "J", 3.6e12, 0 },
  { "gwh", "GWh", "J", 3.6e12, 0 },
  { "terawatt-hours", "TWh", "J", 3.6e15, 0 }, { "terawatt hours", "TWh", "J", 3.6e15, 0 },
  { "twh", "TWh", "J", 3.6e15, 0 },
  { "kilowatts", "kW", "W", 1e3, 0 }, { "kilowatt", "kW", "W", 1e3, 0 }, { "kw", "kW", "W", 1e3, 0 },
  { "megawatts", "MW", "W", 1e6, 0 }, { "megawatt", "MW", "W", 1e6, 0 }, { "mw", "MW", "W", 1e6, 0 },
  { "gigawatts", "GW", "W", 1e9, 0 }, { "gigawatt", "GW", "W", 1e9, 0 }, { "gw", "GW", "W", 1e9, 0 },
  /* speed */
  { "kilometres per hour", "km/h", "m/s", 1 / 3.6, 0 }, { "kilometers per hour", "km/h", "m/s", 1 / 3.6, 0 },
  { "kilometres an hour", "km/h", "m/s", 1 / 3.6, 0 }, { "kilometers an hour", "km/h", "m/s", 1 / 3.6, 0 },
  { "km/h", "km/h", "m/s", 1 / 3.6, 0 }, { "kph", "km/h", "m/s", 1 / 3.6, 0 },
  { "kmh", "km/h", "m/s", 1 / 3.6, 0 },
  { "miles per hour", "mph", "m/s", 0.44704, 0 }, { "miles an hour", "mph", "m/s", 0.44704, 0 },
  { "mph", "mph", "m/s", 0.44704, 0 },
  { "knots", "kn", "m/s", 1852 / 3600.0, 0 }, { "knot", "kn", "m/s", 1852 / 3600.0, 0 },
  { "metres per second", "m/s", "m/s", 1, 0 }, { "meters per second", "m/s", "m/s", 1, 0 },
  { "m/s", "m/s", "m/s", 1, 0 },
  /* temperature */
  { "degrees celsius", "°C", "K", 1, 273.15 }, { "degrees centigrade", "°C", "K", 1, 273.15 },
  { "degrees c", "°C", "K", 1, 273.15 }, { "°c", "°C", "K", 1, 273.15 }, { "° c", "°C", "K", 1, 273.15 },
  { "ºc", "°C", "K", 1, 273.15 },
  { "degrees fahrenheit", "°F", "K", 5.0 / 9, F_TO_K_OFFSET },
  { "degrees f", "°F", "K", 5.0 / 9, F_TO_K_OFFSET }, { "°f", "°F", "K", 5.0 / 9, F_TO_K_OFFSET },
  { "° f", "°F", "K", 5.0 / 9, F_TO_K_OFFSET }, { "ºf", "°F", "K", 5.0 / 9, F_TO_K_OFFSET },
  { "kelvin", "K", "K", 1, 0 },
  /* earthquakes */
  { "magnitude", "magnitude", "magnitude", 1, 0 },
};

static const XcMeasureUnit pound_unit = { "pounds", "lb", "kg", 0.45359237, 0 };
static const XcMeasureUnit average_unit = { "average", "avg", "avg", 1, 0 };

const XcMeasureUnit *
xc_measure_batting_average (void)
{
  return &average_unit;
}

const XcMeasureUnit *
xc_measure_magnitude (void)
{
  return &measure_units[G_N_ELEMENTS (measure_units) - 1];
}

const XcMeasureUnit *
xc_measure_pound (void)
{
  return &pound_unit;
}

/* measure_units by the first byte of the name, in table order: the units
 * starting with byte b are order[start[b] .. start[b + 1]). */
typedef struct {
  guint16 start[257];
  guint16 order[G_N_ELEMENTS (measure_units)];
} MeasureIndex;

static const MeasureIndex *
measure_index (void)
{
  static MeasureIndex *index = NULL;
  if (g_once_init_enter (&index))
    {
      MeasureIndex *ix = g_new0 (MeasureIndex, 1);
      guint16 count[256] = { 0 };
      for (gsize k = 0; k < G_N_ELEMENTS (measure_units); k++)
        count[(guchar) measure_units[k].name[0]]++;
      for (guint b = 0; b < 256; b++)
        ix->start[b + 1] = (guint16) (ix->start[b] + count[b]);
      guint16 fill[256];
      memcpy (fill, ix->start, sizeof fill);
      for (gsize k = 0; k < G_N_ELEMENTS (measure_units); k++)
        ix->order[fill[(guchar) measure_units[k].name[0]]++] = (guint16) k;
      g_once_init_leave (&index, ix);
    }
  return index;
}

const XcMeasureUnit *
xc_measure_unit_at (const char *t, gsize len, gsize pos, gsize *out_end)
{
  gsize i = pos;
  if (i < len && t[i] == '-')
    i++;
  else
    while (i < len && (t[i] == ' ' || t[i] == '\t'))
      i++;
  if (i >= len)
    return NULL;
  guchar first = (guchar) g_ascii_tolower (t[i]);
  const MeasureIndex *ix = measure_index ();
  const XcMeasureUnit *best = NULL;
  gsize best_end = 0;
  for (guint j = ix->start[first]; j < ix->start[first + 1]; j++)
    {
      const XcMeasureUnit *u = &measure_units[ix->order[j]];
      gsize e;
      if (xc_phrase_at (t, len, i, u->name, &e) && e > best_end)
        {
          /* "m" glued to a symbol-free word is not a metre: "5m." is, "5mx" is not */
          best = u;
          best_end = e;
        }
    }
  if (best && out_end)
    *out_end = best_end;
  return best;
}

/* ---------- currencies ---------- */

typedef struct { const char *text; const char *iso; } XcCurrencyName;

/* NULL iso: the dollar of the recognizer (USD unless set). */
static const XcCurrencyName currency_prefixes[] = {
  { "US$", "USD" }, { "US $", "USD" }, { "U.S.$", "USD" }, { "HK$", "HKD" }, { "NT$", "TWD" },
  { "A$", "AUD" }, { "AU$", "AUD" }, { "C$", "CAD" }, { "CA$", "CAD" }, { "S$", "SGD" },
  { "R$", "BRL" }, { "NZ$", "NZD" }, { "$", NULL }, { "€", "EUR" }, { "£", "GBP" },
  { "¥", "CNY" }, { "₹", "INR" }, { "₽", "RUB" }, { "USD", "USD" }, { "EUR", "EUR" },
  { "GBP", "GBP" }, { "CNY", "CNY" }, { "RMB", "CNY" }, { "JPY", "JPY" }, { "RUB", "RUB" },
  { "INR", "INR" }, { "CHF", "CHF" }, { "CAD", "CAD" }, { "AUD", "AUD" }, { "HKD", "HKD" },
  { "Rs", "INR" }, { "Rs.", "INR" }, { "euro", "EUR" }, { "Euro", "EUR" }, { "EURO", "EUR" },
};

const char *
xc_currency_prefix (const char *s, gsize n, const char *dollar)
{
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  for (gsize k = 0; k < G_N_ELEMENTS (currency_prefixes); k++)
    if (strlen (currency_prefixes[k].text) == n && memcmp (currency_prefixes[k].text, s, n) == 0)
      return currency_prefixes[k].iso ? currency_prefixes[k].iso : dollar;
  return NULL;
}

/* Longest first. "pounds" is flagged: money or weight, the caller decides. */
static const XcCurrencyName currency_suffixes[] = {
  { "new taiwan dollars", "TWD" }, { "hong kong dollars", "HKD" }, { "singapore dollars", "SGD" },
  { "canadian dollars", "CAD" }, { "australian dollars", "AUD" }, { "taiwan dollars", "TWD" },
  { "american dollars", "USD" }, { "u.s. dollars", "USD" }, { "us dollars", "USD" },
  { "south korean won", "KRW" }, { "korean won", "KRW" }, { "swiss francs", "CHF" },
  { "pounds sterling", "GBP" }, { "british pounds", "GBP" }, { "indian rupees", "INR" },
  { "japanese yen", "JPY" }, { "chinese yuan", "CNY" }, { "russian rubles", "RUB" },
  { "russian roubles", "RUB" }, { "dollars", NULL }, { "dollar", NULL }, { "euros", "EUR" },
  { "euro", "EUR" }, { "yuan", "CNY" }, { "renminbi", "CNY" }, { "rmb", "CNY" },
  { "rubles", "RUB" }, { "roubles", "RUB" }, { "ruble", "RUB" }, { "rouble", "RUB" },
  { "yen", "JPY" }, { "rupees", "INR" }, { "sterling", "GBP" }, { "francs", "CHF" },
  { "pounds", "GBP" }, { "pound", "GBP" },
  { "usd", "USD" }, { "eur", "EUR" }, { "gbp", "GBP" }, { "cny", "CNY" }, { "jpy", "JPY" },
  { "rub", "RUB" }, { "inr", "INR" }, { "chf", "CHF" }, { "hkd", "HKD" }, { "aud", "AUD" },
  { "cad", "CAD" },
};

const char *
xc_currency_suffix_at (const char *t, gsize len, gsize pos, const char *dollar, gsize *out_end,
                       gboolean *out_pound)
{
  gsize i = pos;
  *out_pound = FALSE;
  if (i + 1 < len && t[i] == '-' && XC_IS_ALPHA (t[i + 1]))
    i++;   /* "a 110bn-euro package" */
  else
    while (i < len && (t[i] == ' ' || t[i] == '\t'))
      i++;
  if (i == pos && i < len && XC_IS_ALPHA (t[i]) && g_ascii_islower (t[i]))
    return NULL;   /* "5dollars" is no way to write money; "5USD" is */
  if (i >= len || !XC_IS_ALPHA (t[i]))
    return NULL;   /* every name starts with a letter */
  char first = g_ascii_tolower (t[i]);
  for (gsize k = 0; k < G_N_ELEMENTS (currency_suffixes); k++)
    if (currency_suffixes[k].text[0] == first && xc_phrase_at (t, len, i, currency_suffixes[k].text, out_end))
      {
        const char *name = currency_suffixes[k].text;
        *out_pound = g_str_has_prefix (name, "pound");
        /* three-letter codes only in capitals: "eur", "rub" and "cad" are words */
        if (strlen (name) == 3 && !g_str_equal (name, "yen") && !g_str_equal (name, "rmb")
            && !(g_ascii_isupper (t[i]) && g_ascii_isupper (t[i + 1]) && g_ascii_isupper (t[i + 2])))
          continue;
        return currency_suffixes[k].iso ? currency_suffixes[k].iso : dollar;
      }
  return NULL;
}

/* ---------- time units and counted nouns ---------- */

static const char * const time_units[] = {
  "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
  "hr", "hrs", "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends",
  "fortnight", "fortnights", "month", "months", "year", "years", "yr", "yrs", "decade",
  "decades", "century", "centuries", "millennium", "millennia", "quarter", "quarters",
  "semester", "semesters", "season", "seasons", "term", "terms", NULL
};

gboolean
xc_time_unit (const char *t, gsize start, gsize end)
{
  const char *dash = memchr (t + start, '-', end - start);
  if (dash)
    end = (gsize) (dash - t);   /* "year-old", "day-long" */
  return xc_word_in (t, start, end, time_units);
}

typedef struct { const char *plural; const char *singular; } XcPlural;

static const XcPlural irregular_plurals[] = {
  { "people", "person" }, { "men", "man" }, { "women", "woman" }, { "children", "child" },
  { "police", "police" }, { "personnel", "personnel" }, { "staff", "staff" },
  { "aircraft", "aircraft" }, { "cattle", "cattle" }, { "sheep", "sheep" }, { "fish", "fish" },
  { "deer", "deer" }, { "livestock", "livestock" }, { "crew", "crew" }, { "teeth", "tooth" },
  { "mice", "mouse" }, { "geese", "goose" }, { "feet", "foot" }, { "data", "datum" },
  { "criteria", "criterion" }, { "phenomena", "phenomenon" }, { "series", "series" },
  { "species", "species" }, { "lives", "life" }, { "wives", "wife" }, { "knives", "knife" },
  { "thieves", "thief" }, { "wolves", "wolf" }, { "halves", "half" }, { "shelves", "shelf" },
  { "leaves", "leaf" }, { "buses", "bus" }, { "viruses", "virus" }, { "bonuses", "bonus" },
  { "campuses", "campus" }, { "censuses", "census" }, { "statuses", "status" },
  { "potatoes", "potato" }, { "tomatoes", "tomato" }, { "heroes", "hero" }, { "echoes", "echo" },
  { "vetoes", "veto" }, { "torpedoes", "torpedo" }, { "volcanoes", "volcano" },
  { "militia", "militia" }, { "refugees", "refugee" }, { "employees", "employee" },
  { "casualties", "casualty" }, { "analyses", "analysis" }, { "crises", "crisis" },
  { "bases", "base" }, { "cases", "case" }, { "houses", "house" }, { "causes", "cause" },
};

/* -s words that are not plural nouns after a number. */
static const char * const not_plural[] = {
  "was", "has", "is", "its", "his", "this", "thus", "plus", "less", "us", "as", "yes", "does",
  "goes", "says", "gets", "makes", "takes", "gives", "comes", "becomes", "includes", "shows",
  "remains", "seems", "means", "stands", "holds", "whereas", "perhaps", "always", "news",
  "across", "unless", "towards", "afterwards", "besides", "sometimes", "various", "famous",
  "previous", "serious", "numerous", "enormous", "obvious", "dangerous", "analysis", "basis",
  "crisis", "status", "bus", "gas", "chaos", "ethos", "lens", "series", "species", "percents",
  "apiece", "alias", "atlas", "bias", "canvas", "plus", "minus", "versus", "thanks", "ends",
  "lets", "begins", "continues", "represents", "accounts", "rises", "falls", "grows", "plainclothes",
  "overseas", NULL
};

/* Words in -men that are no plural of -man. */
static const char * const not_men_plural[] = {
  "specimen", "abdomen", "regimen", "stamen", "acumen", "hymen", "semen", "omen", "amen", NULL
};

/* The plurals of irregular_plurals, in table order, as a word set. */
static const XcWordSet *
irregular_plural_set (void)
{
  static XcWordSet *set = NULL;
  if (g_once_init_enter (&set))
    {
      const char **words = g_new (const char *, G_N_ELEMENTS (irregular_plurals) + 1);
      for (gsize k = 0; k < G_N_ELEMENTS (irregular_plurals); k++)
        words[k] = irregular_plurals[k].plural;
      words[G_N_ELEMENTS (irregular_plurals)] = NULL;
      g_once_init_leave (&set, xc_word_set_new (words));   /* both kept for the process */
    }
  return set;
}

char *
xc_plural_noun (const char *t, gsize start, gsize end)
{
  gsize n = end - start;
  if (n < 3)
    return NULL;
  int k = xc_word_set_index (irregular_plural_set (), t + start, n);
  if (k >= 0)
    return g_strdup (irregular_plurals[k].singular);
  if (n > 4 && g_ascii_strncasecmp (t + end - 3, "men", 3) == 0 && !xc_word_in (t, start, end, not_men_plural))
    {
      /* "crewmen", "fishermen", "gunmen" */
      char *w = g_ascii_strdown (t + start, (gssize) n);
      w[n - 2] = 'a';
      return w;
    }
  if (xc_lower (t[end - 1]) != 's')
    return NULL;   /* decided below too, without the copy */
  if (xc_word_in (t, start, end, not_plural))
    return NULL;
  g_autofree char *w = g_ascii_strdown (t + start, n);
  if (w[n - 1] != 's' || strchr (w, '\'') || g_str_has_suffix (w, "ss") || g_str_has_suffix (w, "us")
      || g_str_has_suffix (w, "is") || g_str_has_suffix (w, "ous") || g_str_has_suffix (w, "'s"))
    return NULL;
  if (g_str_has_suffix (w, "ies") && n > 4)
    {
      w[n - 3] = 'y';
      w[n - 2] = '\0';
      return g_steal_pointer (&w);
    }
  if (g_str_has_suffix (w, "sses") || g_str_has_suffix (w, "xes") || g_str_has_suffix (w, "ches")
      || g_str_has_suffix (w, "shes") || g_str_has_suffix (w, "zzes"))
    return g_strndup (w, n - 2);
  return g_strndup (w, n - 1);
}
