#include <stdio.h>
#include "CNumberText.h"

int interview_fixed(char *buffer, size_t size, double value, int places, int plus) {
    return snprintf(buffer, size, plus ? "%+.*f" : "%.*f", places, value);
}
