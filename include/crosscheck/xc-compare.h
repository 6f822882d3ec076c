/* xc-compare.h - aligning claims across sources and judging each fact
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-macros.h"
#include <glib.h>
#include "xc-claim.h"

G_BEGIN_DECLS

typedef enum {
  XC_VERDICT_AGREE,
  XC_VERDICT_CONFLICT,
  XC_VERDICT_SINGLE,
  XC_VERDICT_UPDATED,   /* the values differ because the figure changed: a running toll
                           that grew between reports, a figure its source says was revised */
} XcVerdict;

/**
 * XcDocInfo:
 * One input of a run, whether it loaded or not.
 */
typedef struct {
  char    *file;
  char    *source;         /* NULL when unknown */
  char    *published;      /* ISO date or NULL */
  char    *error;          /* NULL when the document loaded */
  guint    n_claims;
  char    *title;          /* the headline, from front matter or the manifest, or NULL */
  char    *story;          /* the story given (manifest, front matter) or, after
                              xc_comparison_run() with stories, the one it is in */
  gboolean story_given;    /* story came with the document, not from the run */
} XcDocInfo;

/**
 * XcMember:
 * A claim's place in a group.
 */
typedef struct {
  XcClaim  *claim;         /* (transfer none): owned by the comparison */
  guint     voice;         /* members with the same voice are one statement:
                              the same source repeating itself, or wire copy */
  guint     outlier : 1;   /* disagrees with the rest of its group */
  guint     wire_copy : 1; /* the same sentence is carried by another source */
  guint     later : 1;     /* an updated group: this member states the later value */
} XcMember;

/**
 * XcGroup:
 * Claims from the run that state the same fact.
 */
typedef struct {
  char      *id;           /* stable across runs and input orders */
  char      *label;        /* "trade · China–Russia · 2023 · growth" */
  XcKind     kind;
  XcVerdict  verdict;
  char      *reason;       /* in words, for an editor */
  GPtrArray *members;      /* XcMember*, sorted by (file, offset) */
  guint      n_sources;    /* distinct sources */
  guint      n_voices;     /* independent statements */
  gboolean   outlier_tie;  /* several smallest outlier sets: none marked */
  gboolean   self_conflict;/* one source contradicts itself */
  gboolean   power_of_ten; /* the values differ by a power of ten: likely a slip */
  char      *story;        /* the story of its documents; NULL when the run has one */
  XcMember  *member_block; /* (private) the members of a group xc_comparison_run() made, in one
                              allocation (its `members` array then frees none of them) */
} XcGroup;

/**
 * XcStoryMode:
 * @XC_STORIES_NONE: every document is of one story
 * @XC_STORIES_AUTO: documents that give a story are grouped by it, the others
 *   by the names they share and their dates (docs/design-compare.md, "Stories")
 *
 * Alignment never crosses stories: each story is compared as if alone.
 */
typedef enum {
  XC_STORIES_NONE,
  XC_STORIES_AUTO,
} XcStoryMode;

typedef struct {
  double      tolerance;   /* relative widening of every interval, 0 = none */
  XcStoryMode stories;     /* XC_STORIES_NONE by default */
  guint       jobs;        /* threads aligning stories at once, the caller's among them;
                              0 or 1: the caller's alone. The groups are the same
                              whatever the number */
} XcCompareOptions;

/**
 * XcComparison:
 * A whole run: its documents, every claim, and the groups.
 */
typedef struct {
  GPtrArray *documents;    /* XcDocInfo*, sorted by file */
  GPtrArray *claims;       /* XcClaim*, owned */
  GPtrArray *groups;       /* XcGroup*: conflicts first, then updated, agree, single; by label then id */
  guint      n_conflicts;
  guint      n_agree;
  guint      n_single;
  GHashTable *group_of;    /* (private) XcClaim* -> XcGroup*, built by xc_comparison_group_of */
  GStringChunk *strings;   /* (private) the claims' strings, each stored once */
  guint      n_stories;    /* stories of the last run: groups carry one when more than 1 */
  guint      n_updated;    /* groups whose figure changed between reports (XC_VERDICT_UPDATED) */
  GPtrArray *claim_blocks; /* (private) where the claims themselves are stored, many to a block */
  guint      claim_block_used; /* (private) claims stored in the last block */
} XcComparison;

/**
 * xc_group_new:
 * Returns: (transfer full): an empty group whose `members` array owns its
 *   XcMember* (each freed with g_free); strings are owned by the group.
 */
XC_PUBLIC
XcGroup      *xc_group_new               (void);

/**
 * xc_group_free:
 * @group: (nullable): a group
 *
 * Frees the group, its strings and its members (not their claims, which the
 * comparison owns); NULL is a no-op.
 */
XC_PUBLIC
void          xc_group_free              (XcGroup *group);

/**
 * xc_comparison_new:
 *
 * Returns: (transfer full): an empty run: add documents with
 *   xc_comparison_add_document(), then call xc_comparison_run().
 */
XC_PUBLIC
XcComparison *xc_comparison_new          (void);

/**
 * xc_comparison_free:
 * @self: (nullable): a comparison
 *
 * Frees the run: its documents, claims and groups; NULL is a no-op.
 */
XC_PUBLIC
void          xc_comparison_free         (XcComparison *self);

/**
 * xc_comparison_add_document:
 * @claims: (transfer full) (nullable): the document's claims; NULL with @error_message
 * @error_message: (nullable): why the document could not be read
 *
 * The claims move into the run: each is stored anew, with many others, and the
 * pointers @claims held are freed; a caller keeping a reference to @claims
 * finds each claim's new place in it, in the same order (its free function
 * is cleared).
 */
XC_PUBLIC
void          xc_comparison_add_document (XcComparison *self,
                                          const char   *file,
                                          const char   *source,
                                          const GDate  *published,
                                          const char   *error_message,
                                          GPtrArray    *claims);

/**
 * xc_comparison_set_document_title:
 * @self: a comparison
 * @file: the file name given to xc_comparison_add_document()
 * @title: (nullable): the document's headline
 *
 * Sets the headline of the document last added under @file (the HTML
 * report shows it beside the outlet and the date); NULL clears it.
 */
XC_PUBLIC
void          xc_comparison_set_document_title (XcComparison *self,
                                                const char   *file,
                                                const char   *title);

/**
 * xc_comparison_add_document_full:
 * @info: the document: file, source, published (ISO day or NULL), error,
 *   story (NULL when not given); copied (n_claims is counted here)
 * @claims: (transfer full) (nullable): the document's claims
 *
 * As xc_comparison_add_document(), with the document's story when it gives one.
 */
XC_PUBLIC
void          xc_comparison_add_document_full (XcComparison    *self,
                                               const XcDocInfo *info,
                                               GPtrArray       *claims);

/**
 * xc_comparison_add_jsonl:
 * @line: one line of `crosscheck extract --format jsonl`: a document object
 *   (file, source, published, story, error, claims), optionally after a key
 *   and a tab (`extract --key`); not NUL-terminated when @len >= 0
 * @len: its length in bytes, or -1
 *
 * Adds the document and its claims as xc_comparison_add_document_full()
 * would have from the article: the reduce step of a map/reduce run. A blank
 * line adds nothing.
 * Returns: FALSE with @error set when the line is not such an object.
 */
XC_PUBLIC
gboolean      xc_comparison_add_jsonl    (XcComparison *self,
                                          const char   *line,
                                          gssize        len,
                                          GError      **error);

/**
 * xc_comparison_run:
 * Aligns the claims of all documents added so far and judges each group.
 * The result does not depend on the order documents were added in.
 */
XC_PUBLIC
gboolean      xc_comparison_run          (XcComparison           *self,
                                          const XcCompareOptions *options,
                                          GError                **error);

/**
 * xc_comparison_group_of:
 * The group holding @claim (one of self->claims), whether the groups come
 * from xc_comparison_run(), a report read back or a caller (indexed on the
 * first call; xc_comparison_run() drops the index).
 * Returns: (transfer none) (nullable): the group, or NULL when the claim takes
 *   part in no group (a date that is only the period of a quantity).
 */
XC_PUBLIC
XcGroup      *xc_comparison_group_of     (XcComparison  *self,
                                          const XcClaim *claim);

/**
 * xc_claims_compatible:
 * @tolerance: relative widening of both intervals, as XcCompareOptions.tolerance
 * Returns: TRUE when the values of @a and @b can both be true: their intervals
 *   (signed by direction, widened) share a value, or they cannot be compared
 *   (vague, unresolved, other kinds, other currencies or units).
 */
XC_PUBLIC
gboolean      xc_claims_compatible       (const XcClaim *a,
                                          const XcClaim *b,
                                          double         tolerance);

/**
 * xc_verdict_to_string:
 * @verdict: a verdict
 *
 * Returns: (transfer none): its name in reports: "agree", "conflict",
 *   "single", "updated" ("unknown" out of range).
 */
XC_PUBLIC
const char   *xc_verdict_to_string       (XcVerdict verdict);

/**
 * xc_verdict_from_string:
 * @s: (nullable): a name from xc_verdict_to_string()
 * @out: (out): the verdict
 *
 * Returns: whether @s names a verdict (@out is untouched when not).
 */
XC_PUBLIC
gboolean      xc_verdict_from_string     (const char *s, XcVerdict *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcComparison, xc_comparison_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcGroup, xc_group_free)

G_END_DECLS
