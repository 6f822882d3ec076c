/* crosscheck.h - the one header to include for the crosscheck library
 * SPDX-License-Identifier: MIT */
#pragma once

#define XC_INSIDE_CROSSCHECK_H
#include "xc-macros.h"
#include "xc-error.h"
#include "xc-document.h"
#include "xc-claim.h"
#include "xc-extract.h"
#include "xc-compare.h"
#include "xc-report.h"
#include "xc-lint.h"
#include "xc-baseline.h"
#include "xc-config.h"
#include "xc-diff.h"
#undef XC_INSIDE_CROSSCHECK_H
