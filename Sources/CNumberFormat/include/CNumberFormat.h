#ifndef CELLGRAD_CNUMBERFORMAT_H
#define CELLGRAD_CNUMBERFORMAT_H

#include <stddef.h>

/// printf's "%.*f", "%.*e" or "%.*E" (conversion 'f', 'e', 'E') of `value` into `buffer`;
/// returns what snprintf returns: the length of the full text, which may exceed `size`.
int cellgrad_format_double(char *buffer, size_t size, int precision, char conversion, double value);

#endif
