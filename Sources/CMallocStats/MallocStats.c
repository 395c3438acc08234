#include "CMallocStats.h"

#include <malloc.h>

cellgrad_malloc_stats cellgrad_malloc_statistics(int trim) {
    if (trim) malloc_trim(0);
    struct mallinfo2 info = mallinfo2();
    cellgrad_malloc_stats stats = { info.uordblks + info.hblkhd, info.fordblks, info.hblkhd };
    return stats;
}
