// GNU MP's integers under Python's unbounded int. gmp.h spells several entry points as macros,
// which Swift cannot call; these inline functions give them names.
#include <gmp.h>

static inline int cgmp_sign(const __mpz_struct *z) { return mpz_sgn(z); }
static inline int cgmp_fits_long(const __mpz_struct *z) { return mpz_fits_slong_p(z); }
static inline int cgmp_cmp_long(const __mpz_struct *z, long v) { return mpz_cmp_si(z, v); }
