/* fuzz.h - what the fuzz targets share: the libFuzzer entry point each
 * defines, and one extractor built on first use (kept for the process)
 * SPDX-License-Identifier: MIT */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <glib.h>
#include "crosscheck/crosscheck.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* @data as a NUL-terminated copy (fuzz inputs are not terminated) */
static inline char *
fuzz_string (const uint8_t *data, size_t size)
{
  char *s = g_malloc (size + 1);
  if (size)
    memcpy (s, data, size);
  s[size] = '\0';
  return s;
}

static inline XcExtractor *
fuzz_extractor (void)
{
  static XcExtractor *ex;
  if (ex == NULL)
    {
      ex = xc_extractor_new (NULL);
      g_assert (ex != NULL);
    }
  return ex;
}
