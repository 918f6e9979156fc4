#ifndef CNUMBERTEXT_H
#define CNUMBERTEXT_H

#include <stddef.h>

/// Writes `value` as C's "%.*f" (with `plus`, "%+.*f") into `buffer`; returns what snprintf returns.
/// Swift's variadic bridges box and cast every argument at run time: this is printf without them.
int interview_fixed(char *buffer, size_t size, double value, int places, int plus);

#endif
