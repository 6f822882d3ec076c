/* xc-unionfind.c - union-find over 0..n-1, the lower root kept: the voices of a group
 * (xc-judge.c) and the groups of a block (xc-align-group.c)
 * SPDX-License-Identifier: MIT */
#include "xc-compare-private.h"

guint *
xc_uf_new (guint n)
{
  guint *parent = g_new (guint, MAX (1, n));
  for (guint i = 0; i < n; i++)
    parent[i] = i;
  return parent;
}

guint
xc_uf_find (guint *parent, guint x)
{
  while (parent[x] != x)
    x = parent[x] = parent[parent[x]];   /* path halving */
  return x;
}

guint
xc_uf_union (guint *parent, guint a, guint b)
{
  guint ra = xc_uf_find (parent, a), rb = xc_uf_find (parent, b);
  guint keep = MIN (ra, rb);
  parent[MAX (ra, rb)] = keep;
  return keep;
}
