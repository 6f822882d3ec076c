/* xc-judge.c - judging a group: common values and outliers (xc-interval.c), voices and
 * wire copy (xc-wire.c), slips by a power of ten, the reason shown to an editor, and
 * the group's id and keyword label (the label of what its members are about is made
 * in xc-label.c)
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-compare-private.h"

/* ---------- words for editors ---------- */

static void
append_member (GString *s, const XcItem *it)
{
  const XcClaim *c = it->claim;
  g_autofree char *value = c->text ? NULL : xc_claim_value_string (c);
  /* the file's base name: the part after the last slash, when there is one to take */
  const char *slash = c->file ? strrchr (c->file, G_DIR_SEPARATOR) : NULL;
  g_autofree char *base = NULL;
  if (c->file && (slash == NULL ? c->file[0] == '\0' : slash[1] == '\0'))
    base = g_path_get_basename (c->file);
  g_string_append (s, "“");
  g_string_append (s, c->text ? c->text : value);
  g_string_append (s, "” (");
  if (it->judged)
    xc_interval_append (s, c, &it->iv, XC_INTERVAL_READABLE);
  else
    g_string_append (s, c->vague ? "vague" : "unresolved");
  g_string_append (s, ", ");
  g_string_append (s, base ? base : slash ? slash + 1 : c->file ? c->file : "?");
  g_string_append_c (s, ')');
}

/* A string the size of its text: reasons and labels live as long as the run. */
static char *
string_free_exact (GString *s)
{
  char *out = g_strndup (s->str, s->len);
  g_string_free (s, TRUE);
  return out;
}

static void
append_member_list (GString *s, GArray *items, XcAligner *al, const gboolean *pick, gboolean want)
{
  gboolean first = TRUE;
  for (guint i = 0; i < items->len; i++)
    {
      XcItem *it = xc_aligner_item (al, g_array_index (items, guint, i));
      if (!it->judged || pick[i] != want)
        continue;
      if (!first)
        g_string_append (s, ", ");
      first = FALSE;
      append_member (s, it);
    }
}

static double
representative (const XcInterval *iv)
{
  if (isfinite (iv->lo) && isfinite (iv->hi))
    return (iv->lo + iv->hi) / 2;
  return isfinite (iv->lo) ? iv->lo : iv->hi;
}

static gboolean
power_of_ten_apart (double a, double b)
{
  if (a == 0 || b == 0 || !isfinite (a) || !isfinite (b) || (a < 0) != (b < 0))
    return FALSE;
  double l = fabs (log10 (fabs (a / b)));
  return l >= 0.95 && fabs (l - round (l)) <= 0.05;
}

void
xc_group_judge (XcGroup *g, XcAligner *al, GArray *items, GHashTable *docs, double tolerance)
{
  guint n = items->len;
  if (n == 1)
    {
      /* one claim: one source, one voice, nothing to weigh (most groups of a large run) */
      XcItem *it = xc_aligner_item (al, g_array_index (items, guint, 0));
      XcMember *m = g->members->pdata[0];
      m->voice = 0;
      g->n_sources = 1;
      g->n_voices = 1;
      g->verdict = XC_VERDICT_SINGLE;
      GString *r = g_string_sized_new (160);
      g_string_append (r, "only ");
      g_string_append (r, it->source_key);
      g_string_append (r, " states this: ");
      append_member (r, it);
      g_free (g->reason);
      g->reason = string_free_exact (r);
      return;
    }
  g_autofree guint *parent = xc_uf_new (n);
  /* voices: one source repeating itself, or wire copy carried by several */
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) first_of_source = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      XcItem *it = xc_aligner_item (al, g_array_index (items, guint, i));
      g_hash_table_add (sources, (gpointer) it->source_key);
      gpointer f = g_hash_table_lookup (first_of_source, it->source_key);
      if (f)
        xc_uf_union (parent, i, GPOINTER_TO_UINT (f) - 1);
      else
        g_hash_table_insert (first_of_source, (gpointer) it->source_key, GUINT_TO_POINTER (i + 1));
    }
  g->n_sources = g_hash_table_size (sources);
  if (n <= 256 && g->n_sources > 1)
    {
      /* each member's sentence split into sorted words once, not once per pair */
      XcFoldWords words[256];
      gboolean split[256] = { FALSE };
      for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++)
          {
            XcItem *a = xc_aligner_item (al, g_array_index (items, guint, i));
            XcItem *b = xc_aligner_item (al, g_array_index (items, guint, j));
            if (g_str_equal (a->source_key, b->source_key))
              continue;
            if (!split[i])
              xc_fold_words_init (&words[i], a->fold), split[i] = TRUE;
            if (!split[j])
              xc_fold_words_init (&words[j], b->fold), split[j] = TRUE;
            if (xc_fold_overlap_words (&words[i], &words[j]) < XC_WIRE_COPY_OVERLAP)
              continue;
            XcMember *ma = g->members->pdata[i], *mb = g->members->pdata[j];
            ma->wire_copy = mb->wire_copy = TRUE;
            xc_uf_union (parent, i, j);
          }
      for (guint i = 0; i < n; i++)
        if (split[i])
          xc_fold_words_clear (&words[i]);
    }
  g_autofree guint *voice_of_root = g_new0 (guint, n);
  guint n_voices = 0;
  for (guint i = 0; i < n; i++)
    {
      guint r = xc_uf_find (parent, i);
      if (voice_of_root[r] == 0)
        voice_of_root[r] = ++n_voices;
      ((XcMember *) g->members->pdata[i])->voice = voice_of_root[r] - 1;
    }
  g->n_voices = n_voices;

  /* the values: which can all be true, who is the odd one out */
  g_autoptr(GPtrArray) ivs = g_ptr_array_new ();
  g_autoptr(GArray) judged = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < n; i++)
    {
      XcItem *it = xc_aligner_item (al, g_array_index (items, guint, i));
      if (it->judged)
        {
          g_ptr_array_add (ivs, &it->iv);
          g_array_append_val (judged, i);
        }
    }
  g_autofree gboolean *keep = g_new0 (gboolean, MAX (1, ivs->len));
  g_autofree gboolean *pick = g_new0 (gboolean, MAX (1, n));
  gboolean tie = FALSE;
  XcInterval common = { 0 };
  guint best = xc_outliers_find ((const XcInterval * const *) ivs->pdata, ivs->len, keep, &tie, &common);
  for (guint k = 0; k < judged->len; k++)
    pick[g_array_index (judged, guint, k)] = keep[k];
  gboolean consistent = best == ivs->len;
  XcItem *first = xc_aligner_item (al, g_array_index (items, guint, 0));

  /* does one source contradict itself? */
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, sources);
  while (!consistent && g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(GPtrArray) mine = g_ptr_array_new ();
      g_autoptr(GPtrArray) mine_items = g_ptr_array_new ();
      for (guint k = 0; k < judged->len; k++)
        {
          XcItem *it = xc_aligner_item (al, g_array_index (items, guint, g_array_index (judged, guint, k)));
          if (g_str_equal (it->source_key, key))
            {
              g_ptr_array_add (mine, &it->iv);
              g_ptr_array_add (mine_items, it);
            }
        }
      if (mine->len < 2 || xc_intervals_common ((const XcInterval * const *) mine->pdata, mine->len, NULL))
        continue;
      if (g->n_sources > 1)
        {
          g->self_conflict = TRUE;   /* beside other sources that settle what the fact is */
          continue;
        }
      /* Alone, a source "contradicts itself" only within one document: across
       * its articles, with nobody else stating the fact, the likelier story
       * is two facts that read alike (a term that began in March 2023, another
       * in March 2024), and an editor must not be told otherwise. */
      for (guint x = 0; x < mine_items->len && !g->self_conflict; x++)
        for (guint y = x + 1; y < mine_items->len && !g->self_conflict; y++)
          {
            const XcItem *a = mine_items->pdata[x], *b = mine_items->pdata[y];
            if (g_strcmp0 (a->claim->file, b->claim->file) == 0 && !xc_interval_overlaps (&a->iv, &b->iv))
              g->self_conflict = TRUE;
          }
    }

  GString *r = g_string_new (NULL);
  XcVerdict over_time = XC_VERDICT_CONFLICT;
  if (g->n_sources <= 1 && !g->self_conflict)
    {
      g->verdict = XC_VERDICT_SINGLE;
      g_string_append_printf (r, "only %s states this", first->source_key);
      if (n > 1)
        g_string_append_printf (r, " (%u times)", n);
      if (n == 1 || consistent)
        {
          g_string_append (r, ": ");
          append_member (r, first);
        }
    }
  else if (consistent && first->claim->kind == XC_KIND_DATE && xc_weekdays_clash (g, al, items, r))
    ;   /* "on Saturday" and "on Sunday" in reports with no date */
  else if (consistent && first->claim->kind == XC_KIND_DATE && xc_month_days_clash (g, al, items, r))
    ;   /* "March 3" and "March 4" in reports with no date */
  else if (consistent)
    {
      g->verdict = g->n_sources <= 1 ? XC_VERDICT_SINGLE : XC_VERDICT_AGREE;
      if (g->n_sources <= 1)
        g_string_append_printf (r, "only %s states this: ", first->source_key);
      else
        g_string_append_printf (r, "%u sources (%u independent) agree: ", g->n_sources, g->n_voices);
      for (guint i = 0; i < n; i++)
        pick[i] = TRUE;
      append_member_list (r, items, al, pick, TRUE);
      if (ivs->len > 1)
        {
          g_string_append (r, "; all allow ");
          xc_interval_append (r, first->claim, &common, XC_INTERVAL_READABLE);
        }
      if (ivs->len < n)
        g_string_append_printf (r, "; %u vague or unresolved not judged", n - ivs->len);
    }
  else if (g->n_sources > 1 && xc_group_over_time (g, al, items, docs, r, &over_time))
    {
      /* a figure that moved on between reports, or ages a birth year explains */
      g->verdict = over_time;
      g->self_conflict = FALSE;
    }
  else
    {
      g->verdict = g->n_sources <= 1 ? XC_VERDICT_SINGLE : XC_VERDICT_CONFLICT;
      if (g->n_sources <= 1)
        g_string_append_printf (r, "%s contradicts itself: ", first->source_key);
      g->outlier_tie = tie;
      double odd_value = NAN;
      if (!tie)
        {
          for (guint i = 0; i < n; i++)
            {
              XcItem *it = xc_aligner_item (al, g_array_index (items, guint, i));
              if (it->judged && !pick[i])
                {
                  ((XcMember *) g->members->pdata[i])->outlier = TRUE;
                  odd_value = representative (&it->iv);
                }
            }
          append_member_list (r, items, al, pick, FALSE);
          g_string_append (r, " cannot be ");
          xc_interval_append (r, first->claim, &common, XC_INTERVAL_READABLE);
          g_string_append_printf (r, ", which %u other%s allow%s: ", best, best == 1 ? "" : "s",
                                  best == 1 ? "s" : "");
          append_member_list (r, items, al, pick, TRUE);
          g->power_of_ten = power_of_ten_apart (odd_value, representative (&common));
        }
      else
        {
          /* no majority: name the two ends that cannot meet */
          guint lo_i = 0, hi_i = 0;
          for (guint k = 0; k < judged->len; k++)
            {
              const XcInterval *iv = ivs->pdata[k];
              const XcInterval *l = ivs->pdata[lo_i], *h = ivs->pdata[hi_i];
              if (iv->hi < l->hi)
                lo_i = k;
              if (iv->lo > h->lo)
                hi_i = k;
            }
          g_string_append (r, "no majority: ");
          append_member (r, xc_aligner_item (al, g_array_index (items, guint, g_array_index (judged, guint, lo_i))));
          g_string_append (r, " cannot be ");
          append_member (r, xc_aligner_item (al, g_array_index (items, guint, g_array_index (judged, guint, hi_i))));
          g->power_of_ten = power_of_ten_apart (representative (ivs->pdata[lo_i]), representative (ivs->pdata[hi_i]));
        }
      if (g->power_of_ten)
        g_string_append (r, "; the values differ by a power of ten: probably a slip");
    }
  if (g->self_conflict && g->n_sources > 1)
    g_string_append (r, "; one source contradicts itself");
  g_free (g->reason);
  g->reason = string_free_exact (r);
  (void) tolerance;
}

/* ---------- label and id ---------- */

typedef struct {
  guint  id;
  guint  count;
  double score;
} TermRank;

static gint
cmp_rank (gconstpointer pa, gconstpointer pb, gpointer al)
{
  const TermRank *a = pa, *b = pb;
  if (a->count != b->count)
    return a->count > b->count ? -1 : 1;
  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  return strcmp (xc_aligner_term_stem (al, a->id), xc_aligner_term_stem (al, b->id));
}

static int
cmp_cstr (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static const char *
kind_word (const XcItem *it, GArray *items, XcAligner *al)
{
  const XcClaim *c = it->claim;
  switch (c->kind)
    {
    case XC_KIND_PERCENT:
      if (c->direction != XC_DIRECTION_NONE)
        {
          guint up = 0, down = 0;
          for (guint i = 0; i < items->len; i++)
            {
              XcDirection d = xc_aligner_item (al, g_array_index (items, guint, i))->claim->direction;
              up += d == XC_DIRECTION_UP;
              down += d == XC_DIRECTION_DOWN;
            }
          return up && down ? "change" : up ? "growth" : "decline";
        }
      return c->share ? "share" : "level";
    case XC_KIND_MONEY:
      return c->direction != XC_DIRECTION_NONE ? "change" : "amount";
    case XC_KIND_COUNT:
      return c->unit && *c->unit ? c->unit : "count";
    case XC_KIND_MEASURE:
      return c->si_unit ? c->si_unit : "measure";
    case XC_KIND_DATE:
    case XC_KIND_DATERANGE:
      return "date";
    case XC_KIND_DURATION:
      return "duration";
    case XC_KIND_AGE:
      return "age";
    case XC_KIND_ORDINAL:
      return c->unit && *c->unit ? c->unit : "rank";
    case XC_KIND_RECORD:
      return "record";
    case XC_KIND_TIME:
      return "time";
    case XC_KIND_N_KINDS:
    default:
      return "";
    }
}

typedef struct {
  guint  id;
  guint  member;
  double w;
} TermUse;

static int
cmp_use (gconstpointer pa, gconstpointer pb)
{
  const TermUse *a = pa, *b = pb;
  if (a->id != b->id)
    return a->id < b->id ? -1 : 1;
  return a->member < b->member ? -1 : a->member > b->member;
}

void
xc_group_describe (XcGroup *g, XcAligner *al, GArray *items)
{
  guint n = items->len;
  /* every member's terms, by term and then member: counts, and scores summed in member order */
  guint total = 0;
  for (guint i = 0; i < n; i++)
    total += xc_aligner_item (al, g_array_index (items, guint, i))->n_terms;
  g_autofree TermUse *uses = g_new (TermUse, MAX (1, total));
  guint u = 0;
  const char *scope = NULL;
  guint scope_n = 0;
  g_autoptr(GHashTable) scopes = NULL;
  for (guint i = 0; i < n; i++)
    {
      XcItem *it = xc_aligner_item (al, g_array_index (items, guint, i));
      const char *sc = it->claim->scope;
      if (sc && n == 1)
        scope = sc, scope_n = 1;
      else if (sc)
        {
          if (scopes == NULL)
            scopes = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_insert (scopes, (gpointer) sc, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (scopes, sc)) + 1));
        }
      for (guint k = 0; k < it->n_terms; k++)
        {
          TermUse tu = { it->terms[k].id, i, it->terms[k].w };
          uses[u++] = tu;
        }
    }
  if (n > 1)
    qsort (uses, u, sizeof (TermUse), cmp_use);
  g_autofree TermRank *ranks = g_new (TermRank, MAX (1, u));
  guint n_ranks = 0;
  for (guint i = 0; i < u; i++)
    {
      if (n_ranks == 0 || ranks[n_ranks - 1].id != uses[i].id)
        {
          TermRank tr = { uses[i].id, 0, 0 };
          ranks[n_ranks++] = tr;
        }
      TermRank *tr = &ranks[n_ranks - 1];
      tr->count++;
      /* rounded so that summation order cannot change the ranking */
      tr->score += round (uses[i].w * 1000.0) / 1000.0;
    }
  g_qsort_with_data (ranks, (gint) n_ranks, sizeof (TermRank), cmp_rank, al);
  /* the scope most members share; ties by the earlier string */
  if (scopes)
    {
      GHashTableIter iter;
      gpointer k, v;
      g_hash_table_iter_init (&iter, scopes);
      while (g_hash_table_iter_next (&iter, &k, &v))
        if (GPOINTER_TO_UINT (v) > scope_n || (GPOINTER_TO_UINT (v) == scope_n && strcmp (k, scope) < 0))
          {
            scope = k;
            scope_n = GPOINTER_TO_UINT (v);
          }
    }
  XcItem *first = xc_aligner_item (al, g_array_index (items, guint, 0));
  GString *label = g_string_sized_new (64);
  const char *key_terms[3];
  guint n_key = 0;
  for (guint i = 0; i < n_ranks && n_key < 3; i++)
    {
      TermRank *tr = &ranks[i];
      const char *stem = xc_aligner_term_stem (al, tr->id);
      /* words name a fact; figures and their scale words only surround it */
      if ((scope && g_str_equal (stem, scope)) || g_ascii_isdigit (stem[0]) || g_str_equal (stem, "thousand")
          || g_str_equal (stem, "million") || g_str_equal (stem, "billion") || g_str_equal (stem, "trillion"))
        continue;
      key_terms[n_key++] = stem;
      if (label->len)
        g_string_append (label, " · ");
      g_string_append (label, xc_aligner_term (al, tr->id));
    }
  if (scope)
    {
      if (label->len)
        g_string_append (label, " · ");
      g_string_append (label, scope);
    }
  const char *kw = kind_word (first, items, al);
  if (label->len)
    g_string_append (label, " · ");
  if (first->claim->kind == XC_KIND_MONEY && first->claim->unit)
    {
      g_string_append (label, first->claim->unit);
      g_string_append_c (label, ' ');
    }
  g_string_append (label, kw);
  /* what the members are about makes the label when they say; the key terms
   * above stay the label's fallback and the id's basis */
  g_autofree const XcClaim **claims = g_new (const XcClaim *, n);
  for (guint i = 0; i < n; i++)
    claims[i] = xc_aligner_item (al, g_array_index (items, guint, i))->claim;
  char *about = xc_label_from_about (claims, n, scope);
  /* what lined the claims up, so an editor can check the grouping in ten seconds */
  if (n > 1 && g->n_sources > 1 && g->reason)
    {
      g_autofree char *why = xc_label_lined_up_by (claims, n, scope);
      char *r = g_strconcat (g->reason, "; lined up by ", why, NULL);
      g_free (g->reason);
      g->reason = r;
    }
  g_free (g->label);
  if (about)
    {
      g_string_free (label, TRUE);
      g->label = about;
    }
  else
    g->label = string_free_exact (label);

  /* the id: what the fact is about, never its values (diff matches groups by id) */
  qsort (key_terms, n_key, sizeof (const char *), cmp_cstr);
  GString *basis = g_string_sized_new (128);
  g_string_append (basis, first->block);
  g_string_append_c (basis, '|');
  if (scope)
    g_string_append (basis, scope);
  for (guint i = 0; i < n_key; i++)
    {
      g_string_append_c (basis, '|');
      g_string_append (basis, key_terms[i]);
    }
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);
  g_checksum_update (sum, (const guchar *) basis->str, (gssize) basis->len);
  g_string_free (basis, TRUE);
  g_free (g->id);
  g->id = g_strndup (g_checksum_get_string (sum), 10);
}
