#ifndef COPENBLASLOADER_H
#define COPENBLASLOADER_H

/// The address of an OpenBLAS symbol. The first call loads the library; if it cannot be
/// loaded the process stops with a message that says what to install.
void *cellgrad_openblas_symbol(const char *name);

#endif
