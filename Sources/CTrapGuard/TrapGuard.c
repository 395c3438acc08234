// A last line of defence for the kernel: a Swift trap in a built-in function (an index out of
// range, an arithmetic overflow, a failed precondition) raises SIGILL or SIGTRAP and would kill
// the process, and with it every variable of the student's session. While a cell runs, the
// handler jumps back to the cell boundary instead; the cell ends with a SystemError and the
// session goes on. What the interrupted Swift code held is leaked, never freed twice.
// Outside a guarded cell, and on other threads, the signal keeps its default action.
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include "CTrapGuard.h"

static _Thread_local sigjmp_buf *activeGuard;
static _Thread_local volatile sig_atomic_t trapSignal;

static void onTrap(int signal, siginfo_t *info, void *context) {
    (void)info; (void)context;
    sigjmp_buf *guard = activeGuard;
    if (guard) {
        activeGuard = NULL;
        trapSignal = signal;
        siglongjmp(*guard, 1);
    }
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigaction(signal, &fallback, NULL);
    raise(signal);
}

void cellgrad_install_trap_guard(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = onTrap;
    action.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    sigaction(SIGILL, &action, NULL);
    sigaction(SIGTRAP, &action, NULL);
}

int cellgrad_run_guarded(void (*body)(void *), void *context) {
    sigjmp_buf here;
    sigjmp_buf *outer = activeGuard;
    if (sigsetjmp(here, 1) != 0) {
        activeGuard = outer;
        return trapSignal;
    }
    activeGuard = &here;
    body(context);
    activeGuard = outer;
    return 0;
}
