#ifndef CTRAPGUARD_H
#define CTRAPGUARD_H

/// Installs the SIGILL/SIGTRAP handler once per process.
void cellgrad_install_trap_guard(void);

/// Runs `body(context)`. Returns 0 when it returns normally, or the signal number when a
/// Swift runtime trap (failed precondition, overflow, index out of range) stopped it.
int cellgrad_run_guarded(void (*body)(void *), void *context);

#endif
