// Status, Result<T>, Diagnostics: errors as values.
//
// The definitions are public API and live in include/annals/status.h, so
// the errors the pipeline makes reach embedding programs unchanged; this
// header keeps the pipeline's include paths working.
#ifndef ANNALS_PIPELINE_BASE_STATUS_H_
#define ANNALS_PIPELINE_BASE_STATUS_H_

#include "annals/status.h"

#endif  // ANNALS_PIPELINE_BASE_STATUS_H_
