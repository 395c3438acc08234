// OpenBLAS, loaded on first use instead of at process start.
//
// Linked the usual way, libopenblas (with libgfortran and libquadmath) is mapped, relocated
// and initialised before main: its constructor detects the CPU, allocates buffers and starts
// one worker thread per core. A kernel that never multiplies matrices pays ~2 MiB of memory
// and milliseconds of start-up for nothing. Here every BLAS/LAPACK entry point Tensor uses is
// a small forwarding function with the exact prototype of the system headers (the compiler
// checks them against cblas.h and lapack.h); the first call dlopens the library.
//
// Before loading, OPENBLAS_THREAD_TIMEOUT is set (unless the user set it): by default each
// worker busy-waits ~2^28 cycles (~0.1 s) after every call before it sleeps, which on a
// 2-core machine takes a core from the interpreter. 2^4 cycles lets workers sleep at once;
// large GEMMs still use every core.
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <cblas.h>
#include <lapack.h>
#include "COpenBLASLoader.h"

static void *library;
static pthread_once_t loadOnce = PTHREAD_ONCE_INIT;

static void loadLibrary(void) {
    setenv("OPENBLAS_THREAD_TIMEOUT", "4", 0);
    const char *candidates[] = {"libopenblas.so.0", "libopenblas.so"};
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0] && !library; i++) {
        library = dlopen(candidates[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (!library) {
        fprintf(stderr, "cellgrad: cannot load OpenBLAS (%s); install it with: apt install libopenblas-dev\n", dlerror());
        abort();
    }
}

void *cellgrad_openblas_symbol(const char *name) {
    pthread_once(&loadOnce, loadLibrary);
    void *address = dlsym(library, name);
    if (!address) {
        fprintf(stderr, "cellgrad: OpenBLAS has no symbol %s\n", name);
        abort();
    }
    return address;
}

// Defines `name params` as a call of the same-named library function with `args`. The target
// is resolved once; concurrent first calls resolve the same address, so the race is benign.
#define FORWARD(symbol, name, params, args)                                              \
    void name params {                                                                   \
        typedef void (*Target) params;                                                   \
        static Target target;                                                            \
        Target resolved = __atomic_load_n(&target, __ATOMIC_ACQUIRE);                    \
        if (!resolved) {                                                                 \
            resolved = (Target)cellgrad_openblas_symbol(symbol);                         \
            __atomic_store_n(&target, resolved, __ATOMIC_RELEASE);                       \
        }                                                                                \
        resolved args;                                                                   \
    }

#define GEMM(prefix, T)                                                                                   \
    FORWARD("cblas_" #prefix "gemm", cblas_##prefix##gemm,                                                \
            (OPENBLAS_CONST enum CBLAS_ORDER order, OPENBLAS_CONST enum CBLAS_TRANSPOSE transA,           \
             OPENBLAS_CONST enum CBLAS_TRANSPOSE transB, OPENBLAS_CONST blasint m, OPENBLAS_CONST blasint n, \
             OPENBLAS_CONST blasint k, OPENBLAS_CONST T alpha, OPENBLAS_CONST T *a, OPENBLAS_CONST blasint lda, \
             OPENBLAS_CONST T *b, OPENBLAS_CONST blasint ldb, OPENBLAS_CONST T beta, T *c,                 \
             OPENBLAS_CONST blasint ldc),                                                                 \
            (order, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc))
GEMM(s, float)
GEMM(d, double)

// The LAPACK routines of Tensor/Linalg, for float (s) and double (d).
#define LAPACK_ROUTINES(p, T)                                                                             \
    FORWARD(#p "gesv_", LAPACK_##p##gesv,                                                                 \
            (lapack_int const *n, lapack_int const *nrhs, T *a, lapack_int const *lda, lapack_int *ipiv,  \
             T *b, lapack_int const *ldb, lapack_int *info),                                              \
            (n, nrhs, a, lda, ipiv, b, ldb, info))                                                        \
    FORWARD(#p "getrf_", LAPACK_##p##getrf,                                                               \
            (lapack_int const *m, lapack_int const *n, T *a, lapack_int const *lda, lapack_int *ipiv,     \
             lapack_int *info),                                                                           \
            (m, n, a, lda, ipiv, info))                                                                   \
    FORWARD(#p "syevd_", LAPACK_##p##syevd_base,                                                          \
            (char const *jobz, char const *uplo, lapack_int const *n, T *a, lapack_int const *lda, T *w,  \
             T *work, lapack_int const *lwork, lapack_int *iwork, lapack_int const *liwork,               \
             lapack_int *info, size_t jobzLength, size_t uploLength),                                     \
            (jobz, uplo, n, a, lda, w, work, lwork, iwork, liwork, info, jobzLength, uploLength))         \
    FORWARD(#p "gesdd_", LAPACK_##p##gesdd_base,                                                          \
            (char const *jobz, lapack_int const *m, lapack_int const *n, T *a, lapack_int const *lda,     \
             T *s, T *u, lapack_int const *ldu, T *vt, lapack_int const *ldvt, T *work,                   \
             lapack_int const *lwork, lapack_int *iwork, lapack_int *info, size_t jobzLength),            \
            (jobz, m, n, a, lda, s, u, ldu, vt, ldvt, work, lwork, iwork, info, jobzLength))              \
    FORWARD(#p "geev_", LAPACK_##p##geev_base,                                                            \
            (char const *jobvl, char const *jobvr, lapack_int const *n, T *a, lapack_int const *lda,      \
             T *wr, T *wi, T *vl, lapack_int const *ldvl, T *vr, lapack_int const *ldvr, T *work,         \
             lapack_int const *lwork, lapack_int *info, size_t jobvlLength, size_t jobvrLength),          \
            (jobvl, jobvr, n, a, lda, wr, wi, vl, ldvl, vr, ldvr, work, lwork, info, jobvlLength,         \
             jobvrLength))                                                                                \
    FORWARD(#p "gelsd_", LAPACK_##p##gelsd,                                                               \
            (lapack_int const *m, lapack_int const *n, lapack_int const *nrhs, T *a,                      \
             lapack_int const *lda, T *b, lapack_int const *ldb, T *s, T const *rcond,                    \
             lapack_int *rank, T *work, lapack_int const *lwork, lapack_int *iwork, lapack_int *info),    \
            (m, n, nrhs, a, lda, b, ldb, s, rcond, rank, work, lwork, iwork, info))                       \
    FORWARD(#p "geqrf_", LAPACK_##p##geqrf,                                                               \
            (lapack_int const *m, lapack_int const *n, T *a, lapack_int const *lda, T *tau, T *work,      \
             lapack_int const *lwork, lapack_int *info),                                                  \
            (m, n, a, lda, tau, work, lwork, info))                                                       \
    FORWARD(#p "orgqr_", LAPACK_##p##orgqr,                                                               \
            (lapack_int const *m, lapack_int const *n, lapack_int const *k, T *a, lapack_int const *lda,  \
             T const *tau, T *work, lapack_int const *lwork, lapack_int *info),                           \
            (m, n, k, a, lda, tau, work, lwork, info))                                                    \
    FORWARD(#p "potrf_", LAPACK_##p##potrf_base,                                                          \
            (char const *uplo, lapack_int const *n, T *a, lapack_int const *lda, lapack_int *info,        \
             size_t uploLength),                                                                          \
            (uplo, n, a, lda, info, uploLength))
LAPACK_ROUTINES(s, float)
LAPACK_ROUTINES(d, double)

// OpenBLAS splits every GEMM above a small size over all cores, and its workers spin between
// calls: for the many small products of a training step (a 32-row batch) that costs more than
// it saves, and on a loaded machine the spinning workers starve the interpreter. Tensor asks
// for one thread below a size and all cores above it; the setting is only passed on when it
// changes.
void cellgrad_openblas_set_threads(int threads) {
    static int current = -1;
    if (__atomic_load_n(&current, __ATOMIC_RELAXED) == threads) return;
    typedef void (*Setter)(int);
    Setter setter = (Setter)cellgrad_openblas_symbol("openblas_set_num_threads");
    setter(threads);
    __atomic_store_n(&current, threads, __ATOMIC_RELAXED);
}

int cellgrad_openblas_cores(void) {
    typedef int (*Getter)(void);
    static int cores;
    if (!cores) cores = ((Getter)cellgrad_openblas_symbol("openblas_get_num_procs"))();
    return cores > 0 ? cores : 1;
}
