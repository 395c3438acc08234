// Environment that must be in place before shared libraries initialise.
//
// OpenBLAS starts its worker threads in a library constructor, and by default each worker
// busy-waits (sched_yield) for about 2^28 cycles, ~0.1 s, after start-up and after every BLAS
// call before it sleeps. On a 2-core machine that spinning thread takes a core from the
// interpreter and from our own elementwise threads. A timeout of 2^4 cycles lets the workers
// sleep at once; big GEMMs still use every core. The executable's .preinit_array runs before
// any library constructor, which is the only point where setenv still reaches OpenBLAS.
// A value the user already set wins.
#include <stdlib.h>
#include "CProcessSetup.h"

static int setupDone = 0;

static void cellgrad_preinit(int argc, char **argv, char **envp) {
    (void)argc; (void)argv; (void)envp;
    setenv("OPENBLAS_THREAD_TIMEOUT", "4", 0);
    setupDone = 1;
}

__attribute__((used, section(".preinit_array")))
static void (*const cellgrad_preinit_entry)(int, char **, char **) = cellgrad_preinit;

int cellgrad_process_setup_done(void) { return setupDone; }
