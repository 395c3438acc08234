#ifndef COPENBLASLOADER_H
#define COPENBLASLOADER_H

/// The address of an OpenBLAS symbol. The first call loads the library; if it cannot be
/// loaded the process stops with a message that says what to install.
void *cellgrad_openblas_symbol(const char *name);

/// Sets the number of threads OpenBLAS uses for the following calls (passed on only on change).
void cellgrad_openblas_set_threads(int threads);

/// The number of cores OpenBLAS would use.
int cellgrad_openblas_cores(void);

#endif
