#ifndef CMALLOCSTATS_H
#define CMALLOCSTATS_H

#include <stddef.h>

/// What glibc's malloc holds, in bytes: for live allocations (heap and mmapped chunks), kept
/// free in its arenas, and mmapped.
typedef struct {
    size_t in_use;
    size_t free;
    size_t mmapped;
} cellgrad_malloc_stats;

/// The statistics now; with `trim` nonzero, free memory is first returned to the system.
cellgrad_malloc_stats cellgrad_malloc_statistics(int trim);

#endif
