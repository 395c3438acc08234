// Stacks for generator bodies: each is a private anonymous mapping, reserved without being
// committed (MAP_NORESERVE), so only the pages a body touches take memory, with one
// inaccessible page below it, so running off the end faults instead of writing over a
// neighbour.
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>
#include "CCoroutine.h"

#ifndef MAP_NORESERVE
#define MAP_NORESERVE 0
#endif
#ifndef MAP_STACK
#define MAP_STACK 0
#endif

static size_t pageSize(void) {
    static size_t cached;
    if (!cached) cached = (size_t)sysconf(_SC_PAGESIZE);
    return cached;
}

void *cellgrad_stack_allocate(size_t size) {
    size_t guard = pageSize();
    void *region = mmap(NULL, size + guard, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (region == MAP_FAILED) return NULL;
    if (mprotect(region, guard, PROT_NONE) != 0) {
        munmap(region, size + guard);
        return NULL;
    }
    return (char *)region + guard;
}

void cellgrad_stack_free(void *low, size_t size) {
    size_t guard = pageSize();
    munmap((char *)low - guard, size + guard);
}

void cellgrad_stack_trim(void *low, size_t size, size_t keep) {
    if (keep >= size) return;
    madvise(low, size - keep, MADV_DONTNEED);
}

void *cellgrad_coroutine_prepare(void *top, void (*entry)(void *), void *argument) {
    uintptr_t *sp = (uintptr_t *)((uintptr_t)top & ~(uintptr_t)15);
#if defined(__x86_64__)
    // Popped by cellgrad_coroutine_switch: r15, r14, r13, r12, rbx, rbp, then `ret` into
    // the trampoline with the stack 16-byte aligned for its call.
    extern void cellgrad_coroutine_trampoline(void);
    *--sp = 0;                                      // padding: after `ret` pops the
    *--sp = 0;                                      // trampoline, the stack is 16-aligned
    *--sp = (uintptr_t)cellgrad_coroutine_trampoline;
    *--sp = 0;                                      // rbp: the end of the frame chain
    *--sp = 0;                                      // rbx
    *--sp = (uintptr_t)argument;                    // r12
    *--sp = (uintptr_t)entry;                       // r13
    *--sp = 0;                                      // r14
    *--sp = 0;                                      // r15
    return sp;
#elif defined(__aarch64__)
    // Loaded by cellgrad_coroutine_switch: x19…x28, x29 (fp), x30 (lr), d8…d15.
    extern void cellgrad_coroutine_trampoline(void);
    sp -= 22;
    for (int i = 0; i < 22; i++) sp[i] = 0;
    sp[0] = (uintptr_t)argument;                    // x19
    sp[1] = (uintptr_t)entry;                       // x20
    sp[11] = (uintptr_t)cellgrad_coroutine_trampoline; // x30
    return sp;
#else
#error "generator stacks need a context switch for this architecture"
#endif
}
