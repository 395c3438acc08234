#include "CNumberFormat.h"
#include <stdio.h>

// A C function, not Swift's withVaList: building a va_list from Swift boxes each argument as an
// existential and casts it back, which costs more than the formatting itself.
int cellgrad_format_double(char *buffer, size_t size, int precision, char conversion, double value) {
    switch (conversion) {
    case 'e': return snprintf(buffer, size, "%.*e", precision, value);
    case 'E': return snprintf(buffer, size, "%.*E", precision, value);
    default: return snprintf(buffer, size, "%.*f", precision, value);
    }
}
