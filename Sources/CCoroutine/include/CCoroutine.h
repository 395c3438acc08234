#ifndef CCOROUTINE_H
#define CCOROUTINE_H
#include <stddef.h>

/// Reserves a stack of `size` bytes (a multiple of the page size) with an inaccessible guard
/// page below it; pages are committed as they are first touched. Returns the lowest usable
/// address, or NULL when the address space or the map count is exhausted.
void *cellgrad_stack_allocate(size_t size);
/// Returns a stack from cellgrad_stack_allocate to the system.
void cellgrad_stack_free(void *low, size_t size);
/// Gives back the memory of all but the top `keep` bytes of a stack that is not in use.
void cellgrad_stack_trim(void *low, size_t size, size_t keep);

/// Lays out a first frame at the top of a fresh stack so that switching to the returned stack
/// pointer calls `entry(argument)` there. `entry` must never return.
void *cellgrad_coroutine_prepare(void *top, void (*entry)(void *), void *argument);

/// Saves the callee-saved registers on the current stack, stores the stack pointer in
/// `*save`, and continues on the stack `load` (saved by an earlier switch, or prepared).
void cellgrad_coroutine_switch(void **save, void *load);

/// The current stack pointer, approximately (the address of a local).
static inline void *cellgrad_stack_pointer(void) {
    return __builtin_frame_address(0);
}

#endif
