/* xc-simd-private.h - what sixteen bytes of text hold, in one SSE2 step each: the
 * masks of ASCII letters and digits the word scanners of extraction read blocks by.
 * SPDX-License-Identifier: MIT */
#pragma once
#ifdef __SSE2__
#include <emmintrin.h>

/* Bit i set when byte i of @v is an ASCII letter, either case. */
static inline int
xc_simd_letters (__m128i v)
{
  __m128i letter = _mm_sub_epi8 (_mm_or_si128 (v, _mm_set1_epi8 (0x20)), _mm_set1_epi8 ('a'));
  return _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_min_epu8 (letter, _mm_set1_epi8 (25)), letter));
}

/* Bit i set when byte i of @v is an ASCII digit. */
static inline int
xc_simd_digits (__m128i v)
{
  __m128i digit = _mm_sub_epi8 (v, _mm_set1_epi8 ('0'));
  return _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_min_epu8 (digit, _mm_set1_epi8 (9)), digit));
}
#endif
